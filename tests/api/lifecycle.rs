//! The commitment lifecycle: every transition allowed and refused, transfers to a successor,
//! and optimistic concurrency (two updates of one version: exactly one wins).

use serde_json::{Value, json};

use crate::helpers::TestApp;
use crate::world::*;

const STATUSES: [&str; 7] = [
    "DRAFT",
    "PROPOSED",
    "AGREED",
    "SIGNED_OFF",
    "REALISED",
    "WITHDRAWN",
    "TRANSFERRED",
];

/// What DESIGN.md allows: (step, from) -> to.
fn allowed(step: &str, from: &str) -> Option<&'static str> {
    let live = !matches!(from, "WITHDRAWN" | "TRANSFERRED");
    match (step, from) {
        ("proposeCommitment", "DRAFT") => Some("PROPOSED"),
        ("agreeCommitment", "PROPOSED") => Some("AGREED"),
        ("signOffCommitment", "AGREED") => Some("SIGNED_OFF"),
        ("markCommitmentRealised", "SIGNED_OFF") => Some("REALISED"),
        ("withdrawCommitment", _) if live => Some("WITHDRAWN"),
        ("transferCommitment", _) if live => Some("TRANSFERRED"),
        _ => None,
    }
}

async fn in_status(app: &TestApp, w: &World, status: &str) -> String {
    match status {
        "WITHDRAWN" | "TRANSFERRED" => {
            let id = w.commitment(app, &w.trust, "DRAFT").await;
            let step = if status == "WITHDRAWN" {
                WITHDRAW
            } else {
                TRANSFER
            };
            admin(app, step, w.step_input(app, step, &id).await).await;
            id
        }
        s => w.commitment(app, &w.trust, s).await,
    }
}

async fn read(app: &TestApp, id: &str) -> Value {
    let q = "query($id: ID!) { node(id: $id) { ... on Commitment { status version } } }";
    app.query(q, json!({ "id": id })).await["node"].clone()
}

#[actix_web::test]
async fn every_transition_of_the_lifecycle_allowed_and_refused() {
    let app = TestApp::spawn().await;
    let w = World::build(&app).await;
    for step in [PROPOSE, AGREE, SIGN_OFF, REALISE, WITHDRAW, TRANSFER] {
        let name = mutation_name(step);
        for from in STATUSES {
            let id = in_status(&app, &w, from).await;
            let before = read(&app, &id).await;
            let data = app
                .query(
                    step,
                    json!({ "input": w.step_input(&app, step, &id).await }),
                )
                .await;
            let payload = &data[&name];
            let after = read(&app, &id).await;
            match allowed(&name, from) {
                Some(to) => {
                    assert_eq!(payload["userErrors"], json!([]), "{name} from {from}");
                    assert_eq!(after["status"], to, "{name} from {from}");
                    assert_eq!(after["version"], before["version"].as_i64().unwrap() + 1);
                }
                None => {
                    assert_eq!(
                        error_codes(payload),
                        ["ILLEGAL_TRANSITION"],
                        "{name} from {from}"
                    );
                    assert_eq!(after, before, "{name} from {from} changed nothing");
                }
            }
        }
    }
}

