//! A valid input for each mutation, acting on a given organisation, with what it needs made
//! first by an administrator.

use serde_json::{Value, json};

use crate::helpers::TestApp;
use crate::world::*;

/// A valid input for `mutation` acting on organisation `org`, with what it needs made first by
/// an administrator.
pub(super) async fn input_for(app: &TestApp, w: &World, mutation: &str, org: &str) -> Value {
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
