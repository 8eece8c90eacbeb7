//! Unrelated: the window says two things the claim ties together have no
//! link ("la vidéo n'a aucun lien avec Boutcha" against "la vidéo montre des
//! soldats à Boutcha"; "ses propos n'ont rien à voir avec l'élection"
//! against "he gave his view on the election"; "no link between X and Y",
//! "nothing to do with", "sans lien avec", "unrelated to").
//!
//! It contradicts when both sides of the denied link are the claim's (a
//! word that carries meaning before the cue, and one in what follows "avec",
//! "with", "entre", "between", "to"), in a sentence about the claim's
//! subject that asserts it (no hedge), the claim affirmative, most of it
//! stated and every fact agreeing.

use super::Rule;
use crate::matcher::context::MatchContext;
use crate::matcher::context::carries_meaning;
use crate::matcher::finding::{Effect, Finding, Kind};

/// Share of the claim the window must state.
pub const UNRELATED_COVERAGE: f64 = 0.4;
/// Words after the preposition that make the other side of the link.
const COMPLEMENT: usize = 10;

/// Nouns of a link (folded).
const LINK: &[&str] = &[
    "lien",
    "liens",
    "rapport",
    "relation",
    "link",
    "links",
    "connection",
    "relationship",
];
/// Words that deny a link before its noun (folded).
const NO: &[&str] = &["aucun", "aucune", "sans", "no", "any", "nul", "nulle"];
/// Prepositions that open the other side of the link (folded).
const WITH: &[&str] = &["avec", "entre", "with", "between", "to"];

/// Where the denied link's other side starts after token `i`, and the
/// cue's last token: "aucun lien avec", "rien à voir avec", "nothing to do
/// with", "unrelated to".
fn link_denied(words: &[&str], i: usize) -> Option<(usize, usize)> {
    let at = |k: usize| words.get(k).copied().unwrap_or("");
    // "aucun lien avec", "sans aucun lien avec", "no link between"
    if NO.contains(&at(i)) {
        for k in i + 1..(i + 3).min(words.len()) {
            if LINK.contains(&at(k)) && WITH.contains(&at(k + 1)) {
                return Some((k + 2, k + 1));
            }
        }
    }
    // "rien à voir avec", "nothing to do with", "unrelated to"
    if at(i) == "rien" && at(i + 1) == "a" && at(i + 2) == "voir" && at(i + 3) == "avec" {
        return Some((i + 4, i + 3));
    }
    if at(i) == "nothing" && at(i + 1) == "to" && at(i + 2) == "do" && at(i + 3) == "with" {
        return Some((i + 4, i + 3));
    }
    if at(i) == "unrelated" && at(i + 1) == "to" {
        return Some((i + 2, i + 1));
    }
    None
}

pub struct UnrelatedRule;

impl Rule for UnrelatedRule {
    fn name(&self) -> &'static str {
        "unrelated"
    }

    fn check(&self, cx: &MatchContext<'_>, earlier: &[Finding]) -> Vec<Finding> {
        let claim = cx.claim;
        let facts_agree = super::facts_agree(earlier);
        let decided = super::contradicted(earlier);
        if decided || !facts_agree || claim.negated() || cx.coverage.share < UNRELATED_COVERAGE {
            return Vec::new();
        }
        for (s, ws) in cx.window.iter().enumerate() {
            let f = ws.facts;
            if f.hedged() || !cx.names_subject(s) {
                continue;
            }
            let words: Vec<&str> = f.tokens.iter().map(|t| t.norm.as_str()).collect();
            for i in 0..words.len() {
                let Some((other, cue_end)) = link_denied(&words, i) else {
                    continue;
                };
                let end = cx.clause(s, other.min(words.len().saturating_sub(1))).end;
                let this_side = (0..i).any(|t| carries_meaning(f, t) && cx.matched(s, t));
                let other_side = (other..end.min(other + COMPLEMENT))
                    .find(|&t| carries_meaning(f, t) && cx.matched(s, t));
                let Some(b) = other_side else { continue };
                if !this_side {
                    continue;
                }
                let span = f.tokens[i].span.start..f.tokens[cue_end].span.end;
                return vec![
                    Finding::new(
                        Kind::Negation,
                        Effect::Contradicts,
                        "(affirmative)",
                        format!(
                            "{} {}",
                            &ws.text[span.clone()],
                            &ws.text[f.tokens[b].span.clone()]
                        ),
                    )
                    .at_source(s, span),
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
    fn unrelated_table() {
        let denied = &[(Kind::Negation, Effect::Contradicts)][..];
        let table: &[Row] = &[
            (
                "La vidéo montre des soldats ukrainiens préparant un cadavre à Boutcha.",
                Fr,
                "La vidéo montre deux hommes manipulant un mannequin, mais elle n'a aucun lien avec Boutcha.",
                Fr,
                denied,
            ),
            (
                "The protesters in Vienna pretended to be Covid-19 victims.",
                En,
                "The protesters in Vienna stood for victims of air pollution, with no link to the Covid-19 pandemic.",
                En,
                denied,
            ),
            (
                "Les propos de Poutine portaient sur l'élection présidentielle française.",
                Fr,
                "Les propos de Poutine n'ont rien à voir avec l'élection présidentielle française.",
                Fr,
                denied,
            ),
            // the other side is not the claim's
            (
                "Des hôtesses de l'air se sont rassemblées en Italie contre leur licenciement.",
                Fr,
                "Des hôtesses de l'air se sont rassemblées en Italie ; le rassemblement n'avait rien à voir avec la vaccination.",
                Fr,
                &[],
            ),
            // a claim that denies the link itself
            (
                "The video has no link with Bucha.",
                En,
                "The video has nothing to do with Bucha.",
                En,
                &[],
            ),
            // reported, not asserted
            (
                "Climate change is driven by human CO2 emissions.",
                En,
                "Piers Corbyn claims climate change would have nothing to do with human CO2 emissions.",
                En,
                &[],
            ),
        ];
        assert_rows("unrelated", table);
    }
}
