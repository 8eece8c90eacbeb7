//! Conditions: a common word of the claim is found only in a clause the
//! source does not assert ("savoir si Israël a ouvert une enquête", "if it
//! had been sold"): the window does not state the claim.

use super::Rule;
use crate::matcher::context::MatchContext;
use crate::matcher::finding::{Effect, Finding, Kind};

pub struct ConditionRule;

impl Rule for ConditionRule {
    fn name(&self) -> &'static str {
        "condition"
    }

    fn check(&self, cx: &MatchContext<'_>, _: &[Finding]) -> Vec<Finding> {
        // a claim that is itself a condition compares as one
        if !cx.claim.conditions.is_empty() {
            return Vec::new();
        }
        let in_condition = |&(s, t): &(usize, usize)| {
            let f = cx.window[s].facts;
            !f.tokens[t].capitalized
                && !f.keys.entities.iter().any(|(r, _)| r.contains(&t))
                && f.conditions.iter().any(|c| c.tokens.contains(&t))
        };
        if !cx.coverage.matched.iter().any(in_condition) {
            return Vec::new();
        }
        not_asserted(cx, |f| &f.conditions)
    }
}

/// The window's clauses of one kind (conditions, aims) keep it from
/// stating the claim: one `condition` finding with their cue words.
pub(super) fn not_asserted(
    cx: &MatchContext<'_>,
    clauses: impl Fn(&crate::facts::Facts) -> &Vec<crate::facts::Cue>,
) -> Vec<Finding> {
    let cues: Vec<&str> = cx
        .window
        .iter()
        .flat_map(|w| clauses(w.facts).iter().map(|c| c.words.as_str()))
        .collect();
    vec![Finding::new(
        Kind::Condition,
        Effect::Blocks,
        "",
        cues.join(", "),
    )]
}

#[cfg(test)]
mod tests {
    use super::super::table::{Row, assert_rows};
    use crate::matcher::finding::{Effect, Kind};
    use crate::text::Lang::{En, Fr};

    #[test]
    fn conditions_table() {
        let blocks = [(Kind::Condition, Effect::Blocks)];
        let table: &[Row] = &[
            (
                "Israel opened an investigation.",
                En,
                "La question est de savoir si Israël a ouvert une enquête.",
                Fr,
                &blocks,
            ),
            (
                "Israël a ouvert une enquête.",
                Fr,
                "Reste à savoir si Israël a ouvert une enquête.",
                Fr,
                &blocks,
            ),
            (
                "Israel opened an investigation.",
                En,
                "Israel opened an investigation on Thursday.",
                En,
                &[],
            ),
            (
                "Israël a ouvert une enquête.",
                Fr,
                "Israël a ouvert une enquête jeudi.",
                Fr,
                &[],
            ),
            // "même si" concedes what it says: asserted
            (
                "Les conservateurs contrôlent les deux chambres.",
                Fr,
                "Le projet a échoué, même si les conservateurs contrôlent les deux chambres.",
                Fr,
                &[],
            ),
            // ... unless the sentence is a hypothesis (a conditional)
            (
                "Les conservateurs contrôlent les deux chambres.",
                Fr,
                "Même si les conservateurs contrôlaient les deux chambres, le projet échouerait.",
                Fr,
                &blocks,
            ),
        ];
        assert_rows("condition", table);
    }
}
