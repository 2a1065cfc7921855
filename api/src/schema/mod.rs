//! The GraphQL schema over the domains' stores: each domain's types, queries and mutations,
//! which name each other freely (a graph is a cycle by nature), while the stores below them
//! form no cycle (see ARCHITECTURE.md).

pub mod benefits;
pub mod commitments;
pub mod http;
pub mod live;
mod node;
pub mod organisations;
pub mod realisation;
pub mod services;
pub mod stakeholders;
mod viewer;

use async_graphql::extensions::apollo_persisted_queries::{
    ApolloPersistedQueries, LruCacheStorage,
};
use async_graphql::{MergedObject, Schema, SchemaBuilder, ValidationMode};

use crate::audit::AuditQuery;
use crate::graphql::checks::StopAfterChecks;
use crate::graphql::cost;
use crate::graphql::{MAX_COMPLEXITY, MAX_DEPTH};
use benefits::{BenefitMapMutation, BenefitMutation, BenefitQuery};
use commitments::{
    CommitmentLifecycleMutation, CommitmentMutation, CommitmentQuery, MeasurementMutation,
};
pub use node::Node;
use node::NodeQuery;
use organisations::OrganisationQuery;
use services::{DeploymentMutation, ServiceMutation, ServiceQuery};
use stakeholders::{EngagementMutation, IdentityMutation, StakeholderMutation, StakeholderQuery};
use viewer::ViewerQuery;

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
    live::LiveCursorQuery,
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
pub type AppSchema = Schema<QueryRoot, MutationRoot, live::LiveSubscription>;

/// How many persisted queries (sent once in full, then by their SHA-256 hash) are kept.
const PERSISTED_QUERIES: usize = 1_000;

/// The graph, built twice from the same types (see `graphql::checks` for why): `checking`
/// parses, validates and charges a request, and runs a subscription in full; `running` runs
/// the fields of a request that passed, with no extension in the way of each field.
#[derive(Clone)]
pub struct Graph {
    /// With the extensions: the document cache, cost, persisted queries.
    pub checking: AppSchema,
    /// With none, and only the validation that computes the limits: the document it is given
    /// was validated in full by `checking`, under the same variables.
    pub running: AppSchema,
}

/// The schema's types and limits, before its extensions.
fn builder() -> SchemaBuilder<QueryRoot, MutationRoot, live::LiveSubscription> {
    Schema::build(
        QueryRoot::default(),
        MutationRoot::default(),
        live::LiveSubscription,
    )
    .limit_depth(MAX_DEPTH)
    .limit_complexity(MAX_COMPLEXITY)
    .limit_recursive_depth(64)
}

/// Builds the graph, once at start; it is shared by every request. Each caller's cost is
/// charged to `budgets`. Parsed and validated documents are kept in `documents` (which the
/// HTTP layer reads too, to name a request's operation), and partners may send a persisted
/// query's hash instead of its text (Apollo's protocol).
pub fn build_graph(
    budgets: std::sync::Arc<cost::Budgets>,
    documents: crate::graphql::documents::Documents,
) -> Graph {
    // `StopAfterChecks` first: it must see the document the others pass on.
    let checking = builder()
        .extension(StopAfterChecks)
        .extension(cost::Cost(budgets))
        .extension(documents)
        .extension(ApolloPersistedQueries::new(LruCacheStorage::new(
            PERSISTED_QUERIES,
        )))
        .finish();
    let running = builder().validation_mode(ValidationMode::Fast).finish();
    Graph { checking, running }
}

/// The schema in SDL, as written to `schema.graphql` (extensions add nothing to it).
pub fn sdl() -> String {
    builder().finish().sdl()
}
