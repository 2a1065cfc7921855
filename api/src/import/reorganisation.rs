//! The 2013 reorganisation (`pct-ccg-2013.csv`): the primary care trusts, closed on 2013-03-31,
//! each SUCCEEDED_BY the clinical commissioning groups that took its area on 2013-04-01, with
//! the share of its postcodes each took on the relationship.
//!
//! Codes are the natural keys: a trust or group already known is completed (a placeholder takes
//! the file's name and kind; missing dates are filled in), never duplicated, and a succession
//! already recorded is left as it is, so importing the file twice changes nothing. A malformed
//! row is skipped and reported by line; a file without the expected header is refused whole.

use std::collections::{BTreeMap, HashMap};
use std::io::Read;

use anyhow::Context;
use chrono::NaiveDate;
use entity::enums::{OrganisationKind, RelationshipKind};
use entity::organisation_relationship as relationship;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, DatabaseTransaction, EntityTrait, QueryFilter, Set,
    TransactionTrait,
};

use super::named::{self, Named};
use crate::db::Db;
use crate::import::ods::RowError;

/// The file, as its errors and audit event name it.
const FILE: &str = "pct-ccg-2013.csv";

/// The columns the file must have, by name.
const HEADER: [&str; 7] = [
    "PCT_CODE",
    "PCT_NAME",
    "PCT_ONS_CODE",
    "CCG_CODE",
    "CCG_NAME",
    "CCG_ONS_CODE",
    "POSTCODE_SHARE_PERCENT",
];

/// The last day of the primary care trusts.
fn pcts_closed() -> NaiveDate {
    NaiveDate::from_ymd_opt(2013, 3, 31).unwrap_or_default()
}

/// The first day of the clinical commissioning groups.
fn ccgs_opened() -> NaiveDate {
    NaiveDate::from_ymd_opt(2013, 4, 1).unwrap_or_default()
}

/// One (PCT, CCG) pair of the file.
#[derive(Clone, Debug, PartialEq)]
pub struct Succession {
    /// Line in the file (1-based, the header being line 1).
    pub line: u64,
    /// The primary care trust.
    pub pct: (String, String),
    /// The clinical commissioning group that took part of its area.
    pub ccg: (String, String),
    /// The share of the trust's postcodes it took, in percent.
    pub share: f64,
}

/// What an import of the file did.
#[derive(Debug, Default, serde::Serialize)]
pub struct ReorganisationReport {
    /// Well-formed rows read.
    pub rows: usize,
    /// Organisations created (trusts and groups not yet known).
    pub created: usize,
    /// Organisations completed (named, given their kind or dates).
    pub completed: usize,
    /// Successions recorded.
    pub successions: usize,
    /// Rows skipped, with their line and reason.
    pub errors: Vec<RowError>,
    /// Trusts whose shares do not add up to 100 (to within 0.5), by the line of their first row.
    pub warnings: Vec<RowError>,
}

