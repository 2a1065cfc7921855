//! Health checks, metrics and request ids.

use std::collections::{HashMap, HashSet};

use serde_json::json;

use crate::helpers::{TestApp, error_code};

#[actix_web::test]
async fn health_and_readiness_answer_ok() {
    let app = TestApp::spawn().await;
    let (status, body) = app.get("/healthz").await;
    assert_eq!(status, 200, "{body}");
    let (status, body) = app.get("/readyz").await;
    assert_eq!(status, 200, "{body}");
    assert!(body.contains("ready"));
}

/// The samples of an OpenMetrics text exposition, by series (`name{labels}`), after checking
/// that every line is well formed: each sample belongs to a family declared by `# TYPE`, has a
/// legal name and a number for its value, and the exposition ends with `# EOF`.
pub(crate) fn parse_openmetrics(body: &str) -> HashMap<String, f64> {
    let mut families = HashSet::new();
    let mut samples = HashMap::new();
    let lines: Vec<&str> = body.lines().collect();
    assert_eq!(
        lines.last(),
        Some(&"# EOF"),
        "the exposition ends with # EOF"
    );
    for line in &lines[..lines.len() - 1] {
        if let Some(rest) = line.strip_prefix("# TYPE ") {
            let (name, kind) = rest.split_once(' ').expect("# TYPE name kind");
            assert!(["counter", "gauge", "histogram"].contains(&kind), "{line}");
            families.insert(name.to_owned());
            continue;
        }
        if line.starts_with("# HELP ") || line.starts_with("# UNIT ") {
            continue;
        }
        let (series, value) = line.rsplit_once(' ').expect("a sample: series value");
        let name = series.split('{').next().unwrap_or_default();
        assert!(
            !name.is_empty()
                && name
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == ':')
                && !name.starts_with(|c: char| c.is_ascii_digit()),
            "a legal metric name: {line}"
        );
        assert_eq!(series.ends_with('}'), series.contains('{'), "{line}");
        let family = ["_total", "_bucket", "_sum", "_count"]
            .iter()
            .find_map(|suffix| name.strip_suffix(suffix).filter(|f| families.contains(*f)))
            .unwrap_or(name);
        assert!(
            families.contains(family),
            "a sample of a declared family: {line}"
        );
        let value: f64 = value.parse().unwrap_or_else(|_| panic!("a number: {line}"));
        samples.insert(series.to_owned(), value);
    }
    samples
}

