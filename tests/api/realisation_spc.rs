//! SPC through GraphQL on the demo data agrees with the pure functions of
//! `realise_api::analytics` and finds the demo's shifts and trends; and SPC of a running
//! total: a CUMULATIVE benefit's chart reads the change from one value to the next, against the
//! plan's change per period, as the pure functions compute it.

use realise_api::analytics;
use serde_json::{Value, json};

use crate::helpers::TestApp;
use crate::realisation_commitments::{date, direction, nodes, plan, same, values};

const CUMULATIVE: &str = r#"query($org: String!, $asAt: Date!) {
  organisation(odsCode: $org) { commitments(first: 50) { edges { node {
    isLive baseline baselineOn target targetOn trajectory { plannedOn value }
    benefit { code direction measureKind }
    measurements(first: 40) { edges { node { id measuredOn value supersedes { id } } } }
    spc(asAt: $asAt) { mean upperProcessLimit lowerProcessLimit target assurance
      points { measuredOn value } }
  } } } }
}"#;

#[actix_web::test]
async fn a_running_totals_chart_reads_its_changes_against_the_plans() {
    let app = TestApp::spawn_with_demo().await;
    let c = live_commitment(&app, CUMULATIVE, "RWP", "NPFIT-B01").await;
    assert_eq!(c["benefit"]["measureKind"], "CUMULATIVE");
    let series = analytics::effective_series(&values(&c), Some(date("2012-06-30")));
    assert!(series.len() > 15, "{} values", series.len());
    let changes = analytics::per_period(&series);
    let target = analytics::planned_per_period(&series, &plan(&c));
    let expected = analytics::analyse(&changes, direction(&c), target).unwrap();

    let spc = &c["spc"];
    let points = spc["points"].as_array().unwrap();
    assert_eq!(points.len(), series.len() - 1, "one point a period");
    for (got, (on, change)) in points.iter().zip(&changes) {
        assert_eq!(got["measuredOn"], on.to_string());
        assert!(same(&got["value"], Some(*change)), "{got} vs {change}");
    }
    assert!(same(&spc["target"], target), "the plan's change per period");
    assert!(same(&spc["mean"], Some(expected.mean)));
    assert!(same(
        &spc["upperProcessLimit"],
        Some(expected.upper_process_limit)
    ));
    assert!(same(
        &spc["lowerProcessLimit"],
        Some(expected.lower_process_limit)
    ));
    let assurance = match expected.assurance.unwrap() {
        analytics::Assurance::ConsistentlyPassing => "CONSISTENTLY_PASSING",
        analytics::Assurance::HitAndMiss => "HIT_AND_MISS",
        analytics::Assurance::ConsistentlyFailing => "CONSISTENTLY_FAILING",
    };
    assert_eq!(spc["assurance"], assurance);
    // The mean change is a period's worth, far below the running total itself.
    let last = series.last().unwrap().1;
    assert!(
        expected.mean.abs() < last.abs() / 4.0,
        "{} vs {last}",
        expected.mean
    );
}

#[actix_web::test]
async fn a_benefits_measure_kind_is_set_and_changed_through_the_api() {
    let app = TestApp::spawn_with_demo().await;
    let q = r#"{ programmes(first: 1) { edges { node { benefits(first: 20) { edges { node { id code measureKind } } } } } } }"#;
    let data = app.query(q, json!({})).await;
    let benefits = nodes(&data["programmes"]["edges"][0]["node"]["benefits"]);
    let kind =
        |code: &str| benefits.iter().find(|b| b["code"] == code).unwrap()["measureKind"].clone();
    assert_eq!(kind("NPFIT-B08"), "CUMULATIVE");
    assert_eq!(kind("NPFIT-B03"), "PERIOD");

    let id = benefits.iter().find(|b| b["code"] == "NPFIT-B03").unwrap()["id"].clone();
    let update = "mutation($id: ID!) { updateBenefit(input: { id: $id, measureKind: CUMULATIVE }) {
      benefit { measureKind } userErrors { code } } }";
    let data = app.query(update, json!({ "id": id })).await;
    assert_eq!(
        data["updateBenefit"]["benefit"]["measureKind"],
        "CUMULATIVE"
    );
}

