//! Order in time: the window puts what the claim says on the other side of
//! the same anchor ("le code a été créé avant les procès" / "créé après les
//! procès", "before the war" / "après la guerre", "annulée avant son entrée
//! en vigueur" / "supprimée après son entrée en vigueur").
//!
//! The anchor is the first word that carries meaning after the claim's
//! "avant"/"after"; the window must state it, with the opposite word just
//! before it and not the claim's own. Or the other end of the same span:
//! before the departure is before the return, after the end is after the
//! start ("la réunion s'est tenue après le retour de Macron du Japon" /
//! "cette réunion organisée avant son départ pour le Japon"), the span told
//! by a word of what follows the anchor ("Japon"), or by its country ("son
//! retour de Tokyo"). It contradicts only when most of the claim is
//! stated, in a sentence about its subject, neither side negated (the
//! window's statement read in the clause the order phrase places, not in
//! what is said there: "Avant la réunion, il avait précisé que cette
//! enquête ne disait pas ..."), and every fact agrees; otherwise it decides
//! nothing.

use super::Rule;
use crate::matcher::context::MatchContext;
use crate::matcher::context::{COMPLEMENTISERS, carries_meaning};
use crate::matcher::finding::{Effect, Finding, Kind};

/// Share of the claim the window must state.
pub const ORDER_COVERAGE: f64 = 0.6;
/// Words between an order word and its anchor ("avant la Seconde Guerre",
/// "à la suite des procès").
const ANCHOR_GAP: usize = 4;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Order {
    Before,
    After,
}

/// The order a word puts its anchor in (folded), both languages.
fn order_of(word: &str) -> Option<Order> {
    match word {
        "avant" | "before" | "prior" => Some(Order::Before),
        "apres" | "after" | "following" | "suite" => Some(Order::After),
        _ => None,
    }
}

pub struct OrderRule;

impl Rule for OrderRule {
    fn name(&self) -> &'static str {
        "order"
    }

    fn check(&self, cx: &MatchContext<'_>, earlier: &[Finding]) -> Vec<Finding> {
        let cov = cx.coverage;
        let facts_agree = super::facts_agree(earlier);
        let decided = super::settled(earlier);
        // (a negated order says little of when: "X did not speak after the
        // meeting" holds beside "before the meeting, X had not spoken")
        let claim = cx.claim;
        if decided || !facts_agree || !cov.missing_names.is_empty() || claim.negated() {
            return Vec::new();
        }
        for i in 0..claim.tokens.len() {
            let Some(order) = order_of(&claim.tokens[i].norm) else {
                continue;
            };
            let Some(anchor) = anchor_after(claim, i) else {
                continue;
            };
            if cov.share < ORDER_COVERAGE {
                if let Some(finding) = other_end(cx, i, order, anchor) {
                    return vec![finding];
                }
                continue;
            }
            // every place the window writes the anchor (a word written twice,
            // "the Nuremberg code ... the Nuremberg trials", has one match in
            // the coverage), and the order word just before it; one place
            // in the claim's order settles it ("before the election he
            // promised ...; after the election he did")
            let mut opposite_at: Option<(usize, usize)> = None;
            let mut agrees = false;
            for (s, ws) in cx.window.iter().enumerate() {
                let f = ws.facts;
                if !cx.names_subject(s) {
                    continue;
                }
                for u in cx.places_of(anchor, s) {
                    let Some((t, found)) = order_before(f, u) else {
                        continue;
                    };
                    if statement_negated(cx, s, t) {
                        continue;
                    }
                    if found == order {
                        agrees = true;
                    } else {
                        opposite_at.get_or_insert((s, t));
                    }
                }
            }
            if let Some((s, t)) = opposite_at.filter(|_| !agrees) {
                let opposite = (Kind::Opposite, Effect::Contradicts);
                return vec![
                    super::word_against_word(cx, opposite, i, s, t)
                        .about(Some(claim.tokens[anchor].norm.to_string())),
                ];
            }
            if !agrees && let Some(finding) = other_end(cx, i, order, anchor) {
                return vec![finding];
            }
        }
        Vec::new()
    }
}

/// The anchor of the order word at token `i`: the first word after it that
/// carries meaning, past a possessor ("before the minister's return" is
/// before the return).
fn anchor_after(claim: &crate::facts::Facts, i: usize) -> Option<usize> {
    let first_from = |from: usize| {
        (from..claim.tokens.len().min(from + 1 + ANCHOR_GAP)).find(|&t| carries_meaning(claim, t))
    };
    let mut anchor = first_from(i + 1)?;
    while claim.tokens.get(anchor + 1).is_some_and(|n| n.norm == "s") {
        anchor = first_from(anchor + 2)?;
    }
    Some(anchor)
}

