//! The `people` table: a person in an organisation: executive, CIO, clinical lead, benefit owner.

use sea_orm::entity::prelude::*;

/// A person in an organisation: executive, CIO, clinical lead, benefit owner.
#[derive(Clone, Debug, PartialEq, DeriveEntityModel, serde::Serialize)]
#[sea_orm(table_name = "people")]
pub struct Model {
    /// Surrogate key (never exposed: the API uses global ids).
    #[sea_orm(primary_key)]
    pub id: i32,
    /// Full name.
    pub name: String,
    /// Job title.
    pub job_title: Option<String>,
    /// Work email (a contact detail: visibility is restricted).
    pub email: Option<String>,
    /// The organisation they work for.
    pub organisation_id: Option<i32>,
    /// The issuer of the identity this person signs in with, when linked.
    pub identity_issuer: Option<String>,
    /// Their subject at that issuer.
    pub identity_subject: Option<String>,
    /// Whether an administrator has confirmed the link (a link proposed on first sign-in by
    /// email is not yet).
    pub identity_confirmed: bool,
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
