//! Roll-ups through GraphQL on the demo data agree with hand computation from the commitments
//! read through GraphQL (whose own figures `realisation_commitments` checks against the
//! analytics): a benefit's SUM and MEAN, RAG and status counts, and a programme's breakdown
//! by benefit and by region.

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
pub(crate) fn expected(rows: &[&Value], rollup: &str) -> Value {
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
pub(crate) fn check(got: &Value, want: &Value, who: &str) {
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
