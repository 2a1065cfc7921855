//! An uploaded file read into cells, whatever it is: an Excel workbook (its first sheet, with
//! which cells hold formulas and which are merged) or CSV (UTF-8, or Windows-1252 from an older
//! tool). Anything else is refused as not a spreadsheet. A workbook is a zip, so its unpacked
//! size is measured, entry by entry, before anything parses it: a small file that unpacks to
//! gigabytes (a zip bomb) is refused without being unpacked.

use std::collections::HashMap;
use std::io::{Cursor, Read};

use calamine::{Data, Reader, Xlsx};

use super::report::FileProblem;

/// The most a workbook may unpack to. A filled template of a few hundred rows unpacks to well
/// under a megabyte.
pub const MAX_UNPACKED_BYTES: u64 = 32 * 1024 * 1024;

/// The most entries a workbook's zip may hold (a template has about ten).
const MAX_ENTRIES: usize = 200;

/// A cell as the file gives it.
#[derive(Clone, Debug, PartialEq)]
pub enum Given {
    /// Nothing.
    Empty,
    /// Text (every CSV cell).
    Text(String),
    /// A number.
    Number(f64),
    /// A cell formatted as a date, as Excel's serial day number.
    Date(f64),
    /// TRUE or FALSE.
    Bool(bool),
    /// An error value, e.g. `#DIV/0!`.
    Error(String),
}

/// A merged area, by line (from 1) and column (from 0), both ends included.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Merged {
    /// The first and last line.
    pub lines: (u32, u32),
    /// The first and last column.
    pub columns: (usize, usize),
}

/// The cells of a file.
#[derive(Debug, Default, PartialEq)]
pub struct Grid {
    /// The rows that hold anything, by line, each with its cells by column.
    pub rows: Vec<(u32, Vec<Given>)>,
    /// The cells that hold a formula, by (line, column): the formula.
    pub formulas: HashMap<(u32, usize), String>,
    /// The merged areas.
    pub merged: Vec<Merged>,
}

/// The cells of `bytes`, or why they cannot be read.
pub fn read(bytes: &[u8]) -> Result<Grid, FileProblem> {
    match bytes {
        [] => Err(FileProblem::not_a_spreadsheet("the file is empty")),
        [b'P', b'K', 3, 4, ..] => workbook(bytes),
        [0xD0, 0xCF, 0x11, 0xE0, ..] => Err(FileProblem::not_a_spreadsheet(
            "this is an older Excel file (.xls), which Realise does not read: save it as an \
             Excel workbook (.xlsx) or CSV and upload that",
        )),
        _ if bytes.contains(&0) => Err(FileProblem::not_a_spreadsheet(
            "the file is neither an Excel workbook (.xlsx) nor CSV: upload the return template, \
             filled in",
        )),
        _ => csv(bytes),
    }
}

fn unreadable(e: impl std::fmt::Display) -> FileProblem {
    FileProblem::not_a_spreadsheet(format!(
        "the file looks like an Excel workbook but cannot be read as one ({e}): save it again \
         as .xlsx, or as CSV"
    ))
}

/// Refuses a zip that unpacks to more than [`MAX_UNPACKED_BYTES`], counting what each entry
/// really inflates to (its stated size can lie), and stopping as soon as the limit is passed.
pub fn unpacks_within_limit(bytes: &[u8]) -> Result<(), FileProblem> {
    let mut zip = zip::ZipArchive::new(Cursor::new(bytes)).map_err(unreadable)?;
    if zip.len() > MAX_ENTRIES {
        return Err(too_large_unpacked());
    }
    let mut total: u64 = 0;
    for i in 0..zip.len() {
        let entry = zip.by_index(i).map_err(unreadable)?;
        if entry.size() > MAX_UNPACKED_BYTES {
            return Err(too_large_unpacked());
        }
        let left = MAX_UNPACKED_BYTES - total;
        let read =
            std::io::copy(&mut entry.take(left + 1), &mut std::io::sink()).map_err(unreadable)?;
        total += read;
        if total > MAX_UNPACKED_BYTES {
            return Err(too_large_unpacked());
        }
    }
    Ok(())
}

fn too_large_unpacked() -> FileProblem {
    FileProblem::content(
        "TOO_LARGE_UNPACKED",
        format!(
            "the workbook unpacks to more than {} MB, far more than a return needs: it was not \
             opened",
            MAX_UNPACKED_BYTES / (1024 * 1024)
        ),
    )
}

