//! Health checks, metrics and request ids.

use crate::helpers::TestApp;

#[actix_web::test]
async fn health_and_readiness_answer_ok() {
    let app = TestApp::spawn().await;
    let (status, body) = app.get("/healthz").await;
    assert_eq!(status, 200, "{body}");
    let (status, body) = app.get("/readyz").await;
    assert_eq!(status, 200, "{body}");
    assert!(body.contains("ready"));
}

#[actix_web::test]
async fn metrics_count_requests_and_sql_statements() {
    let app = TestApp::spawn().await;
    app.get("/readyz").await;
    let (status, body) = app.get("/metrics").await;
    assert_eq!(status, 200);
    assert!(
        body.contains("realise_http_requests_total{status=\"2xx\"} 1"),
        "{body}"
    );
    let statements: u64 = body
        .lines()
        .find_map(|l| l.strip_prefix("realise_sql_statements_total "))
        .and_then(|n| n.trim().parse().ok())
        .expect("a statement counter");
    assert!(statements > 0, "migrations and the readiness check ran SQL");
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
