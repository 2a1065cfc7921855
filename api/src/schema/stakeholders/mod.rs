//! The GraphQL types, queries and mutations of stakeholders, over the `stakeholders` store.

mod assessment;
mod engagement_mutations;
pub mod identity;
mod identity_mutations;
mod inputs;
mod mutations;
mod query;
mod types;

pub use assessment::{Engagement, GridQuadrant, StakeholderAssessment};
pub use engagement_mutations::{EngagementMutation, EngagementPayload};
pub use identity_mutations::IdentityMutation;
pub use mutations::{PersonPayload, StakeholderAssessmentPayload, StakeholderMutation};
pub use query::StakeholderQuery;
pub use types::Person;
