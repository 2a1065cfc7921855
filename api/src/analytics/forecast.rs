//! Where the measurements are heading: a least-squares line read at the target date.

use chrono::NaiveDate;

use super::exceeds;
use super::plan::Direction;

/// How many of the latest measurements the forecast line is fitted through.
///
/// Only the recent past is used so that an early, since-corrected course does not drag the
/// line; six is DESIGN.md's choice (about half a year of monthly figures).
pub const FORECAST_WINDOW: usize = 6;

/// The value the least-squares line through the last (up to) [`FORECAST_WINDOW`] points of
/// `series` reaches on `at` (normally the target date).
///
/// `series` is an effective series in date order (see
/// [`effective_series`](super::measurements::effective_series)), already cut at the "as at"
/// date. x is the day number, so uneven gaps between measurements are respected. `None` with
/// fewer than 2 points, or when all the points share one date (no line can be fitted).
#[must_use]
pub fn forecast(series: &[(NaiveDate, f64)], at: NaiveDate) -> Option<f64> {
    if series.len() < 2 {
        return None;
    }
    let recent = &series[series.len().saturating_sub(FORECAST_WINDOW)..];
    // Days counted from the first point in the window keep the numbers small and exact.
    let origin = recent[0].0;
    let days = |d: NaiveDate| (d - origin).num_days() as f64;
    let n = recent.len() as f64;
    let mean_x = recent.iter().map(|(d, _)| days(*d)).sum::<f64>() / n;
    let mean_y = recent.iter().map(|(_, y)| y).sum::<f64>() / n;
    let (mut sxy, mut sxx) = (0.0, 0.0);
    for (d, y) in recent {
        let dx = days(*d) - mean_x;
        sxy += dx * (y - mean_y);
        sxx += dx * dx;
    }
    if sxx == 0.0 {
        return None;
    }
    Some(mean_y + sxy / sxx * (days(at) - mean_x))
}

/// Whether the forecast reaches the target in the improvement direction: `forecast >= target`
/// for an INCREASE benefit, `forecast <= target` for a DECREASE one (allowing for rounding, so
/// a line that lands exactly on the target is on track). `None` when there is no forecast.
#[must_use]
pub fn on_track_to_target(
    forecast: Option<f64>,
    target: f64,
    direction: Direction,
) -> Option<bool> {
    forecast.map(|f| match direction {
        Direction::Increase => !exceeds(target, f),
        Direction::Decrease => !exceeds(f, target),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analytics::test_support::{close, day};

    type Series = Vec<(NaiveDate, f64)>;

    #[test]
    fn forecast_cases() {
        let cases: [(&str, Series, NaiveDate, Option<f64>); 7] = [
            ("no points", vec![], day(30), None),
            ("one point", vec![(day(0), 10.0)], day(30), None),
            // slope (20 - 10) / 10 = 1 a day; at day 20: 20 + 10
            (
                "two points",
                vec![(day(0), 10.0), (day(10), 20.0)],
                day(20),
                Some(30.0),
            ),
            (
                "two points on one date",
                vec![(day(5), 1.0), (day(5), 3.0)],
                day(20),
                None,
            ),
            // x̄ = 1, ȳ = 1, Sxy = (-1)(-1) + 0 + (1)(0) = 1, Sxx = 2: slope 0.5;
            // at day 4: 1 + 0.5 * (4 - 1) = 2.5
            (
                "three noisy points",
                vec![(day(0), 0.0), (day(1), 2.0), (day(2), 1.0)],
                day(4),
                Some(2.5),
            ),
            // y = 2x + 1 exactly; at day 10: 21
            (
                "six points on a line",
                (0..6).map(|x| (day(x), 2.0 * x as f64 + 1.0)).collect(),
                day(10),
                Some(21.0),
            ),
            // The first two are wild; the last six lie on y = x, so only they count: at day
            // 20 the forecast is 20.
            (
                "eight points: only the last six are used",
                [(day(0), 1000.0), (day(1), -1000.0)]
                    .into_iter()
                    .chain((2..8).map(|x| (day(x), x as f64)))
                    .collect(),
                day(20),
                Some(20.0),
            ),
        ];
        for (name, series, at, expected) in cases {
            let got = forecast(&series, at);
            match (got, expected) {
                (Some(g), Some(e)) => assert!(close(g, e), "{name}: got {g}, expected {e}"),
                _ => assert_eq!(got, expected, "{name}"),
            }
        }
    }

    #[test]
    fn on_track_cases() {
        let cases = [
            (
                "increase, reaches the target exactly",
                Some(30.0),
                30.0,
                Direction::Increase,
                Some(true),
            ),
            (
                "increase, beyond the target",
                Some(31.0),
                30.0,
                Direction::Increase,
                Some(true),
            ),
            (
                "increase, short of the target",
                Some(29.0),
                30.0,
                Direction::Increase,
                Some(false),
            ),
            (
                "decrease, reaches the target exactly",
                Some(20.0),
                20.0,
                Direction::Decrease,
                Some(true),
            ),
            (
                "decrease, below the target",
                Some(15.0),
                20.0,
                Direction::Decrease,
                Some(true),
            ),
            (
                "decrease, short of the target",
                Some(21.0),
                20.0,
                Direction::Decrease,
                Some(false),
            ),
            // 0.1 + 0.2 is 0.30000000000000004: rounding noise, still on track.
            (
                "decrease, rounding noise",
                Some(0.1 + 0.2),
                0.3,
                Direction::Decrease,
                Some(true),
            ),
            ("no forecast", None, 20.0, Direction::Increase, None),
        ];
        for (name, f, target, direction, expected) in cases {
            assert_eq!(on_track_to_target(f, target, direction), expected, "{name}");
        }
    }
}
