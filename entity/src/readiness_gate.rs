//! The `readiness_gates` table: a readiness decision for a deployment.

use crate::enums::GateStatus;
use sea_orm::entity::prelude::*;

/// A readiness decision for a deployment.
#[derive(Clone, Debug, PartialEq, DeriveEntityModel, serde::Serialize)]
#[sea_orm(table_name = "readiness_gates")]
pub struct Model {
    /// Surrogate key (never exposed: the API uses global ids).
    #[sea_orm(primary_key)]
    pub id: i32,
    /// The deployment.
    pub deployment_id: i32,
    /// What is being assessed.
    pub name: String,
    /// The decision.
    pub status: GateStatus,
    /// When decided.
    pub decided_on: Option<Date>,
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
