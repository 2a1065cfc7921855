//! The response cache: a repeated read is answered without executing, and never after a write
//! that could change it, on this instance or another; what the caller may see is part of the
//! key. Persisted queries; and the newest measurements read by a window.

use realise_api::auth::Role;
use serde_json::{Value, json};

use crate::helpers::{TestApp, TestDb};

const PROGRAMMES: &str = "{ programmes(first: 5) { edges { node { id name } } } }";

fn first_programme(data: &Value) -> (String, String) {
    let node = &data["programmes"]["edges"][0]["node"];
    (
        node["id"].as_str().unwrap().to_owned(),
        node["name"].as_str().unwrap().to_owned(),
    )
}

async fn rename(app: &TestApp, id: &str, name: &str) {
    let q = "mutation($id: ID!, $name: String!) {
      updateProgramme(input: { id: $id, name: $name }) { userErrors { code } } }";
    let data = app.query(q, json!({ "id": id, "name": name })).await;
    assert_eq!(data["updateProgramme"]["userErrors"], json!([]), "{data}");
}

#[actix_web::test]
async fn a_repeated_read_runs_nothing_but_the_version_check_until_a_write() {
    let app = TestApp::spawn_with_demo().await;
    let first = app.query(PROGRAMMES, json!({})).await;
    let before = app.statements();
    let again = app.query(PROGRAMMES, json!({})).await;
    assert_eq!(again, first, "the same answer");
    assert_eq!(
        app.statements() - before,
        1,
        "only the graph version was read"
    );

    let (id, name) = first_programme(&first);
    rename(&app, &id, "Renamed by the cache test").await;
    let after = app.query(PROGRAMMES, json!({})).await;
    assert_eq!(first_programme(&after).1, "Renamed by the cache test");
    rename(&app, &id, &name).await;
    assert_eq!(
        first_programme(&app.query(PROGRAMMES, json!({})).await).1,
        name
    );
}

#[actix_web::test]
async fn a_write_through_one_instance_is_seen_by_the_others_very_next_read() {
    let one = TestApp::spawn_with_demo().await;
    let two = TestApp::start_on(TestDb::borrowed(one.database_url())).await;
    // Both instances keep the answer.
    let kept = two.query(PROGRAMMES, json!({})).await;
    assert_eq!(two.query(PROGRAMMES, json!({})).await, kept);
    let (id, _) = first_programme(&kept);
    for round in 0..5 {
        let name = format!("Renamed through instance one, round {round}");
        rename(&one, &id, &name).await;
        let seen = two.query(PROGRAMMES, json!({})).await;
        assert_eq!(first_programme(&seen).1, name, "round {round}");
    }
}

#[actix_web::test]
async fn what_the_caller_may_see_is_part_of_the_key() {
    let app = TestApp::spawn_with_demo().await;
    let people = "{ people(first: 50) { edges { node { name email } } } }";
    let emails = |data: &Value| {
        data["people"]["edges"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|e| !e["node"]["email"].is_null())
            .count()
    };
    let admin = app.query(people, json!({})).await;
    assert!(emails(&admin) > 0, "administrators see contact details");
    let partner = app.token(Role::Partner, None);
    let shown = app.query_as(&partner, people, json!({})).await;
    assert_eq!(emails(&shown), 0, "partners never do, cached or not");
    assert_eq!(emails(&app.query(people, json!({})).await), emails(&admin));

    // The viewer is whoever asks, whatever their role shares with someone else's.
    let viewer = "{ viewer { subject role } }";
    for sub in ["partner-a", "partner-b", "partner-a"] {
        let token = app.token_of(sub, Role::Partner, None);
        let data = app.query_as(&token, viewer, json!({})).await;
        assert_eq!(data["viewer"]["subject"], sub);
    }
}

