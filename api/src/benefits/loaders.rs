//! Batched loading of programmes and benefits, and of the benefits and services their links
//! (the benefits map, enablements) reach.

use entity::{benefit, benefit_link, enablement, programme, service};

use crate::graphql::loader::{load_by_id, load_children};
use crate::graphql::through::load_through;

load_by_id!(ProgrammeById, programme::Entity);
load_by_id!(BenefitById, benefit::Entity);
load_children!(
    BenefitsOfProgramme,
    benefit::Entity,
    ProgrammeId,
    programme_id,
    Code
);
load_children!(
    BenefitsOfNationalOwner,
    benefit::Entity,
    NationalOwnerId,
    national_owner_id,
    Code
);
load_children!(
    ProgrammesLedBy,
    programme::Entity,
    SeniorResponsibleOwnerId,
    senior_responsible_owner_id,
    Name
);
load_through!(
    ServicesEnablingBenefit,
    service::Entity,
    enablement::Entity,
    BenefitId,
    ServiceId
);
load_through!(
    BenefitsEnabledBy,
    benefit::Entity,
    enablement::Entity,
    ServiceId,
    BenefitId
);
load_through!(
    BenefitsContributedTo,
    benefit::Entity,
    benefit_link::Entity,
    FromBenefitId,
    ToBenefitId
);
load_through!(
    ContributingBenefits,
    benefit::Entity,
    benefit_link::Entity,
    ToBenefitId,
    FromBenefitId
);
