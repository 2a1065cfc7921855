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

#[actix_web::test]
async fn an_executives_commitments_are_those_within_their_organisation() {
    let app = TestApp::spawn().await;
    let w = World::build(&app).await;
    let area = app.org_id(AREA).await;
    let at_trust = w.commitment(&app, &w.trust, "AGREED").await;
    let neighbours = w.commitment(&app, &w.neighbour, "AGREED").await;
    let owned = w.commitment(&app, &w.trust, "DRAFT").await;
    admin(
        &app,
        UPDATE_COMMITMENT,
        json!({ "id": owned, "version": 1, "owner": w.trust_person }),
    )
    .await;
    let q = "query($f: CommitmentFilter) { commitments(filter: $f, first: 100) { edges { node { id } } } }";
    let ids = |data: Value| -> Vec<String> {
        let mut ids: Vec<String> = data["commitments"]["edges"]
            .as_array()
            .unwrap()
            .iter()
            .map(|e| e["node"]["id"].as_str().unwrap().to_owned())
            .collect();
        ids.sort();
        ids
    };
    let sorted = |mut v: Vec<String>| {
        v.sort();
        v
    };
    // The area has no commitment of its own: the trust PART_OF it has two.
    let within = app.query(q, json!({ "f": { "within": area } })).await;
    assert_eq!(ids(within), sorted(vec![at_trust.clone(), owned.clone()]));
    let unowned = app
        .query(q, json!({ "f": { "within": area, "hasOwner": false } }))
        .await;
    assert_eq!(ids(unowned), vec![at_trust]);
    let elsewhere = app
        .query(q, json!({ "f": { "within": w.neighbour } }))
        .await;
    assert_eq!(ids(elsewhere), vec![neighbours]);
}

/// Runs a mutation as an administrator and returns its user error codes.
async fn refused(app: &TestApp, mutation: &str, input: Value) -> Vec<String> {
    let data = app.query(mutation, json!({ "input": input })).await;
    error_codes(&data[mutation_name(mutation)])
}

#[actix_web::test]
async fn owners_and_signers_belong_to_the_organisation() {
    let app = TestApp::spawn().await;
    let w = World::build(&app).await;
    let area = app.org_id(AREA).await;
    let area_person = admin(
        &app,
        CREATE_PERSON,
        json!({ "name": "Ann", "organisation": area }),
    )
    .await["person"]["id"]
        .clone();

    // An owner is of the organisation or of one PART_OF it: the trust is part of the area.
    let benefit = w.benefit(&app).await;
    let mut input = w.commitment_input(&area, &benefit);
    input["owner"] = json!(w.trust_person);
    admin(&app, CREATE_COMMITMENT, input).await;
    let draft = w.commitment(&app, &w.trust, "DRAFT").await;
    for owner in [&w.neighbour_person, area_person.as_str().unwrap()] {
        let input = json!({ "id": draft, "version": 1, "owner": owner });
        assert_eq!(
            refused(&app, UPDATE_COMMITMENT, input).await,
            ["NOT_OF_ORGANISATION"]
        );
    }

    // A signer is of the organisation or of one it is PART_OF, never a neighbour's person.
    let agreed = w.commitment(&app, &w.trust, "AGREED").await;
    let forged = json!({ "id": agreed, "version": 3, "signedOffBy": w.neighbour_person });
    assert_eq!(
        refused(&app, SIGN_OFF, forged).await,
        ["NOT_OF_ORGANISATION"]
    );
    let by_area = json!({ "id": agreed, "version": 3, "signedOffBy": area_person });
    let signed = admin(&app, SIGN_OFF, by_area).await;
    assert_eq!(signed["commitment"]["status"], "SIGNED_OFF");
}

#[actix_web::test]
async fn a_closed_organisations_commitments_can_only_be_withdrawn_or_transferred() {
    use entity::organisation;
    use sea_orm::{ActiveModelTrait, ColumnTrait, EntityTrait, IntoActiveModel, QueryFilter, Set};

    let app = TestApp::spawn().await;
    let w = World::build(&app).await;
    let agreed = w.commitment(&app, &w.trust, "AGREED").await;
    let measured = w.commitment(&app, &w.trust, "SIGNED_OFF").await;
    let measurement = w.measurement(&app, &measured).await;
    let trust = organisation::Entity::find()
        .filter(organisation::Column::OdsCode.eq(TRUST))
        .one(&app.db.conn)
        .await
        .unwrap()
        .unwrap();
    let mut closing = trust.into_active_model();
    closing.status = Set(entity::enums::OrganisationStatus::Closed);
    closing.update(&app.db.conn).await.unwrap();

    let closed = ["ORGANISATION_CLOSED"];
    let reading = json!({ "commitment": measured, "measuredOn": "2025-03-31", "value": 60.0 });
    assert_eq!(refused(&app, RECORD_MEASUREMENT, reading).await, closed);
    let correction = json!({ "measurement": measurement, "value": 61.0 });
    assert_eq!(refused(&app, CORRECT_MEASUREMENT, correction).await, closed);
    let sign_off = json!({ "id": agreed, "version": 3, "signedOffBy": w.trust_person });
    assert_eq!(refused(&app, SIGN_OFF, sign_off).await, closed);
    let edit = json!({ "id": agreed, "version": 3, "notes": "late" });
    assert_eq!(refused(&app, UPDATE_COMMITMENT, edit).await, closed);
    let realise = json!({ "id": measured, "version": 4 });
    assert_eq!(refused(&app, REALISE, realise).await, closed);

    let q = "query($id: ID!) { node(id: $id) { ... on Commitment { viewerCan {
        update signOff recordMeasurement withdraw transfer } } } }";
    let can = app.query(q, json!({ "id": agreed })).await;
    assert_eq!(
        can["node"]["viewerCan"],
        json!({ "update": false, "signOff": false, "recordMeasurement": false,
                "withdraw": true, "transfer": true })
    );

    // Withdrawal and transfer stay open; the copy arrives AGREED, for the successor to sign.
    let withdrawn = admin(
        &app,
        WITHDRAW,
        json!({ "id": agreed, "version": version_of(&app, &agreed).await, "reason": "the trust closed" }),
    )
    .await;
    assert_eq!(withdrawn["commitment"]["status"], "WITHDRAWN");
    let copy = admin(
        &app,
        TRANSFER,
        json!({ "id": measured, "version": version_of(&app, &measured).await, "successor": w.successor }),
    )
    .await;
    assert_eq!(copy["commitment"]["status"], "AGREED");
    let q = "query($id: ID!) { node(id: $id) { ... on Commitment { signedOffOn signedOffBy { id } } } }";
    let signed = app
        .query(q, json!({ "id": copy["commitment"]["id"] }))
        .await;
    assert_eq!(
        signed["node"],
        json!({ "signedOffOn": null, "signedOffBy": null })
    );
}
