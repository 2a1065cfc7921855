//! An organisation's realisation covers everything PART_OF it as at the date: its roll-ups
//! agree with hand computation over the commitments of its descendants.

use serde_json::{Value, json};

use crate::helpers::TestApp;
use crate::realisation_commitments::{commitments, nodes};
use crate::realisation_rollups::{check, expected, programme};

const SCOPE: &str = r#"query($asAt: Date!) { commitments(first: 100) { edges { node { organisation { id
  parent(asAt: $asAt) { id kind parent(asAt: $asAt) { id kind parent(asAt: $asAt) { id kind } } } } } } } }"#;

/// Each commitment's organisation and its ancestors as at the date, in commitment order.
async fn ancestry(app: &TestApp, as_at: &str) -> Vec<Vec<(String, String)>> {
    let data = app.query(SCOPE, json!({ "asAt": as_at })).await;
    nodes(&data["commitments"])
        .iter()
        .map(|c| {
            let mut chain = vec![(
                c["organisation"]["id"].as_str().unwrap().to_owned(),
                String::new(),
            )];
            let mut at = &c["organisation"]["parent"];
            while !at.is_null() {
                chain.push((
                    at["id"].as_str().unwrap().to_owned(),
                    at["kind"].as_str().unwrap().to_owned(),
                ));
                at = &at["parent"];
            }
            chain
        })
        .collect()
}

const ORGANISATION: &str = r#"query($id: ID!, $p: ID!, $asAt: Date!) { node(id: $id) { ... on Organisation {
  realisation(programme: $p, asAt: $asAt) { organisation { id } asAt liveCommitments
    ragCounts { notMeasured blue green amber red } byStatus { draft proposed agreed signedOff realised withdrawn transferred }
    byBenefit { benefit { code } committed plannedToDate realisedToDate meanProgress meanPlannedProgress liveCommitments
      ragCounts { notMeasured blue green amber red } byStatus { draft proposed agreed signedOff realised withdrawn transferred } } } } } }"#;

#[actix_web::test]
async fn an_organisations_realisation_covers_everything_part_of_it() {
    let app = TestApp::spawn_with_demo().await;
    let as_at = "2012-06-30";
    let all = commitments(&app, as_at).await;
    let chains = ancestry(&app, as_at).await;
    let p = programme(&app, as_at).await;
    let programme_id = p["id"].as_str().unwrap();
    // The region of RWP (a trust, PART_OF its strategic health authority in 2012) and a trust
    // alone.
    let worcester = all
        .iter()
        .position(|c| c["organisation"]["odsCode"] == "RWP")
        .unwrap();
    let region = chains[worcester]
        .iter()
        .find(|(_, kind)| kind == "STRATEGIC_HEALTH_AUTHORITY")
        .unwrap()
        .0
        .clone();
    let trust = app.org_id("RTD").await;
    for root in [region, trust] {
        let data = app
            .query(
                ORGANISATION,
                json!({ "id": root, "p": programme_id, "asAt": as_at }),
            )
            .await;
        let got = &data["node"]["realisation"];
        assert_eq!(got["organisation"]["id"], root.as_str());
        let in_scope: Vec<usize> = (0..all.len())
            .filter(|i| chains[*i].iter().any(|(id, _)| *id == root))
            .collect();
        assert!(!in_scope.is_empty());
        let rows: Vec<&Value> = in_scope.iter().map(|i| &all[*i]).collect();
        check(got, &expected(&rows, "SUM"), &format!("scope of {root}"));
        for b in got["byBenefit"].as_array().unwrap() {
            let code = b["benefit"]["code"].as_str().unwrap();
            let rollup = p["realisation"]["byBenefit"]
                .as_array()
                .unwrap()
                .iter()
                .find(|x| x["benefit"]["code"] == code)
                .unwrap()["rollup"]
                .as_str()
                .unwrap()
                .to_owned();
            let of_benefit: Vec<&Value> = rows
                .iter()
                .copied()
                .filter(|c| c["benefit"]["code"] == code)
                .collect();
            check(
                b,
                &expected(&of_benefit, &rollup),
                &format!("{code} in scope of {root}"),
            );
        }
    }
    let unknown = app
        .query(
            ORGANISATION,
            json!({ "id": app.org_id("RWP").await,
        "p": "UHJvZ3JhbW1lOjk5OTk5", "asAt": as_at }),
        )
        .await;
    assert!(
        unknown["node"]["realisation"].is_null(),
        "an unknown programme: {unknown}"
    );
}
