//! Progress of one commitment against its plan, as at a date: the figures and the RAG.

use chrono::NaiveDate;

use super::exceeds;
use super::forecast::{forecast, on_track_to_target};
use super::measurements::{MeasuredValue, effective_series};
use super::plan::{Direction, Plan};

/// The RAG status of a commitment against its plan.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Rag {
    /// No effective measurement on or before the date.
    NotMeasured,
    /// The target has been reached (progress >= 1).
    Blue,
    /// Behind plan by no more than the tolerance (or ahead of it).
    Green,
    /// Behind plan by more than the tolerance but no more than twice it.
    Amber,
    /// Behind plan by more than twice the tolerance.
    Red,
}

/// The derived figures of one commitment as at a date.
#[derive(Debug, Clone, PartialEq)]
pub struct Progress {
    /// The latest effective measurement on or before the date (`a`).
    pub actual: Option<f64>,
    /// The planned value on the date (`planned(d)`).
    pub planned: f64,
    /// `(a - b) / (t - b)`: the share of the committed change achieved.
    pub progress: Option<f64>,
    /// `(planned(d) - b) / (t - b)`: the share of the change planned by the date.
    pub planned_progress: f64,
    /// `progress - planned_progress`: negative when behind plan.
    pub variance: Option<f64>,
    /// The RAG status.
    pub rag: Rag,
    /// The least-squares forecast of the value at the target date.
    pub forecast: Option<f64>,
    /// Whether the forecast reaches the target in the improvement direction.
    pub on_track_to_target: Option<bool>,
}

/// Assesses one commitment as at `as_at`.
///
/// `tolerance` is the commitment's fraction (0.10 by default). Dividing by `t - b` makes the
/// figures direction-free: for a DECREASE benefit (`t < b`) a fall is positive progress.
/// `t = b` is rejected when a commitment is made; were it to reach here, the fractions would
/// be non-finite and the RAG would be RED or NOT_MEASURED, never a false GREEN.
///
/// Boundaries allow for rounding (see the [notes on the analytics module](super)): a shortfall
/// of exactly the tolerance is GREEN and of exactly twice it AMBER even when binary arithmetic
/// lands a hair beyond, and a progress of exactly 1 is BLUE.
#[must_use]
pub fn assess(
    plan: &Plan,
    direction: Direction,
    tolerance: f64,
    values: &[MeasuredValue],
    as_at: NaiveDate,
) -> Progress {
    let series = effective_series(values, Some(as_at));
    let span = plan.target - plan.baseline;
    let planned = plan.planned_value_at(as_at);
    let planned_progress = (planned - plan.baseline) / span;
    let actual = series.last().map(|(_, value)| *value);
    let progress = actual.map(|a| (a - plan.baseline) / span);
    let forecast = forecast(&series, plan.target_on);
    Progress {
        actual,
        planned,
        progress,
        planned_progress,
        variance: progress.map(|p| p - planned_progress),
        rag: rag(progress, planned_progress, tolerance),
        forecast,
        on_track_to_target: on_track_to_target(forecast, plan.target, direction),
    }
}

