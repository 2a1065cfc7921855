//! Benefits realisation at national scale: `realise seed --scale nhs` (every organisation of
//! the ODS extracts, about 100,000 commitments, 2.4 million measurements) on SQLite and, when
//! `TEST_DATABASE_URL` is set, PostgreSQL; then the latency of three reads and the server's
//! peak memory:
//!
//! - the programme dashboard: realisation by benefit and by region (each region by benefit),
//!   RAG and status counts, the local ownership index and coverage;
//! - one region's realisation (over everything PART_OF it), cycling through the regions;
//! - one trust's commitments with progress and SPC, cycling through trusts.
//!
//! Roll-ups read a snapshot each server keeps while the data version is unchanged, so the
//! figures show the first (cold) dashboard, the steady state, the dashboard right after a value
//! recorded through the API (the snapshot updated through that commitment) and right after a
//! write outside the API (read whole again).
//!
//! `cargo bench --bench realisation` (REQUESTS=N per read, default 400; CONCURRENCY=N clients,
//! default 8)

mod support;

use std::time::Instant;

use sea_orm::ConnectionTrait;
use serde_json::{Value, json};
use support::{BenchDb, Server, load, query, realise, record_measurement, token};

const DASHBOARD: &str = r#"query($p: ID!, $asAt: Date!) { node(id: $p) { ... on Programme { name
  realisation(asAt: $asAt) { liveCommitments
    ragCounts { notMeasured blue green amber red }
    byStatus { draft proposed agreed signedOff realised withdrawn transferred }
    byBenefit { benefit { code title unit } rollup committed plannedToDate realisedToDate
      meanProgress meanPlannedProgress liveCommitments ragCounts { notMeasured blue green amber red } }
    byRegion { organisation { odsCode name } liveCommitments ragCounts { notMeasured blue green amber red }
      byBenefit { benefit { code } committed realisedToDate meanProgress ragCounts { red } } } }
  ownership(asAt: $asAt) { liveCommitments localOwnershipIndex coverage { eligible committed ratio } } } } }"#;

const REGION: &str = r#"query($r: ID!, $p: ID!, $asAt: Date!) { node(id: $r) { ... on Organisation { name
  realisation(programme: $p, asAt: $asAt) { liveCommitments
    ragCounts { notMeasured blue green amber red }
    byStatus { draft proposed agreed signedOff realised withdrawn transferred }
    byBenefit { benefit { code } committed plannedToDate realisedToDate meanProgress meanPlannedProgress
      liveCommitments ragCounts { notMeasured blue green amber red } } } } } }"#;

const TRUST: &str = r#"query($code: String!, $asAt: Date!) { organisation(odsCode: $code) { name
  commitments(first: 30) { edges { node { status target benefit { code unit }
    progress(asAt: $asAt) { actual actualOn planned progress plannedProgress variance rag forecast onTrackToTarget }
    spc(asAt: $asAt) { mean upperProcessLimit lowerProcessLimit variation assurance reliable
      points { measuredOn value specialCause variation } } } } } } }"#;

fn main() -> anyhow::Result<()> {
    let env = |name: &str, default: usize| {
        std::env::var(name)
            .ok()
            .and_then(|v| v.parse().ok())
            .unwrap_or(default)
    };
    let (requests, concurrency) = (env("REQUESTS", 400), env("CONCURRENCY", 8));
    actix_web::rt::System::new().block_on(async move {
        let sqlite = BenchDb::sqlite("realisation");
        run("SQLite", &sqlite, requests, concurrency).await?;
        match BenchDb::postgres("realisation").await? {
            Some(pg) => run("PostgreSQL", &pg, requests, concurrency).await?,
            None => println!("PostgreSQL: skipped (set TEST_DATABASE_URL)"),
        }
        Ok(())
    })
}

/// `field` of each node of a connection.
fn ids(connection: &Value, field: &str) -> Vec<String> {
    connection["edges"]
        .as_array()
        .map(|edges| {
            edges
                .iter()
                .filter_map(|e| e["node"][field].as_str().map(str::to_owned))
                .collect()
        })
        .unwrap_or_default()
}

