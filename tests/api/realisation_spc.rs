//! SPC of a running total: a CUMULATIVE benefit's chart reads the change from one value to the
//! next, against the plan's change per period, as the pure functions compute it.

use realise_api::analytics;
use serde_json::json;

use crate::helpers::TestApp;
use crate::realisation_commitments::{date, direction, live_commitment, nodes, plan, same, values};

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
