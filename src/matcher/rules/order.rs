//! Order in time: the window puts what the claim says on the other side of
//! the same anchor ("le code a été créé avant les procès" / "créé après les
//! procès", "before the war" / "après la guerre", "annulée avant son entrée
//! en vigueur" / "supprimée après son entrée en vigueur").
//!
//! The anchor is the first word that carries meaning after the claim's
//! "avant"/"after"; the window must state it, with the opposite word just
//! before it and not the claim's own. It contradicts only when most of the
//! claim is stated, in a sentence about its subject with the same
//! polarity, and every fact agrees; otherwise it decides nothing.

use super::Rule;
use crate::matcher::context::MatchContext;
use crate::matcher::context::carries_meaning;
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
        if decided || !facts_agree || cov.share < ORDER_COVERAGE || !cov.missing_names.is_empty() {
            return Vec::new();
        }
        let claim = cx.claim;
        for i in 0..claim.tokens.len() {
            let Some(order) = order_of(&claim.tokens[i].norm) else {
                continue;
            };
            let Some(anchor) = (i + 1..claim.tokens.len().min(i + 2 + ANCHOR_GAP))
                .find(|&t| carries_meaning(claim, t))
            else {
                continue;
            };
            // every place the window writes the anchor (a word written twice,
            // "the Nuremberg code ... the Nuremberg trials", has one match in
            // the coverage), and the order word just before it; one place
            // in the claim's order settles it ("before the election he
            // promised ...; after the election he did")
            let mut opposite_at: Option<(usize, usize)> = None;
            let mut agrees = false;
            for (s, ws) in cx.window.iter().enumerate() {
                let f = ws.facts;
                if !cx.names_subject(s) || f.negated() != claim.negated() {
                    continue;
                }
                for u in cx.places_of(anchor, s) {
                    let before = u.saturating_sub(ANCHOR_GAP + 1)..u;
                    // the nearest order word before the anchor
                    let Some((t, found)) = before
                        .rev()
                        .find_map(|t| order_of(&f.tokens[t].norm).map(|o| (t, o)))
                    else {
                        continue;
                    };
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
        }
        Vec::new()
    }
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
