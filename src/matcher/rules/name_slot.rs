//! Name slots: a name of the claim the window does not write, another name
//! written where it would stand ("the documentary was broadcast on TF1" /
//! "le documentaire ..., diffusé en juin sur France 2"; "a décidé
//! d'attaquer Le Monde en diffamation" / "a décidé d'attaquer en
//! diffamation Amnesty et Forbidden Stories"). The slot is read from the
//! word that frames the claim's name: the nearest word before it that
//! carries meaning (else the nearest after), which the window states; the
//! window's name is one it writes just after that word's copy (just before,
//! for a word after the name), in the same clause, that no claim word
//! matched.
//!
//! It keeps a window that states most of the claim from supporting, never
//! contradicts: another party
//! beside the same verb may be one more ("attaquer Amnesty et Le Monde"
//! said elsewhere), and names of places and countries have their own rules
//! (`place`, `country_slot`).

use super::Rule;
use crate::facts::Facts;
use crate::matcher::context::{MatchContext, carries_meaning};
use crate::matcher::coverage::joined_as_name;
use crate::matcher::finding::{Effect, Finding, Kind};

/// Share of the claim the window must state for another name in a slot to
/// be worth saying: below it the window is only related anyway, and a name
/// near a word of it says little.
pub const NAME_SLOT_COVERAGE: f64 = 0.6;
/// Claim words between the name and the word that frames it, at most.
const FRAME_REACH: usize = 3;
/// Window words between the framing word's copy and the other name, at
/// most ("diffusé en juin sur France 2").
const SLOT_WIDTH: usize = 5;

pub struct NameSlotRule;

impl Rule for NameSlotRule {
    fn name(&self) -> &'static str {
        "name slot"
    }

    fn check(&self, cx: &MatchContext<'_>, earlier: &[Finding]) -> Vec<Finding> {
        let cov = cx.coverage;
        if super::contradicted(earlier) || cov.share < NAME_SLOT_COVERAGE {
            return Vec::new();
        }
        let claim = cx.claim;
        let name = |c: usize| claim.keys.names.contains(&c);
        let lacking = |c: usize| {
            name(c)
                && cov.missing_names.iter().any(|m| *m == claim.tokens[c].norm)
                && !cov
                    .missing_places
                    .iter()
                    .any(|m| *m == claim.tokens[c].norm)
                && !claim.keys.in_country(c)
                // the name's other words found ("Amnesty" of "Amnesty
                // International"): written in part, the people rule's
                && !rest_of_name(cx.claim_text, claim, c).any(|k| cov.matched_claim.contains(&k))
        };
        let frames =
            |c: usize| carries_meaning(claim, c) && !name(c) && cov.matched_claim.contains(&c);
        for c in (0..claim.tokens.len()).filter(|&c| lacking(c)) {
            let before = (c.saturating_sub(FRAME_REACH)..c)
                .rev()
                .find(|&p| frames(p));
            let after =
                || (c + 1..(c + 1 + FRAME_REACH).min(claim.tokens.len())).find(|&p| frames(p));
            let (frame, forward) = match before {
                Some(p) => (p, true),
                None => match after() {
                    Some(p) => (p, false),
                    None => continue,
                },
            };
            let Some((s, t)) = cov
                .found()
                .filter(|&(ct, _)| ct == frame)
                .find_map(|(_, (s, mt))| other_name_beside(cx, s, mt, forward).map(|t| (s, t)))
            else {
                continue;
            };
            let f = cx.window[s].facts;
            return vec![
                Finding::new(
                    Kind::Person,
                    Effect::Blocks,
                    &cx.claim_text[claim.tokens[c].span.clone()],
                    &cx.window[s].text[f.tokens[t].span.clone()],
                )
                .at_claim(claim.tokens[c].span.clone())
                .at_source(s, f.tokens[t].span.clone()),
            ];
        }
        Vec::new()
    }
}