/// Is the statement that the order word at token `t` of window sentence
/// `s` places in time negated? Its clause, or the clause after it when the
/// order phrase opens its own before a comma ("Avant la réunion, il
/// n'avait pas parlé"); up to a completive "que" / "that" after it, whose
/// negation is what was said, not whether it was ("Avant la réunion, il
/// avait précisé sur France Inter que cette enquête ne disait pas ...").
/// A negated statement places nothing ("not after the meeting" may be
/// before it or never).
fn statement_negated(cx: &MatchContext<'_>, s: usize, t: usize) -> bool {
    let f = cx.window[s].facts;
    let mut clause = cx.clause(s, t);
    if clause.start == t && clause.end < f.tokens.len() {
        clause.end = cx.clause(s, clause.end).end;
    }
    let end = (t..clause.end)
        .find(|&k| COMPLEMENTISERS.contains(&f.tokens[k].norm.as_str()))
        .unwrap_or(clause.end);
    f.negations
        .iter()
        .any(|n| (clause.start..end).contains(&n.tokens.start))
}

/// The stem of token `t` of a sentence, if it has keys.
fn first_stem(f: &crate::facts::Facts, t: usize) -> Option<&str> {
    f.keys.words[t].first().map(String::as_str)
}

/// The nearest order word before token `u` of a sentence, within
/// `ANCHOR_GAP`, with the order it puts `u` in.
fn order_before(f: &crate::facts::Facts, u: usize) -> Option<(usize, Order)> {
    (u.saturating_sub(ANCHOR_GAP + 1)..u)
        .rev()
        .find_map(|t| order_of(&f.tokens[t].norm).map(|o| (t, o)))
}

/// Stems of the words that start a span of time, both languages.
const SPAN_STARTS: &[&str] = &["depart", "departur", "debut", "begin", "start"];
/// Stems of the words that end one.
const SPAN_ENDS: &[&str] = &["retour", "return", "fin", "end"];
/// Words from an order word's anchor to the verb that tells an end of a
/// span, at most ("after the minister returned", "after Emmanuel Macron
/// returned").
const SPAN_VERB_REACH: usize = 4;
/// Words after an end of a span that may tell which span it is ("le
/// retour d'Emmanuel Macron du Japon").
const SPAN_OF: usize = 6;

