//! The practice map (`gp-reg-pat-prac-map.csv`, January 2022): each GP practice with its primary
//! care network, CCG, STP (the footprint of an integrated care system, recorded as the
//! integrated care board that took its code in July 2022) and NHS England region, by code and
//! name. It names what the extracts know only by code, and gives the hierarchy practice -> PCN
//! -> CCG -> STP -> region as it stood on the extract's date: each PART_OF opens that day, and
//! a practice's earlier parent (its area team) closes that day. History before it is kept.
//!
//! Importing it twice changes nothing. A malformed row is skipped and reported by line; a file
//! without the expected header is refused whole.

use std::collections::BTreeMap;
use std::io::Read;

use anyhow::Context;
use chrono::NaiveDate;
use entity::enums::OrganisationKind;
use sea_orm::TransactionTrait;

use super::named::{self, Named};
use super::ods::relationships::{Wanted, reconcile};
use super::ods::{ImportReport, RowError};
use crate::db::Db;

/// The file, as its errors and audit event name it.
const FILE: &str = "gp-reg-pat-prac-map.csv";

/// The columns the file must have, by name.
const HEADER: [&str; 16] = [
    "PUBLICATION",
    "EXTRACT_DATE",
    "PRACTICE_CODE",
    "PRACTICE_NAME",
    "PRACTICE_POSTCODE",
    "PCN_CODE",
    "PCN_NAME",
    "ONS_CCG_CODE",
    "CCG_CODE",
    "CCG_NAME",
    "ONS_STP_CODE",
    "STP_CODE",
    "STP_NAME",
    "ONS_COMM_REGION_CODE",
    "COMM_REGION_CODE",
    "COMM_REGION_NAME",
];

/// One practice's place in the hierarchy: (code, name) from the practice up to its region.
#[derive(Clone, Debug, PartialEq)]
pub struct Placed {
    /// Line in the file (1-based, the header being line 1).
    pub line: u64,
    /// The extract's date.
    pub on: NaiveDate,
    /// The practice, its network, group, STP and region, in that order.
    pub chain: [(String, String); 5],
}

/// The kinds of the chain's links, in order.
const KINDS: [OrganisationKind; 5] = [
    OrganisationKind::GpPractice,
    OrganisationKind::PrimaryCareNetwork,
    OrganisationKind::ClinicalCommissioningGroup,
    OrganisationKind::IntegratedCareBoard,
    OrganisationKind::RegionalTeam,
];

