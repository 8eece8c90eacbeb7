//! The time each figure of a text is given for, when a sentence gives one
//! figure per time ("built 95,000 cars last year, down from 160,000 in
//! 2019", "passé de 160 000 en 2019 à 95 000 l'an dernier"): the series'
//! figures are told apart by their times, not by what they count.

use super::dates::relative_year;
use super::{Facts, Quantity};
use std::ops::Range;

/// When a figure holds: a year (and month), or a year counted from the time
/// of writing, or both (a source's "last year" with its publication date).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FigureTime {
    pub year: Option<i32>,
    pub month: Option<u8>,
    /// Years from the time of writing: "last year" -1.
    pub relative: Option<i32>,
}

impl FigureTime {
    /// Do the two times name the same period? `None` when neither what is
    /// written nor the publication dates can tell ("2019" against "last
    /// year" in a claim, which has no date of writing).
    pub fn same(&self, other: &FigureTime) -> Option<bool> {
        if let (Some(a), Some(b)) = (self.relative, other.relative) {
            return Some(a == b);
        }
        // (a month without its year written is the year's, whatever it is:
        // "3% in May, after 2% in April")
        match (self.year, other.year, self.month, other.month) {
            (Some(a), Some(b), _, _) if a != b => Some(false),
            (_, _, Some(x), Some(y)) => Some(x == y),
            (Some(_), Some(_), _, _) => Some(true),
            _ => None,
        }
    }
}

/// Tokens, at most, between a figure's phrase and the time it is given
/// for ("95,000 cars last year", "160 000 voitures en 2019", "en 2019, 160
/// 000 voitures").
const MAX_GAP: usize = 3;

/// The time of each of `facts.quantities` (same order), for a text whose
/// figures are given for at least two different times (two times not
/// known to be one: a writer does not say "last year" and "in 2019" of the
/// same year in one sentence); all `None`
/// otherwise (one time for the whole sentence is not a series: "en 2019,
/// l'usine a produit 160 000 voitures et employé 3 000 personnes"). Each
/// point in time (a date that is not a start, an end or a range, or a
/// relative year) belongs to the figure nearest to it, and a figure is
/// given the nearest of the times that belong to it.
pub fn figure_times(facts: &Facts) -> Vec<Option<FigureTime>> {
    let mut times = vec![None; facts.quantities.len()];
    let figures: Vec<(usize, Range<usize>)> = facts
        .quantities
        .iter()
        .enumerate()
        .filter(|(_, q)| !q.ordinal)
        .map(|(k, q)| (k, phrase_tokens(q)))
        .collect();
    if figures.len() < 2 {
        return times;
    }
    let mut best: Vec<Option<(usize, FigureTime)>> = vec![None; facts.quantities.len()];
    for (range, time) in points_in_time(facts) {
        let nearest = figures
            .iter()
            .map(|(k, p)| (gap(p, &range), *k))
            .min_by_key(|&(g, k)| (g, k));
        if let Some((g, k)) = nearest
            && g <= MAX_GAP
            && best[k].is_none_or(|(b, _)| g < b)
        {
            best[k] = Some((g, time));
        }
    }
    let given: Vec<FigureTime> = best.iter().flatten().map(|&(_, t)| t).collect();
    let series = given
        .iter()
        .enumerate()
        .any(|(i, a)| given[i + 1..].iter().any(|b| a.same(b) != Some(true)));
    if series {
        for (k, b) in best.iter().enumerate() {
            times[k] = b.map(|(_, t)| t);
        }
    }
    times
}

/// The time a claim's figure is given for: the claim's only point in time
/// when it has one figure. A claim states one thing, so its time holds for
/// its figure wherever it is written ("In 2019, the plant built 160,000
/// cars").
pub fn claim_time(facts: &Facts) -> Option<FigureTime> {
    if facts.quantities.iter().filter(|q| !q.ordinal).count() != 1 {
        return None;
    }
    let points = points_in_time(facts);
    match points.as_slice() {
        [(_, t)] => Some(*t),
        _ => None,
    }
}

/// The points in time a text writes: its dates that are points, and its
/// relative years ("last year") whether or not a publication date made
/// them dates.
fn points_in_time(facts: &Facts) -> Vec<(Range<usize>, FigureTime)> {
    let mut points: Vec<(Range<usize>, FigureTime)> = facts
        .dates
        .iter()
        .filter(|d| !d.since && !d.before && !d.after && d.until.is_none() && !d.decade)
        .filter(|d| d.year.is_some() && !d.year_inferred || d.month.is_some())
        .map(|d| {
            let time = FigureTime {
                year: d.year.filter(|_| !d.year_inferred),
                month: d.month,
                relative: relative_year(&facts.tokens, d.tokens.start).map(|(r, _)| r),
            };
            (d.tokens.clone(), time)
        })
        .collect();
    for i in 0..facts.tokens.len() {
        if points.iter().any(|(r, _)| r.contains(&i)) {
            continue;
        }
        if let Some((delta, len)) = relative_year(&facts.tokens, i) {
            let time = FigureTime {
                year: None,
                month: None,
                relative: Some(delta),
            };
            points.push((i..i + len, time));
        }
    }
    points.sort_by_key(|(r, _)| r.start);
    points
}

/// Does token `t` of `facts` say when: a word of a date, of a time counted
/// from the writing ("il y a trois jours") or of a relative year ("l'an
/// dernier", "last year"), whether or not a publication date made it a
/// date?
pub fn in_time_phrase(facts: &Facts, t: usize) -> bool {
    facts.dates.iter().any(|d| d.tokens.contains(&t))
        || facts.relative_times.iter().any(|r| r.tokens.contains(&t))
        || (t.saturating_sub(2)..=t)
            .any(|i| relative_year(&facts.tokens, i).is_some_and(|(_, len)| t < i + len))
}

