//! Comparing two facts of the same kind: quantities (with their
//! approximations) and dates (with their precision).

use super::finding::Kind;
use crate::facts::{Approx, DateFact, DatePart, Quantity, Unit};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Comparison {
    /// The source states the claim's value.
    Match,
    /// The source states an incompatible value.
    Mismatch,
    /// Consistent or incomparable, but not stated ("at least 180" vs "200").
    Unclear,
}

/// Two stated values are the same: equal integers ("595" is not "593"), or
/// equal up to rounding noise for amounts with decimals and scales.
fn same_value(a: f64, b: f64) -> bool {
    if a.fract() == 0.0 && b.fract() == 0.0 {
        a == b
    } else {
        close(a, b, 1e-6)
    }
}

fn close(a: f64, b: f64, tolerance: f64) -> bool {
    (a - b).abs() <= tolerance * a.abs().max(b.abs()).max(1e-9)
}

/// Is `percent` what a fraction of small terms reads as, rounded to a
/// tenth ("deux tiers", 66.7; "un sur six", 16.7), rather than a share
/// written with its decimal ("5,5 %")? The share reader keeps one decimal.
fn read_from_a_fraction(percent: f64) -> bool {
    (2..=12).any(|den: u32| {
        (1..den).any(|num| {
            let exact = 100.0 * f64::from(num) / f64::from(den);
            let tenth = (exact * 10.0).round() / 10.0;
            (tenth - percent).abs() < 1e-9 && (exact - tenth).abs() > 1e-9
        })
    })
}

