//! What a subscription delivers: the event, what changed, and the object as it now stands,
//! selectable like any read (contact details hidden as they are on reads).

use std::sync::Arc;

use async_graphql::{Context, Enum, ID, Object};

use crate::benefits::ProgrammeById;
use crate::graphql::context::ContextExt;
use crate::graphql::error::ApiResult;
use crate::graphql::loader::load_one;
use crate::live::{LiveEvent, Touches};
use crate::schema::benefits::Programme;
use crate::schema::commitments::{Commitment, Measurement};

/// The event's id as a subscriber sees it: pass it as `after` to resume after it.
fn event_id(event: &LiveEvent) -> ID {
    ID(event.id.to_string())
}

/// The commitment the event touched, as the instance read it with the event.
fn commitment(event: &LiveEvent) -> Option<Commitment> {
    event.rows.commitment.clone().map(Commitment)
}

/// How a measurement came to be.
#[derive(Enum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum MeasurementEventKind {
    /// A value recorded for a date.
    Recorded,
    /// A correction replacing an earlier value.
    Corrected,
}

/// A measurement recorded or corrected.
pub struct MeasurementEvent(pub Arc<LiveEvent>);

/// A measurement recorded or corrected, with the commitment it measures.
#[Object]
impl MeasurementEvent {
    /// The event's id: subscribe again with `after` set to it to resume after it.
    async fn event_id(&self) -> ID {
        event_id(&self.0)
    }
    /// Whether the value is new or corrects an earlier one.
    async fn kind(&self) -> MeasurementEventKind {
        match self.0.touches {
            Touches::Measurement {
                corrected: true, ..
            } => MeasurementEventKind::Corrected,
            _ => MeasurementEventKind::Recorded,
        }
    }
    /// The measurement (null only if it has since been deleted).
    async fn measurement(&self) -> Option<Measurement> {
        let rows = &self.0.rows;
        rows.measurement.clone().map(|row| Measurement {
            row,
            superseded_by: rows.superseded_by,
        })
    }
    /// The commitment it measures, with its figures as they now stand.
    async fn commitment(&self) -> Option<Commitment> {
        commitment(&self.0)
    }
}

/// What changed about a commitment.
#[derive(Enum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum CommitmentChange {
    /// It was drafted.
    Created,
    /// Its details changed: owner, target, dates, tolerance or notes.
    Updated,
    /// Its status moved: proposed, agreed, realised or withdrawn.
    Status,
    /// Its organisation's executive signed it off.
    SignedOff,
    /// It passed to a successor organisation.
    Transferred,
    /// Its trajectory was set.
    Trajectory,
    /// A measurement was recorded or corrected, so its figures moved.
    Measured,
}

impl CommitmentChange {
    /// The change a mutation made.
    pub fn of(action: &str) -> Self {
        match action {
            "createCommitment" => Self::Created,
            "proposeCommitment"
            | "agreeCommitment"
            | "markCommitmentRealised"
            | "withdrawCommitment" => Self::Status,
            "signOffCommitment" => Self::SignedOff,
            "transferCommitment" => Self::Transferred,
            "setTrajectory" => Self::Trajectory,
            "recordMeasurement" | "correctMeasurement" => Self::Measured,
            _ => Self::Updated,
        }
    }
}

/// A commitment changed.
pub struct CommitmentEvent(pub Arc<LiveEvent>);

/// A commitment changed: its status, owner, sign-off or figures.
#[Object]
impl CommitmentEvent {
    /// The event's id: subscribe again with `after` set to it to resume after it.
    async fn event_id(&self) -> ID {
        event_id(&self.0)
    }
    /// What changed.
    async fn change(&self) -> CommitmentChange {
        CommitmentChange::of(&self.0.action)
    }
    /// The mutation that changed it, e.g. `signOffCommitment`.
    async fn action(&self) -> &str {
        &self.0.action
    }
    /// The commitment as it now stands.
    async fn commitment(&self) -> Option<Commitment> {
        commitment(&self.0)
    }
}

/// A programme's figures may have moved.
pub struct RealisationEvent {
    /// The latest of the events gathered into this one.
    pub latest: Arc<LiveEvent>,
    /// How many events it gathers.
    pub events: usize,
    /// The programme.
    pub programme: i32,
}

/// A programme's figures may have moved: one event for a burst of changes (at most one a
/// second per programme), carrying the programme to read its figures from again.
#[Object]
impl RealisationEvent {
    /// The id of the latest change it gathers: subscribe again with `after` set to it to resume
    /// after it.
    async fn event_id(&self) -> ID {
        event_id(&self.latest)
    }
    /// How many changes it gathers.
    async fn changes(&self) -> i32 {
        i32::try_from(self.events).unwrap_or(i32::MAX)
    }
    /// The programme, whose `realisation` gives its figures as they now stand.
    async fn programme(&self, ctx: &Context<'_>) -> ApiResult<Option<Programme>> {
        Ok(load_one(ctx.request(), ProgrammeById(self.programme))
            .await?
            .map(Programme))
    }
}

#[cfg(test)]
mod tests {
    use super::CommitmentChange::{self, *};

    #[test]
    fn each_commitment_mutation_names_its_change() {
        for (action, change) in [
            ("createCommitment", Created),
            ("updateCommitment", Updated),
            ("proposeCommitment", Status),
            ("agreeCommitment", Status),
            ("markCommitmentRealised", Status),
            ("withdrawCommitment", Status),
            ("signOffCommitment", SignedOff),
            ("transferCommitment", Transferred),
            ("setTrajectory", Trajectory),
            ("recordMeasurement", Measured),
            ("correctMeasurement", Measured),
        ] {
            assert_eq!(CommitmentChange::of(action), change, "{action}");
        }
    }
}
