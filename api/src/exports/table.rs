//! What a download holds, whatever its format: title rows (what it is, the date, the filters),
//! column names, and rows of typed cells that each format writes its own way.

use chrono::NaiveDate;

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

/// A download's content.
#[derive(Debug)]
pub struct Table {
    /// What the first rows say: (label, value), e.g. ("As at", "2010-06-30").
    pub title: Vec<(String, String)>,
    /// The column names.
    pub columns: &'static [&'static str],
    /// The rows, each with one cell per column.
    pub rows: Vec<Vec<Cell>>,
    /// The file's name, without its extension.
    pub file_stem: String,
    /// The worksheet's name.
    pub sheet: &'static str,
}
