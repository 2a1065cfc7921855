//! The GraphQL schema: the domain modules' queries merged at the root, the Node interface,
//! depth and complexity limits, and the HTTP glue.

pub mod batching;
pub mod connection;
pub mod context;
pub mod cost;
pub mod error;
pub mod filter;
pub mod http;
pub mod ids;
pub mod loader;
pub mod mutation;
mod node;
pub mod scalars;
pub mod write;

use async_graphql::{EmptySubscription, MergedObject, Schema};

use crate::audit::AuditQuery;
use crate::auth::ViewerQuery;
use crate::benefits::{BenefitMapMutation, BenefitMutation, BenefitQuery};
use crate::commitments::{
    CommitmentLifecycleMutation, CommitmentMutation, CommitmentQuery, MeasurementMutation,
};
use crate::organisations::OrganisationQuery;
use crate::services::{DeploymentMutation, ServiceMutation, ServiceQuery};
use crate::stakeholders::{
    EngagementMutation, IdentityMutation, StakeholderMutation, StakeholderQuery,
};
pub use node::Node;
use node::NodeQuery;

/// The deepest query accepted: deep enough for GraphiQL's introspection query and for reading
/// programme -> benefits -> commitments -> organisation -> parent, shallow enough to stop abuse.
pub const MAX_DEPTH: usize = 15;
/// The costliest query accepted: each field costs 1, and a list field costs its page size times
/// the cost of one item (see `connection::cost`).
pub const MAX_COMPLEXITY: usize = 50_000;

/// Every read of the graph.
#[derive(MergedObject, Default)]
pub struct QueryRoot(
    ViewerQuery,
    NodeQuery,
    OrganisationQuery,
    StakeholderQuery,
    BenefitQuery,
    CommitmentQuery,
    ServiceQuery,
    AuditQuery,
);

/// Every change to the graph: one `input` each, and a payload with the changed object and the
/// user errors.
#[derive(MergedObject, Default)]
pub struct MutationRoot(
    BenefitMutation,
    BenefitMapMutation,
    ServiceMutation,
    DeploymentMutation,
    StakeholderMutation,
    IdentityMutation,
    EngagementMutation,
    CommitmentMutation,
    CommitmentLifecycleMutation,
    MeasurementMutation,
);

/// The schema type.
pub type AppSchema = Schema<QueryRoot, MutationRoot, EmptySubscription>;

/// Builds the schema, once at start; it is shared by every request. Each caller's cost is
/// charged to `budgets`.
pub fn build_schema_charging(budgets: std::sync::Arc<cost::Budgets>) -> AppSchema {
    Schema::build(
        QueryRoot::default(),
        MutationRoot::default(),
        EmptySubscription,
    )
    .limit_depth(MAX_DEPTH)
    .limit_complexity(MAX_COMPLEXITY)
    .limit_recursive_depth(64)
    .extension(cost::Cost(budgets))
    .finish()
}

/// The schema with the default budgets (for its SDL, and tools that execute no requests).
pub fn build_schema() -> AppSchema {
    build_schema_charging(std::sync::Arc::new(cost::Budgets::new(
        cost::DEFAULT_BUDGET,
    )))
}

/// The schema in SDL, as written to `schema.graphql`.
pub fn sdl() -> String {
    build_schema().sdl()
}
