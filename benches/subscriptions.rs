//! Live updates at scale: N subscribers (100, 1,000 and 5,000; `SUBSCRIBERS=100,1000`) each on
//! its own WebSocket with its own token, split over two instances on one PostgreSQL
//! (`TEST_DATABASE_URL`; without it, one instance on SQLite), and one writer recording
//! measurements through the first instance. For each N it prints:
//! - each instance's resident memory before and after the subscribers connect, and so the
//!   memory per idle subscriber;
//! - the delivery latency from the write's request to the subscriber's receipt (p50, p99) with
//!   the writer at a steady pace (`PACE` writes a second, default 10, for `PACED` writes,
//!   default 50): the commit lies inside, after the write's own round trip, printed too;
//! - events delivered per second with the writer at full speed (`BURST` writes, default 100);
//! - what one more subscription on an open socket costs: each subscriber then starts `QUIET`
//!   more (default 4) that never fire, as a browser's pages share one socket.
//!
//! `cargo bench --bench subscriptions`

mod support;

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, OnceLock};
use std::time::{Duration, Instant};

use anyhow::{Context, bail};
use serde_json::json;
use support::websocket::{Subscriber, caller_token, warm_up};
use support::{BenchDb, Server, percentile, query, realise, record_measurement, token};

/// Warm-up writes (until every subscriber has heard one) take the first indexes.
const WARM_UP: usize = 100;

fn main() -> anyhow::Result<()> {
    let sizes: Vec<usize> = std::env::var("SUBSCRIBERS")
        .unwrap_or_else(|_| "100,1000,5000".into())
        .split(',')
        .map(|n| {
            n.trim()
                .parse()
                .context("SUBSCRIBERS: numbers, comma-separated")
        })
        .collect::<anyhow::Result<_>>()?;
    let setting = |name: &str, default: usize| {
        std::env::var(name)
            .ok()
            .and_then(|v| v.parse().ok())
            .unwrap_or(default)
    };
    let plan = Plan {
        quiet: setting("QUIET", 4),
        pace: setting("PACE", 10),
        paced: setting("PACED", 50),
        burst: setting("BURST", 100),
    };
    // The subscribers run on their own runtime, on every core, as separate clients would.
    let clients = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()?;
    let handle = clients.handle().clone();
    actix_web::rt::System::new().block_on(async move {
        let (db, instances) = match BenchDb::postgres("subscriptions").await? {
            Some(pg) => (pg, 2),
            None => {
                println!("PostgreSQL: skipped (set TEST_DATABASE_URL); one instance on SQLite");
                (BenchDb::sqlite("subscriptions"), 1)
            }
        };
        realise(&db.url, &["seed", "--demo"])?;
        // Every subscriber is a caller of its own; the limit per caller is not what is measured.
        let servers = (0..instances)
            .map(|_| Server::start(&db.url, &[]))
            .collect::<anyhow::Result<Vec<_>>>()?;
        let admin = token(&["--role", "ADMIN"])?;
        let target = r#"{ commitments(first: 2, filter: { statuses: [AGREED, SIGNED_OFF] }) {
                          edges { node { id benefit { programme { id } } } } } }"#;
        let data = query(&servers[0].url, Some(&admin), target, json!({})).await?;
        let node = &data["commitments"]["edges"][0]["node"];
        let (Some(commitment), Some(programme), Some(untouched)) = (
            node["id"].as_str(),
            node["benefit"]["programme"]["id"].as_str(),
            data["commitments"]["edges"][1]["node"]["id"].as_str(),
        ) else {
            bail!("the demo data has no two live commitments");
        };
        println!(
            "{} instance(s) on {}; writer paced at {}/s for {} writes, then {} at full speed",
            instances,
            if instances == 2 {
                "PostgreSQL"
            } else {
                "SQLite"
            },
            plan.pace,
            plan.paced,
            plan.burst
        );
        warm_up(&servers, programme).await?;
        for n in sizes {
            let run = Run {
                servers: &servers,
                admin: &admin,
                commitment,
                untouched,
                programme,
                plan: &plan,
                clients: handle.clone(),
            };
            run.measure(n).await?;
        }
        Ok(())
    })
}

/// How the writer writes, and how many quiet subscriptions each subscriber adds.
struct Plan {
    quiet: usize,
    pace: usize,
    paced: usize,
    burst: usize,
}

/// One round: N subscribers, then the writes.
struct Run<'a> {
    servers: &'a [Server],
    admin: &'a str,
    commitment: &'a str,
    /// A commitment nobody writes to: what the quiet subscriptions follow.
    untouched: &'a str,
    programme: &'a str,
    plan: &'a Plan,
    clients: tokio::runtime::Handle,
}

