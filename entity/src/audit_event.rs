//! The `audit_events` table: one mutation: who did what to which entity, before and after. Never updated or deleted.

use sea_orm::entity::prelude::*;

/// One mutation: who did what to which entity, before and after. Never updated or deleted.
#[derive(Clone, Debug, PartialEq, DeriveEntityModel, serde::Serialize)]
#[sea_orm(table_name = "audit_events")]
pub struct Model {
    /// Surrogate key (never exposed: the API uses global ids).
    #[sea_orm(primary_key)]
    pub id: i32,
    /// The token subject of who did it.
    pub actor: String,
    /// Their role.
    pub actor_role: String,
    /// The mutation's name.
    pub action: String,
    /// The changed entity's type.
    pub entity_type: String,
    /// The changed entity's key.
    pub entity_id: i32,
    /// The entity before, as JSON.
    pub before: Option<Json>,
    /// The entity after, as JSON.
    pub after: Option<Json>,
    /// When it happened.
    pub occurred_at: DateTimeUtc,
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