/// Why the whole file was refused.
#[derive(Debug, thiserror::Error)]
pub enum PracticeMapError {
    /// Not the file: nothing was changed.
    #[error("{0}")]
    NotTheFile(String),
    /// The database failed: the transaction was rolled back.
    #[error(transparent)]
    Database(#[from] anyhow::Error),
}

/// Reads the file: the good rows, and the reasons for the bad ones.
pub fn parse<R: Read>(reader: R) -> Result<(Vec<Placed>, Vec<RowError>), PracticeMapError> {
    super::with_header::read_rows(reader, FILE, &HEADER, placed)
        .map_err(PracticeMapError::NotTheFile)
}

fn placed(line: u64, record: &csv::StringRecord) -> Result<Placed, String> {
    let field = |i: usize| record.get(i).map(str::trim).unwrap_or("");
    let on = NaiveDate::parse_from_str(field(1), "%d%b%Y").map_err(|_| {
        format!(
            "invalid extract date {:?} (expected e.g. 01Jan2022)",
            field(1)
        )
    })?;
    let link = |code: usize, name: usize, what: &str| {
        let (c, n) = (field(code), field(name));
        if c.is_empty() || c.len() > 10 || !c.bytes().all(|b| b.is_ascii_alphanumeric()) {
            return Err(format!("invalid {what} code {c:?}"));
        }
        if n.is_empty() {
            return Err(format!("the {what} {c} has no name"));
        }
        Ok((c.to_owned(), n.to_owned()))
    };
    Ok(Placed {
        line,
        on,
        chain: [
            link(2, 3, "practice")?,
            link(5, 6, "primary care network")?,
            link(8, 9, "CCG")?,
            link(11, 12, "STP")?,
            link(14, 15, "region")?,
        ],
    })
}

/// Reads and imports the file in one transaction.
pub async fn import<R: Read>(db: &Db, reader: R) -> Result<ImportReport, PracticeMapError> {
    let (rows, errors) = parse(reader)?;
    let mut report = ImportReport {
        rows: rows.len(),
        errors,
        ..Default::default()
    };
    let mut wanted: BTreeMap<String, Named> = BTreeMap::new();
    for row in &rows {
        for ((code, name), kind) in row.chain.iter().zip(KINDS) {
            wanted.entry(code.clone()).or_insert_with(|| Named {
                name: name.clone(),
                kind,
                opened_on: None,
                closed_on: None,
            });
        }
    }
    let txn = db.conn.begin().await.context("starting the import")?;
    let known = named::ensure(&txn, &wanted).await?;
    (report.inserted, report.updated) = (known.created, known.completed);
    // Each link PART_OF the next, once per pair.
    let mut links: BTreeMap<i32, (i32, NaiveDate)> = BTreeMap::new();
    for row in &rows {
        let ids: Vec<i32> = row
            .chain
            .iter()
            .filter_map(|(code, _)| known.ids.get(code).copied())
            .collect();
        for pair in ids.windows(2) {
            links.entry(pair[0]).or_insert((pair[1], row.on));
        }
    }
    let on = rows.iter().map(|r| r.on).max().unwrap_or_default();
    report.extract_date = Some(on);
    let wanted = links
        .into_iter()
        .map(|(from, (to, on))| Wanted::part_of(from, to, on))
        .collect();
    reconcile(&txn, wanted, on, &mut report).await?;
    super::record(&txn, "importPracticeMap", FILE, &report).await?;
    txn.commit().await.context("committing the import")?;
    Ok(report)
}

#[cfg(test)]
mod tests {
    use super::*;

    const HEAD: &str = "PUBLICATION,EXTRACT_DATE,PRACTICE_CODE,PRACTICE_NAME,PRACTICE_POSTCODE,PCN_CODE,PCN_NAME,ONS_CCG_CODE,CCG_CODE,CCG_NAME,ONS_STP_CODE,STP_CODE,STP_NAME,ONS_COMM_REGION_CODE,COMM_REGION_CODE,COMM_REGION_NAME\n";
    const ROW: &str = "GP_PRAC_PAT_LIST,01Jan2022,A81001,THE DENSHAM SURGERY,TS18 1HU,U89141,STOCKTON PCN,E38000247,16C,NHS Tees Valley CCG,E54000050,QHM,Cumbria and North East,E40000009,Y63,North East and Yorkshire\n";

    #[test]
    fn a_row_places_a_practice_and_bad_rows_are_reported_by_line() {
        let bad_date = ROW.replace("01Jan2022", "2022-01-01");
        let no_name = ROW.replace("STOCKTON PCN", "");
        let text = format!("{HEAD}{ROW}{bad_date}{no_name}");
        let (rows, errors) = parse(text.as_bytes()).expect("the file");
        assert_eq!(rows.len(), 1);
        assert_eq!(
            rows[0].on,
            NaiveDate::from_ymd_opt(2022, 1, 1).expect("a day")
        );
        assert_eq!(rows[0].chain[1], ("U89141".into(), "STOCKTON PCN".into()));
        assert_eq!(rows[0].chain[4].0, "Y63");
        // (line, what the reason says)
        let expected = [(3, "invalid extract date"), (4, "has no name")];
        for (error, (line, says)) in errors.iter().zip(expected) {
            assert_eq!(error.line, line);
            assert!(error.reason.contains(says), "{}", error.reason);
        }
    }

    #[test]
    fn another_file_is_refused() {
        for text in ["", "a,b\n1,2\n", HEAD] {
            assert!(
                matches!(parse(text.as_bytes()), Err(PracticeMapError::NotTheFile(_))),
                "{text:?}"
            );
        }
    }
}
