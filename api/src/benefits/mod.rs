//! Programmes and their benefit profiles: the benefits map (CONTRIBUTES_TO) and the services
//! that ENABLE each benefit.

pub(crate) mod loaders;

pub use loaders::{
    BenefitById, BenefitsContributedTo, BenefitsEnabledBy, BenefitsOfNationalOwner,
    BenefitsOfProgramme, ContributingBenefits, ProgrammeById, ProgrammesLedBy,
    ServicesEnablingBenefit,
};
