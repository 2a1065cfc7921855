//! A return's cells read as a return: the organisation and period its first rows name, the
//! header that says which column is which (in any order, with any other columns passed over),
//! and each row below it as a commitment, a date, a value and a note. What cannot be read is
//! said per row, with its line and column; nothing here touches the database.

use chrono::NaiveDate;

use super::grid::{Given, Grid};
use super::report::{FileProblem, Issue};

/// The title label of the organisation's ODS code.
pub const ORGANISATION_LABEL: &str = "Organisation code";
/// The title label of the period.
pub const PERIOD_LABEL: &str = "Period";
/// The column of the commitment's id.
pub const COMMITMENT: &str = "Commitment";
/// The column of the date a value is for.
pub const DATE: &str = "Date measured";
/// The column of the value.
pub const VALUE: &str = "Value";
/// The column of the note.
pub const NOTE: &str = "Note";
/// The template's other columns: shown to help whoever fills it in, and not read back.
pub const SHOWN: [&str; 7] = [
    "Benefit",
    "Measure",
    "Baseline",
    "Target",
    "Target date",
    "Last value",
    "Last value on",
];

/// The most rows a return may have: far more than one organisation's commitments.
pub const MAX_ROWS: usize = 5_000;

/// A return as read from its cells.
#[derive(Debug, Default, PartialEq)]
pub struct ReturnFile {
    /// The ODS code its title rows name.
    pub organisation: Option<String>,
    /// The period its title rows name, as written (`YYYY-MM`, or a month Excel reformatted).
    pub period: Option<String>,
    /// Its rows.
    pub rows: Vec<Line>,
    /// What was passed over.
    pub warnings: Vec<Issue>,
}

/// One row of a return.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Line {
    /// The file's line.
    pub line: u32,
    /// The commitment's id, as written.
    pub commitment: Option<String>,
    /// The date given, if any.
    pub measured_on: Option<NaiveDate>,
    /// The value given, if any.
    pub value: Option<f64>,
    /// The note given, if any.
    pub note: Option<String>,
    /// What cannot be read.
    pub issues: Vec<Issue>,
}

/// Which column holds what.
struct Columns {
    commitment: usize,
    value: usize,
    date: Option<usize>,
    note: Option<usize>,
}

fn text(cell: Option<&Given>) -> Option<String> {
    match cell? {
        Given::Text(t) => Some(t.trim().to_owned()).filter(|t| !t.is_empty()),
        Given::Number(v) => Some(format!("{v}")),
        Given::Date(serial) => serial_date(*serial).map(|d| d.to_string()),
        Given::Bool(b) => Some(if *b { "TRUE" } else { "FALSE" }.to_owned()),
        Given::Error(e) => Some(e.clone()),
        Given::Empty => None,
    }
}

/// The return in `grid`, or why it is not one.
pub fn read(grid: &Grid) -> Result<ReturnFile, FileProblem> {
    let mut file = ReturnFile::default();
    let mut header = None;
    for (at, (line, cells)) in grid.rows.iter().enumerate() {
        let label = text(cells.first()).unwrap_or_default();
        if label.eq_ignore_ascii_case(ORGANISATION_LABEL) {
            file.organisation = text(cells.get(1));
        } else if label.eq_ignore_ascii_case(PERIOD_LABEL) {
            file.period = match cells.get(1) {
                Some(Given::Date(serial)) => {
                    serial_date(*serial).map(|d| d.format("%Y-%m").to_string())
                }
                other => text(other),
            };
        } else if let Some(columns) = columns(*line, cells, &mut file.warnings) {
            header = Some((at, columns));
            break;
        }
    }
    let Some((at, columns)) = header else {
        return Err(FileProblem::content(
            "MISSING_HEADER",
            format!(
                "no header row names the columns {COMMITMENT:?} and {VALUE:?}: download the \
                 template again and fill that in"
            ),
        ));
    };
    let body = &grid.rows[at + 1..];
    if body.len() > MAX_ROWS {
        return Err(FileProblem::content(
            "TOO_MANY_ROWS",
            format!(
                "a return has at most {MAX_ROWS} rows; this one has {}",
                body.len()
            ),
        ));
    }
    for (line, cells) in body {
        let row = line_of(*line, cells, &columns, grid);
        if row.commitment.is_none() && row.value.is_none() && row.issues.is_empty() {
            file.warnings.push(Issue::new(
                *line,
                None,
                "IGNORED_ROW",
                "this row names no commitment and gives no value: it was passed over",
            ));
            continue;
        }
        file.rows.push(row);
    }
    Ok(file)
}

/// The columns, when `cells` is the header row; extra columns are noted as warnings.
fn columns(line: u32, cells: &[Given], warnings: &mut Vec<Issue>) -> Option<Columns> {
    let names: Vec<String> = cells
        .iter()
        .map(|c| text(Some(c)).unwrap_or_default())
        .collect();
    let find = |name: &str| names.iter().position(|n| n.eq_ignore_ascii_case(name));
    let (commitment, value) = (find(COMMITMENT)?, find(VALUE)?);
    for name in names.iter().filter(|n| !n.is_empty()) {
        let known = [COMMITMENT, VALUE, DATE, NOTE]
            .iter()
            .chain(SHOWN.iter())
            .any(|k| k.eq_ignore_ascii_case(name));
        if !known {
            warnings.push(Issue::new(
                line,
                Some(name),
                "EXTRA_COLUMN",
                format!("the column {name:?} is not part of a return: it was not read"),
            ));
        }
    }
    Some(Columns {
        commitment,
        value,
        date: find(DATE),
        note: find(NOTE),
    })
}

