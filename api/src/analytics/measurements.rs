//! The effective measurement series of a commitment, once corrections are applied.
//!
//! Nothing is ever overwritten: a correction is a new value that `supersedes` the one it
//! replaces. The effective series is what remains when every superseded value is dropped.

use std::collections::HashSet;

use chrono::NaiveDate;

/// One recorded measurement, as stored (corrections included).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct MeasuredValue {
    /// The measurement's key; ids grow with recording order.
    pub id: i64,
    /// The date the value describes.
    pub measured_on: NaiveDate,
    /// The measured value of the benefit's measure.
    pub value: f64,
    /// The id of the value this one corrects, if it is a correction.
    pub supersedes: Option<i64>,
}

/// The effective series: `(measured_on, value)` in date order.
///
/// Every value that another value supersedes is dropped, so a chain of corrections (A
/// superseded by B superseded by C) leaves only its last link (C). Values on the same date are
/// ordered by id, so the later-recorded one comes last. With `on_or_before`, only values
/// measured on or before that date are kept.
///
/// Corrections are applied before the date filter, and regardless of their own date: a
/// correction states what the true figure is, so the value it replaces is never reported again,
/// even as at a date before the correction's `measured_on`.
#[must_use]
pub fn effective_series(
    values: &[MeasuredValue],
    on_or_before: Option<NaiveDate>,
) -> Vec<(NaiveDate, f64)> {
    let superseded: HashSet<i64> = values.iter().filter_map(|v| v.supersedes).collect();
    let mut kept: Vec<&MeasuredValue> = values
        .iter()
        .filter(|v| !superseded.contains(&v.id))
        .filter(|v| on_or_before.is_none_or(|d| v.measured_on <= d))
        .collect();
    kept.sort_by_key(|v| (v.measured_on, v.id));
    kept.iter().map(|v| (v.measured_on, v.value)).collect()
}

/// The latest effective value measured on or before `d` (the actual `a` of DESIGN.md).
///
/// Of two values on the same date, the one with the higher id (recorded later) wins.
#[must_use]
pub fn latest_on_or_before(values: &[MeasuredValue], d: NaiveDate) -> Option<(NaiveDate, f64)> {
    effective_series(values, Some(d)).last().copied()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analytics::test_support::date;

    fn value(id: i64, on: NaiveDate, value: f64, supersedes: Option<i64>) -> MeasuredValue {
        MeasuredValue {
            id,
            measured_on: on,
            value,
            supersedes,
        }
    }

    type Series = Vec<(NaiveDate, f64)>;

    #[test]
    fn effective_series_cases() {
        let jan = date(2024, 1, 31);
        let feb = date(2024, 2, 29);
        let mar = date(2024, 3, 31);
        let cases: [(&str, Vec<MeasuredValue>, Option<NaiveDate>, Series); 7] = [
            ("no values", vec![], None, vec![]),
            (
                "one value",
                vec![value(1, jan, 5.0, None)],
                None,
                vec![(jan, 5.0)],
            ),
            (
                "sorted by date whatever the input order",
                vec![value(1, mar, 3.0, None), value(2, jan, 1.0, None)],
                None,
                vec![(jan, 1.0), (mar, 3.0)],
            ),
            (
                "a correction replaces the value it supersedes",
                vec![value(1, jan, 10.0, None), value(2, jan, 12.0, Some(1))],
                None,
                vec![(jan, 12.0)],
            ),
            (
                "a chain keeps only its last link",
                vec![
                    value(1, feb, 10.0, None),
                    value(2, feb, 11.0, Some(1)),
                    value(3, feb, 12.0, Some(2)),
                    value(4, jan, 9.0, None),
                ],
                None,
                vec![(jan, 9.0), (feb, 12.0)],
            ),
            (
                "same date without correction: both kept, higher id last",
                vec![value(7, jan, 2.0, None), value(3, jan, 1.0, None)],
                None,
                vec![(jan, 1.0), (jan, 2.0)],
            ),
            (
                "only values on or before the date",
                vec![
                    value(1, jan, 1.0, None),
                    value(2, feb, 2.0, None),
                    value(3, mar, 3.0, None),
                ],
                Some(feb),
                vec![(jan, 1.0), (feb, 2.0)],
            ),
        ];
        for (name, values, on_or_before, expected) in cases {
            assert_eq!(effective_series(&values, on_or_before), expected, "{name}");
        }
    }

    #[test]
    fn latest_on_or_before_cases() {
        let jan = date(2024, 1, 31);
        let feb = date(2024, 2, 29);
        let values = [
            value(1, jan, 10.0, None),
            value(2, feb, 20.0, None),
            // Recorded later, dated January: corrects value 1.
            value(3, jan, 11.0, Some(1)),
            value(4, feb, 21.0, None),
        ];
        let cases = [
            ("before any measurement", date(2023, 12, 31), None),
            ("the correction, not the original", jan, Some((jan, 11.0))),
            ("between measurements", date(2024, 2, 15), Some((jan, 11.0))),
            ("same-date tie: higher id wins", feb, Some((feb, 21.0))),
        ];
        for (name, d, expected) in cases {
            assert_eq!(latest_on_or_before(&values, d), expected, "{name}");
        }
    }
}
