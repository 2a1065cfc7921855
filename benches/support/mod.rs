//! What the benchmarks share: starting the real `realise` binary on a database, driving it with
//! concurrent GraphQL clients, and reading figures (throughput, latency percentiles, the
//! server's peak memory). Benchmarks print figures; they assert nothing about time.

#![allow(dead_code)]

pub mod websocket;

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::process::{Child, Command, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
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

/// Throughput and latency of one load run.
#[derive(Debug)]
pub struct Figures {
    /// Requests completed.
    pub requests: usize,
    /// Requests that failed (transport error, non-200, or GraphQL errors).
    pub failures: usize,
    /// Requests per second.
    pub per_second: f64,
    /// Median latency.
    pub p50: Duration,
    /// 99th percentile latency.
    pub p99: Duration,
}

impl std::fmt::Display for Figures {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{:>7.1} req/s  p50 {:>7.2} ms  p99 {:>7.2} ms  ({} requests, {} failed)",
            self.per_second,
            self.p50.as_secs_f64() * 1e3,
            self.p99.as_secs_f64() * 1e3,
            self.requests,
            self.failures
        )
    }
}

/// Sends `requests` GraphQL POSTs to `url`/graphql (`body(i)` for the i-th) from
/// `concurrency` client threads, with an optional bearer token, and measures each; a response
/// with errors counts as a failure.
///
/// Each client keeps one connection with `TCP_NODELAY` and writes each request in one go.
/// (awc, the obvious choice, leaves Nagle's algorithm on and writes a POST's head and body
/// separately, so every request waited ~40 ms for the server's delayed ACK, which hid the
/// server's own latency: measured 44-48 ms for any read that curl timed at 5 ms.)
pub fn load(
    url: &str,
    concurrency: usize,
    requests: usize,
    token: Option<&str>,
    body: impl Fn(usize) -> String + Sync,
) -> anyhow::Result<Figures> {
    load_with(url, concurrency, requests, token, "", body)
}

/// Like [`load`], with extra request headers (each line ending in `\r\n`).
pub fn load_with(
    url: &str,
    concurrency: usize,
    requests: usize,
    token: Option<&str>,
    headers: &str,
    body: impl Fn(usize) -> String + Sync,
) -> anyhow::Result<Figures> {
    let address = url.trim_start_matches("http://").to_owned();
    let authorization = token
        .map(|t| format!("Authorization: Bearer {t}\r\n"))
        .unwrap_or_default();
    let next = AtomicUsize::new(0);
    let started = Instant::now();
    let results: Vec<anyhow::Result<(Vec<Duration>, usize)>> = std::thread::scope(|scope| {
        let workers: Vec<_> = (0..concurrency)
            .map(|_| {
                let (next, address, authorization, body) = (&next, &address, &authorization, &body);
                scope.spawn(move || -> anyhow::Result<(Vec<Duration>, usize)> {
                    let stream = TcpStream::connect(address).context("connecting")?;
                    stream.set_nodelay(true)?;
                    let mut reader = BufReader::new(stream.try_clone()?);
                    let mut writer = stream;
                    let (mut latencies, mut failures) = (Vec::new(), 0);
                    loop {
                        let i = next.fetch_add(1, Ordering::Relaxed);
                        if i >= requests {
                            break;
                        }
                        let payload = body(i);
                        let request = format!(
                            "POST /graphql HTTP/1.1\r\nHost: {address}\r\n{authorization}{headers}\
                             Content-Type: application/json\r\nContent-Length: {}\r\n\r\n{payload}",
                            payload.len()
                        );
                        let sent = Instant::now();
                        writer.write_all(request.as_bytes())?;
                        let (status, response) = read_response(&mut reader)?;
                        latencies.push(sent.elapsed());
                        if status != 200 || contains(&response, b"\"errors\"") {
                            failures += 1;
                        }
                    }
                    Ok((latencies, failures))
                })
            })
            .collect();
        workers
            .into_iter()
            .map(|w| {
                w.join()
                    .unwrap_or_else(|_| Err(anyhow::anyhow!("a client panicked")))
            })
            .collect()
    });
    let elapsed = started.elapsed();
    let mut latencies = Vec::new();
    let mut failures = 0;
    for result in results {
        let (l, f) = result?;
        latencies.extend(l);
        failures += f;
    }
    Ok(Figures {
        requests: latencies.len(),
        failures,
        per_second: latencies.len() as f64 / elapsed.as_secs_f64(),
        p50: percentile(&mut latencies, 0.50),
        p99: percentile(&mut latencies, 0.99),
    })
}

/// The `q` quantile of `values` (0 when there are none), nearest rank.
pub fn percentile(values: &mut [Duration], q: f64) -> Duration {
    values.sort_unstable();
    values
        .get(((values.len() as f64 - 1.0) * q).round() as usize)
        .copied()
        .unwrap_or_default()
}

