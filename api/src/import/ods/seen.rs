//! When each organisation was last listed. An extract is a full list of its kinds, so an
//! organisation an earlier extract listed and a newer one leaves out is kept (its history and
//! commitments matter) but is marked: its `last_seen_on` stays at the older extract's date.
//! The regions and areas the rows name are marked too: the date an area was last grouped is
//! what lets only a newer extract move it to another region.

use std::collections::BTreeSet;

use anyhow::Context;
use chrono::NaiveDate;
use entity::organisation::{self, Column};
use sea_orm::sea_query::Expr;
use sea_orm::{
    ColumnTrait, Condition, DatabaseTransaction, EntityTrait, PaginatorTrait, QueryFilter,
};

use super::apply::BATCH;
use super::parse::Extract;

/// Marks the organisations the extract lists, and the regions and areas its rows name, as seen
/// on `as_of` (never moving a later date back, for an older extract imported after a newer
/// one) and counts those of its kinds that an earlier extract listed and this one does not.
pub(super) async fn mark_seen(
    txn: &DatabaseTransaction,
    extract: &Extract,
    as_of: NaiveDate,
) -> anyhow::Result<usize> {
    let named = extract.records.iter().flat_map(|r| {
        [&r.national_grouping, &r.health_geography]
            .into_iter()
            .filter_map(|c| c.as_deref())
    });
    let codes: BTreeSet<&str> = extract
        .records
        .iter()
        .map(|r| r.code.as_str())
        .chain(named)
        .collect();
    let codes: Vec<&str> = codes.into_iter().collect();
    let not_later = Condition::any()
        .add(Column::LastSeenOn.is_null())
        .add(Column::LastSeenOn.lt(as_of));
    for batch in codes.chunks(BATCH) {
        organisation::Entity::update_many()
            .col_expr(Column::LastSeenOn, Expr::value(as_of))
            .filter(Column::OdsCode.is_in(batch.iter().copied()))
            .filter(not_later.clone())
            .exec(txn)
            .await
            .context("marking the organisations the extract lists as seen")?;
    }
    let missing = organisation::Entity::find()
        .filter(Column::Kind.is_in(extract.kind.kinds().iter().copied()))
        .filter(Column::LastSeenOn.lt(as_of))
        .count(txn)
        .await
        .context("counting the organisations the extract no longer lists")?;
    Ok(missing as usize)
}
