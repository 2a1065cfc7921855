//! The GraphQL types, queries and mutations of organisations, over the `organisations` store.

mod query;
mod relationship;
mod types;

pub use query::OrganisationQuery;
pub use relationship::OrganisationRelationship;
pub use types::{Organisation, RelationshipDirection};
