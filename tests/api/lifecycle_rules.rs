//! Who commitments belong to: an executive's are those within their organisation, owners and
//! signers belong to it, and a closed organisation's can only be withdrawn or transferred.

use serde_json::{Value, json};

use crate::helpers::TestApp;
use crate::world::*;

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
