//! The benefits register downloaded at national scale: `realise seed --scale nhs` (about
//! 100,000 commitments) on SQLite and, when `TEST_DATABASE_URL` is set, PostgreSQL; then the
//! whole register as CSV and as a workbook, cold (the snapshot built for it) and warm, and the
//! board pack (which reads every commitment's series for SPC). Prints
//! each download's time, size and rows, and the server's peak memory before and after.
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
    println!("  server peak memory before: {idle:.1} MiB");
    for (label, file, extension) in [
        ("CSV, cold snapshot", "register", "csv"),
        ("CSV, warm", "register", "csv"),
        ("workbook, warm", "register", "xlsx"),
        ("workbook, again", "register", "xlsx"),
        ("board pack workbook", "board-pack", "xlsx"),
    ] {
        let path = format!("/exports/{file}.{extension}?programme={programme}&asAt={as_at}");
        let (status, body, took) = get_once(&server.url, Some(&token), &path)?;
        anyhow::ensure!(
            status == 200,
            "{label}: HTTP {status}: {}",
            String::from_utf8_lossy(&body)
        );
        let rows = if extension == "csv" {
            body.iter().filter(|b| **b == b'\n').count()
        } else {
            0
        };
        println!(
            "  {label:<20} {:>7.2} s {:>8.1} MB{}  peak memory {:.1} MiB",
            took.as_secs_f64(),
            body.len() as f64 / 1e6,
            if rows > 0 {
                format!(" {rows:>7} lines")
            } else {
                String::new()
            },
            server.peak_memory_mib().unwrap_or(0.0),
        );
    }
    let peak = server.peak_memory_mib().unwrap_or(0.0);
    println!(
        "  server peak memory after: {peak:.1} MiB (+{:.1} MiB)",
        peak - idle
    );
    Ok(())
}
