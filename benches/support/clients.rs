//! The benchmarks' clients: concurrent GraphQL load over plain sockets, one-off requests, and
//! the figures a load run gives.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use anyhow::{Context, bail};

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
