//! How close the read graph comes to the limit the database sets. For four typical reads of
//! the demo data it prints, on SQLite and (when `TEST_DATABASE_URL` is set) PostgreSQL:
//! - Realise's requests per second at 32 clients, executing every request
//!   (`Cache-Control: no-cache`) and answered from the response cache, with p50 and p99;
//! - the SQL statements per request, and (PostgreSQL) the rows the database read per request
//!   from its tables and their indexes (`pg_stat_user_tables`, `pg_stat_user_indexes`) beside
//!   the objects the response returns;
//! - (PostgreSQL) the rate of one hand-written SQL statement returning the same JSON
//!   (`benches/sql/*.sql`, run by `pgbench` with 8 clients), and Realise's share of it;
//! - the server's peak memory.
//!
//! The load comes from 32 client threads of the benchmark's own, and, when `wrk` is installed
//! (`apt-get install wrk`), from wrk for WRK_SECONDS (default 5) too: wrk's rates are the ones
//! compared with the hand-written statement, as in the issue that set the targets.
//!
//! `cargo bench --bench read_graph` (REQUESTS=N per run, default 3000; PGBENCH_SECONDS=N,
//! default 10)

mod support;

use anyhow::Context;
use serde_json::{Value, json};
use support::postgres::{pgbench, rows_per_statement, rows_read_so_far, settled_rows_read};
use support::wrk::{wrk_available, wrk_load};
use support::{BenchDb, Figures, Server, get_once, load, load_with, post_once, realise, token};

const CONCURRENCY: usize = 32;

struct Read {
    name: &'static str,
    query: &'static str,
    /// The hand-written statement returning the same JSON, when one can.
    sql: Option<&'static str>,
}

const READS: [Read; 4] = [
    Read {
        name: "a trust with its commitments, benefits and latest measurements",
        query: r#"{ organisation(odsCode: "RWP") { name commitments(first: 20) { edges { node { status target
             benefit { code title unit } owner { name }
             measurements(first: 1, includeSuperseded: false) { edges { node { measuredOn value } } } } } } } }"#,
        sql: Some(include_str!("sql/trust.sql")),
    },
    Read {
        name: "a page of 100 organisations with their parents",
        query: r#"{ organisations(first: 100, filter: {kinds: [GP_PRACTICE]}) { edges { node { odsCode name status parent { odsCode name } } } } }"#,
        sql: Some(include_str!("sql/organisations.sql")),
    },
    Read {
        name: "a programme with its benefits and enabling services",
        query: r#"{ programmes(first: 1) { edges { node { name benefits(first: 20) { edges { node { code title category
             enablingServices { name lifecycle provider { name } } } } } } } } }"#,
        sql: Some(include_str!("sql/programme.sql")),
    },
    Read {
        // Derived figures: computed in Rust from a snapshot of the rows; no one statement.
        name: "the programme dashboard (derived figures)",
        query: r#"{ programmes(first: 1) { edges { node { name
             realisation { liveCommitments ragCounts { red amber green blue notMeasured }
               byBenefit { benefit { code } committed realisedToDate meanProgress ragCounts { red amber green blue } }
               byRegion { organisation { name } liveCommitments } }
             ownership { localOwnershipIndex coverage { eligible committed ratio } } } } } }"#,
        sql: None,
    },
];

fn main() -> anyhow::Result<()> {
    let requests: usize = env_or("REQUESTS", 3000);
    let pgbench_seconds: u64 = env_or("PGBENCH_SECONDS", 10);
    actix_web::rt::System::new().block_on(async move {
        let sqlite = BenchDb::sqlite("read-graph");
        run("SQLite", &sqlite, None, requests, pgbench_seconds).await?;
        match BenchDb::postgres("read_graph").await? {
            Some(pg) => {
                let stats = sea_orm::Database::connect(&pg.url).await?;
                run("PostgreSQL", &pg, Some(stats), requests, pgbench_seconds).await?
            }
            None => println!("PostgreSQL: skipped (set TEST_DATABASE_URL)"),
        }
        Ok(())
    })
}