/// Why the whole file was refused.
#[derive(Debug, thiserror::Error)]
pub enum ReorganisationError {
    /// Not the file: nothing was changed.
    #[error("{0}")]
    NotTheFile(String),
    /// The database failed: the transaction was rolled back.
    #[error(transparent)]
    Database(#[from] anyhow::Error),
}

/// Reads the file: the good rows, and the reasons for the bad ones.
pub fn parse<R: Read>(reader: R) -> Result<(Vec<Succession>, Vec<RowError>), ReorganisationError> {
    super::with_header::read_rows(reader, FILE, &HEADER, succession)
        .map_err(ReorganisationError::NotTheFile)
}

fn succession(line: u64, record: &csv::StringRecord) -> Result<Succession, String> {
    let field = |i: usize| record.get(i).map(str::trim).unwrap_or("");
    let code = |i: usize, what: &str| {
        let c = field(i);
        if c.is_empty() || c.len() > 10 || !c.bytes().all(|b| b.is_ascii_alphanumeric()) {
            Err(format!("invalid {what} code {c:?}"))
        } else {
            Ok(c.to_owned())
        }
    };
    let named = |i: usize, what: &str| match field(i) {
        "" => Err(format!("the {what} has no name")),
        name => Ok(name.to_owned()),
    };
    let share: f64 = field(6)
        .parse()
        .map_err(|_| format!("invalid share {:?} (a percentage)", field(6)))?;
    if !(share > 0.0 && share <= 100.0) {
        return Err(format!("the share {share} is not between 0 and 100"));
    }
    Ok(Succession {
        line,
        pct: (code(0, "PCT")?, named(1, "PCT")?),
        ccg: (code(3, "CCG")?, named(4, "CCG")?),
        share,
    })
}

/// A trust's full name: the file gives "Hartlepool" for Hartlepool Primary Care Trust.
fn pct_name(short: &str) -> String {
    if short.to_ascii_lowercase().ends_with("trust") {
        short.to_owned()
    } else {
        format!("{short} Primary Care Trust")
    }
}

/// Trusts whose shares do not add up to 100 (to within 0.5).
fn uneven_shares(rows: &[Succession]) -> Vec<RowError> {
    let mut totals: BTreeMap<&str, (u64, f64)> = BTreeMap::new();
    for r in rows {
        let total = totals.entry(&r.pct.0).or_insert((r.line, 0.0));
        total.1 += r.share;
    }
    totals
        .into_iter()
        .filter(|(_, (_, sum))| (sum - 100.0).abs() > 0.5)
        .map(|(code, (line, sum))| RowError {
            line,
            reason: format!("the shares of {code} add up to {sum}, not 100"),
        })
        .collect()
}

/// Reads and imports the file in one transaction.
pub async fn import<R: Read>(
    db: &Db,
    reader: R,
) -> Result<ReorganisationReport, ReorganisationError> {
    let (rows, errors) = parse(reader)?;
    let mut report = ReorganisationReport {
        rows: rows.len(),
        warnings: uneven_shares(&rows),
        errors,
        ..Default::default()
    };
    let txn = db.conn.begin().await.context("starting the import")?;
    let mut wanted: BTreeMap<String, Named> = BTreeMap::new();
    for r in &rows {
        let pct = Named {
            name: pct_name(&r.pct.1),
            kind: OrganisationKind::PrimaryCareTrust,
            opened_on: None,
            closed_on: Some(pcts_closed()),
        };
        wanted.insert(r.pct.0.clone(), pct);
        let ccg = Named {
            name: r.ccg.1.clone(),
            kind: OrganisationKind::ClinicalCommissioningGroup,
            opened_on: Some(ccgs_opened()),
            closed_on: None,
        };
        wanted.insert(r.ccg.0.clone(), ccg);
    }
    let known = named::ensure(&txn, &wanted).await?;
    (report.created, report.completed) = (known.created, known.completed);
    let ids = known.ids;
    successions(&txn, &rows, &ids, &mut report).await?;
    super::record(&txn, "importReorganisation", FILE, &report).await?;
    txn.commit().await.context("committing the import")?;
    Ok(report)
}

/// Records each trust SUCCEEDED_BY each of its groups on 2013-04-01, with the share, unless
/// that succession is recorded already.
async fn successions(
    txn: &DatabaseTransaction,
    rows: &[Succession],
    ids: &HashMap<String, i32>,
    report: &mut ReorganisationReport,
) -> anyhow::Result<()> {
    let recorded: std::collections::HashSet<(i32, i32)> = relationship::Entity::find()
        .filter(relationship::Column::Kind.eq(RelationshipKind::SucceededBy))
        .all(txn)
        .await
        .context("reading the successions")?
        .into_iter()
        .map(|r| (r.from_organisation_id, r.to_organisation_id))
        .collect();
    for r in rows {
        let (Some(&from), Some(&to)) = (ids.get(&r.pct.0), ids.get(&r.ccg.0)) else {
            continue;
        };
        if recorded.contains(&(from, to)) {
            continue;
        }
        relationship::ActiveModel {
            id: sea_orm::ActiveValue::NotSet,
            from_organisation_id: Set(from),
            to_organisation_id: Set(to),
            kind: Set(RelationshipKind::SucceededBy),
            valid_from: Set(Some(ccgs_opened())),
            valid_to: Set(None),
            share_percent: Set(Some(r.share)),
            created_at: sea_orm::ActiveValue::NotSet,
            updated_at: sea_orm::ActiveValue::NotSet,
        }
        .insert(txn)
        .await
        .with_context(|| format!("recording {} SUCCEEDED_BY {}", r.pct.0, r.ccg.0))?;
        report.successions += 1;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    const HEAD: &str =
        "PCT_CODE,PCT_NAME,PCT_ONS_CODE,CCG_CODE,CCG_NAME,CCG_ONS_CODE,POSTCODE_SHARE_PERCENT\n";

    #[test]
    fn rows_are_read_and_bad_ones_reported_by_line() {
        let text = format!(
            "{HEAD}5MX,Wolverhampton,E1,06A,NHS Wolverhampton CCG,E3,60.5\n\
             5MX,Wolverhampton,E1,05C,NHS Dudley CCG,E3,abc\n\
             5MX,Wolverhampton,E1,05L,NHS Sandwell CCG,E3,39.5\n\
             5MY,,E1,05L,NHS Sandwell CCG,E3,100\n"
        );
        let (rows, errors) = parse(text.as_bytes()).expect("the file");
        assert_eq!(rows.len(), 2);
        assert_eq!(rows[1].line, 4);
        assert_eq!(rows[1].share, 39.5);
        // (line, what the reason says)
        let expected = [(3, "invalid share"), (5, "the PCT has no name")];
        assert_eq!(errors.len(), expected.len());
        for (error, (line, says)) in errors.iter().zip(expected) {
            assert_eq!(error.line, line);
            assert!(error.reason.contains(says), "{}", error.reason);
        }
        assert!(uneven_shares(&rows).is_empty());
    }

    #[test]
    fn a_trust_is_named_in_full_once() {
        let cases = [
            ("Hartlepool", "Hartlepool Primary Care Trust"),
            (
                "Stockton-on-Tees Teaching",
                "Stockton-on-Tees Teaching Primary Care Trust",
            ),
            ("Camden Primary Care Trust", "Camden Primary Care Trust"),
        ];
        for (short, full) in cases {
            assert_eq!(pct_name(short), full);
        }
    }

    #[test]
    fn shares_that_do_not_add_up_are_warned_about() {
        let text =
            format!("{HEAD}5MX,W,E1,06A,A,E3,60\n5MX,W,E1,05C,B,E3,30\n5MY,V,E1,05C,B,E3,100\n");
        let (rows, _) = parse(text.as_bytes()).expect("the file");
        let warnings = uneven_shares(&rows);
        assert_eq!(warnings.len(), 1);
        assert_eq!(warnings[0].line, 2);
        assert!(warnings[0].reason.contains("add up to 90"));
    }

    #[test]
    fn another_file_is_refused() {
        for text in ["", "a,b\n1,2\n", HEAD] {
            assert!(
                matches!(
                    parse(text.as_bytes()),
                    Err(ReorganisationError::NotTheFile(_))
                ),
                "{text:?}"
            );
        }
    }
}
