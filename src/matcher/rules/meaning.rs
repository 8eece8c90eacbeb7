//! Meaning: the claim words the coverage found by the sentence encoder
//! rather than by a dictionary key ("logements" for "homes"), shown with
//! their cosine. They count toward what the window states; they decide
//! nothing by themselves.

use super::{Rule, word_against_word};
use crate::matcher::context::MatchContext;
use crate::matcher::finding::{Effect, Finding, Kind};

pub struct MeaningRule;

impl Rule for MeaningRule {
    fn name(&self) -> &'static str {
        "meaning"
    }

    fn check(&self, cx: &MatchContext<'_>, _: &[Finding]) -> Vec<Finding> {
        cx.coverage
            .aligned
            .iter()
            .map(|a| {
                let (s, t) = a.at;
                word_against_word(cx, (Kind::Meaning, Effect::Neutral), a.claim_token, s, t)
                    .valued((f64::from(a.cosine) * 100.0).round() / 100.0)
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::super::table::{Row, assert_rows};
    use crate::matcher::finding::{Effect, Kind};
    use crate::text::Lang::{En, Fr};

    #[test]
    fn meaning_table() {
        let table: &[Row] = &[
            (
                "Environ 2 300 logements ont été inondés.",
                Fr,
                "About 2,300 homes were flooded.",
                En,
                &[(Kind::Meaning, Effect::Neutral)],
            ),
            (
                "The mayor requested a further 30 million euros.",
                En,
                "The mayor asked for a further 30 million euros.",
                En,
                &[(Kind::Meaning, Effect::Neutral)],
            ),
            // opposites are close in meaning; the lexicon keeps them apart
            (
                "The council accepted the plan.",
                En,
                "The council rejected the plan.",
                En,
                &[],
            ),
            (
                "Le rassemblement a été autorisé.",
                Fr,
                "The gathering was banned.",
                En,
                &[],
            ),
            // a word the dictionaries render is not looked for by meaning
            (
                "Le conseil a approuvé le projet.",
                Fr,
                "The council approved the plan.",
                En,
                &[],
            ),
        ];
        assert_rows("meaning", table);
    }
}
