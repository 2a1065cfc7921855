//! Measurements recorded per second at 16 concurrent clients, on SQLite and (when
//! `TEST_DATABASE_URL` is set) PostgreSQL: each request is one `recordMeasurement` by a trust
//! executive (token check, organisation scope, one write transaction with its audit event).
//!
//! `cargo bench --bench mutations` (REQUESTS=N per backend, default 4000)

mod support;

use serde_json::json;
use support::{BenchDb, Server, load, query, realise, token};

const CONCURRENCY: usize = 16;

fn main() -> anyhow::Result<()> {
    let requests: usize = std::env::var("REQUESTS")
        .ok()
        .and_then(|r| r.parse().ok())
        .unwrap_or(4000);
    actix_web::rt::System::new().block_on(async move {
        let sqlite = BenchDb::sqlite("mutations");
        run("SQLite", &sqlite, requests).await?;
        match BenchDb::postgres("mutations").await? {
            Some(pg) => run("PostgreSQL", &pg, requests).await?,
            None => println!("PostgreSQL: skipped (set TEST_DATABASE_URL)"),
        }
        Ok(())
    })
}

async fn run(backend: &str, db: &BenchDb, requests: usize) -> anyhow::Result<()> {
    realise(&db.url, &["seed", "--demo"])?;
    let server = Server::start(&db.url, &[])?;
    let admin = token(&["--role", "ADMIN"])?;
    // An organisation with live commitments, and its executive.
    let live = r#"{ commitments(first: 100, filter: { statuses: [AGREED, SIGNED_OFF] }) {
                     edges { node { id organisation { odsCode } } } } }"#;
    let data = query(&server.url, Some(&admin), live, json!({})).await?;
    let edges = data["commitments"]["edges"]
        .as_array()
        .cloned()
        .unwrap_or_default();
    let code = edges
        .first()
        .and_then(|e| e["node"]["organisation"]["odsCode"].as_str())
        .ok_or_else(|| anyhow::anyhow!("the demo data has no live commitment"))?
        .to_owned();
    let ids: Vec<String> = edges
        .iter()
        .filter(|e| e["node"]["organisation"]["odsCode"] == code.as_str())
        .filter_map(|e| e["node"]["id"].as_str().map(str::to_owned))
        .collect();
    let executive = token(&["--role", "EXECUTIVE", "--org", &code])?;
    println!(
        "{backend}: {CONCURRENCY} clients, {requests} recordMeasurement requests by the executive of {code} ({} commitments)",
        ids.len()
    );
    let body = move |i: usize| {
        let q = "mutation($input: RecordMeasurementInput!) { recordMeasurement(input: $input) {
                   measurement { id } userErrors { code } } }";
        let day = chrono::NaiveDate::from_ymd_opt(2024, 1, 1).unwrap_or_default()
            + chrono::Days::new((i % 600) as u64);
        let input = json!({ "commitment": ids[i % ids.len()], "measuredOn": day.to_string(), "value": i as f64 });
        json!({ "query": q, "variables": { "input": input } }).to_string()
    };
    load(
        &server.url,
        CONCURRENCY,
        CONCURRENCY * 4,
        Some(&executive),
        &body,
    )?;
    let figures = load(&server.url, CONCURRENCY, requests, Some(&executive), &body)?;
    println!("  {figures}  measurements recorded");
    let count = query(
        &server.url,
        Some(&admin),
        r#"{ auditEvents(filter: { action: "recordMeasurement" }) { totalCount } }"#,
        json!({}),
    )
    .await?;
    println!(
        "  audit events of recordMeasurement: {}",
        count["auditEvents"]["totalCount"]
    );
    Ok(())
}
