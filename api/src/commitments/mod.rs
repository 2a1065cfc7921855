//! Local ownership: each organisation's commitments to its share of a benefit, with target,
//! trajectory, named owner and sign-off, and the measurements reported against them.

mod loaders;
mod query;
mod types;

pub use loaders::{
    CommitmentById, CommitmentsOfBenefit, CommitmentsOfOrganisation, MeasurementById,
    MeasurementsOfCommitment, TrajectoryOfCommitment,
};
pub use query::CommitmentQuery;
pub use types::{Commitment, Measurement, TrajectoryPoint};
