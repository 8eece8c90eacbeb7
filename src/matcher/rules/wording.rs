//! Wording: the claim words the window does not state, shown unless the
//! window contradicts; claim words that no source sentence uses at all are
//! noted (`explain`): the decision weighs how many there are, it no longer
//! vetoes support for one word the lexicon lacks.

use super::Rule;
use crate::matcher::context::MatchContext;
use crate::matcher::finding::{Effect, Finding, Kind};

pub struct WordingRule;

impl Rule for WordingRule {
    fn name(&self) -> &'static str {
        "wording"
    }

    fn check(&self, cx: &MatchContext<'_>, earlier: &[Finding]) -> Vec<Finding> {
        let cov = cx.coverage;
        let mut found = Vec::new();
        let contradicts = earlier.iter().any(|f| f.effect == Effect::Contradicts);
        if !cov.missing.is_empty() && !contradicts {
            found.push(Finding::new(
                Kind::Missing,
                Effect::Neutral,
                cov.missing.join(", "),
                "",
            ));
        }
        let verbs: Vec<&str> = cx
            .claim_verbs()
            .into_iter()
            .map(|t| cx.claim.tokens[t].norm.as_str())
            .filter(|norm| cov.missing.iter().any(|m| m == norm))
            .collect();
        if !verbs.is_empty() {
            found.push(Finding::new(
                Kind::Predicate,
                Effect::Neutral,
                verbs.join(", "),
                "",
            ));
        }
        if !cov.missing_names.is_empty() {
            found.push(Finding::new(
                Kind::Participant,
                Effect::Neutral,
                cov.missing_names.join(", "),
                "",
            ));
        }
        if !cov.novel.is_empty() {
            found.push(Finding::new(
                Kind::Novel,
                Effect::Neutral,
                cov.novel.join(", "),
                "",
            ));
        }
        found
    }
}

#[cfg(test)]
mod tests {
    use super::super::table::{Case, Row, kinds};
    use crate::matcher::finding::{Effect, Kind};
    use crate::text::Lang::{En, Fr};

    #[test]
    fn wording_table() {
        let window = "Quatorze ministres auraient été visés par le logiciel espion.";
        let missing = [(Kind::Missing, Effect::Neutral)];
        let missing_verb = [
            (Kind::Missing, Effect::Neutral),
            (Kind::Predicate, Effect::Neutral),
        ];
        // (row, the missing words shown)
        let table: &[(Row, &str)] = &[
            (
                ("Fourteen ministers were targeted.", En, window, Fr, &[]),
                "",
            ),
            (
                (
                    "Fourteen ministers were secretly targeted.",
                    En,
                    window,
                    Fr,
                    &missing,
                ),
                "secretly",
            ),
            (
                (
                    "Quatorze ministres ont été visés en secret.",
                    Fr,
                    window,
                    Fr,
                    &missing,
                ),
                "secret",
            ),
            // the claim's own hedge is compared as a hedge, not looked for as a word
            (
                (
                    "Fourteen ministers may have been targeted.",
                    En,
                    window,
                    Fr,
                    &[],
                ),
                "",
            ),
            // the verb itself is not stated: noted for the decision
            (
                (
                    "Fourteen ministers were arrested.",
                    En,
                    window,
                    Fr,
                    &missing_verb,
                ),
                "arrested",
            ),
            (
                (
                    "Quatorze ministres ont été arrêtés.",
                    Fr,
                    window,
                    Fr,
                    &missing_verb,
                ),
                "arretes",
            ),
        ];
        for &((claim, cl, window, wl, want), shown) in table {
            let found = Case::new(claim, cl, window, wl).findings_of("wording");
            assert_eq!(kinds(&found), want, "{claim}");
            assert_eq!(found.first().map_or("", |f| f.claim.as_str()), shown);
        }
    }
}
