//! A checked return written: in one transaction, the rows are checked again (so what is
//! written is what was checked, whatever happened since the dry run), then each good row is
//! recorded as the uploader, a new value or a correction superseding the period's value, each
//! with its own audit event. With all-or-nothing, one refused row writes nothing.

use entity::measurement;
use sea_orm::{ActiveModelTrait, DatabaseConnection, DbErr, TransactionTrait};

use super::check::{self, Checked};
use super::lines::ReturnFile;
use super::report::{FileProblem, Outcome};
use super::target::{Target, organisation_is_open};
use crate::audit::{record, snapshot};
use crate::auth::Caller;
use crate::commitments::measurements::new_row;
use crate::graphql::ids::NodeType;
use crate::graphql::mutation::is_unique_violation;

/// The audit action of a value written from a return.
pub const ACTION: &str = "submitReturn";

/// Why a commit wrote nothing.
#[derive(Debug)]
pub enum NotWritten {
    /// The file, or the organisation, is refused.
    Refused(FileProblem),
    /// The database failed.
    Failed(DbErr),
}

impl From<DbErr> for NotWritten {
    fn from(e: DbErr) -> Self {
        Self::Failed(e)
    }
}

/// Checks and writes `file`'s rows; returns them, each written row with its new measurement,
/// and whether anything was written.
pub async fn commit(
    db: &DatabaseConnection,
    caller: &Caller,
    person: Option<i32>,
    file: &ReturnFile,
    target: &Target,
    all_or_nothing: bool,
) -> Result<(Vec<Checked>, bool), NotWritten> {
    let txn = db.begin().await?;
    organisation_is_open(&txn, target)
        .await?
        .map_err(NotWritten::Refused)?;
    let mut rows = check::rows(&txn, file, target).await?;
    let refused = rows.iter().any(|r| r.report.outcome == Outcome::Refused);
    let writes = rows.iter().filter(|r| r.write.is_some()).count();
    if writes == 0 || (all_or_nothing && refused) {
        return Ok((rows, false));
    }
    for row in &mut rows {
        let Some(w) = &row.write else { continue };
        let new = new_row(
            caller,
            person,
            w.commitment,
            w.reading,
            w.note.clone(),
            w.supersedes.as_ref().map(|s| s.id),
        );
        let written: measurement::Model = new.insert(&txn).await.map_err(|e| {
            // A correction of the same value committed since the check (the unique index on
            // `supersedes_id`): the return is checked again rather than half written.
            if w.supersedes.is_some() && is_unique_violation(&e) {
                NotWritten::Refused(FileProblem {
                    status: 409,
                    ..FileProblem::content(
                        "CHANGED_MEANWHILE",
                        "a value in this return was corrected by someone else while it was \
                         being written: nothing was written; check the return again",
                    )
                })
            } else {
                NotWritten::Failed(e)
            }
        })?;
        let before = match &w.supersedes {
            Some(old) => snapshot(old)?,
            None => None,
        };
        record(
            &txn,
            caller,
            ACTION,
            NodeType::Measurement,
            written.id,
            before,
            snapshot(&written)?,
        )
        .await?;
        row.report.measurement = Some(NodeType::Measurement.id(written.id).to_string());
    }
    txn.commit().await?;
    Ok((rows, true))
}