impl Run<'_> {
    async fn measure(&self, n: usize) -> anyhow::Result<()> {
        let total = WARM_UP + self.plan.paced + self.plan.burst;
        let sent: Arc<Vec<OnceLock<Instant>>> =
            Arc::new((0..total).map(|_| OnceLock::new()).collect());
        let subscribed = Arc::new(AtomicUsize::new(0));
        let (more, more_wanted) = tokio::sync::watch::channel(false);
        let quiet = format!(
            r#"subscription {{ commitmentChanged(commitment: "{}") {{ eventId }} }}"#,
            self.untouched
        );
        let quieted = Arc::new(AtomicUsize::new(0));
        let warm = Arc::new(AtomicUsize::new(0));
        let before: Vec<f64> = self.servers.iter().map(Server::resident_mib).collect();
        let connecting = Instant::now();
        let mut tasks = Vec::with_capacity(n);
        for i in 0..n {
            let server = &self.servers[i % self.servers.len()];
            let token = caller_token(&format!("bench-subscriber-{n}-{i}"))?;
            let address = server.url.trim_start_matches("http://").to_owned();
            let query = format!(
                r#"subscription {{ measurementRecorded(programme: "{}") {{ eventId measurement {{ value }} }} }}"#,
                self.programme
            );
            let (sent, subscribed, warm) = (sent.clone(), subscribed.clone(), warm.clone());
            let (mut more_wanted, quiet, quieted) =
                (more_wanted.clone(), quiet.clone(), quieted.clone());
            let extra = self.plan.quiet;
            tasks.push(self.clients.spawn(async move {
                let mut subscriber = Subscriber::connect(&address, &token, &query).await?;
                subscribed.fetch_add(1, Ordering::AcqRel);
                more_wanted.wait_for(|more| *more).await?;
                for k in 0..extra {
                    subscriber.also(&format!("quiet-{k}"), &quiet).await?;
                }
                quieted.fetch_add(1, Ordering::AcqRel);
                subscriber.hear_until(total - 1, &sent, &warm).await
            }));
            // Connecting all at once is a thundering herd no client makes.
            if i % 200 == 199 {
                tokio::time::sleep(Duration::from_millis(20)).await;
            }
        }
        let all = |count: &AtomicUsize, tasks: &[tokio::task::JoinHandle<_>], what: &str| {
            let done = count.load(Ordering::Acquire) >= n;
            match tasks.iter().any(|t| t.is_finished()) {
                true => Err(anyhow::anyhow!("a subscriber failed to {what}")),
                false => Ok(done),
            }
        };
        while !all(&subscribed, &tasks, "connect")? {
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        // Idle: what the subscribers hold once they have subscribed, before any event.
        tokio::time::sleep(Duration::from_secs(2)).await;
        let idle: Vec<f64> = self.servers.iter().map(Server::resident_mib).collect();
        more.send(true)?;
        while !all(&quieted, &tasks, "subscribe again")? {
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        tokio::time::sleep(Duration::from_secs(2)).await;
        let quiet_added: Vec<f64> = self.servers.iter().map(Server::resident_mib).collect();
        // Warm up until every subscriber hears the writes.
        let mut index = 0;
        while warm.load(Ordering::Acquire) < n {
            if index >= WARM_UP {
                bail!(
                    "{} of {n} subscribers heard nothing",
                    n - warm.load(Ordering::Acquire)
                );
            }
            self.write(index, &sent)?;
            index += 1;
            tokio::time::sleep(Duration::from_millis(250)).await;
        }
        let connected = connecting.elapsed();
        let mut round_trips = Vec::new();
        let gap = Duration::from_secs_f64(1.0 / self.plan.pace as f64);
        for i in WARM_UP..WARM_UP + self.plan.paced {
            let started = Instant::now();
            round_trips.push(self.write(i, &sent)?);
            if let Some(rest) = gap.checked_sub(started.elapsed()) {
                tokio::time::sleep(rest).await;
            }
        }
        let burst_started = Instant::now();
        for i in WARM_UP + self.plan.paced..total {
            self.write(i, &sent)?;
        }
        let written = burst_started.elapsed();
        let mut paced = Vec::new();
        let mut burst = Vec::new();
        let mut last = Duration::ZERO;
        for task in tasks {
            for (i, latency) in task.await?? {
                if i < WARM_UP {
                    continue;
                } else if i < WARM_UP + self.plan.paced {
                    paced.push(latency);
                } else {
                    burst.push(latency);
                    let at = sent[i].get().map_or(Duration::ZERO, |s| {
                        (*s + latency).saturating_duration_since(burst_started)
                    });
                    last = last.max(at);
                }
            }
        }
        let missing = n * (total - WARM_UP) - paced.len() - burst.len();
        println!("\n{n} subscribers: all connected and hearing in {connected:.1?}");
        for (k, server) in self.servers.iter().enumerate() {
            let on = (k..n).step_by(self.servers.len()).count();
            let per = (idle[k] - before[k]) * 1024.0 / on as f64;
            let per_more =
                (quiet_added[k] - idle[k]) * 1024.0 / (on * self.plan.quiet.max(1)) as f64;
            println!(
                "  instance {}: resident {:.1} MiB before, {:.1} MiB with {on} idle subscribers \
                 ({per:.1} KiB each), {:.1} MiB with {} more subscriptions on each socket \
                 ({per_more:.1} KiB each), {:.1} MiB after the writes; peak {:.1} MiB",
                k + 1,
                before[k],
                idle[k],
                quiet_added[k],
                self.plan.quiet,
                server.resident_mib(),
                server.peak_memory_mib().unwrap_or(f64::NAN)
            );
        }
        println!(
            "  paced at {}/s: delivery p50 {:.1} ms, p99 {:.1} ms ({} deliveries; the write's own round trip p50 {:.1} ms)",
            self.plan.pace,
            ms(percentile(&mut paced, 0.50)),
            ms(percentile(&mut paced, 0.99)),
            paced.len(),
            ms(percentile(&mut round_trips, 0.50)),
        );
        println!(
            "  burst of {} writes in {:.2} s: {:.0} deliveries/s, delivery p50 {:.1} ms, p99 {:.1} ms; {missing} missed",
            self.plan.burst,
            written.as_secs_f64(),
            burst.len() as f64 / last.as_secs_f64(),
            ms(percentile(&mut burst, 0.50)),
            ms(percentile(&mut burst, 0.99)),
        );
        Ok(())
    }

    /// Records value `i` through the first instance; the request's round trip.
    fn write(&self, i: usize, sent: &[OnceLock<Instant>]) -> anyhow::Result<Duration> {
        let _ = sent[i].set(Instant::now());
        let took = record_measurement(&self.servers[0].url, self.admin, self.commitment, i as f64)?;
        Ok(took)
    }
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1e3
}
