//! Comparing two facts of the same kind: quantities (with their
//! approximations) and dates (with their precision).

use crate::facts::{Approx, DateFact, DatePart, Quantity};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Comparison {
    /// The source states the claim's value.
    Match,
    /// The source states an incompatible value.
    Mismatch,
    /// Consistent or incomparable, but not stated ("at least 180" vs "200").
    Unclear,
}

fn close(a: f64, b: f64, tolerance: f64) -> bool {
    (a - b).abs() <= tolerance * a.abs().max(b.abs()).max(1e-9)
}

/// Compare a claim quantity with a source quantity. Same bound kinds compare
/// their stated values ("at least 190" vs "au moins 180" is a mismatch: the
/// claim misreports the figure); a point against a bound is a match when it
/// equals the bound, a mismatch when it falls outside, unclear otherwise.
pub fn compare_quantities(claim: &Quantity, source: &Quantity) -> Comparison {
    use Approx::*;
    let (c, s) = (claim.value, source.value);
    let exact = |a, b| if close(a, b, 0.005) { Comparison::Match } else { Comparison::Mismatch };
    match (claim.approx, source.approx) {
        (a, b) if a == b && a != About => exact(c, s),
        (About, About) => {
            if close(c, s, 0.1) {
                Comparison::Match
            } else {
                Comparison::Mismatch
            }
        }
        (Exact, About) | (About, Exact) => {
            if close(c, s, 0.2) {
                Comparison::Match
            } else if close(c, s, 0.5) {
                Comparison::Unclear
            } else {
                Comparison::Mismatch
            }
        }
        (Exact, AtLeast) | (Exact, MoreThan) => {
            if close(c, s, 0.005) {
                Comparison::Match
            } else if c > s {
                Comparison::Unclear
            } else {
                Comparison::Mismatch
            }
        }
        (Exact, AtMost) | (Exact, LessThan) => {
            if close(c, s, 0.005) {
                Comparison::Match
            } else if c < s {
                Comparison::Unclear
            } else {
                Comparison::Mismatch
            }
        }
        (AtLeast, Exact) | (MoreThan, Exact) => {
            if s >= c && !(claim.approx == MoreThan && close(c, s, 0.005)) { Comparison::Match } else { Comparison::Mismatch }
        }
        (AtMost, Exact) | (LessThan, Exact) => {
            if s <= c && !(claim.approx == LessThan && close(c, s, 0.005)) { Comparison::Match } else { Comparison::Mismatch }
        }
        (AtLeast, MoreThan) | (MoreThan, AtLeast) | (AtMost, LessThan) | (LessThan, AtMost) => exact(c, s),
        _ => Comparison::Unclear,
    }
}

fn part_contains(part: DatePart, day: u8) -> bool {
    match part {
        DatePart::Early => day <= 10,
        DatePart::Mid => (10..=20).contains(&day),
        DatePart::Late => day >= 20,
    }
}

/// Compare a claim date with a source date; the second value is the reason
/// kind (`date` or `weekday`).
pub fn compare_dates(claim: &DateFact, source: &DateFact) -> (Comparison, &'static str) {
    use Comparison::*;
    let years_differ = matches!((claim.year, source.year), (Some(a), Some(b)) if a != b);
    // the claim's own weekday does not fit its date
    if let (Some(cd), Some(sd)) = (claim.day, source.day) {
        if claim.month.is_some() && claim.month == source.month && cd == sd && !years_differ {
            if let (Some(cw), Some(sw)) = (claim.weekday, source.weekday) {
                return if cw == sw { (Match, "weekday") } else { (Mismatch, "weekday") };
            }
            if claim.weekday_mismatch().is_some() {
                return (Mismatch, "weekday");
            }
            return (Match, "date");
        }
    }
    match (claim.day, claim.month, source.day, source.month) {
        (Some(_), Some(cm), Some(_), Some(sm)) => {
            // both day-precise and not equal (handled above) unless only the year differs
            if cm == sm && claim.day == source.day { (Mismatch, "date") } else { (Mismatch, "date") }
        }
        (None, Some(cm), sday, Some(sm)) if claim.weekday.is_none() || claim.day.is_none() => {
            if cm != sm || years_differ {
                return (Mismatch, "date");
            }
            match (claim.part, sday) {
                (Some(p), Some(d)) if !part_contains(p, d) => (Mismatch, "date"),
                (Some(p), None) if source.part.is_some_and(|sp| sp != p) => (Mismatch, "date"),
                _ => (Match, "date"),
            }
        }
        (Some(_), Some(cm), None, Some(sm)) => {
            if cm != sm || years_differ { (Mismatch, "date") } else { (Unclear, "date") }
        }
        (None, None, _, _) if claim.year.is_some() && claim.weekday.is_none() => {
            match source.year {
                Some(y) if !source.year_inferred => (if Some(y) == claim.year { Match } else { Mismatch }, "date"),
                _ => (Unclear, "date"),
            }
        }
        (None, None, _, _) if claim.weekday.is_some() => match (source.date(), source.weekday) {
            (Some(d), _) => (if Some(d.weekday()) == claim.weekday { Match } else { Mismatch }, "weekday"),
            (None, Some(w)) => (if Some(w) == claim.weekday { Match } else { Mismatch }, "weekday"),
            _ => (Unclear, "weekday"),
        },
        _ => (Unclear, "date"),
    }
}
