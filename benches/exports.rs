//! The benefits register downloaded at national scale: `realise seed --scale nhs` (about
//! 100,000 commitments) on SQLite and, when `TEST_DATABASE_URL` is set, PostgreSQL.
//!
//! First on a server whose dashboard has already read the programme's figures (the snapshot
//! that every realisation query shares, built once per data version): the whole register as
//! CSV and as a workbook, and the board pack (which reads every commitment's series for SPC).
//! Then on a fresh server, the register as CSV with the snapshot built for it. Prints each
//! download's time, size and rows, and the server's peak memory.
//!
//! `cargo bench --bench exports`

mod support;

use serde_json::json;
use support::{BenchDb, Server, get_once, query, realise, token};

fn main() -> anyhow::Result<()> {
    actix_web::rt::System::new().block_on(async move {
        let sqlite = BenchDb::sqlite("exports");
        run("SQLite", &sqlite).await?;
        match BenchDb::postgres("exports").await? {
            Some(pg) => run("PostgreSQL", &pg).await?,
            None => println!("PostgreSQL: skipped (set TEST_DATABASE_URL)"),
        }
        Ok(())
    })
}

async fn run(backend: &str, db: &BenchDb) -> anyhow::Result<()> {
    let seeded = realise(&db.url, &["seed", "--scale", "nhs", "--seed", "1"])?;
    println!("{backend}: seeded in {:.1} s", seeded.as_secs_f64());
    let server = Server::start(&db.url, &[])?;
    let token = token(&["--role", "PROGRAMME_BOARD"])?;
    let data = query(
        &server.url,
        Some(&token),
        r#"{ programmes(first: 1, filter: {nameContains: "NHS Digital"}) { edges { node { id } } } }"#,
        json!({}),
    )
    .await?;
    let programme = data["programmes"]["edges"][0]["node"]["id"]
        .as_str()
        .unwrap_or_default()
        .to_owned();
    let as_at = realise_api::seed::scale::as_at();
    let idle = server.peak_memory_mib().unwrap_or(0.0);
    println!("  server peak memory, idle: {idle:.1} MiB");
    let started = std::time::Instant::now();
    query(
        &server.url,
        Some(&token),
        "query($p: ID!, $d: Date) { node(id: $p) { ... on Programme {
           realisation(asAt: $d) { liveCommitments } } } }",
        json!({ "p": programme, "d": as_at }),
    )
    .await?;
    let warm = server.peak_memory_mib().unwrap_or(0.0);
    println!(
        "  the dashboard's figures (snapshot built) {:>6.2} s, peak memory {warm:.1} MiB (+{:.1})",
        started.elapsed().as_secs_f64(),
        warm - idle
    );
    for (label, file, extension) in [
        ("register CSV", "register", "csv"),
        ("register CSV, again", "register", "csv"),
        ("register workbook", "register", "xlsx"),
        ("register workbook, again", "register", "xlsx"),
        ("board pack workbook", "board-pack", "xlsx"),
    ] {
        download(&server, &token, label, &programme, as_at, file, extension)?;
    }
    let peak = server.peak_memory_mib().unwrap_or(0.0);
    println!(
        "  the downloads raised the peak by {:.1} MiB over the warm server ({:.1} over idle)",
        peak - warm,
        peak - idle
    );
    drop(server);
    let fresh = Server::start(&db.url, &[])?;
    let idle = fresh.peak_memory_mib().unwrap_or(0.0);
    download(
        &fresh,
        &token,
        "register CSV, cold server",
        &programme,
        as_at,
        "register",
        "csv",
    )?;
    let peak = fresh.peak_memory_mib().unwrap_or(0.0);
    println!(
        "  a fresh server's peak rose by {:.1} MiB (from {idle:.1} MiB), its snapshot included",
        peak - idle
    );
    Ok(())
}

/// Downloads `/exports/{file}.{extension}` once and prints its time, size, lines (CSV) and the
/// server's peak memory after it.
fn download(
    server: &Server,
    token: &str,
    label: &str,
    programme: &str,
    as_at: chrono::NaiveDate,
    file: &str,
    extension: &str,
) -> anyhow::Result<()> {
    let path = format!("/exports/{file}.{extension}?programme={programme}&asAt={as_at}");
    let (status, body, took) = get_once(&server.url, Some(token), &path)?;
    anyhow::ensure!(
        status == 200,
        "{label}: HTTP {status}: {}",
        String::from_utf8_lossy(&body)
    );
    let lines = if extension == "csv" {
        format!(" {:>7} lines", body.iter().filter(|b| **b == b'\n').count())
    } else {
        String::new()
    };
    println!(
        "  {label:<26} {:>6.2} s {:>6.1} MB{lines}  peak memory {:.1} MiB",
        took.as_secs_f64(),
        body.len() as f64 / 1e6,
        server.peak_memory_mib().unwrap_or(0.0),
    );
    Ok(())
}
