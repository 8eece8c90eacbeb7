//! Times counted from the time of writing: "yesterday", "hier", "la semaine
//! dernière", "next week", "three months ago", "il y a quelques jours",
//! "depuis un an", "dans deux semaines". A claim has no date of writing, so
//! such a time never becomes a calendar date; two texts compare it as a
//! span of days before or after their writing, which a claim written from
//! its source shares with it. Years counted this way ("last year", "l'an
//! dernier") are calendar years, read as dates (`dates::relative_year`).
//! Times counted from another event ("trois mois plus tard", "le
//! lendemain", "the day before", "earlier that day") are read too, marked
//! as such: a claim written from its source counts from the same event,
//! and may count from the writing what its source counts from the event
//! ("a few days earlier" for "il y a quelques jours"), so the two kinds may
//! agree, never differ.

use super::vocabulary::{NumberRole, Vocabulary};
use crate::text::{Token, TokenKind};
use std::ops::Range;

/// A unit a time is counted in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TimeUnit {
    Day,
    Week,
    Month,
    Year,
}

impl TimeUnit {
    /// The unit a folded word names, singular or plural.
    fn of(word: &str) -> Option<TimeUnit> {
        Some(match word {
            "day" | "days" | "jour" | "jours" | "journee" | "journees" => TimeUnit::Day,
            "week" | "weeks" | "semaine" | "semaines" => TimeUnit::Week,
            "month" | "months" | "mois" => TimeUnit::Month,
            "year" | "years" | "an" | "ans" | "annee" | "annees" => TimeUnit::Year,
            _ => return None,
        })
    }

    /// Its length in days, least and most.
    fn days(self) -> (i32, i32) {
        match self {
            TimeUnit::Day => (1, 1),
            TimeUnit::Week => (7, 7),
            TimeUnit::Month => (28, 31),
            TimeUnit::Year => (365, 366),
        }
    }
}

/// A unit and a signed count of it ("il y a 30 ans": years, -30).
pub type UnitCount = (TimeUnit, i32);

/// A time counted from the time of writing.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RelativeTime {
    /// Byte span in the analysed text.
    pub span: Range<usize>,
    pub tokens: Range<usize>,
    /// Days from the time of writing, least and most (negative: before).
    pub days: (i32, i32),
    /// The unit and the signed count as written, when the count is one
    /// number ("il y a 30 ans": years, -30; "yesterday": days, -1): two
    /// counts of one unit compare as figures.
    pub count: Option<UnitCount>,
    /// Written as the start of what lasts ("depuis un an"): as far back as
    /// the writing when the verb is in the present ("un plan lancé depuis
    /// un an", a year ago), from another time when it is not ("le débat
    /// durait depuis six ans"). It may agree with a time, never differ.
    pub lasting: bool,
    /// Counted from another event than the writing ("le lendemain", "three
    /// months later").
    pub from_event: bool,
}

impl RelativeTime {
    /// Do the two times share a day?
    pub fn overlaps(&self, other: &RelativeTime) -> bool {
        self.days.0 <= other.days.1 && other.days.0 <= self.days.1
    }

    /// Are the two times plainly apart: on the same side of the time of
    /// writing, and either two different counts of one unit ("il y a 30
    /// ans" / "25 years ago") or one at least three times as far as the
    /// other ("a few days ago" / "three months ago")? A time before and one
    /// after are not compared: which is right depends on when each text was
    /// written.
    pub fn apart(&self, other: &RelativeTime) -> bool {
        if self.lasting
            || other.lasting
            || self.from_event != other.from_event
            || self.overlaps(other)
            || self.days.0.signum() != other.days.1.signum()
        {
            return false;
        }
        if let (Some((u, a)), Some((v, b))) = (self.count, other.count)
            && u == v
        {
            return a != b;
        }
        let (near, far) = if self.days.1.abs() < other.days.1.abs() {
            (self, other)
        } else {
            (other, self)
        };
        let near_most = near.days.0.abs().max(near.days.1.abs());
        let far_least = far.days.0.abs().min(far.days.1.abs());
        far_least >= 3 * near_most
    }
}