const SPC: &str = r#"query($org: String!, $asAt: Date!) {
  organisation(odsCode: $org) { commitments(first: 50) { edges { node {
    isLive target benefit { code direction }
    measurements(first: 40) { edges { node { id measuredOn value supersedes { id } } } }
    spc(asAt: $asAt) { asAt mean movingRangeMean upperProcessLimit lowerProcessLimit variation assurance reliable
      points { measuredOn value outsideLimits inShift inTrend inTwoOfThree specialCause variation } }
  } } } }
}"#;

async fn spc_of(app: &TestApp, org: &str, benefit: &str) -> Value {
    live_commitment(app, SPC, org, benefit).await
}

/// The live commitment of `org` to `benefit` as `query` reads it (an organisation's
/// commitments, as at 2012-06-30).
async fn live_commitment(app: &TestApp, query: &str, org: &str, benefit: &str) -> Value {
    let data = app
        .query(query, json!({ "org": org, "asAt": "2012-06-30" }))
        .await;
    nodes(&data["organisation"]["commitments"])
        .into_iter()
        .find(|c| c["benefit"]["code"] == benefit && c["isLive"] == true)
        .unwrap_or_else(|| panic!("no live commitment of {org} to {benefit}"))
}

fn flags(spc: &Value, flag: &str) -> usize {
    spc["points"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|p| p[flag] == true)
        .count()
}

#[actix_web::test]
async fn spc_agrees_with_the_analytics_and_finds_shifts_and_trends() {
    let app = TestApp::spawn_with_demo().await;
    // (organisation, benefit, shift points, trend points, latest variation)
    let cases = [
        // A DECREASE benefit whose time to report stepped down for good: a shift, improving.
        ("RTD", "NPFIT-B02", 30, 0, "SPECIAL_CAUSE_IMPROVEMENT"),
        // Twelve months each better than the last: a trend, no shift.
        ("RTD", "NPFIT-B10", 0, 12, "SPECIAL_CAUSE_IMPROVEMENT"),
        // Slipped back after a good start: the latest points are a concern.
        ("RJ1", "NPFIT-B03", 36, 0, "SPECIAL_CAUSE_CONCERN"),
        // Steady: common cause only.
        ("A81031", "NPFIT-B07", 0, 0, "COMMON_CAUSE"),
    ];
    for (org, benefit, shift, trend, variation) in cases {
        let c = spc_of(&app, org, benefit).await;
        let spc = &c["spc"];
        let series = analytics::effective_series(&values(&c), Some(date("2012-06-30")));
        let expected = analytics::analyse(&series, direction(&c), c["target"].as_f64())
            .expect("a measured series");
        assert!(same(&spc["mean"], Some(expected.mean)), "{org} {benefit}");
        assert!(same(
            &spc["upperProcessLimit"],
            Some(expected.upper_process_limit)
        ));
        assert!(same(
            &spc["lowerProcessLimit"],
            Some(expected.lower_process_limit)
        ));
        assert_eq!(
            spc["points"].as_array().unwrap().len(),
            expected.points.len()
        );
        for (got, want) in spc["points"]
            .as_array()
            .unwrap()
            .iter()
            .zip(&expected.points)
        {
            assert_eq!(got["outsideLimits"], want.outside_limits, "{org} {benefit}");
            assert_eq!(got["inShift"], want.in_shift, "{org} {benefit}");
            assert_eq!(got["inTrend"], want.in_trend, "{org} {benefit}");
            assert_eq!(got["inTwoOfThree"], want.in_two_of_three, "{org} {benefit}");
        }
        assert_eq!(flags(spc, "inShift"), shift, "{org} {benefit} shift");
        assert_eq!(flags(spc, "inTrend"), trend, "{org} {benefit} trend");
        assert_eq!(spc["variation"], variation, "{org} {benefit}");
        assert_eq!(spc["reliable"], expected.points.len() >= 15);
    }
    // Nothing measured: no chart.
    let unmeasured = spc_of(&app, "RAL", "NPFIT-B02").await;
    assert!(unmeasured["spc"].is_null(), "{unmeasured}");
}