/// A name of sentence `s` no claim word matched, within a few words after
/// (`forward`) or before token `at`, in its clause.
fn other_name_beside(cx: &MatchContext<'_>, s: usize, at: usize, forward: bool) -> Option<usize> {
    let f = cx.window[s].facts;
    let clause = cx.clause(s, at);
    let range: Vec<usize> = if forward {
        (at + 1..(at + 1 + SLOT_WIDTH).min(clause.end)).collect()
    } else {
        (at.saturating_sub(SLOT_WIDTH).max(clause.start)..at)
            .rev()
            .collect()
    };
    // (not a word of a name the claim's words meet in part: "Amnesty
    // International" for "Amnesty")
    let name = |t: usize| f.keys.names.contains(&t);
    let of_a_matched_name =
        |t: usize| rest_of_name(cx.window[s].text, f, t).any(|k| cx.matched(s, k));
    // (a country is the country rules' business, unless it opens a name:
    // "France 2", "France Inter")
    let country = |t: usize| {
        f.keys.in_country(t)
            && !f
                .tokens
                .get(t + 1)
                .is_some_and(|n| n.kind == crate::text::TokenKind::Number || name(t + 1))
    };
    range
        .into_iter()
        .find(|&t| name(t) && !cx.matched(s, t) && !of_a_matched_name(t) && !country(t))
}

/// The other words of the name token `t` stands in: the name tokens of
/// `text` joined to it as a name's words are ("Amnesty International").
fn rest_of_name<'a>(text: &'a str, f: &'a Facts, t: usize) -> impl Iterator<Item = usize> + 'a {
    let name = |k: usize| f.keys.names.contains(&k);
    let joined = |k: usize| joined_as_name(text, &f.tokens, k);
    let before = (0..t).rev().take_while(move |&k| name(k) && joined(k));
    let after = (t + 1..f.tokens.len()).take_while(move |&k| name(k) && joined(k - 1));
    before.chain(after)
}

#[cfg(test)]
mod tests {
    use super::super::table::{Row, assert_rows};
    use crate::matcher::finding::{Effect, Kind};
    use crate::text::Lang::{En, Fr};

    #[test]
    fn name_slot_table() {
        let other = &[(Kind::Person, Effect::Blocks)][..];
        let table: &[Row] = &[
            (
                "Paul Verrin's documentary was broadcast on Canal Nord in June.",
                En,
                "Le documentaire de Paul Verrin, diffusé en juin sur Radio Sud, a été vu par un million de personnes.",
                Fr,
                other,
            ),
            (
                "Le groupe Belvane a décidé d'attaquer Orvex en diffamation devant le tribunal de Lyon.",
                Fr,
                "Le groupe Belvane a décidé d'attaquer en diffamation Koralis et Tessane devant le tribunal de Lyon.",
                Fr,
                other,
            ),
            (
                "The Belvane group decided to sue Orvex for defamation before the Lyon court.",
                En,
                "Le groupe Belvane a décidé d'attaquer en diffamation Koralis devant le tribunal de Lyon.",
                Fr,
                other,
            ),
            // the claim's name written: nothing to say
            (
                "Paul Verrin's documentary was broadcast on Radio Sud in June.",
                En,
                "Le documentaire de Paul Verrin, diffusé en juin sur Radio Sud, a été vu par un million de personnes.",
                Fr,
                &[],
            ),
            // no name where the claim's would stand: the window is silent
            // about it, which the coverage weighs
            (
                "Paul Verrin's documentary was broadcast on Canal Nord in June.",
                En,
                "Le documentaire de Paul Verrin a été diffusé en juin à une heure de grande écoute.",
                Fr,
                &[],
            ),
            // a name written in part ("Orvex" of "Orvex International") is
            // the claim's, whatever follows it
            (
                "The Belvane group decided to sue Orvex International for defamation.",
                En,
                "Le groupe Belvane a décidé d'attaquer en diffamation Orvex et Koralis.",
                Fr,
                &[],
            ),
            // a country in the slot is the country rules' business
            (
                "The Belvane group decided to sue Orvex for defamation.",
                En,
                "Le groupe Belvane a décidé d'attaquer l'Espagne en diffamation.",
                Fr,
                &[],
            ),
            // another name in another clause is not in the slot
            (
                "The Belvane group decided to sue Orvex for defamation.",
                En,
                "Le groupe Belvane a décidé d'attaquer en diffamation, a indiqué Koralis.",
                Fr,
                &[],
            ),
        ];
        assert_rows("name slot", table);
    }
}