/// The times counted from the time of writing or from another event in
/// `tokens`.
pub fn find_relative_times(tokens: &[Token]) -> Vec<RelativeTime> {
    let mut found = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        let from_event = read_day_around(tokens, i)
            .or_else(|| read_count_from_event(tokens, i))
            .map(|read| (read, true));
        let read = from_event.or_else(|| {
            read_day_word(tokens, i)
                .or_else(|| read_named_period(tokens, i))
                .or_else(|| read_count_back(tokens, i))
                .or_else(|| read_count_ago(tokens, i))
                .or_else(|| read_count_ahead(tokens, i))
                .map(|read| (read, false))
        });
        let Some(((first, end, days, count), from_event)) = read else {
            i += 1;
            continue;
        };
        found.push(RelativeTime {
            span: tokens[first].span.start..tokens[end - 1].span.end,
            tokens: first..end,
            days,
            count,
            lasting: tokens[first].norm == "depuis",
            from_event,
        });
        i = end;
    }
    found
}

type Read = (usize, usize, (i32, i32), Option<UnitCount>);

fn day(n: i32) -> ((i32, i32), Option<UnitCount>) {
    ((n, n), Some((TimeUnit::Day, n)))
}

/// "hier", "yesterday", "demain", "tomorrow", "avant-hier", "après-demain",
/// "the day before yesterday", "the day after tomorrow".
fn read_day_word(tokens: &[Token], i: usize) -> Option<Read> {
    let w = |k: usize| tokens.get(k).map_or("", |t| t.norm.as_str());
    let before = |k: usize, words: &[&str]| {
        k >= words.len()
            && words
                .iter()
                .enumerate()
                .all(|(j, x)| w(k - words.len() + j) == *x)
    };
    let ((days, count), first) = match w(i) {
        "hier" if before(i, &["avant"]) => (day(-2), i - 1),
        "hier" => (day(-1), i),
        "demain" if before(i, &["apres"]) => (day(2), i - 1),
        "demain" => (day(1), i),
        "yesterday" if before(i, &["the", "day", "before"]) => (day(-2), i - 3),
        "yesterday" => (day(-1), i),
        "tomorrow" if before(i, &["the", "day", "after"]) => (day(2), i - 3),
        "tomorrow" => (day(1), i),
        _ => return None,
    };
    Some((first, i + 1, days, count))
}

/// Words that open a noun phrase: after "the day before" or "la veille",
/// the event the day is counted from is named ("the day before the vote",
/// "la veille du scrutin"), which the date rule reads (folded).
const OPENS_NOUN_PHRASE: &[&str] = &[
    "the", "a", "an", "his", "her", "its", "their", "this", "that", "de", "du", "des", "d",
];

/// A day counted from another event: "the following day", "the next day",
/// "the day after", "the previous day", "the day before", "le lendemain",
/// "la veille" (not before the event's name: "la veille du scrutin"), and
/// the same day: "earlier that day", "later in the day", "the same day",
/// "le jour même", "le même jour", "plus tôt dans la journée".
fn read_day_around(tokens: &[Token], i: usize) -> Option<Read> {
    let w = |k: usize| tokens.get(k).map_or("", |t| t.norm.as_str());
    // ("the day before yesterday" is counted from the writing)
    let free =
        |k: usize| !OPENS_NOUN_PHRASE.contains(&w(k)) && !matches!(w(k), "yesterday" | "tomorrow");
    let (n, len) = match (w(i), w(i + 1), w(i + 2), w(i + 3)) {
        ("the", "following" | "next", "day", _) => (1, 3),
        ("the", "previous", "day", _) => (-1, 3),
        ("the", "day", "after", _) if free(i + 3) => (1, 3),
        ("the", "day", "before", _) if free(i + 3) => (-1, 3),
        ("the" | "that", "same", "day", _) => (0, 3),
        ("earlier" | "later", "that", "day", _) => (0, 3),
        ("earlier" | "later", "in", "the", "day") => (0, 4),
        ("le", "lendemain", ..) if free(i + 2) => (1, 2),
        ("la", "veille", ..) if free(i + 2) => (-1, 2),
        ("le", "jour", "meme", _) | ("le", "meme", "jour", _) => (0, 3),
        ("plus", "tot" | "tard", "dans", "la") if w(i + 4) == "journee" => (0, 5),
        _ => return None,
    };
    let (days, count) = day(n);
    Some((i, i + len, days, count))
}

