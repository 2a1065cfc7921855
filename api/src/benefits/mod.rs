//! Programmes and their benefit profiles: the benefits map (CONTRIBUTES_TO) and the services
//! that ENABLE each benefit.

mod inputs;
mod loaders;
mod map;
mod mutations;
mod query;
mod types;

pub use loaders::{
    BenefitById, BenefitsOfNationalOwner, BenefitsOfProgramme, ContributesTo, ContributorsOf,
    EnablementsOfBenefit, EnablementsOfService, ProgrammeById, ProgrammesLedBy,
};
pub use map::BenefitMapMutation;
pub use mutations::{BenefitMutation, BenefitPayload, ProgrammePayload};
pub use query::BenefitQuery;
pub use types::{Benefit, Programme};
