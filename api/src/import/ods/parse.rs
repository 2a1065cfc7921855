//! Reading ODS extracts (comma separated, no header, dates as YYYYMMDD, empty for none) into
//! checked records, keeping every malformed row's line number and reason.

use std::collections::HashMap;
use std::io::Read;

use chrono::NaiveDate;
use entity::enums::{OrganisationKind, OrganisationStatus};

use super::ImportError;
pub use kind::ExtractKind;
use text::{LineStarts, date, decode};

/// A practice's commissioner, and for when.
#[derive(Clone, Debug, PartialEq)]
pub struct Commissioning {
    /// The commissioner's code.
    pub code: String,
    /// When the practice joined it.
    pub joined_on: Option<NaiveDate>,
    /// When the practice left it.
    pub left_on: Option<NaiveDate>,
}

/// One well-formed row.
#[derive(Clone, Debug, PartialEq)]
pub struct OdsRecord {
    /// Line in the file (1-based).
    pub line: u64,
    /// Organisation code.
    pub code: String,
    /// Name.
    pub name: String,
    /// What kind of organisation the row is.
    pub kind: OrganisationKind,
    /// Status.
    pub status: OrganisationStatus,
    /// National grouping (regional team) code.
    pub national_grouping: Option<String>,
    /// High level health geography (area team) code.
    pub health_geography: Option<String>,
    /// Address lines 1 to 5.
    pub address: [Option<String>; 5],
    /// Postcode.
    pub postcode: Option<String>,
    /// Open date.
    pub opened_on: Option<NaiveDate>,
    /// Close date.
    pub closed_on: Option<NaiveDate>,
    /// Commissioner (practices only).
    pub commissioner: Option<Commissioning>,
}

/// A row that was skipped, and why.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct RowError {
    /// Line in the file (1-based).
    pub line: u64,
    /// What is wrong with it.
    pub reason: String,
}

/// A parsed file: the good rows, the reasons for the bad ones, and what was read with doubt.
#[derive(Debug)]
pub struct Extract {
    /// Which extract it is.
    pub kind: ExtractKind,
    /// Well-formed rows.
    pub records: Vec<OdsRecord>,
    /// Skipped rows.
    pub errors: Vec<RowError>,
    /// Rows read, with something to check (text that was not UTF-8, read as Windows-1252).
    pub warnings: Vec<RowError>,
}

impl Extract {
    /// The latest date the file holds (an open, close, join or leave date): the extract was
    /// published no earlier, so it stands for the extract's date when none is given.
    pub fn latest_date(&self) -> Option<NaiveDate> {
        self.records
            .iter()
            .flat_map(|r| {
                let c = r.commissioner.as_ref();
                [
                    r.opened_on,
                    r.closed_on,
                    c.and_then(|c| c.joined_on),
                    c.and_then(|c| c.left_on),
                ]
            })
            .flatten()
            .max()
    }
}

/// Parses a whole file. A malformed row, on whatever line, is skipped and reported. The file is
/// refused, and nothing imported, when it is not shaped like the extract: no row is well
/// formed, or more rows are malformed than well formed.
pub fn parse<R: Read>(kind: ExtractKind, mut reader: R) -> Result<Extract, ImportError> {
    // Extracts are a few megabytes: read whole, so that lines can be counted from the bytes.
    let mut bytes = Vec::new();
    if let Err(e) = reader.read_to_end(&mut bytes) {
        return Err(not_an_extract(kind, &format!("it cannot be read ({e})")));
    }
    let lines = LineStarts::of(&bytes);
    let mut csv = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_reader(bytes.as_slice());
    let mut extract = Extract {
        kind,
        records: Vec::new(),
        errors: Vec::new(),
        warnings: Vec::new(),
    };
    let mut seen: HashMap<String, u64> = HashMap::new();
    let mut row = csv::ByteRecord::new();
    loop {
        let line = lines.line_of(csv.position().byte());
        match csv.read_byte_record(&mut row) {
            Ok(true) => {}
            Ok(false) => break,
            Err(e) => {
                // Only reading itself fails here (fields are bytes, rows may vary in length).
                let reason = format!("the file could not be read past here: {e}");
                extract.errors.push(RowError { line, reason });
                break;
            }
        }
        let line = row.position().map_or(line, |p| lines.line_of(p.byte()));
        let (fields, windows_1252) = decode(&row);
        if windows_1252 {
            extract.warnings.push(RowError {
                line,
                reason:
                    "text that is not UTF-8 was read as Windows-1252: check the name and address"
                        .into(),
            });
        }
        let fields: Vec<&str> = fields.iter().map(|f| f.trim()).collect();
        if fields.iter().all(|f| f.is_empty()) {
            continue;
        }
        match parse_row(kind, line, &fields) {
            Ok(record) => match seen.get(&record.code) {
                Some(first) => extract.errors.push(RowError {
                    line,
                    reason: format!("duplicate code {} (first on line {first})", record.code),
                }),
                None => {
                    seen.insert(record.code.clone(), line);
                    extract.records.push(record);
                }
            },
            Err(reason) => extract.errors.push(RowError { line, reason }),
        }
    }
    let (good, bad) = (extract.records.len(), extract.errors.len());
    if good == 0 {
        let why = match extract.errors.first() {
            Some(first) => format!(
                "no row is well formed (line {}: {})",
                first.line, first.reason
            ),
            None => "it holds no row".to_owned(),
        };
        return Err(not_an_extract(kind, &why));
    }
    if bad > good {
        let first = &extract.errors[0];
        return Err(not_an_extract(
            kind,
            &format!(
                "{bad} rows are malformed and only {good} well formed (line {}: {})",
                first.line, first.reason
            ),
        ));
    }
    Ok(extract)
}

