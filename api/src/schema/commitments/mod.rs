//! The GraphQL types, queries and mutations of commitments, over the `commitments` store.

mod inputs;
mod measurement;
mod measurement_mutations;
mod mutations;
mod paged;
mod query;
mod standing;
mod transitions;
mod types;
mod viewer_can;

pub use measurement::{Measurement, TrajectoryPoint};
pub use measurement_mutations::{MeasurementMutation, MeasurementPayload};
pub use mutations::{CommitmentMutation, CommitmentPayload};
pub use paged::commitments_of;
pub use query::CommitmentQuery;
pub use standing::{CommitmentStanding, history_of};
pub use transitions::CommitmentLifecycleMutation;
pub use types::Commitment;
pub use viewer_can::CommitmentViewerCan;
