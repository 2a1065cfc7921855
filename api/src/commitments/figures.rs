//! The rules a commitment's figures, its trajectory and its measurements obey, as checked
//! values built from the inputs.

use chrono::NaiveDate;

use crate::graphql::mutation::{Checks, UserError, UserErrorCode};

/// The default RAG tolerance: a tenth of the baseline-to-target distance.
pub const DEFAULT_TOLERANCE: f64 = 0.10;

/// Baseline, target, their dates and the tolerance, checked.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Figures {
    pub baseline: f64,
    pub baseline_on: NaiveDate,
    pub target: f64,
    pub target_on: NaiveDate,
    pub tolerance: f64,
}

impl Figures {
    /// A stored commitment's figures (checked when they were stored).
    pub fn of(row: &entity::commitment::Model) -> Self {
        Self {
            baseline: row.baseline,
            baseline_on: row.baseline_on,
            target: row.target,
            target_on: row.target_on,
            tolerance: row.tolerance,
        }
    }

    /// The figures when they describe something to realise: finite numbers, a target that
    /// differs from the baseline, a target date after the baseline's, a tolerance of 0 to 1.
    pub fn checked(self) -> Result<Self, Vec<UserError>> {
        let mut checks = Checks::default();
        checks.finite(self.baseline, "baseline");
        checks.finite(self.target, "target");
        checks.finite(self.tolerance, "tolerance");
        checks.check(
            self.target != self.baseline || !self.target.is_finite(),
            "target",
            UserErrorCode::TargetEqualsBaseline,
            "the target must differ from the baseline",
        );
        checks.check(
            self.baseline_on < self.target_on,
            "targetOn",
            UserErrorCode::DatesOutOfOrder,
            "the target date must be after the baseline date",
        );
        checks.check(
            !self.tolerance.is_finite() || (0.0..=1.0).contains(&self.tolerance),
            "tolerance",
            UserErrorCode::OutOfRange,
            "the tolerance is a fraction from 0 to 1",
        );
        checks.finish(self)
    }
}

/// A checked measured value and its date.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Reading {
    pub measured_on: NaiveDate,
    pub value: f64,
}

impl Reading {
    /// The reading when its value is a number and its date is not after `today`.
    pub fn parse(
        measured_on: NaiveDate,
        value: f64,
        today: NaiveDate,
    ) -> Result<Self, Vec<UserError>> {
        let mut checks = Checks::default();
        checks.finite(value, "value");
        checks.check(
            measured_on <= today,
            "measuredOn",
            UserErrorCode::FutureMeasurement,
            "a measurement cannot be dated in the future",
        );
        checks.finish(Reading { measured_on, value })
    }
}

/// The trajectory's points when each value is a number, each date lies between the baseline's
/// and the target's, and no date repeats; sorted by date.
pub fn checked_trajectory(
    mut points: Vec<(NaiveDate, f64)>,
    figures: &Figures,
) -> Result<Vec<(NaiveDate, f64)>, Vec<UserError>> {
    let mut checks = Checks::default();
    points.sort_by_key(|&(on, _)| on);
    for (i, &(planned_on, value)) in points.iter().enumerate() {
        checks.finite(value, "points");
        checks.check(
            figures.baseline_on < planned_on && planned_on < figures.target_on,
            "points",
            UserErrorCode::DatesOutOfOrder,
            "each point must fall between the baseline and target dates",
        );
        checks.check(
            i == 0 || points[i - 1].0 != planned_on,
            "points",
            UserErrorCode::Duplicate,
            "one point per date",
        );
    }
    checks.finish(points)
}

#[cfg(test)]
mod tests;
