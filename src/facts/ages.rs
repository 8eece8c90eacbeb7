//! Ages and times ago. A figure in years says how old someone or something
//! is ("James Clark, 68 ans", "aged 68", "a 34-year-old driver", "Robert
//! Senacal, 35, of Cortlandt Manor"), how long ago something happened ("il y
//! a 86 ans", "86 years ago"), or how long it lasted ("a travaillé 68 ans à
//! la mine", "closed for eight years"). The three measure different things:
//! "James Clark a 86 ans" is not contradicted by "James Clark a travaillé 68
//! ans à la mine", nor "Le pont a 86 ans" by "Le pont a été fermé pendant 8
//! ans", though each counts years; and one person's age is not another's.

use super::{Facts, Quantity, Unit};
use crate::text::Lang;
use std::ops::Range;

/// What a figure in years measures, when it is not how long something
/// lasted.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Years {
    /// How old: `owner` is the last token of the name it is the age of,
    /// when a name stands just before ("James Clark, 68 ans", "Robert
    /// Senacal est âgé de 53 ans").
    Age { owner: Option<usize> },
    /// How long ago.
    Ago,
}

/// Tokens before a figure within which the name whose age it is stands
/// ("Robert Senacal est âgé de 53 ans": four).
const OWNER_REACH: usize = 4;

/// The oldest age read from a bare figure after a name ("Robert Senacal,
/// 35, of ..."): anything larger is some other figure.
const OLDEST: f64 = 120.0;

/// Forms of "avoir" before an age ("il a 86 ans", "avait 68 ans"), folded.
const AVOIR: &[&str] = &[
    "a", "ai", "as", "avait", "avaient", "aura", "auront", "aurait", "ont", "avoir", "ayant",
];

/// Forms of "âgé" and "âge" before "de" and an age, folded.
const AGED_FR: &[&str] = &["age", "agee", "ages", "agees"];

/// Is folded word `norm` a year as a unit of time?
fn year_word(lang: Lang, norm: &str) -> bool {
    match lang {
        Lang::En => matches!(norm, "year" | "years"),
        Lang::Fr => matches!(norm, "an" | "ans"),
    }
}

/// What quantity `q` of `f` (analysed from `text`) measures in years: an
/// age or a time ago; None for anything else (a length of time, or no
/// figure in years).
pub fn years_measured(text: &str, f: &Facts, q: &Quantity) -> Option<Years> {
    years_read(text, f, q).map(|(y, _)| y)
}

/// The tokens of the words that make quantity `q` of `f` an age, its
/// figure with them ("86 years old", "aged 41", "âgé de 53 ans", "68 ans"):
/// they say what the figure measures, which the figure's comparison
/// judges, and are no words of the claim to find ("James Clark is 86 years
/// old" against "James Clark, 68, a friend of the family").
pub fn age_words(text: &str, f: &Facts, q: &Quantity) -> Option<Range<usize>> {
    match years_read(text, f, q)? {
        (Years::Age { .. }, words) => Some(words),
        (Years::Ago, _) => None,
    }
}

/// [`years_measured`], with the tokens of its words.
fn years_read(text: &str, f: &Facts, q: &Quantity) -> Option<(Years, Range<usize>)> {
    if q.unit != Unit::Count || q.ordinal {
        return None;
    }
    let tokens = &f.tokens;
    let norm = |i: usize| tokens.get(i).map_or("", |t| t.norm.as_str());
    let (start, end) = (q.tokens.start, q.tokens.end);
    // the unit right after the figure, when it is a year
    let unit = (year_word(f.lang, norm(end))).then_some(end);
    let after = |i: usize| text.get(tokens[i].span.end..).unwrap_or("").trim_start();
    let ends_apposition = |i: usize| {
        let rest = after(i);
        rest.is_empty() || rest.starts_with([',', '.', ';', ')'])
    };
    // a comma between the figure and a name just before it
    let after_name_and_comma = start > 0
        && f.keys.names.contains(&(start - 1))
        && text
            .get(tokens[start - 1].span.end..tokens[start].span.start)
            .is_some_and(|gap| gap.trim() == ",");
    let owner = || {
        (start.saturating_sub(OWNER_REACH)..start)
            .rev()
            .find(|t| f.keys.names.contains(t))
    };
    match f.lang {
        Lang::En => {
            if let Some(u) = unit.filter(|&u| norm(u + 1) == "ago") {
                return Some((Years::Ago, start..u + 2));
            }
            // ("86 years old"; "a 34-year-old man": the hyphens part the
            // words)
            if let Some(u) = unit.filter(|&u| norm(u + 1) == "old") {
                return Some((Years::Age { owner: owner() }, start..u + 2));
            }
            let through_unit = unit.map_or(end, |u| u + 1);
            if start > 0 && norm(start - 1) == "aged" {
                return Some((Years::Age { owner: owner() }, start - 1..through_unit));
            }
            if start > 1 && norm(start - 2) == "age" && norm(start - 1) == "of" {
                return Some((Years::Age { owner: owner() }, start - 2..through_unit));
            }
            // "Robert Senacal, 35, of Cortlandt Manor"
            if q.noun.is_none()
                && after_name_and_comma
                && q.value.fract() == 0.0
                && (1.0..=OLDEST).contains(&q.value)
                && ends_apposition(end - 1)
            {
                return Some((
                    Years::Age {
                        owner: Some(start - 1),
                    },
                    start..end,
                ));
            }
            None
        }
        Lang::Fr => {
            let u = unit?;
            if start >= 3 && [norm(start - 3), norm(start - 2), norm(start - 1)] == ["il", "y", "a"]
            {
                return Some((Years::Ago, start..u + 1));
            }
            if start > 1 && norm(start - 1) == "de" && AGED_FR.contains(&norm(start - 2)) {
                return Some((Years::Age { owner: owner() }, start - 2..u + 1));
            }
            // "James Clark a 86 ans"; "James Clark, 68 ans, une connaissance
            // de la famille"
            if start > 0 && AVOIR.contains(&norm(start - 1))
                || after_name_and_comma && ends_apposition(u)
            {
                let owner = if after_name_and_comma {
                    Some(start - 1)
                } else {
                    owner()
                };
                return Some((Years::Age { owner }, start..u + 1));
            }
            None
        }
    }
}

