//! What the benchmarks share: starting the real `realise` binary on a database, driving it with
//! concurrent GraphQL clients ([`clients`]), and reading figures (throughput, latency
//! percentiles, the server's peak memory). Benchmarks print figures; they assert nothing about
//! time.

#![allow(dead_code)]

mod clients;
pub mod postgres;
pub mod websocket;
pub mod wrk;

pub use clients::*;

use std::io::{BufRead, BufReader};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use anyhow::{Context, bail};

/// A `realise serve` process.
pub struct Server {
    child: Child,
    /// Its base URL.
    pub url: String,
}

impl Server {
    /// Starts `realise serve` on a free port over `database_url`, with extra arguments, and
    /// waits until it listens.
    pub fn start(database_url: &str, extra: &[&str]) -> anyhow::Result<Server> {
        let mut child = Command::new(env!("CARGO_BIN_EXE_realise"))
            .args([
                "serve",
                "--bind",
                "127.0.0.1:0",
                "--frontend-dir",
                "/nonexistent",
            ])
            .args(extra)
            .env("DATABASE_URL", database_url)
            .env("REALISE_JWT_SECRET", BENCH_SECRET)
            // Benchmarks measure throughput with one token, not the per-caller budget.
            .env("REALISE_COST_BUDGET", "1e15")
            .env("REALISE_COST_REFILL_PER_SECOND", "1e15")
            .env("RUST_LOG", "warn,realise_api::app=info")
            .env("REALISE_LOG_FORMAT", "text")
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .context("starting realise serve")?;
        let stderr = child.stderr.take().context("the server's stderr")?;
        let mut lines = BufReader::new(stderr).lines();
        let url = loop {
            let Some(line) = lines.next() else {
                bail!("the server exited before listening")
            };
            let line = line?;
            if let Some(at) = line.find("http://127.0.0.1:") {
                let url: String = line[at..]
                    .chars()
                    .take_while(|c| !c.is_whitespace())
                    .collect();
                break url;
            }
        };
        // Keep draining the log so the server never blocks on a full pipe.
        std::thread::spawn(move || for _ in lines {});
        Ok(Server { child, url })
    }

    /// The server's peak resident memory so far, in MiB (Linux `VmHWM`).
    pub fn peak_memory_mib(&self) -> Option<f64> {
        self.status_mib("VmHWM:")
    }

    /// The server's resident memory now, in MiB (Linux `VmRSS`; NaN where unreadable).
    pub fn resident_mib(&self) -> f64 {
        self.status_mib("VmRSS:").unwrap_or(f64::NAN)
    }

