//! Ordinals: the claim counts a thing in a series ("the first theft at the
//! museum", "la troisième rencontre"), and the window gives the same thing
//! another place in it ("the second theft at the museum since 2010"). The
//! ordinal is a word of data/rules/numbers.tsv (role `ordinal`) or a figure
//! written as one ("3e", "2nd") right before the claim's noun, or one word
//! before it ("the second major theft"); the window's copy of the noun has
//! another ordinal there, and none of its copies the claim's.
//!
//! It contradicts when the rest of the claim is stated, in a sentence that
//! names the claim's subject with the same polarity, every fact agreeing;
//! otherwise it only keeps the window from supporting.

use super::{Beside, Rule};
use crate::facts::{Facts, NumberRole, Vocabulary};
use crate::matcher::context::{MatchContext, carries_meaning};
use crate::matcher::finding::{Effect, Finding, Kind};

/// Share of the claim the window must state, the ordinal left out.
pub const ORDINAL_COVERAGE: f64 = 0.75;

/// Words between an ordinal and its noun ("the second major theft").
const NOUN_GAP: usize = 1;

pub struct OrdinalRule;

impl Rule for OrdinalRule {
    fn name(&self) -> &'static str {
        "ordinal"
    }

    fn check(&self, cx: &MatchContext<'_>, earlier: &[Finding]) -> Vec<Finding> {
        if super::settled(earlier) {
            return Vec::new();
        }
        let claim = cx.claim;
        for (ordinal, _, value) in ordinals(claim).into_iter().chain(implied_firsts(claim)) {
            let Some(noun) = (ordinal + 1..(ordinal + 2 + NOUN_GAP).min(claim.tokens.len()))
                .find(|&t| carries_meaning(claim, t))
            else {
                continue;
            };
            let found = super::other_value_beside(
                cx,
                noun,
                |s| cx.names_subject(s),
                |f, u| match ordinal_before(f, u) {
                    Some((_, v)) if v == value => Some(Beside::Same),
                    Some((at, _)) => Some(Beside::Other(at)),
                    None => None,
                },
            );
            let Some((s, at)) = found else {
                continue;
            };
            let f = cx.window[s].facts;
            // the window gives the claim's place in the series too, to
            // another word ("du 25e anniversaire ... ; le 50e s'étalera"):
            // which is which is not read
            if ordinals(f).iter().any(|&(_, _, v)| v == value) {
                continue;
            }
            let contradicts = cx.coverage.share_without(ordinal) >= ORDINAL_COVERAGE
                && cx.coverage.missing_names.is_empty()
                && f.negated() == claim.negated()
                && super::facts_agree(earlier);
            let effect = if contradicts {
                Effect::Contradicts
            } else {
                Effect::Blocks
            };
            return vec![
                super::word_against_word(cx, (Kind::Number, effect), ordinal, s, at)
                    .about(Some(claim.tokens[noun].norm.to_string())),
            ];
        }
        unstated_ordinal(cx).into_iter().collect()
    }
}

/// Nouns an ordinal names a title with, not a place in a series ("le
/// Premier ministre", "the First Lady").
const TITLE_NOUNS: &[&str] = &[
    "ministre",
    "minister",
    "dame",
    "lady",
    "secretaire",
    "secretary",
];

/// A place in a series the window does not give at all ("This is the
/// first theft at the museum" / "Paintings stolen from the museum"): like
/// a figure stated nowhere, it keeps the window from supporting; the
/// place is what the claim asserts. Only an ordinal the coverage found no
/// word for, and not one that names a title.
fn unstated_ordinal(cx: &MatchContext<'_>) -> Option<Finding> {
    let claim = cx.claim;
    ordinals(claim).into_iter().find_map(|(t, end, _)| {
        let norm = &claim.tokens[t].norm;
        let title = claim
            .tokens
            .get(end)
            .is_some_and(|n| TITLE_NOUNS.contains(&n.norm.as_str()));
        (!title && cx.coverage.missing.iter().any(|m| m == norm)).then(|| {
            Finding::new(
                Kind::Number,
                Effect::Blocks,
                &cx.claim_text[claim.span_of(t..end)],
                "",
            )
        })
    })
}

/// The ordinals of a text: (first token, token after it, value), a word
/// ("first", "troisième") or a figure written as one ("3e", "2nd").
fn ordinals(f: &Facts) -> Vec<(usize, usize, f64)> {
    let vocab = Vocabulary::shared();
    (0..f.tokens.len())
        .filter_map(
            |t| match vocab.number(NumberRole::Ordinal, &f.tokens[t].norm) {
                Some(v) => Some((t, t + 1, v)),
                None => f
                    .quantities
                    .iter()
                    .find(|q| q.ordinal && q.tokens.start == t)
                    .map(|q| (t, q.tokens.end, q.value)),
            },
        )
        .collect()
}

/// English superlatives written as one word (folded): "the largest bank"
/// is the first of the banks by size, which "the second-largest bank" is
/// not.
const SUPERLATIVES_EN: &[&str] = &[
    "largest",
    "biggest",
    "greatest",
    "highest",
    "smallest",
    "oldest",
    "richest",
    "longest",
    "tallest",
    "busiest",
    "deadliest",
    "youngest",
];

