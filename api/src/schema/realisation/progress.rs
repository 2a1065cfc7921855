//! The GraphQL types of one commitment's derived figures: its progress against plan and its
//! SPC analysis, and the RAG, variation and assurance enumerations.

use async_graphql::{Enum, SimpleObject};
use chrono::NaiveDate;

use crate::analytics;
use crate::graphql::scalars::Date;

/// Where a commitment stands against its plan (DESIGN.md "Derived figures").
// Each enum here mirrors the analytics' own, so that the figures know nothing of GraphQL;
// the derive (`remote`) writes the conversions both ways.
#[derive(Enum, Clone, Copy, PartialEq, Eq, Debug)]
#[graphql(remote = "analytics::Rag")]
pub enum Rag {
    /// No measurement on or before the date.
    NotMeasured,
    /// The target has been reached (progress of 1 or more).
    Blue,
    /// Behind plan by no more than the commitment's tolerance, or ahead of it.
    Green,
    /// Behind plan by more than the tolerance, but no more than twice it.
    Amber,
    /// Behind plan by more than twice the tolerance.
    Red,
}

/// The kind of variation an SPC point shows (NHS "Making Data Count").
#[derive(Enum, Clone, Copy, PartialEq, Eq, Debug)]
#[graphql(remote = "analytics::Variation")]
pub enum Variation {
    /// A signal in the improvement direction: outside the limits, a shift, a trend or two of
    /// three close to the limits, on the better side.
    SpecialCauseImprovement,
    /// A signal against the improvement direction.
    SpecialCauseConcern,
    /// Only the noise the process always has: no rule fires.
    CommonCause,
}

/// Whether the process, as it runs, will meet the target (NHS "Making Data Count").
#[derive(Enum, Clone, Copy, PartialEq, Eq, Debug)]
#[graphql(remote = "analytics::Assurance")]
pub enum Assurance {
    /// The target lies beyond the process limits on the worse side: every point should pass.
    ConsistentlyPassing,
    /// The target lies beyond the process limits on the better side: every point should fail.
    ConsistentlyFailing,
    /// The target lies within the process limits: points will sometimes pass, sometimes fail.
    HitAndMiss,
}

/// A figure that went through a division by `target - baseline`: null rather than a
/// non-number when the two are equal (which commitments are not allowed to be).
pub(crate) fn finite(x: f64) -> Option<f64> {
    x.is_finite().then_some(x)
}

/// A commitment's progress against its plan as at a date.
#[derive(SimpleObject, Clone, Debug, PartialEq)]
pub struct CommitmentProgress {
    /// The date the figures are as at.
    pub as_at: Date,
    /// The latest effective measurement on or before the date (corrections applied).
    pub actual: Option<f64>,
    /// The date of that measurement.
    pub actual_on: Option<Date>,
    /// The planned value on the date: piecewise linear through the baseline, the trajectory
    /// and the target.
    pub planned: f64,
    /// (actual - baseline) / (target - baseline): the share of the committed change achieved.
    pub progress: Option<f64>,
    /// (planned - baseline) / (target - baseline): the share of the change planned by the date.
    pub planned_progress: Option<f64>,
    /// progress - plannedProgress: negative when behind plan.
    pub variance: Option<f64>,
    /// The RAG status against plan.
    pub rag: Rag,
    /// The value at the target date of the least-squares line through the last (up to) six
    /// measurements; null with fewer than two.
    pub forecast: Option<f64>,
    /// Whether the forecast reaches the target in the improvement direction.
    pub on_track_to_target: Option<bool>,
}

impl CommitmentProgress {
    /// The GraphQL view of an assessment.
    pub fn new(
        as_at: NaiveDate,
        progress: analytics::Progress,
        actual_on: Option<NaiveDate>,
    ) -> Self {
        Self {
            as_at: Date(as_at),
            actual: progress.actual,
            actual_on: actual_on.map(Date),
            planned: progress.planned,
            progress: progress.progress.and_then(finite),
            planned_progress: finite(progress.planned_progress),
            variance: progress.variance.and_then(finite),
            rag: progress.rag.into(),
            forecast: progress.forecast.and_then(finite),
            on_track_to_target: progress.on_track_to_target,
        }
    }
}

/// One measurement of an SPC chart, with the rules it fires.
#[derive(SimpleObject, Clone, Debug, PartialEq)]
pub struct SpcPoint {
    /// The date measured.
    pub measured_on: Date,
    /// The value.
    pub value: f64,
    /// Strictly above the upper or below the lower process limit.
    pub outside_limits: bool,
    /// Part of a run of 7 or more points on the same side of the mean.
    pub in_shift: bool,
    /// Part of a run of 7 or more points each higher (or each lower) than the one before.
    pub in_trend: bool,
    /// Close to a limit in a window of 3 points on one side of the mean, 2 or more of them close.
    pub in_two_of_three: bool,
    /// Whether any of the four rules fires.
    pub special_cause: bool,
    /// The point's variation, read for the benefit's improvement direction.
    pub variation: Variation,
}

/// The XmR analysis of a commitment's effective measurement series on or before a date (the
/// NHS "Making Data Count" method, with the NHSRplotthedots rules).
#[derive(SimpleObject, Clone, Debug, PartialEq)]
pub struct SpcAnalysis {
    /// The date the series is cut at.
    pub as_at: Date,
    /// The mean of the values: the centre line.
    pub mean: f64,
    /// The mean of the moving ranges |x(i) - x(i-1)|.
    pub moving_range_mean: f64,
    /// mean + 2.66 x movingRangeMean.
    pub upper_process_limit: f64,
    /// mean - 2.66 x movingRangeMean.
    pub lower_process_limit: f64,
    /// The points in date order.
    pub points: Vec<SpcPoint>,
    /// The variation of the latest point.
    pub variation: Variation,
    /// The target the assurance compares with: the commitment's target, or for a running
    /// total (a CUMULATIVE measure) the plan's change per period.
    pub target: Option<f64>,
    /// Where the target lies against the process limits.
    pub assurance: Option<Assurance>,
    /// Whether there are enough points (15) to trust the limits.
    pub reliable: bool,
}

impl SpcAnalysis {
    /// The GraphQL view of an analysis.
    pub fn new(as_at: NaiveDate, analysis: analytics::SpcAnalysis) -> Self {
        Self {
            as_at: Date(as_at),
            mean: analysis.mean,
            moving_range_mean: analysis.moving_range_mean,
            upper_process_limit: analysis.upper_process_limit,
            lower_process_limit: analysis.lower_process_limit,
            points: analysis
                .points
                .into_iter()
                .map(|p| SpcPoint {
                    measured_on: Date(p.measured_on),
                    value: p.value,
                    outside_limits: p.outside_limits,
                    in_shift: p.in_shift,
                    in_trend: p.in_trend,
                    in_two_of_three: p.in_two_of_three,
                    special_cause: p.special_cause,
                    variation: p.variation.into(),
                })
                .collect(),
            variation: analysis.variation.into(),
            target: analysis.target,
            assurance: analysis.assurance.map(Into::into),
            reliable: analysis.reliable,
        }
    }
}
