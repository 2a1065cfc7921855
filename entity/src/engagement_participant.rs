//! The `engagement_participants` table: an organisation or person that took part in an engagement.

use sea_orm::entity::prelude::*;

/// An organisation or person that took part in an engagement.
#[derive(Clone, Debug, PartialEq, DeriveEntityModel, serde::Serialize)]
#[sea_orm(table_name = "engagement_participants")]
pub struct Model {
    /// Surrogate key (never exposed: the API uses global ids).
    #[sea_orm(primary_key)]
    pub id: i32,
    /// The engagement.
    pub engagement_id: i32,
    /// An organisation that took part.
    pub organisation_id: Option<i32>,
    /// A person who took part.
    pub person_id: Option<i32>,
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
