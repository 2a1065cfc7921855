//! Programmes and their benefit profiles: the benefits map (CONTRIBUTES_TO) and the services
//! that ENABLE each benefit.

mod loaders;
mod query;
mod types;

pub use loaders::{
    BenefitById, BenefitsOfProgramme, ContributesTo, ContributorsOf, EnablementsOfBenefit,
    EnablementsOfService, ProgrammeById,
};
pub use query::BenefitQuery;
pub use types::{Benefit, Programme};
