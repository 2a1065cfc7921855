//! The permission table of DESIGN.md, walked: every mutation for every role and without a
//! token, including an executive acting for an organisation PART_OF theirs (allowed) and for a
//! neighbouring trust (refused); and `viewerCan` offering exactly what each allows.

use realise_api::auth::Role;
use serde_json::{Value, json};

use crate::helpers::{TestApp, error_code};
use crate::world::*;

mod inputs;
use inputs::input_for;

#[derive(Clone, Copy, Debug, PartialEq)]
enum Who {
    Admin,
    Board,
    /// The area team's executive, acting for the trust PART_OF the area.
    Exec,
    /// The same executive, acting for a neighbouring trust.
    ExecNeighbour,
    Partner,
    Anonymous,
}
use Who::*;

const BOARD_ONLY: &[Who] = &[Admin, Board];
const OWN_ORG: &[Who] = &[Admin, Exec];

/// Every mutation and who may run it.
const TABLE: &[(&str, &[Who])] = &[
    (CREATE_PROGRAMME, BOARD_ONLY),
    (UPDATE_PROGRAMME, BOARD_ONLY),
    (CREATE_BENEFIT, BOARD_ONLY),
    (UPDATE_BENEFIT, BOARD_ONLY),
    (CREATE_LINK, BOARD_ONLY),
    (DELETE_LINK, BOARD_ONLY),
    (CREATE_ENABLEMENT, BOARD_ONLY),
    (DELETE_ENABLEMENT, BOARD_ONLY),
    (CREATE_SERVICE, BOARD_ONLY),
    (UPDATE_SERVICE, BOARD_ONLY),
    (RECORD_SLR, BOARD_ONLY),
    (CREATE_DEPLOYMENT, BOARD_ONLY),
    (UPDATE_DEPLOYMENT, BOARD_ONLY),
    (SET_GATE, BOARD_ONLY),
    (CREATE_PERSON, &[Admin]),
    (UPDATE_PERSON, &[Admin]),
    (CREATE_ASSESSMENT, BOARD_ONLY),
    (UPDATE_ASSESSMENT, BOARD_ONLY),
    (CREATE_ENGAGEMENT, &[Admin, Board, Exec]),
    (UPDATE_ENGAGEMENT, &[Admin, Board, Exec]),
    (CREATE_COMMITMENT, OWN_ORG),
    (UPDATE_COMMITMENT, OWN_ORG),
    (SET_TRAJECTORY, OWN_ORG),
    (PROPOSE, OWN_ORG),
    (AGREE, BOARD_ONLY),
    (SIGN_OFF, OWN_ORG),
    (REALISE, OWN_ORG),
    (WITHDRAW, OWN_ORG),
    (TRANSFER, OWN_ORG),
    (RECORD_MEASUREMENT, OWN_ORG),
    (CORRECT_MEASUREMENT, OWN_ORG),
];

