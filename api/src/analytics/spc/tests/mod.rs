//! Table tests of [`analyse`](super::analyse) over hand-built series.
//!
//! Each series is built so that exactly the rule under test can fire: the arithmetic that
//! shows the others cannot is in the comment above it.

use chrono::NaiveDate;

use super::*;
use crate::analytics::test_support::day;

/// Values on consecutive days from day 0.
fn series(values: &[f64]) -> Vec<(NaiveDate, f64)> {
    (0..).zip(values).map(|(n, v)| (day(n), *v)).collect()
}

fn run(values: &[f64], direction: Direction) -> SpcAnalysis {
    analyse(&series(values), direction, None).expect("a non-empty series")
}

fn flags(analysis: &SpcAnalysis, rule: fn(&SpcPoint) -> bool) -> Vec<bool> {
    analysis.points.iter().map(rule).collect()
}

/// 7 above then 7 below, alternating by 1: mean 140/14 = 10, all 13 moving ranges 1 so
/// mr = 1, limits 10 ± 2.66, close beyond 10 ± 1.7733 (11.5 and 8.5 are not); no trend.
const SHIFT_OF_7: [f64; 14] = [
    10.5, 11.5, 10.5, 11.5, 10.5, 11.5, 10.5, 9.5, 8.5, 9.5, 8.5, 9.5, 8.5, 9.5,
];
/// 6 above then 6 below: mean 120/12 = 10, mr (5 + 3 + 5) / 11 = 13/11, close beyond
/// 10 ± 2.0958: nothing special.
const SHIFT_OF_6: [f64; 12] = [
    10.5, 11.5, 10.5, 11.5, 10.5, 11.5, 8.5, 9.5, 8.5, 9.5, 8.5, 9.5,
];
/// 8 above and 8 below, each split 4 + 3 by a point on the mean: mean 160/16 = 10,
/// mr (8 + 2 + 8) / 15 = 1.2, close beyond 10 ± 2.128.
const BROKEN_BY_MEAN: [f64; 16] = [
    10.5, 11.5, 10.5, 11.5, 10.0, 11.5, 10.5, 11.5, 9.5, 8.5, 9.5, 8.5, 10.0, 8.5, 9.5, 8.5,
];
/// The same with the two mean points moved off it (10.5 and 9.5): mean 160/16 = 10.
const NOT_BROKEN: [f64; 16] = [
    10.5, 11.5, 10.5, 11.5, 10.5, 11.5, 10.5, 11.5, 9.5, 8.5, 9.5, 8.5, 9.5, 8.5, 9.5, 8.5,
];
/// 7 rising points (indices 1..=7, 6 rises) through the mean: mean 90/9 = 10 (index 4 is on
/// it), mr (6 + 6 × 1 + 6) / 8 = 2.25, limits 10 ± 5.985, close beyond 10 ± 3.99 (7 and 13
/// are not); sides B B B O A A A: no shift.
const RISING_7: [f64; 9] = [13.0, 7.0, 8.0, 9.0, 10.0, 11.0, 12.0, 13.0, 7.0];
/// 6 rising points (indices 1..=6): mean 80/8 = 10, mr 16/7, close beyond 10 ± 4.05.
const RISING_6: [f64; 8] = [12.0, 7.0, 8.0, 9.0, 11.0, 12.0, 13.0, 8.0];
/// RISING_7 mirrored about 10: 7 falling points, index 4 on the mean.
const FALLING_7: [f64; 9] = [7.0, 13.0, 12.0, 11.0, 10.0, 9.0, 8.0, 7.0, 13.0];
/// 4 and 16 alternating, then 62: mean 182/13 = 14, mr (11 × 12 + 46) / 12 = 178/12,
/// limits 14 ± 39.4567 = [-25.4567, 53.4567]; only 62 is outside.
const OUTSIDE_ABOVE: [f64; 13] = [4., 16., 4., 16., 4., 16., 4., 16., 4., 16., 4., 16., 62.];
/// OUTSIDE_ABOVE mirrored about 14 (28 - x): only -34 is outside, below.
const OUTSIDE_BELOW: [f64; 13] = [
    24., 12., 24., 12., 24., 12., 24., 12., 24., 12., 24., 12., -34.,
];
/// 9/11 alternating with 11, 15, 15 at indices 9..=11: mean 170/16 = 10.625,
/// mr (9 × 2 + 4 + 0 + 6 + 3 × 2) / 15 = 34/15, close beyond 10.625 + 4.0196 = 14.6446,
/// upper limit 16.654: both 15s are close, in a window (11, 15, 15) all above the mean.
const TWO_OF_THREE: [f64; 16] = [
    9., 11., 9., 11., 9., 11., 9., 11., 9., 11., 15., 15., 9., 11., 9., 11.,
];
/// As TWO_OF_THREE but 9 before the 15s: mean 168/16 = 10.5, mr 34/15, close beyond
/// 14.5196: both 15s are close but every window holding both also holds a 9 below the mean.
const STRADDLING: [f64; 16] = [
    9., 11., 9., 11., 9., 11., 9., 11., 9., 9., 15., 15., 9., 11., 9., 11.,
];
/// As TWO_OF_THREE but 11, 15, 13: mean 168/16 = 10.5, mr (18 + 4 + 2 + 4 + 6) / 15 = 34/15,
/// close beyond 14.5196: only the 15 is close.
const ONLY_ONE_CLOSE: [f64; 16] = [
    9., 11., 9., 11., 9., 11., 9., 11., 9., 11., 15., 13., 9., 11., 9., 11.,
];

mod classification;
mod rules;
