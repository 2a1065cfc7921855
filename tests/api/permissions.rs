//! The permission table of DESIGN.md, walked: every mutation for every role and without a
//! token, including an executive acting for an organisation PART_OF theirs (allowed) and for a
//! neighbouring trust (refused); and who sees contact details and the audit trail.

use realise_api::auth::Role;
use serde_json::{Value, json};

use crate::helpers::{TestApp, error_code};
use crate::world::*;

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

/// A valid input for `mutation` acting on organisation `org`, with what it needs made first by
/// an administrator.
async fn input_for(app: &TestApp, w: &World, mutation: &str, org: &str) -> Value {
    let name = mutation_name(mutation);
    match name.as_str() {
        "createProgramme" => json!({ "name": "Choose and Book" }),
        "updateProgramme" => json!({ "id": w.programme, "description": "Changed" }),
        "createBenefit" => {
            let b = w.benefit(app).await;
            json!({ "programme": w.programme, "code": format!("{b}-x"), "title": "T", "category": "QUALITY",
                    "measure": "m", "unit": "%", "direction": "INCREASE", "rollup": "MEAN",
                    "valueType": "INFORMED_DECISIONS", "reach": "EXTERNAL" })
        }
        "updateBenefit" => json!({ "id": w.benefit(app).await, "title": "Retitled" }),
        "createBenefitLink" => json!({ "from": w.benefit(app).await, "to": w.benefit(app).await }),
        "deleteBenefitLink" => {
            let link = json!({ "from": w.benefit(app).await, "to": w.benefit(app).await });
            admin(app, CREATE_LINK, link.clone()).await;
            link
        }
        "createEnablement" => json!({ "service": w.service, "benefit": w.benefit(app).await }),
        "deleteEnablement" => {
            let e = json!({ "service": w.service, "benefit": w.benefit(app).await });
            admin(app, CREATE_ENABLEMENT, e.clone()).await;
            e
        }
        "createService" => {
            json!({ "name": "Spine", "valueType": "INFORMED_DECISIONS", "reach": "EXTERNAL" })
        }
        "updateService" => json!({ "id": w.service, "availabilityTarget": 99.9 }),
        "recordServiceLevelReport" => json!({ "service": w.service, "periodStart": "2025-01-01",
            "periodEnd": "2025-01-31", "availability": 99.95, "incidents": 1 }),
        "createDeployment" => {
            let s = admin(
                app,
                CREATE_SERVICE,
                json!({ "name": "PACS", "valueType": "WORKING_SMARTER", "reach": "INTERNAL" }),
            )
            .await;
            json!({ "service": s["service"]["id"], "organisation": org })
        }
        "updateDeployment" => json!({ "id": w.deployment, "status": "READINESS_REVIEW" }),
        "setReadinessGate" => {
            json!({ "deployment": w.deployment, "name": "Training", "status": "PASSED" })
        }
        "createPerson" => json!({ "name": "Pat", "organisation": org }),
        "updatePerson" => json!({ "id": w.trust_person, "jobTitle": "CIO" }),
        "createStakeholderAssessment" => assessment(w, org),
        "updateStakeholderAssessment" => {
            let a = admin(app, CREATE_ASSESSMENT, assessment(w, org)).await;
            json!({ "id": a["stakeholderAssessment"]["id"], "attitude": "CHAMPION" })
        }
        "createEngagement" => engagement(w, org),
        "updateEngagement" => {
            let e = admin(app, CREATE_ENGAGEMENT, engagement(w, org)).await;
            json!({ "id": e["engagement"]["id"], "outcome": "Agreed a date" })
        }
        "createCommitment" => w.commitment_input(org, &w.benefit(app).await),
        "updateCommitment" => {
            json!({ "id": w.commitment(app, org, "DRAFT").await, "version": 1, "notes": "n" })
        }
        "setTrajectory" => json!({ "id": w.commitment(app, org, "DRAFT").await, "version": 1,
            "points": [{ "plannedOn": "2025-06-30", "value": 80.0 }] }),
        "proposeCommitment" => {
            let c = w.commitment(app, org, "DRAFT").await;
            w.step_input(app, mutation, &c).await
        }
        "agreeCommitment" => {
            let c = w.commitment(app, org, "PROPOSED").await;
            w.step_input(app, mutation, &c).await
        }
        "signOffCommitment" => {
            let c = w.commitment(app, org, "AGREED").await;
            w.step_input(app, mutation, &c).await
        }
        "markCommitmentRealised" => {
            let c = w.commitment(app, org, "SIGNED_OFF").await;
            w.step_input(app, mutation, &c).await
        }
        "withdrawCommitment" | "transferCommitment" => {
            let c = w.commitment(app, org, "AGREED").await;
            w.step_input(app, mutation, &c).await
        }
        "recordMeasurement" => json!({ "commitment": w.commitment(app, org, "AGREED").await,
            "measuredOn": "2025-02-28", "value": 85.0 }),
        "correctMeasurement" => {
            let c = w.commitment(app, org, "AGREED").await;
            json!({ "measurement": w.measurement(app, &c).await, "value": 88.0 })
        }
        other => panic!("no input for {other}"),
    }
}

fn assessment(w: &World, org: &str) -> Value {
    json!({ "programme": w.programme, "organisation": org, "influence": 4, "interest": 5,
            "attitude": "SUPPORTIVE", "assessedOn": "2025-01-15" })
}

fn engagement(w: &World, org: &str) -> Value {
    json!({ "programme": w.programme, "occurredOn": "2025-01-20", "kind": "MEETING",
            "summary": "Go-live planning", "organisations": [org] })
}

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