#[actix_web::test]
async fn every_mutation_for_every_role_as_design_md_says() {
    let app = TestApp::spawn().await;
    let w = World::build(&app).await;
    let tokens = [
        (Admin, Some(app.token(Role::Admin, None))),
        (Board, Some(app.token(Role::ProgrammeBoard, None))),
        (Exec, Some(executive(&app))),
        (ExecNeighbour, Some(executive(&app))),
        (Partner, Some(app.token(Role::Partner, None))),
        (Anonymous, None),
    ];
    let mut wrong = Vec::new();
    for (mutation, allowed) in TABLE {
        let name = mutation_name(mutation);
        for (who, token) in &tokens {
            let org = if *who == ExecNeighbour {
                &w.neighbour
            } else {
                &w.trust
            };
            let input = input_for(&app, &w, mutation, org).await;
            let variables = json!({ "input": input });
            let response = match token {
                Some(t) => app.graphql_as(t, mutation, variables).await,
                None => app.graphql_anonymous(mutation, variables).await,
            };
            let outcome = match error_code(&response) {
                "" if response["data"][&name]["userErrors"] == json!([]) => "allowed",
                "FORBIDDEN" | "UNAUTHENTICATED" if response["data"][&name].is_null() => "refused",
                _ => "broken",
            };
            let expected = if allowed.contains(who) {
                "allowed"
            } else {
                "refused"
            };
            if outcome != expected {
                wrong.push(format!(
                    "{name} as {who:?}: {outcome}, expected {expected}: {response}"
                ));
            }
            if *who == Anonymous {
                assert_eq!(error_code(&response), "UNAUTHENTICATED", "{name}");
            }
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

/// The `viewerCan` flag that says whether `mutation` would be allowed on a commitment.
fn viewer_can_flag(mutation: &str) -> Option<&'static str> {
    Some(match mutation {
        "updateCommitment" => "update",
        "setTrajectory" => "setTrajectory",
        "proposeCommitment" => "propose",
        "agreeCommitment" => "agree",
        "signOffCommitment" => "signOff",
        "markCommitmentRealised" => "markRealised",
        "withdrawCommitment" => "withdraw",
        "transferCommitment" => "transfer",
        "recordMeasurement" => "recordMeasurement",
        "correctMeasurement" => "correctMeasurement",
        _ => return None,
    })
}

/// The commitment a commitment mutation's input acts on.
async fn commitment_of(app: &TestApp, input: &Value) -> String {
    if let Some(id) = input.get("id").or_else(|| input.get("commitment")) {
        return id.as_str().unwrap().to_owned();
    }
    let q = "query($id: ID!) { node(id: $id) { ... on Measurement { commitment { id } } } }";
    let data = app
        .query(q, json!({ "id": input["measurement"].clone() }))
        .await;
    data["node"]["commitment"]["id"]
        .as_str()
        .unwrap()
        .to_owned()
}

#[actix_web::test]
async fn viewer_can_offers_exactly_what_each_commitment_mutation_allows() {
    let app = TestApp::spawn().await;
    let w = World::build(&app).await;
    let tokens = [
        (Admin, app.token(Role::Admin, None)),
        (Board, app.token(Role::ProgrammeBoard, None)),
        (Exec, executive(&app)),
        (ExecNeighbour, executive(&app)),
        (Partner, app.token(Role::Partner, None)),
    ];
    let mut wrong = Vec::new();
    let mut checked = 0;
    for (mutation, _) in TABLE {
        let name = mutation_name(mutation);
        let Some(flag) = viewer_can_flag(&name) else {
            continue;
        };
        for (who, token) in &tokens {
            let org = if *who == ExecNeighbour {
                &w.neighbour
            } else {
                &w.trust
            };
            let input = input_for(&app, &w, mutation, org).await;
            let commitment = commitment_of(&app, &input).await;
            let q = "query($id: ID!) { node(id: $id) { ... on Commitment { viewerCan {
                update setTrajectory propose agree signOff markRealised withdraw transfer
                recordMeasurement correctMeasurement } } } }";
            let offered =
                app.query_as(token, q, json!({ "id": commitment })).await["node"]["viewerCan"]
                    [flag]
                    .as_bool()
                    .expect("a flag");
            let response = app
                .graphql_as(token, mutation, json!({ "input": input }))
                .await;
            let allowed = error_code(&response).is_empty()
                && response["data"][&name]["userErrors"] == json!([]);
            checked += 1;
            if offered != allowed {
                wrong.push(format!(
                    "{name} as {who:?}: offered {offered}, allowed {allowed}: {response}"
                ));
            }
        }
    }
    assert_eq!(checked, 50, "ten commitment mutations for five callers");
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));

    // The lifecycle decides as well as the role: nothing is offered out of turn.
    let admin_token = app.token(Role::Admin, None);
    let draft = w.commitment(&app, &w.trust, "DRAFT").await;
    let q = "query($id: ID!) { node(id: $id) { ... on Commitment { viewerCan { propose agree signOff markRealised } } } }";
    let can = app.query_as(&admin_token, q, json!({ "id": draft })).await;
    assert_eq!(
        can["node"]["viewerCan"],
        json!({ "propose": true, "agree": false, "signOff": false, "markRealised": false })
    );
    let refused = app
        .query(
            SIGN_OFF,
            json!({ "input": w.step_input(&app, SIGN_OFF, &draft).await }),
        )
        .await;
    assert_eq!(
        refused["signOffCommitment"]["userErrors"][0]["code"],
        "ILLEGAL_TRANSITION"
    );
}
