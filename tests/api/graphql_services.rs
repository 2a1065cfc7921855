//! Reading the service catalogue on the demo data: services and their service levels,
//! deployments and their readiness gates, and shared services over time.

use serde_json::{Value, json};

use crate::helpers::TestApp;
use crate::reading::{codes, nodes};

#[actix_web::test]
async fn services_filter_by_lifecycle_and_provider_and_report_service_levels() {
    let app = TestApp::spawn_with_demo().await;
    let data = app
        .query(
            r#"{ all: services(first: 100) { totalCount }
                 retired: services(filter: {lifecycles: [RETIRED]}) { edges { node { name } } }
                 bt: organisations(filter: {kinds: [SUPPLIER], nameContains: "BT"}) { edges { node { id name } } }
                 spine: services(filter: {nameContains: "spine"}) { edges { node { name availabilityTarget provider { name }
                     enabledBenefits { code } serviceLevelReports { periodStart availability met }
                     deployments(first: 100, statuses: [LIVE]) { totalCount edges { node { status organisation { odsCode } } } } } } } }"#,
            json!({}),
        )
        .await;
    assert_eq!(data["all"]["totalCount"], 12);
    assert_eq!(nodes(&data["retired"])[0]["name"], "N3 network");
    let spine = &nodes(&data["spine"])[0];
    assert_eq!(spine["provider"]["name"], "BT");
    let reports = spine["serviceLevelReports"].as_array().unwrap();
    assert_eq!(reports.len(), 24);
    assert_eq!(reports.iter().filter(|r| r["met"] == true).count(), 22);
    for r in reports {
        assert_eq!(
            r["met"],
            json!(r["availability"].as_f64().unwrap() >= 99.9),
            "{r}"
        );
    }
    assert!(
        reports[0]["periodStart"].as_str() > reports[23]["periodStart"].as_str(),
        "newest period first"
    );
    assert!(!spine["enabledBenefits"].as_array().unwrap().is_empty());
    for d in nodes(&spine["deployments"]) {
        assert_eq!(d["status"], "LIVE");
    }
    let bt = nodes(&data["bt"])
        .into_iter()
        .find(|o| o["name"] == "BT")
        .unwrap();
    let by_bt = app
        .query("query($p: ID!) { services(filter: {provider: $p}) { edges { node { name provider { name } } } } }", json!({ "p": bt["id"] }))
        .await;
    let mut names = codes(&Value::Array(nodes(&by_bt["services"])), "name");
    names.sort();
    assert_eq!(
        names,
        [
            "Electronic Prescription Service",
            "GP2GP",
            "N3 network",
            "Spine",
            "Summary Care Record"
        ]
    );
}

#[actix_web::test]
async fn deployments_filter_by_status_service_and_organisation_with_their_gates() {
    let app = TestApp::spawn_with_demo().await;
    let mut counts = Vec::new();
    for status in ["LIVE", "DECOMMISSIONED", "READINESS_REVIEW", "PLANNED"] {
        let q = format!("{{ deployments(filter: {{statuses: [{status}]}}) {{ totalCount }} }}");
        counts.push(
            app.query(&q, json!({})).await["deployments"]["totalCount"]
                .as_i64()
                .unwrap(),
        );
    }
    assert_eq!(counts, [129, 22, 13, 14]);
    let rtx = app.org_id("RTX").await;
    let data = app
        .query(
            r#"query($o: ID!) { deployments(filter: {organisation: $o}) { edges { node { service { name } organisation { odsCode }
                 readinessGates { name status decidedOn } } } } }"#,
            json!({ "o": rtx }),
        )
        .await;
    let lorenzo = nodes(&data["deployments"])
        .into_iter()
        .find(|d| d["service"]["name"] == "Lorenzo care records")
        .unwrap();
    let failed: Vec<&Value> = lorenzo["readinessGates"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|g| g["status"] == "FAILED")
        .collect();
    assert_eq!(failed.len(), 1);
    assert_eq!(failed[0]["name"], "Data migration rehearsal");
    assert_eq!(failed[0]["decidedOn"], "2010-03-11");
}

#[actix_web::test]
async fn a_shared_service_is_hosted_by_a_trust_and_serves_its_county_over_time() {
    let app = TestApp::spawn_with_demo().await;
    let data = app
        .query(
            r#"{ organisations(filter: {kinds: [SHARED_SERVICE]}) { edges { node { name hostedBy { odsCode }
                 now: serves { odsCode } then: serves(asAt: "2010-01-01") { odsCode } } } } }"#,
            json!({}),
        )
        .await;
    let his = nodes(&data["organisations"])
        .into_iter()
        .find(|o| o["name"] == "Worcestershire Health Informatics Service")
        .unwrap();
    assert_eq!(his["hostedBy"]["odsCode"], "RWP");
    let mut now = codes(&his["now"], "odsCode");
    now.sort();
    assert_eq!(now, ["05J", "05T", "06D", "R1A", "RWP"]);
    let mut then = codes(&his["then"], "odsCode");
    then.sort();
    assert_eq!(then, ["5PL", "RWP"]);
    let host = app
        .query(
            "{ organisation(odsCode: \"RWP\") { hosts { name } servedBy { name } } }",
            json!({}),
        )
        .await;
    assert_eq!(
        host["organisation"]["hosts"][0]["name"],
        "Worcestershire Health Informatics Service"
    );
    assert_eq!(
        host["organisation"]["servedBy"][0]["name"],
        "Worcestershire Health Informatics Service"
    );
}

#[actix_web::test]
async fn a_deployments_gates_point_back_to_it() {
    let app = TestApp::spawn_with_demo().await;
    let data = app
        .query(
            r#"{ deployments(first: 100) { edges { node { id readinessGates { deployment { id } } } } } }"#,
            json!({}),
        )
        .await;
    let mut gates = 0;
    for d in nodes(&data["deployments"]) {
        for g in d["readinessGates"].as_array().unwrap() {
            assert_eq!(g["deployment"]["id"], d["id"]);
            gates += 1;
        }
    }
    assert!(gates > 0, "the demo has readiness gates");
}
