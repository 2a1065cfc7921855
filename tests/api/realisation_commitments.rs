//! A commitment's derived figures through GraphQL on the demo data agree with the pure
//! functions of `realise_api::analytics` fed the rows read through GraphQL, and show the
//! demo's facts (DESIGN.md "Derived figures").

use chrono::NaiveDate;
use realise_api::analytics::{self, Direction, MeasuredValue, Plan, Rag};
use realise_api::graphql::ids::decode;
use serde_json::{Value, json};

use crate::helpers::TestApp;

/// Every commitment with the rows its figures come from and the figures themselves.
pub const COMMITMENTS: &str = r#"query($asAt: Date!) {
  commitments(first: 100) { totalCount edges { node {
    id status isLive baseline baselineOn target targetOn tolerance signedOffOn
    owner { name }
    standing(asAt: $asAt) { status owner { name } signedOffOn }
    organisation { id odsCode }
    benefit { id code direction rollup }
    trajectory { plannedOn value }
    measurements(first: 40) { edges { node { id measuredOn value supersedes { id } } } }
    progress(asAt: $asAt) { asAt actual actualOn planned progress plannedProgress variance rag forecast onTrackToTarget }
  } } }
}"#;

pub fn date(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

/// The row key of a global id.
pub fn key_of(id: &Value) -> i64 {
    let text = String::from_utf8(decode(id.as_str().unwrap()).unwrap()).unwrap();
    text.rsplit_once(':').unwrap().1.parse().unwrap()
}

pub fn nodes(connection: &Value) -> Vec<Value> {
    connection["edges"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["node"].clone())
        .collect()
}

/// The plan of a commitment read through GraphQL.
pub fn plan(c: &Value) -> Plan {
    Plan {
        baseline: c["baseline"].as_f64().unwrap(),
        baseline_on: date(c["baselineOn"].as_str().unwrap()),
        target: c["target"].as_f64().unwrap(),
        target_on: date(c["targetOn"].as_str().unwrap()),
        trajectory: c["trajectory"]
            .as_array()
            .unwrap()
            .iter()
            .map(|p| {
                (
                    date(p["plannedOn"].as_str().unwrap()),
                    p["value"].as_f64().unwrap(),
                )
            })
            .collect(),
    }
}

/// The recorded values of a commitment read through GraphQL, corrections included.
pub fn values(c: &Value) -> Vec<MeasuredValue> {
    let list = nodes(&c["measurements"]);
    assert!(list.len() < 40, "all measurements read");
    list.iter()
        .map(|m| MeasuredValue {
            id: key_of(&m["id"]),
            measured_on: date(m["measuredOn"].as_str().unwrap()),
            value: m["value"].as_f64().unwrap(),
            supersedes: (!m["supersedes"].is_null()).then(|| key_of(&m["supersedes"]["id"])),
        })
        .collect()
}

pub fn direction(c: &Value) -> Direction {
    match c["benefit"]["direction"].as_str().unwrap() {
        "INCREASE" => Direction::Increase,
        _ => Direction::Decrease,
    }
}

pub fn rag_name(rag: Rag) -> &'static str {
    match rag {
        Rag::NotMeasured => "NOT_MEASURED",
        Rag::Blue => "BLUE",
        Rag::Green => "GREEN",
        Rag::Amber => "AMBER",
        Rag::Red => "RED",
    }
}

/// Whether a GraphQL number (or null) is the expected figure, to rounding.
pub fn same(got: &Value, expected: Option<f64>) -> bool {
    match (got.as_f64(), expected) {
        (Some(g), Some(e)) => (g - e).abs() <= 1e-9 * e.abs().max(1.0),
        (None, None) => got.is_null(),
        _ => false,
    }
}

/// Every demo commitment that had been made by `as_at`, with its status, owner and sign-off
/// as they stood then (its own `standing`), as a roll-up as at that date reads it.
pub async fn commitments(app: &TestApp, as_at: &str) -> Vec<Value> {
    let data = app.query(COMMITMENTS, json!({ "asAt": as_at })).await;
    assert_eq!(data["commitments"]["totalCount"], 87);
    nodes(&data["commitments"])
        .into_iter()
        .filter(|c| !c["standing"].is_null())
        .map(|mut c| {
            let standing = c["standing"].clone();
            let status = standing["status"].as_str().unwrap();
            c["isLive"] = json!(!matches!(status, "WITHDRAWN" | "TRANSFERRED"));
            for k in ["status", "owner", "signedOffOn"] {
                c[k] = standing[k].clone();
            }
            c
        })
        .collect()
}

