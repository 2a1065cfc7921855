//! The `stakeholder_assessments` table: a dated rating of a person or an organisation for a programme: the power/interest grid.

use crate::enums::Attitude;
use sea_orm::entity::prelude::*;

/// A dated rating of a person or an organisation for a programme: the power/interest grid.
#[derive(Clone, Debug, PartialEq, DeriveEntityModel, serde::Serialize)]
#[sea_orm(table_name = "stakeholder_assessments")]
pub struct Model {
    /// Surrogate key (never exposed: the API uses global ids).
    #[sea_orm(primary_key)]
    pub id: i32,
    /// The programme.
    pub programme_id: i32,
    /// The person assessed (or null when an organisation is).
    pub person_id: Option<i32>,
    /// The organisation assessed (or null when a person is).
    pub organisation_id: Option<i32>,
    /// Influence, 1 to 5.
    pub influence: i32,
    /// Interest, 1 to 5.
    pub interest: i32,
    /// Stance towards the programme.
    pub attitude: Attitude,
    /// When assessed.
    pub assessed_on: Date,
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