/// Compare a claim quantity with a source quantity. Same bound kinds compare
/// their stated values ("at least 190" vs "au moins 180" is a mismatch: the
/// claim misreports the figure); a point against a bound is a match when it
/// equals the bound, a mismatch when it falls outside, unclear otherwise.
pub fn compare_quantities(claim: &Quantity, source: &Quantity) -> Comparison {
    use Approx::*;
    let (c, s) = (claim.value, source.value);
    // a whole percentage is the rounding of any share that rounds to it
    // ("deux tiers", 66.7, is "67 %"; "la moitié" is not "deux sur trois")
    if claim.unit == Unit::Percent
        && source.unit == Unit::Percent
        && (claim.approx, source.approx) == (Exact, Exact)
        && (c.fract() == 0.0) != (s.fract() == 0.0)
    {
        // (a share written with its decimal, "5,5 %", is no fraction's
        // rounding: "6 %" may round it, or be another figure)
        let fraction = if c.fract() != 0.0 { c } else { s };
        return if c.round() != s.round() {
            Comparison::Mismatch
        } else if !read_from_a_fraction(fraction) {
            Comparison::Unclear
        } else {
            Comparison::Match
        };
    }
    // "nearly 50", "presque la moitié": not over the figure. A figure past
    // it by more than rounding is another ("all of his harvest" against
    // "nearly half of it", "65 firefighters" against "nearly 50"); under
    // it, "nearly" compares as "about"
    let over = |figure: f64, nearly: f64| figure > nearly * (1.0 + NEARLY_SLACK);
    let exact = |a: f64, b: f64| {
        if same_value(a, b) {
            Comparison::Match
        } else {
            Comparison::Mismatch
        }
    };
    match (claim.approx, source.approx) {
        (Exact | AtLeast | MoreThan, Nearly) if over(c, s) => Comparison::Mismatch,
        (Nearly, Exact | AtLeast | MoreThan) if over(s, c) => Comparison::Mismatch,
        (Exact, Exact) => exact(c, s),
        (About | Nearly, About | Nearly) => {
            if close(c, s, 0.1) {
                Comparison::Match
            } else {
                Comparison::Mismatch
            }
        }
        (Exact, About | Nearly) | (About | Nearly, Exact) => {
            if close(c, s, ABOUT_SPREAD) {
                Comparison::Match
            } else if close(c, s, 0.5) {
                Comparison::Unclear
            } else {
                Comparison::Mismatch
            }
        }
        (Exact, AtLeast) | (Exact, MoreThan) => {
            if same_value(c, s) {
                Comparison::Match
            } else if c > s {
                Comparison::Unclear
            } else {
                Comparison::Mismatch
            }
        }
        (Exact, AtMost) | (Exact, LessThan) => {
            if same_value(c, s) {
                Comparison::Match
            } else if c < s {
                Comparison::Unclear
            } else {
                Comparison::Mismatch
            }
        }
        // "more than 75%" against "75%": the figure at the bound is a rounded
        // one as often as not, so neither stated nor contradicted
        (AtLeast, Exact) | (MoreThan, Exact) => {
            if claim.approx == MoreThan && same_value(c, s) {
                Comparison::Unclear
            } else if s >= c {
                Comparison::Match
            } else {
                Comparison::Mismatch
            }
        }
        (AtMost, Exact) | (LessThan, Exact) => {
            if claim.approx == LessThan && same_value(c, s) {
                Comparison::Unclear
            } else if s <= c {
                Comparison::Match
            } else {
                Comparison::Mismatch
            }
        }
        (AtLeast, MoreThan) | (MoreThan, AtLeast) | (AtLeast, AtLeast) | (MoreThan, MoreThan) => {
            same_direction(c, s, s > c)
        }
        (AtMost, LessThan) | (LessThan, AtMost) | (AtMost, AtMost) | (LessThan, LessThan) => {
            same_direction(c, s, s < c)
        }
        // bounds in opposite directions: two intervals that share no figure
        // ("fewer than 50" against "plus de 80") cannot both hold; any that
        // overlap ("fewer than 100" against "plus de 80") may
        (AtMost | LessThan, AtLeast | MoreThan) => apart(
            c < s || same_value(c, s) && (claim.approx == LessThan || source.approx == MoreThan),
        ),
        (AtLeast | MoreThan, AtMost | LessThan) => apart(
            c > s || same_value(c, s) && (claim.approx == MoreThan || source.approx == LessThan),
        ),
        // a bound against a round figure: "plus de 20 millions" cannot be
        // "around 12 million", nor "about 40" fewer than 20; a bound near
        // the figure may hold ("more than 13" against "around 12")
        (AtLeast | MoreThan, About | Nearly) => apart(c > s * (1.0 + ABOUT_SPREAD)),
        (AtMost | LessThan, About | Nearly) => apart(c < s * (1.0 - ABOUT_SPREAD)),
        (About | Nearly, AtLeast | MoreThan) => apart(c * (1.0 + ABOUT_SPREAD) < s),
        (About | Nearly, AtMost | LessThan) => apart(c * (1.0 - ABOUT_SPREAD) > s),
    }
}

/// Does `source` write the claim's figure itself, not only one within its
/// bound? "Fewer than 300" is met by "eight planes", which is no copy of
/// the claim's figure beside another noun; "more than 600" is written by
/// "600" or "plus de 600".
pub fn writes_claims_figure(claim: &Quantity, source: &Quantity) -> bool {
    use Approx::*;
    compare_quantities(claim, source) == Comparison::Match
        && (!matches!(claim.approx, AtLeast | MoreThan | AtMost | LessThan)
            || same_value(claim.value, source.value))
}

/// How far past a figure said to be "nearly" reached a count may stand,
/// as rounding ("nearly 3,000" for 3,040).
const NEARLY_SLACK: f64 = 0.05;

/// How far a round figure ("about 12", "environ 300") may stand from the
/// count it rounds, either way: the share within which a figure matches it.
const ABOUT_SPREAD: f64 = 0.2;

/// Two intervals: a mismatch when they share no figure, unclear otherwise.
fn apart(disjoint: bool) -> Comparison {
    if disjoint {
        Comparison::Mismatch
    } else {
        Comparison::Unclear
    }
}

