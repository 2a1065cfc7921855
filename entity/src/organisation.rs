//! The `organisations` table: an organisation of the health system: a trust, a practice, a commissioner, a supplier.

use crate::enums::{OrganisationKind, OrganisationStatus};
use sea_orm::entity::prelude::*;

/// An organisation of the health system: a trust, a practice, a commissioner, a supplier.
#[derive(Clone, Debug, PartialEq, DeriveEntityModel, serde::Serialize)]
#[sea_orm(table_name = "organisations")]
pub struct Model {
    /// Surrogate key (never exposed: the API uses global ids).
    #[sea_orm(primary_key)]
    pub id: i32,
    /// ODS code, the natural key where present (suppliers may have none).
    pub ods_code: Option<String>,
    /// Name as published.
    pub name: String,
    /// What kind of body it is.
    pub kind: OrganisationKind,
    /// Whether it is operating.
    pub status: OrganisationStatus,
    /// When it opened.
    pub opened_on: Option<Date>,
    /// When it closed.
    pub closed_on: Option<Date>,
    /// Address line 1.
    pub address_line1: Option<String>,
    /// Address line 2.
    pub address_line2: Option<String>,
    /// Address line 3.
    pub address_line3: Option<String>,
    /// Address line 4 (usually the town).
    pub address_line4: Option<String>,
    /// Address line 5 (usually the county).
    pub address_line5: Option<String>,
    /// Postcode.
    pub postcode: Option<String>,
    /// The date of the latest extract that listed it (none if no extract has).
    pub last_seen_on: Option<Date>,
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
