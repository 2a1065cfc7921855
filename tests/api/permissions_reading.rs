//! Who reads what, as DESIGN.md says: contact details hidden from those who may not see them,
//! and the audit trail read only by administrators and the board.

use realise_api::auth::Role;
use serde_json::{Value, json};

use crate::helpers::{TestApp, error_code};
use crate::world::*;

#[actix_web::test]
async fn contact_details_are_hidden_as_design_md_says() {
    let app = TestApp::spawn().await;
    let w = World::build(&app).await;
    let q = "query($a: ID!, $b: ID!) { a: node(id: $a) { ... on Person { name email } }
                                       b: node(id: $b) { ... on Person { name email } } }";
    let vars = json!({ "a": w.trust_person, "b": w.neighbour_person });
    let emails = |data: Value| (data["a"]["email"].clone(), data["b"]["email"].clone());
    let board = app.token(Role::ProgrammeBoard, None);
    assert_eq!(
        emails(app.query_as(&board, q, vars.clone()).await),
        (json!("tess@nhs.example"), json!("ned@nhs.example"))
    );
    let partner = app.token(Role::Partner, None);
    assert_eq!(
        emails(app.query_as(&partner, q, vars.clone()).await),
        (Value::Null, Value::Null)
    );
    // The area's executive sees the trust PART_OF the area, not the neighbouring trust.
    assert_eq!(
        emails(app.query_as(&executive(&app), q, vars.clone()).await),
        (json!("tess@nhs.example"), Value::Null)
    );
    let data = app.query_as(&partner, q, vars).await;
    assert_eq!(
        data["a"]["name"], "Tess",
        "the rest of a person stays readable"
    );
}

#[actix_web::test]
async fn only_administrators_and_the_board_read_the_audit_trail() {
    let app = TestApp::spawn().await;
    let w = World::build(&app).await;
    let q = "query($id: ID!) { auditEvents { totalCount }
                node(id: $id) { ... on Programme { auditTrail { totalCount } } } }";
    let vars = json!({ "id": w.programme });
    for (role, allowed) in [
        (Role::Admin, true),
        (Role::ProgrammeBoard, true),
        (Role::Executive, false),
        (Role::Partner, false),
    ] {
        let token = app.token(role, Some(AREA));
        let response = app.graphql_as(&token, q, vars.clone()).await;
        if allowed {
            assert!(response.get("errors").is_none(), "{role:?}: {response}");
            assert_eq!(response["data"]["node"]["auditTrail"]["totalCount"], 1);
        } else {
            assert_eq!(error_code(&response), "FORBIDDEN", "{role:?}: {response}");
        }
    }
}
