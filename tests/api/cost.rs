//! What a request costs: reported in `extensions.cost`, derived figures charged per distinct
//! date, a document over the limit refused before anything runs, and each caller's budget
//! spent and refilled (THROTTLED, HTTP 429 with Retry-After, once it is spent).

use std::time::Instant;

use awc::http::Method;
use serde_json::{Value, json};

use crate::helpers::{TestApp, error_code};

async fn post(app: &TestApp, token: &str, query: &str) -> (u16, Value, Option<String>) {
    let req = app
        .request(Method::POST, "/graphql")
        .insert_header(("authorization", format!("Bearer {token}")))
        .insert_header(("content-type", "application/json"))
        .insert_header(("accept", "application/graphql-response+json"));
    let mut res = req
        .send_body(json!({ "query": query }).to_string())
        .await
        .expect("a response");
    let retry = res
        .headers()
        .get("retry-after")
        .and_then(|v| v.to_str().ok())
        .map(str::to_owned);
    let body = res.body().limit(16 << 20).await.expect("a body");
    (
        res.status().as_u16(),
        serde_json::from_slice(&body).unwrap_or(Value::Null),
        retry,
    )
}

/// A query of one programme's realisation at `n` distinct dates, by alias.
fn dated_aliases(n: usize) -> String {
    let fields: String = (0..n)
        .map(|i| {
            let day = 1 + i % 28;
            let month = 1 + (i / 28) % 12;
            let year = 2000 + i / 336;
            format!(
                r#" r{i}: realisation(asAt: "{year}-{month:02}-{day:02}") {{ liveCommitments }}"#
            )
        })
        .collect();
    format!(r#"{{ programmes(first: 1) {{ edges {{ node {{ {fields} }} }} }} }}"#)
}

#[actix_web::test]
async fn the_cost_comes_back_in_the_extensions() {
    let app = TestApp::spawn().await;
    let token = app.token(realise_api::auth::Role::Partner, None);
    let (status, json, _) = post(
        &app,
        &token,
        "{ programmes(first: 10) { totalCount edges { node { name } } } }",
    )
    .await;
    assert_eq!(status, 200, "{json}");
    let cost = &json["extensions"]["cost"];
    assert_eq!(cost["limit"], 50_000);
    let requested = cost["requested"].as_u64().unwrap();
    assert!((10..1_000).contains(&requested), "{cost}");
    assert!(cost["remainingBudget"].as_u64().unwrap() < 1_000_000);

    // Two dates of derived figures cost two snapshot builds on top.
    let (_, json, _) = post(&app, &token, &dated_aliases(2)).await;
    assert!(
        json["extensions"]["cost"]["requested"].as_u64().unwrap() >= 5_000,
        "{json}"
    );
}

#[actix_web::test]
async fn a_thousand_dates_of_derived_figures_are_refused_before_anything_runs() {
    let app = TestApp::spawn_with_demo().await;
    let token = app.token(realise_api::auth::Role::Partner, None);
    let statements = app.statements();
    let started = Instant::now();
    let (status, json, _) = post(&app, &token, &dated_aliases(1_000)).await;
    assert_eq!(status, 400, "{json}");
    assert_eq!(error_code(&json), "BAD_USER_INPUT");
    assert!(
        json["errors"][0]["message"]
            .as_str()
            .unwrap()
            .contains("over the limit")
    );
    assert!(
        started.elapsed().as_secs() < 5,
        "refused at once: {:?}",
        started.elapsed()
    );
    assert_eq!(app.statements(), statements, "nothing read the database");
}

#[actix_web::test]
async fn a_spent_budget_is_throttled_until_it_refills() {
    // Room for one dashboard-sized request (two dates) at a time, refilled slowly.
    let app = TestApp::spawn_with_budget(6_000.0, 1.0).await;
    let partner = app.token(realise_api::auth::Role::Partner, None);
    let (status, json, _) = post(&app, &partner, &dated_aliases(2)).await;
    assert_eq!(status, 200, "{json}");
    let (status, json, retry) = post(&app, &partner, &dated_aliases(2)).await;
    assert_eq!(status, 429, "{json}");
    assert_eq!(error_code(&json), "THROTTLED");
    let wait: u64 = retry.expect("Retry-After").parse().unwrap();
    assert!(wait > 1, "the wait covers the missing points: {wait}");
    assert_eq!(json["errors"][0]["extensions"]["retryAfterSeconds"], wait);
    assert!(json.get("data").is_none_or(Value::is_null));
    // Another caller has a budget of their own.
    let board = app.token(realise_api::auth::Role::ProgrammeBoard, None);
    let (status, _, _) = post(&app, &board, &dated_aliases(2)).await;
    assert_eq!(status, 200);
}

#[actix_web::test]
async fn a_refused_costly_request_puts_its_sender_in_debt() {
    let app = TestApp::spawn().await;
    let attacker = app.token(realise_api::auth::Role::Partner, None);
    let (status, _, _) = post(&app, &attacker, &dated_aliases(1_000)).await;
    assert_eq!(status, 400);
    // Until the debt is paid back, even a small request is turned away before it is read.
    let (status, json, retry) = post(&app, &attacker, "{ programmes { totalCount } }").await;
    assert_eq!(status, 429, "{json}");
    assert_eq!(error_code(&json), "THROTTLED");
    assert!(retry.expect("Retry-After").parse::<u64>().unwrap() > 1);
    let board = app.token(realise_api::auth::Role::ProgrammeBoard, None);
    let (status, _, _) = post(&app, &board, "{ programmes { totalCount } }").await;
    assert_eq!(status, 200, "another caller is not in debt");
}
