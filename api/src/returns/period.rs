//! The period a return reports on: a calendar month, written `YYYY-MM`. A value belongs to the
//! month its date falls in; a month can be reported on once it has begun, and a value in it is
//! dated by default on its last day, or today while the month is still running.

use std::fmt;

use chrono::{Datelike, Months, NaiveDate};

/// A calendar month.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Period {
    first: NaiveDate,
}

impl Period {
    /// The month `text` names as `YYYY-MM`.
    pub fn parse(text: &str) -> Result<Self, String> {
        let text = text.trim();
        let bad = || format!("{text:?} is not a month: write it as YYYY-MM, e.g. 2026-11");
        let (year, month) = text.split_once('-').ok_or_else(bad)?;
        if year.len() != 4 || month.len() != 2 {
            return Err(bad());
        }
        let year: i32 = year.parse().map_err(|_| bad())?;
        let month: u32 = month.parse().map_err(|_| bad())?;
        let first = NaiveDate::from_ymd_opt(year, month, 1).ok_or_else(bad)?;
        Ok(Self { first })
    }

    /// The month `day` falls in.
    pub fn of(day: NaiveDate) -> Self {
        Self {
            first: day.with_day(1).unwrap_or(day),
        }
    }

    /// Its first day.
    pub fn first_day(self) -> NaiveDate {
        self.first
    }

    /// Its last day.
    pub fn last_day(self) -> NaiveDate {
        self.first
            .checked_add_months(Months::new(1))
            .and_then(|next| next.pred_opt())
            .unwrap_or(self.first)
    }

    /// Whether `day` falls in it.
    pub fn contains(self, day: NaiveDate) -> bool {
        self.first <= day && day <= self.last_day()
    }

    /// The date a value is given when the return does not say: the month's last day, or
    /// `today` while the month runs.
    pub fn default_date(self, today: NaiveDate) -> NaiveDate {
        self.last_day().min(today)
    }

    /// Whether it can be reported on by `today`: it has begun.
    pub fn begun(self, today: NaiveDate) -> bool {
        self.first <= today
    }

    /// The month for people, e.g. "November 2026".
    pub fn label(self) -> String {
        self.first.format("%B %Y").to_string()
    }
}

impl fmt::Display for Period {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}", self.first.year(), self.first.month())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap_or_default()
    }

    #[test]
    fn months_are_read_as_yyyy_mm_only() {
        for (text, expected) in [
            ("2026-11", Some(day(2026, 11, 1))),
            (" 2024-02 ", Some(day(2024, 2, 1))),
            ("2026-13", None),
            ("2026-1", None),
            ("26-11", None),
            ("2026/11", None),
            ("November", None),
            ("2026-11-30", None),
            ("", None),
        ] {
            assert_eq!(
                Period::parse(text).ok().map(Period::first_day),
                expected,
                "{text:?}"
            );
        }
    }

    #[test]
    fn a_month_runs_from_its_first_to_its_last_day() {
        for (month, last) in [
            ("2026-11", day(2026, 11, 30)),
            ("2024-02", day(2024, 2, 29)),
            ("2023-02", day(2023, 2, 28)),
            ("2026-12", day(2026, 12, 31)),
        ] {
            let p = Period::parse(month).unwrap_or(Period::of(day(2000, 1, 1)));
            assert_eq!(p.last_day(), last, "{month}");
            assert!(p.contains(p.first_day()) && p.contains(last), "{month}");
            assert!(!p.contains(last.succ_opt().unwrap_or(last)), "{month}");
            assert!(
                !p.contains(p.first_day().pred_opt().unwrap_or(last)),
                "{month}"
            );
            assert_eq!(p.to_string(), month);
            assert_eq!(Period::of(last), p);
        }
    }

    #[test]
    fn a_running_month_is_dated_today_and_a_future_one_is_not_begun() {
        let november = Period::of(day(2026, 11, 1));
        assert_eq!(november.default_date(day(2026, 11, 12)), day(2026, 11, 12));
        assert_eq!(november.default_date(day(2027, 1, 5)), day(2026, 11, 30));
        assert!(november.begun(day(2026, 11, 1)));
        assert!(!november.begun(day(2026, 10, 31)));
        assert_eq!(november.label(), "November 2026");
    }
}
