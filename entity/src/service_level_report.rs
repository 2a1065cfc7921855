//! The `service_level_reports` table: a service's (or one deployment's) achieved service levels for a period.

use sea_orm::entity::prelude::*;

/// A service's (or one deployment's) achieved service levels for a period.
#[derive(Clone, Debug, PartialEq, DeriveEntityModel, serde::Serialize)]
#[sea_orm(table_name = "service_level_reports")]
pub struct Model {
    /// Surrogate key (never exposed: the API uses global ids).
    #[sea_orm(primary_key)]
    pub id: i32,
    /// The service.
    pub service_id: i32,
    /// The deployment, when the report is for one site.
    pub deployment_id: Option<i32>,
    /// First day of the period.
    pub period_start: Date,
    /// Last day of the period.
    pub period_end: Date,
    /// Availability achieved, percent.
    pub availability: f64,
    /// Incidents in the period.
    pub incidents: i32,
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