/// The first sheet of a workbook.
fn workbook(bytes: &[u8]) -> Result<Grid, FileProblem> {
    unpacks_within_limit(bytes)?;
    let mut book: Xlsx<_> = Xlsx::new(Cursor::new(bytes)).map_err(unreadable)?;
    let name = book
        .sheet_names()
        .first()
        .cloned()
        .ok_or_else(|| unreadable("it has no sheet"))?;
    let values = book.worksheet_range(&name).map_err(unreadable)?;
    let formulas = book.worksheet_formula(&name).map_err(unreadable)?;
    let merged = book.merge_cells_by_sheet_name(&name).map_err(unreadable)?;

    let mut rows: Vec<(u32, Vec<Given>)> = Vec::new();
    if let Some((top, left)) = values.start() {
        for (r, cells) in values.rows().enumerate() {
            let mut row = vec![Given::Empty; left as usize];
            row.extend(cells.iter().map(given));
            // A range is a rectangle: the empty cells right of a row's last value are not its.
            while row.last() == Some(&Given::Empty) {
                row.pop();
            }
            if !row.is_empty() {
                rows.push((top + r as u32 + 1, row));
            }
        }
    }
    let mut formula_cells = HashMap::new();
    if let Some((top, left)) = formulas.start() {
        for (r, c, f) in formulas.used_cells() {
            if !f.is_empty() {
                formula_cells.insert((top + r as u32 + 1, left as usize + c), format!("={f}"));
            }
        }
    }
    Ok(Grid {
        rows,
        formulas: formula_cells,
        merged: merged
            .iter()
            .map(|d| Merged {
                lines: (d.start.0 + 1, d.end.0 + 1),
                columns: (d.start.1 as usize, d.end.1 as usize),
            })
            .collect(),
    })
}

fn given(cell: &Data) -> Given {
    match cell {
        Data::Empty => Given::Empty,
        Data::String(s) => Given::Text(s.clone()),
        Data::Float(v) => Given::Number(*v),
        Data::Int(v) => Given::Number(*v as f64),
        Data::Bool(b) => Given::Bool(*b),
        Data::DateTime(d) => Given::Date(d.as_f64()),
        Data::DateTimeIso(s) | Data::DurationIso(s) => Given::Text(s.clone()),
        Data::Error(e) => Given::Error(e.to_string()),
    }
}

/// CSV: every cell is text. Lines are counted whatever ends them.
fn csv(bytes: &[u8]) -> Result<Grid, FileProblem> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let text = match std::str::from_utf8(bytes) {
        Ok(text) => std::borrow::Cow::Borrowed(text),
        // An older tool's Windows-1252; every byte decodes.
        Err(_) => {
            encoding_rs::WINDOWS_1252
                .decode_without_bom_handling(bytes)
                .0
        }
    };
    if text
        .chars()
        .any(|c| c.is_control() && !matches!(c, '\r' | '\n' | '\t'))
    {
        return Err(FileProblem::not_a_spreadsheet(
            "the file is neither an Excel workbook (.xlsx) nor CSV: upload the return template, \
             filled in",
        ));
    }
    let starts = line_starts(text.as_bytes());
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_reader(text.as_bytes());
    let mut rows = Vec::new();
    for record in reader.records() {
        let record = record.map_err(|e| {
            FileProblem::content("UNREADABLE_CSV", format!("the CSV cannot be read: {e}"))
        })?;
        let at = record.position().map_or(0, |p| p.byte()) as usize;
        let line = starts.partition_point(|&s| s <= skip_line_ends(text.as_bytes(), at)) as u32;
        let cells: Vec<Given> = record
            .iter()
            .map(|t| {
                if t.trim().is_empty() {
                    Given::Empty
                } else {
                    Given::Text(t.to_owned())
                }
            })
            .collect();
        if cells.iter().any(|c| *c != Given::Empty) {
            rows.push((line, cells));
        }
    }
    Ok(Grid {
        rows,
        ..Grid::default()
    })
}

/// Where each line begins, whatever ends lines (`\n`, `\r\n` or `\r`).
fn line_starts(bytes: &[u8]) -> Vec<usize> {
    let mut starts = vec![0];
    for (i, &b) in bytes.iter().enumerate() {
        if b == b'\n' || (b == b'\r' && bytes.get(i + 1) != Some(&b'\n')) {
            starts.push(i + 1);
        }
    }
    starts
}

/// Past any line ends at `at`: after a `\r\n` the csv reader puts the next record at the `\n`.
fn skip_line_ends(bytes: &[u8], mut at: usize) -> usize {
    while matches!(bytes.get(at), Some(b'\r' | b'\n')) {
        at += 1;
    }
    at
}

#[cfg(test)]
mod tests;
