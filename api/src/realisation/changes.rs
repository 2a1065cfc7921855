//! What changed since a snapshot was read: how far its rows had seen the audit trail, and the
//! rows of just the commitments that changed since, for updating it rather than reading the
//! whole programme again.

use chrono::NaiveDate;
use entity::trajectory_point;
use futures_util::try_join;
use sea_orm::{
    ColumnTrait, ConnectionTrait, DbErr, EntityTrait, FromQueryResult, QueryFilter, QueryOrder,
    StreamTrait,
};

use super::inputs::{CommitmentColumns, PlannedValue, RecordedValue};
use super::store::{as_at_statement, commitments_among, latest_measurements};

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
    let sql = latest_measurements(backend, Some(keys));
    let latest = as_at_statement(backend, sql, programme, as_at);
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
