//! Reading the programme side of the graph on the demo data (the National Programme for IT):
//! every relationship both ways, filters, corrections, transfers, shared services and lineage.

use serde_json::{Value, json};

use crate::helpers::TestApp;

fn codes(list: &Value, field: &str) -> Vec<String> {
    list.as_array()
        .unwrap()
        .iter()
        .map(|v| v[field].as_str().unwrap().to_owned())
        .collect()
}

fn nodes(connection: &Value) -> Vec<Value> {
    connection["edges"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["node"].clone())
        .collect()
}

#[actix_web::test]
async fn a_programme_with_its_benefits_services_and_owners() {
    let app = TestApp::spawn_with_demo().await;
    let data = app
        .query(
            r#"{ programmes { totalCount edges { node { id name status startsOn endsOn budgetPence
                   seniorResponsibleOwner { name email }
                   benefits(first: 100) { totalCount edges { node { code isDisbenefit category direction rollup unit
                       programme { name } enablingServices { name } contributesTo { code } contributors { code } } } } } } } }"#,
            json!({}),
        )
        .await;
    assert_eq!(data["programmes"]["totalCount"], 1);
    let programme = &data["programmes"]["edges"][0]["node"];
    assert_eq!(programme["name"], "National Programme for IT");
    assert_eq!(programme["status"], "CLOSED");
    assert_eq!(
        (programme["startsOn"].as_str(), programme["endsOn"].as_str()),
        (Some("2002-10-01"), Some("2011-09-30"))
    );
    assert_eq!(
        programme["budgetPence"],
        json!(1_270_000_000_000i64),
        "£12.7bn, exactly, in pence"
    );
    assert_eq!(
        programme["seniorResponsibleOwner"]["name"],
        "Richard Granger"
    );
    let benefits = nodes(&programme["benefits"]);
    assert_eq!(benefits.len(), 14);
    let disbenefits: Vec<&Value> = benefits
        .iter()
        .filter(|b| b["isDisbenefit"] == true)
        .collect();
    assert_eq!(disbenefits.len(), 1);
    assert_eq!(disbenefits[0]["code"], "NPFIT-B05");
    let b02 = benefits.iter().find(|b| b["code"] == "NPFIT-B02").unwrap();
    assert_eq!(
        (
            b02["direction"].as_str(),
            b02["rollup"].as_str(),
            b02["unit"].as_str()
        ),
        (Some("DECREASE"), Some("MEAN"), Some("minutes"))
    );
    for b in &benefits {
        assert!(
            !b["enablingServices"].as_array().unwrap().is_empty(),
            "{} is enabled by a service",
            b["code"]
        );
        assert_eq!(b["programme"]["name"], "National Programme for IT");
    }
    // The benefits map read both ways holds the same links.
    let up: usize = benefits
        .iter()
        .map(|b| b["contributesTo"].as_array().unwrap().len())
        .sum();
    let down: usize = benefits
        .iter()
        .map(|b| b["contributors"].as_array().unwrap().len())
        .sum();
    assert_eq!((up, down), (7, 7));
}

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
async fn commitments_filter_by_status_organisation_benefit_and_programme() {
    let app = TestApp::spawn_with_demo().await;
    let programme = app
        .query("{ programmes { edges { node { id } } } }", json!({}))
        .await["programmes"]["edges"][0]["node"]["id"]
        .clone();
    let expected = [
        ("AGREED", 20),
        ("DRAFT", 5),
        ("PROPOSED", 5),
        ("REALISED", 9),
        ("SIGNED_OFF", 35),
        ("TRANSFERRED", 2),
        ("WITHDRAWN", 4),
    ];
    for (status, n) in expected {
        let q = format!(
            "query($p: ID!) {{ commitments(filter: {{programme: $p, statuses: [{status}]}}) {{ totalCount }} }}"
        );
        assert_eq!(
            app.query(&q, json!({ "p": programme })).await["commitments"]["totalCount"],
            n,
            "{status}"
        );
    }
    let rwp = app.org_id("RWP").await;
    let data = app
        .query(
            r#"query($o: ID!) { commitments(first: 100, filter: {organisation: $o}) { totalCount edges { node { status isLive
                 benefit { code } organisation { odsCode } owner { name } signedOffOn signedOffBy { name } } } } }"#,
            json!({ "o": rwp }),
        )
        .await;
    let list = nodes(&data["commitments"]);
    assert_eq!(list.len(), 10);
    let mut benefit_codes: Vec<String> = list
        .iter()
        .map(|c| c["benefit"]["code"].as_str().unwrap().to_owned())
        .collect();
    benefit_codes.sort();
    let expected: Vec<String> = [1, 2, 3, 5, 8, 9, 10, 12, 13, 14]
        .iter()
        .map(|n| format!("NPFIT-B{n:02}"))
        .collect();
    assert_eq!(benefit_codes, expected);
    for c in &list {
        assert_eq!(c["organisation"]["odsCode"], "RWP");
        if c["status"] == "SIGNED_OFF" {
            assert!(
                c["signedOffOn"].is_string() && c["signedOffBy"]["name"].is_string(),
                "{c}"
            );
        }
    }
    let withdrawn = list
        .iter()
        .find(|c| c["benefit"]["code"] == "NPFIT-B10")
        .unwrap();
    assert_eq!(
        (withdrawn["status"].as_str(), withdrawn["isLive"].as_bool()),
        (Some("WITHDRAWN"), Some(false))
    );
    // The same commitments, reached from the organisation.
    let via_org = app
        .query("{ organisation(odsCode: \"RWP\") { commitments(first: 100, statuses: [WITHDRAWN]) { totalCount } } }", json!({}))
        .await;
    assert_eq!(via_org["organisation"]["commitments"]["totalCount"], 1);
}