/// Two bounds in the same direction: the same figure matches; a source
/// bound that implies the claim's ("at least 180" for "more than 80") is
/// consistent but does not state it; otherwise the claim misreports the
/// figure ("at least 190" against "au moins 180").
fn same_direction(c: f64, s: f64, source_implies_claim: bool) -> Comparison {
    if same_value(c, s) {
        Comparison::Match
    } else if source_implies_claim {
        Comparison::Unclear
    } else {
        Comparison::Mismatch
    }
}

fn part_contains(part: DatePart, day: u8) -> bool {
    match part {
        DatePart::Early => day <= 10,
        DatePart::Mid => (10..=20).contains(&day),
        DatePart::Late => day >= 20,
    }
}

/// Compare a claim date with a source date; the second value is the finding
/// kind (a date, or a weekday that decides).
pub fn compare_dates(claim: &DateFact, source: &DateFact) -> (Comparison, Kind) {
    use Comparison::*;
    if claim.decade || source.decade {
        return (decade_against(claim, source), Kind::Date);
    }
    // a bound ("before December", "après le 24 février") compares with a
    // bound of the same side as a date does, with a point by the calendar
    // (`bound_against_point`), with nothing else
    if claim.before != source.before || claim.after != source.after {
        return (bound_against_point(claim, source), Kind::Date);
    }
    // a span of years compares with a span only: "lived from 1811 to 1886" is
    // neither stated nor contradicted by "lived there after 1848"
    if claim.until.is_some() || source.until.is_some() {
        return match (claim.until, source.until) {
            (Some(a), Some(b)) if a == b && claim.year == source.year => (Match, Kind::Date),
            (Some(_), Some(_)) => (Mismatch, Kind::Date),
            _ => (Unclear, Kind::Date),
        };
    }
    let years_differ = matches!((claim.year, source.year), (Some(a), Some(b)) if a != b);
    // a season: another season, or a month outside it, of the same year
    // differs; a month inside it is in it; a bare year says less
    if claim.season.is_some() || source.season.is_some() {
        if years_differ {
            return (Mismatch, Kind::Date);
        }
        return match (claim.season, source.season, claim.month, source.month) {
            (Some(c), Some(s), _, _) => (equal(c, s), Kind::Date),
            (Some(c), None, _, Some(m)) => match c.holds(m) {
                Some(true) => (Match, Kind::Date),
                Some(false) => (Mismatch, Kind::Date),
                None => (Unclear, Kind::Date),
            },
            (None, Some(s), Some(m), _) => match s.holds(m) {
                Some(false) => (Mismatch, Kind::Date),
                _ => (Unclear, Kind::Date),
            },
            // "in 2024" against "in the spring of 2024": stated
            (None, Some(_), None, _) if claim.year.is_some() && claim.weekday.is_none() => {
                (Match, Kind::Date)
            }
            _ => (Unclear, Kind::Date),
        };
    }
    if let (Some(cd), Some(sd)) = (claim.day, source.day)
        && claim.month.is_some()
        && claim.month == source.month
        && cd == sd
        && !years_differ
    {
        return same_day(claim, source);
    }
    match (claim.day, claim.month, source.day, source.month) {
        // both day-precise: equal days were handled above, so they differ
        // in day, month or year
        (Some(_), Some(_), Some(_), Some(_)) => (Mismatch, Kind::Date),
        (None, Some(cm), sday, Some(sm)) if claim.weekday.is_none() || claim.day.is_none() => {
            if cm != sm || years_differ {
                return (Mismatch, Kind::Date);
            }
            match (claim.part, sday) {
                (Some(p), Some(d)) if !part_contains(p, d) => (Mismatch, Kind::Date),
                (Some(p), None) if source.part.is_some_and(|sp| sp != p) => (Mismatch, Kind::Date),
                _ => (Match, Kind::Date),
            }
        }
        (Some(_), Some(cm), None, Some(sm)) => {
            if cm != sm || years_differ {
                (Mismatch, Kind::Date)
            } else {
                (Unclear, Kind::Date)
            }
        }
        (None, None, _, _) if claim.year.is_some() && claim.weekday.is_none() => {
            match source.year {
                Some(y) if !source.year_inferred => (equal(Some(y), claim.year), Kind::Date),
                _ => (Unclear, Kind::Date),
            }
        }
        (None, None, _, _) if claim.weekday.is_some() => weekday_alone(claim, source),
        _ => (Unclear, Kind::Date),
    }
}

