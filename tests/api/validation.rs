//! Validation at the edge: each case is a user error with its code, and changes nothing;
//! corrections keep the history; every success leaves one audit event.

use serde_json::{Value, json};

use crate::helpers::TestApp;
use crate::world::*;

async fn commitments_of(app: &TestApp, org: &str) -> i64 {
    let q = "query($o: ID!) { commitments(filter: { organisation: $o }) { totalCount } }";
    app.query(q, json!({ "o": org })).await["commitments"]["totalCount"]
        .as_i64()
        .unwrap()
}

#[actix_web::test]
async fn a_commitment_is_refused_for_each_rule_and_nothing_is_made() {
    let app = TestApp::spawn().await;
    let w = World::build(&app).await;
    let benefit = w.benefit(&app).await;
    let good = w.commitment_input(&w.trust, &benefit);
    let with = |changes: Value| {
        let mut input = good.clone();
        for (k, v) in changes.as_object().unwrap() {
            input[k] = v.clone();
        }
        input
    };
    let cases = [
        (with(json!({ "target": 100.0 })), "TARGET_EQUALS_BASELINE"),
        (
            with(json!({ "targetOn": "2024-01-01" })),
            "DATES_OUT_OF_ORDER",
        ),
        (with(json!({ "tolerance": 2.0 })), "OUT_OF_RANGE"),
        (
            with(json!({ "organisation": w.closed })),
            "ORGANISATION_CLOSED",
        ),
    ];
    for (input, code) in cases {
        assert_eq!(refused(&app, CREATE_COMMITMENT, input).await, [code]);
    }
    assert_eq!(commitments_of(&app, &w.trust).await, 0, "nothing was made");
    admin(&app, CREATE_COMMITMENT, good.clone()).await;
    assert_eq!(
        refused(&app, CREATE_COMMITMENT, good.clone()).await,
        ["DUPLICATE_LIVE_COMMITMENT"]
    );
    assert_eq!(commitments_of(&app, &w.trust).await, 1);
}

#[actix_web::test]
async fn values_that_are_not_numbers_are_refused() {
    let app = TestApp::spawn().await;
    let w = World::build(&app).await;
    let c = w.commitment(&app, &w.trust, "AGREED").await;
    // JSON has no NaN or infinity; a GraphQL literal too large for a double is infinite.
    let q = "mutation($c: ID!) { recordMeasurement(input: { commitment: $c, measuredOn: \"2025-01-01\", value: 1e999 }) {
               measurement { id } userErrors { code } } }";
    let response = app.graphql(q, json!({ "c": c })).await;
    let refused_as_input = response["errors"][0]["extensions"]["code"] == "BAD_USER_INPUT";
    let refused_as_user_error =
        response["data"]["recordMeasurement"]["userErrors"] == json!([{ "code": "NOT_A_NUMBER" }]);
    assert!(refused_as_input || refused_as_user_error, "{response}");
    let q = "query($c: ID!) { node(id: $c) { ... on Commitment { measurements { totalCount } } } }";
    assert_eq!(
        app.query(q, json!({ "c": c })).await["node"]["measurements"]["totalCount"],
        0
    );
}

#[actix_web::test]
async fn measurements_are_refused_in_the_future_and_on_ended_commitments() {
    let app = TestApp::spawn().await;
    let w = World::build(&app).await;
    let c = w.commitment(&app, &w.trust, "AGREED").await;
    let future = (chrono::Utc::now().date_naive() + chrono::Days::new(2)).to_string();
    let input = json!({ "commitment": c, "measuredOn": future, "value": 1.0 });
    assert_eq!(
        refused(&app, RECORD_MEASUREMENT, input).await,
        ["FUTURE_MEASUREMENT"]
    );
    admin(&app, WITHDRAW, w.step_input(&app, WITHDRAW, &c).await).await;
    let input = json!({ "commitment": c, "measuredOn": "2025-01-01", "value": 1.0 });
    assert_eq!(refused(&app, RECORD_MEASUREMENT, input).await, ["NOT_LIVE"]);
}

#[actix_web::test]
async fn figures_are_locked_once_agreed_and_other_rules_hold() {
    let app = TestApp::spawn().await;
    let w = World::build(&app).await;
    let c = w.commitment(&app, &w.trust, "AGREED").await;
    let input = json!({ "id": c, "version": 3, "target": 40.0 });
    assert_eq!(
        refused(&app, UPDATE_COMMITMENT, input).await,
        ["FIGURES_LOCKED"]
    );
    let points = json!([{ "plannedOn": "2030-01-01", "value": 1.0 }]);
    assert_eq!(
        refused(
            &app,
            SET_TRAJECTORY,
            json!({ "id": c, "version": 3, "points": points })
        )
        .await,
        ["DATES_OUT_OF_ORDER"]
    );
    let input = json!({ "id": c, "version": 3, "reason": "   " });
    assert_eq!(refused(&app, WITHDRAW, input).await, ["BLANK"]);
    let report = json!({ "service": w.service, "periodStart": "2025-02-01", "periodEnd": "2025-01-01", "availability": 101.0 });
    assert_eq!(
        refused(&app, RECORD_SLR, report).await,
        ["DATES_OUT_OF_ORDER", "OUT_OF_RANGE"]
    );
    let link = json!({ "from": w.benefit(&app).await, "to": w.benefit(&app).await });
    admin(&app, CREATE_LINK, link.clone()).await;
    assert_eq!(refused(&app, CREATE_LINK, link).await, ["DUPLICATE"]);
}

#[actix_web::test]
async fn a_correction_supersedes_and_the_history_stays() {
    let app = TestApp::spawn().await;
    let w = World::build(&app).await;
    let c = w.commitment(&app, &w.trust, "AGREED").await;
    let first = w.measurement(&app, &c).await;
    let exec = executive(&app);
    let input = json!({ "measurement": first, "value": 92.5, "note": "late returns" });
    let data = app
        .query_as(&exec, CORRECT_MEASUREMENT, json!({ "input": input }))
        .await;
    let correction = &data["correctMeasurement"]["measurement"];
    assert_eq!(
        correction["supersedes"],
        json!({ "id": first, "value": 90.0, "superseded": true })
    );
    let again = json!({ "measurement": first, "value": 91.0 });
    assert_eq!(
        refused(&app, CORRECT_MEASUREMENT, again).await,
        ["ALREADY_SUPERSEDED"]
    );
    let q = "query($c: ID!) { node(id: $c) { ... on Commitment {
               all: measurements { edges { node { value superseded recordedBy } } }
               current: measurements(includeSuperseded: false) { edges { node { value } } } } } }";
    let data = app.query(q, json!({ "c": c })).await;
    let all: Vec<Value> = data["node"]["all"]["edges"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["node"].clone())
        .collect();
    assert_eq!(all.len(), 2, "nothing overwritten: {all:?}");
    assert!(all.contains(&json!({ "value": 90.0, "superseded": true, "recordedBy": "dev-admin" })));
    assert!(
        all.contains(
            &json!({ "value": 92.5, "superseded": false, "recordedBy": "test-executive" })
        )
    );
    assert_eq!(
        data["node"]["current"]["edges"],
        json!([{ "node": { "value": 92.5 } }])
    );
}
