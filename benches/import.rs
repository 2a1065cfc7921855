//! How long importing the real files takes (both ODS extracts, then the 2013 reorganisation), on SQLite and (when `TEST_DATABASE_URL`
//! is set) on PostgreSQL. Prints figures; asserts nothing about time.
//!
//! `cargo bench --bench import`

use std::time::{Duration, Instant};

use anyhow::Context;
use realise_api::db::Db;
use realise_api::import::ods::{self, ExtractKind};
use realise_api::import::{practice_map, reorganisation};
use realise_api::seed::demo::{PCT_CCG_GZ, PRACTICE_MAP_GZ, shipped_extract};
use sea_orm::ConnectionTrait;

const RUNS: usize = 3;

fn main() -> anyhow::Result<()> {
    let rt = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()?;
    rt.block_on(async {
        let trusts = shipped_extract(ExtractKind::Trusts)?;
        let practices = shipped_extract(ExtractKind::Practices)?;
        let mut pct_ccg = Vec::new();
        std::io::Read::read_to_end(&mut flate2::read::GzDecoder::new(PCT_CCG_GZ), &mut pct_ccg)?;
        let mut practice_map = Vec::new();
        std::io::Read::read_to_end(
            &mut flate2::read::GzDecoder::new(PRACTICE_MAP_GZ),
            &mut practice_map,
        )?;
        let files = Files {
            trusts: &trusts,
            practices: &practices,
            pct_ccg: &pct_ccg,
            practice_map: &practice_map,
        };
        println!("importing etr.csv ({} bytes), epraccur.csv ({} bytes), pct-ccg-2013.csv ({} bytes) and gp-reg-pat-prac-map.csv ({} bytes), {RUNS} runs each, fresh database per run", trusts.len(), practices.len(), pct_ccg.len(), practice_map.len());
        let sqlite = |i: usize| std::env::temp_dir().join(format!("realise-bench-import-{}-{i}.db", std::process::id()));
        let mut times = Vec::new();
        for i in 0..RUNS {
            let path = sqlite(i);
            let url = format!("sqlite://{}?mode=rwc", path.display());
            times.push(run(&url, &files).await?);
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
                let result = run(&url, &files).await;
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

/// The files imported.
struct Files<'a> {
    trusts: &'a [u8],
    practices: &'a [u8],
    pct_ccg: &'a [u8],
    practice_map: &'a [u8],
}

/// One import of every file into a fresh, migrated database: each file's import time alone.
async fn run(url: &str, files: &Files<'_>) -> anyhow::Result<[Duration; 4]> {
    let db = Db::connect(url).await?;
    db.migrate().await?;
    let today = chrono::Utc::now().date_naive();
    let started = Instant::now();
    ods::import(&db, ExtractKind::Trusts, files.trusts, Some(today))
        .await
        .map_err(anyhow::Error::from)?;
    let trusts = started.elapsed();
    ods::import(&db, ExtractKind::Practices, files.practices, Some(today))
        .await
        .map_err(anyhow::Error::from)?;
    let practices = started.elapsed() - trusts;
    reorganisation::import(&db, files.pct_ccg)
        .await
        .map_err(anyhow::Error::from)?;
    let pct_ccg = started.elapsed() - trusts - practices;
    practice_map::import(&db, files.practice_map)
        .await
        .map_err(anyhow::Error::from)?;
    let map = started.elapsed() - trusts - practices - pct_ccg;
    db.conn.close().await?;
    Ok([trusts, practices, pct_ccg, map])
}

fn report(backend: &str, times: &mut [[Duration; 4]]) {
    times.sort_by_key(|t| t.iter().sum::<Duration>());
    let [trusts, practices, pct_ccg, map] = times[times.len() / 2];
    let ms = |d: Duration| d.as_secs_f64() * 1e3;
    println!(
        "{backend}: median {:.0} ms for every file (trusts {:.0} ms, practices {:.0} ms, 2013 reorganisation {:.0} ms, 2022 practice map {:.0} ms); best {:.0} ms",
        ms(trusts + practices + pct_ccg + map),
        ms(trusts),
        ms(practices),
        ms(pct_ccg),
        ms(map),
        ms(times[0].iter().sum())
    );
}
