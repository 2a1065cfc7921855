//! The `deployments` table: a service deployed at an organisation.

use crate::enums::DeploymentStatus;
use sea_orm::entity::prelude::*;

/// A service deployed at an organisation.
#[derive(Clone, Debug, PartialEq, DeriveEntityModel, serde::Serialize)]
#[sea_orm(table_name = "deployments")]
pub struct Model {
    /// Surrogate key (never exposed: the API uses global ids).
    #[sea_orm(primary_key)]
    pub id: i32,
    /// The service.
    pub service_id: i32,
    /// Where it is deployed.
    pub organisation_id: i32,
    /// Where the deployment stands.
    pub status: DeploymentStatus,
    /// Planned go-live date.
    pub planned_go_live: Option<Date>,
    /// Actual go-live date.
    pub went_live_on: Option<Date>,
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
