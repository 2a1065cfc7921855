//! How roll-ups are loaded: the snapshot a server keeps is refreshed by any write to the rows
//! under it, whichever server instance (or other client) makes it; and the statements a
//! request makes grow with the depth of the query, not the number of rows.

use chrono::NaiveDate;
use entity::measurement;
use sea_orm::{ActiveModelTrait, Set};
use serde_json::{Value, json};

use crate::helpers::{TestApp, TestDb};
use crate::realisation_commitments::{commitments, key_of};

const BENEFIT: &str = r#"{ benefits(first: 20) { edges { node { code
  realisation(asAt: "2012-06-30") { realisedToDate liveCommitments ragCounts { red blue } } } } } }"#;

fn b01(data: &Value) -> Value {
    data["benefits"]["edges"]
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["node"]["code"] == "NPFIT-B01")
        .unwrap()["node"]["realisation"]
        .clone()
}

#[actix_web::test]
async fn a_write_from_anywhere_refreshes_every_instances_snapshot() {
    let one = TestApp::spawn_with_demo().await;
    let two = TestApp::start_on(TestDb::borrowed(one.database_url())).await;
    let before = b01(&one.query(BENEFIT, json!({})).await);
    assert_eq!(b01(&two.query(BENEFIT, json!({})).await), before);
    assert_eq!(before["ragCounts"]["red"], 1, "RTH is RED: {before}");

    // Another client records a value for RTH's RED commitment: the target, reached.
    let rth = commitments(&one, "2012-06-30")
        .await
        .into_iter()
        .find(|c| c["organisation"]["odsCode"] == "RTH" && c["benefit"]["code"] == "NPFIT-B01")
        .unwrap();
    let actual = rth["progress"]["actual"].as_f64().unwrap();
    let target = rth["target"].as_f64().unwrap();
    measurement::ActiveModel {
        commitment_id: Set(key_of(&rth["id"]) as i32),
        measured_on: Set(NaiveDate::from_ymd_opt(2012, 5, 31).unwrap()),
        value: Set(target),
        note: Set(None),
        recorded_by: Set("another-client".into()),
        recorded_at: Set(chrono::Utc::now()),
        supersedes_id: Set(None),
        ..Default::default()
    }
    .insert(&one.db.conn)
    .await
    .unwrap();

    for app in [&one, &two] {
        let after = b01(&app.query(BENEFIT, json!({})).await);
        let realised = before["realisedToDate"].as_f64().unwrap() + (target - actual);
        assert!(
            (after["realisedToDate"].as_f64().unwrap() - realised).abs() < 1e-6,
            "{after} vs {realised}"
        );
        assert_eq!(after["ragCounts"]["red"], 0);
        assert_eq!(
            after["ragCounts"]["blue"].as_i64().unwrap(),
            before["ragCounts"]["blue"].as_i64().unwrap() + 1
        );
    }
}

const ROLLUPS: &str = r#"query($n: Int!) { programmes(first: 1) { edges { node {
  benefits(first: $n) { edges { node { code
    realisation(asAt: "2012-06-30") { committed ragCounts { red } }
    coverage(asAt: "2012-06-30", first: 5) { eligible notCommitted { edges { node { name } } } }
    commitments(first: 20) { edges { node { progress(asAt: "2012-06-30") { rag } spc(asAt: "2012-06-30") { variation } } } } } } } } } } }"#;

async fn statements_for(app: &TestApp, n: i64) -> u64 {
    let before = app.statements();
    let data = app.query_uncached(ROLLUPS, json!({ "n": n })).await;
    let benefits = &data["programmes"]["edges"][0]["node"]["benefits"]["edges"];
    assert_eq!(benefits.as_array().unwrap().len() as i64, n);
    app.statements() - before
}

#[actix_web::test]
async fn roll_up_statements_grow_with_depth_not_rows() {
    let app = TestApp::spawn_with_demo().await;
    // The first request computes the snapshot; later ones only check the data version.
    let cold = statements_for(&app, 2).await;
    let for_2 = statements_for(&app, 2).await;
    let for_14 = statements_for(&app, 14).await;
    assert_eq!(for_2, for_14, "statements grew with the rows");
    assert!(cold > for_2, "the snapshot is cached: {cold} then {for_2}");
    // programmes, benefits, the data version, the organisations not committed, commitments,
    // and their trajectories, measurements and benefits; and, as progress without its forecast
    // reads only each commitment's actual while the SPC reads the whole series, the actuals.
    assert!(for_14 <= 9, "{for_14} statements");
}
