//! How long importing both real ODS extracts takes, on SQLite and (when `TEST_DATABASE_URL`
//! is set) on PostgreSQL. Prints figures; asserts nothing about time.
//!
//! `cargo bench --bench import`

use std::time::{Duration, Instant};

use anyhow::Context;
use realise_api::db::Db;
use realise_api::import::ods::{self, ExtractKind};
use realise_api::seed::demo::shipped_extract;
use sea_orm::ConnectionTrait;

const RUNS: usize = 3;

fn main() -> anyhow::Result<()> {
    let rt = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()?;
    rt.block_on(async {
        let trusts = shipped_extract(ExtractKind::Trusts)?;
        let practices = shipped_extract(ExtractKind::Practices)?;
        println!("importing etr.csv ({} bytes) and epraccur.csv ({} bytes), {RUNS} runs each, fresh database per run", trusts.len(), practices.len());
        let sqlite = |i: usize| std::env::temp_dir().join(format!("realise-bench-import-{}-{i}.db", std::process::id()));
        let mut times = Vec::new();
        for i in 0..RUNS {
            let path = sqlite(i);
            let url = format!("sqlite://{}?mode=rwc", path.display());
            times.push(run(&url, &trusts, &practices).await?);
            for suffix in ["", "-wal", "-shm"] {
                let _ = std::fs::remove_file(format!("{}{suffix}", path.display()));
            }
        }
        report("SQLite", &mut times);
        if let Ok(admin_url) = std::env::var("TEST_DATABASE_URL") {
            let mut times = Vec::new();
            for i in 0..RUNS {
                let name = format!("realise_bench_import_{}_{i}", std::process::id());
                let admin = sea_orm::Database::connect(&admin_url).await.context("connecting to TEST_DATABASE_URL")?;
                admin.execute_unprepared(&format!("CREATE DATABASE {name}")).await?;
                let url = match admin_url.rsplit_once('/') {
                    Some((base, _)) => format!("{base}/{name}"),
                    None => anyhow::bail!("TEST_DATABASE_URL has no database name"),
                };
                let result = run(&url, &trusts, &practices).await;
                admin.execute_unprepared(&format!("DROP DATABASE {name} WITH (FORCE)")).await?;
                times.push(result?);
            }
            report("PostgreSQL", &mut times);
        } else {
            println!("PostgreSQL: skipped (set TEST_DATABASE_URL)");
        }
        Ok(())
    })
}

/// One import of both files into a fresh, migrated database; returns the import time alone.
async fn run(url: &str, trusts: &[u8], practices: &[u8]) -> anyhow::Result<(Duration, Duration)> {
    let db = Db::connect(url).await?;
    db.migrate().await?;
    let today = chrono::Utc::now().date_naive();
    let started = Instant::now();
    ods::import(&db, ExtractKind::Trusts, trusts, Some(today))
        .await
        .map_err(anyhow::Error::from)?;
    let trusts_done = started.elapsed();
    ods::import(&db, ExtractKind::Practices, practices, Some(today))
        .await
        .map_err(anyhow::Error::from)?;
    let total = started.elapsed();
    db.conn.close().await?;
    Ok((trusts_done, total - trusts_done))
}

fn report(backend: &str, times: &mut [(Duration, Duration)]) {
    times.sort_by_key(|(a, b)| *a + *b);
    let (trusts, practices) = times[times.len() / 2];
    let best = times[0].0 + times[0].1;
    println!(
        "{backend}: median {:.0} ms for both files (trusts {:.0} ms, practices {:.0} ms); best {:.0} ms",
        (trusts + practices).as_secs_f64() * 1e3,
        trusts.as_secs_f64() * 1e3,
        practices.as_secs_f64() * 1e3,
        best.as_secs_f64() * 1e3
    );
}