fn line_of(line: u32, cells: &[Given], columns: &Columns, grid: &Grid) -> Line {
    let mut row = Line {
        line,
        commitment: text(cells.get(columns.commitment)),
        note: columns.note.and_then(|c| text(cells.get(c))),
        ..Line::default()
    };
    let inputs = [
        (Some(columns.commitment), COMMITMENT),
        (Some(columns.value), VALUE),
        (columns.date, DATE),
        (columns.note, NOTE),
    ];
    for (column, name) in inputs {
        let Some(column) = column else { continue };
        if let Some(formula) = grid.formulas.get(&(line, column)) {
            row.issues.push(Issue::new(
                line,
                Some(name),
                "FORMULA",
                format!("the cell holds a formula ({formula}): type the value itself"),
            ));
        }
        if grid.merged.iter().any(|m| {
            m.lines.0 <= line && line <= m.lines.1 && m.columns.0 <= column && column <= m.columns.1
        }) {
            row.issues.push(Issue::new(
                line,
                Some(name),
                "MERGED_CELLS",
                "the cell is merged with others: unmerge it, one value to a row",
            ));
        }
    }
    match number(cells.get(columns.value)) {
        Ok(v) => row.value = v,
        Err(message) => row
            .issues
            .push(Issue::new(line, Some(VALUE), "NOT_A_NUMBER", message)),
    }
    if let Some(c) = columns.date {
        match date(cells.get(c)) {
            Ok(d) => row.measured_on = d,
            Err(message) => row
                .issues
                .push(Issue::new(line, Some(DATE), "NOT_A_DATE", message)),
        }
    }
    row
}

/// A value cell: a number, or text that reads as one (with thousands separators).
pub fn number(cell: Option<&Given>) -> Result<Option<f64>, String> {
    match cell {
        None | Some(Given::Empty) => Ok(None),
        Some(Given::Number(v)) => Ok(Some(*v)),
        Some(Given::Text(t)) => {
            let plain = t.trim().replace(',', "");
            match plain.parse::<f64>() {
                Ok(v) if v.is_finite() => Ok(Some(v)),
                _ if plain.is_empty() => Ok(None),
                _ => Err(format!("{:?} is not a number", t.trim())),
            }
        }
        Some(Given::Date(_)) => Err("the cell holds a date, not a number".into()),
        Some(Given::Bool(_)) => Err("the cell holds TRUE or FALSE, not a number".into()),
        Some(Given::Error(e)) => Err(format!("the cell holds the error {e}, not a number")),
    }
}

/// A date cell: a date, Excel's serial day number (typed as a number or as text), or text as
/// `YYYY-MM-DD` or `DD/MM/YYYY`.
pub fn date(cell: Option<&Given>) -> Result<Option<NaiveDate>, String> {
    let bad = |shown: &str| {
        format!("{shown:?} is not a date: write it as YYYY-MM-DD (e.g. 2026-11-30) or DD/MM/YYYY")
    };
    match cell {
        None | Some(Given::Empty) => Ok(None),
        Some(Given::Date(serial) | Given::Number(serial)) => serial_date(*serial)
            .map(Some)
            .ok_or_else(|| bad(&serial.to_string())),
        Some(Given::Text(t)) => {
            let t = t.trim();
            if let Ok(serial) = t.parse::<f64>() {
                return serial_date(serial).map(Some).ok_or_else(|| bad(t));
            }
            ["%Y-%m-%d", "%d/%m/%Y"]
                .iter()
                .find_map(|f| NaiveDate::parse_from_str(t, f).ok())
                .map(Some)
                .ok_or_else(|| bad(t))
        }
        Some(Given::Bool(_) | Given::Error(_)) => Err(bad(&text(cell).unwrap_or_default())),
    }
}

/// The day of Excel's serial number (days since 1899-12-30; a time of day is dropped), within
/// the years Excel can show.
pub fn serial_date(serial: f64) -> Option<NaiveDate> {
    if !(1.0..2_958_466.0).contains(&serial) {
        return None;
    }
    NaiveDate::from_ymd_opt(1899, 12, 30)?
        .checked_add_days(chrono::Days::new(serial.floor() as u64))
}

/// The period a title row names: `YYYY-MM`, or the month as Excel rewrites it when it opens a
/// CSV (`Nov-26`, `November 2026`).
pub fn period_text(written: &str) -> Option<String> {
    let t = written.trim();
    if super::period::Period::parse(t).is_ok() {
        return Some(t.to_owned());
    }
    ["%b-%y", "%B %Y", "%b %Y", "%B-%y"].iter().find_map(|f| {
        NaiveDate::parse_from_str(&format!("1 {t}"), &format!("%d {f}"))
            .ok()
            .map(|d| d.format("%Y-%m").to_string())
    })
}

#[cfg(test)]
mod tests;
