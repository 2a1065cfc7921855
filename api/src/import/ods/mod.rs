//! The ODS importer: NHS trusts (`etr.csv`) and GP practices (`epraccur.csv`) become
//! organisations, their national grouping (`Y..`) and high level health geography (`Q..`)
//! become regional and area organisations with PART_OF relationships, and practices are
//! COMMISSIONED_BY their commissioner.
//!
//! Codes are the natural keys, so importing a newer extract updates rows in place and never
//! duplicates or deletes; a changed parent or commissioner closes the old relationship
//! (`valid_to`) and opens a new one, keeping the lineage. A malformed row is reported with its
//! line and skipped; a file that is not an extract at all is refused and changes nothing. An
//! organisation a newer extract leaves out is kept, marked with the date it was last listed. Each
//! file is imported in one transaction, with one audit event of its counts.

mod apply;
mod parse;
mod placeholders;
pub(crate) mod relationships;
mod seen;

use std::io::Read;

use chrono::NaiveDate;

use crate::db::Db;

pub use apply::ImportReport;
pub use parse::{Extract, ExtractKind, OdsRecord, RowError};

/// Why a whole file was refused.
#[derive(Debug, thiserror::Error)]
pub enum ImportError {
    /// The file is not an ODS extract of the expected kind: nothing was changed.
    #[error("{0}")]
    NotAnExtract(String),
    /// The database failed: the transaction was rolled back, nothing was changed.
    #[error(transparent)]
    Database(#[from] anyhow::Error),
}

/// Parses and imports one extract, in one transaction. The extract's date dates the
/// relationship changes the file itself does not date (a trust moving area); without one given,
/// it is the latest date the file holds, the earliest it can have been published.
pub async fn import<R: Read>(
    db: &Db,
    kind: ExtractKind,
    reader: R,
    extract_date: Option<NaiveDate>,
) -> Result<ImportReport, ImportError> {
    let extract = parse::parse(kind, reader)?;
    let as_of = extract_date
        .or_else(|| extract.latest_date())
        .unwrap_or_else(|| chrono::Utc::now().date_naive());
    let report = apply::apply(db, &extract, as_of).await?;
    // An extract can add thousands of organisations: let the planner know. The import has
    // committed by now, so a failure here only costs speed until autovacuum catches up.
    if let Err(e) = db
        .analyze(&["organisations", "organisation_relationships"])
        .await
    {
        tracing::warn!(error = %e, "imported, but could not refresh the planner's statistics");
    }
    Ok(report)
}
