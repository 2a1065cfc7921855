//! Statistical process control: the NHS "Making Data Count" XmR analysis of a series.
//!
//! The rules are those of the NHS-R community's NHSRplotthedots package (`ptd_spc_standard`,
//! `ptd_calculate_point_type`, `ptd_calculate_assurance_type`), except where DESIGN.md is
//! explicit, which wins:
//!
//! - mean `m`, moving ranges `|x_i - x_(i-1)|` and their mean `mr` (0 for a single point);
//!   process limits `m ± 2.66 mr`; "close to the limits" is beyond `m ± (2/3)(2.66 mr)` but not
//!   outside the limits. Unlike the package's default (`screen_outliers = TRUE`, which drops
//!   moving ranges of 3.267 `mr` or more and recomputes `mr`), nothing is screened, and there is
//!   no rebasing or fixing of limits: DESIGN.md defines `mr` as the plain mean.
//! - **Outside the limits**: strictly above the upper or below the lower limit.
//! - **Shift**: 7 or more consecutive points on the same side of the mean; a point exactly on
//!   the mean is on neither side and breaks the run. Every point of the run is flagged.
//! - **Trend**: 7 or more consecutive *points* each strictly higher (or each strictly lower)
//!   than the one before, i.e. **7 points making 6 rises**, as `ptd_seven_point_trend` does
//!   (it takes the signs of the 6 differences within a window of 7 points). An equal value
//!   breaks a trend. Every point of the run is flagged, the first one included.
//! - **Two in three**: a window of 3 consecutive points all on the same side of the mean (none
//!   on it) of which at least 2 are close to the limits. Only the close points of the window
//!   are flagged, as in `ptd_part_of_two_in_three`; a point outside the limits is not "close",
//!   so it does not count towards the 2 (it is special cause in its own right).
//!
//! A special-cause point above the mean is an improvement for an INCREASE benefit and a
//! concern for a DECREASE one, and the reverse below (DESIGN.md, which wins here: current
//! NHSRplotthedots reads *every* trend point by the trend's slope, so the early, below-mean
//! points of a rising trend are an improvement there and a concern here). The only
//! special-cause point that can sit exactly on the mean is a trend point (the other rules need
//! a side); it takes the slope of its trend, as current NHSRplotthedots does ("7 Point Trend
//! (Increasing)"): on a rising trend it is an improvement for INCREASE. (Older releases of the
//! package compared the side of the mean, 0 here, with the improvement direction and so called
//! such a point a concern whatever the trend.)
//!
//! Assurance compares the target with the process limits as `ptd_calculate_assurance_type`
//! does (a target exactly on a limit is HIT_AND_MISS). `reliable` needs 15 points
//! (DESIGN.md; the package only warns under 12).
//!
//! Comparisons with the mean and the limits allow for rounding noise (see the
//! [notes on the analytics module](super)); raw values are compared exactly for trends.

mod rules;
mod running_total;
#[cfg(test)]
mod tests;

pub use running_total::{per_period, planned_per_period};

use chrono::NaiveDate;

use super::exceeds;
use super::plan::Direction;
use rules::{Side, Slope, shift_members, trend_members, two_in_three_members};

/// The XmR constant: 3 / d2 with d2 = 1.128 for moving ranges of 2 points.
const LIMIT: f64 = 2.66;

/// How many points an analysis needs before its limits are trusted.
pub const RELIABLE_POINTS: usize = 15;

/// The kind of variation a point (or the latest point of a series) shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Variation {
    /// Special cause in the improvement direction.
    SpecialCauseImprovement,
    /// Special cause against the improvement direction.
    SpecialCauseConcern,
    /// Only the noise the process always has.
    CommonCause,
}

/// Whether the process, as it stands, will meet the target.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Assurance {
    /// The whole band between the process limits meets the target: every point should pass.
    ConsistentlyPassing,
    /// The whole band between the process limits misses the target: every point should fail.
    ConsistentlyFailing,
    /// The target lies within the limits: points will sometimes pass and sometimes fail.
    HitAndMiss,
}

/// One point of the series with the rules it fires.
#[derive(Debug, Clone, PartialEq)]
pub struct SpcPoint {
    /// The date of the measurement.
    pub measured_on: NaiveDate,
    /// The measured value.
    pub value: f64,
    /// Strictly above the upper or below the lower process limit.
    pub outside_limits: bool,
    /// Part of a run of 7 or more points on one side of the mean.
    pub in_shift: bool,
    /// Part of a run of 7 or more points each higher (or each lower) than the one before.
    pub in_trend: bool,
    /// Close to the limits in a two-in-three window.
    pub in_two_of_three: bool,
    /// Any of the four rules fires.
    pub special_cause: bool,
    /// The point's variation, given the improvement direction.
    pub variation: Variation,
}

