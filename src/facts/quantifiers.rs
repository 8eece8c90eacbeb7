//! Quantifiers: words that say how much of a set a predicate holds of
//! without a figure ("most residents", "la plupart des habitants", "only a
//! few", "tous les habitants", "de nombreux témoins"). They are stop words
//! to the coverage, so without them "All residents were evacuated" was
//! stated by "Some residents were evacuated", and "Most residents" by "Only
//! a few residents". Each is read as a share of what its noun names, for
//! the quantifier rule to compare with the other side's quantifier or
//! percentage of the same noun.

use crate::text::{Lang, TermKeys, Token, TokenKind};
use std::ops::Range;

/// How much of a set a quantifier gives, from the whole down.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Share {
    /// "all", "every", "tous les", "chaque", "l'ensemble des", "la totalité des"
    All,
    /// "most", "the majority of", "la plupart des", "la majorité des"
    Most,
    /// "many", "numerous", "de nombreux", "beaucoup de", "bon nombre de"
    Many,
    /// "some", "several", "a few", "certains", "plusieurs", "quelques"
    Some,
    /// "few", "only a few", "a handful of", "peu de", "seuls quelques",
    /// "une poignée de"
    Few,
}

impl Share {
    /// The quantifier as reports write it.
    pub fn describe(self) -> &'static str {
        match self {
            Share::All => "all",
            Share::Most => "most",
            Share::Many => "many",
            Share::Some => "some",
            Share::Few => "few",
        }
    }
}

/// A quantifier and what it quantifies, by tokens.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Quantifier {
    pub share: Share,
    /// The quantifier's own words ("the vast majority of", "la plupart des").
    pub tokens: Range<usize>,
    /// What it quantifies: the content words right after it, up to three
    /// in English ("local residents"), the first in French ("habitants" of
    /// "habitants locaux").
    pub noun: Range<usize>,
}

/// Words between a quantifier and its noun: articles, possessives,
/// demonstratives, "of" / "de" (folded).
const DETERMINERS: &[&str] = &[
    "the", "of", "these", "those", "their", "its", "his", "her", "our", "les", "des", "de", "d",
    "du", "ces", "ses", "leurs", "nos", "vos", "mes", "la", "le", "l",
];

/// Words before a quantifier that deny or compare it: "not all", "pas
/// tous", "how many", "as many as" (a bound on a figure), "so many" (folded).
const BEFORE_NOT_A_SHARE: &[&str] = &[
    "not", "pas", "non", "never", "jamais", "how", "as", "so", "too", "at",
];

/// Words of the noun it quantifies, at most (English).
const NOUN_WORDS: usize = 3;

/// The quantifiers of a tokenised text.
pub fn find_quantifiers(tokens: &[Token], keys: &TermKeys, lang: Lang) -> Vec<Quantifier> {
    let w = |i: usize| tokens.get(i).map_or("", |t| t.norm.as_str());
    let mut out = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        let Some((share, len)) = quantifier_at(&w, i, lang) else {
            i += 1;
            continue;
        };
        let denied = i > 0 && BEFORE_NOT_A_SHARE.contains(&w(i - 1));
        // the noun: past the determiners, the content words that follow
        let mut start = i + len;
        while start < tokens.len() && DETERMINERS.contains(&w(start)) {
            start += 1;
        }
        // (English puts a noun's adjectives before it, French after: the
        // French noun is its first word, "habitants" of "habitants locaux")
        let words = if lang == Lang::Fr { 1 } else { NOUN_WORDS };
        // (an English plural ends the noun, and a past form is its verb:
        // "most local residents", "all schools reopened")
        let ends_noun =
            |t: &Token| lang == Lang::En && (t.norm.ends_with('s') || t.norm.ends_with("ed"));
        let mut end = start;
        while end < tokens.len()
            && end - start < words
            && tokens[end].kind == TokenKind::Word
            && !keys.words[end].is_empty()
            && !(end > start && ends_noun(&tokens[end - 1]))
            && !(end > start && tokens[end].norm.ends_with("ed"))
        {
            end += 1;
        }
        // "some 3,000 residents", "quelques 300 manifestants": a figure
        let before_figure = tokens
            .get(start)
            .is_some_and(|t| t.kind == TokenKind::Number);
        if !denied && !before_figure && end > start {
            out.push(Quantifier {
                share,
                tokens: i..i + len,
                noun: start..end,
            });
        }
        i += len;
    }
    out
}

