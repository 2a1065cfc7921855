//! Batched loading of organisations and their relationships.

use entity::{organisation, organisation_relationship};

use crate::graphql::loader::{load_by_id, load_children};

load_by_id!(OrganisationById, organisation::Entity);
load_children!(
    RelationshipsFrom,
    organisation_relationship::Entity,
    FromOrganisationId,
    from_organisation_id,
    Id
);
load_children!(
    RelationshipsTo,
    organisation_relationship::Entity,
    ToOrganisationId,
    to_organisation_id,
    Id
);
