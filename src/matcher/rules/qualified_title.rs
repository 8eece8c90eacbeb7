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
//! anywhere in the window lets it be. A post to come is no post either
//! ("the future mayor", "le futur maire", "candidate for mayor", "candidat
//! à la mairie"), unless the claim says it in the future ("will be").
//!
//! The other way round: a claim that qualifies its title ("X is the former
//! mayor", "est l'ancien maire", "is the deputy mayor") is not stated by a
//! window that gives the title bare and in the present ("X is the mayor",
//! "l'actuel maire"); a window that says the post in the past states a
//! former one ("X was mayor of Varenne").

use super::{Beside, Rule, other_value_beside};
use crate::facts::Facts;
use crate::matcher::context::{MatchContext, carries_meaning};
use crate::matcher::finding::{Effect, Finding, Kind};
use crate::text::Lang;

pub struct QualifiedTitleRule;

/// Words before a title that make it another post (folded).
const BEFORE_EN: &[&str] = &[
    "deputy",
    "vice",
    "former",
    "ex",
    "assistant",
    "shadow",
    "late",
    "future",
    "incoming",
];
const BEFORE_FR: &[&str] = &[
    "vice",
    "ex",
    "ancien",
    "ancienne",
    "anciens",
    "anciennes",
    "sous",
    "futur",
    "future",
    "futurs",
    "futures",
];
/// Adverbs of degree: the qualifier after them is an adjective of age, not
/// a past post ("la plus ancienne banque", "très ancien") (folded).
const DEGREE: &[&str] = &["plus", "moins", "tres", "si", "aussi", "most", "very"];
/// Words that make the title after them, through a link word or two, one
/// sought ("candidate for mayor", "candidate for the post of mayor",
/// "candidat à la mairie") (folded).
const CANDIDATES: &[&str] = &["candidate", "candidates", "candidat", "candidats"];
/// Words between "candidate" and the title it seeks (folded).
const CANDIDATE_LINKS: &[&str] = &[
    "for", "to", "the", "post", "of", "au", "aux", "a", "la", "l", "de", "poste",
];
/// French words after a title, or before it with "au" / "à la", that make
/// it a deputy's ("maire adjoint", "adjointe à la maire") (folded).
const DEPUTY_FR: &[&str] = &["adjoint", "adjointe", "adjoints", "adjointes"];
/// Words between "adjoint" and the title it qualifies (folded).
const DEPUTY_LINKS: &[&str] = &["au", "aux", "a", "la", "l"];
/// Qualifiers that make a post a past one, which a claim in the past
/// tense states (folded).
const FORMER: &[&str] = &[
    "former",
    "ex",
    "ancien",
    "ancienne",
    "anciens",
    "anciennes",
    "late",
];
/// Qualifiers that make a post one to come, which a claim in the future
/// tense states (folded).
const FUTURE: &[&str] = &["future", "incoming", "futur", "futurs", "futures"];
/// Words of a claim in the past tense (folded): "was", "était", "a été"
/// (the auxiliary and "été" read together).
const PAST_WORDS: &[&str] = &["was", "were", "etait", "etaient", "fut", "furent", "ete"];
/// Words of a claim in the future tense (folded): "will be", "sera",
/// "deviendra", "va devenir".
const FUTURE_WORDS: &[&str] = &[
    "will",
    "sera",
    "seront",
    "deviendra",
    "deviendront",
    "devenir",
];

/// The kind of post a qualifier makes of a title: a past one, one to come
/// (sought included), or another one (a deputy's, a shadow's). Two
/// qualifiers of one kind say the same of the title ("former" /
/// "ancienne").
fn qualifier_kind(norm: &str) -> u8 {
    if FORMER.contains(&norm) {
        0
    } else if FUTURE.contains(&norm) || CANDIDATES.contains(&norm) {
        1
    } else {
        2
    }
}

