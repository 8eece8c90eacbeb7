//! Comparisons of two parties' figures: the claim ranks two countries by a
//! count it does not give ("Germany hosted fewer NSO servers than
//! Switzerland", "l'Allemagne hébergeait plus de serveurs que la Suisse"),
//! the window gives each its figure ("Allemagne (212), Royaume-Uni (79),
//! Suisse (36)"). The figures decide the ranking: they state it or
//! contradict it.
//!
//! Only a sentence that gives both figures of the same kind and writes the
//! word the claim counts ("servers" / "serveurs") decides, with the same
//! polarity as the claim; a claim with a figure of its own ("more than 80
//! journalists") bounds that figure and is the number rule's.

use super::Rule;
use crate::facts::{Facts, Quantity};
use crate::matcher::context::{MatchContext, carries_meaning};
use crate::matcher::finding::{Effect, Finding, Kind};

pub struct ComparisonRule;

/// Comparative words that rank the first party above the second, and below
/// (folded).
const MORE: &[&str] = &["plus", "more", "greater", "higher", "larger", "bigger"];
const FEWER: &[&str] = &["moins", "fewer", "less", "lower", "smaller"];
/// What introduces the second party (folded).
const THAN: &[&str] = &["que", "qu", "than"];

/// A claim that ranks two countries: their codes, whether the first has
/// more, the tokens of the words counted (between the comparative and
/// "than"), and the claim's span from the comparative to the second party.
struct Ranking {
    first: String,
    second: String,
    more: bool,
    counted: Vec<usize>,
    span: std::ops::Range<usize>,
}

impl Rule for ComparisonRule {
    fn name(&self) -> &'static str {
        "comparison"
    }

    fn check(&self, cx: &MatchContext<'_>, earlier: &[Finding]) -> Vec<Finding> {
        let claim = cx.claim;
        if super::contradicted(earlier) {
            return Vec::new();
        }
        let Some(ranking) = ranking(claim) else {
            return Vec::new();
        };
        for (s, ws) in cx.window.iter().enumerate() {
            let f = ws.facts;
            if f.negated() != claim.negated() {
                continue;
            }
            // the word the claim counts, written in this sentence
            let counts_it = ranking
                .counted
                .iter()
                .any(|&c| !claim.keys.names.contains(&c) && cx.claim_token_in(c, s));
            if !counts_it {
                continue;
            }
            let figure_of = |code: &str| -> Option<&Quantity> {
                f.quantities
                    .iter()
                    .find(|q| !q.ordinal && q.entity.as_deref() == Some(code))
            };
            let (Some(a), Some(b)) = (figure_of(&ranking.first), figure_of(&ranking.second)) else {
                continue;
            };
            // a figure bound to a noun counts that noun: the claim's
            // ("l'Allemagne compte 212 serveurs et la France 35 clients"
            // ranks nothing)
            let counts_claims_word = |q: &Quantity| {
                q.noun.as_ref().is_none_or(|n| {
                    cx.coverage
                        .found()
                        .any(|(c, at)| ranking.counted.contains(&c) && at == (s, n.head))
                })
            };
            if a.unit != b.unit
                || a.value == b.value
                || !counts_claims_word(a)
                || !counts_claims_word(b)
            {
                continue;
            }
            let holds = (a.value > b.value) == ranking.more;
            let effect = if holds {
                Effect::Supports
            } else {
                Effect::Contradicts
            };
            let (from, to) = if a.span.start <= b.span.start {
                (a, b)
            } else {
                (b, a)
            };
            let source = format!(
                "{} / {}",
                &ws.text[a.span.clone()],
                &ws.text[b.span.clone()]
            );
            let about = ranking
                .counted
                .iter()
                .rev()
                .find(|&&c| !claim.keys.names.contains(&c))
                .map(|&c| claim.tokens[c].norm.to_string());
            return vec![
                Finding::new(
                    Kind::Number,
                    effect,
                    &cx.claim_text[ranking.span.clone()],
                    source,
                )
                .about(about)
                .at_claim(ranking.span.clone())
                .at_source(s, from.span.start..to.span.end)
                .anchoring(holds),
            ];
        }
        Vec::new()
    }
}

/// The claim's ranking of two countries, if it ranks two by a count it
/// does not give: a country, a comparative, the words counted, "than" and
/// a second country.
fn ranking(claim: &Facts) -> Option<Ranking> {
    if !claim.quantities.is_empty() || claim.keys.entities.len() < 2 {
        return None;
    }
    let norm = |t: usize| claim.tokens[t].norm.as_str();
    let cue =
        (0..claim.tokens.len()).find(|&t| MORE.contains(&norm(t)) || FEWER.contains(&norm(t)))?;
    let than = (cue + 1..claim.tokens.len()).find(|&t| THAN.contains(&norm(t)))?;
    let first = claim.keys.entities.iter().rfind(|(r, _)| r.end <= cue)?;
    let second = claim.keys.entities.iter().find(|(r, _)| r.start > than)?;
    if first.1 == second.1 {
        return None;
    }
    let counted: Vec<usize> = (cue + 1..than)
        .filter(|&t| carries_meaning(claim, t))
        .collect();
    if counted.is_empty() {
        return None;
    }
    let span = claim.tokens[cue].span.start..claim.tokens[second.0.end - 1].span.end;
    Some(Ranking {
        first: first.1.clone(),
        second: second.1.clone(),
        more: MORE.contains(&norm(cue)),
        counted,
        span,
    })
}

#[cfg(test)]
mod tests {
    use super::super::table::{Row, assert_rows};
    use crate::matcher::finding::{Effect, Kind};
    use crate::text::Lang::{En, Fr};

    #[test]
    fn comparison_table() {
        let states = &[(Kind::Number, Effect::Supports)][..];
        let contradicts = &[(Kind::Number, Effect::Contradicts)][..];
        let list = "Le nombre de serveurs présents dans chaque pays a été précisé : Allemagne (212), Royaume-Uni (79), Suisse (36), France (35) et Etats-Unis (28).";
        let table: &[Row] = &[
            (
                "Germany hosted fewer NSO servers than Switzerland.",
                En,
                list,
                Fr,
                contradicts,
            ),
            (
                "Germany hosted more NSO servers than Switzerland.",
                En,
                list,
                Fr,
                states,
            ),
            (
                "La France hébergeait moins de serveurs que le Royaume-Uni.",
                Fr,
                list,
                Fr,
                states,
            ),
            (
                "La France hébergeait plus de serveurs que l'Allemagne.",
                Fr,
                "The number of servers in each country was given: Germany (212), the United Kingdom (79), France (35).",
                En,
                contradicts,
            ),
            // another thing counted: the figures say nothing of it
            (
                "Germany has fewer ministers than Switzerland.",
                En,
                list,
                Fr,
                &[],
            ),
            // figures of two things
            (
                "Germany hosted more NSO servers than France.",
                En,
                "Selon Amnesty, l'Allemagne hébergeait 212 serveurs de NSO et la France 35 clients.",
                Fr,
                &[],
            ),
            // a country without its figure
            (
                "Germany hosted fewer NSO servers than Italy.",
                En,
                list,
                Fr,
                &[],
            ),
            // a bound on a figure of its own is the number rule's
            (
                "Germany hosted more than 200 servers, unlike Switzerland.",
                En,
                list,
                Fr,
                &[],
            ),
        ];
        assert_rows("comparison", table);
    }
}
