//! Every successful change leaves one audit event with what was before and after, and an
//! update clears a field given null while keeping one left out.

use realise_api::auth::Role;
use serde_json::{Value, json};

use crate::helpers::TestApp;
use crate::world::*;

#[actix_web::test]
async fn each_success_writes_one_audit_event_with_before_and_after() {
    let app = TestApp::spawn().await;
    let w = World::build(&app).await;
    let c = w.commitment(&app, &w.trust, "PROPOSED").await;
    let board = app.token(Role::ProgrammeBoard, None);
    let data = app
        .query_as(&board, AGREE, json!({ "input": { "id": c, "version": 2 } }))
        .await;
    assert_eq!(data["agreeCommitment"]["commitment"]["status"], "AGREED");
    let q =
        "query($c: ID!) { auditEvents(filter: { entity: $c }, first: 1) { totalCount edges { node {
               actor actorRole action entityType entityId before after } } } }";
    let data = app.query(q, json!({ "c": c })).await;
    assert_eq!(
        data["auditEvents"]["totalCount"], 3,
        "created, proposed, agreed"
    );
    let event = &data["auditEvents"]["edges"][0]["node"];
    assert_eq!(
        (
            &event["actor"],
            &event["actorRole"],
            &event["action"],
            &event["entityType"],
            &event["entityId"]
        ),
        (
            &json!("test-programme_board"),
            &json!("PROGRAMME_BOARD"),
            &json!("agreeCommitment"),
            &json!("Commitment"),
            &json!(c)
        )
    );
    assert_eq!(
        (&event["before"]["status"], &event["after"]["status"]),
        (&json!("PROPOSED"), &json!("AGREED"))
    );
    let refused = app
        .graphql_as(
            &board,
            PROPOSE,
            json!({ "input": { "id": c, "version": 3 } }),
        )
        .await;
    assert_eq!(crate::helpers::error_code(&refused), "FORBIDDEN");
    assert_eq!(
        app.query(q, json!({ "c": c })).await["auditEvents"]["totalCount"],
        3,
        "a refusal is not audited"
    );
}

#[actix_web::test]
async fn an_update_clears_a_field_given_null_and_keeps_one_left_out() {
    let app = TestApp::spawn().await;
    let w = World::build(&app).await;
    let c = w.commitment(&app, &w.trust, "DRAFT").await;
    let update = "mutation($input: UpdateCommitmentInput!) { updateCommitment(input: $input) {
        commitment { version owner { id } notes } userErrors { code } } }";
    let set = json!({ "id": c, "version": 1, "owner": w.trust_person, "notes": "Owned by Tess" });
    let after = admin(&app, update, set).await["commitment"].clone();
    assert_eq!(after["owner"]["id"], w.trust_person.as_str());
    assert_eq!(after["notes"], "Owned by Tess");
    // Notes given as null are cleared; the owner, left out, stays.
    let after = admin(
        &app,
        update,
        json!({ "id": c, "version": 2, "notes": null }),
    )
    .await["commitment"]
        .clone();
    assert_eq!(after["notes"], Value::Null);
    assert_eq!(after["owner"]["id"], w.trust_person.as_str());
    // And the owner given as null is removed.
    let after = admin(
        &app,
        update,
        json!({ "id": c, "version": 3, "owner": null }),
    )
    .await["commitment"]
        .clone();
    assert_eq!(after["owner"], Value::Null);

    let update = "mutation($input: UpdateServiceInput!) { updateService(input: $input) {
        service { description provider { id } availabilityTarget } userErrors { code } } }";
    let set = json!({ "id": w.service, "description": "Prescriptions sent electronically",
        "provider": w.trust, "availabilityTarget": 99.9 });
    admin(&app, update, set).await;
    let after = admin(
        &app,
        update,
        json!({ "id": w.service, "provider": null, "availabilityTarget": null }),
    )
    .await["service"]
        .clone();
    assert_eq!(
        after,
        json!({ "description": "Prescriptions sent electronically", "provider": null, "availabilityTarget": null })
    );

    let update = "mutation($input: UpdateProgrammeInput!) { updateProgramme(input: $input) {
        programme { budgetPence seniorResponsibleOwner { id } endsOn } userErrors { code } } }";
    let set = json!({ "id": w.programme, "budgetPence": 100_000, "seniorResponsibleOwner": w.trust_person,
        "startsOn": "2024-01-01", "endsOn": "2026-12-31" });
    admin(&app, update, set).await;
    let after = admin(
        &app,
        update,
        json!({ "id": w.programme, "budgetPence": null, "endsOn": null }),
    )
    .await["programme"]
        .clone();
    assert_eq!(
        after,
        json!({ "budgetPence": null, "seniorResponsibleOwner": { "id": w.trust_person }, "endsOn": null })
    );

    let update = "mutation($input: UpdatePersonInput!) { updatePerson(input: $input) {
        person { jobTitle email organisation { id } } userErrors { code } } }";
    admin(
        &app,
        update,
        json!({ "id": w.trust_person, "jobTitle": "CIO" }),
    )
    .await;
    let after = admin(
        &app,
        update,
        json!({ "id": w.trust_person, "jobTitle": null, "organisation": null }),
    )
    .await["person"]
        .clone();
    assert_eq!(
        after,
        json!({ "jobTitle": null, "email": "tess@nhs.example", "organisation": null })
    );
}

#[actix_web::test]
async fn a_link_made_is_audited_with_the_link_after_and_a_link_removed_with_it_before() {
    let app = TestApp::spawn().await;
    let w = World::build(&app).await;
    let benefit = w.benefit(&app).await;
    let link = json!({ "service": w.service, "benefit": benefit });
    admin(&app, CREATE_ENABLEMENT, link.clone()).await;
    admin(&app, DELETE_ENABLEMENT, link).await;
    let q = "query($b: ID!) { auditEvents(filter: { entity: $b }, first: 2) { edges { node {
               action before after } } } }";
    let data = app.query(q, json!({ "b": benefit })).await;
    let events = crate::reading::nodes(&data["auditEvents"]);
    let (removed, made) = (&events[0], &events[1]);
    assert_eq!(
        (&made["action"], &removed["action"]),
        (&json!("createEnablement"), &json!("deleteEnablement"))
    );
    assert_eq!(made["before"], Value::Null);
    assert_eq!(removed["after"], Value::Null);
    assert_eq!(made["after"], removed["before"], "the same link");
    assert!(made["after"]["service_id"].is_number(), "{made}");
}