/// A decade against a date: a year within the claim's decade states it
/// ("built in the 1990s" / "built in 1994"), one outside contradicts it
/// ("in 1978"); within the written part of it ("the early 1990s") only
/// when in that part (early: its first four years, mid: the third to the
/// seventh, late: from the sixth), unclear when elsewhere in it. A claim's
/// year within a source's decade is unclear (the source says less), one
/// outside it contradicts. Two decades match or differ by their years. A
/// decade that is a bound ("since the 1990s"), and a date that is no plain
/// point, compare with nothing.
fn decade_against(claim: &DateFact, source: &DateFact) -> Comparison {
    let plain = |d: &DateFact| {
        !d.since
            && !d.before
            && !d.after
            && d.until.is_none()
            && d.season.is_none()
            && d.event.is_none()
            && !d.year_inferred
            && (d.decade || d.part.is_none())
    };
    let (Some(cy), Some(sy)) = (claim.year, source.year) else {
        return Comparison::Unclear;
    };
    if !plain(claim) || !plain(source) {
        return Comparison::Unclear;
    }
    let within = |decade: i32, year: i32| (decade..decade + 10).contains(&year);
    let in_part = |part: Option<DatePart>, decade: i32, year: i32| match part {
        None => true,
        Some(DatePart::Early) => year - decade <= 3,
        Some(DatePart::Mid) => (3..=7).contains(&(year - decade)),
        Some(DatePart::Late) => year - decade >= 6,
    };
    match (claim.decade, source.decade) {
        (true, true) if cy != sy => Comparison::Mismatch,
        (true, true) => match (claim.part, source.part) {
            (None, None) => Comparison::Match,
            (Some(c), Some(s)) if c == s => Comparison::Match,
            _ => Comparison::Unclear,
        },
        (true, false) if !within(cy, sy) => Comparison::Mismatch,
        (true, false) if in_part(claim.part, cy, sy) => Comparison::Match,
        (false, true) if !within(sy, cy) => Comparison::Mismatch,
        _ => Comparison::Unclear,
    }
}

/// A bound against a point, by the calendar: "recorded after 24 February
/// 2022" is stated by "recorded on 14 November 2022" and contradicted by
/// "on 14 November 2020"; "fermé avant le 15 novembre" is contradicted by
/// "fermé le 23 novembre". A claim's point against a source's bound is
/// unclear. Unclear too when either is no plain point or bound (a start, a
/// span, a season, a part of a month), when a year is missing, or when the
/// point falls within the bound's own date ("in 2023" / "before 15
/// November 2023"; "before 2020" / "in May 2020": "jusqu'en 2020" holds
/// it, "avant 2020" does not, and both are ends here).
fn bound_against_point(claim: &DateFact, source: &DateFact) -> Comparison {
    use std::cmp::Ordering::*;
    let bound_side = |d: &DateFact| d.before || d.after;
    // (a source's bound against a claim's point is left unclear: "n'est
    // plus chef de service en 2021" agrees with "était chef de service
    // jusqu'à décembre 2020", the state ends there, while an event's date
    // past it would not)
    let (bound, point) = match (bound_side(claim), bound_side(source)) {
        (true, false) => (claim, source),
        _ => return Comparison::Unclear,
    };
    let plain = |d: &DateFact| {
        !d.since
            && d.until.is_none()
            && d.season.is_none()
            && d.part.is_none()
            && d.event.is_none()
            && !d.decade
    };
    if !plain(bound) || !plain(point) {
        return Comparison::Unclear;
    }
    // (year, month, day) as far as each is written: a month without its
    // year, a day without its month say too little
    let precise = |d: &DateFact| -> Option<Vec<i64>> {
        let mut out = vec![i64::from(d.year?)];
        if let Some(m) = d.month {
            out.push(i64::from(m));
            if let Some(day) = d.day {
                out.push(i64::from(day));
            }
        } else if d.day.is_some() {
            return None;
        }
        Some(out)
    };
    let (Some(b), Some(p)) = (precise(bound), precise(point)) else {
        return Comparison::Unclear;
    };
    let common = b.len().min(p.len());
    let order = p[..common].cmp(&b[..common]);
    // the point on the bound's side of it
    let on_the_bounds_side = if bound.before { Less } else { Greater };
    match order {
        // on the bound's own date, or within it: "avant le 15 novembre"
        // excludes the 15th, "jusqu'au 15 novembre" holds it (both are
        // ends here)
        Equal => Comparison::Unclear,
        o if o == on_the_bounds_side => Comparison::Match,
        _ => Comparison::Mismatch,
    }
}

