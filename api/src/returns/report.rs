//! What a return's check or commit answers, as JSON: each row's outcome with the problems
//! found (line, column, code, message), the counts, and what was written. A file refused as a
//! whole answers with one [`FileProblem`] instead.

use chrono::NaiveDate;
use serde::Serialize;

/// Why a whole file is refused: nothing in it is checked or written.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct FileProblem {
    /// What is wrong, for programs, e.g. `NOT_A_SPREADSHEET`.
    pub code: &'static str,
    /// What is wrong, for people.
    pub message: String,
    /// The HTTP status it is answered with.
    #[serde(skip)]
    pub status: u16,
}

impl FileProblem {
    /// A file whose content is refused (422).
    pub fn content(code: &'static str, message: impl Into<String>) -> Self {
        Self {
            code,
            message: message.into(),
            status: 422,
        }
    }

    /// A file that is not a spreadsheet at all (415).
    pub fn not_a_spreadsheet(message: impl Into<String>) -> Self {
        Self {
            code: "NOT_A_SPREADSHEET",
            message: message.into(),
            status: 415,
        }
    }
}

/// One problem with one row (or a warning about the file).
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Issue {
    /// The file's line (its row number in a workbook), from 1.
    pub line: u32,
    /// The column's name in the header, where one column is at fault.
    pub column: Option<String>,
    /// What is wrong, for programs, e.g. `NOT_A_NUMBER`.
    pub code: String,
    /// What is wrong, for people.
    pub message: String,
}

impl Issue {
    /// A problem on `line`, in `column` when there is one.
    pub fn new(line: u32, column: Option<&str>, code: &str, message: impl Into<String>) -> Self {
        Self {
            line,
            column: column.map(str::to_owned),
            code: code.to_owned(),
            message: message.into(),
        }
    }
}

/// What becomes of a row.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum Outcome {
    /// A first value for the period: recorded as a new measurement.
    New,
    /// A different value for a period already reported: recorded as a correction of it.
    Correction,
    /// The value already reported for the period: nothing to do.
    Unchanged,
    /// No value given: nothing to do.
    NoValue,
    /// Refused: see its issues. Nothing of it is written.
    Refused,
}

/// One row of the return and what becomes of it.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct RowReport {
    /// The file's line.
    pub line: u32,
    /// The commitment's global id, as the row gives it.
    pub commitment: Option<String>,
    /// The benefit's code and title, when the commitment is known.
    pub benefit: Option<String>,
    /// The date the value is for.
    pub measured_on: Option<NaiveDate>,
    /// The value given.
    pub value: Option<f64>,
    /// The note given.
    pub note: Option<String>,
    /// The value already reported for the period, which a correction replaces.
    pub previous: Option<f64>,
    /// What becomes of the row.
    pub outcome: Outcome,
    /// Why it is refused.
    pub issues: Vec<Issue>,
    /// The measurement written, after a commit.
    pub measurement: Option<String>,
}

/// How many rows came to each outcome.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Counts {
    /// New values.
    pub new: usize,
    /// Corrections.
    pub corrections: usize,
    /// Values already reported.
    pub unchanged: usize,
    /// Rows without a value.
    pub no_value: usize,
    /// Rows refused.
    pub refused: usize,
}

impl Counts {
    /// The counts of `rows`.
    pub fn of(rows: &[RowReport]) -> Self {
        let mut c = Self::default();
        for r in rows {
            *match r.outcome {
                Outcome::New => &mut c.new,
                Outcome::Correction => &mut c.corrections,
                Outcome::Unchanged => &mut c.unchanged,
                Outcome::NoValue => &mut c.no_value,
                Outcome::Refused => &mut c.refused,
            } += 1;
        }
        c
    }

    /// Rows that would write: new values and corrections.
    pub fn to_write(&self) -> usize {
        self.new + self.corrections
    }
}

/// The organisation a return is for.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ReturnOrganisation {
    /// Its global id.
    pub id: String,
    /// Its name.
    pub name: String,
    /// Its ODS code.
    pub ods_code: String,
}

/// The answer to a check or a commit.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Report {
    /// The organisation.
    pub organisation: ReturnOrganisation,
    /// The period, `YYYY-MM`.
    pub period: String,
    /// The period for people, e.g. "November 2026".
    pub period_label: String,
    /// `CHECK` (a dry run: nothing written) or `COMMIT`.
    pub mode: &'static str,
    /// Whether one refused row stops the whole commit.
    pub all_or_nothing: bool,
    /// Whether anything was written.
    pub written: bool,
    /// Rows by outcome.
    pub counts: Counts,
    /// Each row.
    pub rows: Vec<RowReport>,
    /// What was passed over without refusing anything (extra columns, rows with nothing in
    /// them to record).
    pub warnings: Vec<Issue>,
}
