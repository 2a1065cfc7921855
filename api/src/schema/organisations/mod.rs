//! The GraphQL types, queries and mutations of organisations, over the `organisations` store.

mod query;
mod related;
mod relationship;
mod types;

pub use query::OrganisationQuery;
pub use related::RelationshipDirection;
pub use relationship::OrganisationRelationship;
pub use types::Organisation;
