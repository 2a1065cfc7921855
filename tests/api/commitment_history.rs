//! Commitments as they stood on a date: every change of status, owner or sign-off is kept, and
//! the register, the dashboard and the commitment's own reads apply `asAt` to it.

use std::collections::BTreeMap;

use serde_json::{Value, json};

use crate::helpers::TestApp;
use crate::realisation_commitments::nodes;
use crate::world::*;

const REGISTER: &str = r#"query($asAt: Date!, $after: String) { programmes(first: 1) { edges { node {
  realisation(asAt: $asAt) { liveCommitments }
  register(asAt: $asAt, first: 100, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { node { status owner { id }
      commitment { id status standing(asAt: $asAt) { status owner { id } } } } } } } } } }"#;

/// (status -> how many in the register, every row, the dashboard's live count) as at a date.
async fn register(app: &TestApp, on: &str) -> (BTreeMap<String, usize>, Vec<Value>, i64) {
    let mut rows = Vec::new();
    let mut after = Value::Null;
    loop {
        let data = app
            .query(REGISTER, json!({ "asAt": on, "after": after }))
            .await;
        let programme = &nodes(&data["programmes"])[0];
        let register = &programme["register"];
        rows.extend(nodes(register));
        if register["pageInfo"]["hasNextPage"] != true {
            let mut counts = BTreeMap::new();
            for row in &rows {
                *counts
                    .entry(row["status"].as_str().unwrap().to_owned())
                    .or_default() += 1;
            }
            let live = programme["realisation"]["liveCommitments"]
                .as_i64()
                .unwrap();
            return (counts, rows, live);
        }
        after = register["pageInfo"]["endCursor"].clone();
    }
}

fn counts(pairs: &[(&str, usize)]) -> BTreeMap<String, usize> {
    pairs.iter().map(|&(s, n)| (s.to_owned(), n)).collect()
}

#[actix_web::test]
async fn the_register_as_at_a_date_shows_the_commitments_of_that_day() {
    let app = TestApp::spawn_with_demo().await;
    // From the demo's dated steps (programme/standings.rs): none before the first draft of
    // 2004-03-02; on 2012-04-01 everything stands as today except the three PCT commitments,
    // still SIGNED_OFF, whose CCG copies do not yet exist; on 2013-04-01, as today.
    let cases = [
        ("2003-12-31", counts(&[])),
        ("2005-01-01", counts(&[("SIGNED_OFF", 3), ("WITHDRAWN", 1)])),
        (
            "2008-06-30",
            counts(&[
                ("AGREED", 11),
                ("DRAFT", 1),
                ("PROPOSED", 2),
                ("REALISED", 3),
                ("SIGNED_OFF", 35),
                ("WITHDRAWN", 2),
            ]),
        ),
        (
            "2012-04-01",
            counts(&[
                ("AGREED", 18),
                ("DRAFT", 5),
                ("PROPOSED", 5),
                ("REALISED", 9),
                ("SIGNED_OFF", 37),
                ("WITHDRAWN", 4),
            ]),
        ),
        (
            "2013-04-01",
            counts(&[
                ("AGREED", 21),
                ("DRAFT", 5),
                ("PROPOSED", 5),
                ("REALISED", 9),
                ("SIGNED_OFF", 34),
                ("TRANSFERRED", 3),
                ("WITHDRAWN", 4),
            ]),
        ),
    ];
    for (on, expected) in cases {
        let (got, rows, live) = register(&app, on).await;
        assert_eq!(got, expected, "the register as at {on}");
        // The dashboard counts the same live commitments as the register lists.
        let withdrawn_or_transferred = ["WITHDRAWN", "TRANSFERRED"]
            .iter()
            .filter_map(|s| got.get(*s))
            .sum::<usize>();
        assert_eq!(live as usize, rows.len() - withdrawn_or_transferred, "{on}");
        // Each row stands as the commitment's own history says it did on the date.
        for row in &rows {
            let standing = &row["commitment"]["standing"];
            assert_eq!(row["status"], standing["status"], "{on}: {row}");
            assert_eq!(row["owner"], standing["owner"], "{on}: {row}");
        }
    }
    // Filtering by status reads the status of the day.
    let q = r#"query($asAt: Date!) { programmes(first: 1) { edges { node {
        register(asAt: $asAt, filter: { statuses: [SIGNED_OFF] }) { totalCount } } } } }"#;
    let data = app.query(q, json!({ "asAt": "2012-04-01" })).await;
    assert_eq!(nodes(&data["programmes"])[0]["register"]["totalCount"], 37);
}

const HISTORY: &str = r#"query($id: ID!, $asAt: Date!) { node(id: $id) { ... on Commitment {
  status standing(asAt: $asAt) { since status signedOffOn }
  history { since status owner { name } signedOffOn signedOffBy { name } } } } }"#;

