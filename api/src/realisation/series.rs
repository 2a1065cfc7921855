//! A whole programme's series, for what needs every value rather than the latest (forecasts
//! and SPC over a national register): the commitments and their plans, read at once in
//! commitment order, and their values streamed in the same order and merged with them
//! ([`ByCommitment`], [`rows_of`]), so each commitment's series is analysed and dropped as
//! the next one arrives and memory holds one series at a time.

use std::cmp::Ordering;

use chrono::NaiveDate;
use entity::measurement;
use futures_util::{Stream, TryStreamExt};
use sea_orm::{
    ColumnTrait, Condition, ConnectionTrait, DbErr, EntityTrait, QueryFilter, QueryOrder,
    StreamTrait,
};

use super::inputs::{CommitmentColumns, PlannedValue, RecordedValue};

/// The programme's commitments (as at `as_at`) and their trajectory points, each in
/// commitment order: 100,000 commitments' plans are a few megabytes, read at once.
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

/// A row that belongs to one commitment.
pub trait OfCommitment {
    /// The commitment's key.
    fn commitment(&self) -> i32;
}

impl OfCommitment for PlannedValue {
    fn commitment(&self) -> i32 {
        self.commitment_id
    }
}

impl OfCommitment for RecordedValue {
    fn commitment(&self) -> i32 {
        self.commitment_id
    }
}

/// The rows of `commitment` at the front of `rows` (in commitment order), which then starts
/// after them. Rows of commitments before it, which the caller passed over, are skipped.
pub fn rows_of<'a, T: OfCommitment>(rows: &mut &'a [T], commitment: i32) -> &'a [T] {
    let start = rows.partition_point(|r| r.commitment() < commitment);
    let len = rows[start..].partition_point(|r| r.commitment() == commitment);
    let (found, rest) = rows[start..].split_at(len);
    *rows = rest;
    found
}

/// A stream of rows in commitment order, taken a commitment at a time as the caller walks the
/// commitments in the same order: the merge of the two.
#[derive(Debug)]
pub struct ByCommitment<S, T> {
    rows: S,
    /// The first row of the next commitment, read ahead.
    ahead: Option<T>,
}

impl<S, T> ByCommitment<S, T>
where
    S: Stream<Item = Result<T, DbErr>> + Unpin,
    T: OfCommitment,
{
    /// Takes rows from `rows`, which must be in commitment order.
    pub fn new(rows: S) -> Self {
        Self { rows, ahead: None }
    }

    /// Puts `commitment`'s rows in `into` (emptied first). Rows of commitments before it,
    /// which the caller passed over, are dropped.
    pub async fn take(&mut self, commitment: i32, into: &mut Vec<T>) -> Result<(), DbErr> {
        into.clear();
        loop {
            let row = match self.ahead.take() {
                Some(row) => row,
                None => match self.rows.try_next().await? {
                    Some(row) => row,
                    None => return Ok(()),
                },
            };
            match row.commitment().cmp(&commitment) {
                Ordering::Less => {}
                Ordering::Equal => into.push(row),
                Ordering::Greater => {
                    self.ahead = Some(row);
                    return Ok(());
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn planned(commitment_id: i32, day: u32) -> PlannedValue {
        PlannedValue {
            commitment_id,
            planned_on: NaiveDate::from_ymd_opt(2025, 1, day).unwrap_or_default(),
            value: f64::from(day),
        }
    }

    fn recorded(id: i32, commitment_id: i32) -> RecordedValue {
        RecordedValue {
            id,
            commitment_id,
            measured_on: NaiveDate::from_ymd_opt(2025, 1, 1).unwrap_or_default(),
            value: f64::from(id),
            supersedes_id: None,
        }
    }

    fn commitments_of<T: OfCommitment>(rows: &[T]) -> Vec<i32> {
        rows.iter().map(OfCommitment::commitment).collect()
    }

    #[test]
    fn rows_of_takes_a_commitments_rows_and_skips_those_passed_over() {
        let all = [
            planned(1, 1),
            planned(2, 1),
            planned(2, 2),
            planned(4, 1),
            planned(5, 1),
        ];
        let mut rest = &all[..];
        // (commitment asked for, its rows' days, the commitments left after)
        let cases: [(i32, &[u32], &[i32]); 5] = [
            (1, &[1], &[2, 2, 4, 5]),
            (2, &[1, 2], &[4, 5]),
            // No rows: nothing taken, nothing skipped.
            (3, &[], &[4, 5]),
            // 4 passed over: skipped.
            (5, &[1], &[]),
            (6, &[], &[]),
        ];
        for (commitment, days, left) in cases {
            let found = rows_of(&mut rest, commitment);
            let found_days: Vec<u32> = found.iter().map(|p| p.value as u32).collect();
            assert_eq!(found_days, days, "commitment {commitment}");
            assert!(found.iter().all(|p| p.commitment_id == commitment));
            assert_eq!(commitments_of(rest), left, "after commitment {commitment}");
        }
    }

    #[tokio::test]
    async fn by_commitment_takes_a_stream_a_commitment_at_a_time() {
        let rows = [(1, 1), (2, 1), (3, 2), (4, 2), (5, 4), (6, 7)]
            .map(|(id, commitment)| Ok(recorded(id, commitment)));
        let mut stream = ByCommitment::new(futures_util::stream::iter(rows));
        let mut into = vec![recorded(99, 99)];
        // (commitment asked for, the ids of its rows)
        let cases: [(i32, &[i32]); 5] = [
            (1, &[1, 2]),
            (2, &[3, 4]),
            (3, &[]),
            // 4 passed over: its row is dropped.
            (7, &[6]),
            (8, &[]),
        ];
        for (commitment, ids) in cases {
            stream.take(commitment, &mut into).await.expect("no error");
            let found: Vec<i32> = into.iter().map(|v| v.id).collect();
            assert_eq!(found, ids, "commitment {commitment}");
        }
    }

    #[tokio::test]
    async fn by_commitment_passes_on_the_streams_error() {
        let rows = [Ok(recorded(1, 1)), Err(DbErr::Custom("gone".into()))];
        let mut stream = ByCommitment::new(futures_util::stream::iter(rows));
        let mut into = Vec::new();
        let taken = stream.take(1, &mut into).await;
        assert!(matches!(taken, Err(DbErr::Custom(m)) if m == "gone"));
    }
}