/// Articles before a superlative's "most" / "plus" (folded).
const SUPERLATIVE_ARTICLES: &[&str] = &["the", "le", "la", "les", "l"];

/// The superlatives of a text that no ordinal ranks: each the first of its
/// series, (its token, the token after it, 1). "The largest", "the most
/// populous", "la plus grande" ("the second-largest", "la deuxième plus
/// grande" are ranked, and read as ordinals).
fn implied_firsts(f: &Facts) -> Vec<(usize, usize, f64)> {
    (0..f.tokens.len())
        .filter(|&t| {
            let norm = f.tokens[t].norm.as_str();
            let after_article =
                t > 0 && SUPERLATIVE_ARTICLES.contains(&f.tokens[t - 1].norm.as_str());
            let superlative = match f.lang {
                crate::text::Lang::En => {
                    SUPERLATIVES_EN.contains(&norm) || norm == "most" && after_article
                }
                crate::text::Lang::Fr => norm == "plus" && after_article,
            };
            superlative && ordinal_before(f, t).is_none()
        })
        .map(|t| (t, t + 1, 1.0))
        .collect()
}

/// The ordinal right before token `u`, or one word before it: (its token,
/// its value).
fn ordinal_before(f: &Facts, u: usize) -> Option<(usize, f64)> {
    ordinals(f)
        .into_iter()
        .rev()
        .find(|&(_, end, _)| end <= u && u - end <= NOUN_GAP)
        .map(|(t, _, v)| (t, v))
}

#[cfg(test)]
mod tests {
    use super::super::table::{Row, assert_rows};
    use crate::matcher::finding::{Effect, Kind};
    use crate::text::Lang::{En, Fr};

    #[test]
    fn ordinal_table() {
        let differs = &[(Kind::Number, Effect::Contradicts)][..];
        let blocks = &[(Kind::Number, Effect::Blocks)][..];
        let second =
            "It is the second theft at the Halden museum since 2010, when a sculpture was taken.";
        let deuxieme = "Il s'agit du deuxième vol au musée de Halden depuis 2010.";
        let table: &[Row] = &[
            // a superlative is the first of its series
            (
                "Orvex is the largest bank in Valdor.",
                En,
                "Orvex is the second-largest bank in Valdor.",
                En,
                differs,
            ),
            (
                "Orvex est la plus grande banque du Valdor.",
                Fr,
                "Orvex est la deuxième plus grande banque du Valdor.",
                Fr,
                differs,
            ),
            (
                "Halden is the most populous city in Valdor.",
                En,
                "Halden is the third most populous city in Valdor.",
                En,
                differs,
            ),
            (
                "Orvex is the largest bank in Valdor.",
                En,
                "Orvex, the largest bank in Valdor, cut 300 jobs.",
                En,
                &[],
            ),
            (
                "Orvex is the second-largest bank in Valdor.",
                En,
                "Orvex est la deuxième plus grande banque du Valdor.",
                Fr,
                &[],
            ),
            (
                "This is the first theft at the Halden museum.",
                En,
                second,
                En,
                differs,
            ),
            (
                "It is the third theft at the Halden museum since 2010.",
                En,
                second,
                En,
                differs,
            ),
            (
                "C'est la première visite du ministre Karl Berg à Halden.",
                Fr,
                "It is the second visit of the minister Karl Berg to Halden since 2010.",
                En,
                differs,
            ),
            (
                "It is the third visit of the minister Karl Berg to Halden since 2010.",
                En,
                "Il s'agit de la deuxième visite du ministre Karl Berg à Halden depuis 2010.",
                Fr,
                differs,
            ),
            (
                "C'est le 3e vol au musée de Halden depuis 2010.",
                Fr,
                deuxieme,
                Fr,
                differs,
            ),
            // the claim's place given in the window to the same series
            (
                "Le 50e anniversaire du débarquement dure un an.",
                Fr,
                "La célébration du 25e anniversaire du débarquement a duré trois jours ; le 50e s'étalera sur un an.",
                Fr,
                &[],
            ),
            // the same place in the series
            (
                "It is the second theft at the Halden museum since 2010.",
                En,
                deuxieme,
                Fr,
                &[],
            ),
            // the ordinal of another thing
            (
                "This is the first theft at the Halden museum.",
                En,
                "The museum's first director, Anna Berg, was appointed in 1990. A theft at the Halden museum was reported.",
                En,
                &[],
            ),
            // a place in the series the window does not give
            (
                "This is the first theft at the Halden museum.",
                En,
                "Paintings were stolen from the Halden museum on Sunday.",
                En,
                blocks,
            ),
            (
                "C'est le premier vol au musée de Halden.",
                Fr,
                "Des tableaux ont été volés au musée de Halden dimanche.",
                Fr,
                blocks,
            ),
            // an ordinal that names a title
            (
                "Le Premier ministre Karl Berg a visité Halden.",
                Fr,
                "Prime Minister Karl Berg visited Halden.",
                En,
                &[],
            ),
            // less of the claim stated: the window speaks of another series
            (
                "It is the first theft of a painting by Verbeek at the Halden museum.",
                En,
                second,
                En,
                blocks,
            ),
        ];
        assert_rows("ordinal", table);
    }
}
