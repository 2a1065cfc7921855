//! Reading the programme side of the graph on the demo data (the National Programme for IT):
//! programmes and benefits, commitments with their filters, corrections, transfers and lineage.

use serde_json::{Value, json};

use crate::helpers::TestApp;
use crate::reading::{codes, nodes};

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
async fn commitments_filter_by_status_organisation_benefit_and_programme() {
    let app = TestApp::spawn_with_demo().await;
    let programme = app
        .query("{ programmes { edges { node { id } } } }", json!({}))
        .await["programmes"]["edges"][0]["node"]["id"]
        .clone();
    let expected = [
        ("AGREED", 21),
        ("DRAFT", 5),
        ("PROPOSED", 5),
        ("REALISED", 9),
        ("SIGNED_OFF", 34),
        ("TRANSFERRED", 9),
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
    // Passed on again when Hartlepool and Stockton-on-Tees CCG merged in 2020.
    assert_eq!(copy["status"], "TRANSFERRED");
    assert_eq!(copy["transferredFrom"]["status"], "TRANSFERRED");
    assert_eq!(copy["transferredFrom"]["organisation"]["odsCode"], "5D9");
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
    assert_eq!(
        moved[0]["transferredTo"]["transferredFrom"]["status"],
        "TRANSFERRED"
    );
    // The CCG's copy passed on in turn, to Tees Valley CCG in 2020 and to the North East and
    // North Cumbria board in 2022, which holds it today.
    let mut holder = moved[0]["transferredTo"].clone();
    let mut chain = Vec::new();
    while let Some(code) = holder["organisation"]["odsCode"].as_str() {
        chain.push((
            code.to_owned(),
            holder["status"].as_str().unwrap_or_default().to_owned(),
        ));
        let next = app
            .query(
                r#"query($code: String!) { organisation(odsCode: $code) {
                     commitments(statuses: [TRANSFERRED]) { edges { node { benefit { code }
                       transferredTo { status organisation { odsCode } } } } } } }"#,
                json!({ "code": code }),
            )
            .await;
        holder = nodes(&next["organisation"]["commitments"])
            .into_iter()
            .find(|c| c["benefit"]["code"] == "NPFIT-B06")
            .map(|c| c["transferredTo"].clone())
            .unwrap_or(Value::Null);
    }
    let chain: Vec<(&str, &str)> = chain
        .iter()
        .map(|(o, s)| (o.as_str(), s.as_str()))
        .collect();
    assert_eq!(
        chain,
        [
            ("00K", "TRANSFERRED"),
            ("16C", "TRANSFERRED"),
            ("QHM", "AGREED")
        ]
    );
}