/// Do name tokens `a` of `fa` and `b` of `fb` name the same person: a key
/// in common ("Clark" / "Clark")?
pub fn same_name(fa: &Facts, a: usize, fb: &Facts, b: usize) -> bool {
    let (ka, kb) = (&fa.keys.words[a], &fb.keys.words[b]);
    !ka.is_empty() && ka.iter().any(|k| kb.contains(k))
        || ka.is_empty() && fa.tokens[a].norm == fb.tokens[b].norm
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::facts::{DateContext, analyse};
    use crate::text::Lang::{En, Fr};

    /// What the first figure of `text` measures, and the owner's word.
    fn measured(text: &str, lang: Lang) -> Option<(Years, Option<String>)> {
        let f = analyse(text, lang, DateContext::default());
        let q = f.quantities.first()?;
        let y = years_measured(text, &f, q)?;
        let owner = match y {
            Years::Age { owner } => owner.map(|t| f.tokens[t].norm.to_string()),
            Years::Ago => None,
        };
        Some((y, owner))
    }

    #[test]
    fn ages_times_ago_and_lengths_table() {
        let age = |owner: Option<&str>| Some(owner.map(str::to_string));
        let table: &[(&str, Lang, Option<Option<String>>)] = &[
            // ages, with the name they belong to
            ("James Clark a 86 ans.", Fr, age(Some("clark"))),
            (
                "La voiture appartenait à James Clark, 68 ans, une connaissance de la famille.",
                Fr,
                age(Some("clark")),
            ),
            (
                "Robert Senacal est âgé de 53 ans.",
                Fr,
                age(Some("senacal")),
            ),
            ("Il est mort à l'âge de 86 ans.", Fr, age(None)),
            ("James Clark is 86 years old.", En, age(Some("clark"))),
            (
                "Police arrested Robert Senacal, 35, of Cortlandt Manor.",
                En,
                age(Some("senacal")),
            ),
            (
                "The car belonged to James Clark, 68.",
                En,
                age(Some("clark")),
            ),
            (
                "Maria Lopez, aged 41, was released.",
                En,
                age(Some("lopez")),
            ),
            ("He died at the age of 86.", En, age(None)),
            ("Police arrested a 34-year-old man.", En, age(None)),
            // lengths of time: neither an age nor a time ago
            ("James Clark a travaillé 68 ans à la mine.", Fr, None),
            ("Le pont a été fermé pendant 8 ans.", Fr, None),
            ("James Clark worked at the mine for 68 years.", En, None),
            // a figure after a name and a comma that goes on is no age
            ("Ventes de Nokia, 35 millions d'unités.", Fr, None),
            ("Sales at Nokia, 350, were higher.", En, None),
            ("Tickets cost Nokia, 35 million, last year.", En, None),
        ];
        for (text, lang, want) in table {
            let got = measured(text, *lang).map(|(y, owner)| {
                assert!(matches!(y, Years::Age { .. }), "{text}: {y:?}");
                owner
            });
            assert_eq!(&got, want, "{text}");
        }
        for (text, lang) in [
            ("Cela s'est produit il y a 86 ans.", Fr),
            ("It happened 86 years ago.", En),
        ] {
            assert_eq!(
                measured(text, lang).map(|(y, _)| y),
                Some(Years::Ago),
                "{text}"
            );
        }
    }
}
