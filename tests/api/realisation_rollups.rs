//! Roll-ups through GraphQL on the demo data agree with hand computation from the commitments
//! read through GraphQL (whose own figures `realisation_commitments` checks against the
//! analytics): a benefit's SUM and MEAN, RAG and status counts, a programme's breakdown by
//! benefit and by region, and an organisation's realisation over everything PART_OF it.

use std::collections::BTreeMap;

use serde_json::{Value, json};

use crate::helpers::TestApp;
use crate::realisation_commitments::{commitments, nodes, same};

const COUNTS: &str = "ragCounts { notMeasured blue green amber red } \
    byStatus { draft proposed agreed signedOff realised withdrawn transferred }";

fn programme_query() -> String {
    format!(
        r#"query($asAt: Date!) {{ programmes(first: 1) {{ edges {{ node {{ id
          realisation(asAt: $asAt) {{ asAt liveCommitments {COUNTS}
            byBenefit {{ benefit {{ code }} rollup committed plannedToDate realisedToDate meanProgress meanPlannedProgress liveCommitments {COUNTS} }}
            byRegion {{ organisation {{ id odsCode kind }} liveCommitments {COUNTS} byBenefit {{ benefit {{ code }} committed liveCommitments }} }} }}
          ownership(asAt: $asAt) {{ asAt liveCommitments localOwnershipIndex coverage {{ eligible committed ratio }} }}
          benefits(first: 20) {{ edges {{ node {{ code
            realisation(asAt: $asAt) {{ asAt committed plannedToDate realisedToDate meanProgress meanPlannedProgress liveCommitments {COUNTS} }} }} }} }}
        }} }} }} }}"#
    )
}

/// What the roll-up of `rows` must be, computed by hand from each commitment's figures.
fn expected(rows: &[&Value], rollup: &str) -> Value {
    let live: Vec<&&Value> = rows.iter().filter(|c| c["isLive"] == true).collect();
    let f = |c: &Value, k: &str| c["progress"][k].as_f64();
    let n = |c: &Value, k: &str| c[k].as_f64().unwrap();
    let measured: Vec<&&&Value> = live
        .iter()
        .filter(|c| !c["progress"]["actual"].is_null())
        .collect();
    let mean = |xs: Vec<f64>| (!xs.is_empty()).then(|| xs.iter().sum::<f64>() / xs.len() as f64);
    let mut rag = BTreeMap::new();
    for c in &live {
        *rag.entry(c["progress"]["rag"].as_str().unwrap().to_owned())
            .or_insert(0) += 1;
    }
    let mut status = BTreeMap::new();
    for c in rows {
        *status
            .entry(c["status"].as_str().unwrap().to_owned())
            .or_insert(0) += 1;
    }
    let sum = rollup == "SUM";
    json!({
        "committed": sum.then(|| live.iter().map(|c| n(c, "target") - n(c, "baseline")).sum::<f64>()),
        "plannedToDate": sum.then(|| live.iter().map(|c| f(c, "planned").unwrap() - n(c, "baseline")).sum::<f64>()),
        "realisedToDate": (sum && !measured.is_empty())
            .then(|| measured.iter().map(|c| f(c, "actual").unwrap() - n(c, "baseline")).sum::<f64>()),
        "meanProgress": if sum { None } else { mean(measured.iter().map(|c| f(c, "progress").unwrap()).collect()) },
        "meanPlannedProgress": if sum { None } else { mean(live.iter().map(|c| f(c, "plannedProgress").unwrap()).collect()) },
        "liveCommitments": live.len(),
        "rag": rag,
        "status": status,
    })
}

