//! Rows in, analytics inputs out: the one place where stored commitments, trajectory points,
//! measurements and enumerations become the plain values of [`crate::analytics`]. Every code
//! path that shows a derived figure (a commitment's progress, an SPC chart, a roll-up) goes
//! through here, so they cannot disagree on what the rows mean.

use chrono::NaiveDate;
use entity::enums::{CommitmentStatus, Direction as StoredDirection, Rollup as StoredRollup};
use entity::{commitment, measurement, trajectory_point};

use crate::analytics::{
    self, CommitmentFigures, CommitmentState, Direction, MeasuredValue, Plan, Progress, Rollup,
};

/// The plan of a commitment: its baseline, target and trajectory points.
pub fn plan(commitment: &commitment::Model, trajectory: &[trajectory_point::Model]) -> Plan {
    Plan {
        baseline: commitment.baseline,
        baseline_on: commitment.baseline_on,
        target: commitment.target,
        target_on: commitment.target_on,
        trajectory: trajectory
            .iter()
            .filter(|p| p.commitment_id == commitment.id)
            .map(|p| (p.planned_on, p.value))
            .collect(),
    }
}

/// The recorded values of a commitment, corrections included (the analytics apply them).
pub fn measured_values(rows: &[measurement::Model]) -> Vec<MeasuredValue> {
    rows.iter()
        .map(|m| MeasuredValue {
            id: i64::from(m.id),
            measured_on: m.measured_on,
            value: m.value,
            supersedes: m.supersedes_id.map(i64::from),
        })
        .collect()
}

/// The benefit's improvement direction.
pub fn direction(stored: StoredDirection) -> Direction {
    match stored {
        StoredDirection::Increase => Direction::Increase,
        StoredDirection::Decrease => Direction::Decrease,
    }
}

/// How the benefit's local figures add up.
pub fn rollup(stored: StoredRollup) -> Rollup {
    match stored {
        StoredRollup::Sum => Rollup::Sum,
        StoredRollup::Mean => Rollup::Mean,
    }
}

/// The commitment's lifecycle state.
pub fn state(status: CommitmentStatus) -> CommitmentState {
    match status {
        CommitmentStatus::Draft => CommitmentState::Draft,
        CommitmentStatus::Proposed => CommitmentState::Proposed,
        CommitmentStatus::Agreed => CommitmentState::Agreed,
        CommitmentStatus::SignedOff => CommitmentState::SignedOff,
        CommitmentStatus::Realised => CommitmentState::Realised,
        CommitmentStatus::Withdrawn => CommitmentState::Withdrawn,
        CommitmentStatus::Transferred => CommitmentState::Transferred,
    }
}

/// One commitment's rows, ready for the analytics.
pub struct CommitmentRows<'a> {
    /// The commitment.
    pub commitment: &'a commitment::Model,
    /// Its trajectory points.
    pub trajectory: &'a [trajectory_point::Model],
    /// Its measurements: all of them, or (for roll-ups) any subset that holds the latest
    /// effective value on or before the date and every value that supersedes it.
    pub measurements: &'a [measurement::Model],
    /// The benefit's direction.
    pub direction: StoredDirection,
}

impl CommitmentRows<'_> {
    /// Progress, planned progress, variance, RAG and forecast as at `as_at`.
    pub fn assess(&self, as_at: NaiveDate) -> Progress {
        analytics::assess(
            &plan(self.commitment, self.trajectory),
            direction(self.direction),
            self.commitment.tolerance,
            &measured_values(self.measurements),
            as_at,
        )
    }

    /// The date and value of the actual as at `as_at` (the latest effective measurement).
    pub fn actual(&self, as_at: NaiveDate) -> Option<(NaiveDate, f64)> {
        analytics::latest_on_or_before(&measured_values(self.measurements), as_at)
    }

    /// The commitment's figures for roll-ups as at `as_at`. A board sign-off is a recorded
    /// sign-off date; a named owner is an owner set.
    pub fn figures(&self, as_at: NaiveDate) -> CommitmentFigures {
        let plan = plan(self.commitment, self.trajectory);
        let progress = analytics::assess(
            &plan,
            direction(self.direction),
            self.commitment.tolerance,
            &measured_values(self.measurements),
            as_at,
        );
        CommitmentFigures::from_assessment(
            &plan,
            &progress,
            state(self.commitment.status),
            self.commitment.owner_id.is_some(),
            self.commitment.signed_off_on.is_some(),
        )
    }

    /// The effective series on or before `as_at`, for SPC.
    pub fn series(&self, as_at: NaiveDate) -> Vec<(NaiveDate, f64)> {
        analytics::effective_series(&measured_values(self.measurements), Some(as_at))
    }
}
