//! Country slots: the claim names a country where the window, between the
//! same words, names another ("Amnesty accused Algeria of using the
//! software" / "Amnesty accusait l'État du Maroc d'avoir utilisé ce
//! logiciel"; "la menace que représente la Turquie" / "la menace que
//! représente l'Iran"). The slot is read from the claim's words on either
//! side of its country: the nearest word that carries meaning before it and
//! the nearest after it, each within a few words, both written in one window
//! sentence in the same order with another country between and no other
//! claim word; a country that closes or opens the claim has one side, the
//! other country then right beside its copy.
//!
//! It contradicts when most of the claim is stated without its country, its
//! verbs and its other names included, in a sentence that names the claim's
//! subject with the same polarity, every fact agreeing; otherwise it only
//! keeps the window from supporting. A window that writes the claim's
//! country anywhere decides nothing here (a list, a comparison: "le Maroc
//! et l'Algérie").

use super::Rule;
use crate::facts::Facts;
use crate::matcher::context::{MatchContext, carries_meaning};
use crate::matcher::finding::{Effect, Finding, Kind};
use crate::text::Lexicon;
use std::ops::Range;

/// Share of the claim the window must state, its country left out, for
/// another country in its slot to contradict (as for bound places).
pub const COUNTRY_SLOT_COVERAGE: f64 = super::bound_place::BOUND_PLACE_COVERAGE;
/// Claim words between the country and the word that frames it, at most.
const FRAME_REACH: usize = 3;
/// Window words between the two framing words, at most ("accusait
/// ouvertement l'État du Maroc d'avoir utilisé").
const SLOT_WIDTH: usize = 8;
/// Window words between the one framing word and the other country, when
/// the claim's country closes or opens the claim ("que représente l'Iran").
const EDGE_GAP: usize = 2;

pub struct CountrySlotRule;

impl Rule for CountrySlotRule {
    fn name(&self) -> &'static str {
        "country slot"
    }

    fn check(&self, cx: &MatchContext<'_>, earlier: &[Finding]) -> Vec<Finding> {
        if super::settled(earlier) {
            return Vec::new();
        }
        let claim = cx.claim;
        for (r, code) in countries(claim) {
            // the claim's country written anywhere: no slot to read
            let written = cx
                .window
                .iter()
                .any(|w| (w.facts.keys.entities.iter()).any(|(_, c)| c == code));
            if written {
                continue;
            }
            let framing = |c: &usize| carries_meaning(claim, *c) && !claim.keys.names.contains(c);
            let before = (r.start.saturating_sub(FRAME_REACH)..r.start)
                .rev()
                .find(framing);
            let after = (r.end..(r.end + FRAME_REACH).min(claim.tokens.len())).find(framing);
            let Some((s, at)) = (0..cx.window.len())
                .find_map(|s| other_country_in_slot(cx, s, before, after, code).map(|at| (s, at)))
            else {
                continue;
            };
            let f = cx.window[s].facts;
            let country_word = claim.tokens[r.start].norm.as_str();
            let contradicts = cx.coverage.share_without(r.start) >= COUNTRY_SLOT_COVERAGE
                && cx.coverage.missing_names.iter().all(|m| m == country_word)
                && !cx.verb_missing()
                && cx.claim_states_an_act()
                && cx.names_subject(s)
                && super::negated_at(cx, s, at) == claim.negated()
                && super::facts_agree(earlier);
            let (kind, effect) = if contradicts {
                (Kind::Location, Effect::Contradicts)
            } else {
                (Kind::Place, Effect::Blocks)
            };
            let source = f
                .keys
                .entities
                .iter()
                .find(|(er, _)| er.start == at)
                .map_or(f.tokens[at].span.clone(), |(er, _)| {
                    f.tokens[er.start].span.start..f.tokens[er.end - 1].span.end
                });
            let claim_span = claim.tokens[r.start].span.start..claim.tokens[r.end - 1].span.end;
            return vec![super::span_against_span(
                cx,
                (kind, effect),
                claim_span,
                s,
                source,
            )];
        }
        Vec::new()
    }
}

