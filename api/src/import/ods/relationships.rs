//! The relationships an extract says should hold (PART_OF, COMMISSIONED_BY, and an area's
//! region), reconciled with those the database holds: new ones created, moved ones closed and
//! opened, ended ones closed.

use std::collections::{BTreeMap, HashMap};

use anyhow::Context;
use chrono::{NaiveDate, Utc};
use entity::enums::RelationshipKind;
use entity::organisation_relationship as relationship;
use sea_orm::{ActiveModelTrait, ColumnTrait, DatabaseTransaction, EntityTrait, QueryFilter, Set};

use super::apply::{BATCH, ImportReport};
use super::parse::Extract;

/// A relationship the file says should hold.
pub(super) struct Wanted {
    from: i32,
    kind: RelationshipKind,
    to: i32,
    valid_from: Option<NaiveDate>,
    valid_to: Option<NaiveDate>,
    /// Derived relationships (area PART_OF region) are only created, never moved: the two
    /// extracts group areas differently, and re-importing either must change nothing.
    create_only: bool,
}

pub(super) fn wanted_relationships(extract: &Extract, ids: &HashMap<String, i32>) -> Vec<Wanted> {
    let id = |code: &Option<String>| code.as_ref().and_then(|c| ids.get(c)).copied();
    let mut wanted = Vec::new();
    // Area -> region: the region most of the file's rows give for that area.
    let mut area_regions: BTreeMap<i32, BTreeMap<i32, usize>> = BTreeMap::new();
    for r in &extract.records {
        let Some(me) = ids.get(&r.code).copied() else {
            continue;
        };
        let area = id(&r.health_geography);
        let region = id(&r.national_grouping);
        if let (Some(area), Some(region)) = (area, region) {
            *area_regions
                .entry(area)
                .or_default()
                .entry(region)
                .or_default() += 1;
        }
        if let Some(parent) = area.or(region) {
            wanted.push(Wanted {
                from: me,
                kind: RelationshipKind::PartOf,
                to: parent,
                valid_from: None,
                valid_to: r.closed_on,
                create_only: false,
            });
        }
        if let Some(c) = &r.commissioner
            && let Some(to) = ids.get(&c.code).copied()
        {
            wanted.push(Wanted {
                from: me,
                kind: RelationshipKind::CommissionedBy,
                to,
                valid_from: c.joined_on,
                valid_to: c.left_on,
                create_only: false,
            });
        }
    }
    for (area, regions) in area_regions {
        if let Some((&region, _)) = regions
            .iter()
            .max_by_key(|(id, n)| (**n, std::cmp::Reverse(**id)))
        {
            wanted.push(Wanted {
                from: area,
                kind: RelationshipKind::PartOf,
                to: region,
                valid_from: None,
                valid_to: None,
                create_only: true,
            });
        }
    }
    wanted
}

pub(super) async fn reconcile(
    txn: &DatabaseTransaction,
    wanted: Vec<Wanted>,
    as_of: NaiveDate,
    report: &mut ImportReport,
) -> anyhow::Result<()> {
    // The latest relationship of each kind from each organisation is its current one.
    let mut current: HashMap<(i32, RelationshipKind), relationship::Model> = HashMap::new();
    for rel in relationship::Entity::find()
        .filter(
            relationship::Column::Kind
                .is_in([RelationshipKind::PartOf, RelationshipKind::CommissionedBy]),
        )
        .all(txn)
        .await
        .context("reading relationships")?
    {
        let key = (rel.from_organisation_id, rel.kind);
        if current.get(&key).is_none_or(|c| c.id < rel.id) {
            current.insert(key, rel);
        }
    }
    let mut new = Vec::new();
    for w in wanted {
        match current.get(&(w.from, w.kind)) {
            None => new.push(w),
            Some(_) if w.create_only => {}
            Some(cur) if cur.to_organisation_id == w.to => {
                let from_changed = w.valid_from.is_some() && w.valid_from != cur.valid_from;
                if cur.valid_to != w.valid_to || from_changed {
                    if cur.valid_to.is_none() && w.valid_to.is_some() {
                        report.relationships_closed += 1;
                    }
                    let mut am: relationship::ActiveModel = cur.clone().into();
                    am.valid_to = Set(w.valid_to);
                    if from_changed {
                        am.valid_from = Set(w.valid_from);
                    }
                    am.updated_at = Set(Utc::now());
                    am.update(txn).await.context("updating a relationship")?;
                }
            }
            Some(cur) => {
                let change_on = w.valid_from.unwrap_or(as_of);
                if cur.valid_to.is_none() {
                    let mut am: relationship::ActiveModel = cur.clone().into();
                    am.valid_to = Set(Some(change_on));
                    am.updated_at = Set(Utc::now());
                    am.update(txn).await.context("closing a relationship")?;
                    report.relationships_closed += 1;
                }
                new.push(Wanted {
                    valid_from: Some(change_on),
                    ..w
                });
            }
        }
    }
    report.relationships_opened = new.len();
    let mut rows = new
        .into_iter()
        .map(|w| relationship::ActiveModel {
            from_organisation_id: Set(w.from),
            to_organisation_id: Set(w.to),
            kind: Set(w.kind),
            valid_from: Set(w.valid_from),
            valid_to: Set(w.valid_to),
            ..Default::default()
        })
        .peekable();
    while rows.peek().is_some() {
        let batch: Vec<_> = rows.by_ref().take(BATCH).collect();
        relationship::Entity::insert_many(batch)
            .exec_without_returning(txn)
            .await
            .context("inserting relationships")?;
    }
    Ok(())
}
