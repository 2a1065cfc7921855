//! The `engagements` table: a dated meeting or contact between a programme and stakeholders.

use crate::enums::EngagementKind;
use sea_orm::entity::prelude::*;

/// A dated meeting or contact between a programme and stakeholders.
#[derive(Clone, Debug, PartialEq, DeriveEntityModel, serde::Serialize)]
#[sea_orm(table_name = "engagements")]
pub struct Model {
    /// Surrogate key (never exposed: the API uses global ids).
    #[sea_orm(primary_key)]
    pub id: i32,
    /// The programme.
    pub programme_id: i32,
    /// When it happened.
    pub occurred_on: Date,
    /// What form it took.
    pub kind: EngagementKind,
    /// What was discussed.
    #[sea_orm(column_type = "Text")]
    pub summary: String,
    /// What came of it.
    #[sea_orm(column_type = "Text", nullable)]
    pub outcome: Option<String>,
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
