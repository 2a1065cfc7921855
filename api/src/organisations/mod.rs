//! Organisations of the health system and their dated relationships: the accountability
//! hierarchy (PART_OF), commissioning, shared services and reorganisation lineage.

mod hierarchy;
mod loaders;
mod open;
mod query;
mod row;
mod types;

pub use hierarchy::{ancestors, descendants, is_valid_at, ods_code_exists, valid_at};
pub use loaders::{OrganisationById, OrganisationDetailsById, RelationshipsFrom, RelationshipsTo};
pub use open::{is_closed, open_organisation};
pub use query::OrganisationQuery;
pub use row::OrganisationRow;
pub use types::{Organisation, OrganisationRelationship, RelationshipDirection};
