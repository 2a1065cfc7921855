//! The `programmes` table: a programme that promises benefits.

use crate::enums::ProgrammeStatus;
use sea_orm::entity::prelude::*;

/// A programme that promises benefits.
#[derive(Clone, Debug, PartialEq, DeriveEntityModel, serde::Serialize)]
#[sea_orm(table_name = "programmes")]
pub struct Model {
    /// Surrogate key (never exposed: the API uses global ids).
    #[sea_orm(primary_key)]
    pub id: i32,
    /// Name.
    pub name: String,
    /// What it is for.
    #[sea_orm(column_type = "Text", nullable)]
    pub description: Option<String>,
    /// The senior responsible owner (a person).
    pub senior_responsible_owner_id: Option<i32>,
    /// Budget in pence.
    pub budget_pence: Option<i64>,
    /// Start date.
    pub starts_on: Option<Date>,
    /// End date.
    pub ends_on: Option<Date>,
    /// Where it is in its life.
    pub status: ProgrammeStatus,
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