/// The XmR analysis of a series.
#[derive(Debug, Clone, PartialEq)]
pub struct SpcAnalysis {
    /// The mean of the values (the centre line).
    pub mean: f64,
    /// The mean of the moving ranges (0 with a single point).
    pub moving_range_mean: f64,
    /// `mean + 2.66 * moving_range_mean`.
    pub upper_process_limit: f64,
    /// `mean - 2.66 * moving_range_mean`.
    pub lower_process_limit: f64,
    /// The points in date order.
    pub points: Vec<SpcPoint>,
    /// The variation of the latest point.
    pub variation: Variation,
    /// The target the assurance compares with, as given.
    pub target: Option<f64>,
    /// Assurance against the target; `None` without a target.
    pub assurance: Option<Assurance>,
    /// Whether there are enough points ([`RELIABLE_POINTS`]) to trust the limits.
    pub reliable: bool,
}

/// Analyses a measurement series (normally an effective series) for an improvement
/// `direction` and an optional `target`. The series is put in date order first (stably, so
/// same-date values keep their order). `None` for an empty series.
#[must_use]
pub fn analyse(
    series: &[(NaiveDate, f64)],
    direction: Direction,
    target: Option<f64>,
) -> Option<SpcAnalysis> {
    let mut series = series.to_vec();
    series.sort_by_key(|(on, _)| *on);
    let values: Vec<f64> = series.iter().map(|(_, value)| *value).collect();
    let (mean, moving_range_mean) = centre_and_spread(&values)?;
    let upper = mean + LIMIT * moving_range_mean;
    let lower = mean - LIMIT * moving_range_mean;
    let near_upper = mean + 2.0 / 3.0 * LIMIT * moving_range_mean;
    let near_lower = mean - 2.0 / 3.0 * LIMIT * moving_range_mean;

    let sides: Vec<Side> = values.iter().map(|y| side_of(*y, mean)).collect();
    let outside: Vec<bool> = values
        .iter()
        .map(|y| exceeds(*y, upper) || exceeds(lower, *y))
        .collect();
    let close: Vec<bool> = values
        .iter()
        .zip(&outside)
        .map(|(y, out)| !out && (exceeds(*y, near_upper) || exceeds(near_lower, *y)))
        .collect();
    let shift = shift_members(&sides);
    let trend = trend_members(&values);
    let two_of_three = two_in_three_members(&sides, &close);

    let points: Vec<SpcPoint> = (0..values.len())
        .map(|i| {
            let special_cause = outside[i] || shift[i] || trend[i].is_some() || two_of_three[i];
            SpcPoint {
                measured_on: series[i].0,
                value: values[i],
                outside_limits: outside[i],
                in_shift: shift[i],
                in_trend: trend[i].is_some(),
                in_two_of_three: two_of_three[i],
                special_cause,
                variation: classify(special_cause, sides[i], trend[i], direction),
            }
        })
        .collect();
    Some(SpcAnalysis {
        mean,
        moving_range_mean,
        upper_process_limit: upper,
        lower_process_limit: lower,
        variation: points
            .last()
            .map_or(Variation::CommonCause, |p| p.variation),
        points,
        target,
        assurance: target.map(|t| assurance(t, upper, lower, direction)),
        reliable: values.len() >= RELIABLE_POINTS,
    })
}

/// The mean and the mean moving range; `None` for no values.
fn centre_and_spread(values: &[f64]) -> Option<(f64, f64)> {
    if values.is_empty() {
        return None;
    }
    let mean = values.iter().sum::<f64>() / values.len() as f64;
    let ranges: Vec<f64> = values.windows(2).map(|w| (w[1] - w[0]).abs()).collect();
    let moving_range_mean = if ranges.is_empty() {
        0.0
    } else {
        ranges.iter().sum::<f64>() / ranges.len() as f64
    };
    Some((mean, moving_range_mean))
}

fn side_of(value: f64, mean: f64) -> Side {
    if exceeds(value, mean) {
        Side::Above
    } else if exceeds(mean, value) {
        Side::Below
    } else {
        Side::On
    }
}

/// The variation of one point: by its side of the mean, or by its trend's slope when it is on
/// the mean (see the module documentation).
fn classify(special: bool, side: Side, trend: Option<Slope>, direction: Direction) -> Variation {
    if !special {
        return Variation::CommonCause;
    }
    let high = match (side, trend) {
        (Side::Above, _) | (Side::On, Some(Slope::Rising)) => true,
        (Side::Below, _) | (Side::On, Some(Slope::Falling)) => false,
        // Cannot happen: on the mean, only a trend makes a point special.
        (Side::On, None) => return Variation::CommonCause,
    };
    match (high, direction) {
        (true, Direction::Increase) | (false, Direction::Decrease) => {
            Variation::SpecialCauseImprovement
        }
        _ => Variation::SpecialCauseConcern,
    }
}

/// Where the target lies against the limits, read for the improvement direction.
fn assurance(target: f64, upper: f64, lower: f64, direction: Direction) -> Assurance {
    let (beyond_upper, beyond_lower) = (exceeds(target, upper), exceeds(lower, target));
    match direction {
        Direction::Increase if beyond_upper => Assurance::ConsistentlyFailing,
        Direction::Increase if beyond_lower => Assurance::ConsistentlyPassing,
        Direction::Decrease if beyond_upper => Assurance::ConsistentlyPassing,
        Direction::Decrease if beyond_lower => Assurance::ConsistentlyFailing,
        _ => Assurance::HitAndMiss,
    }
}
