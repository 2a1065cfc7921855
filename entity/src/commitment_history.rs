//! The `commitment_history` table: a commitment's standing (status, owner, sign-off) from the
//! day it took effect until the next row.

use sea_orm::entity::prelude::*;

use crate::enums::CommitmentStatus;

/// A commitment's standing from a date.
#[derive(Clone, Debug, PartialEq, DeriveEntityModel, serde::Serialize)]
#[sea_orm(table_name = "commitment_history")]
pub struct Model {
    /// Surrogate key; of two rows from the same day, the higher is the later.
    #[sea_orm(primary_key)]
    pub id: i32,
    /// The commitment.
    pub commitment_id: i32,
    /// Its lifecycle status from `valid_from`.
    pub status: CommitmentStatus,
    /// Its named local owner from `valid_from`.
    pub owner_id: Option<i32>,
    /// When it was signed off, once it was.
    pub signed_off_on: Option<Date>,
    /// Who signed it off, once someone did.
    pub signed_off_by_id: Option<i32>,
    /// The day this standing took effect.
    pub valid_from: Date,
    /// When the row was written.
    pub recorded_at: DateTimeUtc,
}

/// Relations are loaded by the API with explicit queries; the foreign keys live in the
/// migrations.
#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
