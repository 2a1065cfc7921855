//! Load from `wrk` (Debian's package), when it is on the PATH: the client the read graph's
//! targets were first measured with. It drives 32 connections from two threads on epoll, so on
//! a 2-core machine it takes less of the CPU the server and the database share than 32 client
//! threads do. A response that is not 200, or whose body carries `"errors"`, counts as failed.

use std::process::Command;
use std::time::Duration;

use anyhow::{Context, bail};

use super::Figures;

/// The script: the request, a failure count per thread, and one result line at the end.
const SCRIPT: &str = r#"
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
for line in io.lines(os.getenv("WRK_HEADERS")) do
  local name, value = line:match("^([^:]+):%s*(.*)$")
  if name then wrk.headers[name] = value end
end
wrk.body = io.open(os.getenv("WRK_BODY")):read("*a")
local threads = {}
function setup(thread) table.insert(threads, thread) end
function init(args) failed = 0 end
function response(status, headers, body)
  if status ~= 200 or body:find('"errors"', 1, true) then failed = failed + 1 end
end
function done(summary, latency, requests)
  local failures = summary.errors.connect + summary.errors.read + summary.errors.write
    + summary.errors.timeout
  for _, thread in ipairs(threads) do failures = failures + thread:get("failed") end
  io.write(string.format("RESULT %d %d %d %d %d\n", summary.requests, failures,
    summary.duration, latency:percentile(50), latency:percentile(99)))
end
"#;

/// Whether `wrk` can be run.
pub fn wrk_available() -> bool {
    Command::new("wrk")
        .arg("--version")
        .output()
        .map(|o| !o.stdout.is_empty() || !o.stderr.is_empty())
        .unwrap_or(false)
}

/// POSTs `body` to `url`/graphql for `seconds` from `connections` connections on two threads,
/// with a bearer token and extra header lines (`Name: value\r\n` each).
pub fn wrk_load(
    url: &str,
    connections: usize,
    seconds: u64,
    token: &str,
    headers: &str,
    body: &str,
) -> anyhow::Result<Figures> {
    let dir = std::env::temp_dir().join(format!("realise-wrk-{}", std::process::id()));
    std::fs::create_dir_all(&dir)?;
    let (script, body_file, header_file) = (
        dir.join("load.lua"),
        dir.join("body.json"),
        dir.join("headers"),
    );
    std::fs::write(&script, SCRIPT)?;
    std::fs::write(&body_file, body)?;
    std::fs::write(
        &header_file,
        format!(
            "Authorization: Bearer {token}\n{}",
            headers.replace("\r\n", "\n")
        ),
    )?;
    let out = Command::new("wrk")
        .args(["-t2", &format!("-c{connections}"), &format!("-d{seconds}s")])
        .arg("-s")
        .arg(&script)
        .arg(format!("{url}/graphql"))
        .env("WRK_BODY", &body_file)
        .env("WRK_HEADERS", &header_file)
        .output()
        .context("running wrk")?;
    let _ = std::fs::remove_dir_all(&dir);
    let stdout = String::from_utf8_lossy(&out.stdout);
    let Some(line) = stdout.lines().find_map(|l| l.strip_prefix("RESULT ")) else {
        bail!(
            "wrk gave no result: {stdout}{}",
            String::from_utf8_lossy(&out.stderr)
        );
    };
    let n: Vec<u64> = line
        .split_whitespace()
        .map(str::parse)
        .collect::<Result<_, _>>()
        .with_context(|| format!("reading wrk's result {line:?}"))?;
    let [requests, failures, micros, p50, p99] = n[..] else {
        bail!("wrk's result {line:?} is not five numbers");
    };
    Ok(Figures {
        requests: requests as usize,
        failures: failures as usize,
        per_second: requests as f64 / (micros as f64 / 1e6),
        p50: Duration::from_micros(p50),
        p99: Duration::from_micros(p99),
    })
}