fn not_an_extract(kind: ExtractKind, why: &str) -> ImportError {
    ImportError::NotAnExtract(format!(
        "this file is not an ODS extract of kind {}: {why}; nothing was imported",
        kind.file_name()
    ))
}

fn parse_row(kind: ExtractKind, line: u64, f: &[&str]) -> Result<OdsRecord, String> {
    let counts = kind.field_counts();
    if !counts.contains(&f.len()) {
        let expected: Vec<String> = counts.iter().map(usize::to_string).collect();
        return Err(format!(
            "expected {} fields, found {}",
            expected.join(" or "),
            f.len()
        ));
    }
    let code = f[0];
    if code.is_empty() || code.len() > 10 || !code.bytes().all(|b| b.is_ascii_alphanumeric()) {
        return Err(format!("invalid organisation code {code:?}"));
    }
    let name = f[1];
    if name.is_empty() {
        return Err("the name is empty".into());
    }
    let opened_on = date(f[10], "open date")?;
    let closed_on = date(f[11], "close date")?;
    let (kind_of_org, status, commissioner) = match kind {
        ExtractKind::Trusts => {
            // The later layout only adds three empty fields; a practices row fills them.
            if f.len() == 27 && f[24..].iter().any(|x| !x.is_empty()) {
                return Err(
                    "27 fields with values after the 24th: not a trusts row (a GP practices extract?)"
                        .into(),
                );
            }
            let kind = if name.contains("FOUNDATION TRUST") {
                OrganisationKind::FoundationTrust
            } else {
                OrganisationKind::NhsTrust
            };
            let status = if closed_on.is_some() {
                OrganisationStatus::Closed
            } else {
                OrganisationStatus::Active
            };
            (kind, status, None)
        }
        ExtractKind::Practices => {
            let status = match f[12] {
                "A" => OrganisationStatus::Active,
                "C" => OrganisationStatus::Closed,
                "D" => OrganisationStatus::Dormant,
                "P" => OrganisationStatus::Proposed,
                other => return Err(format!("unknown status {other:?} (expected A, C, D or P)")),
            };
            // Prescribing setting 4 is a GP practice; the rest are other cost centres.
            let kind = if f[25] == "4" {
                OrganisationKind::GpPractice
            } else {
                OrganisationKind::Other
            };
            let commissioner = match f[14] {
                "" => None,
                c if c.len() <= 10 && c.bytes().all(|b| b.is_ascii_alphanumeric()) => {
                    Some(Commissioning {
                        code: c.to_owned(),
                        joined_on: date(f[15], "joined commissioner date")?,
                        left_on: date(f[16], "left commissioner date")?,
                    })
                }
                c => return Err(format!("invalid commissioner code {c:?}")),
            };
            (kind, status, commissioner)
        }
    };
    let optional = |s: &str| (!s.is_empty()).then(|| s.to_owned());
    Ok(OdsRecord {
        line,
        code: code.to_owned(),
        name: name.to_owned(),
        kind: kind_of_org,
        status,
        national_grouping: optional(f[2]),
        health_geography: optional(f[3]),
        address: [
            optional(f[4]),
            optional(f[5]),
            optional(f[6]),
            optional(f[7]),
            optional(f[8]),
        ],
        postcode: optional(f[9]),
        opened_on,
        closed_on,
        commissioner,
    })
}

mod kind;
mod text;

#[cfg(test)]
mod props;

#[cfg(test)]
mod tests;