/// Asserts that `got`, a `progress(asAt: as_at)` object, holds the figures the analytics give
/// for `c`'s plan and recorded values (the whole series, read through `measurements`). The
/// forecast and whether it is on track are compared when `got` has them.
pub fn assert_progress_agrees(got: &Value, c: &Value, as_at: &str) {
    let values = values(c);
    let expected = analytics::assess(
        &plan(c),
        direction(c),
        c["tolerance"].as_f64().unwrap(),
        &values,
        date(as_at),
    );
    let who = format!(
        "{} {} as at {as_at}",
        c["organisation"]["odsCode"], c["benefit"]["code"]
    );
    assert_eq!(got["asAt"], as_at, "{who}");
    let figures = [
        ("actual", expected.actual),
        ("planned", Some(expected.planned)),
        ("progress", expected.progress),
        ("plannedProgress", Some(expected.planned_progress)),
        ("variance", expected.variance),
    ];
    for (field, figure) in figures {
        assert!(same(&got[field], figure), "{field} {who}: {got}");
    }
    assert_eq!(got["rag"], rag_name(expected.rag), "{who}");
    let latest = analytics::latest_on_or_before(&values, date(as_at));
    assert_eq!(
        got["actualOn"].as_str().map(date),
        latest.map(|(on, _)| on),
        "{who}"
    );
    if got.get("forecast").is_some() {
        assert!(
            same(&got["forecast"], expected.forecast),
            "forecast {who}: {got}"
        );
        assert_eq!(
            got["onTrackToTarget"].as_bool(),
            expected.on_track_to_target,
            "{who}"
        );
    }
}

#[actix_web::test]
async fn progress_agrees_with_the_analytics_for_every_demo_commitment() {
    let app = TestApp::spawn_with_demo().await;
    // Mid-plan, on a correction's date, and after every target date.
    for as_at in ["2007-11-30", "2008-06-30", "2012-06-30"] {
        for c in commitments(&app, as_at).await {
            assert!(c["progress"].get("forecast").is_some());
            assert_progress_agrees(&c["progress"], &c, as_at);
        }
    }
}

#[actix_web::test]
async fn rag_shows_the_demo_register_in_both_directions() {
    let app = TestApp::spawn_with_demo().await;
    let all = commitments(&app, "2012-06-30").await;
    let rag = |org: &str, benefit: &str| {
        all.iter()
            .find(|c| {
                c["organisation"]["odsCode"] == org
                    && c["benefit"]["code"] == benefit
                    && c["isLive"] == true
            })
            .map(|c| c["progress"]["rag"].as_str().unwrap().to_owned())
            .unwrap_or_else(|| panic!("no live commitment of {org} to {benefit}"))
    };
    let facts = [
        ("RWP", "NPFIT-B01", "BLUE"),
        ("RTR", "NPFIT-B01", "GREEN"),
        ("RK9", "NPFIT-B01", "AMBER"),
        ("RTH", "NPFIT-B01", "RED"),
        // NPFIT-B02 is a DECREASE benefit (minutes to report an image).
        ("RK9", "NPFIT-B02", "BLUE"),
        ("RTD", "NPFIT-B02", "GREEN"),
        ("RWP", "NPFIT-B02", "AMBER"),
        ("RTH", "NPFIT-B02", "RED"),
        ("RAL", "NPFIT-B02", "NOT_MEASURED"),
    ];
    for (org, benefit, expected) in facts {
        assert_eq!(rag(org, benefit), expected, "{org} {benefit}");
    }
}

#[actix_web::test]
async fn a_correction_replaces_the_value_it_supersedes() {
    let app = TestApp::spawn_with_demo().await;
    let all = commitments(&app, "2008-06-30").await;
    let rwp = all
        .iter()
        .find(|c| c["organisation"]["odsCode"] == "RWP" && c["benefit"]["code"] == "NPFIT-B01")
        .unwrap();
    // The first return for June 2008 (344,559) was corrected to 321,500.
    assert_eq!(rwp["progress"]["actual"], 321_500.0);
    assert_eq!(rwp["progress"]["actualOn"], "2008-06-30");
}