    fn status_mib(&self, field: &str) -> Option<f64> {
        let status = std::fs::read_to_string(format!("/proc/{}/status", self.child.id())).ok()?;
        let kb: f64 = status
            .lines()
            .find_map(|l| l.strip_prefix(field))?
            .trim()
            .trim_end_matches("kB")
            .trim()
            .parse()
            .ok()?;
        Some(kb / 1024.0)
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Sends one GraphQL request and returns its JSON, failing on errors.
pub async fn query(
    url: &str,
    token: Option<&str>,
    query: &str,
    variables: serde_json::Value,
) -> anyhow::Result<serde_json::Value> {
    let client = awc::Client::builder()
        .timeout(Duration::from_secs(300))
        .finish();
    let mut req = client
        .post(format!("{url}/graphql"))
        .insert_header(("content-type", "application/json"));
    if let Some(t) = token {
        req = req.insert_header(("authorization", format!("Bearer {t}")));
    }
    let mut res = req
        .send_body(serde_json::json!({ "query": query, "variables": variables }).to_string())
        .await
        .map_err(|e| anyhow::anyhow!("sending: {e}"))?;
    let body = res
        .body()
        .limit(256 << 20)
        .await
        .map_err(|e| anyhow::anyhow!("reading: {e}"))?;
    let json: serde_json::Value = serde_json::from_slice(&body)?;
    if json.get("errors").is_some() {
        bail!("GraphQL errors: {json}");
    }
    Ok(json["data"].clone())
}

/// A fresh database for a benchmark: a SQLite file, or a new PostgreSQL database on the server
/// of `TEST_DATABASE_URL`. Dropped afterwards.
pub struct BenchDb {
    /// Its URL.
    pub url: String,
    drop: Option<(String, String)>,
    file: Option<std::path::PathBuf>,
}

impl BenchDb {
    /// A SQLite database in a temporary file.
    pub fn sqlite(name: &str) -> BenchDb {
        let path =
            std::env::temp_dir().join(format!("realise-bench-{name}-{}.db", std::process::id()));
        BenchDb {
            url: format!("sqlite://{}?mode=rwc", path.display()),
            drop: None,
            file: Some(path),
        }
    }

    /// A PostgreSQL database, when `TEST_DATABASE_URL` is set.
    pub async fn postgres(name: &str) -> anyhow::Result<Option<BenchDb>> {
        use sea_orm::ConnectionTrait;
        let Ok(admin_url) = std::env::var("TEST_DATABASE_URL") else {
            return Ok(None);
        };
        let db_name = format!("realise_bench_{name}_{}", std::process::id());
        let admin = sea_orm::Database::connect(&admin_url)
            .await
            .context("connecting to TEST_DATABASE_URL")?;
        admin
            .execute_unprepared(&format!("DROP DATABASE IF EXISTS {db_name} WITH (FORCE)"))
            .await?;
        admin
            .execute_unprepared(&format!("CREATE DATABASE {db_name}"))
            .await?;
        let url = match admin_url.rsplit_once('/') {
            Some((base, _)) => format!("{base}/{db_name}"),
            None => bail!("TEST_DATABASE_URL has no database name"),
        };
        Ok(Some(BenchDb {
            url,
            drop: Some((admin_url, db_name)),
            file: None,
        }))
    }
}

impl Drop for BenchDb {
    fn drop(&mut self) {
        if let Some(path) = &self.file {
            for suffix in ["", "-wal", "-shm"] {
                let _ = std::fs::remove_file(format!("{}{suffix}", path.display()));
            }
        }
        if let Some((admin_url, name)) = self.drop.take() {
            let _ = std::thread::spawn(move || {
                let Ok(rt) = tokio::runtime::Builder::new_current_thread()
                    .enable_all()
                    .build()
                else {
                    return;
                };
                rt.block_on(async {
                    use sea_orm::ConnectionTrait;
                    if let Ok(admin) = sea_orm::Database::connect(&admin_url).await {
                        let _ = admin
                            .execute_unprepared(&format!(
                                "DROP DATABASE IF EXISTS {name} WITH (FORCE)"
                            ))
                            .await;
                    }
                });
            })
            .join();
        }
    }
}

/// The HS256 secret of benchmark servers. BENCHMARKS ONLY: never a real secret.
pub const BENCH_SECRET: &str = "bench-only-secret-of-the-realise-benchmarks";

/// A bearer token for benchmark servers, minted by `realise token` (e.g. `["--role", "ADMIN"]`).
pub fn token(args: &[&str]) -> anyhow::Result<String> {
    let out = Command::new(env!("CARGO_BIN_EXE_realise"))
        .arg("token")
        .args(args)
        .env("REALISE_JWT_SECRET", BENCH_SECRET)
        .output()
        .context("running realise token")?;
    if !out.status.success() {
        bail!(
            "realise token {args:?} failed: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
    Ok(String::from_utf8(out.stdout)?.trim().to_owned())
}

/// Runs `realise` with arguments against a database (to seed it), failing on a non-zero exit.
pub fn realise(database_url: &str, args: &[&str]) -> anyhow::Result<Duration> {
    let started = Instant::now();
    let status = Command::new(env!("CARGO_BIN_EXE_realise"))
        .args(args)
        .env("DATABASE_URL", database_url)
        .env("RUST_LOG", "warn")
        .status()
        .context("running realise")?;
    if !status.success() {
        bail!("realise {args:?} failed");
    }
    Ok(started.elapsed())
}