/// Does `facts` say when, anywhere ([`in_time_phrase`])?
pub fn says_when(facts: &Facts) -> bool {
    (0..facts.tokens.len()).any(|t| in_time_phrase(facts, t))
}

/// The tokens of a figure with what it counts ("95,000 cars").
fn phrase_tokens(q: &Quantity) -> Range<usize> {
    let end = q
        .noun
        .as_ref()
        .map_or(q.tokens.end, |n| n.tokens.end.max(q.tokens.end));
    q.tokens.start..end
}

/// Tokens between two ranges that do not overlap.
fn gap(a: &Range<usize>, b: &Range<usize>) -> usize {
    if a.end <= b.start {
        b.start - a.end
    } else {
        a.start.saturating_sub(b.end)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::calendar::Date;
    use crate::facts::{DateContext, analyse};
    use crate::text::Lang;

    fn times(text: &str, lang: Lang) -> Vec<(String, Option<String>)> {
        let ctx = DateContext {
            published: Date::new(2024, 2, 8),
            recent_year: None,
        };
        let f = analyse(text, lang, ctx);
        figure_times(&f)
            .into_iter()
            .zip(&f.quantities)
            .map(|(t, q)| {
                let t = t.map(|t| match (t.year, t.relative) {
                    (Some(y), Some(r)) => format!("{y} ({r:+})"),
                    (Some(y), None) => y.to_string(),
                    (None, Some(r)) => format!("{r:+}"),
                    _ => String::new(),
                });
                (text[f.span_of(q.tokens.clone())].to_string(), t)
            })
            .collect()
    }

    fn pairs(v: &[(&str, Option<&str>)]) -> Vec<(String, Option<String>)> {
        v.iter()
            .map(|(a, b)| (a.to_string(), b.map(str::to_string)))
            .collect()
    }

    /// Each figure as written and its time, shown as "2023 (-1)".
    type Times<'a> = &'a [(&'a str, Option<&'a str>)];
    type YearAndRelative = (Option<i32>, Option<i32>);

    #[test]
    fn each_figure_of_a_series_has_its_time() {
        let table: &[(&str, Lang, Times)] = &[
            (
                "The plant, which opened in 1987, built 95,000 cars last year, down from 160,000 in 2019.",
                Lang::En,
                &[("95,000", Some("2023 (-1)")), ("160,000", Some("2019"))],
            ),
            (
                "La production est passée de 160 000 voitures en 2019 à 95 000 l'an dernier.",
                Lang::Fr,
                &[("160 000", Some("2019")), ("95 000", Some("2023 (-1)"))],
            ),
            (
                "En 2019, l'usine employait 3 000 personnes ; en 2023, 1 200.",
                Lang::Fr,
                &[("3 000", Some("2019")), ("1 200", Some("2023"))],
            ),
            (
                "La laiterie Vallon a traité 42 000 tonnes de lait en 2022, contre 35 000 en 2018, selon son rapport annuel.",
                Lang::Fr,
                &[("42 000", Some("2022")), ("35 000", Some("2018"))],
            ),
            // one time for the whole sentence: no series
            (
                "In 2019 the plant built 160,000 cars and employed 3,000 people.",
                Lang::En,
                &[("160,000", None), ("3,000", None)],
            ),
            (
                "L'an dernier, l'usine a produit 95 000 voitures avec 1 200 salariés.",
                Lang::Fr,
                &[("95 000", None), ("1 200", None)],
            ),
            // a start is not a point in time
            (
                "Depuis 2019, l'usine a produit 95 000 voitures et 160 000 moteurs en 2023.",
                Lang::Fr,
                &[("95 000", None), ("160 000", None)],
            ),
        ];
        for (text, lang, want) in table {
            assert_eq!(times(text, *lang), pairs(want), "{text}");
        }
    }

    #[test]
    fn a_claim_has_the_time_of_its_only_figure() {
        let cases: &[(&str, Lang, Option<YearAndRelative>)] = &[
            (
                "The plant built 160,000 cars last year.",
                Lang::En,
                Some((None, Some(-1))),
            ),
            (
                "L'usine a produit 160 000 voitures en 2019.",
                Lang::Fr,
                Some((Some(2019), None)),
            ),
            (
                "En 2019, l'usine a produit 160 000 voitures.",
                Lang::Fr,
                Some((Some(2019), None)),
            ),
            ("The plant built 160,000 cars.", Lang::En, None),
            // two figures: which one the time is for is not said
            (
                "In 2019 the plant built 160,000 cars with 3,000 workers.",
                Lang::En,
                None,
            ),
        ];
        for (text, lang, want) in cases {
            let f = analyse(text, *lang, DateContext::default());
            let got = claim_time(&f).map(|t| (t.year, t.relative));
            assert_eq!(got, *want, "{text}");
        }
    }

    #[test]
    fn times_are_the_same_when_what_is_written_says_so() {
        let t = |year, month, relative| FigureTime {
            year,
            month,
            relative,
        };
        assert_eq!(
            t(None, None, Some(-1)).same(&t(Some(2023), None, Some(-1))),
            Some(true)
        );
        assert_eq!(
            t(None, None, Some(-1)).same(&t(Some(2019), None, None)),
            None
        );
        assert_eq!(
            t(Some(2019), None, None).same(&t(Some(2023), None, Some(-1))),
            Some(false)
        );
        assert_eq!(
            t(Some(2019), Some(3), None).same(&t(Some(2019), Some(4), None)),
            Some(false)
        );
        assert_eq!(
            t(Some(2019), None, None).same(&t(Some(2019), Some(4), None)),
            Some(true)
        );
    }
}
