//! Batched loading of organisations and their relationships.

use std::collections::HashMap;

use async_graphql::dataloader::Loader;
use chrono::NaiveDate;
use entity::enums::RelationshipKind;
use entity::organisation_relationship::{self as relationship, Column};
use entity::{organisation, organisation_relationship};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QuerySelect};

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

impl Loader<TargetOn> for DbLoader {
    type Value = i32;
    type Error = LoadError;

    /// Filters by kind and date in SQL and reads four columns, not every relationship of every
    /// organisation: a page of organisations with their parents decodes one short row each.
    async fn load(&self, keys: &[TargetOn]) -> Result<HashMap<TargetOn, i32>, LoadError> {
        // The keys of one level nearly always share their kind and date: one statement each.
        let mut groups: HashMap<(RelationshipKind, NaiveDate), Vec<i32>> = HashMap::new();
        for key in keys {
            groups.entry((key.kind, key.on)).or_default().push(key.from);
        }
        let mut targets = HashMap::with_capacity(keys.len());
        for ((kind, on), froms) in groups {
            let rows: Vec<(i32, i32, Option<NaiveDate>, i32)> = relationship::Entity::find()
                .select_only()
                .columns([
                    Column::FromOrganisationId,
                    Column::ToOrganisationId,
                    Column::ValidFrom,
                    Column::Id,
                ])
                .filter(Column::Kind.eq(kind))
                .filter(Column::FromOrganisationId.is_in(froms))
                .filter(valid_at(on))
                .into_tuple()
                .all(&self.db.conn)
                .await?;
            let mut latest: HashMap<i32, (Option<NaiveDate>, i32, i32)> = HashMap::new();
            for (from, to, valid_from, id) in rows {
                let candidate = (valid_from, id, to);
                latest
                    .entry(from)
                    .and_modify(|best| *best = (*best).max(candidate))
                    .or_insert(candidate);
            }
            targets.extend(
                latest
                    .into_iter()
                    .map(|(from, (_, _, to))| (TargetOn { from, kind, on }, to)),
            );
        }
        Ok(targets)
    }
}
