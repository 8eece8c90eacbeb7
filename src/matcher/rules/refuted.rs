//! Refuted: the window calls what the claim says false ("l'information
//! ordonnant la réintégration de la Russie à la Fifa est totalement fausse"
//! against "le TAS a ordonné à la Fifa de réintégrer la Russie"; "the claim
//! that the vaccines alter DNA is unfounded"; "il est faux de dire que ...").
//!
//! An adverb of falsity on a verb of saying calls what it reports false
//! too ("The opposition falsely claimed that the mayor approved the
//! project", "a affirmé à tort que"), on the same terms.
//!
//! The window must say it with a copula ("est fausse", "is false", "sont
//! infondées"), not as an attribute ("de fausses images" are images, not a
//! verdict), in a sentence about the claim's subject that negates nothing;
//! what it calls false (the subject, or what follows "il est faux de dire
//! que") must be made of the claim's words; every fact must agree. A claim
//! that itself calls something false, or negates, is left to the other
//! rules.

use super::Rule;
use crate::matcher::context::MatchContext;
use crate::matcher::context::{COMPLEMENTISERS, carries_meaning};
use crate::matcher::finding::{Effect, Finding, Kind};

/// Share of the claim the window must state.
pub const REFUTED_COVERAGE: f64 = 0.3;
/// Share of the words of what the window calls false that the claim states.
const CONTENT_SHARE: f64 = 0.5;
/// Words of it the claim must state, at least.
const CONTENT_WORDS: usize = 3;
/// Words (adverbs) between the copula and the verdict: "est toujours
/// infondée", "is totally false".
const COPULA_GAP: usize = 3;

/// Verdicts of falsity (folded), both languages.
const FALSE: &[&str] = &[
    "faux",
    "fausse",
    "fausses",
    "infonde",
    "infondee",
    "infondes",
    "infondees",
    "errone",
    "erronee",
    "errones",
    "erronees",
    "inexact",
    "inexacte",
    "inexacts",
    "inexactes",
    "mensonger",
    "mensongere",
    "mensongers",
    "mensongeres",
    "false",
    "untrue",
    "baseless",
    "unfounded",
    "inaccurate",
    "bogus",
];

/// Subjects that only announce what follows: "il est faux de dire que",
/// "it is false that", "c'est faux".
const DUMMY_SUBJECTS: &[&str] = &["il", "it", "c", "ce", "cela", "ceci", "this", "that"];

/// Words that end the clause before them: what follows is another
/// statement ("X, but the rumour about Y is false").
const CONTRASTS: &[&str] = &[
    "mais",
    "but",
    "however",
    "cependant",
    "pourtant",
    "toutefois",
    "tandis",
    "while",
    "whereas",
    "car",
    "because",
    "puisque",
    "since",
];

/// Adverbs that call what a verb of saying reports false (folded): "falsely
/// claimed that", "a faussement affirmé que"; "à tort" is read by
/// [`falsely_at`].
const FALSELY: &[&str] = &[
    "falsely",
    "wrongly",
    "erroneously",
    "mistakenly",
    "untruthfully",
    "faussement",
    "erronement",
    "mensongerement",
];

/// Tokens after the adverb within which the "that" / "que" of what it calls
/// false stands ("a faussement affirmé que", "falsely told reporters that").
const FALSELY_REACH: usize = 4;

/// Is token `v` an adverb of falsity: one of [`FALSELY`], or the "tort" of
/// "à tort"?
fn falsely_at(words: &[&str], v: usize) -> bool {
    FALSELY.contains(&words[v]) || words[v] == "tort" && v > 0 && words[v - 1] == "a"
}

pub struct RefutedRule;

/// Does a text's folded word list call something false?
fn calls_false(words: &[&str]) -> bool {
    words.iter().any(|w| FALSE.contains(w))
}

impl Rule for RefutedRule {
    fn name(&self) -> &'static str {
        "refuted"
    }

    fn check(&self, cx: &MatchContext<'_>, earlier: &[Finding]) -> Vec<Finding> {
        let claim = cx.claim;
        let facts_agree = super::facts_agree(earlier);
        let decided = super::contradicted(earlier);
        let claim_words: Vec<&str> = claim.tokens.iter().map(|t| t.norm.as_str()).collect();
        if decided
            || !facts_agree
            || claim.negated()
            || calls_false(&claim_words)
            || cx.coverage.share < REFUTED_COVERAGE
        {
            return Vec::new();
        }
        // (a claim that reports a saying itself, "The opposition claimed
        // that ...", is not called false by an adverb on that saying)
        let reports = claim_words.iter().any(|w| COMPLEMENTISERS.contains(w));
        for (s, ws) in cx.window.iter().enumerate() {
            let f = ws.facts;
            if f.negated() || !cx.names_subject(s) {
                continue;
            }
            let words: Vec<&str> = f.tokens.iter().map(|t| t.norm.as_str()).collect();
            // "falsely claimed that X", "a affirmé à tort que X": X is
            // what is called false (not of a claim that reports a saying
            // itself)
            for v in (0..words.len()).filter(|&v| !reports && falsely_at(&words, v)) {
                let Some(q) = (v + 1..(v + FALSELY_REACH + 1).min(words.len()))
                    .find(|&t| COMPLEMENTISERS.contains(&words[t]))
                else {
                    continue;
                };
                let end = cx.clause(s, (q + 1).min(words.len() - 1)).end;
                let called: Vec<usize> = (q + 1..end).filter(|&t| carries_meaning(f, t)).collect();
                if !made_of_claims_words(cx, s, &called) {
                    continue;
                }
                // every claim word the sentence writes is in what is called
                // false: "The mayor wrongly believed that the council had
                // approved the project" says nothing false of the mayor
                let outside = (0..words.len())
                    .filter(|t| !(q + 1..end).contains(t))
                    .any(|t| cx.matched(s, t) && carries_meaning(f, t));
                if outside {
                    continue;
                }
                let from = if words[v] == "tort" { v - 1 } else { v };
                return vec![called_false(cx, s, from, q)];
            }
            for v in (0..words.len()).filter(|&v| FALSE.contains(&words[v])) {
                let Some(copula) = (v.saturating_sub(COPULA_GAP + 1)..v)
                    .rev()
                    .find(|&c| crate::facts::asserting_copula(words[c]))
                else {
                    continue;
                };
                // the subject: back to "que"/"that" or the sentence's start,
                // over the commas of its own incises ("les articles de
                // blogs recommandant ..., tuer les bactéries ..., sont faux")
                let from = (0..copula)
                    .rev()
                    .find(|&t| COMPLEMENTISERS.contains(&words[t]) || CONTRASTS.contains(&words[t]))
                    .map_or(0, |q| q + 1);
                let subject: Vec<usize> =
                    (from..copula).filter(|&t| carries_meaning(f, t)).collect();
                let dummy = copula > 0 && DUMMY_SUBJECTS.contains(&words[copula - 1]);
                // "il est faux de dire que X": X is what is called false
                let called: Vec<usize> = if dummy || subject.is_empty() {
                    (v + 1..words.len())
                        .find(|&t| COMPLEMENTISERS.contains(&words[t]))
                        .map(|q| {
                            let end = cx.clause(s, (q + 1).min(words.len() - 1)).end;
                            (q + 1..end).filter(|&t| carries_meaning(f, t)).collect()
                        })
                        .unwrap_or_default()
                } else {
                    subject
                };
                if !made_of_claims_words(cx, s, &called) {
                    continue;
                }
                return vec![called_false(cx, s, copula, v)];
            }
        }
        Vec::new()
    }
}

