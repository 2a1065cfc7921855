//! A whole programme's series, for what needs every value rather than the latest (forecasts
//! and SPC over a national register): the commitments' plans, read at once, and their values
//! streamed in commitment order, so each commitment's series can be analysed and dropped as
//! the next one arrives.

use chrono::NaiveDate;
use entity::measurement;
use futures_util::Stream;
use sea_orm::{
    ColumnTrait, Condition, ConnectionTrait, DbErr, EntityTrait, QueryFilter, QueryOrder,
    StreamTrait,
};

use super::inputs::{CommitmentColumns, PlannedValue, RecordedValue};

/// The programme's commitments (as at `as_at`) and their trajectory points, each in
/// commitment order.
pub async fn plans<C: ConnectionTrait + StreamTrait>(
    db: &C,
    programme: i32,
    as_at: NaiveDate,
) -> Result<(Vec<CommitmentColumns>, Vec<PlannedValue>), DbErr> {
    futures_util::try_join!(
        super::store::commitments(db, programme, as_at),
        super::store::trajectories(db, programme)
    )
}

/// Every value of the programme's commitments measured on or before `as_at`, and every
/// correction whatever its date (a correction drops the value it replaces as at any date, see
/// [`crate::analytics::effective_series`]), by commitment, then date, then as recorded: one
/// statement, decoded row by row as it arrives.
pub async fn values<'a, C: ConnectionTrait + StreamTrait>(
    db: &'a C,
    programme: i32,
    as_at: NaiveDate,
) -> Result<impl Stream<Item = Result<RecordedValue, DbErr>> + 'a, DbErr> {
    measurement::Entity::find()
        .filter(
            measurement::Column::CommitmentId.in_subquery(super::store::commitments_of(programme)),
        )
        .filter(
            Condition::any()
                .add(measurement::Column::MeasuredOn.lte(as_at))
                .add(measurement::Column::SupersedesId.is_not_null()),
        )
        .order_by_asc(measurement::Column::CommitmentId)
        .order_by_asc(measurement::Column::MeasuredOn)
        .order_by_asc(measurement::Column::Id)
        .into_partial_model::<RecordedValue>()
        .stream(db)
        .await
}
