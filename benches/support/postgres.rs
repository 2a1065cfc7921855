//! What the PostgreSQL figures of a benchmark need: the rows the database has read, and the
//! rate of a hand-written statement under `pgbench`.

use std::process::Command;
use std::time::Duration;

use anyhow::Context;

/// Rows the database has read from its own tables so far: the rows its scans of the tables
/// and their indexes returned. Rows read from the catalogs (a new connection's, or this one's
/// reading these counts) are not the reads', and are not counted.
pub async fn rows_read_so_far(pg: &sea_orm::DatabaseConnection) -> anyhow::Result<f64> {
    use sea_orm::ConnectionTrait;
    let row = pg
        .query_one_raw(sea_orm::Statement::from_string(
            pg.get_database_backend(),
            "SELECT ((SELECT sum(seq_tup_read) FROM pg_stat_user_tables) \
             + (SELECT sum(idx_tup_read) FROM pg_stat_user_indexes))::float8",
        ))
        .await?
        .context("pg_stat_database")?;
    Ok(row.try_get_by_index::<f64>(0)?)
}

/// The same, once every backend has reported: they send their counts when idle, within ten
/// seconds.
pub async fn settled_rows_read(pg: &sea_orm::DatabaseConnection) -> anyhow::Result<f64> {
    actix_web::rt::time::sleep(Duration::from_secs(11)).await;
    rows_read_so_far(pg).await
}

/// The rows one run of `sql` reads.
pub async fn rows_per_statement(
    pg: &sea_orm::DatabaseConnection,
    url: &str,
    sql: &str,
) -> anyhow::Result<f64> {
    const RUNS: u32 = 100;
    let before = settled_rows_read(pg).await?;
    let file = sql_file(sql)?;
    let status = Command::new("pgbench")
        .args(["-n", "-c", "1", "-t", &RUNS.to_string(), "-f"])
        .arg(&file)
        .arg(url)
        .output()
        .context("running pgbench")?;
    anyhow::ensure!(status.status.success(), "pgbench failed");
    Ok((settled_rows_read(pg).await? - before) / f64::from(RUNS))
}

/// Statements per second of `sql` on 8 clients for `seconds`, by pgbench.
pub fn pgbench(url: &str, sql: &str, seconds: u64) -> anyhow::Result<f64> {
    let file = sql_file(sql)?;
    let out = Command::new("pgbench")
        .args(["-n", "-M", "prepared", "-c", "8", "-j", "2", "-T"])
        .arg(seconds.to_string())
        .arg("-f")
        .arg(&file)
        .arg(url)
        .output()
        .context("running pgbench (Debian's postgresql-contrib, or the server's own)")?;
    let text = String::from_utf8_lossy(&out.stdout);
    anyhow::ensure!(
        out.status.success(),
        "pgbench failed: {text}{}",
        String::from_utf8_lossy(&out.stderr)
    );
    text.lines()
        .find_map(|l| l.strip_prefix("tps = "))
        .and_then(|l| l.split_whitespace().next())
        .and_then(|n| n.parse().ok())
        .context("pgbench's tps line")
}

/// The statement in a file of its own, for pgbench (which wants a statement per line or `;`).
fn sql_file(sql: &str) -> anyhow::Result<std::path::PathBuf> {
    let text: String = sql
        .lines()
        .filter(|l| !l.trim_start().starts_with("--"))
        .collect::<Vec<_>>()
        .join(" ");
    let path = std::env::temp_dir().join(format!(
        "realise-bench-{}-{:x}.sql",
        std::process::id(),
        text.len()
    ));
    std::fs::write(&path, format!("{}\n", text.trim()))?;
    Ok(path)
}
