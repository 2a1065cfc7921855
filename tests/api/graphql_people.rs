//! Reading the people of the graph on the demo data: people, assessments and engagements, and
//! every link to a person or a provider read the same the other way.

use serde_json::{Value, json};

use crate::helpers::TestApp;
use crate::reading::{ids, nodes};

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
                     people { engagements(first: 20) { edges { node { id } } } }
                     organisations { engagements(first: 5) { edges { node { id } } } } } } } } } } }"#,
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
        for organisation in e["organisations"].as_array().unwrap() {
            check(
                "organisation taking part",
                &organisation["engagements"],
                &e["id"],
            );
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
        "organisation taking part",
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