/// Sends one GraphQL POST on a fresh connection: the status, the body and the latency.
pub fn post_once(
    url: &str,
    token: Option<&str>,
    payload: &str,
) -> anyhow::Result<(u16, Vec<u8>, Duration)> {
    let address = url.trim_start_matches("http://");
    let authorization = token
        .map(|t| format!("Authorization: Bearer {t}\r\n"))
        .unwrap_or_default();
    let stream = TcpStream::connect(address).context("connecting")?;
    stream.set_nodelay(true)?;
    let mut reader = BufReader::new(stream.try_clone()?);
    let mut writer = stream;
    let request = format!(
        "POST /graphql HTTP/1.1\r\nHost: {address}\r\n{authorization}\
         Content-Type: application/json\r\nAccept: application/graphql-response+json\r\n\
         Content-Length: {}\r\n\r\n{payload}",
        payload.len()
    );
    let sent = Instant::now();
    writer.write_all(request.as_bytes())?;
    let (status, body) = read_response(&mut reader)?;
    Ok((status, body, sent.elapsed()))
}

/// Records `value` for `commitment` (measured on 31 March 2025) on a fresh connection, failing
/// unless it is recorded: the request's round trip.
pub fn record_measurement(
    url: &str,
    token: &str,
    commitment: &str,
    value: f64,
) -> anyhow::Result<Duration> {
    let q = "mutation($input: RecordMeasurementInput!) { recordMeasurement(input: $input) {
               measurement { id } userErrors { message } } }";
    let input =
        serde_json::json!({ "commitment": commitment, "measuredOn": "2025-03-31", "value": value });
    let payload = serde_json::json!({ "query": q, "variables": { "input": input } }).to_string();
    let (status, body, took) = post_once(url, Some(token), &payload)?;
    if status != 200 || contains(&body, b"\"message\"") {
        bail!(
            "recording {value} failed: {status} {}",
            String::from_utf8_lossy(&body)
        );
    }
    Ok(took)
}

/// GETs `path` on a fresh connection: the status, the body and the time to the last byte.
/// Without compression, the body arrives as the server sends it (Content-Length).
pub fn get_once(
    url: &str,
    token: Option<&str>,
    path: &str,
) -> anyhow::Result<(u16, Vec<u8>, Duration)> {
    let address = url.trim_start_matches("http://");
    let authorization = token
        .map(|t| format!("Authorization: Bearer {t}\r\n"))
        .unwrap_or_default();
    let stream = TcpStream::connect(address).context("connecting")?;
    stream.set_nodelay(true)?;
    let mut reader = BufReader::new(stream.try_clone()?);
    let mut writer = stream;
    let request = format!(
        "GET {path} HTTP/1.1\r\nHost: {address}\r\n{authorization}Connection: close\r\n\r\n"
    );
    let sent = Instant::now();
    writer.write_all(request.as_bytes())?;
    let (status, body) = read_response(&mut reader)?;
    Ok((status, body, sent.elapsed()))
}

/// Reads one HTTP/1.1 response, with a Content-Length (what the server sends for GraphQL) or
/// chunked (a streamed download): the status and the body.
fn read_response(reader: &mut BufReader<TcpStream>) -> anyhow::Result<(u16, Vec<u8>)> {
    let mut line = String::new();
    reader.read_line(&mut line)?;
    let status: u16 = line
        .split_whitespace()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .context("no HTTP status line")?;
    let mut length = None;
    let mut chunked = false;
    loop {
        line.clear();
        reader.read_line(&mut line)?;
        let header = line.trim_end();
        if header.is_empty() {
            break;
        }
        if let Some((name, value)) = header.split_once(':')
            && name.eq_ignore_ascii_case("content-length")
        {
            length = value.trim().parse::<usize>().ok();
        }
        if let Some((name, value)) = header.split_once(':')
            && name.eq_ignore_ascii_case("transfer-encoding")
            && value.trim().eq_ignore_ascii_case("chunked")
        {
            chunked = true;
        }
    }
    if chunked {
        return Ok((status, read_chunks(reader)?));
    }
    let mut body = vec![0; length.context("a response without Content-Length")?];
    reader.read_exact(&mut body)?;
    Ok((status, body))
}

/// A chunked body: each chunk's size in hex on its own line, the chunk and a line end, until a
/// chunk of size 0.
fn read_chunks(reader: &mut BufReader<TcpStream>) -> anyhow::Result<Vec<u8>> {
    let mut body = Vec::new();
    let mut line = String::new();
    loop {
        line.clear();
        reader.read_line(&mut line)?;
        let size = line.trim_end().split(';').next().unwrap_or_default();
        let size = usize::from_str_radix(size, 16).context("a chunk size")?;
        if size == 0 {
            return Ok(body);
        }
        let start = body.len();
        body.resize(start + size, 0);
        reader.read_exact(&mut body[start..])?;
        line.clear();
        reader.read_line(&mut line)?;
    }
}

fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    haystack.windows(needle.len()).any(|w| w == needle)
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