fn equal<T: PartialEq>(a: T, b: T) -> Comparison {
    if a == b {
        Comparison::Match
    } else {
        Comparison::Mismatch
    }
}

/// The same day of the same month: the weekdays decide when both are
/// written, or the claim's own weekday when it does not fit its date.
fn same_day(claim: &DateFact, source: &DateFact) -> (Comparison, Kind) {
    if let (Some(cw), Some(sw)) = (claim.weekday, source.weekday) {
        return (equal(cw, sw), Kind::Weekday);
    }
    if claim.weekday_mismatch().is_some() {
        return (Comparison::Mismatch, Kind::Weekday);
    }
    // a claim without a year takes the source's: "Friday 22 July" against
    // "le 22 juillet" of an article published in 2021 (a Thursday)
    if let (Some(cw), None, Some(date)) = (claim.weekday, claim.year, source.date()) {
        return (equal(cw, date.weekday()), Kind::Weekday);
    }
    (Comparison::Match, Kind::Date)
}

/// A claim that names only a weekday ("on Thursday"): the source's full
/// date gives its weekday, or the source names one.
fn weekday_alone(claim: &DateFact, source: &DateFact) -> (Comparison, Kind) {
    match (source.date(), source.weekday) {
        (Some(d), _) => (equal(Some(d.weekday()), claim.weekday), Kind::Weekday),
        (None, Some(w)) => (equal(Some(w), claim.weekday), Kind::Weekday),
        _ => (Comparison::Unclear, Kind::Weekday),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::facts::{DateContext, analyse};
    use crate::text::Lang;

    fn quantity(text: &str, lang: Lang) -> Quantity {
        let facts = analyse(text, lang, DateContext::default());
        facts
            .quantities
            .into_iter()
            .next()
            .unwrap_or_else(|| panic!("no quantity in {text:?}"))
    }

    /// A figure within a one-sided bound is no copy of the bound's figure;
    /// the bound's own figure is, and so is a figure near a round one.
    #[test]
    fn a_figure_written_again() {
        use Lang::{En, Fr};
        let table = [
            ("fewer than 300 firefighters", En, "eight planes", En, false),
            ("moins de 300 pompiers", Fr, "290 firefighters", En, false),
            ("au plus 300 pompiers", Fr, "300 firefighters", En, true),
            (
                "more than 600 firefighters",
                En,
                "plus de 600 pompiers",
                Fr,
                true,
            ),
            ("au moins 20 avions", Fr, "25 planes", En, false),
            ("about 300 firefighters", En, "290 pompiers", Fr, true),
            ("300 firefighters", En, "300 pompiers", Fr, true),
            ("300 firefighters", En, "eight planes", En, false),
        ];
        for (claim, cl, source, sl, want) in table {
            let (c, s) = (quantity(claim, cl), quantity(source, sl));
            assert_eq!(writes_claims_figure(&c, &s), want, "{claim} / {source}");
        }
    }

    #[test]
    fn quantities_compare_by_meaning() {
        use Comparison::*;
        let table = [
            ("35 servers", "35 serveurs", Match),
            ("36 servers", "35 serveurs", Mismatch),
            // a share and a whole percentage it rounds to
            ("two thirds of the voters", "67 % des électeurs", Match),
            (
                "66% of the voters",
                "les deux tiers des électeurs",
                Mismatch,
            ),
            ("half of the voters", "deux électeurs sur trois", Mismatch),
            // a share written with its decimal: a whole percentage may round
            // it, or be another figure
            ("a 5.5% pay rise", "une hausse de 6 %", Unclear),
            ("une hausse de 6 %", "a 5.5% pay rise", Unclear),
            ("a 5.5% pay rise", "une hausse de 7 %", Mismatch),
            ("one voter in two", "50 % des électeurs", Match),
            ("50,000 numbers", "50.000 numéros", Match),
            ("about 20 officials", "une vingtaine de responsables", Match),
            ("20 officials", "une vingtaine de responsables", Match),
            ("60 officials", "une vingtaine de responsables", Mismatch),
            // "nearly", "presque": not over the figure, past rounding
            (
                "all of his harvest",
                "presque la moitié de sa récolte",
                Mismatch,
            ),
            ("65 firefighters", "presque 50 pompiers", Mismatch),
            ("more than 60 firefighters", "presque 50 pompiers", Mismatch),
            ("48 firefighters", "presque 50 pompiers", Match),
            ("51 firefighters", "presque 50 pompiers", Match),
            ("nearly 50 firefighters", "65 pompiers", Mismatch),
            ("nearly 50 firefighters", "48 pompiers", Match),
            (
                "at least 190 journalists",
                "au moins 180 journalistes",
                Mismatch,
            ),
            (
                "at least 180 journalists",
                "au moins 180 journalistes",
                Match,
            ),
            (
                "more than 80 journalists",
                "au moins 180 journalistes",
                Unclear,
            ),
            ("200 journalists", "au moins 180 journalistes", Unclear),
            ("150 journalists", "au moins 180 journalistes", Mismatch),
            ("at least 150 journalists", "180 journalistes", Match),
            ("fewer than 100 journalists", "180 journalistes", Mismatch),
            ("more than 80 journalists", "plus de 80 journalistes", Match),
            ("at most 10 countries", "moins de 20 pays", Mismatch),
            // bounds in opposite directions: apart, or overlapping
            (
                "fewer than 50 journalists",
                "plus de 80 journalistes",
                Mismatch,
            ),
            (
                "fewer than 100 journalists",
                "plus de 80 journalistes",
                Unclear,
            ),
            (
                "more than 100 journalists",
                "moins de 80 journalistes",
                Mismatch,
            ),
            (
                "at least 80 journalists",
                "au plus 80 journalistes",
                Unclear,
            ),
            (
                "more than 80 journalists",
                "au plus 80 journalistes",
                Mismatch,
            ),
            (
                "at most 80 journalists",
                "plus de 80 journalistes",
                Mismatch,
            ),
            (
                "at least 50 journalists",
                "moins de 80 journalistes",
                Unclear,
            ),
            // a bound against a round figure: apart, or near enough to hold
            (
                "more than 20 million euros",
                "environ 12 millions d'euros",
                Mismatch,
            ),
            (
                "more than 13 million euros",
                "environ 12 millions d'euros",
                Unclear,
            ),
            ("fewer than 50 visitors", "environ 150 visiteurs", Mismatch),
            ("fewer than 140 visitors", "environ 150 visiteurs", Unclear),
            (
                "about 12 million euros",
                "plus de 20 millions d'euros",
                Mismatch,
            ),
            (
                "about 19 million euros",
                "plus de 20 millions d'euros",
                Unclear,
            ),
            ("about 40 people", "moins de 20 personnes", Mismatch),
            ("about 22 people", "moins de 20 personnes", Unclear),
        ];
        for (claim, source, want) in table {
            let got = compare_quantities(&quantity(claim, Lang::En), &quantity(source, Lang::Fr));
            assert_eq!(got, want, "{claim} / {source}");
        }
    }

    /// The first date of `text`, read in `lang` as of `ctx`.
    fn first_date(text: &str, lang: Lang, ctx: DateContext) -> DateFact {
        analyse(text, lang, ctx)
            .dates
            .into_iter()
            .next()
            .unwrap_or_else(|| panic!("no date in {text:?}"))
    }

    #[test]
    fn seasons_compare_with_seasons_months_and_years() {
        use Comparison::*;
        let date = |text: &str, lang| first_date(text, lang, DateContext::default());
        let table = [
            ("in spring 2024", "au printemps 2024", Match),
            ("in autumn 2024", "au printemps 2024", Mismatch),
            ("in spring 2025", "au printemps 2024", Mismatch),
            ("in spring 2024", "en avril 2024", Match),
            ("in spring 2024", "en octobre 2024", Mismatch),
            ("in April 2024", "au printemps 2024", Unclear),
            ("in October 2024", "au printemps 2024", Mismatch),
            ("in 2024", "au printemps 2024", Match),
            ("in winter 2024", "en janvier 2024", Unclear),
        ];
        for (claim, source, want) in table {
            let got = compare_dates(&date(claim, Lang::En), &date(source, Lang::Fr)).0;
            assert_eq!(got, want, "{claim} / {source}");
        }
    }

    #[test]
    fn decades_hold_the_years_within_them() {
        use Comparison::*;
        let date = |text: &str, lang| first_date(text, lang, DateContext::default());
        // (claim, its language, source, its language)
        let table = [
            (
                "built in the 1990s",
                Lang::En,
                "construit en 1994",
                Lang::Fr,
                Match,
            ),
            (
                "built in the 1990s",
                Lang::En,
                "construit en 1978",
                Lang::Fr,
                Mismatch,
            ),
            (
                "built in the '90s",
                Lang::En,
                "built in 1999",
                Lang::En,
                Match,
            ),
            (
                "construit dans les années 1990",
                Lang::Fr,
                "construit en 1990",
                Lang::Fr,
                Match,
            ),
            (
                "construit dans les années 90",
                Lang::Fr,
                "built in 2001",
                Lang::En,
                Mismatch,
            ),
            (
                "construit dans les années 1990",
                Lang::Fr,
                "le 3 mai 1996",
                Lang::Fr,
                Match,
            ),
            // a part of the decade: within it only
            ("in the early 1990s", Lang::En, "en 1992", Lang::Fr, Match),
            ("in the early 1990s", Lang::En, "en 1998", Lang::Fr, Unclear),
            (
                "à la fin des années 1970",
                Lang::Fr,
                "in 1978",
                Lang::En,
                Match,
            ),
            (
                "au milieu des années 1970",
                Lang::Fr,
                "in 1985",
                Lang::En,
                Mismatch,
            ),
            // the source's decade says less than the claim's year
            (
                "built in 1994",
                Lang::En,
                "construit dans les années 1990",
                Lang::Fr,
                Unclear,
            ),
            (
                "built in 1978",
                Lang::En,
                "construit dans les années 1990",
                Lang::Fr,
                Mismatch,
            ),
            (
                "in the 1980s",
                Lang::En,
                "dans les années 1990",
                Lang::Fr,
                Mismatch,
            ),
            (
                "in the 1990s",
                Lang::En,
                "dans les années 90",
                Lang::Fr,
                Match,
            ),
            // a decade that bounds compares with nothing
            ("before the 1990s", Lang::En, "in 1994", Lang::En, Unclear),
            (
                "depuis les années 1990",
                Lang::Fr,
                "depuis 1994",
                Lang::Fr,
                Unclear,
            ),
            ("in the 1990s", Lang::En, "since 1994", Lang::En, Unclear),
            ("in the 1990s", Lang::En, "after 1994", Lang::En, Unclear),
        ];
        for (claim, cl, source, sl, want) in table {
            let got = compare_dates(&date(claim, cl), &date(source, sl)).0;
            assert_eq!(got, want, "{claim} / {source}");
        }
    }

    #[test]
    fn bounds_compare_with_points_by_the_calendar() {
        use Comparison::*;
        use Lang::{En, Fr};
        let date = |text: &str, lang| first_date(text, lang, DateContext::default());
        let table = [
            (
                "after 24 February 2022",
                En,
                "le 14 novembre 2022",
                Fr,
                Match,
            ),
            (
                "after 24 February 2022",
                En,
                "le 14 novembre 2020",
                Fr,
                Mismatch,
            ),
            (
                "après le 24 février 2022",
                Fr,
                "on 14 November 2020",
                En,
                Mismatch,
            ),
            (
                "avant le 15 novembre 2023",
                Fr,
                "le 3 novembre 2023",
                Fr,
                Match,
            ),
            (
                "avant le 15 novembre 2023",
                Fr,
                "le 23 novembre 2023",
                Fr,
                Mismatch,
            ),
            (
                "before 15 November 2023",
                En,
                "le 23 novembre 2023",
                Fr,
                Mismatch,
            ),
            ("after 1990", En, "en 1995", Fr, Match),
            ("après 1990", Fr, "in 1985", En, Mismatch),
            // within the bound's own date: "avant 2020" excludes it,
            // "jusqu'en 2020" holds it
            ("before 2020", En, "en mai 2020", Fr, Unclear),
            ("before 15 November 2023", En, "en 2023", Fr, Unclear),
            // a source's bound says less than a point: "n'est plus chef en
            // 2021" agrees with "était chef jusqu'à décembre 2020"
            (
                "on 23 November 2023",
                En,
                "avant le 15 novembre 2023",
                Fr,
                Unclear,
            ),
            ("in 2021", En, "jusqu'à décembre 2020", Fr, Unclear),
            ("after 2019", En, "avant 2019", Fr, Unclear),
        ];
        for (claim, claim_lang, source, source_lang, want) in table {
            let got = compare_dates(&date(claim, claim_lang), &date(source, source_lang)).0;
            assert_eq!(got, want, "{claim} / {source}");
        }
    }

    #[test]
    fn dates_compare_by_precision() {
        let ctx = DateContext {
            published: crate::calendar::Date::parse_iso("2021-07-24"),
            recent_year: None,
        };
        let date = |text: &str, lang| first_date(text, lang, ctx);
        let table = [
            (
                "on 22 July 2021",
                "le jeudi 22 juillet",
                Comparison::Match,
                Kind::Date,
            ),
            (
                "on Thursday 22 July",
                "le jeudi 22 juillet",
                Comparison::Match,
                Kind::Weekday,
            ),
            (
                "on Friday 22 July",
                "le jeudi 22 juillet",
                Comparison::Mismatch,
                Kind::Weekday,
            ),
            (
                "on 21 July",
                "le jeudi 22 juillet",
                Comparison::Mismatch,
                Kind::Date,
            ),
            ("in July", "le 22 juillet", Comparison::Match, Kind::Date),
            ("in June", "le 22 juillet", Comparison::Mismatch, Kind::Date),
            (
                "in mid-July",
                "le 18 juillet",
                Comparison::Match,
                Kind::Date,
            ),
            (
                "in late July",
                "le 3 juillet",
                Comparison::Mismatch,
                Kind::Date,
            ),
            (
                "from 1811 to 1886",
                "de 1811 à 1886",
                Comparison::Match,
                Kind::Date,
            ),
            (
                "from 1811 to 1880",
                "de 1811 à 1886",
                Comparison::Mismatch,
                Kind::Date,
            ),
            (
                "from 1811 to 1886",
                "en 1848",
                Comparison::Unclear,
                Kind::Date,
            ),
            ("in 2020", "l'an dernier", Comparison::Match, Kind::Date),
            ("in 2019", "l'an dernier", Comparison::Mismatch, Kind::Date),
        ];
        for (claim, source, want, kind) in table {
            let got = compare_dates(&date(claim, Lang::En), &date(source, Lang::Fr));
            assert_eq!(got, (want, kind), "{claim} / {source}");
        }
    }
}