/// The claim's countries named as such (not their adjectives): token range
/// and code.
fn countries(f: &Facts) -> Vec<(Range<usize>, &str)> {
    f.keys
        .entities
        .iter()
        .filter(|(r, code)| names_country(f, r, code))
        .map(|(r, code)| (r.clone(), code.as_str()))
        .collect()
}

/// Does the entity at tokens `r`, of code `code`, name a country (a
/// two-letter code, not an organisation) by its name, not its adjective?
fn names_country(f: &Facts, r: &Range<usize>, code: &str) -> bool {
    let key: Vec<&str> = f.tokens[r.clone()]
        .iter()
        .map(|t| t.norm.as_str())
        .collect();
    code.len() == 2
        && code.chars().all(|ch| ch.is_ascii_uppercase())
        && !Lexicon::shared().is_demonym(&key.join(" "))
}

/// The first token of another country that window sentence `s` writes in the
/// slot the claim's framing words `before` and `after` make, with no other
/// claim word there.
fn other_country_in_slot(
    cx: &MatchContext<'_>,
    s: usize,
    before: Option<usize>,
    after: Option<usize>,
    code: &str,
) -> Option<usize> {
    let f = cx.window[s].facts;
    // the words that modify a framing word in the claim, right outside
    // the claim's slot, may stand inside the window's: a language puts an
    // adverb on either side of its verb ("openly accused Algeria" /
    // "accusait ouvertement l'État du Maroc")
    let claim = cx.claim;
    let modifiers: Vec<usize> = [
        before.and_then(|b| b.checked_sub(1)),
        after.map(|a| a + 1).filter(|&a| a < claim.tokens.len()),
    ]
    .into_iter()
    .flatten()
    .filter(|&c| carries_meaning(claim, c) && !claim.keys.names.contains(&c))
    .collect();
    let modifier_at = |u: usize| {
        modifiers
            .iter()
            .any(|&c| cx.places_of(c, s).any(|t| t == u))
    };
    let other = |range: Range<usize>| {
        let country = f.keys.entities.iter().find(|(r, c)| {
            r.start >= range.start
                && r.end <= range.end
                && c.as_str() != code
                && names_country(f, r, c)
        })?;
        // nothing else of the claim in the slot
        let clean = range
            .clone()
            .filter(|u| !country.0.contains(u))
            .all(|u| !cx.writes_claim_word(s, u) || modifier_at(u));
        clean.then_some(country.0.start)
    };
    match (before, after) {
        (Some(b), Some(a)) => cx.places_of(b, s).find_map(|tb| {
            cx.places_of(a, s)
                .filter(|&ta| ta > tb + 1 && ta - tb - 1 <= SLOT_WIDTH)
                .find_map(|ta| other(tb + 1..ta))
        }),
        (Some(b), None) => cx
            .places_of(b, s)
            .find_map(|tb| other(tb + 1..(tb + 2 + EDGE_GAP).min(f.tokens.len()))),
        (None, Some(a)) => cx
            .places_of(a, s)
            .find_map(|ta| other(ta.saturating_sub(1 + EDGE_GAP)..ta)),
        (None, None) => None,
    }
}

#[cfg(test)]
mod tests {
    use super::super::table::{Case, kinds};
    use crate::matcher::finding::{Effect, Kind};
    use crate::text::Lang::{En, Fr};

    const ACCUSED: &str = "En juillet 2020, l'ONG Veritas accusait ouvertement l'État du Maroc d'avoir utilisé ce logiciel pour surveiller le journaliste Paul Marchand.";