/// Are tokens `called` of window sentence `s`, what the window calls false,
/// made of the claim's words: enough of them, and enough of a share?
fn made_of_claims_words(cx: &MatchContext<'_>, s: usize, called: &[usize]) -> bool {
    let stated = called.iter().filter(|&&t| cx.matched(s, t)).count();
    stated >= CONTENT_WORDS && (stated as f64) >= CONTENT_SHARE * called.len() as f64
}

/// The contradiction of window sentence `s` calling the claim false, shown
/// from token `from` to token `to` ("est totalement fausse", "falsely
/// claimed that").
fn called_false(cx: &MatchContext<'_>, s: usize, from: usize, to: usize) -> Finding {
    let f = cx.window[s].facts;
    let span = f.tokens[from].span.start..f.tokens[to].span.end;
    Finding::new(
        Kind::Refuted,
        Effect::Contradicts,
        "(stated)",
        &cx.window[s].text[span.clone()],
    )
    .at_source(s, span)
}

#[cfg(test)]
mod tests {
    use super::super::table::{Row, assert_rows};
    use crate::matcher::finding::{Effect, Kind};
    use crate::text::Lang::{En, Fr};

    #[test]
    fn refuted_table() {
        let refuted = &[(Kind::Refuted, Effect::Contradicts)][..];
        let table: &[Row] = &[
            // an adverb of falsity on a verb of saying
            (
                "The mayor approved the stadium project.",
                En,
                "The opposition falsely claimed that the mayor approved the stadium project.",
                En,
                refuted,
            ),
            (
                "Le maire a approuvé le projet de stade.",
                Fr,
                "L'opposition a affirmé à tort que le maire avait approuvé le projet de stade.",
                Fr,
                refuted,
            ),
            (
                "The mayor approved the stadium project.",
                En,
                "L'opposition a faussement affirmé que le maire avait approuvé le projet de stade.",
                Fr,
                refuted,
            ),
            // ... not of a claim that reports the saying, nor when a claim
            // word stands outside what is called false
            (
                "The opposition claimed that the mayor approved the stadium project.",
                En,
                "The opposition falsely claimed that the mayor approved the stadium project.",
                En,
                &[],
            ),
            (
                "The mayor approved the stadium project.",
                En,
                "The mayor wrongly believed that the council had approved the stadium project.",
                En,
                &[],
            ),
            (
                "Le Tribunal arbitral du sport a ordonné à la Fifa de réintégrer la Russie.",
                Fr,
                "L'information ordonnant la réintégration de la Russie à la Fifa est totalement fausse.",
                Fr,
                refuted,
            ),
            (
                "The court ordered Fifa to reinstate Russia.",
                En,
                "The report that the court ordered Fifa to reinstate Russia is false.",
                En,
                refuted,
            ),
            (
                "Le tribunal a ordonné à la Fifa de réintégrer la Russie.",
                Fr,
                "Il est faux de dire que le tribunal a ordonné à la Fifa de réintégrer la Russie.",
                Fr,
                refuted,
            ),
            // an attribute, not a verdict
            (
                "Le quotidien Bild a publié des images d'un bombardement en Ukraine.",
                Fr,
                "Le quotidien Bild a publié de fausses images d'un bombardement en Ukraine.",
                Fr,
                &[],
            ),
            // what is called false is something else
            (
                "The court ordered Fifa to reinstate Russia.",
                En,
                "The court ordered Fifa to reinstate Russia, but the rumour about the bribes is false.",
                En,
                &[],
            ),
            // a negated verdict: "n'est pas fausse"
            (
                "Le tribunal a ordonné à la Fifa de réintégrer la Russie.",
                Fr,
                "L'information selon laquelle le tribunal a ordonné à la Fifa de réintégrer la Russie n'est pas fausse.",
                Fr,
                &[],
            ),
        ];
        assert_rows("refuted", table);
    }
}