#[actix_web::test]
async fn a_transfer_gives_the_successor_a_copy_that_remembers_its_origin() {
    let app = TestApp::spawn().await;
    let w = World::build(&app).await;
    let id = w.commitment(&app, &w.trust, "AGREED").await;
    let points = json!([{ "plannedOn": "2025-04-01", "value": 80.0 }]);
    admin(
        &app,
        SET_TRAJECTORY,
        json!({ "id": id, "version": version_of(&app, &id).await, "points": points }),
    )
    .await;
    let version = version_of(&app, &id).await;
    for (successor, code) in [
        (&w.neighbour, "NOT_A_SUCCESSOR"),
        (&w.closed, "ORGANISATION_CLOSED"),
    ] {
        let data = app
            .query(
                TRANSFER,
                json!({ "input": { "id": id, "version": version, "successor": successor } }),
            )
            .await;
        assert_eq!(error_codes(&data["transferCommitment"]), [code]);
    }
    let copy = admin(
        &app,
        TRANSFER,
        json!({ "id": id, "version": version, "successor": w.successor }),
    )
    .await;
    let copy = &copy["commitment"];
    assert_eq!(copy["organisation"]["odsCode"], SUCCESSOR);
    assert_eq!(copy["status"], "AGREED");
    assert_eq!(
        copy["transferredFrom"],
        json!({ "id": id, "status": "TRANSFERRED" })
    );
    let q = "query($id: ID!) { node(id: $id) { ... on Commitment { trajectory { value } } } }";
    let data = app.query(q, json!({ "id": copy["id"] })).await;
    assert_eq!(data["node"]["trajectory"], json!([{ "value": 80.0 }]));
    let again = app
        .query(
            TRANSFER,
            json!({ "input": { "id": id, "version": version_of(&app, &id).await, "successor": w.successor } }),
        )
        .await;
    assert_eq!(
        error_codes(&again["transferCommitment"]),
        ["ILLEGAL_TRANSITION"]
    );
}

#[actix_web::test]
async fn a_stale_version_changes_nothing() {
    let app = TestApp::spawn().await;
    let w = World::build(&app).await;
    let id = w.commitment(&app, &w.trust, "DRAFT").await;
    let first = admin(
        &app,
        UPDATE_COMMITMENT,
        json!({ "id": id, "version": 1, "notes": "first" }),
    )
    .await;
    assert_eq!(first["commitment"]["version"], 2);
    let data = app
        .query(
            UPDATE_COMMITMENT,
            json!({ "input": { "id": id, "version": 1, "notes": "second" } }),
        )
        .await;
    assert_eq!(error_codes(&data["updateCommitment"]), ["STALE_VERSION"]);
    let step = app
        .query(PROPOSE, json!({ "input": { "id": id, "version": 1 } }))
        .await;
    assert_eq!(error_codes(&step["proposeCommitment"]), ["STALE_VERSION"]);
    let q = "query($id: ID!) { node(id: $id) { ... on Commitment { notes version status } } }";
    let now = app.query(q, json!({ "id": id })).await;
    assert_eq!(
        now["node"],
        json!({ "notes": "first", "version": 2, "status": "DRAFT" })
    );
}

#[actix_web::test]
async fn two_concurrent_updates_of_one_version_exactly_one_wins() {
    let app = TestApp::spawn().await;
    let w = World::build(&app).await;
    for round in 0..5 {
        let id = w.commitment(&app, &w.trust, "DRAFT").await;
        let update = |notes: &str| {
            let input = json!({ "id": id, "version": 1, "notes": format!("{notes} {round}") });
            app.graphql(UPDATE_COMMITMENT, json!({ "input": input }))
        };
        let (a, b) = futures_util::future::join(update("from A"), update("from B")).await;
        let mut outcomes: Vec<Vec<String>> = [a, b]
            .iter()
            .map(|r| error_codes(&r["data"]["updateCommitment"]))
            .collect();
        outcomes.sort();
        assert_eq!(
            outcomes,
            [vec![], vec!["STALE_VERSION".to_owned()]],
            "round {round}"
        );
        let q = "query($id: ID!) { auditEvents(filter: { entity: $id, action: \"updateCommitment\" }) { totalCount }
                    node(id: $id) { ... on Commitment { version auditTrail { totalCount } } } }";
        let data = app.query(q, json!({ "id": id })).await;
        assert_eq!(
            data["auditEvents"]["totalCount"], 1,
            "exactly one change audited"
        );
        assert_eq!(data["node"]["version"], 2);
        assert_eq!(
            data["node"]["auditTrail"]["totalCount"], 2,
            "created, then updated once"
        );
    }
}
