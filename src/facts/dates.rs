//! Dates in French and English: day, month, year, weekday, vague parts of a
//! month ("mi-juillet", "mid-July"), months and years alone. A date without a
//! year takes it from the document (publication date, else the last year
//! mentioned before it); a weekday that does not fit its date is flagged.

use super::DateContext;
use super::vocabulary::{CalendarKind, Vocabulary};
use crate::calendar::{Date, Weekday};
use crate::text::{Token, TokenKind};
use serde::Serialize;
use std::ops::Range;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum DatePart {
    Early,
    Mid,
    Late,
}

/// A season of a year ("au printemps 2024", "in the spring of 2024"): a
/// span of three months (the northern hemisphere's, as the news writes it).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Season {
    Spring,
    Summer,
    Autumn,
    Winter,
}

impl Season {
    /// Does the season hold month `m` of its year? Winter runs over the
    /// turn of the year, so its months say nothing either way.
    pub fn holds(self, m: u8) -> Option<bool> {
        match self {
            Season::Spring => Some((3..=5).contains(&m)),
            Season::Summer => Some((6..=8).contains(&m)),
            Season::Autumn => Some((9..=11).contains(&m)),
            Season::Winter => None,
        }
    }

    fn of(word: &str) -> Option<Season> {
        Some(match word {
            "printemps" | "spring" => Season::Spring,
            "ete" | "summer" => Season::Summer,
            "automne" | "autumn" | "fall" => Season::Autumn,
            "hiver" | "winter" => Season::Winter,
            _ => return None,
        })
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct DateFact {
    pub span: Range<usize>,
    pub tokens: Range<usize>,
    pub day: Option<u8>,
    pub month: Option<u8>,
    pub year: Option<i32>,
    /// The year was not written but inferred from the document.
    pub year_inferred: bool,
    pub weekday: Option<Weekday>,
    pub part: Option<DatePart>,
    /// A season of the year ("spring 2024").
    pub season: Option<Season>,
    /// "depuis 2016", "since 2016": a start, not a point.
    pub since: bool,
    /// The last year of a range ("de 1811 à 1886", "between 2010 and 2012", "1810-1811").
    pub until: Option<i32>,
    /// "avant décembre", "jusqu'à décembre 2020", "before 2019", "until July": an
    /// end, not a point; compared with another end, or with a point by the
    /// calendar (`compare_dates`).
    pub before: bool,
    /// "après le 24 février 2022", "after 1990": a bound the event comes
    /// after, not a point; compared with another such bound, or with a
    /// point by the calendar.
    pub after: bool,
    /// A day counted from an event named beside a date ("mardi 8 octobre,
    /// la veille du début de la grève"): the tokens of that event's name.
    /// The fact is that event's date, on the cue's words ("la veille du").
    pub event: Option<Range<usize>>,
    /// "in the 1990s", "dans les années 1990": the ten years from `year`,
    /// within which an event's point falls (unlike a span of years, over
    /// which a state holds).
    pub decade: bool,
}

impl DateFact {
    /// The full calendar date, when day, month and year are known.
    pub fn date(&self) -> Option<Date> {
        Date::new(self.year?, self.month?, self.day?)
    }

    /// The weekday written does not match the date.
    pub fn weekday_mismatch(&self) -> Option<(Weekday, Weekday)> {
        let written = self.weekday?;
        let actual = self.date()?.weekday();
        (written != actual).then_some((written, actual))
    }

    /// Human form: "2021-07-22", "July 2021", "22 July", "Thursday".
    pub fn describe(&self) -> String {
        if let Some(d) = self.date() {
            return d.to_string();
        }
        let mut parts = Vec::new();
        if let Some(season) = self.season {
            parts.push(
                match season {
                    Season::Spring => "spring",
                    Season::Summer => "summer",
                    Season::Autumn => "autumn",
                    Season::Winter => "winter",
                }
                .to_string(),
            );
        }
        if let Some(p) = self.part {
            parts.push(
                match p {
                    DatePart::Early => "early",
                    DatePart::Mid => "mid",
                    DatePart::Late => "late",
                }
                .to_string(),
            );
        }
        if let Some(d) = self.day {
            parts.push(d.to_string());
        }
        if let Some(m) = self.month {
            parts.push(crate::calendar::MONTH_NAMES_EN[usize::from(m) - 1].to_string());
        }
        if let Some(y) = self.year {
            match self.until {
                Some(end) => parts.push(format!("{y}–{end}")),
                None if self.decade => parts.push(format!("{y}s")),
                None => parts.push(y.to_string()),
            }
        }
        if parts.is_empty()
            && let Some(w) = self.weekday
        {
            parts.push(crate::calendar::WEEKDAY_NAMES_EN[usize::from(w)].to_string());
        }
        parts.join(" ")
    }
}

pub fn month_number(w: &str) -> Option<u8> {
    Vocabulary::shared()
        .calendar(CalendarKind::Month, w)
        .map(|v| v as u8)
}

pub fn weekday_number(w: &str) -> Option<Weekday> {
    Vocabulary::shared()
        .calendar(CalendarKind::Weekday, w)
        .map(|v| v as Weekday)
}

fn part_word(w: &str) -> Option<DatePart> {
    Some(
        match Vocabulary::shared().calendar(CalendarKind::Part, w)? {
            0 => DatePart::Early,
            1 => DatePart::Mid,
            _ => DatePart::Late,
        },
    )
}

fn number_of(t: &Token) -> Option<u32> {
    (t.kind == TokenKind::Number && t.norm.chars().all(|c| c.is_ascii_digit()) && t.norm.len() <= 4)
        .then(|| t.norm.parse().ok())?
}

pub(crate) fn is_year(n: u32) -> bool {
    (1800..=2100).contains(&n)
}

const YEAR_PREPOSITIONS: &[&str] = &[
    "en", "in", "depuis", "since", "year", "annee", "jusqu", "until", "from", "des", "by", "of",
    "avant", "before", "l", "apres", "after",
];

/// Find the dates in a tokenised text.
pub fn extract_dates(text: &str, tokens: &[Token], ctx: DateContext) -> Vec<DateFact> {
    let mut out: Vec<DateFact> = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        if let Some(fact) = read_year_range(text, tokens, i)
            .or_else(|| read_decade(text, tokens, i))
            .or_else(|| read_relative_year(tokens, i, ctx))
        {
            i = fact.tokens.end;
            out.push(fact);
        } else if let Some(fact) = read_date(text, tokens, i) {
            i = fact.tokens.end;
            out.push(fact);
        } else {
            i += 1;
        }
    }
    for fact in &mut out {
        infer_year(fact, ctx);
        mark_bound(fact, tokens);
    }
    let counted = counted_event_dates(text, tokens, &out);
    out.extend(counted);
    out
}

/// The dates of events named as a day after or before a date written
/// beside them: "mardi 8 octobre, la veille du début de la grève" (the
/// strike began on 9 October), "on 8 October, the day after the vote",
/// "le lendemain du scrutin, le 9 juin". Each is a date of its own, on the
/// cue's words, with the event's name as its `event`: the date written
/// dates another event (its clause's), the one named after the cue
/// is dated a day apart.
fn counted_event_dates(text: &str, tokens: &[Token], dates: &[DateFact]) -> Vec<DateFact> {
    // nothing but a comma between tokens `a` and `b`
    let apposed = |a: usize, b: usize| {
        let gap = text[tokens[a].span.end..tokens[b].span.start].trim();
        gap.is_empty() || gap == ","
    };
    let mut out = Vec::new();
    for d in dates {
        let point = d.day.is_some() && d.month.is_some();
        if !point || d.since || d.before || d.until.is_some() || d.event.is_some() {
            continue;
        }
        let beside = |(cue, shift, event): (Range<usize>, i64, Range<usize>)| {
            // "..., le 8 octobre": an article may open the date
            let before_date = event.end <= d.tokens.start
                && event.end < tokens.len()
                && apposed(event.end - 1, event.end)
                && tokens[event.end..d.tokens.start]
                    .iter()
                    .all(|t| matches!(t.norm.as_str(), "le" | "on" | "the"));
            let after_date = cue.start == d.tokens.end && apposed(d.tokens.end - 1, cue.start);
            (before_date || after_date).then_some((cue, shift, event))
        };
        let found = (d.tokens.end..(d.tokens.end + 1).min(tokens.len()))
            .chain(d.tokens.start.saturating_sub(MAX_EVENT_NAME + 3)..d.tokens.start)
            .filter_map(|k| counted_cue(text, tokens, k))
            .find_map(beside);
        let Some((cue, shift, event)) = found else {
            continue;
        };
        let Some((day, month, year)) = shifted(d, shift) else {
            continue;
        };
        out.push(DateFact {
            span: tokens[cue.start].span.start..tokens[cue.end - 1].span.end,
            tokens: cue,
            day: Some(day),
            month: Some(month),
            year,
            year_inferred: d.year_inferred,
            weekday: None,
            part: None,
            season: None,
            since: false,
            until: None,
            before: false,
            after: false,
            event: Some(event),
            decade: false,
        });
    }
    out
}

/// Tokens, at most, of an event's name after "la veille du", "the day after".
const MAX_EVENT_NAME: usize = 6;

/// A cue of a day counted from an event at token `k` ("la veille du",
/// "le lendemain de la", "the day before the", "the day after his"): its
/// tokens, the days from the date written to the event's (the day before
/// the event: +1), and the tokens of the event's name, up to punctuation.
fn counted_cue(
    text: &str,
    tokens: &[Token],
    k: usize,
) -> Option<(Range<usize>, i64, Range<usize>)> {
    let w = |i: usize| tokens.get(i).map_or("", |t| t.norm.as_str());
    let (shift, len) = match (w(k), w(k + 1), w(k + 2), w(k + 3)) {
        ("la", "veille", "du" | "des" | "de" | "d", _) => (1, 3),
        ("le", "lendemain", "du" | "des" | "de" | "d", _) => (-1, 3),
        ("the", "day", "before", "the" | "a" | "an" | "his" | "her" | "its" | "their") => (1, 3),
        ("the", "day", "after", "the" | "a" | "an" | "his" | "her" | "its" | "their") => (-1, 3),
        _ => return None,
    };
    let start = k + len;
    let mut end = start;
    while end < tokens.len() && end - start < MAX_EVENT_NAME {
        let gap = &text[tokens[end - 1].span.end..tokens[end].span.start];
        if end > start && gap.contains([',', ';', ':', '.', '(', ')', '«', '»', '"']) {
            break;
        }
        end += 1;
    }
    (end > start).then_some((k..start, shift, start..end))
}

/// Day, month and year `shift` days from a date (its year may be unknown:
/// then only within its month).
fn shifted(d: &DateFact, shift: i64) -> Option<(u8, u8, Option<i32>)> {
    let (day, month) = (d.day?, d.month?);
    match d.year {
        Some(y) => {
            let moved = date_from_days(Date::new(y, month, day)?.days_from_epoch() + shift)?;
            Some((moved.day, moved.month, Some(moved.year)))
        }
        None => {
            let moved = i64::from(day) + shift;
            (1..=28)
                .contains(&moved)
                .then_some((moved as u8, month, None))
        }
    }
}

/// Words before a date that make it an end ("avant", "jusqu'à", "before",
/// "until") or a start ("à partir de", "from ... onwards"), folded.
fn mark_bound(fact: &mut DateFact, tokens: &[Token]) {
    let before = |k: usize| {
        fact.tokens
            .start
            .checked_sub(k)
            .map(|t| tokens[t].norm.as_str())
    };
    // (over the article of a French day: "avant le 15 novembre", "après
    // le 24 février")
    let cue = if matches!(before(1), Some("le" | "l")) && fact.day.is_some() {
        2
    } else {
        1
    };
    let ends = matches!(
        before(cue),
        Some("avant" | "before" | "until" | "till" | "prior" | "ici")
    ) || (matches!(before(cue), Some("a" | "au")) && before(cue + 1) == Some("jusqu"))
        || (before(cue) == Some("to") && before(cue + 1) == Some("prior"));
    if ends && fact.until.is_none() {
        fact.before = true;
    }
    if matches!(before(cue), Some("apres" | "after")) && fact.until.is_none() && !fact.since {
        fact.after = true;
    }
    let from = matches!(before(1), Some("de" | "d")) && before(2) == Some("partir");
    let onwards = tokens
        .get(fact.tokens.end)
        .is_some_and(|t| t.norm == "onwards" || t.norm == "onward");
    if (from || onwards) && fact.until.is_none() {
        fact.since = true;
        // the cue is part of the fact, not a word to find
        if from {
            fact.tokens.start -= 2;
        }
        if onwards {
            fact.tokens.end += 1;
        }
        fact.span = tokens[fact.tokens.start].span.start..tokens[fact.tokens.end - 1].span.end;
    }
}

fn year_fact(span: Range<usize>, tokens: Range<usize>, year: i32) -> DateFact {
    DateFact {
        span,
        tokens,
        day: None,
        month: None,
        year: Some(year),
        year_inferred: false,
        weekday: None,
        part: None,
        season: None,
        since: false,
        until: None,
        before: false,
        after: false,
        event: None,
        decade: false,
    }
}

/// "de 1811 à 1886", "entre 2010 et 2012", "from 1986 to 1993", "between 2010
/// and 2012", "1810-1811": a span of years, compared only with another span.
fn read_year_range(text: &str, tokens: &[Token], i: usize) -> Option<DateFact> {
    let opener = matches!(tokens[i].norm.as_str(), "de" | "from" | "entre" | "between");
    let first = if opener { i + 1 } else { i };
    let start = tokens
        .get(first)
        .and_then(number_of)
        .filter(|y| is_year(*y))?;
    let next = tokens.get(first + 1)?;
    let gap = &text[tokens[first].span.end..next.span.start];
    let end_tok = if gap.trim() == "-" || gap.trim() == "–" {
        first + 1
    } else if opener
        && matches!(
            next.norm.as_str(),
            "a" | "to" | "et" | "and" | "au" | "jusqu"
        )
    {
        first + 2
    } else {
        return None;
    };
    let end = tokens
        .get(end_tok)
        .and_then(number_of)
        .filter(|y| is_year(*y) && *y > start)?;
    let from = if opener { i } else { first };
    let mut fact = year_fact(
        tokens[from].span.start..tokens[end_tok].span.end,
        from..end_tok + 1,
        start as i32,
    );
    fact.until = Some(end as i32);
    Some(fact)
}

/// "in the 1990s", "the mid-1990s", "the '90s", "dans les années 1990",
/// "au début des années 90": a decade, with the part of it when one is
/// written before. Only after "the" / "les années" ("in his 30s" is an
/// age); a century ("the 1900s", though not "the 2000s") and a two-digit decade that could be of
/// two centuries ("the 20s") are not read. After a word of bound ("before
/// the 1990s", "depuis les années 1990") the decade is that bound's, and
/// compares with nothing (`compare_dates`).
fn read_decade(text: &str, tokens: &[Token], i: usize) -> Option<DateFact> {
    let t = &tokens[i];
    if t.kind != TokenKind::Number || !t.norm.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let value: u32 = t.norm.parse().ok()?;
    let year = match t.norm.len() {
        4 if is_year(value)
            && value.is_multiple_of(10)
            && (!value.is_multiple_of(100) || value == 2000) =>
        {
            value
        }
        2 if (30..=90).contains(&value) && value.is_multiple_of(10) => 1900 + value,
        _ => return None,
    };
    let word = |k: usize| tokens.get(k).map_or("", |t| t.norm.as_str());
    let prev = |k: usize| i.checked_sub(k).map_or("", word);
    // (the tokens before the figure that belong to the decade, and the
    // first of the words before them)
    let (start, part, end) = if prev(1) == "annees" && matches!(prev(2), "les" | "des" | "aux") {
        // "au début des années 1990", "à la fin des années 90"
        // ("milieu" is no part of a month's wording: "au milieu de juillet"
        // is rare, "au milieu de la foule" is not)
        let part = |w: &str| part_word(w).or((w == "milieu").then_some(DatePart::Mid));
        match (i.checked_sub(3).and_then(|k| part(word(k))), prev(2)) {
            (Some(p), "des") => (i - 3, Some(p), i + 1),
            _ => (i - 1, None, i + 1),
        }
    } else {
        let s = tokens.get(i + 1)?;
        let gap = &text[t.span.end..s.span.start];
        if s.norm != "s" || !(gap.is_empty() || gap == "'") {
            return None;
        }
        // "the 1990s", "the early 1990s", "the mid-1990s", "the '90s"
        match i.checked_sub(1).and_then(|k| part_word(word(k))) {
            Some(p) if prev(2) == "the" => (i - 1, Some(p), i + 2),
            None if prev(1) == "the" => (i, None, i + 2),
            _ => return None,
        }
    };
    let mut fact = year_fact(
        tokens[start].span.start..tokens[end - 1].span.end,
        start..end,
        year as i32,
    );
    fact.decade = true;
    fact.part = part;
    // the word before "the" / "les" / "des", or before the part's "au",
    // "à la"
    let lead = (start.saturating_sub(4)..start).rev().map(word).find(|w| {
        !matches!(
            *w,
            "the" | "les" | "des" | "aux" | "au" | "a" | "la" | "in" | "dans"
        )
    });
    match lead {
        Some("depuis" | "since") => fact.since = true,
        Some("avant" | "before" | "until" | "till" | "jusqu") => fact.before = true,
        Some("apres" | "after") => fact.after = true,
        _ => {}
    }
    Some(fact)
}

/// "l'an dernier", "l'année prochaine", "cette année", "last year", "this
/// year": a year counted from the publication date, so only in sources that
/// have one.
fn read_relative_year(tokens: &[Token], i: usize, ctx: DateContext) -> Option<DateFact> {
    let published = ctx.published?;
    let (delta, len) = relative_year(tokens, i)?;
    Some(year_fact(
        tokens[i].span.start..tokens[i + len - 1].span.end,
        i..i + len,
        published.year + delta,
    ))
}

/// The years a relative year phrase starting at token `i` counts from the
/// time of writing ("l'an dernier": -1, "this year": 0), and its length in
/// tokens. Read without a publication date too: two texts saying "last
/// year" speak of the same year whenever either was written.
pub(crate) fn relative_year(tokens: &[Token], i: usize) -> Option<(i32, usize)> {
    let w = |k: usize| tokens.get(k).map_or("", |t| t.norm.as_str());
    Some(match (w(i), w(i + 1), w(i + 2)) {
        ("l", "an" | "annee", "dernier" | "derniere" | "passe" | "passee") => (-1, 3),
        ("l", "an" | "annee", "prochain" | "prochaine") => (1, 3),
        ("cette", "annee", _) => (0, 2),
        ("last", "year", _) => (-1, 2),
        ("next", "year", _) => (1, 2),
        ("this", "year", _) => (0, 2),
        _ => return None,
    })
}

fn read_date(text: &str, tokens: &[Token], i: usize) -> Option<DateFact> {
    let t = &tokens[i];
    let mut fact = DateFact {
        span: t.span.clone(),
        tokens: i..i + 1,
        day: None,
        month: None,
        year: None,
        year_inferred: false,
        weekday: None,
        part: None,
        season: None,
        since: false,
        until: None,
        before: false,
        after: false,
        event: None,
        decade: false,
    };
    let mut j = i;
    // weekday first: "jeudi 22 juillet", "Thursday, July 22"
    if let Some(w) = weekday_number(&t.norm) {
        fact.weekday = Some(w);
        j += 1;
        while tokens
            .get(j)
            .is_some_and(|t| matches!(t.norm.as_str(), "le" | "the"))
        {
            j += 1;
        }
    }
    // vague part: "mi-juillet", "mid-July", "début octobre", "early October", "à la mi-juillet"
    if let Some(p) = tokens.get(j).and_then(|t| part_word(&t.norm)) {
        let mut k = j + 1;
        if tokens
            .get(k)
            .is_some_and(|t| matches!(t.norm.as_str(), "of" | "de" | "d"))
        {
            k += 1;
        }
        if tokens.get(k).and_then(|t| month_number(&t.norm)).is_some() {
            fact.part = Some(p);
            j = k;
        }
    }
    let cur = tokens.get(j);
    // numeric: 22/07/2021, 22.07.2021, 2021-07-22
    if cur.is_some()
        && let Some((d, m, y, len)) = numeric_date(text, tokens, j)
    {
        fact.day = Some(d);
        fact.month = Some(m);
        fact.year = Some(y);
        return finish(fact, tokens, j + len);
    }
    // "22 juillet [2021]" / "1er février"
    if let Some(day) = cur.and_then(number_of).filter(|d| (1..=31).contains(d)) {
        let mut k = j + 1;
        if tokens.get(k).is_some_and(|t| {
            matches!(t.norm.as_str(), "er" | "st" | "nd" | "rd" | "th")
                && t.span.start == tokens[j].span.end
        }) {
            k += 1;
        }
        if tokens.get(k).is_some_and(|t| t.norm == "of") {
            k += 1;
        }
        if let Some(m) = tokens.get(k).and_then(|t| month_number(&t.norm)) {
            if !short_month_ok(tokens, k) {
                return None;
            }
            fact.day = Some(day as u8);
            fact.month = Some(m);
            k += 1;
            if let Some(y) = tokens.get(k).and_then(number_of).filter(|y| is_year(*y)) {
                fact.year = Some(y as i32);
                k += 1;
            }
            return finish(fact, tokens, k);
        }
        return None;
    }
    // "July 22, 2021" / "July 2021" / "juillet 2021" / "en juin"
    if let Some(m) = cur.and_then(|t| month_number(&t.norm)) {
        if !short_month_ok(tokens, j) {
            return None;
        }
        // an abbreviation without a day or year after it is a date only
        // when written as one ("Oct. 2021", "Jan 5"): "Jan Palach" is a name
        if is_short_month(&tokens[j].norm)
            && !text[tokens[j].span.end..].starts_with('.')
            && tokens.get(j + 1).and_then(number_of).is_none()
        {
            return None;
        }
        // English "may" is a month only when capitalised
        if cur.is_some_and(|t| t.norm == "may" && !t.capitalized) {
            return None;
        }
        fact.month = Some(m);
        let mut k = j + 1;
        if let Some(d) = tokens
            .get(k)
            .and_then(number_of)
            .filter(|d| (1..=31).contains(d))
        {
            let next_is_year = tokens.get(k + 1).and_then(number_of).is_some_and(is_year);
            if d < 32 && (next_is_year || !is_year(d)) {
                fact.day = Some(d as u8);
                k += 1;
                if tokens
                    .get(k)
                    .is_some_and(|t| matches!(t.norm.as_str(), "st" | "nd" | "rd" | "th"))
                {
                    k += 1;
                }
            }
        }
        if let Some(y) = tokens.get(k).and_then(number_of).filter(|y| is_year(*y)) {
            fact.year = Some(y as i32);
            k += 1;
        }
        return finish(fact, tokens, k);
    }
    if fact.weekday.is_some() {
        return finish(fact, tokens, j);
    }
    // a season and its year: "printemps 2024", "au printemps de 2024", "in
    // the spring of 2024", "autumn 2023"; not a noun's complement ("les Jeux
    // d'hiver de 2002" are the games), and French "été" only after "l'",
    // "en", "cet" or "au" ("a été" is a verb)
    if let Some(season) = cur.and_then(|t| Season::of(&t.norm)) {
        let prev = j.checked_sub(1).map(|p| tokens[p].norm.as_str());
        let is_season = !matches!(prev, Some("d" | "de" | "des" | "du"))
            && (tokens[j].norm != "ete" || matches!(prev, Some("l" | "en" | "cet" | "au")));
        let mut k = j + 1;
        if tokens
            .get(k)
            .is_some_and(|t| matches!(t.norm.as_str(), "of" | "de" | "d"))
        {
            k += 1;
        }
        if is_season && let Some(y) = tokens.get(k).and_then(number_of).filter(|y| is_year(*y)) {
            fact.season = Some(season);
            fact.year = Some(y as i32);
            return finish(fact, tokens, k + 1);
        }
    }
    // a year alone after a preposition: "en 2021", "depuis 2016", "in 2021"
    if let Some(y) = cur.and_then(number_of).filter(|y| is_year(*y)) {
        let prev = i.checked_sub(1).map(|p| tokens[p].norm.as_str());
        // "à partir de 2019": a start
        let from_on = matches!(prev, Some("de" | "d")) && i >= 2 && tokens[i - 2].norm == "partir";
        let phrase = year_of_time_phrase(tokens, i);
        if prev.is_some_and(|p| YEAR_PREPOSITIONS.contains(&p)) || from_on || phrase.is_some() {
            fact.year = Some(y as i32);
            if let Some(start) = phrase {
                // the phrase is the date's wording ("durant la pandémie
                // de 2021"), not words of the claim to find
                fact.tokens.start = start;
            }
            fact.since = matches!(prev, Some("depuis" | "since"));
            if fact.since {
                // the cue is part of the fact, not a word to find
                fact.tokens.start = i - 1;
            }
            return finish(fact, tokens, j + 1);
        }
    }
    None
}

/// Words that put what follows in time: "durant la pandémie de 2021",
/// "lors des élections de 2017", "during the 2008 crisis" (folded).
const TIME_PHRASE_WORDS: &[&str] = &["durant", "pendant", "lors", "during", "amid"];

/// Where the time phrase whose event the year at token `i` dates starts:
/// "de" after its noun ("durant la pandémie de 2021": the year dates what
/// happened during it), or before it in English ("during the 2008
/// crisis")? A year after any "de" is not ("la loi de 2019" names a law).
fn year_of_time_phrase(tokens: &[Token], i: usize) -> Option<usize> {
    let word = |k: usize| tokens[k].norm.as_str();
    let time_word = |k: &usize| TIME_PHRASE_WORDS.contains(&word(*k));
    match i.checked_sub(1).map(word) {
        // "durant la pandémie de", "lors des élections de", "pendant la
        // guerre froide de"
        Some("de" | "d") => (i.saturating_sub(5)..i.saturating_sub(2))
            .rev()
            .find(time_word),
        // "during the 2008 crisis"
        Some("the") => i.checked_sub(2).filter(time_word),
        _ => None,
    }
}

/// Abbreviated months ("oct", "mar") count only when followed by a full stop
/// or in a date; "mars" and "mai" are full words.
fn short_month_ok(tokens: &[Token], k: usize) -> bool {
    !is_short_month(&tokens[k].norm) || tokens[k].capitalized
}

/// An abbreviated month name (folded).
fn is_short_month(w: &str) -> bool {
    matches!(
        w,
        "jan"
            | "janv"
            | "feb"
            | "fev"
            | "fevr"
            | "apr"
            | "avr"
            | "juil"
            | "aug"
            | "sept"
            | "sep"
            | "oct"
            | "nov"
            | "dec"
    )
}

fn numeric_date(text: &str, tokens: &[Token], j: usize) -> Option<(u8, u8, i32, usize)> {
    let a = tokens.get(j)?;
    // "07.04.2014": the reader keeps dotted digits in one token
    if let [d, m, y] = text[a.span.clone()].split('.').collect::<Vec<_>>()[..]
        && (1..=2).contains(&d.len())
        && (1..=2).contains(&m.len())
        && y.len() == 4
        && let (Ok(d), Ok(m), Ok(y)) = (d.parse::<u8>(), m.parse::<u8>(), y.parse::<u32>())
        && is_year(y)
        && let Some(date) = Date::new(y as i32, m, d)
    {
        return Some((date.day, date.month, date.year, 1));
    }
    let b = tokens.get(j + 1)?;
    let c = tokens.get(j + 2)?;
    let sep1 = &text[a.span.end..b.span.start];
    let sep2 = &text[b.span.end..c.span.start];
    let (x, y, z) = (number_of(a)?, number_of(b)?, number_of(c)?);
    if sep1 != sep2 || !matches!(sep1, "/" | "-") {
        return None;
    }
    if is_year(x) && sep1 == "-" {
        return Date::new(x as i32, y as u8, z as u8).map(|d| (d.day, d.month, d.year, 3));
    }
    if is_year(z) {
        return Date::new(z as i32, y as u8, x as u8).map(|d| (d.day, d.month, d.year, 3));
    }
    None
}

fn finish(mut fact: DateFact, tokens: &[Token], end: usize) -> Option<DateFact> {
    if end <= fact.tokens.start {
        return None;
    }
    fact.tokens.end = end;
    fact.span = tokens[fact.tokens.start].span.start..tokens[end - 1].span.end;
    Some(fact)
}

/// Give a year to "22 juillet" from the publication date (a past date in a
/// news text: the most recent such day on or before publication, within a
/// few days' tolerance) or from the last year written before it.
fn infer_year(fact: &mut DateFact, ctx: DateContext) {
    if fact.year.is_some() || fact.month.is_none() {
        if fact.year.is_none() && fact.weekday.is_some() && fact.month.is_none() {
            // a weekday alone: the day of that week on or before publication
            if let (Some(pubdate), Some(w)) = (ctx.published, fact.weekday) {
                let back = (i64::from(pubdate.weekday()) - i64::from(w)).rem_euclid(7);
                if let Some(d) = date_from_days(pubdate.days_from_epoch() - back) {
                    fact.day = Some(d.day);
                    fact.month = Some(d.month);
                    fact.year = Some(d.year);
                    fact.year_inferred = true;
                }
            }
        }
        return;
    }
    if let Some(pubdate) = ctx.published {
        let mut year = pubdate.year;
        let month = fact.month.unwrap_or(1);
        let day = fact.day.unwrap_or(1);
        if let Some(candidate) = Date::new(year, month, day)
            && candidate.days_from_epoch() > pubdate.days_from_epoch() + 7
        {
            year -= 1;
        }
        fact.year = Some(year);
        fact.year_inferred = true;
    } else if let Some(y) = ctx.recent_year {
        fact.year = Some(y);
        fact.year_inferred = true;
    }
}

fn date_from_days(days: i64) -> Option<Date> {
    // inverse of days_from_epoch (Howard Hinnant's civil_from_days)
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let y = yoe + era * 400;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = if m <= 2 { y + 1 } else { y };
    Date::new(i32::try_from(y).ok()?, m as u8, d as u8)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::tokenize;

    fn dates(text: &str, published: Option<Date>) -> Vec<DateFact> {
        let tokens = tokenize(text);
        extract_dates(
            text,
            &tokens,
            DateContext {
                published,
                recent_year: None,
            },
        )
    }

    fn one(
        text: &str,
        published: Option<Date>,
    ) -> (Option<u8>, Option<u8>, Option<i32>, Option<u8>) {
        let d = dates(text, published);
        let d = d.first().unwrap_or_else(|| panic!("no date in {text:?}"));
        (d.day, d.month, d.year, d.weekday)
    }

    #[test]
    fn french_and_english_dates() {
        let p = Date::new(2021, 7, 22);
        type DayMonthYearWeekday = (Option<u8>, Option<u8>, Option<i32>, Option<u8>);
        let table: &[(&str, DayMonthYearWeekday)] = &[
            (
                "ce jeudi 22 juillet, au cours",
                (Some(22), Some(7), Some(2021), Some(3)),
            ),
            ("le 22/07/2021", (Some(22), Some(7), Some(2021), None)),
            ("le 07.04.2014", (Some(7), Some(4), Some(2014), None)),
            ("on 20.03.2005", (Some(20), Some(3), Some(2005), None)),
            ("on 22 July 2021", (Some(22), Some(7), Some(2021), None)),
            (
                "on Thursday 22 July 2021",
                (Some(22), Some(7), Some(2021), Some(3)),
            ),
            ("on July 22, 2021", (Some(22), Some(7), Some(2021), None)),
            ("le 1er février 2022", (Some(1), Some(2), Some(2022), None)),
            (
                "diffusé en juin sur France 2",
                (None, Some(6), Some(2021), None),
            ),
            ("in June", (None, Some(6), Some(2021), None)),
            ("depuis 2016", (None, None, Some(2016), None)),
            ("en 2021", (None, None, Some(2021), None)),
            ("mercredi", (Some(21), Some(7), Some(2021), Some(2))),
            ("2021-07-18", (Some(18), Some(7), Some(2021), None)),
            ("on Jan 5, 2021", (Some(5), Some(1), Some(2021), None)),
            ("en Oct. 2020", (None, Some(10), Some(2020), None)),
            ("le 5 Janv. 2021", (Some(5), Some(1), Some(2021), None)),
            // the year of an event a time phrase names
            ("durant la pandémie de 2021", (None, None, Some(2021), None)),
            ("lors des élections de 2017", (None, None, Some(2017), None)),
            ("during the 2008 crisis", (None, None, Some(2008), None)),
        ];
        for (text, expected) in table {
            assert_eq!(one(text, p), *expected, "{text}");
        }
    }

    #[test]
    fn vague_parts_and_years_before_publication() {
        let d = dates(
            "révélé à la mi-juillet par 17 médias",
            Date::new(2021, 7, 28),
        );
        assert_eq!(d[0].part, Some(DatePart::Mid));
        assert_eq!(d[0].month, Some(7));
        // December mentioned in a January article is last year's
        let d = dates("le 28 décembre", Date::new(2022, 1, 5));
        assert_eq!(d[0].year, Some(2021));
        let d = dates("mid-July", None);
        assert_eq!((d[0].part, d[0].month), (Some(DatePart::Mid), Some(7)));
    }

    #[test]
    fn seasons_with_their_year() {
        let table = [
            (
                "Construction is due to start in the spring of 2024.",
                Some((Season::Spring, 2024)),
            ),
            (
                "La construction commencera au printemps 2024.",
                Some((Season::Spring, 2024)),
            ),
            (
                "Les travaux reprendront à l'automne 2023.",
                Some((Season::Autumn, 2023)),
            ),
            (
                "They met in the autumn of 2021.",
                Some((Season::Autumn, 2021)),
            ),
            (
                "L'été 2022 a été le plus chaud.",
                Some((Season::Summer, 2022)),
            ),
            ("Fall 2020 was quiet.", Some((Season::Autumn, 2020))),
            // a season alone is no date; "a été" is a verb; "d'hiver" is
            // a kind of games
            ("Le printemps est arrivé.", None),
            (
                "Les Jeux olympiques d'hiver de 2002 ont eu lieu à Salt Lake City.",
                None,
            ),
            ("Le projet a été 2024 fois refusé.", None),
        ];
        for (text, want) in table {
            let got = dates(text, None)
                .into_iter()
                .find_map(|d| d.season.zip(d.year));
            assert_eq!(got, want, "{text}");
        }
    }

    #[test]
    fn weekday_mismatch_is_flagged() {
        let d = dates("le vendredi 22 juillet 2021", None);
        assert_eq!(d[0].weekday_mismatch(), Some((4, 3)));
        let d = dates("le jeudi 22 juillet 2021", None);
        assert_eq!(d[0].weekday_mismatch(), None);
    }

    #[test]
    fn plain_numbers_are_not_dates() {
        assert!(dates("14 ministres et 35 serveurs", None).is_empty());
        // a year that names a thing, not when something happened
        assert!(dates("la loi de 2019 a été abrogée", None).is_empty());
        assert!(dates("the 2019 law was repealed", None).is_empty());
        assert!(dates("He may come", None).is_empty());
    }

    /// A first name spelled like a month's abbreviation is no date.
    #[test]
    fn names_like_abbreviated_months_are_not_dates() {
        for text in [
            "Jan Palach s'est immolé à Prague.",
            "L'étudiant Jan Palach",
            "Sept jours plus tard",
            "Dec Smith was elected.",
        ] {
            assert!(
                dates(text, None).is_empty(),
                "{text}: {:?}",
                dates(text, None)
            );
        }
    }

    #[test]
    fn an_event_named_a_day_from_a_date_gets_its_own_date() {
        // (text, the derived date as day and month, the event's words)
        type DayMonth = Option<(u8, u8)>;
        let table: &[(&str, DayMonth, &str)] = &[
            (
                "La réunion s'est tenue mardi 8 octobre, la veille du début de la grève, sans aboutir.",
                Some((9, 10)),
                "début de la grève",
            ),
            (
                "The talks were held on Tuesday 8 October, the day before the strike began.",
                Some((9, 10)),
                "the strike began",
            ),
            (
                "Le lendemain du scrutin, le 10 juin, le maire a démissionné.",
                Some((9, 6)),
                "scrutin",
            ),
            (
                // (2024 is a leap year)
                "On 1 March, the day after the vote, the mayor resigned.",
                Some((29, 2)),
                "the vote",
            ),
            // a day counted from the writing names no event
            ("Il a démissionné la veille, le 8 octobre.", None, ""),
            // not beside the date
            (
                "Le 8 octobre, le maire a parlé ; la veille du vote, il s'était tu.",
                None,
                "",
            ),
        ];
        for (text, want, event) in table {
            let tokens = tokenize(text);
            let d = extract_dates(
                text,
                &tokens,
                DateContext {
                    published: Date::new(2024, 10, 10),
                    recent_year: None,
                },
            );
            let counted: Vec<&DateFact> = d.iter().filter(|f| f.event.is_some()).collect();
            match want {
                Some((day, month)) => {
                    assert_eq!(counted.len(), 1, "{text}");
                    assert_eq!(
                        (counted[0].day, counted[0].month),
                        (Some(*day), Some(*month)),
                        "{text}"
                    );
                    let e = counted[0].event.clone().unwrap();
                    let words: Vec<&str> =
                        tokens[e].iter().map(|t| &text[t.span.clone()]).collect();
                    assert_eq!(words.join(" ").replace("' ", "'"), *event, "{text}");
                }
                None => assert!(counted.is_empty(), "{text}: {counted:?}"),
            }
        }
    }
}
