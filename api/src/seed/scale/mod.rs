//! `realise seed --scale nhs [--seed N]`: a national-scale data set for benchmarks. Every
//! organisation of the shipped ODS extracts; a programme of 30 benefits enabled by 10 services
//! deployed across the active trusts, GP practices and other prescribing cost centres; a
//! commitment for every active organisation and every benefit a live deployment there enables
//! (about 100,000), each with a trajectory and 24 monthly measurements, and a few corrections.
//!
//! Everything is drawn from the seed number and natural keys (ODS codes, benefit codes), never
//! from database keys, so one seed gives the same data on SQLite and PostgreSQL. Rows go in by
//! multi-row INSERTs of a few thousand rows each, in one transaction after the ODS import.

mod catalogue;
mod local;
mod series;
mod sites;

use std::time::{Duration, Instant};

use anyhow::Context;
use sea_orm::TransactionTrait;

use crate::db::Db;

/// The programme's name, as benchmarks look it up.
pub const PROGRAMME_NAME: &str = "NHS Digital Transformation";

/// The date the benchmark reads the data set as at: 18 months into the 24 measured.
pub fn as_at() -> chrono::NaiveDate {
    series::month_end(17)
}

/// What a scale seed loaded, and how long it took.
#[derive(Debug, Default)]
pub struct ScaleReport {
    /// Organisations imported from the ODS extracts.
    pub organisations: usize,
    /// Deployments of the programme's services.
    pub deployments: usize,
    /// Commitments.
    pub commitments: usize,
    /// Trajectory points.
    pub trajectory_points: usize,
    /// Measurements, corrections included.
    pub measurements: usize,
    /// Rows of the commitments' histories (a row for each step of each commitment's status).
    pub history: usize,
    /// Wall-clock time of the whole load, the ODS import included.
    pub elapsed: Duration,
}

/// Loads the scale data set into an empty database.
pub async fn load(db: &Db, seed: u64) -> anyhow::Result<ScaleReport> {
    let started = Instant::now();
    let [trusts, practices] = crate::seed::demo::load_organisations(db).await?;
    let mut report = ScaleReport {
        organisations: trusts.inserted
            + trusts.placeholders_created
            + practices.inserted
            + practices.placeholders_created,
        ..ScaleReport::default()
    };
    let txn = db
        .conn
        .begin()
        .await
        .context("starting the scale seed transaction")?;
    let catalogue = catalogue::load(&txn).await?;
    local::load(&txn, &catalogue, seed, &mut report).await?;
    txn.commit().await.context("committing the scale seed")?;
    // Fresh statistics, so the planner knows the tables are no longer empty (PostgreSQL
    // otherwise walks 100,000 commitments' measurements several times slower until
    // autovacuum gets round to them).
    db.analyze(&[])
        .await
        .context("analysing the loaded tables")?;
    report.elapsed = started.elapsed();
    tracing::info!(
        commitments = report.commitments,
        measurements = report.measurements,
        elapsed_ms = report.elapsed.as_millis() as u64,
        "loaded the scale data set"
    );
    Ok(report)
}
