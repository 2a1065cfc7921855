//! Losing the database: with a TCP proxy between the server and PostgreSQL, stopping the proxy
//! makes `/readyz` answer 503 within 2 s and GraphQL requests fail fast with
//! SERVICE_UNAVAILABLE (HTTP 503, counted as 5xx in the metrics); restarting it recovers
//! without restarting the server. PostgreSQL only: SQLite is a file, never out of reach.

use std::net::SocketAddr;
use std::time::{Duration, Instant};

use serde_json::{Value, json};
use tokio::io::copy_bidirectional;
use tokio::net::{TcpListener, TcpStream};
use tokio::task::JoinSet;

use crate::helpers::{TestApp, TestDb, error_code, postgres_url};

/// A TCP proxy to `upstream` on a fixed local address, that can be cut and restored.
struct Proxy {
    address: SocketAddr,
    upstream: String,
    tasks: JoinSet<()>,
}

impl Proxy {
    async fn start(upstream: String) -> Proxy {
        let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
        let address = listener.local_addr().unwrap();
        let mut proxy = Proxy {
            address,
            upstream,
            tasks: JoinSet::new(),
        };
        proxy.serve(listener);
        proxy
    }

    fn serve(&mut self, listener: TcpListener) {
        let upstream = self.upstream.clone();
        self.tasks.spawn(async move {
            let mut connections = JoinSet::new();
            while let Ok((mut client, _)) = listener.accept().await {
                let upstream = upstream.clone();
                connections.spawn(async move {
                    if let Ok(mut server) = TcpStream::connect(&upstream).await {
                        let _ = copy_bidirectional(&mut client, &mut server).await;
                    }
                });
            }
        });
    }

    /// Closes the listener and every connection through it: the database is gone.
    async fn cut(&mut self) {
        self.tasks.shutdown().await;
    }

    /// Listens again on the same address.
    async fn restore(&mut self) {
        let listener = TcpListener::bind(self.address).await.unwrap();
        self.serve(listener);
    }
}

/// `postgres://user@host:port/db?x` with `host:port` replaced.
fn through(url: &str, address: SocketAddr) -> (String, String) {
    let start = url
        .find('@')
        .map_or(url.find("://").unwrap() + 3, |i| i + 1);
    let end = start + url[start..].find('/').unwrap();
    let upstream = url[start..end].to_owned();
    (
        format!("{}{address}{}", &url[..start], &url[end..]),
        upstream,
    )
}

const QUERY: &str = "{ programmes { totalCount } }";

async fn ask(app: &TestApp) -> (u16, Value, Duration) {
    let started = Instant::now();
    let req = app
        .request(awc::http::Method::POST, "/graphql")
        .insert_header(("authorization", app.bearer()))
        .insert_header(("content-type", "application/json"))
        .insert_header(("accept", "application/graphql-response+json"));
    let (status, _, body) = app
        .send(req, Some(json!({ "query": QUERY }).to_string()))
        .await;
    let json = serde_json::from_str(&body).unwrap_or(Value::Null);
    (status, json, started.elapsed())
}

fn server_errors(metrics: &str) -> u64 {
    metrics
        .lines()
        .find(|l| l.starts_with("realise_http_requests_total{status=\"5xx\"}"))
        .and_then(|l| l.split_whitespace().last())
        .and_then(|n| n.parse().ok())
        .unwrap_or(0)
}

#[actix_web::test]
async fn losing_the_database_fails_fast_and_recovers_without_a_restart() {
    if postgres_url().is_none() {
        return; // SQLite: nothing to lose.
    }
    let database = TestDb::create(None).await;
    let (_, upstream) = through(&database.url, "127.0.0.1:1".parse().unwrap());
    let mut proxy = Proxy::start(upstream).await;
    let (proxied, _) = through(&database.url, proxy.address);
    let app = TestApp::start_on(TestDb::borrowed(proxied)).await;

    let (status, json, _) = ask(&app).await;
    assert_eq!(
        (status, &json["data"]["programmes"]["totalCount"]),
        (200, &json!(0))
    );
    let (_, metrics) = app.get("/metrics").await;
    let errors_before = server_errors(&metrics);

    proxy.cut().await;
    let started = Instant::now();
    let (ready, _) = app.get("/readyz").await;
    assert_eq!(ready, 503);
    assert!(
        started.elapsed() < Duration::from_millis(2_500),
        "readyz took {:?}",
        started.elapsed()
    );
    let (status, json, took) = ask(&app).await;
    assert_eq!(status, 503, "{json}");
    assert_eq!(error_code(&json), "SERVICE_UNAVAILABLE", "{json}");
    assert!(took < Duration::from_secs(5), "a request waited {took:?}");
    let (_, metrics) = app.get("/metrics").await;
    assert!(
        server_errors(&metrics) > errors_before,
        "the failure counts as 5xx"
    );

    proxy.restore().await;
    let mut recovered = false;
    for _ in 0..20 {
        let (status, json, _) = ask(&app).await;
        if status == 200 && json["data"]["programmes"]["totalCount"] == 0 {
            recovered = true;
            break;
        }
        tokio::time::sleep(Duration::from_millis(250)).await;
    }
    assert!(
        recovered,
        "requests succeed again once the database is back"
    );
    let (ready, _) = app.get("/readyz").await;
    assert_eq!(ready, 200);
    drop(database);
}
