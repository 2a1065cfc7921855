//! The `services` table: an IT service in the catalogue.

use crate::enums::{Reach, ServiceLifecycle, ValueType};
use sea_orm::entity::prelude::*;

/// An IT service in the catalogue.
#[derive(Clone, Debug, PartialEq, DeriveEntityModel, serde::Serialize)]
#[sea_orm(table_name = "services")]
pub struct Model {
    /// Surrogate key (never exposed: the API uses global ids).
    #[sea_orm(primary_key)]
    pub id: i32,
    /// Name.
    pub name: String,
    /// Description.
    #[sea_orm(column_type = "Text", nullable)]
    pub description: Option<String>,
    /// The providing organisation (supplier or shared service).
    pub provider_id: Option<i32>,
    /// The service owner (a person).
    pub owner_id: Option<i32>,
    /// Lifecycle stage.
    pub lifecycle: ServiceLifecycle,
    /// Availability target, percent (e.g. 99.9).
    pub availability_target: Option<f64>,
    /// Value-profile column.
    pub value_type: ValueType,
    /// Value-profile row.
    pub reach: Reach,
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
