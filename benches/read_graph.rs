//! Throughput and latency of three typical reads of the demo data at 32 concurrent clients,
//! on SQLite and (when `TEST_DATABASE_URL` is set) PostgreSQL, and the server's peak memory.
//!
//! `cargo bench --bench read_graph` (REQUESTS=N per query, default 3000)

mod support;

use serde_json::json;
use support::{BenchDb, Server, load, realise, token};

const CONCURRENCY: usize = 32;

const QUERIES: [(&str, &str); 3] = [
    (
        "a trust with its commitments, benefits and latest measurements",
        r#"{ organisation(odsCode: "RWP") { name commitments(first: 20) { edges { node { status target
             benefit { code title unit } owner { name }
             measurements(first: 1, includeSuperseded: false) { edges { node { measuredOn value } } } } } } } }"#,
    ),
    (
        "a page of 100 organisations with their parents",
        r#"{ organisations(first: 100, filter: {kinds: [GP_PRACTICE]}) { edges { node { odsCode name status parent { odsCode name } } } } }"#,
    ),
    (
        "a programme with its benefits and enabling services",
        r#"{ programmes(first: 1) { edges { node { name benefits(first: 20) { edges { node { code title category
             enablingServices { name lifecycle provider { name } } } } } } } } }"#,
    ),
];

fn main() -> anyhow::Result<()> {
    let requests: usize = std::env::var("REQUESTS")
        .ok()
        .and_then(|r| r.parse().ok())
        .unwrap_or(3000);
    actix_web::rt::System::new().block_on(async move {
        let sqlite = BenchDb::sqlite("read-graph");
        run("SQLite", &sqlite, requests).await?;
        match BenchDb::postgres("read_graph").await? {
            Some(pg) => run("PostgreSQL", &pg, requests).await?,
            None => println!("PostgreSQL: skipped (set TEST_DATABASE_URL)"),
        }
        Ok(())
    })
}

async fn run(backend: &str, db: &BenchDb, requests: usize) -> anyhow::Result<()> {
    let seeded = realise(&db.url, &["seed", "--demo"])?;
    let server = Server::start(&db.url, &[])?;
    println!(
        "{backend}: demo data seeded in {:.1} s; {CONCURRENCY} clients, {requests} requests per query",
        seeded.as_secs_f64()
    );
    let token = token(&["--role", "PARTNER"])?;
    for (name, query) in QUERIES {
        let body = json!({ "query": query }).to_string();
        // Warm up: connections, caches, the first page of each table.
        load(
            &server.url,
            CONCURRENCY,
            CONCURRENCY * 4,
            Some(&token),
            |_| body.clone(),
        )?;
        let figures = load(&server.url, CONCURRENCY, requests, Some(&token), |_| {
            body.clone()
        })?;
        println!("  {figures}  {name}");
    }
    if let Some(mib) = server.peak_memory_mib() {
        println!("  server peak memory: {mib:.1} MiB");
    }
    Ok(())
}