/// A count of units from another event: "three months later", "a few
/// days earlier", "trois mois plus tard", "quelques jours plus tôt",
/// "deux jours auparavant".
fn read_count_from_event(tokens: &[Token], i: usize) -> Option<Read> {
    let w = |k: usize| tokens.get(k).map_or("", |t| t.norm.as_str());
    let n = read_count(tokens, i)?;
    let unit_at = n.unit_at;
    let (sign, len) = match (w(unit_at + 1), w(unit_at + 2)) {
        ("later", _) => (1, 1),
        ("earlier", _) | ("auparavant", _) => (-1, 1),
        ("plus", "tard") => (1, 2),
        ("plus", "tot") => (-1, 2),
        _ => return None,
    };
    let (days, count) = n.days(sign);
    Some((i, unit_at + 1 + len, days, count))
}

/// "last week", "next month", "la semaine dernière", "le mois prochain".
fn read_named_period(tokens: &[Token], i: usize) -> Option<Read> {
    let w = |k: usize| tokens.get(k).map_or("", |t| t.norm.as_str());
    let span = |unit: TimeUnit, n: i32| {
        // the week or month before or after this one: from its nearest day
        // to its farthest
        let (_, most) = unit.days();
        let range = if n < 0 {
            (-2 * most + 1, -1)
        } else {
            (1, 2 * most - 1)
        };
        (range, Some((unit, n)))
    };
    let unit = |k: usize| match TimeUnit::of(w(k)) {
        Some(u @ (TimeUnit::Week | TimeUnit::Month)) if !w(k).ends_with('s') || w(k) == "mois" => {
            Some(u)
        }
        _ => None,
    };
    // English: "last week", "next month"
    if let Some(u) = unit(i + 1) {
        let n = match w(i) {
            "last" | "past" => -1,
            "next" | "coming" => 1,
            _ => 0,
        };
        // "the last week" is a duration ("over the last week"), "last week" a time
        if n != 0 && !(n == -1 && matches!(w(i.wrapping_sub(1)), "the" | "this" | "that")) {
            let (days, count) = span(u, n);
            return Some((i, i + 2, days, count));
        }
    }
    // French: "la semaine dernière", "le mois prochain"
    if matches!(w(i), "la" | "le")
        && let Some(u) = unit(i + 1)
    {
        let n = match w(i + 2) {
            "derniere" | "dernier" | "passee" | "passe" => -1,
            "prochaine" | "prochain" => 1,
            _ => return None,
        };
        let (days, count) = span(u, n);
        return Some((i, i + 3, days, count));
    }
    None
}

/// A count of units: the least and most, whether one number gave it, the
/// unit, and the unit's token.
struct Count {
    lo: i32,
    hi: i32,
    exact: bool,
    unit: TimeUnit,
    unit_at: usize,
}

impl Count {
    /// The days of the count on the side `sign` of the time it is counted
    /// from, and the signed count when exact.
    fn days(&self, sign: i32) -> ((i32, i32), Option<UnitCount>) {
        let (least, most) = self.unit.days();
        let (a, b) = (sign * self.lo * least, sign * self.hi * most);
        (
            (a.min(b), a.max(b)),
            self.exact.then_some((self.unit, sign * self.lo)),
        )
    }
}

/// A count of units at token `i`: digits, a number word, an article ("a
/// week", "une semaine"), or a few ("quelques", "plusieurs", "a few",
/// "several").
fn read_count(tokens: &[Token], i: usize) -> Option<Count> {
    let w = |k: usize| tokens.get(k).map_or("", |t| t.norm.as_str());
    let t = tokens.get(i)?;
    let (lo, hi, exact, unit_at) = match w(i) {
        "a" if w(i + 1) == "few" => (2, 9, false, i + 2),
        "quelques" | "plusieurs" | "several" => (2, 9, false, i + 1),
        "a" | "an" | "un" | "une" => (1, 1, true, i + 1),
        _ if t.kind == TokenKind::Number => {
            let n: i32 = (t.norm.len() <= 4).then(|| t.norm.parse().ok()).flatten()?;
            (n, n, true, i + 1)
        }
        word => {
            let n = Vocabulary::shared().number(NumberRole::Word, word)?;
            (n as i32, n as i32, true, i + 1)
        }
    };
    let unit = TimeUnit::of(w(unit_at))?;
    Some(Count {
        lo,
        hi,
        exact,
        unit,
        unit_at,
    })
}

/// "il y a trois mois", "il y a quelques jours", "depuis un an" (the start
/// of what still holds: as far back).
fn read_count_back(tokens: &[Token], i: usize) -> Option<Read> {
    let w = |k: usize| tokens.get(k).map_or("", |t| t.norm.as_str());
    let at = match (w(i), w(i + 1), w(i + 2)) {
        ("il", "y", "a") => i + 3,
        ("depuis", ..) => i + 1,
        _ => return None,
    };
    let n = read_count(tokens, at)?;
    let unit_at = n.unit_at;
    let (days, count) = n.days(-1);
    Some((i, unit_at + 1, days, count))
}

