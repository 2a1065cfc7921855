//! Local ownership: each organisation's commitments to its share of a benefit, with target,
//! trajectory, named owner and sign-off, and the measurements reported against them.

mod figures;
mod guards;
mod inputs;
mod lifecycle;
mod loaders;
mod measurement_mutations;
mod mutations;
mod query;
mod rules;
mod store;
mod transitions;
mod types;
mod viewer_can;

pub use loaders::{
    CommitmentById, CommitmentsOfBenefit, CommitmentsOfOrganisation, CommitmentsOfOwner,
    CommitmentsSignedOffBy, MeasurementById, MeasurementsOfCommitment, TrajectoryOfCommitment,
    TransfersOfCommitment,
};
pub use measurement_mutations::{MeasurementMutation, MeasurementPayload};
pub use mutations::{CommitmentMutation, CommitmentPayload};
pub use query::CommitmentQuery;
pub use transitions::CommitmentLifecycleMutation;
pub use types::{Commitment, Measurement, TrajectoryPoint};
pub use viewer_can::CommitmentViewerCan;
