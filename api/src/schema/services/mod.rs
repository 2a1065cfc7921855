//! The GraphQL types, queries and mutations of services, over the `services` store.

mod deployment_mutations;
pub(crate) mod inputs;
mod mutations;
mod query;
mod types;

pub use deployment_mutations::{DeploymentMutation, DeploymentPayload};
pub use mutations::{ServiceMutation, ServicePayload};
pub use query::ServiceQuery;
pub use types::{Deployment, ReadinessGate, Service, ServiceLevelReport};
