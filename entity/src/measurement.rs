//! The `measurements` table: a reported value of a commitment's measure; corrections supersede, nothing is overwritten.

use sea_orm::entity::prelude::*;

/// A reported value of a commitment's measure; corrections supersede, nothing is overwritten.
#[derive(Clone, Debug, PartialEq, DeriveEntityModel, serde::Serialize)]
#[sea_orm(table_name = "measurements")]
pub struct Model {
    /// Surrogate key (never exposed: the API uses global ids).
    #[sea_orm(primary_key)]
    pub id: i32,
    /// The commitment.
    pub commitment_id: i32,
    /// The date the value is for.
    pub measured_on: Date,
    /// The value.
    pub value: f64,
    /// Note.
    #[sea_orm(column_type = "Text", nullable)]
    pub note: Option<String>,
    /// Who recorded it (the token subject).
    pub recorded_by: String,
    /// The person who recorded it, when their sign-in is linked to one.
    pub recorded_by_person_id: Option<i32>,
    /// When it was recorded.
    pub recorded_at: DateTimeUtc,
    /// The measurement this one corrects.
    pub supersedes_id: Option<i32>,
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
