//! The `commitments` table: a local organisation's commitment to deliver its share of a benefit.

use crate::enums::CommitmentStatus;
use sea_orm::entity::prelude::*;

/// A local organisation's commitment to deliver its share of a benefit.
#[derive(Clone, Debug, PartialEq, DeriveEntityModel, serde::Serialize)]
#[sea_orm(table_name = "commitments")]
pub struct Model {
    /// Surrogate key (never exposed: the API uses global ids).
    #[sea_orm(primary_key)]
    pub id: i32,
    /// The committed organisation.
    pub organisation_id: i32,
    /// The benefit.
    pub benefit_id: i32,
    /// The named local owner (a person).
    pub owner_id: Option<i32>,
    /// Baseline value of the measure.
    pub baseline: f64,
    /// Date of the baseline.
    pub baseline_on: Date,
    /// Target value.
    pub target: f64,
    /// Date the target is due.
    pub target_on: Date,
    /// RAG tolerance, a fraction (default 0.10).
    pub tolerance: f64,
    /// Lifecycle status.
    pub status: CommitmentStatus,
    /// When the executive signed it off.
    pub signed_off_on: Option<Date>,
    /// Who signed it off (a person).
    pub signed_off_by_id: Option<i32>,
    /// The commitment this one was transferred from.
    pub transferred_from_id: Option<i32>,
    /// Why it was withdrawn.
    pub withdrawal_reason: Option<String>,
    /// Optimistic concurrency version, incremented on every change.
    pub version: i32,
    /// Notes.
    #[sea_orm(column_type = "Text", nullable)]
    pub notes: Option<String>,
    /// When the row was created.
    pub created_at: DateTimeUtc,
    /// When the row was last changed.
    pub updated_at: DateTimeUtc,
}

/// Relations are loaded by the API's DataLoaders with explicit queries; the foreign keys
/// themselves live in the migrations.
#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

crate::timestamped!();
