//! Rows in, analytics inputs out: the one place where stored commitments, trajectory points,
//! measurements and enumerations become the plain values of [`crate::analytics`]. Every code
//! path that shows a derived figure (a commitment's progress, an SPC chart, a roll-up) goes
//! through here, so they cannot disagree on what the rows mean.

use chrono::NaiveDate;
use entity::enums::{
    CommitmentStatus, Direction as StoredDirection, MeasureKind, Rollup as StoredRollup,
};
use entity::{commitment, measurement, trajectory_point};
use sea_orm::DerivePartialModel;

use crate::analytics::{
    self, CommitmentFigures, CommitmentState, Direction, MeasuredValue, Plan, Progress, Rollup,
};

/// The columns of a commitment that its figures read. Roll-ups select only these (a national
/// programme has 100,000 commitments); a loaded row converts with `From`.
#[derive(Clone, Debug, PartialEq, DerivePartialModel)]
#[sea_orm(entity = "commitment::Entity", from_query_result)]
pub struct CommitmentColumns {
    /// The commitment's key.
    pub id: i32,
    /// The committed organisation.
    pub organisation_id: i32,
    /// The benefit.
    pub benefit_id: i32,
    /// The named local owner.
    pub owner_id: Option<i32>,
    /// Baseline value.
    pub baseline: f64,
    /// Date of the baseline.
    pub baseline_on: NaiveDate,
    /// Target value.
    pub target: f64,
    /// Date the target is due.
    pub target_on: NaiveDate,
    /// RAG tolerance, a fraction.
    pub tolerance: f64,
    /// Lifecycle status.
    pub status: CommitmentStatus,
    /// When the organisation's executive signed it off.
    pub signed_off_on: Option<NaiveDate>,
}

impl From<&commitment::Model> for CommitmentColumns {
    fn from(c: &commitment::Model) -> Self {
        Self {
            id: c.id,
            organisation_id: c.organisation_id,
            benefit_id: c.benefit_id,
            owner_id: c.owner_id,
            baseline: c.baseline,
            baseline_on: c.baseline_on,
            target: c.target,
            target_on: c.target_on,
            tolerance: c.tolerance,
            status: c.status,
            signed_off_on: c.signed_off_on,
        }
    }
}

/// The columns of a trajectory point that the plan reads.
#[derive(Clone, Debug, PartialEq, DerivePartialModel)]
#[sea_orm(entity = "trajectory_point::Entity", from_query_result)]
pub struct PlannedValue {
    /// The commitment.
    pub commitment_id: i32,
    /// The date.
    pub planned_on: NaiveDate,
    /// The planned value.
    pub value: f64,
}

/// The columns of a measurement that the figures read.
#[derive(Clone, Debug, PartialEq, DerivePartialModel)]
#[sea_orm(entity = "measurement::Entity", from_query_result)]
pub struct RecordedValue {
    /// The measurement's key.
    pub id: i32,
    /// The commitment.
    pub commitment_id: i32,
    /// The date the value is for.
    pub measured_on: NaiveDate,
    /// The value.
    pub value: f64,
    /// The measurement this one corrects.
    pub supersedes_id: Option<i32>,
}

/// The plan of a commitment: its baseline, target and trajectory points.
pub fn plan(commitment: &CommitmentColumns, trajectory: &[PlannedValue]) -> Plan {
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

impl From<measurement::Model> for RecordedValue {
    fn from(m: measurement::Model) -> Self {
        Self {
            id: m.id,
            commitment_id: m.commitment_id,
            measured_on: m.measured_on,
            value: m.value,
            supersedes_id: m.supersedes_id,
        }
    }
}

/// The recorded values of a commitment, corrections included (the analytics apply them).
pub fn measured_values(rows: &[RecordedValue]) -> Vec<MeasuredValue> {
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
    pub commitment: &'a CommitmentColumns,
    /// Its trajectory points.
    pub trajectory: &'a [PlannedValue],
    /// Its measurements: all of them, or (for roll-ups) only the latest effective value on or
    /// before the date, which is all that progress and RAG read (see [`super::store`]).
    pub measurements: &'a [RecordedValue],
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

    /// SPC of the series on or before `as_at`: of its values, or for a running total of its
    /// per-period changes against the plan's change per period. `None` without values.
    pub fn spc(&self, as_at: NaiveDate, kind: MeasureKind) -> Option<analytics::SpcAnalysis> {
        let series = self.series(as_at);
        let direction = direction(self.direction);
        match kind {
            MeasureKind::Period => {
                analytics::analyse(&series, direction, Some(self.commitment.target))
            }
            MeasureKind::Cumulative => {
                let target =
                    analytics::planned_per_period(&series, &plan(self.commitment, self.trajectory));
                analytics::analyse(&analytics::per_period(&series), direction, target)
            }
        }
    }
}
