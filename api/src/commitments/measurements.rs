//! The rows of reported values. A value is never overwritten: a correction is a new row that
//! supersedes the old one, so what was reported, and when, is kept.

use chrono::Utc;
use entity::measurement;
use sea_orm::ActiveValue::{NotSet, Set};

use super::figures::Reading;
use crate::auth::Caller;

/// A new measurement row, recorded by `caller` (and the person they are, when linked),
/// superseding `supersedes` when it corrects a value.
pub fn new_row(
    caller: &Caller,
    person: Option<i32>,
    commitment_id: i32,
    reading: Reading,
    note: Option<String>,
    supersedes: Option<i32>,
) -> measurement::ActiveModel {
    measurement::ActiveModel {
        id: NotSet,
        commitment_id: Set(commitment_id),
        measured_on: Set(reading.measured_on),
        value: Set(reading.value),
        note: Set(note),
        recorded_by: Set(caller.subject.clone()),
        recorded_by_person_id: Set(person),
        recorded_at: Set(Utc::now()),
        supersedes_id: Set(supersedes),
        created_at: NotSet,
        updated_at: NotSet,
    }
}
