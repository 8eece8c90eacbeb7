//! Qualified title: the window gives the claim's title a word that makes it
//! another post. "Jean Morel is the mayor of Varenne" against "The deputy
//! mayor of Varenne, Jean Morel, opened the fair": every word is there, but
//! a deputy mayor is not the mayor; nor is a vice-president the president,
//! a former chief executive the chief executive, a shadow minister the
//! minister ("vice-présidente", "l'ancienne directrice générale", "maire
//! adjoint", "adjointe au maire", "ex-ministre", "sous-directeur").
//!
//! Only a title the claim says of its subject with a copula counts ("X is
//! the mayor", "X est la directrice"): one that labels a name ("Le
//! président Bill Clinton est un partisan de ...") is not what the claim
//! asserts, nor are names ("Dominique Simonnot (ex Canard Enchaîné)").
//! It keeps the window from supporting, never contradicts (a deputy may
//! hold another post besides), unless the claim writes a qualifier of its
//! own beside its title, or, for a former post, says it in the past ("Anna
//! Lind was the chief executive of Orvex" is what "Orvex's former chief
//! executive, Anna Lind" says). A copy of the title without a qualifier
//! anywhere in the window lets it be.

use super::{Beside, Rule, other_value_beside};
use crate::facts::Facts;
use crate::matcher::context::{MatchContext, carries_meaning};
use crate::matcher::finding::{Effect, Finding, Kind};
use crate::text::Lang;

pub struct QualifiedTitleRule;

/// Words before a title that make it another post (folded).
const BEFORE_EN: &[&str] = &["deputy", "vice", "former", "ex", "assistant", "shadow"];
const BEFORE_FR: &[&str] = &[
    "vice",
    "ex",
    "ancien",
    "ancienne",
    "anciens",
    "anciennes",
    "sous",
];
/// French words after a title, or before it with "au" / "à la", that make
/// it a deputy's ("maire adjoint", "adjointe à la maire") (folded).
const DEPUTY_FR: &[&str] = &["adjoint", "adjointe", "adjoints", "adjointes"];
/// Words between "adjoint" and the title it qualifies (folded).
const DEPUTY_LINKS: &[&str] = &["au", "aux", "a", "la", "l"];
/// Qualifiers that make a post a past one, which a claim in the past
/// tense states (folded).
const FORMER: &[&str] = &["former", "ex", "ancien", "ancienne", "anciens", "anciennes"];
/// Words of a claim in the past tense (folded): "was", "était", "a été"
/// (the auxiliary and "été" read together).
const PAST_WORDS: &[&str] = &["was", "were", "etait", "etaient", "fut", "furent", "ete"];

/// The token of `f` that qualifies the title at token `t`, if one does.
fn qualifier_of(f: &Facts, t: usize) -> Option<usize> {
    let word = |k: usize| f.tokens.get(k).map_or("", |tok| tok.norm.as_str());
    let before = match f.lang {
        Lang::En => BEFORE_EN,
        Lang::Fr => BEFORE_FR,
    };
    if t > 0 && before.contains(&word(t - 1)) {
        return Some(t - 1);
    }
    if f.lang == Lang::Fr {
        if DEPUTY_FR.contains(&word(t + 1)) {
            return Some(t + 1);
        }
        // "adjoint au maire", "adjointe à la maire"
        let mut k = t;
        while k > 0 && DEPUTY_LINKS.contains(&word(k - 1)) && t - k < 2 {
            k -= 1;
        }
        if k < t && k > 0 && DEPUTY_FR.contains(&word(k - 1)) {
            return Some(k - 1);
        }
    }
    None
}

/// Tokens before a title within which the copula that makes it the
/// claim's predicate stands ("is the health minister", "est la directrice").
const COPULA_REACH: usize = 3;

/// Is claim token `c` said of the subject by a copula ("Jean Morel is the
/// mayor", "Anna Lind est la directrice générale")? A title written before
/// a name only labels it ("Le président Bill Clinton est un partisan du
/// capitalisme social" is about the support, not the post).
fn after_copula(claim: &Facts, c: usize) -> bool {
    (c.saturating_sub(COPULA_REACH)..c)
        .any(|k| crate::facts::COPULAS.contains(&claim.tokens[k].norm.as_str()))
}

