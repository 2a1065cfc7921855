//! The `benefit_links` table: the benefits map: one benefit CONTRIBUTES_TO another.

use sea_orm::entity::prelude::*;

/// The benefits map: one benefit CONTRIBUTES_TO another.
#[derive(Clone, Debug, PartialEq, DeriveEntityModel, serde::Serialize)]
#[sea_orm(table_name = "benefit_links")]
pub struct Model {
    /// Surrogate key (never exposed: the API uses global ids).
    #[sea_orm(primary_key)]
    pub id: i32,
    /// The contributing benefit.
    pub from_benefit_id: i32,
    /// The benefit it contributes to.
    pub to_benefit_id: i32,
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