async fn run(
    backend: &str,
    db: &BenchDb,
    requests: usize,
    concurrency: usize,
) -> anyhow::Result<()> {
    let seeded = realise(&db.url, &["seed", "--scale", "nhs", "--seed", "1"])?;
    println!(
        "{backend}: `realise seed --scale nhs` took {:.1} s (the ODS import included)",
        seeded.as_secs_f64()
    );
    let server = Server::start(&db.url, &[])?;
    let token = token(&["--role", "PARTNER"])?;
    let as_at = realise_api::seed::scale::as_at().to_string();
    let data = query(
        &server.url,
        Some(&token),
        r#"{ programmes(first: 1, filter: {nameContains: "NHS Digital"}) { edges { node { id } } }
            regions: organisations(first: 100, filter: {kinds: [REGIONAL_TEAM]}) { edges { node { id } } }
            organisations(first: 100, filter: {kinds: [NHS_TRUST, FOUNDATION_TRUST], statuses: [ACTIVE]}) { edges { node { odsCode } } } }"#,
        json!({}),
    )
    .await?;
    let programme = data["programmes"]["edges"][0]["node"]["id"]
        .as_str()
        .unwrap_or_default()
        .to_owned();
    let regions = ids(&data["regions"], "id");
    let trusts = ids(&data["organisations"], "odsCode");
    anyhow::ensure!(
        !regions.is_empty() && !trusts.is_empty(),
        "no regions or trusts"
    );

    let dashboard =
        json!({ "query": DASHBOARD, "variables": { "p": programme, "asAt": as_at } }).to_string();
    // One dashboard on its own, timed.
    let one_dashboard = || async {
        let started = Instant::now();
        let variables = json!({ "p": programme, "asAt": as_at });
        query(&server.url, Some(&token), DASHBOARD, variables).await?;
        anyhow::Ok(started.elapsed().as_secs_f64() * 1e3)
    };
    println!(
        "  first dashboard (cold: loads and assesses every commitment): {:.0} ms",
        one_dashboard().await?
    );
    println!("  {concurrency} clients, {requests} requests per read:");
    let figures = load(&server.url, concurrency, requests, Some(&token), |_| {
        dashboard.clone()
    })?;
    println!("  {figures}  programme dashboard");
    let figures = load(&server.url, concurrency, requests, Some(&token), |i| {
        let r = &regions[i % regions.len()];
        json!({ "query": REGION, "variables": { "r": r, "p": programme, "asAt": as_at } })
            .to_string()
    })?;
    println!("  {figures}  one region's realisation");
    let figures = load(&server.url, concurrency, requests, Some(&token), |i| {
        let code = &trusts[i % trusts.len()];
        json!({ "query": TRUST, "variables": { "code": code, "asAt": as_at } }).to_string()
    })?;
    println!("  {figures}  one trust's commitments with progress and SPC");

    // A value recorded through the API: the next dashboard updates its snapshot through the one
    // commitment the audit trail says changed.
    let admin = support::token(&["--role", "ADMIN"])?;
    let found = query(
        &server.url,
        Some(&token),
        "{ commitments(filter: { statuses: [SIGNED_OFF] }, first: 1) { edges { node { id } } } }",
        json!({}),
    )
    .await?;
    let commitment = found["commitments"]["edges"][0]["node"]["id"]
        .as_str()
        .unwrap_or_default()
        .to_owned();
    for value in [1234.5, 2345.6, 3456.7] {
        record_measurement(&server.url, &admin, &commitment, value)?;
        println!(
            "  dashboard right after a value recorded through the API (updated): {:.0} ms",
            one_dashboard().await?
        );
    }
    // A write outside the API (here: a note on one commitment, by SQL) changes the data version
    // with no audit event to say what changed: the next dashboard reads the programme whole.
    let conn = sea_orm::Database::connect(&db.url).await?;
    conn.execute_unprepared(
        "UPDATE commitments SET notes = 'benchmark' WHERE id = (SELECT MIN(id) FROM commitments)",
    )
    .await?;
    conn.close().await?;
    println!(
        "  dashboard right after a write outside the API (read whole): {:.0} ms",
        one_dashboard().await?
    );
    if let Some(mib) = server.peak_memory_mib() {
        println!("  server peak memory: {mib:.1} MiB");
    }
    Ok(())
}
