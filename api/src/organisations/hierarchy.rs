//! Reading the hierarchy as at a date: a relationship holds on `d` when it began on or
//! before `d` (or has no start) and ends after `d` (or has no end).

use std::collections::HashSet;

use chrono::NaiveDate;
use entity::enums::RelationshipKind;
use entity::organisation_relationship as relationship;
use sea_orm::{
    ColumnTrait, Condition, ConnectionTrait, DbErr, EntityTrait, QueryFilter, QuerySelect,
};

/// The deepest hierarchy walked (region, area, trust, and room to spare); guards cycles too.
const MAX_DEPTH: usize = 8;

/// Whether `rel` holds on `d`.
pub fn is_valid_at(rel: &relationship::Model, d: NaiveDate) -> bool {
    rel.valid_from.is_none_or(|from| from <= d) && rel.valid_to.is_none_or(|to| to > d)
}

/// The SQL condition for relationships holding on `d`.
pub fn valid_at(d: NaiveDate) -> Condition {
    Condition::all()
        .add(
            Condition::any()
                .add(relationship::Column::ValidFrom.is_null())
                .add(relationship::Column::ValidFrom.lte(d)),
        )
        .add(
            Condition::any()
                .add(relationship::Column::ValidTo.is_null())
                .add(relationship::Column::ValidTo.gt(d)),
        )
}

/// Every organisation PART_OF `root` on `d`, directly or through others (not `root` itself):
/// one query per level of the hierarchy.
#[tracing::instrument(level = "debug", skip(db))]
pub async fn descendants<C: ConnectionTrait>(
    db: &C,
    root: i32,
    d: NaiveDate,
) -> Result<Vec<i32>, DbErr> {
    use relationship::Column::{FromOrganisationId, ToOrganisationId};
    walk(db, root, d, ToOrganisationId, FromOrganisationId).await
}

/// Every organisation that `org` is PART_OF on `d`, nearest first (not `org` itself): one
/// query per level.
#[tracing::instrument(level = "debug", skip(db))]
pub async fn ancestors<C: ConnectionTrait>(
    db: &C,
    org: i32,
    d: NaiveDate,
) -> Result<Vec<i32>, DbErr> {
    use relationship::Column::{FromOrganisationId, ToOrganisationId};
    walk(db, org, d, FromOrganisationId, ToOrganisationId).await
}

/// The organisations reached from `start` by PART_OF relationships holding on `d`, a level at a
/// time, nearest first, each once: a relationship whose `reached` end is an organisation of
/// one level gives its `next` end to the next.
async fn walk<C: ConnectionTrait>(
    db: &C,
    start: i32,
    d: NaiveDate,
    reached: relationship::Column,
    next: relationship::Column,
) -> Result<Vec<i32>, DbErr> {
    let mut seen: HashSet<i32> = HashSet::from([start]);
    let mut all = Vec::new();
    let mut level = vec![start];
    for _ in 0..MAX_DEPTH {
        if level.is_empty() {
            break;
        }
        let found: Vec<i32> = relationship::Entity::find()
            .select_only()
            .column(next)
            .filter(relationship::Column::Kind.eq(RelationshipKind::PartOf))
            .filter(reached.is_in(level))
            .filter(valid_at(d))
            .into_tuple()
            .all(db)
            .await?;
        level = found.into_iter().filter(|o| seen.insert(*o)).collect();
        all.extend_from_slice(&level);
    }
    Ok(all)
}

/// Whether an organisation has the ODS code `code` (any case).
pub async fn ods_code_exists<C: ConnectionTrait>(db: &C, code: &str) -> Result<bool, DbErr> {
    use entity::organisation;
    use sea_orm::PaginatorTrait;
    Ok(organisation::Entity::find()
        .filter(organisation::Column::OdsCode.eq(code.trim().to_uppercase()))
        .count(db)
        .await?
        > 0)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rel(from: Option<(i32, u32, u32)>, to: Option<(i32, u32, u32)>) -> relationship::Model {
        let date =
            |d: Option<(i32, u32, u32)>| d.and_then(|(y, m, dd)| NaiveDate::from_ymd_opt(y, m, dd));
        relationship::Model {
            id: 1,
            from_organisation_id: 1,
            to_organisation_id: 2,
            kind: RelationshipKind::CommissionedBy,
            valid_from: date(from),
            valid_to: date(to),
            share_percent: None,
            created_at: chrono::Utc::now(),
            updated_at: chrono::Utc::now(),
        }
    }

    #[test]
    fn validity_includes_the_first_day_and_excludes_the_last() {
        let d = |y, m, dd| NaiveDate::from_ymd_opt(y, m, dd).unwrap_or_default();
        let r = rel(Some((2013, 4, 1)), Some((2020, 4, 1)));
        assert!(!is_valid_at(&r, d(2013, 3, 31)));
        assert!(is_valid_at(&r, d(2013, 4, 1)));
        assert!(is_valid_at(&r, d(2020, 3, 31)));
        assert!(!is_valid_at(&r, d(2020, 4, 1)));
        assert!(is_valid_at(&rel(None, None), d(1900, 1, 1)));
    }
}
