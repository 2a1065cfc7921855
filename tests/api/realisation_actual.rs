//! A commitment's progress reads only the latest of its values, not its whole history: the
//! actual alone (its latest effective value on or before the date) unless the forecast is
//! asked for, and then the forecast's window (the latest six). The figures must be those the
//! analytics give over the whole series, for every demo commitment, on dates before, between
//! and on its measurements and corrections.

use std::collections::HashMap;

use realise_api::analytics::effective_series;
use realise_api::analytics::forecast::FORECAST_WINDOW;
use serde_json::{Value, json};

use crate::helpers::TestApp;
use crate::realisation_commitments::{assert_progress_agrees, commitments, date, nodes, values};

/// Every commitment's progress with no field that reads more than the actual.
const ACTUAL_ONLY: &str = r#"query($asAt: Date!) {
  commitments(first: 100) { edges { node { id
    progress(asAt: $asAt) { asAt actual actualOn planned progress plannedProgress variance rag }
  } } }
}"#;

/// Every commitment's progress with its forecast, which reads the forecast's window.
const WITH_FORECAST: &str = r#"query($asAt: Date!) {
  commitments(first: 100) { edges { node { id
    progress(asAt: $asAt) { asAt actual actualOn planned progress plannedProgress variance rag
      forecast onTrackToTarget }
  } } }
}"#;

/// Every commitment made by `as_at`, by id, with the rows its figures come from.
async fn rows_by_id(app: &TestApp, as_at: &str) -> HashMap<String, Value> {
    commitments(app, as_at)
        .await
        .into_iter()
        .map(|c| (c["id"].as_str().unwrap().to_owned(), c))
        .collect()
}

/// Runs `query` as at `as_at` uncached and checks every commitment's progress against the
/// analytics over its whole series; returns the statements the query took.
async fn check(app: &TestApp, query: &str, as_at: &str, rows: &HashMap<String, Value>) -> u64 {
    let before = app.statements();
    let data = app.query_uncached(query, json!({ "asAt": as_at })).await;
    let statements = app.statements() - before;
    let mut checked = 0;
    for c in nodes(&data["commitments"]) {
        // Not yet made on the date: its standing is null, and it is not in `rows`.
        if let Some(c_rows) = rows.get(c["id"].as_str().unwrap()) {
            assert_progress_agrees(&c["progress"], c_rows, as_at);
            checked += 1;
        }
    }
    assert_eq!(checked, rows.len(), "every commitment made by {as_at}");
    statements
}

#[actix_web::test]
async fn progress_from_the_latest_values_is_progress_from_the_whole_series() {
    let app = TestApp::spawn_with_demo().await;
    let (mut measured, mut unmeasured, mut corrected, mut windowed) = (0, 0, 0, 0);
    // Before the first value of most, mid-plan, a correction's date, and after every target.
    for as_at in ["2005-03-31", "2007-11-30", "2008-06-30", "2012-06-30"] {
        let rows = rows_by_id(&app, as_at).await;
        for query in [ACTUAL_ONLY, WITH_FORECAST] {
            // The page, the trajectories, the latest values, the benefits: however many
            // commitments and however long their histories.
            let statements = check(&app, query, as_at, &rows).await;
            assert!(statements <= 4, "{statements} statements as at {as_at}");
        }
        for c in rows.values() {
            let values = values(c);
            let series = effective_series(&values, Some(date(as_at)));
            match series.len() {
                0 => unmeasured += 1,
                n => {
                    measured += 1;
                    windowed += usize::from(n > FORECAST_WINDOW);
                    corrected += usize::from(values.iter().any(|v| v.supersedes.is_some()));
                }
            }
        }
    }
    // The dates must test every case: measured, not yet measured, corrected series, and
    // series longer than the forecast's window.
    assert!(measured >= 100, "{measured} measured");
    assert!(unmeasured >= 10, "{unmeasured} not measured");
    assert!(corrected >= 4, "{corrected} with a correction");
    assert!(windowed >= 50, "{windowed} longer than the window");
}

#[actix_web::test]
async fn a_value_corrected_to_an_earlier_date_is_no_longer_the_actual() {
    let app = TestApp::spawn_with_demo().await;
    let as_at = "2008-06-30";
    let of_rwp = |all: &HashMap<String, Value>| {
        all.values()
            .find(|c| c["organisation"]["odsCode"] == "RWP" && c["benefit"]["code"] == "NPFIT-B01")
            .cloned()
            .expect("RWP's NPFIT-B01 commitment")
    };
    // Its actual on the date is a correction (of 344,559) to 321,500, measured on the date.
    let before = of_rwp(&rows_by_id(&app, as_at).await);
    assert_eq!(before["progress"]["actual"], 321_500.0);
    let newest = nodes(&before["measurements"])
        .into_iter()
        .find(|m| m["value"] == 321_500.0)
        .expect("the correction");
    // Corrected again, to an earlier date: neither value measured on the date stands now, and
    // the newest value on or before it is an earlier month's: the forecast's window of six
    // reaches one value further back.
    let correction =
        json!({ "measurement": newest["id"], "value": 1.0e6, "measuredOn": "2007-01-31" });
    let corrected = crate::world::admin(&app, crate::world::CORRECT_MEASUREMENT, correction).await;
    assert_eq!(
        corrected["measurement"]["supersedes"]["superseded"],
        json!(true)
    );
    let rows = rows_by_id(&app, as_at).await;
    let after = of_rwp(&rows);
    assert_ne!(after["progress"]["actual"], 321_500.0);
    assert_ne!(after["progress"]["actualOn"], as_at);
    for query in [ACTUAL_ONLY, WITH_FORECAST] {
        check(&app, query, as_at, &rows).await;
    }
}
