//! A sign-in linked to a person: proposed by email on the first sign-in and confirmed by an
//! administrator, or linked directly; one sign-in is one person.

use serde_json::{Value, json};

use crate::oidc_provider::{Key, Provider, realise_trusting, token};

#[actix_web::test]
async fn a_first_sign_in_is_linked_by_email_and_once_confirmed_signs_off_and_records_as_the_person()
{
    let k1 = Key::new("k1");
    let provider = Provider::start(&[&k1]).await;
    let app = realise_trusting(&provider).await;
    // Daniel Webb is the demo's Director of Finance at Norfolk and Norwich (RM1).
    let exec = token(
        &k1,
        &provider.issuer,
        json!({ "sub": "dw-at-provider", "groups": "trust-executives", "ods": "RM1",
                "name": "Daniel Webb", "email": "Daniel.Webb@nhs.example" }),
    );
    let me = "{ viewer { person { name } identityAwaitingConfirmation } }";
    let data = app.query_as(&exec, me, json!({})).await;
    assert_eq!(
        data["viewer"],
        json!({ "person": null, "identityAwaitingConfirmation": true })
    );

    // An administrator sees the proposal, and confirms it.
    let proposed = app
        .query(
            "{ people(filter: { identityAwaitingConfirmation: true }) { edges { node { id name identity { issuer subject confirmed } } } } }",
            json!({}),
        )
        .await;
    let edges = proposed["people"]["edges"].as_array().unwrap();
    assert_eq!(edges.len(), 1, "{proposed}");
    let person = &edges[0]["node"];
    assert_eq!(person["name"], "Daniel Webb");
    assert_eq!(
        person["identity"],
        json!({ "issuer": provider.issuer, "subject": "dw-at-provider", "confirmed": false })
    );
    let partner = app.token(realise_api::auth::Role::Partner, None);
    let hidden = app
        .query_as(
            &partner,
            "{ people(first: 100) { edges { node { identity { subject } } } } }",
            json!({}),
        )
        .await;
    assert!(
        hidden["people"]["edges"]
            .as_array()
            .unwrap()
            .iter()
            .all(|e| e["node"]["identity"].is_null()),
        "only administrators see who signs in as whom"
    );
    let confirmed = app
        .query(
            "mutation($p: ID!) { confirmPersonIdentity(input: { id: $p }) { person { identity { confirmed } } userErrors { code } } }",
            json!({ "p": person["id"] }),
        )
        .await;
    assert_eq!(
        confirmed["confirmPersonIdentity"]["person"]["identity"]["confirmed"], true,
        "{confirmed}"
    );
    let data = app.query_as(&exec, me, json!({})).await;
    assert_eq!(
        data["viewer"],
        json!({ "person": { "name": "Daniel Webb" }, "identityAwaitingConfirmation": false })
    );

    // Signing off: as themselves, without naming anyone; naming someone else is refused.
    let commitments = app
        .query(
            r#"{ organisation(odsCode: "RM1") { commitments(first: 100) { edges { node { id status version } } } } }"#,
            json!({}),
        )
        .await;
    let nodes: Vec<Value> = commitments["organisation"]["commitments"]["edges"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["node"].clone())
        .collect();
    let agreed = nodes
        .iter()
        .find(|c| c["status"] == "AGREED")
        .expect("an agreed RM1 commitment in the demo");
    let someone_else = app
        .query(
            r#"{ people(filter: { nameContains: "Rowley" }) { edges { node { id } } } }"#,
            json!({}),
        )
        .await["people"]["edges"][0]["node"]["id"]
        .clone();
    let sign_off = "mutation($in: SignOffCommitmentInput!) { signOffCommitment(input: $in) {
        commitment { status signedOffBy { name } } userErrors { field code } } }";
    let refused = app
        .query_as(&exec, sign_off, json!({ "in": { "id": agreed["id"], "version": agreed["version"], "signedOffBy": someone_else } }))
        .await;
    assert_eq!(
        refused["signOffCommitment"]["userErrors"],
        json!([{ "field": "signedOffBy", "code": "NOT_OF_ORGANISATION" }])
    );
    let signed = app
        .query_as(
            &exec,
            sign_off,
            json!({ "in": { "id": agreed["id"], "version": agreed["version"] } }),
        )
        .await;
    assert_eq!(
        signed["signOffCommitment"]["commitment"],
        json!({ "status": "SIGNED_OFF", "signedOffBy": { "name": "Daniel Webb" } }),
        "{signed}"
    );

    // A measurement they record carries them.
    let recorded = app
        .query_as(
            &exec,
            "mutation($in: RecordMeasurementInput!) { recordMeasurement(input: $in) { measurement { recordedBy recorder { name } } userErrors { code } } }",
            json!({ "in": { "commitment": agreed["id"], "measuredOn": "2026-10-31", "value": 12.0 } }),
        )
        .await;
    assert_eq!(
        recorded["recordMeasurement"]["measurement"],
        json!({ "recordedBy": "dw-at-provider", "recorder": { "name": "Daniel Webb" } }),
        "{recorded}"
    );

    // Once unlinked, the sign-in is nobody in particular again, and must name a signer.
    app.query(
        "mutation($p: ID!) { unlinkPersonIdentity(input: { id: $p }) { userErrors { code } } }",
        json!({ "p": person["id"] }),
    )
    .await;
    let data = app.query_as(&exec, me, json!({})).await;
    assert_eq!(
        data["viewer"],
        json!({ "person": null, "identityAwaitingConfirmation": false })
    );
    provider.server.stop(false).await;
}

#[actix_web::test]
async fn an_administrator_links_a_sign_in_directly_and_one_sign_in_is_one_person() {
    let k1 = Key::new("k1");
    let provider = Provider::start(&[&k1]).await;
    let app = realise_trusting(&provider).await;
    let people = app
        .query(r#"{ people(filter: { nameContains: "Webb" }) { edges { node { id } } } a: people(filter: { nameContains: "Rowley" }) { edges { node { id } } } }"#, json!({}))
        .await;
    let (webb, rowley) = (
        &people["people"]["edges"][0]["node"]["id"],
        &people["a"]["edges"][0]["node"]["id"],
    );
    let link = "mutation($in: LinkPersonIdentityInput!) { linkPersonIdentity(input: $in) { person { name identity { confirmed } } userErrors { field code } } }";
    let linked = app
        .query(
            link,
            json!({ "in": { "id": webb, "issuer": provider.issuer, "subject": "s-1" } }),
        )
        .await;
    assert_eq!(
        linked["linkPersonIdentity"]["person"]["identity"]["confirmed"], true,
        "{linked}"
    );
    let twice = app
        .query(
            link,
            json!({ "in": { "id": rowley, "issuer": provider.issuer, "subject": "s-1" } }),
        )
        .await;
    assert_eq!(
        twice["linkPersonIdentity"]["userErrors"],
        json!([{ "field": "subject", "code": "DUPLICATE" }])
    );
    let board = token(
        &k1,
        &provider.issuer,
        json!({ "sub": "s-1", "groups": "benefits-board" }),
    );
    let data = app
        .query_as(&board, "{ viewer { person { name } } }", json!({}))
        .await;
    assert_eq!(data["viewer"]["person"]["name"], "Daniel Webb");
    let refused = app
        .graphql_as(
            &board,
            link,
            json!({ "in": { "id": rowley, "issuer": provider.issuer, "subject": "s-2" } }),
        )
        .await;
    assert_eq!(
        crate::helpers::error_code(&refused),
        "FORBIDDEN",
        "only administrators link people"
    );
    provider.server.stop(false).await;
}