/// The claim's order word `i` puts its anchor, an end of a span, where the
/// window's other end contradicts it: the claim after the end, the window
/// before the start; or the claim before the start, the window after the
/// end. The same span when a word that carries meaning after the claim's
/// end follows the window's, and the rest of the claim is stated.
fn other_end(cx: &MatchContext<'_>, i: usize, order: Order, anchor: usize) -> Option<Finding> {
    let claim = cx.claim;
    // (the end told by the verb of a clause after the order word: "after
    // Macron returned from Japan", "after the minister returned")
    let is_end = |t: usize| {
        first_stem(claim, t).is_some_and(|k| SPAN_STARTS.contains(&k) || SPAN_ENDS.contains(&k))
    };
    let anchor = (anchor..claim.tokens.len().min(anchor + SPAN_VERB_REACH))
        .find(|&t| is_end(t))
        .unwrap_or(anchor);
    let anchor_stem = first_stem(claim, anchor)?;
    let (wanted, window_order) = match order {
        Order::After if SPAN_ENDS.contains(&anchor_stem) => (SPAN_STARTS, Order::Before),
        Order::Before if SPAN_STARTS.contains(&anchor_stem) => (SPAN_ENDS, Order::After),
        _ => return None,
    };
    if cx.coverage.share_without(anchor) < ORDER_COVERAGE {
        return None;
    }
    let of_span: Vec<usize> = (anchor + 1..claim.tokens.len().min(anchor + 1 + SPAN_OF))
        .filter(|&t| carries_meaning(claim, t))
        .collect();
    // (a city tells the span as its country does: "son retour de Tokyo" /
    // "son départ pour le Japon")
    let span_countries: Vec<&str> = of_span
        .iter()
        .filter(|&&c| !claim.keys.in_country(c))
        .flat_map(|&c| crate::matcher::coverage::countries_of(claim, c))
        .collect();
    for (s, ws) in cx.window.iter().enumerate() {
        let f = ws.facts;
        if !cx.names_subject(s) {
            continue;
        }
        // where the sentence writes the words that tell the span
        let span_words: Vec<usize> = of_span
            .iter()
            .flat_map(|&c| cx.places_of(c, s))
            .chain(
                f.keys
                    .entities
                    .iter()
                    .filter(|(_, code)| span_countries.contains(&code.as_str()))
                    .map(|(r, _)| r.start),
            )
            .collect();
        for u in 0..f.tokens.len() {
            if !first_stem(f, u).is_some_and(|k| wanted.contains(&k)) {
                continue;
            }
            let Some((t, found)) = order_before(f, u) else {
                continue;
            };
            let same_span = span_words.iter().any(|&w| w > u && w <= u + SPAN_OF);
            if found == window_order && same_span && !statement_negated(cx, s, t) {
                let opposite = (Kind::Opposite, Effect::Contradicts);
                // the two ends, as written: "retour / départ"
                let ends = format!(
                    "{} / {}",
                    &cx.claim_text[claim.tokens[anchor].span.clone()],
                    &ws.text[f.tokens[u].span.clone()]
                );
                return Some(super::word_against_word(cx, opposite, i, s, t).about(Some(ends)));
            }
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::super::table::{Row, assert_rows};
    use crate::matcher::finding::{Effect, Kind};
    use crate::text::Lang::{En, Fr};

    #[test]
    fn order_table() {
        let opposite = &[(Kind::Opposite, Effect::Contradicts)][..];
        let table: &[Row] = &[
            // the other end of the same span
            (
                "La conférence s'est tenue après le retour du ministre de Pologne.",
                Fr,
                "La conférence, organisée avant le départ du ministre pour la Pologne, a duré deux heures.",
                Fr,
                opposite,
            ),
            (
                "The conference was held before the minister's departure for Poland.",
                En,
                "The conference, held after the minister's return from Poland, lasted two hours.",
                En,
                opposite,
            ),
            (
                "The conference was held after the minister returned from Poland.",
                En,
                "La conférence a eu lieu avant le départ du ministre pour la Pologne.",
                Fr,
                opposite,
            ),
            // the end told by the verb after a name
            (
                "The conference was held after Anna Kowal returned from Poland.",
                En,
                "Anna Kowal a présidé la conférence, organisée avant son départ pour la Pologne.",
                Fr,
                opposite,
            ),
            // the ends agree: before the return may be after the departure
            (
                "The conference was held before the minister's return from Poland.",
                En,
                "The conference was held after the minister's departure for Poland.",
                En,
                &[],
            ),
            // a city tells the span as its country does
            (
                "La conférence s'est tenue après son retour de Varsovie.",
                Fr,
                "La conférence, organisée avant son départ pour la Pologne afin de visiter une usine à Varsovie, a duré deux heures.",
                Fr,
                opposite,
            ),
            (
                "La conférence s'est tenue après son retour de Madrid.",
                Fr,
                "La conférence, organisée avant son départ pour la Pologne afin de visiter une usine à Madrid, a duré deux heures.",
                Fr,
                &[],
            ),
            // another span
            (
                "The conference was held after the minister's return from Poland.",
                En,
                "The conference was held before the minister's departure for Spain.",
                En,
                &[],
            ),
            (
                "The code was written before the trials.",
                En,
                "The code was written after the trials.",
                En,
                opposite,
            ),
            (
                "Le code a été rédigé avant les procès de Nuremberg.",
                Fr,
                "Le code a été rédigé à la suite des procès de Nuremberg.",
                Fr,
                opposite,
            ),
            (
                "The agreement was signed before the summit.",
                En,
                "L'accord a été signé après le sommet.",
                Fr,
                opposite,
            ),
            (
                "Le sommet a été organisé après les élections municipales.",
                Fr,
                "The summit was organised before the municipal elections.",
                En,
                opposite,
            ),
            // the same order: no contradiction
            (
                "The code was written after the trials.",
                En,
                "The code was written after the trials ended.",
                En,
                &[],
            ),
            // another anchor: says nothing about the claim's
            (
                "The code was written before the trials.",
                En,
                "The code was written after the war, before the trials.",
                En,
                &[],
            ),
            // the window says both: the claim's order settles it
            (
                "The mayor signed the decree after the election.",
                En,
                "Before the election the mayor promised the decree; after the election the mayor signed the decree.",
                En,
                &[],
            ),
            // an order phrase before a comma places the clause after it;
            // a negation in what was said there is not that clause's
            (
                "Marc Olivo a parlé à la radio après la réunion.",
                Fr,
                "Avant la réunion, Marc Olivo avait précisé à la radio que l'enquête ne disait pas tout.",
                Fr,
                opposite,
            ),
            (
                "Marc Olivo spoke on the radio after the meeting.",
                En,
                "Before the meeting, Marc Olivo had said on the radio that the inquiry did not show everything.",
                En,
                opposite,
            ),
            (
                "Marc Olivo a parlé à la radio après la réunion.",
                Fr,
                "Marc Olivo a précisé à la radio avant la réunion que l'enquête ne disait pas tout.",
                Fr,
                opposite,
            ),
            // a negated order says little of when
            (
                "Marc Olivo n'a pas parlé à la radio après la réunion.",
                Fr,
                "Avant la réunion, Marc Olivo n'avait pas parlé à la radio.",
                Fr,
                &[],
            ),
            // a negated window: "not before" is no "after"
            (
                "The code was written before the trials.",
                En,
                "The code was not written after the trials.",
                En,
                &[],
            ),
            // most of the claim must be stated
            (
                "The museum opened before the war.",
                En,
                "Rationing started after the war.",
                En,
                &[],
            ),
        ];
        assert_rows("order", table);
    }
}
