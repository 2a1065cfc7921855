//! Organisations of the health system and their dated relationships: the accountability
//! hierarchy (PART_OF), commissioning, shared services and reorganisation lineage.

pub(crate) mod codes;
pub(crate) mod hierarchy;
pub(crate) mod loaders;
pub(crate) mod members;
pub(crate) mod open;
pub(crate) mod row;

pub use codes::by_ods_code;
pub use hierarchy::{ancestors, descendants, is_valid_at, ods_code_exists, valid_at};
pub use loaders::{OrganisationById, OrganisationDetailsById, RelationshipsFrom, RelationshipsTo};
pub use open::{is_closed, open_organisation};
pub use row::OrganisationRow;
