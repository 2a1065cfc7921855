//! A hostile client against a normal one: while 8 clients read a trust's commitments, the
//! attacks of the hardening review are replayed over and over (1,000 and 2,500 aliases of
//! realisation, each at its own date; four of the 1,000 at once; 10,000 repeated directives);
//! the heaviest request allowed (19 dates of derived figures) is sent once. Prints each
//! attack's status, code and latency, the normal client's p99 without and during the attacks,
//! and the server's peak memory. On SQLite, and on PostgreSQL when `TEST_DATABASE_URL` is set;
//! at the demo scale, or national scale with `SCALE=nhs`.
//!
//! `cargo bench --bench hostile` (REQUESTS=N for the normal client, default 2000)

mod support;

use std::time::Duration;

use serde_json::json;
use support::{BenchDb, Server, load, post_once, realise, token};

const NORMAL: &str = r#"{ organisation(odsCode: "RWP") { name commitments(first: 20) { edges { node { status target
     benefit { code title unit } owner { name }
     measurements(first: 1, includeSuperseded: false) { edges { node { measuredOn value } } } } } } } }"#;

/// One programme's realisation at `n` distinct dates, by alias.
fn dated_aliases(n: usize) -> String {
    let fields: String = (0..n)
        .map(|i| {
            let (day, month, year) = (1 + i % 28, 1 + (i / 28) % 12, 1990 + i / 336);
            format!(r#" r{i}: realisation(asAt: "{year}-{month:02}-{day:02}") {{ liveCommitments ragCounts {{ red }} }}"#)
        })
        .collect();
    json!({ "query": format!("{{ programmes(first: 1) {{ edges {{ node {{ {fields} }} }} }} }}") })
        .to_string()
}

fn directives(n: usize) -> String {
    json!({ "query": format!("{{ programmes {} {{ totalCount }} }}", "@nope ".repeat(n)) })
        .to_string()
}

fn main() -> anyhow::Result<()> {
    let requests: usize = std::env::var("REQUESTS")
        .ok()
        .and_then(|r| r.parse().ok())
        .unwrap_or(2000);
    let national = std::env::var("SCALE").is_ok_and(|s| s == "nhs");
    actix_web::rt::System::new().block_on(async move {
        let sqlite = BenchDb::sqlite("hostile");
        run("SQLite", &sqlite, requests, national)?;
        match BenchDb::postgres("hostile").await? {
            Some(pg) => run("PostgreSQL", &pg, requests, national)?,
            None => println!("PostgreSQL: skipped (set TEST_DATABASE_URL)"),
        }
        Ok(())
    })
}

/// Sends `body` and prints its status, code, size and latency.
fn attack(url: &str, token: &str, name: &str, body: &str) -> anyhow::Result<Duration> {
    let (status, response, took) = post_once(url, Some(token), body)?;
    let json: serde_json::Value = serde_json::from_slice(&response).unwrap_or_default();
    let code = json["errors"][0]["extensions"]["code"]
        .as_str()
        .unwrap_or("-")
        .to_owned();
    let errors = json["errors"].as_array().map_or(0, Vec::len);
    println!(
        "  attack {name:<44} {status} {code:<16} {errors:>3} errors {:>8} bytes {:>9.1} ms",
        response.len(),
        took.as_secs_f64() * 1e3
    );
    Ok(took)
}

fn run(backend: &str, db: &BenchDb, requests: usize, national: bool) -> anyhow::Result<()> {
    let seed: &[&str] = if national {
        &["seed", "--scale", "nhs"]
    } else {
        &["seed", "--demo"]
    };
    let seeded = realise(&db.url, seed)?;
    // A real budget (a million points), refilled fast enough for the normal client's 8
    // clients at full speed (about 200,000 points a second): the attacker's costly requests
    // put them in debt, the normal client never is.
    let server = Server::start(
        &db.url,
        &[
            "--cost-budget",
            "1000000",
            "--cost-refill-per-second",
            "300000",
        ],
    )?;
    println!(
        "{backend} ({}): seeded in {:.1} s; the normal client: 8 clients, {requests} requests",
        if national { "national scale" } else { "demo" },
        seeded.as_secs_f64()
    );
    let normal_token = token(&["--role", "PARTNER", "--sub", "normal-client"])?;
    let attacker = token(&["--role", "PARTNER", "--sub", "attacker"])?;
    let body = json!({ "query": NORMAL }).to_string();
    load(&server.url, 8, 64, Some(&normal_token), |_| body.clone())?;
    let quiet = load(&server.url, 8, requests, Some(&normal_token), |_| {
        body.clone()
    })?;
    println!("  normal client, quiet:            {quiet}");

    let url = server.url.clone();
    let stop = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
    let stopped = stop.clone();
    // The first round is printed; then the attacks repeat until the normal client is done.
    let attacks = std::thread::spawn(move || -> anyhow::Result<(usize, Duration)> {
        let one_thousand = dated_aliases(1_000);
        let bodies = [
            ("1,000 aliases at distinct dates", one_thousand.clone()),
            ("2,500 aliases at distinct dates", dated_aliases(2_500)),
            ("19 dates (the most allowed)", dated_aliases(19)),
            ("10,000 repeated directives", directives(10_000)),
        ];
        let mut slowest = Duration::ZERO;
        let mut rounds = 0;
        loop {
            for (name, body) in &bodies {
                // The heaviest allowed request is shown once; the attacks of the review repeat.
                if rounds > 0 && name.starts_with("19 dates") {
                    continue;
                }
                let took = if rounds == 0 {
                    attack(&url, &attacker, name, body)?
                } else {
                    post_once(&url, Some(&attacker), body)?.2
                };
                slowest = slowest.max(took);
            }
            let four: Vec<Duration> = std::thread::scope(|scope| {
                let handles: Vec<_> = (0..4)
                    .map(|i| {
                        let (url, attacker, body) = (&url, &attacker, &one_thousand);
                        scope.spawn(move || {
                            if rounds == 0 {
                                attack(
                                    url,
                                    attacker,
                                    &format!("1,000 aliases, one of four at once ({i})"),
                                    body,
                                )
                            } else {
                                post_once(url, Some(attacker), body).map(|r| r.2)
                            }
                        })
                    })
                    .collect();
                handles
                    .into_iter()
                    .map(|h| {
                        h.join()
                            .map_err(|_| anyhow::anyhow!("an attacker panicked"))?
                    })
                    .collect::<anyhow::Result<Vec<Duration>>>()
            })?;
            slowest = four.into_iter().fold(slowest, Duration::max);
            rounds += 1;
            if stopped.load(std::sync::atomic::Ordering::Relaxed) {
                return Ok((rounds, slowest));
            }
        }
    });
    let during = load(&server.url, 8, requests, Some(&normal_token), |_| {
        body.clone()
    })?;
    stop.store(true, std::sync::atomic::Ordering::Relaxed);
    let (rounds, slowest) = attacks
        .join()
        .map_err(|_| anyhow::anyhow!("the attacks panicked"))??;
    println!("  normal client, during attacks:   {during}");
    println!(
        "  the attacks ran {rounds} rounds; the slowest answer took {:.1} ms",
        slowest.as_secs_f64() * 1e3
    );
    println!(
        "  p99 during / quiet: {:.2}",
        during.p99.as_secs_f64() / quiet.p99.as_secs_f64().max(1e-9)
    );
    if let Some(mib) = server.peak_memory_mib() {
        println!("  server peak memory: {mib:.1} MiB");
    }
    Ok(())
}
