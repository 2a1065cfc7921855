//! SPC of a running total (a CUMULATIVE measure, such as cash released to date). The XmR
//! method assumes values that vary about a level; a running total only ever climbs, so its
//! limits would describe the climb, and every point would look special. "Making Data Count"
//! charts the change from one value to the next instead: the value of each period.

use chrono::NaiveDate;

use crate::analytics::Plan;

/// The per-period values of a running total: each value less the one before (in date order),
/// dated at the later one. One value fewer than the series; none for a single value.
#[must_use]
pub fn per_period(series: &[(NaiveDate, f64)]) -> Vec<(NaiveDate, f64)> {
    let mut series = series.to_vec();
    series.sort_by_key(|(on, _)| *on);
    series
        .windows(2)
        .map(|pair| (pair[1].0, pair[1].1 - pair[0].1))
        .collect()
}

/// The target per period that matches the plan: the plan's change over the same dates as the
/// series, spread evenly over its periods. `None` for fewer than two values.
#[must_use]
pub fn planned_per_period(series: &[(NaiveDate, f64)], plan: &Plan) -> Option<f64> {
    let first = series.iter().map(|(on, _)| *on).min()?;
    let last = series.iter().map(|(on, _)| *on).max()?;
    let periods = series.len().checked_sub(1).filter(|n| *n > 0)?;
    Some((plan.planned_value_at(last) - plan.planned_value_at(first)) / periods as f64)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(month: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2024, month, 28).expect("a day of 2024")
    }

    type Series = Vec<(NaiveDate, f64)>;

    #[test]
    fn per_period_values_are_the_differences_in_date_order() {
        // (series as recorded, per-period values expected)
        let cases: [(Series, Series); 4] = [
            (vec![], vec![]),
            (vec![(day(1), 10.0)], vec![]),
            (
                vec![
                    (day(1), 10.0),
                    (day(2), 25.0),
                    (day(3), 25.0),
                    (day(4), 40.5),
                ],
                vec![(day(2), 15.0), (day(3), 0.0), (day(4), 15.5)],
            ),
            // Out of order as recorded; a correction downwards gives a negative period.
            (
                vec![(day(3), 30.0), (day(1), 10.0), (day(2), 35.0)],
                vec![(day(2), 25.0), (day(3), -5.0)],
            ),
        ];
        for (series, expected) in cases {
            assert_eq!(per_period(&series), expected, "{series:?}");
        }
    }

    #[test]
    fn the_target_per_period_spreads_the_plans_change_over_the_periods() {
        // A straight plan from 0 on 2024-01-28 to 120 on 2025-01-28: 366 days.
        let plan = Plan {
            baseline: 0.0,
            baseline_on: day(1),
            target: 120.0,
            target_on: NaiveDate::from_ymd_opt(2025, 1, 28).expect("a day"),
            trajectory: vec![],
        };
        let planned = |d: NaiveDate| 120.0 * (d - day(1)).num_days() as f64 / 366.0;
        // (series dates, target per period expected)
        let cases = [
            (vec![day(1)], None),
            (vec![day(1), day(4)], Some(planned(day(4)))),
            // Three periods between the first and the last value.
            (
                vec![day(2), day(3), day(4), day(5)],
                Some((planned(day(5)) - planned(day(2))) / 3.0),
            ),
        ];
        for (dates, expected) in cases {
            let series: Vec<(NaiveDate, f64)> = dates.iter().map(|d| (*d, 1.0)).collect();
            let got = planned_per_period(&series, &plan);
            match (got, expected) {
                (Some(g), Some(e)) => assert!((g - e).abs() < 1e-9, "{dates:?}: {g} vs {e}"),
                (g, e) => assert_eq!(g, e, "{dates:?}"),
            }
        }
    }
}
