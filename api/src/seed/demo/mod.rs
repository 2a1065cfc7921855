//! The demo data set: the real ODS extracts shipped with Realise (gzip-compressed in
//! `api/data/ods/`, built into the binary so `realise seed --demo` works anywhere), and the
//! National Programme for IT built from public facts (see `programme.rs`).

pub mod landscape;
pub(super) mod programme;

use std::io::Read;

use anyhow::Context;
use chrono::NaiveDate;
use flate2::read::GzDecoder;

use crate::db::Db;
use crate::import::ods::{self, ExtractKind, ImportReport};

/// The NHS trusts extract, as published.
pub const TRUSTS_GZ: &[u8] = include_bytes!("../../../data/ods/etr.csv.gz");
/// The GP practices extract, as published.
pub const PRACTICES_GZ: &[u8] = include_bytes!("../../../data/ods/epraccur.csv.gz");
/// The 2013 reorganisation: each primary care trust and the groups that took its area.
pub const PCT_CCG_GZ: &[u8] = include_bytes!("../../../data/ods/pct-ccg-2013.csv.gz");
/// The practice map of January 2022: practices, networks, groups, STPs and regions.
pub const PRACTICE_MAP_GZ: &[u8] = include_bytes!("../../../data/ods/gp-reg-pat-prac-map.csv.gz");

/// The date the demo is "as at" when it dates something itself: fixed, so the demo is
/// deterministic.
pub fn demo_as_of() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 1).unwrap_or_default()
}

/// The shipped extract of the given kind, decompressed.
pub fn shipped_extract(kind: ExtractKind) -> anyhow::Result<Vec<u8>> {
    let gz = match kind {
        ExtractKind::Trusts => TRUSTS_GZ,
        ExtractKind::Practices => PRACTICES_GZ,
    };
    gunzip(gz)
}

/// A shipped file, decompressed.
pub fn gunzip(gz: &[u8]) -> anyhow::Result<Vec<u8>> {
    let mut out = Vec::new();
    GzDecoder::new(gz)
        .read_to_end(&mut out)
        .context("decompressing a shipped file")?;
    Ok(out)
}

/// Imports the shipped ODS extracts, each as at the latest date it holds.
pub async fn load_organisations(db: &Db) -> anyhow::Result<[ImportReport; 2]> {
    let mut reports = Vec::with_capacity(2);
    for kind in [ExtractKind::Trusts, ExtractKind::Practices] {
        let bytes = shipped_extract(kind)?;
        let report = ods::import(db, kind, bytes.as_slice(), None)
            .await
            .map_err(anyhow::Error::from)?;
        reports.push(report);
    }
    reports
        .try_into()
        .map_err(|_| anyhow::anyhow!("expected two import reports"))
}

/// Loads the whole demo data set into an empty database.
pub async fn load(db: &Db) -> anyhow::Result<()> {
    landscape::load(db).await?;
    programme::load(db).await?;
    db.analyze(&[]).await.context("analysing the demo data")
}