#[actix_web::test]
async fn a_persisted_query_is_sent_once_then_by_its_hash() {
    let app = TestApp::spawn_with_demo().await;
    let hash = sha256_hex(PROGRAMMES);
    let persisted = json!({ "persistedQuery": { "version": 1, "sha256Hash": hash } });
    let (status, unknown) = post(&app, json!({ "extensions": persisted })).await;
    assert_eq!(status, 200, "{unknown}");
    assert_eq!(unknown["errors"][0]["message"], "PersistedQueryNotFound");

    let (_, full) = post(
        &app,
        json!({ "query": PROGRAMMES, "extensions": persisted }),
    )
    .await;
    assert!(full["data"]["programmes"]["edges"][0]["node"]["name"].is_string());
    let (_, by_hash) = post(&app, json!({ "extensions": persisted })).await;
    assert_eq!(by_hash["data"], full["data"]);

    let wrong = json!({ "persistedQuery": { "version": 1, "sha256Hash": "00" } });
    let (_, mismatch) = post(&app, json!({ "query": PROGRAMMES, "extensions": wrong })).await;
    assert_eq!(
        mismatch["errors"][0]["message"],
        "provided sha does not match query"
    );
}

async fn post(app: &TestApp, body: Value) -> (u16, Value) {
    let req = app
        .request(awc::http::Method::POST, "/graphql")
        .insert_header(("authorization", app.bearer()))
        .insert_header(("content-type", "application/json"));
    let (status, _, body) = app.send(req, Some(body.to_string())).await;
    (status, serde_json::from_str::<Value>(&body).unwrap())
}

/// Lowercase hex SHA-256, as Apollo clients send it.
fn sha256_hex(text: &str) -> String {
    use sha2::Digest;
    sha2::Sha256::digest(text.as_bytes())
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

#[actix_web::test]
async fn the_newest_measurements_read_by_a_window_match_the_whole_history() {
    let app = TestApp::spawn_with_demo().await;
    // With `totalCount` the whole history is read and paged in memory; without, only the
    // newest rows of each commitment. Both must give the same page.
    let q = |extra: &str, superseded: bool, size: u32| {
        format!(
            r#"{{ programmes(first: 1) {{ edges {{ node {{ benefits(first: 20) {{ edges {{ node {{
              commitments(first: 5) {{ edges {{ node {{
                measurements(first: {size}, includeSuperseded: {superseded}) {{ {extra} pageInfo {{ hasNextPage }}
                  edges {{ node {{ id measuredOn value superseded }} }} }} }} }} }} }} }} }} }} }} }} }}"#
        )
    };
    let pages = |data: &Value| -> Vec<Value> {
        let mut found = Vec::new();
        let benefits = &data["programmes"]["edges"][0]["node"]["benefits"]["edges"];
        for benefit in benefits.as_array().unwrap() {
            for c in benefit["node"]["commitments"]["edges"].as_array().unwrap() {
                let m = &c["node"]["measurements"];
                found.push(json!([m["pageInfo"], m["edges"]]));
            }
        }
        found
    };
    // A page shorter than most histories, and one longer than them.
    for (size, superseded) in [(3, true), (3, false), (40, true), (40, false)] {
        let windowed = app
            .query_uncached(&q("", superseded, size), json!({}))
            .await;
        let whole = app
            .query_uncached(&q("totalCount", superseded, size), json!({}))
            .await;
        let (windowed, whole) = (pages(&windowed), pages(&whole));
        assert!(windowed.len() > 10, "{} commitments", windowed.len());
        assert_eq!(
            windowed, whole,
            "first {size}, includeSuperseded: {superseded}"
        );
        let more = whole.iter().filter(|p| p[0]["hasNextPage"] == true).count();
        assert_eq!(more > 0, size == 3, "first {size}: {more} pages have more");
        if superseded && size == 40 {
            let corrected = whole.iter().flat_map(|p| p[1].as_array().unwrap().clone());
            assert!(
                corrected
                    .filter(|e| e["node"]["superseded"] == true)
                    .count()
                    > 0,
                "the demo's corrections are in the pages"
            );
        }
    }
}
