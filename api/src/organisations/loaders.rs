//! Batched loading of organisations and their relationships.

use std::collections::HashMap;

use async_graphql::dataloader::Loader;
use chrono::NaiveDate;
use entity::enums::RelationshipKind;
use entity::organisation_relationship::{self as relationship, Column};
use entity::{organisation, organisation_relationship};
use sea_orm::{
    ActiveEnum, ColumnTrait, DbBackend, EntityTrait, FromQueryResult, JoinType, PartialModelTrait,
    QueryFilter, QuerySelect, RelationDef, Statement, Value,
};

use super::hierarchy::valid_at;
use super::row::OrganisationRow;
use crate::graphql::loader::{DbLoader, LoadError, key_list, load_by_id, load_children};

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
            let rows: Vec<Target> = match self.db.backend() {
                DbBackend::Postgres => {
                    Target::find_by_statement(holding_targets(kind, on, &froms))
                        .all(&self.db.conn)
                        .await?
                }
                _ => {
                    let select = relationship::Entity::find()
                        .select_only()
                        .column_as(Column::FromOrganisationId, "from_id")
                        .column_as(Column::ValidFrom, "valid_from")
                        .column_as(Column::Id, "relationship_id")
                        .join(JoinType::InnerJoin, far_end.clone());
                    OrganisationRow::select_cols(select)
                        .filter(Column::Kind.eq(kind))
                        .filter(Column::FromOrganisationId.is_in(froms))
                        .filter(valid_at(on))
                        .into_model()
                        .all(&self.db.conn)
                        .await?
                }
            };
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

/// On PostgreSQL, each organisation's relationships of `kind` that hold `on`, with their far
/// ends. Two things keep it to the rows it returns, whatever plan a prepared statement is
/// given:
/// - the end is written as the index on (from, kind, end) has it, "never" for none, so the
///   relationships that ended before `on` (a practice's PCTs and CCGs of past years) are
///   passed over in the index, never read;
/// - each organisation's relationships, and each far end, are looked up by key (`LATERAL`
///   with `OFFSET 0`, which the planner cannot turn into a join that scans a whole table,
///   as a generic plan of the plain join did: it read every organisation).
///
/// SQLite, which has neither `LATERAL` nor statistics, reads them with the plain join.
fn holding_targets(kind: RelationshipKind, on: NaiveDate, froms: &[i32]) -> Statement {
    let sql = "SELECT r.from_organisation_id AS from_id, r.valid_from, r.id AS relationship_id, \
               o.id, o.ods_code, o.name, o.kind, o.status, o.opened_on, o.closed_on \
               FROM unnest(string_to_array($1, ',')::int[]) AS asked(from_id) \
               CROSS JOIN LATERAL (\
                 SELECT * FROM organisation_relationships r \
                 WHERE r.from_organisation_id = asked.from_id AND r.kind = $2 \
                   AND (r.valid_from IS NULL OR r.valid_from <= $3) \
                   AND COALESCE(r.valid_to, '9999-12-31') > $3 OFFSET 0\
               ) r \
               CROSS JOIN LATERAL (\
                 SELECT * FROM organisations o WHERE o.id = r.to_organisation_id OFFSET 0\
               ) o";
    let values: [Value; 3] = [key_list(froms), kind.to_value().into(), on.into()];
    Statement::from_sql_and_values(DbBackend::Postgres, sql, values)
}
