//! Sides: the claim has its subject act *for* what the window has it act
//! *against*, after the same verb ("Tom Fisher a voté pour le projet"
//! against "Tom Fisher voted against the plan"; "campaigned against" /
//! "a fait campagne pour"). The words of a side are function words, which
//! the coverage leaves out, so without this rule the two read alike.
//!
//! It contradicts when most of the claim is stated, in a sentence about its
//! subject with the same polarity, every fact agreeing; otherwise it keeps
//! the window from supporting.

use super::{Beside, Rule};
use crate::facts::Facts;
use crate::matcher::context::MatchContext;
use crate::matcher::finding::{Effect, Finding, Kind};

/// Share of the claim the window must state for two sides to contradict.
pub const SIDE_COVERAGE: f64 = 0.6;

/// Words after a verb that take a side, folded: for, then against.
const FOR: &[&str] = &["pour", "for"];
const AGAINST: &[&str] = &["contre", "against"];

pub struct SideRule;

#[derive(Clone, Copy, PartialEq)]
enum Side {
    For,
    Against,
}

/// The side taken by the word right after token `t`, if any.
fn side_after(f: &Facts, t: usize) -> Option<(usize, Side)> {
    let next = f.tokens.get(t + 1)?;
    let w = next.norm.as_str();
    // "pour" before an infinitive is a purpose: "a voté pour empêcher"
    let purpose = w == "pour"
        && f.tokens
            .get(t + 2)
            .is_some_and(|a| crate::facts::is_french_infinitive(&a.norm));
    if FOR.contains(&w) && !purpose {
        Some((t + 1, Side::For))
    } else if AGAINST.contains(&w) {
        Some((t + 1, Side::Against))
    } else {
        None
    }
}

impl Rule for SideRule {
    fn name(&self) -> &'static str {
        "side"
    }

    fn check(&self, cx: &MatchContext<'_>, earlier: &[Finding]) -> Vec<Finding> {
        if super::settled(earlier) {
            return Vec::new();
        }
        let claim = cx.claim;
        for v in cx.claim_verbs() {
            let Some((cp, side)) = side_after(claim, v) else {
                continue;
            };
            let found = super::other_value_beside(
                cx,
                v,
                |s| cx.names_subject(s),
                |f, u| {
                    side_after(f, u).map(|(at, ws)| {
                        if ws == side {
                            Beside::Same
                        } else {
                            Beside::Other(at)
                        }
                    })
                },
            );
            let Some((s, at)) = found else {
                continue;
            };
            let contradicts = cx.coverage.share >= SIDE_COVERAGE
                && cx.window[s].facts.negated() == claim.negated()
                && super::facts_agree(earlier);
            let effect = if contradicts {
                Effect::Contradicts
            } else {
                Effect::Blocks
            };
            return vec![super::word_against_word(
                cx,
                (Kind::Opposite, effect),
                cp,
                s,
                at,
            )];
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
    fn sides_table() {
        let contradicts = &[(Kind::Opposite, Effect::Contradicts)][..];
        let table: &[Row] = &[
            (
                "Jane Holt a voté pour le projet.",
                Fr,
                "The opposition leader, Jane Holt, voted against the plan.",
                En,
                contradicts,
            ),
            (
                "Jane Holt voted against the plan.",
                En,
                "Jane Holt a voté pour le projet de pont.",
                Fr,
                contradicts,
            ),
            (
                "Jane Holt a voté contre le projet.",
                Fr,
                "Jane Holt voted against the plan.",
                En,
                &[],
            ),
            // a purpose is no side
            (
                "Jane Holt a voté pour empêcher le péage.",
                Fr,
                "Jane Holt voted against the toll.",
                En,
                &[],
            ),
            // another verb's side says nothing of the vote
            (
                "Jane Holt a voté pour le projet.",
                Fr,
                "Jane Holt voted for the plan, then argued against the toll.",
                En,
                &[],
            ),
        ];
        assert_rows("side", table);
    }
}
