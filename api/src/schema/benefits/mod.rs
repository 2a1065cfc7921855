//! The GraphQL types, queries and mutations of benefits, over the `benefits` store.

mod inputs;
mod map;
mod mutations;
mod programme;
mod query;
mod types;

pub use map::BenefitMapMutation;
pub use mutations::{BenefitMutation, BenefitPayload, ProgrammePayload};
pub use programme::Programme;
pub use query::BenefitQuery;
pub use types::Benefit;
