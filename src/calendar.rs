//! Calendar dates, shared by the manifest (publication dates) and the date
//! facts. Proleptic Gregorian; no time zones (news dates are local days).

use serde::Serialize;
use std::fmt;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Date {
    pub year: i32,
    pub month: u8,
    pub day: u8,
}

/// Monday = 0 ... Sunday = 6.
pub type Weekday = u8;

pub const MONTH_NAMES_EN: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

pub const WEEKDAY_NAMES_EN: [&str; 7] = [
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];

// Validity, day counts and weekdays are jiff's (tools/libcompare: the
// hand-written arithmetic this replaced agreed on all 304,296 year/month/day
// triples of 1583-2400, and jiff also reads an ISO date with its time, as
// HTML metadata writes it).
impl Date {
    pub fn new(year: i32, month: u8, day: u8) -> Option<Date> {
        let civil = jiff::civil::Date::new(
            i16::try_from(year).ok()?,
            i8::try_from(month).ok()?,
            i8::try_from(day).ok()?,
        )
        .ok()?;
        Some(Date::from_civil(civil))
    }

    fn from_civil(d: jiff::civil::Date) -> Date {
        // jiff's months are 1-12 and days 1-31
        Date {
            year: i32::from(d.year()),
            month: d.month().unsigned_abs(),
            day: d.day().unsigned_abs(),
        }
    }

    fn civil(self) -> jiff::civil::Date {
        // a Date is only made by `new`, from a valid civil date
        jiff::civil::Date::new(self.year as i16, self.month as i8, self.day as i8)
            .unwrap_or_default()
    }

    /// Parse `YYYY-MM-DD`, alone or followed by a time
    /// (`2021-07-22T10:00:00+02:00`); a month or day written with one digit
    /// (`2021-7-22`) is read too.
    pub fn parse_iso(text: &str) -> Option<Date> {
        let text = text.trim();
        if let Ok(d) = text.parse::<jiff::civil::Date>() {
            return Some(Date::from_civil(d));
        }
        let mut parts = text.splitn(3, '-');
        let year = parts.next()?.parse().ok()?;
        let month = parts.next()?.parse().ok()?;
        let day = parts.next()?.parse().ok()?;
        Date::new(year, month, day)
    }

    /// Days since 1970-01-01 (negative before).
    pub fn days_from_epoch(self) -> i64 {
        let epoch = jiff::civil::date(1970, 1, 1);
        // both dates in jiff's range: the span in days always exists
        self.civil()
            .since(epoch)
            .map_or(0, |span| i64::from(span.get_days()))
    }

    pub fn weekday(self) -> Weekday {
        self.civil()
            .weekday()
            .to_monday_zero_offset()
            .unsigned_abs()
    }
}

/// Dates are written as ISO 8601 (YYYY-MM-DD) in reports.
impl Serialize for Date {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

pub fn days_in_month(year: i32, month: u8) -> u8 {
    i16::try_from(year)
        .ok()
        .and_then(|y| jiff::civil::Date::new(y, i8::try_from(month).ok()?, 1).ok())
        .map_or(0, |d| d.days_in_month().unsigned_abs())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn weekdays_and_validation() {
        assert_eq!(Date::new(2021, 7, 22).unwrap().weekday(), 3); // Thursday
        assert_eq!(Date::new(2021, 7, 28).unwrap().weekday(), 2); // Wednesday
        assert_eq!(Date::new(2000, 2, 29).unwrap().weekday(), 1); // Tuesday
        assert!(Date::new(2021, 2, 29).is_none());
        assert!(Date::new(2021, 13, 1).is_none());
        assert_eq!(Date::parse_iso("2021-07-18"), Date::new(2021, 7, 18));
        assert_eq!(Date::parse_iso("2021-7-x"), None);
        assert_eq!(Date::parse_iso("2021-7-18"), Date::new(2021, 7, 18));
        assert_eq!(
            Date::parse_iso("2021-07-18T10:00:00+02:00"),
            Date::new(2021, 7, 18)
        );
        assert_eq!(Date::parse_iso("2021-02-29T10:00"), None);
        assert_eq!(Date::new(1970, 1, 1).unwrap().days_from_epoch(), 0);
        assert_eq!(Date::new(1969, 12, 31).unwrap().days_from_epoch(), -1);
        assert_eq!(Date::new(2021, 7, 22).unwrap().days_from_epoch(), 18830);
        assert_eq!(days_in_month(2024, 2), 29);
        assert_eq!(days_in_month(2023, 2), 28);
        assert_eq!(days_in_month(2023, 13), 0);
    }
}
