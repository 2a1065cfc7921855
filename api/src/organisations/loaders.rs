//! Batched loading of organisations and their relationships.

use std::collections::HashMap;

use async_graphql::dataloader::Loader;
use chrono::NaiveDate;
use entity::enums::RelationshipKind;
use entity::organisation_relationship::{self as relationship, Column};
use entity::{organisation, organisation_relationship};
use sea_orm::{
    ColumnTrait, EntityTrait, FromQueryResult, JoinType, PartialModelTrait, QueryFilter,
    QuerySelect, RelationDef,
};

use super::hierarchy::valid_at;
use super::row::OrganisationRow;
use crate::graphql::loader::{DbLoader, LoadError, load_by_id, load_children};

load_by_id!(OrganisationById, organisation::Entity, as OrganisationRow);
load_by_id!(OrganisationDetailsById, organisation::Entity);
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

/// The organisation that `from` points to by `kind` on the date `on` (a parent, a
/// commissioner, a host): the latest to start, if several hold.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct TargetOn {
    /// The organisation the relationship starts from.
    pub from: i32,
    /// The kind of relationship.
    pub kind: RelationshipKind,
    /// The date it must hold on.
    pub on: NaiveDate,
}

/// A relationship that holds, with the organisation at its far end.
#[derive(FromQueryResult)]
struct Target {
    from_id: i32,
    valid_from: Option<NaiveDate>,
    relationship_id: i32,
    #[sea_orm(nested)]
    organisation: OrganisationRow,
}

impl Loader<TargetOn> for DbLoader {
    type Value = OrganisationRow;
    type Error = LoadError;

    /// Filters by kind and date in SQL and joins the far end, reading the relationship's
    /// three columns and the organisation's seven: one statement for a page's parents, not
    /// every relationship of every organisation and then the parents.
    async fn load(
        &self,
        keys: &[TargetOn],
    ) -> Result<HashMap<TargetOn, OrganisationRow>, LoadError> {
        // The keys of one level nearly always share their kind and date: one statement each.
        let mut groups: HashMap<(RelationshipKind, NaiveDate), Vec<i32>> = HashMap::new();
        for key in keys {
            groups.entry((key.kind, key.on)).or_default().push(key.from);
        }
        let far_end: RelationDef = relationship::Entity::belongs_to(organisation::Entity)
            .from(Column::ToOrganisationId)
            .to(organisation::Column::Id)
            .into();
        let mut targets = HashMap::with_capacity(keys.len());
        for ((kind, on), froms) in groups {
            let select = relationship::Entity::find()
                .select_only()
                .column_as(Column::FromOrganisationId, "from_id")
                .column_as(Column::ValidFrom, "valid_from")
                .column_as(Column::Id, "relationship_id")
                .join(JoinType::InnerJoin, far_end.clone());
            let rows: Vec<Target> = OrganisationRow::select_cols(select)
                .filter(Column::Kind.eq(kind))
                .filter(Column::FromOrganisationId.is_in(froms))
                .filter(valid_at(on))
                .into_model()
                .all(&self.db.conn)
                .await?;
            let mut latest: HashMap<i32, Target> = HashMap::new();
            for row in rows {
                let starts = (row.valid_from, row.relationship_id);
                if latest
                    .get(&row.from_id)
                    .is_none_or(|best| starts > (best.valid_from, best.relationship_id))
                {
                    latest.insert(row.from_id, row);
                }
            }
            targets.extend(
                latest
                    .into_iter()
                    .map(|(from, t)| (TargetOn { from, kind, on }, t.organisation)),
            );
        }
        Ok(targets)
    }
}
