//! The `organisation_relationships` table: a dated relationship from one organisation to another; `valid_to` null means still valid.

use crate::enums::RelationshipKind;
use sea_orm::entity::prelude::*;

/// A dated relationship from one organisation to another; `valid_to` null means still valid.
#[derive(Clone, Debug, PartialEq, DeriveEntityModel, serde::Serialize)]
#[sea_orm(table_name = "organisation_relationships")]
pub struct Model {
    /// Surrogate key (never exposed: the API uses global ids).
    #[sea_orm(primary_key)]
    pub id: i32,
    /// The organisation the relationship is of.
    pub from_organisation_id: i32,
    /// The organisation it points at.
    pub to_organisation_id: i32,
    /// What the relationship is.
    pub kind: RelationshipKind,
    /// First day it holds (null: since records began).
    pub valid_from: Option<Date>,
    /// First day it no longer holds (null: still valid).
    pub valid_to: Option<Date>,
    /// For a succession in a reorganisation: the share of the predecessor's area the
    /// successor took, in percent.
    pub share_percent: Option<f64>,
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