/// "three months ago", "a few days ago".
fn read_count_ago(tokens: &[Token], i: usize) -> Option<Read> {
    let w = |k: usize| tokens.get(k).map_or("", |t| t.norm.as_str());
    let n = read_count(tokens, i)?;
    let unit_at = n.unit_at;
    if w(unit_at + 1) != "ago" {
        return None;
    }
    let (days, count) = n.days(-1);
    Some((i, unit_at + 2, days, count))
}

/// "dans deux semaines", "in three days' time", "two weeks from now".
fn read_count_ahead(tokens: &[Token], i: usize) -> Option<Read> {
    let w = |k: usize| tokens.get(k).map_or("", |t| t.norm.as_str());
    if w(i) == "dans" || w(i) == "in" {
        let n = read_count(tokens, i + 1)?;
        let unit_at = n.unit_at;
        // "in three days" may be how long something took; "in three days'
        // time" is when
        let end = match (w(i), w(unit_at + 1), w(unit_at + 2)) {
            ("dans", ..) => unit_at + 1,
            ("in", "time", _) => unit_at + 2,
            ("in", "s", "time") => unit_at + 3,
            _ => return None,
        };
        let (days, count) = n.days(1);
        return Some((i, end, days, count));
    }
    let n = read_count(tokens, i)?;
    let unit_at = n.unit_at;
    if (w(unit_at + 1), w(unit_at + 2)) != ("from", "now") {
        return None;
    }
    let (days, count) = n.days(1);
    Some((i, unit_at + 3, days, count))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::tokenize;

    fn read(text: &str) -> Vec<(String, (i32, i32), Option<UnitCount>)> {
        let tokens = tokenize(text);
        find_relative_times(&tokens)
            .into_iter()
            .map(|r| (text[r.span].to_string(), r.days, r.count))
            .collect()
    }

    #[test]
    fn reads_times_counted_from_the_writing_in_both_languages() {
        use TimeUnit::*;
        // (text, the time as quoted, its days, its count)
        type Row<'a> = (&'a str, &'a str, (i32, i32), Option<UnitCount>);
        let cases: &[Row] = &[
            (
                "Il est arrivé hier à Paris.",
                "hier",
                (-1, -1),
                Some((Day, -1)),
            ),
            (
                "Il est arrivé avant-hier.",
                "avant-hier",
                (-2, -2),
                Some((Day, -2)),
            ),
            (
                "He arrived yesterday.",
                "yesterday",
                (-1, -1),
                Some((Day, -1)),
            ),
            (
                "He arrived the day before yesterday.",
                "the day before yesterday",
                (-2, -2),
                Some((Day, -2)),
            ),
            ("Elle partira demain.", "demain", (1, 1), Some((Day, 1))),
            ("She leaves tomorrow.", "tomorrow", (1, 1), Some((Day, 1))),
            (
                "Le vote a eu lieu la semaine dernière.",
                "la semaine dernière",
                (-13, -1),
                Some((Week, -1)),
            ),
            (
                "The vote took place last week.",
                "last week",
                (-13, -1),
                Some((Week, -1)),
            ),
            (
                "Ils viendront la semaine prochaine.",
                "la semaine prochaine",
                (1, 13),
                Some((Week, 1)),
            ),
            (
                "They will come next week.",
                "next week",
                (1, 13),
                Some((Week, 1)),
            ),
            (
                "Il a démissionné le mois dernier.",
                "le mois dernier",
                (-61, -1),
                Some((Month, -1)),
            ),
            (
                "He resigned last month.",
                "last month",
                (-61, -1),
                Some((Month, -1)),
            ),
            (
                "Il a été envoyé il y a trois mois.",
                "il y a trois mois",
                (-93, -84),
                Some((Month, -3)),
            ),
            (
                "He was sent three months ago.",
                "three months ago",
                (-93, -84),
                Some((Month, -3)),
            ),
            (
                "Il a été envoyé il y a quelques jours.",
                "il y a quelques jours",
                (-9, -2),
                None,
            ),
            (
                "He was sent a few days ago.",
                "a few days ago",
                (-9, -2),
                None,
            ),
            (
                "La banque qu'il a fondée il y a 30 ans.",
                "il y a 30 ans",
                (-10980, -10950),
                Some((Year, -30)),
            ),
            (
                "Un plan lancé depuis un an.",
                "depuis un an",
                (-366, -365),
                Some((Year, -1)),
            ),
            (
                "A plan launched a year ago.",
                "a year ago",
                (-366, -365),
                Some((Year, -1)),
            ),
            (
                "Le rapport sera publié dans deux semaines.",
                "dans deux semaines",
                (14, 14),
                Some((Week, 2)),
            ),
            (
                "The report is due in two weeks' time.",
                "in two weeks' time",
                (14, 14),
                Some((Week, 2)),
            ),
            (
                "The report is due two weeks from now.",
                "two weeks from now",
                (14, 14),
                Some((Week, 2)),
            ),
        ];
        for (text, quote, days, count) in cases {
            assert_eq!(
                read(text),
                vec![(quote.to_string(), *days, *count)],
                "{text}"
            );
        }
    }

    #[test]
    fn reads_times_counted_from_another_event_as_such() {
        let cases: &[(&str, &str, (i32, i32))] = &[
            (
                "Trois mois plus tard, l'Élysée a confirmé.",
                "Trois mois plus tard",
                (84, 93),
            ),
            (
                "Three months later, the Élysée confirmed.",
                "Three months later",
                (84, 93),
            ),
            (
                "Il avait été envoyé quelques jours plus tôt.",
                "quelques jours plus tôt",
                (-9, -2),
            ),
            (
                "He had been sent a few days earlier.",
                "a few days earlier",
                (-9, -2),
            ),
            ("Le vote a eu lieu le lendemain.", "le lendemain", (1, 1)),
            (
                "The vote took place the following day.",
                "the following day",
                (1, 1),
            ),
            (
                "The alarm had been switched off the day before, for maintenance.",
                "the day before",
                (-1, -1),
            ),
            (
                "L'alarme avait été coupée la veille.",
                "la veille",
                (-1, -1),
            ),
            (
                "LCI l'avait annoncé un peu plus tôt dans la journée.",
                "plus tôt dans la journée",
                (0, 0),
            ),
            (
                "LCI had reported it earlier in the day.",
                "earlier in the day",
                (0, 0),
            ),
        ];
        for (text, quote, days) in cases {
            let tokens = tokenize(text);
            let found = find_relative_times(&tokens);
            assert_eq!(found.len(), 1, "{text}: {found:?}");
            let r = &found[0];
            assert_eq!(
                (&text[r.span.clone()], r.days, r.from_event),
                (*quote, *days, true),
                "{text}"
            );
        }
        // the event named after the day: the date rule's
        for text in [
            "The day before the vote, he resigned.",
            "La veille du scrutin, il a démissionné.",
        ] {
            assert!(find_relative_times(&tokenize(text)).is_empty(), "{text}");
        }
    }

    #[test]
    fn leaves_durations() {
        for text in [
            "The work was done in two weeks.",
            "Over the last week, prices rose.",
            "Il travaille depuis la semaine dernière.",
            "Il a été condamné à trois ans de prison.",
            "Aujourd'hui, le logiciel est vendu à des États.",
        ] {
            let found = read(text);
            assert!(
                found.iter().all(|(q, ..)| q == "la semaine dernière"),
                "{text}: {found:?}"
            );
        }
    }

    #[test]
    fn tells_times_apart_on_one_side_of_the_writing_only() {
        let one = |text: &str| find_relative_times(&tokenize(text)).remove(0);
        let cases = [
            ("il y a quelques jours", "three months ago", true),
            ("il y a 30 ans", "25 years ago", true),
            ("il y a 30 ans", "thirty years ago", false),
            ("a few days ago", "il y a trois jours", false),
            ("last week", "il y a cinq jours", false),
            ("last week", "next week", false),
            ("yesterday", "il y a deux jours", true),
            ("a year ago", "depuis un an", false),
            ("three years ago", "depuis six ans", false),
            ("il y a un mois", "five weeks ago", false),
            // counted from another event and from the writing: never apart
            ("a few days earlier", "three months ago", false),
            ("three months later", "a few days later", true),
        ];
        for (a, b, apart) in cases {
            let (x, y) = (one(a), one(b));
            assert_eq!(x.apart(&y), apart, "{a} / {b}");
            assert_eq!(y.apart(&x), apart, "{b} / {a}");
        }
    }
}