#[actix_web::test]
async fn metrics_parse_and_count_requests_operations_errors_the_pool_and_the_cache() {
    let app = TestApp::spawn_with_demo().await;
    app.get("/readyz").await;
    let figures = "query Figures { programmes(first: 1) { edges { node { realisation { liveCommitments } } } } }";
    app.graphql(figures, json!({})).await;
    app.graphql(figures, json!({})).await;
    let refused = app.graphql("{ nope }", json!({})).await;
    assert_eq!(error_code(&refused), "BAD_USER_INPUT");

    let res = app
        .request(awc::http::Method::GET, "/metrics")
        .send()
        .await
        .unwrap();
    assert!(
        res.headers()
            .get("content-type")
            .and_then(|v| v.to_str().ok())
            .is_some_and(|v| v.starts_with("application/openmetrics-text")),
        "served as OpenMetrics text"
    );
    let (status, body) = app.get("/metrics").await;
    assert_eq!(status, 200);
    let m = parse_openmetrics(&body);
    let at = |series: &str| {
        *m.get(series)
            .unwrap_or_else(|| panic!("{series} in\n{body}"))
    };

    assert!(at(r#"realise_http_requests_total{status="2xx"}"#) >= 4.0);
    assert_eq!(
        at(r#"realise_graphql_request_duration_seconds_count{operation="Figures",type="query"}"#),
        2.0
    );
    assert_eq!(
        at(
            r#"realise_graphql_request_duration_seconds_count{operation="(anonymous)",type="query"}"#
        ),
        1.0
    );
    assert!(
        at(
            r#"realise_graphql_request_duration_seconds_bucket{le="+Inf",operation="Figures",type="query"}"#
        ) == 2.0
    );
    assert_eq!(
        at(r#"realise_graphql_errors_total{code="BAD_USER_INPUT"}"#),
        1.0
    );
    assert_eq!(at("realise_graphql_throttled_requests_total"), 0.0);
    assert_eq!(at("realise_graphql_timed_out_requests_total"), 0.0);
    // The first request built the snapshot (and read the programme to do it); the second
    // was answered from the response cache, without executing.
    assert_eq!(at("realise_snapshot_cache_misses_total"), 1.0);
    assert_eq!(at("realise_snapshot_cache_hits_total"), 0.0);
    assert_eq!(at("realise_response_cache_hits_total"), 1.0);
    // Both other requests looked for a kept answer, the refused one too.
    assert_eq!(at("realise_response_cache_misses_total"), 2.0);
    assert_eq!(at("realise_snapshot_build_duration_seconds_count"), 1.0);
    assert!(at("realise_graphql_request_sql_statements_sum") >= 3.0);
    assert!(at("realise_sql_statements_total") > 0.0);
    assert!(at(r#"realise_db_pool_connections{state="idle"}"#) >= 0.0);
    assert!(at(r#"realise_db_pool_connections{state="in_use"}"#) >= 0.0);
    assert!(at("realise_db_pool_max_connections") >= 1.0);
}

#[actix_web::test]
async fn throttled_and_timed_out_requests_are_counted() {
    let app = TestApp::spawn_with_request_timeout(1).await;
    let heavy = r#"{ programmes(first: 1) { edges { node {
        a: realisation(asAt: "2005-01-01") { liveCommitments }
        b: realisation(asAt: "2008-01-01") { liveCommitments } } } } }"#;
    let timed_out = app.graphql(heavy, json!({})).await;
    assert_eq!(error_code(&timed_out), "TIMEOUT");
    let (_, body) = app.get("/metrics").await;
    let m = parse_openmetrics(&body);
    assert_eq!(m["realise_graphql_timed_out_requests_total"], 1.0, "{body}");
    assert_eq!(m[r#"realise_graphql_errors_total{code="TIMEOUT"}"#], 1.0);

    let app = TestApp::spawn_with_budget(3_000.0, 0.001).await;
    let dated = r#"{ programmes(first: 1) { edges { node { realisation(asAt: "2010-01-01") { liveCommitments } } } } }"#;
    let first = app.graphql(dated, json!({})).await;
    assert!(first["errors"].is_null(), "{first}");
    let second = app.graphql(dated, json!({})).await;
    assert_eq!(error_code(&second), "THROTTLED");
    let (_, body) = app.get("/metrics").await;
    let m = parse_openmetrics(&body);
    assert_eq!(m["realise_graphql_throttled_requests_total"], 1.0, "{body}");
}

#[actix_web::test]
async fn every_response_carries_a_request_id() {
    let app = TestApp::spawn().await;
    let res = app
        .request(awc::http::Method::GET, "/healthz")
        .insert_header(("x-request-id", "abc-123"))
        .send()
        .await
        .unwrap();
    assert_eq!(res.headers().get("x-request-id").unwrap(), "abc-123");
    let res = app
        .request(awc::http::Method::GET, "/healthz")
        .send()
        .await
        .unwrap();
    assert_eq!(
        res.headers().get("x-request-id").unwrap().len(),
        16,
        "a generated id"
    );
    let res = app
        .request(awc::http::Method::GET, "/healthz")
        .insert_header(("x-request-id", "no spaces please"))
        .send()
        .await
        .unwrap();
    assert_ne!(
        res.headers().get("x-request-id").unwrap(),
        "no spaces please"
    );
}

#[actix_web::test]
async fn the_front_page_says_how_to_build_a_missing_front_end() {
    let app = TestApp::spawn().await;
    let (status, body) = app.get("/").await;
    assert_eq!(status, 200);
    assert!(body.contains("npm --prefix frontend"), "{body}");
}

#[actix_web::test]
async fn the_built_front_end_is_served_with_its_client_side_routes() {
    let dir = std::env::temp_dir().join(crate::helpers::unique_name("realise_test_dist"));
    std::fs::create_dir_all(dir.join("assets")).unwrap();
    std::fs::write(
        dir.join("index.html"),
        "<!doctype html><div id=root>Realise</div>",
    )
    .unwrap();
    std::fs::write(dir.join("assets/app.js"), "console.log('realise')").unwrap();
    let app = TestApp::spawn_serving(dir.clone()).await;
    for path in ["/", "/organisations/RR8"] {
        let (status, body) = app.get(path).await;
        assert_eq!(
            (status, body.as_str()),
            (200, "<!doctype html><div id=root>Realise</div>"),
            "{path}"
        );
    }
    let (status, body) = app.get("/assets/app.js").await;
    assert_eq!((status, body.as_str()), (200, "console.log('realise')"));
    let (status, _) = app.get("/healthz").await;
    assert_eq!(
        status, 200,
        "the API routes win over the front end's fallback"
    );
    let _ = std::fs::remove_dir_all(dir);
}
