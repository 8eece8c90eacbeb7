//! Subject continuity: a window sentence that opens on a subject pronoun
//! ("Il n'a pas rencontré les ouvriers", "She did not attend") is about the
//! subject the sentence before it names, for support and contradiction
//! alike ([`MatchContext::names_subject`]). When another rule's finding
//! rests on such a sentence, this one says so, as `context`: the pronoun
//! and the sentence it continues.

use super::Rule;
use crate::matcher::context::{MatchContext, opens_on_pronoun};
use crate::matcher::finding::{Effect, Finding, Kind};

pub struct ContinuityRule;

impl Rule for ContinuityRule {
    fn name(&self) -> &'static str {
        "continuity"
    }

    fn check(&self, cx: &MatchContext<'_>, earlier: &[Finding]) -> Vec<Finding> {
        let rests_on = |s: usize| {
            earlier
                .iter()
                .any(|f| f.source_span.as_ref().is_some_and(|at| at.sentence == s))
        };
        (1..cx.window.len())
            .filter(|&s| {
                let f = cx.window[s].facts;
                opens_on_pronoun(f)
                    && rests_on(s)
                    && !cx.names_subject_itself(s)
                    && cx.names_subject_itself(s - 1)
            })
            .map(|s| {
                let ws = &cx.window[s];
                let pronoun = &ws.text[ws.facts.tokens[0].span.clone()];
                Finding::new(
                    Kind::Context,
                    Effect::Neutral,
                    pronoun,
                    cx.window[s - 1].text.trim(),
                )
                .at_source(s, ws.facts.tokens[0].span.clone())
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::super::table::{Row, assert_rows};
    use crate::matcher::finding::{Effect, Kind};
    use crate::text::Lang::{En, Fr};

    pub const VISIT: &str = "Jean Dupont a visité l'usine de Lyon lundi matin avec le préfet. | Il n'a pas rencontré les ouvriers de l'usine.";

    #[test]
    fn continuity_table() {
        let context = &[(Kind::Context, Effect::Neutral)][..];
        let table: &[Row] = &[
            (
                "Jean Dupont a rencontré les ouvriers de l'usine.",
                Fr,
                VISIT,
                Fr,
                context,
            ),
            (
                "Jean Dupont met the factory workers.",
                En,
                VISIT,
                Fr,
                context,
            ),
            // the finding rests on the sentence that names him
            ("Jean Dupont a visité l'usine de Lyon.", Fr, VISIT, Fr, &[]),
        ];
        assert_rows("continuity", table);
    }
}