fn env_or<T: std::str::FromStr>(name: &str, default: T) -> T {
    std::env::var(name)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

async fn run(
    backend: &str,
    db: &BenchDb,
    pg: Option<sea_orm::DatabaseConnection>,
    requests: usize,
    pgbench_seconds: u64,
) -> anyhow::Result<()> {
    let seeded = realise(&db.url, &["seed", "--demo"])?;
    if let Some(pg) = &pg {
        // The tables as autovacuum keeps them: the seeder's updates leave dead index entries,
        // which scans would count as rows read until the next vacuum.
        use sea_orm::ConnectionTrait;
        pg.execute_unprepared("VACUUM ANALYZE").await?;
    }
    let server = Server::start(&db.url, &[])?;
    println!(
        "\n{backend}: demo data seeded in {:.1} s; {CONCURRENCY} clients, {requests} requests a run",
        seeded.as_secs_f64()
    );
    let token = token(&["--role", "PARTNER"])?;
    let wrk_seconds = wrk_available().then(|| env_or("WRK_SECONDS", 5));
    if wrk_seconds.is_none() {
        println!("  (wrk is not installed: the shares are of the built-in client's rates)");
    }
    for read in READS {
        let body = json!({ "query": read.query }).to_string();
        println!("  {}", read.name);
        let objects = objects_returned(&server, &token, &body)?;
        // Warm up: connections, caches, the first page of each table.
        let warm = CONCURRENCY * 4;
        load_with(
            &server.url,
            CONCURRENCY,
            warm,
            Some(&token),
            NO_CACHE,
            |_| body.clone(),
        )?;

        let statements = statements_so_far(&server)?;
        let rows = match &pg {
            Some(pg) => Some(rows_read_so_far(pg).await?),
            None => None,
        };
        let uncached = load_with(
            &server.url,
            CONCURRENCY,
            requests,
            Some(&token),
            NO_CACHE,
            |_| body.clone(),
        )?;
        let per_request = |after: f64, before: f64| (after - before) / uncached.requests as f64;
        let statements = per_request(statements_so_far(&server)?, statements);
        let rows = match (&pg, rows) {
            (Some(pg), Some(before)) => Some(per_request(settled_rows_read(pg).await?, before)),
            _ => None,
        };
        let cached = load(&server.url, CONCURRENCY, requests, Some(&token), |_| {
            body.clone()
        })?;

        print_run("uncached", &uncached);
        print_run("cached  ", &cached);
        // The same two runs from wrk, which takes less of the machine than 32 client threads:
        // the rates the shares below are taken from when it is there.
        let (uncached, cached) = match wrk_seconds {
            Some(seconds) => {
                let uncached =
                    wrk_load(&server.url, CONCURRENCY, seconds, &token, NO_CACHE, &body)?;
                let cached = wrk_load(&server.url, CONCURRENCY, seconds, &token, "", &body)?;
                print_run("uncached, wrk", &uncached);
                print_run("cached,   wrk", &cached);
                (uncached, cached)
            }
            None => (uncached, cached),
        };
        match rows {
            Some(rows) => println!(
                "    {statements:.2} statements and {rows:.0} rows read per request, for {objects} objects returned ({:.1} rows per object)",
                rows / objects as f64
            ),
            None => println!(
                "    {statements:.2} statements per request, for {objects} objects returned"
            ),
        }
        if let (Some(pg), Some(sql)) = (&pg, read.sql) {
            let limit = pgbench(&db.url, sql, pgbench_seconds)?;
            let rows = rows_per_statement(pg, &db.url, sql).await?;
            println!(
                "    hand-written SQL: {limit:>8.1} statements/s, {rows:.0} rows read each; Realise {:.2} of it uncached, {:.2} cached",
                uncached.per_second / limit,
                cached.per_second / limit
            );
        }
    }
    if let Some(mib) = server.peak_memory_mib() {
        println!("  server peak memory: {mib:.1} MiB");
    }
    Ok(())
}

const NO_CACHE: &str = "Cache-Control: no-cache\r\n";

fn print_run(label: &str, figures: &Figures) {
    println!("    {label} {figures}");
}

/// How many JSON objects the response's data holds, leaving out the connection wrappers
/// (`{ edges }` and `{ node }`): the rows a client reads from it.
fn objects_returned(server: &Server, token: &str, body: &str) -> anyhow::Result<usize> {
    let (status, response, _) = post_once(&server.url, Some(token), body)?;
    let json: Value = serde_json::from_slice(&response)?;
    anyhow::ensure!(
        status == 200 && json.get("errors").is_none(),
        "the read failed: {json}"
    );
    fn count(v: &Value) -> usize {
        match v {
            Value::Object(map) => {
                let wrapper = map.contains_key("edges") || map.contains_key("node");
                usize::from(!wrapper) + map.values().map(count).sum::<usize>()
            }
            Value::Array(items) => items.iter().map(count).sum(),
            _ => 0,
        }
    }
    Ok(count(&json["data"]).saturating_sub(1))
}

/// The server's SQL statement counter (`/metrics`).
fn statements_so_far(server: &Server) -> anyhow::Result<f64> {
    let (_, body, _) = get_once(&server.url, None, "/metrics")?;
    let text = String::from_utf8(body)?;
    text.lines()
        .find_map(|l| l.strip_prefix("realise_sql_statements_total "))
        .and_then(|v| v.trim().parse().ok())
        .context("realise_sql_statements_total in /metrics")
}
