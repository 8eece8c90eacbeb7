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
        let verbs: Vec<&str> = predicate_tokens(cx)
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

/// French auxiliaries before a past participle ("a commenté", "ont été
/// visés", "s'est réuni"), folded.
const FR_AUXILIARIES: &[&str] = &[
    "a", "ont", "avait", "avaient", "aura", "auront", "est", "sont", "etait", "etaient", "ete",
    "sera", "seront", "ai", "as", "avons", "avez",
];
/// English auxiliaries before a participle or a base form.
const EN_AUXILIARIES: &[&str] = &[
    "has", "have", "had", "was", "were", "is", "are", "been", "be", "will", "would", "did", "does",
    "do",
];

/// The claim's verbs, by form: a word after an auxiliary ("a commenté",
/// "were targeted", "will meet"), an English past form ("commented", "met"),
/// a French past participle after a subject pronoun-free clause is left out
/// (without a part-of-speech tagger the form alone is too ambiguous there).
fn predicate_tokens(cx: &MatchContext<'_>) -> Vec<usize> {
    let claim = cx.claim;
    let lex = crate::text::Lexicon::shared();
    let content = |t: usize| {
        claim.keys.words[t]
            .first()
            .is_some_and(|stem| !crate::text::Lexicon::is_light(stem))
            && !claim.keys.names.contains(&t)
    };
    let auxiliaries = match claim.lang {
        crate::text::Lang::Fr => FR_AUXILIARIES,
        crate::text::Lang::En => EN_AUXILIARIES,
    };
    (0..claim.tokens.len())
        .filter(|&t| content(t))
        .filter(|&t| {
            let norm = claim.tokens[t].norm.as_str();
            let after_auxiliary = t > 0 && auxiliaries.contains(&claim.tokens[t - 1].norm.as_str());
            let english_past = claim.lang == crate::text::Lang::En
                && t > 0
                && (norm.ends_with("ed") || lex.is_english_verb_form(norm));
            // "were secretly targeted": the adverb is not the verb
            let adverb = norm.ends_with("ly")
                || ["ement", "amment", "emment"]
                    .iter()
                    .any(|e| norm.ends_with(e));
            (after_auxiliary || english_past) && !adverb
        })
        .collect()
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
