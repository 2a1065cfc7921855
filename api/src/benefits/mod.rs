//! Programmes and their benefit profiles: the benefits map (CONTRIBUTES_TO) and the services
//! that ENABLE each benefit.

pub(crate) mod loaders;

pub use loaders::{
    BenefitById, BenefitsOfNationalOwner, BenefitsOfProgramme, ContributesTo, ContributorsOf,
    EnablementsOfBenefit, EnablementsOfService, ProgrammeById, ProgrammesLedBy,
};
