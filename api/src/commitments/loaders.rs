//! Batched loading of commitments, trajectories and measurements.

use entity::{commitment, measurement, trajectory_point};

use crate::graphql::loader::{load_by_id, load_children};

load_by_id!(CommitmentById, commitment::Entity);
load_by_id!(MeasurementById, measurement::Entity);
load_children!(
    CommitmentsOfOrganisation,
    commitment::Entity,
    OrganisationId,
    organisation_id,
    BenefitId
);
load_children!(
    CommitmentsOfBenefit,
    commitment::Entity,
    BenefitId,
    benefit_id,
    OrganisationId
);
load_children!(
    TrajectoryOfCommitment,
    trajectory_point::Entity,
    CommitmentId,
    commitment_id,
    PlannedOn
);
load_children!(
    MeasurementsOfCommitment,
    measurement::Entity,
    CommitmentId,
    commitment_id,
    MeasuredOn
);
load_children!(
    CommitmentsOfOwner,
    commitment::Entity,
    OwnerId,
    owner_id,
    BenefitId
);
load_children!(
    CommitmentsSignedOffBy,
    commitment::Entity,
    SignedOffById,
    signed_off_by_id,
    SignedOffOn
);
load_children!(
    TransfersOfCommitment,
    commitment::Entity,
    TransferredFromId,
    transferred_from_id,
    Id
);
