//! Local ownership: each organisation's commitments to its share of a benefit, with target,
//! trajectory, named owner and sign-off, and the measurements reported against them.

pub(crate) mod figures;
pub(crate) mod guards;
pub(crate) mod history;
pub(crate) mod latest;
pub(crate) mod lifecycle;
pub(crate) mod loaders;
pub(crate) mod measurements;
pub(crate) mod page;
pub(crate) mod rules;
pub(crate) mod store;

pub use latest::{LatestMeasurementsOf, MeasurementAndCorrection};
pub use loaders::{
    CommitmentById, CommitmentsOfBenefit, CommitmentsOfOrganisation, CommitmentsOfOwner,
    CommitmentsSignedOffBy, MeasurementById, MeasurementsOfCommitment, TrajectoryOfCommitment,
    TransfersOfCommitment,
};
pub use page::brings_along;
