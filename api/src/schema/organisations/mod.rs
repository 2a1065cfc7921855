//! The GraphQL types, queries and mutations of organisations, over the `organisations` store.

mod query;
mod types;

pub use query::OrganisationQuery;
pub use types::{Organisation, OrganisationRelationship, RelationshipDirection};
