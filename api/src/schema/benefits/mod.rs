//! The GraphQL types, queries and mutations of benefits, over the `benefits` store.

mod inputs;
mod map;
mod mutations;
mod query;
mod types;

pub use map::BenefitMapMutation;
pub use mutations::{BenefitMutation, BenefitPayload, ProgrammePayload};
pub use query::BenefitQuery;
pub use types::{Benefit, Programme};
