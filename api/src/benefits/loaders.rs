//! Batched loading of programmes, benefits, links and enablements.

use entity::{benefit, benefit_link, enablement, programme};

use crate::graphql::loader::{load_by_id, load_children};

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
    ContributesTo,
    benefit_link::Entity,
    FromBenefitId,
    from_benefit_id,
    Id
);
load_children!(
    ContributorsOf,
    benefit_link::Entity,
    ToBenefitId,
    to_benefit_id,
    Id
);
load_children!(
    EnablementsOfBenefit,
    enablement::Entity,
    BenefitId,
    benefit_id,
    Id
);
load_children!(
    EnablementsOfService,
    enablement::Entity,
    ServiceId,
    service_id,
    Id
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