#[actix_web::test]
async fn corrections_supersede_and_keep_the_history_newest_first() {
    let app = TestApp::spawn_with_demo().await;
    let data = app
        .query(
            r#"{ organisation(odsCode: "RWP") { commitments(first: 20) { edges { node { benefit { code }
                 all: measurements(first: 60) { edges { node { measuredOn value superseded supersedes { value superseded } supersededBy { value } } } }
                 current: measurements(first: 100, includeSuperseded: false) { totalCount } } } } } }"#,
            json!({}),
        )
        .await;
    let b01 = nodes(&data["organisation"]["commitments"])
        .into_iter()
        .find(|c| c["benefit"]["code"] == "NPFIT-B01")
        .unwrap();
    let all = nodes(&b01["all"]);
    let dates: Vec<&str> = all
        .iter()
        .map(|m| m["measuredOn"].as_str().unwrap())
        .collect();
    let mut sorted = dates.clone();
    sorted.sort_by(|a, b| b.cmp(a));
    assert_eq!(dates, sorted, "newest first");
    let june: Vec<&Value> = all
        .iter()
        .filter(|m| m["measuredOn"] == "2008-06-30")
        .collect();
    assert_eq!(june.len(), 2, "the corrected value is kept");
    let old = june.iter().find(|m| m["superseded"] == true).unwrap();
    let new = june.iter().find(|m| m["superseded"] == false).unwrap();
    assert_eq!(
        (old["value"].as_f64(), new["value"].as_f64()),
        (Some(344559.0), Some(321500.0))
    );
    assert_eq!(old["supersededBy"]["value"].as_f64(), Some(321500.0));
    assert_eq!(
        new["supersedes"],
        json!({ "value": 344559.0, "superseded": true })
    );
    assert_eq!(
        b01["current"]["totalCount"].as_i64().unwrap() as usize,
        all.len() - 1
    );
}

