//! What a return is for (the organisation and month the uploader chose) and the checks of the
//! file as a whole against it: the organisation and period its title rows name, and that the
//! organisation is open. Any of these refuses the whole file.

use chrono::NaiveDate;
use entity::organisation;
use sea_orm::{ConnectionTrait, DbErr};

use super::lines::{ReturnFile, period_text};
use super::period::Period;
use super::report::FileProblem;
use crate::commitments::rules::organisation_open;
use crate::graphql::ids::NodeType;
use crate::graphql::mutation::UserError;
use crate::graphql::write::WriteError;

/// What a return is for, as the uploader chose it.
#[derive(Clone, Debug)]
pub struct Target {
    /// The organisation.
    pub organisation: organisation::Model,
    /// The month.
    pub period: Period,
    /// Today, for "not in the future".
    pub today: NaiveDate,
}

/// The code a return names its organisation by: its ODS code, or (for an organisation without
/// one) its global id.
pub fn code_of(org: &organisation::Model) -> String {
    org.ods_code
        .clone()
        .unwrap_or_else(|| NodeType::Organisation.id(org.id).to_string())
}

/// Refuses a file whose title rows name another organisation or another period than the one
/// chosen (someone else's return, or last month's).
pub fn same_return(file: &ReturnFile, target: &Target) -> Result<(), FileProblem> {
    let org = &target.organisation;
    let own = code_of(org);
    match file.organisation.as_deref() {
        Some(code) if code.eq_ignore_ascii_case(&own) => {}
        Some(code) => {
            return Err(FileProblem::content(
                "WRONG_ORGANISATION",
                format!(
                    "this return is for the organisation {code}, not {} ({own}): upload {}'s \
                     own template",
                    org.name, org.name
                ),
            ));
        }
        None => {
            return Err(FileProblem::content(
                "MISSING_HEADER",
                "the file does not say which organisation it is for (the \"Organisation code\" \
                 row): download the template again and fill that in",
            ));
        }
    }
    let period = target.period;
    match file.period.as_deref().map(|p| (p, period_text(p))) {
        Some((_, Some(p))) if p == period.to_string() => Ok(()),
        Some((written, _)) => Err(FileProblem::content(
            "WRONG_PERIOD",
            format!(
                "this return is for the period {written}, not {} ({period}): download the \
                 template for {} and fill that in",
                period.label(),
                period.label()
            ),
        )),
        None => Err(FileProblem::content(
            "MISSING_HEADER",
            "the file does not say which period it is for (the \"Period\" row): download the \
             template again and fill that in",
        )),
    }
}

/// Refuses every row of a closed organisation, as `recordMeasurement` refuses each value.
pub async fn organisation_is_open<C: ConnectionTrait>(
    db: &C,
    target: &Target,
) -> Result<Result<(), FileProblem>, DbErr> {
    match organisation_open(db, target.organisation.id, "organisation", target.today).await {
        Ok(()) => Ok(Ok(())),
        Err(WriteError::Refused(errors)) => Ok(Err(FileProblem::content(
            "ORGANISATION_CLOSED",
            messages(&errors),
        ))),
        Err(WriteError::Failed(e)) => Err(DbErr::Custom(e.to_string())),
    }
}

fn messages(errors: &[UserError]) -> String {
    errors
        .iter()
        .map(|e| e.message.as_str())
        .collect::<Vec<_>>()
        .join("; ")
}
