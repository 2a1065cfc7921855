//! The relationships an extract says should hold (PART_OF, COMMISSIONED_BY, and an area's
//! region), reconciled with those the database holds: new ones created, moved ones closed and
//! opened, ended ones closed.

use std::collections::{BTreeMap, HashMap, HashSet};

use anyhow::Context;
use chrono::{NaiveDate, Utc};
use entity::enums::RelationshipKind;
use entity::organisation;
use entity::organisation_relationship as relationship;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, DatabaseTransaction, EntityTrait, QueryFilter, QuerySelect, Set,
};

use super::apply::{BATCH, ImportReport};
use super::parse::Extract;

/// A relationship the file says should hold.
pub(crate) struct Wanted {
    from: i32,
    kind: RelationshipKind,
    to: i32,
    valid_from: Option<NaiveDate>,
    valid_to: Option<NaiveDate>,
    /// Derived relationships (an area PART_OF the region most of the file's rows give) move
    /// only with an extract newer than any that named the area before: the trusts and the
    /// practices extracts of one time can group an area differently (closed practices keep an
    /// old grouping), and an older extract imported after a newer one must not undo a move.
    derived: bool,
}

impl Wanted {
    /// `from` PART_OF `to` from `valid_from`: moved (the old one closed) when `from` is PART_OF
    /// another organisation.
    pub(crate) fn part_of(from: i32, to: i32, valid_from: NaiveDate) -> Self {
        Self {
            from,
            kind: RelationshipKind::PartOf,
            to,
            valid_from: Some(valid_from),
            valid_to: None,
            derived: false,
        }
    }
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
                derived: false,
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
                // A practice that closed stopped being commissioned then, left or not.
                valid_to: c.left_on.or(r.closed_on),
                derived: false,
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
                derived: true,
            });
        }
    }
    wanted
}

/// Whether a derived relationship moves with an extract dated `extract_date`: only when the
/// extract is newer than the current relationship's start and than the last extract that
/// named the organisation (`last_named`; unknown for one imported before names were dated).
fn derived_moves(
    current_start: Option<NaiveDate>,
    last_named: Option<NaiveDate>,
    extract_date: NaiveDate,
) -> bool {
    let newer = |d: Option<NaiveDate>| d.is_none_or(|d| extract_date > d);
    newer(current_start) && newer(last_named)
}

/// The day a relationship moves to another organisation: the date the file gives for the new
/// one (a practice's commissioner join date) when it is later than the old one's start;
/// otherwise the extract's date. Never before the old one's start, so it cannot end before
/// it began.
pub(super) fn change_date(
    old_start: Option<NaiveDate>,
    file_date: Option<NaiveDate>,
    extract_date: NaiveDate,
) -> NaiveDate {
    let after_old = |d: NaiveDate| old_start.is_none_or(|start| d > start);
    let day = match file_date {
        Some(d) if after_old(d) => d,
        _ => extract_date,
    };
    old_start.map_or(day, |start| day.max(start))
}

/// The end of a relationship that the file, dated `extract_date`, says holds again with no
/// end: `None` unless the recorded one has ended, before the extract's date (an older extract
/// imported after a newer one reopens nothing).
pub(super) fn reopened(
    recorded_end: Option<NaiveDate>,
    file_end: Option<NaiveDate>,
    extract_date: NaiveDate,
) -> Option<NaiveDate> {
    recorded_end.filter(|end| file_end.is_none() && extract_date > *end)
}

pub(crate) async fn reconcile(
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
    let last_named = last_named(txn, &wanted).await?;
    let mut new = Vec::new();
    for w in wanted {
        match current.get(&(w.from, w.kind)) {
            None => new.push(w),
            Some(cur)
                if w.derived
                    && cur.to_organisation_id != w.to
                    && !derived_moves(
                        cur.valid_from,
                        last_named.get(&w.from).copied().flatten(),
                        as_of,
                    ) => {}
            Some(cur) if cur.to_organisation_id == w.to => {
                if let Some(end) = reopened(cur.valid_to, w.valid_to, as_of) {
                    // Open again after it had ended (a practice that reopens): a new
                    // relationship from the file's date when it is after the end, otherwise
                    // from the extract's; the ended one is history and stays.
                    new.push(Wanted {
                        valid_from: Some(w.valid_from.filter(|d| *d >= end).unwrap_or(as_of)),
                        ..w
                    });
                    continue;
                }
                // History is filled in, never rewritten: a start or an end the database has is
                // kept, and an end is never put before the start.
                let starts = cur.valid_from.is_none() && w.valid_from.is_some();
                let start = if starts { w.valid_from } else { cur.valid_from };
                let ends = cur.valid_to.is_none()
                    && w.valid_to
                        .is_some_and(|to| start.is_none_or(|from| to >= from));
                if starts || ends {
                    let mut am: relationship::ActiveModel = cur.clone().into();
                    if starts {
                        am.valid_from = Set(w.valid_from);
                    }
                    if ends {
                        am.valid_to = Set(w.valid_to);
                        report.relationships_closed += 1;
                    }
                    am.updated_at = Set(Utc::now());
                    am.update(txn).await.context("updating a relationship")?;
                }
            }
            Some(cur) => {
                let change_on = change_date(cur.valid_from, w.valid_from, as_of);
                if cur.valid_to.is_none() {
                    let mut am: relationship::ActiveModel = cur.clone().into();
                    am.valid_to = Set(Some(change_on));
                    am.updated_at = Set(Utc::now());
                    am.update(txn).await.context("closing a relationship")?;
                    report.relationships_closed += 1;
                }
                // An organisation that closed before the change date moved nowhere.
                if w.valid_to.is_none_or(|to| to > change_on) {
                    new.push(Wanted {
                        valid_from: Some(change_on),
                        ..w
                    });
                }
            }
        }
    }
    // A relationship the file ends before (or as) it starts never held: not recorded.
    new.retain(|w| !matches!((w.valid_from, w.valid_to), (Some(from), Some(to)) if to <= from));
    report.relationships_opened = new.len();
    let mut rows = new
        .into_iter()
        .map(|w| relationship::ActiveModel {
            from_organisation_id: Set(w.from),
            to_organisation_id: Set(w.to),
            kind: Set(w.kind),
            valid_from: Set(w.valid_from),
            valid_to: Set(w.valid_to),
            share_percent: Set(None),
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

/// The date of the last extract that named each organisation a derived relationship starts
/// from, read before this import marks it.
async fn last_named(
    txn: &DatabaseTransaction,
    wanted: &[Wanted],
) -> anyhow::Result<HashMap<i32, Option<NaiveDate>>> {
    let ids: HashSet<i32> = wanted
        .iter()
        .filter(|w| w.derived)
        .map(|w| w.from)
        .collect();
    let mut named = HashMap::new();
    for batch in ids.into_iter().collect::<Vec<_>>().chunks(BATCH) {
        let rows: Vec<(i32, Option<NaiveDate>)> = organisation::Entity::find()
            .select_only()
            .column(organisation::Column::Id)
            .column(organisation::Column::LastSeenOn)
            .filter(organisation::Column::Id.is_in(batch.iter().copied()))
            .into_tuple()
            .all(txn)
            .await
            .context("reading when the areas were last named")?;
        named.extend(rows);
    }
    Ok(named)
}

#[cfg(test)]
mod tests;