#[actix_web::test]
async fn a_transferred_commitment_keeps_its_origin() {
    let app = TestApp::spawn_with_demo().await;
    let data = app
        .query(
            r#"{ organisation(odsCode: "00K") { commitments { edges { node { status benefit { code }
                 transferredFrom { status organisation { odsCode name } } } } } } }"#,
            json!({}),
        )
        .await;
    let copy = nodes(&data["organisation"]["commitments"])
        .into_iter()
        .find(|c| c["benefit"]["code"] == "NPFIT-B06")
        .unwrap();
    assert_eq!(copy["status"], "AGREED");
    assert_eq!(copy["transferredFrom"]["status"], "TRANSFERRED");
    assert_eq!(copy["transferredFrom"]["organisation"]["odsCode"], "5D9");
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
async fn reorganisations_keep_their_lineage_both_ways() {
    let app = TestApp::spawn_with_demo().await;
    let data = app
        .query(
            r#"{ pct: organisation(odsCode: "5PL") { kind status closedOn successors { odsCode } }
                 ccg: organisation(odsCode: "00K") { predecessors { odsCode kind } } }"#,
            json!({}),
        )
        .await;
    assert_eq!(data["pct"]["kind"], "PRIMARY_CARE_TRUST");
    assert_eq!(
        (
            data["pct"]["status"].as_str(),
            data["pct"]["closedOn"].as_str()
        ),
        (Some("CLOSED"), Some("2013-03-31"))
    );
    assert_eq!(
        codes(&data["pct"]["successors"], "odsCode"),
        ["05J", "05T", "06D"]
    );
    let mut predecessors = codes(&data["ccg"]["predecessors"], "odsCode");
    predecessors.sort();
    assert_eq!(predecessors, ["5D9", "5E1"]);
}

#[actix_web::test]
async fn people_assessments_and_engagements() {
    let app = TestApp::spawn_with_demo().await;
    let data = app
        .query(
            r#"{ all: people { totalCount }
                 granger: people(filter: {nameContains: "GRANGER"}) { edges { node { name email jobTitle } } }
                 programmes { edges { node { stakeholderAssessments { influence interest quadrant attitude person { name } organisation { name } }
                   engagements(first: 100) { totalCount edges { node { occurredOn kind summary organisations { name } people { name } } } } } } } }"#,
            json!({}),
        )
        .await;
    assert_eq!(data["all"]["totalCount"], 37);
    assert_eq!(
        nodes(&data["granger"])[0]["email"],
        "richard.granger@nhs.example"
    );
    let programme = &data["programmes"]["edges"][0]["node"];
    let assessments = programme["stakeholderAssessments"].as_array().unwrap();
    assert_eq!(assessments.len(), 16);
    let attitudes: std::collections::BTreeSet<&str> = assessments
        .iter()
        .map(|a| a["attitude"].as_str().unwrap())
        .collect();
    assert_eq!(attitudes.len(), 5, "every attitude");
    for a in assessments {
        assert!(
            a["person"].is_object() || a["organisation"].is_object(),
            "{a}"
        );
    }
    let engagements = nodes(&programme["engagements"]);
    assert_eq!(engagements.len(), 10);
    assert!(
        engagements[0]["occurredOn"].as_str() >= engagements[9]["occurredOn"].as_str(),
        "newest first"
    );
    let participants: usize = engagements
        .iter()
        .map(|e| {
            e["organisations"].as_array().unwrap().len() + e["people"].as_array().unwrap().len()
        })
        .sum();
    assert_eq!(participants, 67);
}

/// The global ids in a list of objects, or in a connection's nodes.
fn ids(list: &Value) -> Vec<String> {
    let items = match list.get("edges") {
        Some(_) => nodes(list),
        None => list.as_array().unwrap().clone(),
    };
    items
        .iter()
        .map(|v| v["id"].as_str().unwrap().to_owned())
        .collect()
}

