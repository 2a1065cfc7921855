//! The GraphQL kernel, which names no domain: global ids, Relay connections, errors, scalars,
//! the per-request context and DataLoader with its batching, cost limits, the mutation contract
//! and the one write path. The schema itself is built over the domains, in the `schema` module.

pub mod batching;
pub mod checks;
pub mod children;
pub mod connection;
pub mod context;
pub mod cost;
pub mod documents;
pub mod error;
pub mod filter;
pub mod ids;
pub mod linked;
pub mod loader;
pub mod mutation;
pub mod row_object;
pub mod scalars;
pub mod sql;
pub mod through;
pub mod write;

/// The deepest query accepted: deep enough for GraphiQL's introspection query and for reading
/// programme -> benefits -> commitments -> organisation -> parent, shallow enough to stop abuse.
pub const MAX_DEPTH: usize = 15;
/// The costliest query accepted: each field costs 1, and a list field costs its page size times
/// the cost of one item (see `connection::cost`).
pub const MAX_COMPLEXITY: usize = 50_000;
