//! What a download holds, whatever its format: title rows (what it is, the date, the filters),
//! column names, and rows of typed cells that each format writes its own way.

use chrono::NaiveDate;
use sea_orm::DbErr;

/// One cell.
#[derive(Clone, Debug, PartialEq)]
pub enum Cell {
    /// Text.
    Text(String),
    /// A number in the benefit's unit; empty when there is none.
    Number(Option<f64>),
    /// A fraction shown as a percentage (progress); empty when there is none.
    Fraction(Option<f64>),
    /// A date; empty when there is none.
    Date(Option<NaiveDate>),
    /// A RAG rating (RED, AMBER, GREEN, BLUE, NOT_MEASURED).
    Rag(&'static str),
    /// Yes or no.
    YesNo(bool),
}

/// Rows made a chunk at a time, so that a large table (a national register) never sits in
/// memory as cells all at once.
#[async_trait::async_trait(?Send)]
pub trait MoreRows {
    /// The next chunk of rows, or `None` when there are no more.
    async fn next_chunk(&mut self) -> Result<Option<Vec<Vec<Cell>>>, DbErr>;
}

/// Why a file could not be written.
#[derive(Debug, thiserror::Error)]
pub enum WriteFailed {
    /// Its rows could not be read.
    #[error("reading the rows: {0}")]
    Read(#[from] DbErr),
    /// The workbook could not be written.
    #[error("writing the workbook: {0}")]
    Workbook(#[from] rust_xlsxwriter::XlsxError),
    /// The compressed workbook could not be handed on.
    #[error("sending the workbook: {0}")]
    Sending(#[from] std::io::Error),
}

/// A download's content.
pub struct Table {
    /// What the first rows say: (label, value), e.g. ("As at", "2010-06-30").
    pub title: Vec<(String, String)>,
    /// The column names.
    pub columns: &'static [&'static str],
    /// The rows, each with one cell per column.
    pub rows: Vec<Vec<Cell>>,
    /// Rows after those, made a chunk at a time while the file is written.
    pub more: Option<Box<dyn MoreRows>>,
    /// The file's name, without its extension.
    pub file_stem: String,
    /// The worksheet's name.
    pub sheet: &'static str,
}