impl Rule for QualifiedTitleRule {
    fn name(&self) -> &'static str {
        "qualified title"
    }

    fn check(&self, cx: &MatchContext<'_>, earlier: &[Finding]) -> Vec<Finding> {
        if super::contradicted(earlier) {
            return Vec::new();
        }
        let claim = cx.claim;
        let past = claim
            .tokens
            .iter()
            .any(|t| PAST_WORDS.contains(&t.norm.as_str()));
        (0..claim.tokens.len())
            .filter(|&c| {
                carries_meaning(claim, c)
                    && !claim.keys.names.contains(&c)
                    && qualifier_of(claim, c).is_none()
                    && after_copula(claim, c)
            })
            .find_map(|c| {
                let (s, q) = other_value_beside(
                    cx,
                    c,
                    |_| true,
                    |f, u| match qualifier_of(f, u) {
                        Some(q) if !(past && FORMER.contains(&f.tokens[q].norm.as_str())) => {
                            Some(Beside::Other(q))
                        }
                        _ => Some(Beside::Same),
                    },
                )?;
                Some(super::word_against_word(
                    cx,
                    (Kind::Role, Effect::Blocks),
                    c,
                    s,
                    q,
                ))
            })
            .into_iter()
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::super::table::{Row, assert_rows};
    use crate::matcher::finding::{Effect, Kind};
    use crate::text::Lang::{En, Fr};

    #[test]
    fn qualified_title_table() {
        let other_post = &[(Kind::Role, Effect::Blocks)][..];
        let table: &[Row] = &[
            (
                "Jean Morel is the mayor of Varenne.",
                En,
                "The deputy mayor of Varenne, Jean Morel, opened the fair.",
                En,
                other_post,
            ),
            (
                "Jean Morel est le maire de Varenne.",
                Fr,
                "L'adjoint au maire de Varenne, Jean Morel, a ouvert la foire.",
                Fr,
                other_post,
            ),
            (
                "Jean Morel est le maire de Varenne.",
                Fr,
                "Le maire adjoint de Varenne, Jean Morel, a ouvert la foire.",
                Fr,
                other_post,
            ),
            (
                "Anna Lind is the president of the club.",
                En,
                "La vice-présidente du club, Anna Lind, a démissionné.",
                Fr,
                other_post,
            ),
            (
                "Anna Lind est la directrice générale d'Orvex.",
                Fr,
                "L'ancienne directrice générale d'Orvex, Anna Lind, a été inculpée.",
                Fr,
                other_post,
            ),
            (
                "Anna Lind is the health minister.",
                En,
                "Anna Lind, the shadow health minister, spoke on Monday.",
                En,
                other_post,
            ),
            // the claim's own qualifier, a former post said in the past, an
            // unqualified copy of the title: nothing to say
            (
                "Jean Morel is the deputy mayor of Varenne.",
                En,
                "The deputy mayor of Varenne, Jean Morel, opened the fair.",
                En,
                &[],
            ),
            (
                "Anna Lind était la directrice générale d'Orvex.",
                Fr,
                "L'ancienne directrice générale d'Orvex, Anna Lind, a été inculpée.",
                Fr,
                &[],
            ),
            (
                "Anna Lind was the president of the club.",
                En,
                "The club's former president, Anna Lind, resigned.",
                En,
                &[],
            ),
            (
                "Jean Morel is the mayor of Varenne.",
                En,
                "The mayor of Varenne, Jean Morel, and his deputy mayor opened the fair.",
                En,
                &[],
            ),
            // a title that labels a name is not what the claim asserts
            (
                "Le président Paul Verne soutient le projet.",
                Fr,
                "Le projet est soutenu par l'ancien président Paul Verne.",
                Fr,
                &[],
            ),
        ];
        assert_rows("qualified title", table);
    }
}
