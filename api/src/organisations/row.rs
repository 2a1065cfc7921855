//! The columns of an organisation that lists and links read.

use chrono::NaiveDate;
use entity::enums::{OrganisationKind, OrganisationStatus};
use entity::organisation;
use sea_orm::DerivePartialModel;

/// An organisation's identity, kind and dates: what a list page, a parent or a node reads.
/// Its address and record timestamps stay in the database until a query asks for them
/// (`OrganisationDetailsById`): a page of 100 practices then decodes 7 columns a row, not 15,
/// and no timestamps, which SQLite stores as text.
#[derive(Clone, Debug, PartialEq, DerivePartialModel)]
#[sea_orm(entity = "organisation::Entity", from_query_result)]
pub struct OrganisationRow {
    /// Key.
    pub id: i32,
    /// ODS code.
    pub ods_code: Option<String>,
    /// Name as published.
    pub name: String,
    /// What kind of body it is.
    pub kind: OrganisationKind,
    /// Whether it is operating.
    pub status: OrganisationStatus,
    /// When it opened.
    pub opened_on: Option<NaiveDate>,
    /// When it closed.
    pub closed_on: Option<NaiveDate>,
}

impl From<organisation::Model> for OrganisationRow {
    fn from(m: organisation::Model) -> Self {
        Self {
            id: m.id,
            ods_code: m.ods_code,
            name: m.name,
            kind: m.kind,
            status: m.status,
            opened_on: m.opened_on,
            closed_on: m.closed_on,
        }
    }
}
