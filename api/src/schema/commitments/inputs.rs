//! Commitment and measurement inputs (their rules are in `figures`).

use crate::commitments::figures::Figures;
use crate::graphql::mutation::UserError;
use async_graphql::{ID, InputObject, MaybeUndefined};

use crate::graphql::scalars::Date;

pub use crate::commitments::figures::DEFAULT_TOLERANCE;

/// A new commitment, made as a DRAFT.
#[derive(InputObject)]
pub struct CreateCommitmentInput {
    /// The committed organisation (open, and one the caller acts for).
    pub organisation: ID,
    /// The benefit.
    pub benefit: ID,
    /// The named local owner (a person).
    pub owner: Option<ID>,
    /// Baseline value of the measure.
    pub baseline: f64,
    /// Date of the baseline.
    pub baseline_on: Date,
    /// Target value (different from the baseline).
    pub target: f64,
    /// Date the target is due (after the baseline's).
    pub target_on: Date,
    /// RAG tolerance, a fraction from 0 to 1 (default 0.10).
    #[graphql(default_with = "DEFAULT_TOLERANCE")]
    pub tolerance: f64,
    /// Notes.
    pub notes: Option<String>,
}

/// Changes to a commitment: fields left out stay as they are. Baseline, target, their dates
/// and the tolerance can change only before the board agrees (DRAFT or PROPOSED).
#[derive(InputObject)]
pub struct UpdateCommitmentInput {
    /// The commitment.
    pub id: ID,
    /// The version read: a commitment changed since gets STALE_VERSION and is left alone.
    pub version: i32,
    /// The named local owner (a person); null removes the owner.
    pub owner: MaybeUndefined<ID>,
    /// Baseline value.
    pub baseline: Option<f64>,
    /// Date of the baseline.
    pub baseline_on: Option<Date>,
    /// Target value.
    pub target: Option<f64>,
    /// Date the target is due.
    pub target_on: Option<Date>,
    /// RAG tolerance, a fraction from 0 to 1.
    pub tolerance: Option<f64>,
    /// Notes; null clears them.
    pub notes: MaybeUndefined<String>,
}

/// A lifecycle step of a commitment (propose, agree, mark realised).
#[derive(InputObject)]
pub struct CommitmentStepInput {
    /// The commitment.
    pub id: ID,
    /// The version read: a commitment changed since gets STALE_VERSION and is left alone.
    pub version: i32,
}

/// The executive's sign-off of an agreed commitment.
#[derive(InputObject)]
pub struct SignOffCommitmentInput {
    /// The commitment.
    pub id: ID,
    /// The version read: a commitment changed since gets STALE_VERSION and is left alone.
    pub version: i32,
    /// Who signed it off (a person). A caller whose sign-in is linked to a person signs off
    /// as that person: they may leave this out, and may not name anyone else.
    pub signed_off_by: Option<ID>,
    /// When (default today; not in the future).
    pub signed_off_on: Option<Date>,
}

/// Withdrawing a live commitment.
#[derive(InputObject)]
pub struct WithdrawCommitmentInput {
    /// The commitment.
    pub id: ID,
    /// The version read: a commitment changed since gets STALE_VERSION and is left alone.
    pub version: i32,
    /// Why it is withdrawn.
    pub reason: String,
}

/// Handing a live commitment to a successor organisation, which gets a copy.
#[derive(InputObject)]
pub struct TransferCommitmentInput {
    /// The commitment.
    pub id: ID,
    /// The version read: a commitment changed since gets STALE_VERSION and is left alone.
    pub version: i32,
    /// The successor (an open organisation the commitment's organisation is SUCCEEDED_BY).
    pub successor: ID,
}

/// A planned value on a date.
#[derive(InputObject, Clone)]
pub struct TrajectoryPointInput {
    /// The date (between the baseline's and the target's).
    pub planned_on: Date,
    /// The planned value.
    pub value: f64,
}

/// A commitment's whole trajectory, replacing the one it has.
#[derive(InputObject)]
pub struct SetTrajectoryInput {
    /// The commitment.
    pub id: ID,
    /// The version read: a commitment changed since gets STALE_VERSION and is left alone.
    pub version: i32,
    /// The planned values, one per date.
    pub points: Vec<TrajectoryPointInput>,
}

/// A reported value of a commitment's measure.
#[derive(InputObject)]
pub struct RecordMeasurementInput {
    /// The commitment (live).
    pub commitment: ID,
    /// The date the value is for (not in the future).
    pub measured_on: Date,
    /// The value.
    pub value: f64,
    /// Note.
    pub note: Option<String>,
}

/// A correction: a new value that supersedes a reported one, which is kept.
#[derive(InputObject)]
pub struct CorrectMeasurementInput {
    /// The measurement to correct (the latest value of its line of corrections).
    pub measurement: ID,
    /// The corrected value.
    pub value: f64,
    /// The corrected date (default the original's; not in the future).
    pub measured_on: Option<Date>,
    /// Why, or anything else to note.
    pub note: Option<String>,
}

/// The figures of a new commitment, checked as `Figures::checked` checks them.
impl TryFrom<&CreateCommitmentInput> for Figures {
    type Error = Vec<UserError>;

    fn try_from(input: &CreateCommitmentInput) -> Result<Self, Self::Error> {
        Figures {
            baseline: input.baseline,
            baseline_on: input.baseline_on.0,
            target: input.target,
            target_on: input.target_on.0,
            tolerance: input.tolerance,
        }
        .checked()
    }
}