/// The RAG rule of DESIGN.md, with the rounding allowance described on [`assess`].
fn rag(progress: Option<f64>, planned_progress: f64, tolerance: f64) -> Rag {
    let Some(progress) = progress else {
        return Rag::NotMeasured;
    };
    let shortfall = planned_progress - progress;
    if !exceeds(1.0, progress) {
        Rag::Blue
    } else if !exceeds(shortfall, tolerance) {
        Rag::Green
    } else if !exceeds(shortfall, 2.0 * tolerance) {
        Rag::Amber
    } else {
        Rag::Red
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analytics::test_support::{close, date, day};

    /// 0 on day 0 rising to 10 on day 10 with no trajectory: planned(day n) = n.
    fn plan(baseline: f64, target: f64) -> Plan {
        Plan {
            baseline,
            baseline_on: day(0),
            target,
            target_on: day(10),
            trajectory: vec![],
        }
    }

    fn measured(points: &[(u64, f64)]) -> Vec<MeasuredValue> {
        (1..)
            .zip(points)
            .map(|(id, (n, value))| MeasuredValue {
                id,
                measured_on: day(*n),
                value: *value,
                supersedes: None,
            })
            .collect()
    }

    #[test]
    fn no_measurement_gives_planned_figures_only() {
        let got = assess(&plan(0.0, 10.0), Direction::Increase, 0.1, &[], day(4));
        // planned(day 4) = 4; planned progress 4 / 10
        let expected = Progress {
            actual: None,
            planned: 4.0,
            progress: None,
            planned_progress: 0.4,
            variance: None,
            rag: Rag::NotMeasured,
            forecast: None,
            on_track_to_target: None,
        };
        assert_eq!(got, expected);
    }

    #[test]
    fn measurements_after_the_date_are_not_yet_known() {
        let got = assess(
            &plan(0.0, 10.0),
            Direction::Increase,
            0.1,
            &measured(&[(6, 9.0)]),
            day(4),
        );
        assert_eq!((got.actual, got.rag), (None, Rag::NotMeasured));
    }

    #[test]
    fn one_measurement_has_progress_but_no_forecast() {
        let got = assess(
            &plan(0.0, 10.0),
            Direction::Increase,
            0.1,
            &measured(&[(4, 3.0)]),
            day(5),
        );
        // progress 3/10 = 0.3; planned 5/10 = 0.5; variance -0.2 (shortfall 0.2 = 2 x tolerance)
        assert_eq!(got.actual, Some(3.0));
        assert_eq!(got.progress, Some(0.3));
        assert_eq!(got.planned_progress, 0.5);
        assert!(got.variance.is_some_and(|v| close(v, -0.2)));
        assert_eq!(got.rag, Rag::Amber);
        assert_eq!((got.forecast, got.on_track_to_target), (None, None));
    }

    #[test]
    fn two_measurements_give_a_forecast() {
        let values = measured(&[(2, 1.0), (4, 3.0)]);
        let got = assess(&plan(0.0, 10.0), Direction::Increase, 0.1, &values, day(5));
        // slope (3 - 1) / 2 = 1 a day; at day 10: 3 + 1 * 6 = 9, short of 10
        assert!(got.forecast.is_some_and(|f| close(f, 9.0)));
        assert_eq!(got.on_track_to_target, Some(false));
    }

    #[test]
    fn decrease_benefit_progress_and_forecast() {
        // Baseline 50 falling to 20 by day 10: planned(day 5) = 35, planned progress 0.5.
        let values = measured(&[(3, 44.0), (5, 35.0)]);
        let got = assess(&plan(50.0, 20.0), Direction::Decrease, 0.1, &values, day(5));
        // progress (35 - 50) / (20 - 50) = 0.5; on plan
        assert_eq!(got.progress, Some(0.5));
        assert_eq!(got.planned_progress, 0.5);
        assert_eq!(got.variance, Some(0.0));
        assert_eq!(got.rag, Rag::Green);
        // slope (35 - 44) / 2 = -4.5 a day; at day 10: 35 - 4.5 * 5 = 12.5 <= 20
        assert!(got.forecast.is_some_and(|f| close(f, 12.5)));
        assert_eq!(got.on_track_to_target, Some(true));
    }

    #[test]
    fn a_correction_replaces_the_value_it_supersedes() {
        let mut values = measured(&[(5, 1.0)]);
        values.push(MeasuredValue {
            id: 9,
            measured_on: day(5),
            value: 5.0,
            supersedes: Some(1),
        });
        let got = assess(
            &plan(0.0, 10.0),
            Direction::Increase,
            0.1,
            &values,
            date(2024, 1, 6),
        );
        assert_eq!((got.actual, got.rag), (Some(5.0), Rag::Green));
    }

    #[test]
    fn rag_at_each_boundary() {
        // As at day 8: planned 8, planned progress 0.8; tolerance 0.1.
        let cases = [
            ("progress exactly 1", 10.0, Rag::Blue),
            ("beyond the target", 12.0, Rag::Blue),
            ("ahead of plan", 9.0, Rag::Green),
            // 0.8 - 0.7 = 0.10000000000000009 in binary: exactly the tolerance
            ("short by exactly the tolerance", 7.0, Rag::Green),
            ("just over the tolerance", 6.9, Rag::Amber),
            // 0.8 - 0.6 = 0.20000000000000007 in binary: exactly 2 x tolerance
            ("short by exactly twice the tolerance", 6.0, Rag::Amber),
            ("just over twice the tolerance", 5.9, Rag::Red),
        ];
        for (name, actual, expected) in cases {
            let values = measured(&[(8, actual)]);
            let got = assess(&plan(0.0, 10.0), Direction::Increase, 0.1, &values, day(8));
            assert_eq!(got.rag, expected, "{name}");
        }
    }

    #[test]
    fn rag_for_a_decrease_benefit() {
        // 50 -> 20 by day 10; as at day 5 planned progress is 0.5.
        let cases = [
            ("target reached", 20.0, Rag::Blue),
            // (38 - 50) / -30 = 0.4: short by 0.1
            ("short by the tolerance", 38.0, Rag::Green),
            // (41 - 50) / -30 = 0.3: short by 0.2
            ("short by twice the tolerance", 41.0, Rag::Amber),
            // (50 - 50) / -30 = 0: short by 0.5
            ("no change", 50.0, Rag::Red),
            // (55 - 50) / -30 = -1/6: got worse
            ("moved the wrong way", 55.0, Rag::Red),
        ];
        for (name, actual, expected) in cases {
            let values = measured(&[(5, actual)]);
            let got = assess(&plan(50.0, 20.0), Direction::Decrease, 0.1, &values, day(5));
            assert_eq!(got.rag, expected, "{name}");
        }
    }
}