#[actix_web::test]
async fn every_link_to_a_person_or_a_provider_reads_the_same_the_other_way() {
    let app = TestApp::spawn_with_demo().await;
    // Three queries, each within the complexity limit.
    let commitments = app
        .query(
            r#"{ commitments(first: 100) { totalCount edges { node { id
                   owner { id commitmentsOwned(first: 40) { totalCount edges { node { id } } } }
                   signedOffBy { id commitmentsSignedOff(first: 40) { edges { node { id } } } } } } } }"#,
            json!({}),
        )
        .await;
    let catalogue = app
        .query(
            r#"{ services { edges { node { id provider { id servicesProvided { id } } owner { id servicesOwned { id } }
                   serviceLevelReports { service { id } } } } }
                 benefits(first: 100) { edges { node { id nationalOwner { benefitsOwned { id } } } } } }"#,
            json!({}),
        )
        .await;
    let programmes = app
        .query(
            r#"{ programmes(first: 5) { edges { node { id seniorResponsibleOwner { programmesLed { id } }
                   stakeholderAssessments { id person { stakeholderAssessments { id } } organisation { stakeholderAssessments { id } } }
                   engagements(first: 100) { edges { node { id
                     people { engagements(first: 20) { edges { node { id } } } } } } } } } } }"#,
            json!({}),
        )
        .await;
    let data = json!({
        "commitments": commitments["commitments"],
        "services": catalogue["services"],
        "benefits": catalogue["benefits"],
        "programmes": programmes["programmes"],
    });
    // Each link is followed forwards and back: the far end lists the near one.
    let mut followed = std::collections::BTreeMap::<&str, usize>::new();
    let mut check = |link: &'static str, back: &Value, id: &Value| {
        if back.is_null() {
            return;
        }
        assert!(
            ids(back).iter().any(|i| i == id.as_str().unwrap()),
            "{link}: {id} is not listed back in {back}"
        );
        *followed.entry(link).or_default() += 1;
    };
    for c in nodes(&data["commitments"]) {
        check("owner", &c["owner"]["commitmentsOwned"], &c["id"]);
        check(
            "signedOffBy",
            &c["signedOffBy"]["commitmentsSignedOff"],
            &c["id"],
        );
    }
    for s in nodes(&data["services"]) {
        check("provider", &s["provider"]["servicesProvided"], &s["id"]);
        check("owner", &s["owner"]["servicesOwned"], &s["id"]);
        for r in s["serviceLevelReports"].as_array().unwrap() {
            assert_eq!(r["service"]["id"], s["id"]);
        }
    }
    for b in nodes(&data["benefits"]) {
        check(
            "nationalOwner",
            &b["nationalOwner"]["benefitsOwned"],
            &b["id"],
        );
    }
    let programme = &data["programmes"]["edges"][0]["node"];
    check(
        "seniorResponsibleOwner",
        &programme["seniorResponsibleOwner"]["programmesLed"],
        &programme["id"],
    );
    for a in programme["stakeholderAssessments"].as_array().unwrap() {
        check(
            "assessed person",
            &a["person"]["stakeholderAssessments"],
            &a["id"],
        );
        check(
            "assessed organisation",
            &a["organisation"]["stakeholderAssessments"],
            &a["id"],
        );
    }
    for e in nodes(&programme["engagements"]) {
        for person in e["people"].as_array().unwrap() {
            check("participant", &person["engagements"], &e["id"]);
        }
    }
    // Every kind of link was followed, as often as the demo holds it.
    let owned: usize = nodes(&data["commitments"])
        .iter()
        .filter(|c| c["owner"].is_object())
        .count();
    assert!(owned >= 60, "{owned} commitments have an owner");
    assert_eq!(followed["seniorResponsibleOwner"], 1);
    for link in [
        "signedOffBy",
        "provider",
        "nationalOwner",
        "assessed person",
        "assessed organisation",
        "participant",
    ] {
        assert!(
            followed.get(link).copied().unwrap_or(0) >= 2,
            "{link}: {followed:?}"
        );
    }
    // And the totals agree: no owned commitment is missing from the owners' lists.
    let mut owners = std::collections::BTreeMap::new();
    for c in nodes(&data["commitments"]) {
        if c["owner"].is_object() {
            owners.insert(
                c["owner"]["id"].as_str().unwrap().to_owned(),
                c["owner"]["commitmentsOwned"]["totalCount"]
                    .as_i64()
                    .unwrap(),
            );
        }
    }
    assert_eq!(owners.values().sum::<i64>() as usize, owned);
}

#[actix_web::test]
async fn a_transferred_commitment_points_to_its_successor() {
    let app = TestApp::spawn_with_demo().await;
    let data = app
        .query(
            r#"{ organisation(odsCode: "5D9") { commitments(statuses: [TRANSFERRED]) { edges { node {
                 benefit { code } transferredTo { status organisation { odsCode } transferredFrom { status } } } } } } }"#,
            json!({}),
        )
        .await;
    let moved = nodes(&data["organisation"]["commitments"]);
    assert_eq!(moved.len(), 1);
    assert_eq!(moved[0]["benefit"]["code"], "NPFIT-B06");
    assert_eq!(moved[0]["transferredTo"]["organisation"]["odsCode"], "00K");
    assert_eq!(moved[0]["transferredTo"]["status"], "AGREED");
    assert_eq!(
        moved[0]["transferredTo"]["transferredFrom"]["status"],
        "TRANSFERRED"
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