/// The quantifier that starts at token `i`, and its length in tokens.
fn quantifier_at<'t>(w: &dyn Fn(usize) -> &'t str, i: usize, lang: Lang) -> Option<(Share, usize)> {
    // an optional intensifier before "majority" / "majorité"
    let majority = |k: usize| -> Option<usize> {
        let k = if matches!(
            w(k),
            "vast" | "large" | "great" | "overwhelming" | "grande" | "ecrasante"
        ) {
            k + 1
        } else {
            k
        };
        matches!(w(k), "majority" | "majorite").then_some(k + 1)
    };
    Some(match lang {
        Lang::En => match (w(i), w(i + 1)) {
            // "all but one" is an exception, "at all" no quantifier
            ("all", "but") => return None,
            ("all", _) if i > 0 && matches!(w(i - 1), "at" | "after") => return None,
            ("all", _) | ("every", _) => (Share::All, 1),
            // "the most", "a most": a superlative
            ("most", _) if i > 0 && matches!(w(i - 1), "the" | "a") => return None,
            ("most", _) => (Share::Most, 1),
            ("the" | "a", _) if majority(i + 1).is_some() => (Share::Most, majority(i + 1)? - i),
            ("many" | "numerous", _) => (Share::Many, 1),
            ("some" | "several", _) => (Share::Some, 1),
            ("only" | "just" | "very", "few") => (Share::Few, 2),
            ("only" | "just", "a") if w(i + 2) == "few" => (Share::Few, 3),
            ("a", "few") => (Share::Some, 2),
            ("a", "handful") => (Share::Few, 2),
            ("few", _) => (Share::Few, 1),
            // "part of the fine", "only part of it"
            ("part", "of") => (Share::Some, 1),
            _ => return None,
        },
        Lang::Fr => match (w(i), w(i + 1)) {
            ("tous" | "toutes", "les" | "des" | "ces" | "ses" | "leurs" | "nos") => (Share::All, 1),
            ("chaque", _) => (Share::All, 1),
            ("l", "ensemble") if matches!(w(i + 2), "des" | "de" | "du") => (Share::All, 2),
            ("la", "totalite") if matches!(w(i + 2), "des" | "de" | "du") => (Share::All, 2),
            ("la", "plupart") => (Share::Most, 2),
            ("la", _) if majority(i + 1).is_some() => (Share::Most, majority(i + 1)? - i),
            ("de", "nombreux" | "nombreuses") => (Share::Many, 2),
            ("beaucoup", "de" | "d") => (Share::Many, 1),
            ("bon", "nombre") => (Share::Many, 2),
            ("plusieurs" | "certains" | "certaines" | "quelques", _) => (Share::Some, 1),
            ("seuls" | "seules", "quelques") => (Share::Few, 2),
            ("tres", "peu") => (Share::Few, 2),
            ("peu", "de" | "d") => (Share::Few, 1),
            ("une", "poignee") => (Share::Few, 2),
            ("de", "rares") => (Share::Few, 2),
            // "une partie de l'amende"
            ("une", "partie") if matches!(w(i + 2), "de" | "d" | "du" | "des") => (Share::Some, 2),
            _ => return None,
        },
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::facts::{DateContext, analyse};

    /// Each quantifier of a text as "share noun words".
    fn read(text: &str, lang: Lang) -> Vec<String> {
        let f = analyse(text, lang, DateContext::default());
        f.quantifiers
            .iter()
            .map(|q| {
                format!(
                    "{} {}",
                    q.share.describe(),
                    &text[f.span_of(q.noun.clone())]
                )
            })
            .collect()
    }

    #[test]
    fn quantifiers_and_their_nouns() {
        use Lang::{En, Fr};
        let table: &[(&str, Lang, &[&str])] = &[
            ("All residents were evacuated.", En, &["all residents"]),
            ("All the schools will reopen.", En, &["all schools"]),
            ("Every school will reopen.", En, &["all school"]),
            (
                "Most local residents were evacuated.",
                En,
                &["most local residents"],
            ),
            ("Most of the residents stayed.", En, &["most residents"]),
            (
                "The vast majority of residents stayed.",
                En,
                &["most residents"],
            ),
            ("Many witnesses saw the fire.", En, &["many witnesses"]),
            ("Several councillors abstained.", En, &["some councillors"]),
            ("Some residents were evacuated.", En, &["some residents"]),
            ("A few residents were evacuated.", En, &["some residents"]),
            (
                "Only a few residents were evacuated.",
                En,
                &["few residents"],
            ),
            ("Very few residents were evacuated.", En, &["few residents"]),
            ("A handful of protesters gathered.", En, &["few protesters"]),
            ("Orvex paid part of the fine.", En, &["some fine"]),
            ("Orvex a payé une partie de l'amende.", Fr, &["some amende"]),
            (
                "Tous les habitants ont été évacués.",
                Fr,
                &["all habitants"],
            ),
            ("Chaque école rouvrira.", Fr, &["all école"]),
            ("L'ensemble des écoles rouvrira.", Fr, &["all écoles"]),
            (
                "La plupart des habitants sont restés.",
                Fr,
                &["most habitants"],
            ),
            (
                "La grande majorité des habitants est restée.",
                Fr,
                &["most habitants"],
            ),
            (
                "De nombreux témoins ont vu l'incendie.",
                Fr,
                &["many témoins"],
            ),
            ("Beaucoup d'habitants sont partis.", Fr, &["many habitants"]),
            (
                "Plusieurs conseillers se sont abstenus.",
                Fr,
                &["some conseillers"],
            ),
            (
                "Certains habitants ont été évacués.",
                Fr,
                &["some habitants"],
            ),
            (
                "Seuls quelques habitants ont été évacués.",
                Fr,
                &["few habitants"],
            ),
            ("Peu d'habitants ont été évacués.", Fr, &["few habitants"]),
            (
                "Une poignée de manifestants s'est rassemblée.",
                Fr,
                &["few manifestants"],
            ),
            // no share: a figure, a superlative, a bound, a denial, a
            // pronoun, an exception
            ("Some 3,000 residents were evacuated.", En, &[]),
            ("It is the most serious fire since 2017.", En, &[]),
            ("At most 300 firefighters were mobilised.", En, &[]),
            ("Not all residents were evacuated.", En, &[]),
            ("Most were evacuated.", En, &[]),
            ("All but one school will reopen.", En, &[]),
            ("As many as 300 people were evacuated.", En, &[]),
            ("Quelque 3 000 habitants ont été évacués.", Fr, &[]),
            ("Pas tous les habitants ont été évacués.", Fr, &[]),
            ("Certains ont été évacués.", Fr, &[]),
            ("Ils étaient tous les deux présents.", Fr, &[]),
        ];
        for (text, lang, want) in table {
            assert_eq!(read(text, *lang), *want, "{text}");
        }
    }
}
