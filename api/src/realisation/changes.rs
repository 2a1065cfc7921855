//! What changed since a snapshot was read: how far its rows had seen the audit trail, and the
//! rows of just the commitments that changed since, for updating it rather than reading the
//! whole programme again.

use chrono::NaiveDate;
use entity::{audit_event, trajectory_point};
use futures_util::try_join;
use sea_orm::{
    ColumnTrait, ConnectionTrait, DbErr, EntityTrait, FromQueryResult, QueryFilter, QueryOrder,
    QuerySelect, Statement, StreamTrait,
};

use super::inputs::{CommitmentColumns, PlannedValue, RecordedValue};
use super::store::{commitments_among, latest_measurements};

/// The rows behind the figures of the programme's commitments among `keys` as at `as_at`: the
/// commitments (those that existed on the date), their trajectory points and their latest
/// effective measurements, for updating a snapshot after changes to only these.
pub async fn rows_of<C: ConnectionTrait + StreamTrait>(
    db: &C,
    programme: i32,
    as_at: NaiveDate,
    keys: &[i32],
) -> Result<ChangedRows, DbErr> {
    let backend = ConnectionTrait::get_database_backend(db);
    let latest = Statement::from_sql_and_values(
        backend,
        latest_measurements(backend, Some(keys)),
        [sea_orm::Value::from(as_at), sea_orm::Value::from(programme)],
    );
    let (commitments, trajectory, latest) = try_join!(
        commitments_among(db, programme, as_at, Some(keys)),
        trajectory_point::Entity::find()
            .filter(trajectory_point::Column::CommitmentId.is_in(keys.iter().copied()))
            .order_by_asc(trajectory_point::Column::CommitmentId)
            .order_by_asc(trajectory_point::Column::PlannedOn)
            .order_by_asc(trajectory_point::Column::Id)
            .into_partial_model::<PlannedValue>()
            .all(db),
        RecordedValue::find_by_statement(latest).all(db),
    )?;
    Ok(ChangedRows {
        commitments,
        trajectory,
        latest,
    })
}

/// The rows of some of a programme's commitments (see [`rows_of`]).
#[derive(Default)]
pub struct ChangedRows {
    /// The commitments that existed on the date, as they stood then.
    pub commitments: Vec<CommitmentColumns>,
    /// Their trajectory points, by commitment.
    pub trajectory: Vec<PlannedValue>,
    /// Their latest effective measurements on or before the date.
    pub latest: Vec<RecordedValue>,
}

/// How far a snapshot's rows have seen the audit trail: every committed change is either
/// reflected in them, or recorded by an audit event after `after` or among `gaps` (keys below
/// it whose transactions had not committed when it was read).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct AuditPosition {
    /// The highest audit event key committed when it was read.
    pub after: i32,
    /// Keys below `after`, within [`GAP_WINDOW`] of it, not committed then.
    pub gaps: Vec<i32>,
}

/// How far below the highest key a key not yet committed is looked for: a write records its
/// audit event just before it commits, so a key is rarely overtaken by more than a few.
const GAP_WINDOW: i32 = 1_000;

/// The audit trail's position now, read before the rows it is to describe.
pub async fn audit_position<C: ConnectionTrait>(db: &C) -> Result<AuditPosition, DbErr> {
    let after = crate::live::read::latest(db).await?;
    // Keys start at 1: with no events at all, there is nothing below to wait for.
    let low = after.saturating_sub(GAP_WINDOW).max(0);
    let seen: Vec<i32> = audit_event::Entity::find()
        .select_only()
        .column(audit_event::Column::Id)
        .filter(audit_event::Column::Id.gt(low))
        .filter(audit_event::Column::Id.lte(after))
        .order_by_asc(audit_event::Column::Id)
        .into_tuple()
        .all(db)
        .await?;
    Ok(AuditPosition {
        after,
        gaps: missing(low + 1..=after, &seen),
    })
}

/// The keys of `range` not in `seen` (which is in key order).
fn missing(range: std::ops::RangeInclusive<i32>, seen: &[i32]) -> Vec<i32> {
    range.filter(|k| seen.binary_search(k).is_err()).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_gaps_are_the_keys_of_the_window_not_yet_committed() {
        // (window, committed keys, gaps)
        let cases: [(std::ops::RangeInclusive<i32>, &[i32], &[i32]); 4] = [
            (1..=5, &[1, 2, 3, 4, 5], &[]),
            (1..=5, &[1, 3, 5], &[2, 4]),
            (6..=8, &[8], &[6, 7]),
            // No events yet: an empty window.
            (std::ops::RangeInclusive::new(1, 0), &[], &[]),
        ];
        for (window, seen, gaps) in cases {
            assert_eq!(missing(window.clone(), seen), gaps, "{window:?} {seen:?}");
        }
    }
}