/// The token of `f` that qualifies the title at token `t`, if one does.
fn qualifier_of(f: &Facts, t: usize) -> Option<usize> {
    let word = |k: usize| f.tokens.get(k).map_or("", |tok| tok.norm.as_str());
    let before = match f.lang {
        Lang::En => BEFORE_EN,
        Lang::Fr => BEFORE_FR,
    };
    // (not an adjective of degree: "la plus ancienne banque" is the oldest)
    if t > 0 && before.contains(&word(t - 1)) && !DEGREE.contains(&word(t.wrapping_sub(2))) {
        return Some(t - 1);
    }
    // "candidate for mayor", "candidat à la mairie"
    let mut k = t;
    while k > 0 && CANDIDATE_LINKS.contains(&word(k - 1)) && t - k < 4 {
        k -= 1;
    }
    if k < t && k > 0 && CANDIDATES.contains(&word(k - 1)) {
        return Some(k - 1);
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
    word_before(claim, c, crate::facts::COPULAS)
}

/// Does one of `words` stand within the copula's reach before token `t`?
fn word_before(f: &Facts, t: usize, words: &[&str]) -> bool {
    (t.saturating_sub(COPULA_REACH)..t).any(|k| words.contains(&f.tokens[k].norm.as_str()))
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
        let tense = |words: &[&str]| {
            claim
                .tokens
                .iter()
                .any(|t| words.contains(&t.norm.as_str()))
        };
        let (past, future) = (tense(PAST_WORDS), tense(FUTURE_WORDS));
        let claims_own = |f: &Facts, q: usize| {
            let kind = qualifier_kind(&f.tokens[q].norm);
            past && kind == 0 || future && kind == 1
        };
        if let Some(found) = self.bare_in_window(cx) {
            return vec![found];
        }
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
                        Some(q) if !claims_own(f, q) => Some(Beside::Other(q)),
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

impl QualifiedTitleRule {
    /// A title the claim qualifies ("is the former mayor", "est l'ancien
    /// maire", "is the deputy mayor") that the window gives bare, in the
    /// present, at every copy ("X is the mayor", "l'actuel maire de"): the
    /// claim's qualifier is not stated. A copy with a qualifier of the same
    /// kind ("ex-maire" for "former mayor"), or, for a past post, a past
    /// tense before the title ("X was mayor"), states it.
    fn bare_in_window(&self, cx: &MatchContext<'_>) -> Option<Finding> {
        let claim = cx.claim;
        (0..claim.tokens.len()).find_map(|c| {
            if !carries_meaning(claim, c) || claim.keys.names.contains(&c) {
                return None;
            }
            // (the copula before the title or its qualifier: "is a
            // candidate for mayor")
            let q = qualifier_of(claim, c)?;
            if !after_copula(claim, c.min(q)) {
                return None;
            }
            let kind = qualifier_kind(&claim.tokens[q].norm);
            let (s, u) = other_value_beside(
                cx,
                c,
                |_| true,
                |f, u| match qualifier_of(f, u) {
                    Some(wq) if qualifier_kind(&f.tokens[wq].norm) == kind => Some(Beside::Same),
                    Some(wq) => Some(Beside::Other(wq)),
                    None if kind == 0 && said_in_the_past(f, u) => Some(Beside::Same),
                    None => Some(Beside::Other(u)),
                },
            )?;
            Some(super::word_against_word(
                cx,
                (Kind::Role, Effect::Blocks),
                q,
                s,
                u,
            ))
        })
    }
}

/// Does a past tense stand before the title at token `t` of `f`, within
/// the copula's reach ("X was mayor of Varenne", "a été maire", "était la
/// directrice")?
fn said_in_the_past(f: &Facts, t: usize) -> bool {
    word_before(f, t, PAST_WORDS)
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
            // a post to come, a post sought
            (
                "Jean Morel is the mayor of Varenne.",
                En,
                "Jean Morel, the future mayor of Varenne, opened the fair.",
                En,
                other_post,
            ),
            (
                "Jean Morel est maire de Varenne.",
                Fr,
                "Jean Morel, candidat à la mairie de Varenne, a ouvert la foire.",
                Fr,
                other_post,
            ),
            (
                "Jean Morel is the mayor of Varenne.",
                En,
                "Jean Morel, candidate for mayor of Varenne, opened the fair.",
                En,
                other_post,
            ),
            // the claim's qualifier, the window's title bare and present
            (
                "Jean Morel is the former mayor of Varenne.",
                En,
                "Jean Morel is the mayor of Varenne.",
                En,
                other_post,
            ),
            (
                "Jean Morel est l'ancien maire de Varenne.",
                Fr,
                "Jean Morel, l'actuel maire de Varenne, a ouvert la foire.",
                Fr,
                other_post,
            ),
            (
                "Jean Morel is a candidate for mayor of Varenne.",
                En,
                "Jean Morel is the mayor of Varenne.",
                En,
                other_post,
            ),
            // ... stated by a qualifier of its kind, or a past tense
            (
                "Jean Morel is the former mayor of Varenne.",
                En,
                "L'ex-maire de Varenne Jean Morel a ouvert la foire.",
                Fr,
                &[],
            ),
            (
                "Jean Morel est l'ancien maire de Varenne.",
                Fr,
                "Jean Morel was mayor of Varenne from 2001 to 2008.",
                En,
                &[],
            ),
            (
                "Jean Morel will be the mayor of Varenne.",
                En,
                "Jean Morel, the future mayor of Varenne, opened the fair.",
                En,
                &[],
            ),
            // an adjective of age after a degree is no past post
            (
                "Orvel est la plus ancienne banque du Valdor.",
                Fr,
                "Orvel est une banque du Valdor vieille de 200 ans.",
                Fr,
                &[],
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
