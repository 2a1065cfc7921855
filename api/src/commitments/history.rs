//! A commitment's standing over time: its status, owner and sign-off from the day each took
//! effect. Every write that changes a standing appends one row in its transaction (the store
//! does it, so no mutation can forget); reads as at a date take the latest row on or before it.

use chrono::NaiveDate;
use entity::commitment;
use entity::commitment_history as history;
use sea_orm::ActiveValue::NotSet;
use sea_orm::{ActiveModelTrait, ConnectionTrait, DbErr, Set};

use crate::graphql::loader::load_children;

load_children!(
    HistoryOfCommitment,
    history::Entity,
    CommitmentId,
    commitment_id,
    ValidFrom
);

/// Whether two rows of a commitment stand differently (status, owner or sign-off).
pub fn standing_changed(before: &commitment::Model, after: &commitment::Model) -> bool {
    (
        before.status,
        before.owner_id,
        before.signed_off_on,
        before.signed_off_by_id,
    ) != (
        after.status,
        after.owner_id,
        after.signed_off_on,
        after.signed_off_by_id,
    )
}

/// Records `row`'s standing from `on`.
pub async fn record<C: ConnectionTrait>(
    db: &C,
    row: &commitment::Model,
    on: NaiveDate,
) -> Result<(), DbErr> {
    history::ActiveModel {
        id: NotSet,
        commitment_id: Set(row.id),
        status: Set(row.status),
        owner_id: Set(row.owner_id),
        signed_off_on: Set(row.signed_off_on),
        signed_off_by_id: Set(row.signed_off_by_id),
        valid_from: Set(on),
        recorded_at: NotSet,
    }
    .insert(db)
    .await?;
    Ok(())
}

/// The standing on `on` among `rows` (oldest first, as loaded): the latest that took effect on
/// or before it; none before the first.
pub fn as_at(rows: &[history::Model], on: NaiveDate) -> Option<&history::Model> {
    rows.iter().rev().find(|r| r.valid_from <= on)
}

#[cfg(test)]
mod tests {
    use chrono::{NaiveDate, Utc};
    use entity::commitment_history::Model;
    use entity::enums::CommitmentStatus::{self, Agreed, Draft, SignedOff};

    use super::as_at;

    fn row(id: i32, status: CommitmentStatus, from: (i32, u32, u32)) -> Model {
        Model {
            id,
            commitment_id: 1,
            status,
            owner_id: None,
            signed_off_on: None,
            signed_off_by_id: None,
            valid_from: NaiveDate::from_ymd_opt(from.0, from.1, from.2).expect("a day"),
            recorded_at: Utc::now(),
        }
    }

    #[test]
    fn the_standing_on_a_date_is_the_latest_that_took_effect_by_then() {
        // Drafted and proposed... agreed twice on one day (the later row wins), signed off.
        let rows = [
            row(1, Draft, (2008, 1, 10)),
            row(2, Draft, (2008, 3, 1)),
            row(3, Agreed, (2008, 3, 1)),
            row(4, SignedOff, (2008, 6, 1)),
        ];
        let cases = [
            ((2008, 1, 9), None),
            ((2008, 1, 10), Some(1)),
            ((2008, 2, 29), Some(1)),
            ((2008, 3, 1), Some(3)),
            ((2008, 5, 31), Some(3)),
            ((2008, 6, 1), Some(4)),
            ((2026, 1, 1), Some(4)),
        ];
        for ((y, m, d), expected) in cases {
            let on = NaiveDate::from_ymd_opt(y, m, d).expect("a day");
            assert_eq!(as_at(&rows, on).map(|r| r.id), expected, "{on}");
        }
    }
}