#[actix_web::test]
async fn a_commitment_keeps_every_step_it_took() {
    let app = TestApp::spawn_with_demo().await;
    let q = r#"{ programmes(first: 1) { edges { node {
        register(asAt: "2013-04-01", filter: { statuses: [TRANSFERRED] }, first: 1) {
          edges { node { commitment { id } } } } } } } }"#;
    let data = app.query(q, json!({})).await;
    let register = &nodes(&data["programmes"])[0]["register"];
    let id = nodes(register)[0]["commitment"]["id"].clone();

    let data = app
        .query(HISTORY, json!({ "id": id, "asAt": "2001-01-01" }))
        .await;
    let c = &data["node"];
    // Before it was drafted it did not stand at all.
    assert_eq!(c["standing"], Value::Null);
    let steps: Vec<&str> = c["history"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["status"].as_str().unwrap())
        .collect();
    assert_eq!(
        steps,
        ["DRAFT", "PROPOSED", "AGREED", "SIGNED_OFF", "TRANSFERRED"]
    );
    let history = c["history"].as_array().unwrap();
    // Dated in order, the transfer on the day the CCGs took over; signed off from its
    // sign-off on, by the same person throughout.
    let since: Vec<&str> = history
        .iter()
        .map(|s| s["since"].as_str().unwrap())
        .collect();
    assert!(since.windows(2).all(|w| w[0] < w[1]), "{since:?}");
    assert_eq!(since[4], "2013-04-01");
    for (i, step) in history.iter().enumerate() {
        assert_eq!(step["signedOffOn"].is_null(), i < 3, "{step}");
        assert_eq!(step["signedOffBy"].is_null(), i < 3, "{step}");
        assert_eq!(step["owner"], history[0]["owner"]);
    }
    assert_eq!(history[3]["signedOffOn"], history[3]["since"]);
    // The day before the transfer, it stood signed off.
    let data = app
        .query(HISTORY, json!({ "id": id, "asAt": "2013-03-31" }))
        .await;
    assert_eq!(data["node"]["standing"]["status"], "SIGNED_OFF");
    assert_eq!(data["node"]["status"], "TRANSFERRED");
}

#[actix_web::test]
async fn each_write_that_changes_a_standing_adds_to_its_history() {
    let app = TestApp::spawn().await;
    let w = World::build(&app).await;
    let today = chrono::Utc::now().date_naive().to_string();
    let id = w.commitment(&app, &w.trust, "DRAFT").await;
    let read = |id: String| {
        let app = &app;
        let today = today.clone();
        async move { app.query(HISTORY, json!({ "id": id, "asAt": today })).await["node"].clone() }
    };
    let c = read(id.clone()).await;
    assert_eq!(c["history"].as_array().unwrap().len(), 1);
    assert_eq!(c["history"][0]["status"], "DRAFT");
    assert_eq!(c["history"][0]["since"], today.as_str());

    // A change of notes alone leaves the history as it was; a transition adds one row.
    admin(
        &app,
        UPDATE_COMMITMENT,
        json!({ "id": id, "version": version_of(&app, &id).await, "notes": "Reviewed" }),
    )
    .await;
    assert_eq!(
        read(id.clone()).await["history"].as_array().unwrap().len(),
        1
    );
    admin(&app, PROPOSE, w.step_input(&app, PROPOSE, &id).await).await;
    let c = read(id.clone()).await;
    let steps: Vec<&Value> = c["history"].as_array().unwrap().iter().collect();
    assert_eq!(steps.len(), 2);
    assert_eq!(steps[1]["status"], "PROPOSED");
    assert_eq!(c["standing"]["status"], "PROPOSED");

    // A refused transition (a DRAFT cannot be realised) leaves no trace.
    let refused = app
        .query(
            REALISE,
            json!({ "input": w.step_input(&app, REALISE, &id).await }),
        )
        .await;
    assert_eq!(
        error_codes(&refused[mutation_name(REALISE)]),
        ["ILLEGAL_TRANSITION"]
    );
    assert_eq!(
        read(id.clone()).await["history"].as_array().unwrap().len(),
        2
    );

    // A transfer records both ends: the original TRANSFERRED, its copy from the same day.
    let payload = admin(&app, TRANSFER, w.step_input(&app, TRANSFER, &id).await).await;
    let c = read(id.clone()).await;
    assert_eq!(c["history"][2]["status"], "TRANSFERRED");
    assert_eq!(c["history"][2]["since"], today.as_str());
    let copy = payload["commitment"]["id"].as_str().unwrap().to_owned();
    let c = read(copy).await;
    assert_eq!(c["history"].as_array().unwrap().len(), 1);
    assert_eq!(c["history"][0]["status"], c["status"]);
    assert_eq!(c["history"][0]["since"], today.as_str());
}
