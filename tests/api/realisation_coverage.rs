//! Coverage and local ownership through GraphQL on the demo data agree with hand computation
//! from the deployments and commitments read through GraphQL.

use std::collections::BTreeSet;

use serde_json::{Value, json};

use crate::helpers::TestApp;
use crate::realisation_commitments::{commitments, key_of, nodes, same};
use crate::realisation_rollups::programme;

#[actix_web::test]
async fn coverage_lists_eligible_organisations_without_a_live_commitment() {
    let app = TestApp::spawn_with_demo().await;
    let as_at = "2012-06-30";
    let data = app.query(r#"query($asAt: Date!) { benefits(first: 20) { edges { node { code
        commitments(first: 100) { edges { node { isLive organisation { id } } } }
        enablingServices { deployments(first: 100) { edges { node { status wentLiveOn organisation { id } } } } }
        coverage(asAt: $asAt, first: 100) { asAt eligible committed ratio notCommitted { totalCount edges { node { id } } } } } } } }"#,
        json!({ "asAt": as_at })).await;
    let key = key_of;
    let mut pairs = (0, 0);
    for b in nodes(&data["benefits"]) {
        let eligible: BTreeSet<i64> = b["enablingServices"]
            .as_array()
            .unwrap()
            .iter()
            .flat_map(|s| nodes(&s["deployments"]))
            .filter(|d| {
                d["status"] == "LIVE" && d["wentLiveOn"].as_str().is_none_or(|on| on <= as_at)
            })
            .map(|d| key(&d["organisation"]["id"]))
            .collect();
        let committed: BTreeSet<i64> = nodes(&b["commitments"])
            .iter()
            .filter(|c| c["isLive"] == true)
            .map(|c| key(&c["organisation"]["id"]))
            .collect();
        let missing: Vec<i64> = eligible.difference(&committed).copied().collect();
        let got = &b["coverage"];
        let covered = eligible.len() - missing.len();
        assert_eq!(got["eligible"], eligible.len(), "{}", b["code"]);
        assert_eq!(got["committed"], covered, "{}", b["code"]);
        let ratio = (!eligible.is_empty()).then(|| covered as f64 / eligible.len() as f64);
        assert!(same(&got["ratio"], ratio), "{}", b["code"]);
        let listed: Vec<i64> = nodes(&got["notCommitted"])
            .iter()
            .map(|o| key(&o["id"]))
            .collect();
        assert_eq!(listed, missing, "{}", b["code"]);
        assert_eq!(got["notCommitted"]["totalCount"], missing.len());
        pairs = (pairs.0 + eligible.len(), pairs.1 + covered);
    }
    let ownership = programme(&app, as_at).await["ownership"].clone();
    assert_eq!(ownership["coverage"]["eligible"], pairs.0);
    assert_eq!(ownership["coverage"]["committed"], pairs.1);
    assert!(pairs.0 > pairs.1 && pairs.1 > 0, "{pairs:?}");
}

#[actix_web::test]
async fn coverage_pages_through_the_organisations_not_committed() {
    let app = TestApp::spawn_with_demo().await;
    let q = r#"query($after: String) { benefits(first: 20) { edges { node { code
        coverage(asAt: "2012-06-30", first: 2, after: $after) { notCommitted { totalCount pageInfo { hasNextPage endCursor } edges { node { id } } } } } } } }"#;
    let pick = |data: &Value| {
        nodes(&data["benefits"])
            .into_iter()
            .max_by_key(|b| {
                b["coverage"]["notCommitted"]["totalCount"]
                    .as_i64()
                    .unwrap()
            })
            .unwrap()
    };
    let first = pick(&app.query(q, json!({})).await);
    let total = first["coverage"]["notCommitted"]["totalCount"]
        .as_i64()
        .unwrap();
    assert!(total > 2, "a benefit with several not committed: {first}");
    let mut seen = Vec::new();
    let mut after = Value::Null;
    loop {
        let data = app.query(q, json!({ "after": after })).await;
        let b = nodes(&data["benefits"])
            .into_iter()
            .find(|b| b["code"] == first["code"])
            .unwrap();
        let page = &b["coverage"]["notCommitted"];
        seen.extend(
            nodes(page)
                .iter()
                .map(|o| o["id"].as_str().unwrap().to_owned()),
        );
        if page["pageInfo"]["hasNextPage"] != true {
            break;
        }
        after = page["pageInfo"]["endCursor"].clone();
    }
    assert_eq!(seen.len() as i64, total);
    assert_eq!(
        seen.iter().collect::<BTreeSet<_>>().len(),
        seen.len(),
        "no organisation twice"
    );
}

#[actix_web::test]
async fn the_local_ownership_index_is_the_share_owned_and_signed_off() {
    let app = TestApp::spawn_with_demo().await;
    let all = commitments(&app, "2012-06-30").await;
    let live: Vec<&Value> = all.iter().filter(|c| c["isLive"] == true).collect();
    let owned = live
        .iter()
        .filter(|c| !c["owner"].is_null() && !c["signedOffOn"].is_null())
        .count();
    let ownership = programme(&app, "2012-06-30").await["ownership"].clone();
    assert_eq!(ownership["liveCommitments"], live.len());
    assert!(
        same(
            &ownership["localOwnershipIndex"],
            Some(owned as f64 / live.len() as f64)
        ),
        "{ownership}"
    );
}