/// Compares a realisation read through GraphQL with [`expected`].
fn check(got: &Value, want: &Value, who: &str) {
    for k in [
        "committed",
        "plannedToDate",
        "realisedToDate",
        "meanProgress",
        "meanPlannedProgress",
    ] {
        if got.get(k).is_some() {
            assert!(
                same(&got[k], want[k].as_f64()),
                "{k} of {who}: got {}, want {}",
                got[k],
                want[k]
            );
        }
    }
    assert_eq!(got["liveCommitments"], want["liveCommitments"], "{who}");
    let rag = [
        ("notMeasured", "NOT_MEASURED"),
        ("blue", "BLUE"),
        ("green", "GREEN"),
        ("amber", "AMBER"),
        ("red", "RED"),
    ];
    for (field, name) in rag {
        assert_eq!(
            got["ragCounts"][field],
            want["rag"].get(name).cloned().unwrap_or(json!(0)),
            "{field} of {who}"
        );
    }
    let status = [
        ("draft", "DRAFT"),
        ("proposed", "PROPOSED"),
        ("agreed", "AGREED"),
        ("signedOff", "SIGNED_OFF"),
        ("realised", "REALISED"),
        ("withdrawn", "WITHDRAWN"),
        ("transferred", "TRANSFERRED"),
    ];
    for (field, name) in status {
        assert_eq!(
            got["byStatus"][field],
            want["status"].get(name).cloned().unwrap_or(json!(0)),
            "{field} of {who}"
        );
    }
}

/// The demo programme's realisation, ownership and benefits' realisation as at a date.
pub async fn programme(app: &TestApp, as_at: &str) -> Value {
    let data = app
        .query(&programme_query(), json!({ "asAt": as_at }))
        .await;
    data["programmes"]["edges"][0]["node"].clone()
}

#[actix_web::test]
async fn a_benefits_realisation_is_the_sum_or_mean_of_its_live_commitments() {
    let app = TestApp::spawn_with_demo().await;
    // Mid-plan on two correction dates (corrections must count), and after every target.
    for as_at in ["2007-11-30", "2008-06-30", "2012-06-30"] {
        let all = commitments(&app, as_at).await;
        let p = programme(&app, as_at).await;
        let by_benefit = p["realisation"]["byBenefit"].as_array().unwrap();
        assert_eq!(by_benefit.len(), 14);
        for (b, from_programme) in nodes(&p["benefits"]).iter().zip(by_benefit) {
            let code = b["code"].as_str().unwrap();
            assert_eq!(from_programme["benefit"]["code"], code);
            let rollup = from_programme["rollup"].as_str().unwrap();
            let rows: Vec<&Value> = all
                .iter()
                .filter(|c| c["benefit"]["code"] == code)
                .collect();
            let want = expected(&rows, rollup);
            check(&b["realisation"], &want, &format!("{code} as at {as_at}"));
            check(
                from_programme,
                &want,
                &format!("{code} in the programme as at {as_at}"),
            );
        }
        let every: Vec<&Value> = all.iter().collect();
        check(
            &p["realisation"],
            &expected(&every, "SUM"),
            &format!("the programme as at {as_at}"),
        );
    }
}

#[actix_web::test]
async fn regions_add_up_to_the_programme() {
    let app = TestApp::spawn_with_demo().await;
    let p = programme(&app, "2012-06-30").await;
    let total = &p["realisation"];
    let regions = total["byRegion"].as_array().unwrap();
    assert!(regions.len() >= 2, "{regions:?}");
    // Before 2013 the regional tier was the strategic health authorities.
    for r in regions.iter().filter(|r| !r["organisation"].is_null()) {
        assert_eq!(r["organisation"]["kind"], "STRATEGIC_HEALTH_AUTHORITY");
    }
    let sum = |path: &dyn Fn(&Value) -> &Value| {
        regions
            .iter()
            .map(|r| path(r).as_i64().unwrap())
            .sum::<i64>()
    };
    assert_eq!(
        sum(&|r| &r["liveCommitments"]),
        total["liveCommitments"].as_i64().unwrap()
    );
    for field in ["notMeasured", "blue", "green", "amber", "red"] {
        assert_eq!(
            sum(&|r| &r["ragCounts"][field]),
            total["ragCounts"][field].as_i64().unwrap(),
            "{field}"
        );
    }
    for field in [
        "draft",
        "agreed",
        "signedOff",
        "realised",
        "withdrawn",
        "transferred",
    ] {
        assert_eq!(
            sum(&|r| &r["byStatus"][field]),
            total["byStatus"][field].as_i64().unwrap(),
            "{field}"
        );
    }
    for (i, b) in total["byBenefit"].as_array().unwrap().iter().enumerate() {
        if b["rollup"] == "SUM" {
            let regional: f64 = regions
                .iter()
                .map(|r| r["byBenefit"][i]["committed"].as_f64().unwrap())
                .sum();
            assert!(
                same(&b["committed"], Some(regional)),
                "{}",
                b["benefit"]["code"]
            );
        }
    }
}

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
