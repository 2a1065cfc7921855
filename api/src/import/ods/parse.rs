//! Reading ODS extracts (comma separated, no header, dates as YYYYMMDD, empty for none) into
//! checked records, keeping every malformed row's line number and reason.

use std::collections::HashMap;
use std::io::Read;

use chrono::NaiveDate;
use entity::enums::{OrganisationKind, OrganisationStatus};

use super::ImportError;

/// Which extract a file is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum ExtractKind {
    /// `etr.csv`: NHS trusts, 24 fields.
    Trusts,
    /// `epraccur.csv`: GP practices and other prescribing cost centres, 27 fields.
    Practices,
}

impl ExtractKind {
    fn field_count(self) -> usize {
        match self {
            Self::Trusts => 24,
            Self::Practices => 27,
        }
    }

    fn file_name(self) -> &'static str {
        match self {
            Self::Trusts => "etr.csv (NHS trusts)",
            Self::Practices => "epraccur.csv (GP practices)",
        }
    }
}

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

/// A parsed file: the good rows and the reasons for the bad ones.
#[derive(Debug)]
pub struct Extract {
    /// Which extract it is.
    pub kind: ExtractKind,
    /// Well-formed rows.
    pub records: Vec<OdsRecord>,
    /// Skipped rows.
    pub errors: Vec<RowError>,
}

/// Parses a whole file. Refuses it when its first row is not shaped like the extract (wrong
/// field count, no valid code or date), or when no row at all is well formed.
pub fn parse<R: Read>(kind: ExtractKind, reader: R) -> Result<Extract, ImportError> {
    let mut csv = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_reader(reader);
    let mut records = Vec::new();
    let mut errors = Vec::new();
    let mut seen: HashMap<String, u64> = HashMap::new();
    for (index, row) in csv.records().enumerate() {
        let row = match row {
            Ok(row) => row,
            Err(e) => {
                let line = e.position().map_or(index as u64 + 1, |p| p.line());
                if index == 0 {
                    return Err(not_an_extract(
                        kind,
                        &format!("line 1 cannot be read ({e})"),
                    ));
                }
                errors.push(RowError {
                    line,
                    reason: format!("unreadable row: {e}"),
                });
                continue;
            }
        };
        let line = row.position().map_or(index as u64 + 1, |p| p.line());
        let fields: Vec<&str> = row.iter().map(str::trim).collect();
        if fields.iter().all(|f| f.is_empty()) {
            continue;
        }
        match parse_row(kind, line, &fields) {
            Ok(record) => {
                if let Some(first) = seen.get(&record.code) {
                    errors.push(RowError {
                        line,
                        reason: format!("duplicate code {} (first on line {first})", record.code),
                    });
                } else {
                    seen.insert(record.code.clone(), line);
                    records.push(record);
                }
            }
            Err(reason) if records.is_empty() && errors.is_empty() => {
                return Err(not_an_extract(kind, &format!("line {line}: {reason}")));
            }
            Err(reason) => errors.push(RowError { line, reason }),
        }
    }
    if records.is_empty() {
        return Err(not_an_extract(kind, "it holds no well-formed row"));
    }
    Ok(Extract {
        kind,
        records,
        errors,
    })
}

fn not_an_extract(kind: ExtractKind, why: &str) -> ImportError {
    ImportError::NotAnExtract(format!(
        "this file is not an ODS extract of kind {}: {why}; nothing was imported",
        kind.file_name()
    ))
}

fn parse_row(kind: ExtractKind, line: u64, f: &[&str]) -> Result<OdsRecord, String> {
    if f.len() != kind.field_count() {
        return Err(format!(
            "expected {} fields, found {}",
            kind.field_count(),
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

fn date(s: &str, what: &str) -> Result<Option<NaiveDate>, String> {
    if s.is_empty() {
        return Ok(None);
    }
    NaiveDate::parse_from_str(s, "%Y%m%d")
        .map(Some)
        .map_err(|_| format!("invalid {what} {s:?} (expected YYYYMMDD)"))
}

#[cfg(test)]
mod props;

#[cfg(test)]
mod tests;