    #[test]
    fn another_country_in_the_claims_slot() {
        let differs = &[(Kind::Location, Effect::Contradicts)][..];
        let blocks = &[(Kind::Place, Effect::Blocks)][..];
        let none = &[][..];
        let table = [
            (
                "In July 2020 Veritas accused Algeria of using the software to spy on the journalist Paul Marchand.",
                En,
                ACCUSED,
                differs,
            ),
            (
                "En juillet 2020, Veritas accusait l'Algérie d'avoir utilisé ce logiciel pour surveiller le journaliste Paul Marchand.",
                Fr,
                ACCUSED,
                differs,
            ),
            // an adverb of the framing verb, on its other side in the
            // other language
            (
                "In July 2020 Veritas openly accused Algeria of using the software to spy on the journalist Paul Marchand.",
                En,
                ACCUSED,
                differs,
            ),
            (
                "En juillet 2020, Veritas a ouvertement accusé l'Algérie d'avoir utilisé ce logiciel pour surveiller le journaliste Paul Marchand.",
                Fr,
                ACCUSED,
                differs,
            ),
            // the claim's own country: nothing to read
            (
                "In July 2020 Veritas accused Morocco of using the software to spy on the journalist Paul Marchand.",
                En,
                ACCUSED,
                none,
            ),
            // the claim's country written too, in a list
            (
                "In July 2020 Veritas accused Algeria of using the software to spy on the journalist Paul Marchand.",
                En,
                "En juillet 2020, l'ONG Veritas accusait le Maroc et l'Algérie d'avoir utilisé ce logiciel pour surveiller le journaliste Paul Marchand.",
                none,
            ),
            // the claim's country written elsewhere: which is which is
            // not read
            (
                "In July 2020 Veritas accused Algeria of using the software to spy on the journalist Paul Marchand.",
                En,
                "En juillet 2020, l'ONG Veritas, basée en Algérie, accusait ouvertement l'État du Maroc d'avoir utilisé ce logiciel pour surveiller le journaliste Paul Marchand.",
                none,
            ),
            // another country outside the slot
            (
                "In July 2020 Veritas accused Algeria of using the software to spy on the journalist Paul Marchand.",
                En,
                "En juillet 2020, l'ONG Veritas, basée au Maroc, accusait ouvertement les autorités d'avoir utilisé ce logiciel pour surveiller le journaliste Paul Marchand.",
                none,
            ),
            // a country that closes the claim, its slot after the one
            // framing word; the claim names no one else, so the sentence is
            // not known to be about its subject: it only keeps it from
            // supporting
            (
                "Le ministre a évoqué avec son homologue la menace que représente la Turquie.",
                Fr,
                "Le ministre a évoqué avec son homologue la menace que représente l'Iran pour la région.",
                blocks,
            ),
            (
                "Le ministre Paul Marchand a évoqué avec son homologue la menace que représente la Turquie.",
                Fr,
                "Le ministre Paul Marchand a évoqué avec son homologue la menace que représente l'Iran pour la région.",
                differs,
            ),
            // a negation in another clause of the sentence is about
            // something else
            (
                "En juillet 2020, Veritas accusait l'Algérie d'avoir utilisé ce logiciel pour surveiller le journaliste Paul Marchand.",
                Fr,
                "En juillet 2020, l'ONG Veritas accusait ouvertement l'État du Maroc d'avoir utilisé ce logiciel pour surveiller le journaliste Paul Marchand, mais elle n'a pas publié ses preuves.",
                differs,
            ),
            // the claim's act said by a light verb and its noun ("a mis en
            // cause"), which no verb list holds
            (
                "L'ONG Veritas a mis en cause le Maroc dans l'affaire Falcon.",
                Fr,
                "L'ONG Veritas a mis en cause l'Algérie dans l'affaire Falcon.",
                differs,
            ),
        ];
        for (claim, cl, window, want) in table {
            let found = Case::new(claim, cl, window, Fr).findings_of("country slot");
            assert_eq!(kinds(&found), want, "{claim} / {window}");
        }
    }
}
