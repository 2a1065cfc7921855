//! Progress without its forecast reads only each commitment's actual (its latest effective
//! value on or before the date), not its whole history: the figures must be those the whole
//! series gives, for every demo commitment, on dates before, between and on its measurements
//! and corrections.

use std::collections::HashMap;

use serde_json::{Value, json};

use crate::helpers::TestApp;
use crate::realisation_commitments::{commitments, nodes, values};

/// Every field of `CommitmentProgress` that the actual alone decides.
const FROM_THE_ACTUAL: [&str; 8] = [
    "asAt",
    "actual",
    "actualOn",
    "planned",
    "progress",
    "plannedProgress",
    "variance",
    "rag",
];

/// Every commitment's progress with no field that reads the series.
const PROGRESS_ONLY: &str = r#"query($asAt: Date!) {
  commitments(first: 100) { edges { node { id
    progress(asAt: $asAt) { asAt actual actualOn planned progress plannedProgress variance rag }
  } } }
}"#;

#[actix_web::test]
async fn progress_from_the_actual_alone_is_progress_from_the_whole_series() {
    let app = TestApp::spawn_with_demo().await;
    let (mut measured, mut unmeasured, mut corrected) = (0, 0, 0);
    // Before the first value of most, mid-plan, a correction's date, and after every target.
    for as_at in ["2005-03-31", "2007-11-30", "2008-06-30", "2012-06-30"] {
        // The whole series is read when the forecast is asked for (see `commitments`).
        let whole: HashMap<String, Value> = commitments(&app, as_at)
            .await
            .into_iter()
            .map(|c| (c["id"].as_str().unwrap().to_owned(), c))
            .collect();
        let before = app.statements();
        let data = app
            .query_uncached(PROGRESS_ONLY, json!({ "asAt": as_at }))
            .await;
        let statements = app.statements() - before;
        // The page, the trajectories, the latest values, the benefits: however many commitments.
        assert!(statements <= 4, "{statements} statements as at {as_at}");
        for c in nodes(&data["commitments"]) {
            let Some(expected) = whole.get(c["id"].as_str().unwrap()) else {
                continue; // not yet made on the date: its standing is null
            };
            for field in FROM_THE_ACTUAL {
                assert_eq!(
                    c["progress"][field], expected["progress"][field],
                    "{field} of {} as at {as_at}",
                    c["id"]
                );
            }
            if c["progress"]["actual"].is_null() {
                unmeasured += 1;
            } else {
                measured += 1;
                corrected += usize::from(values(expected).iter().any(|v| v.supersedes.is_some()));
            }
        }
    }
    // The dates must test every case: measured, not yet measured, and corrected series.
    assert!(measured >= 100, "{measured} measured");
    assert!(unmeasured >= 10, "{unmeasured} not measured");
    assert!(corrected >= 4, "{corrected} with a correction");
}

#[actix_web::test]
async fn a_value_corrected_to_an_earlier_date_is_no_longer_the_actual() {
    let app = TestApp::spawn_with_demo().await;
    let as_at = "2008-06-30";
    let of_rwp = |all: Vec<Value>| {
        all.into_iter()
            .find(|c| c["organisation"]["odsCode"] == "RWP" && c["benefit"]["code"] == "NPFIT-B01")
            .expect("RWP's NPFIT-B01 commitment")
    };
    // Its actual on the date is a correction (of 344,559) to 321,500, measured on the date.
    let before = of_rwp(commitments(&app, as_at).await);
    assert_eq!(before["progress"]["actual"], 321_500.0);
    let newest = nodes(&before["measurements"])
        .into_iter()
        .find(|m| m["value"] == 321_500.0)
        .expect("the correction");
    // Corrected again, to an earlier date: neither value measured on the date stands now, and
    // the newest value on or before it is an earlier month's.
    let correction =
        json!({ "measurement": newest["id"], "value": 1.0e6, "measuredOn": "2007-01-31" });
    let corrected = app
        .query(
            crate::world::CORRECT_MEASUREMENT,
            json!({ "input": correction }),
        )
        .await;
    assert_eq!(
        corrected["correctMeasurement"]["measurement"]["supersedes"]["superseded"],
        json!(true)
    );
    let whole = of_rwp(commitments(&app, as_at).await);
    let data = app
        .query_uncached(PROGRESS_ONLY, json!({ "asAt": as_at }))
        .await;
    let light = nodes(&data["commitments"])
        .into_iter()
        .find(|c| c["id"] == whole["id"])
        .expect("the commitment");
    assert_ne!(whole["progress"]["actual"], 321_500.0);
    assert_ne!(whole["progress"]["actualOn"], as_at);
    for field in FROM_THE_ACTUAL {
        assert_eq!(
            light["progress"][field], whole["progress"][field],
            "{field}"
        );
    }
}
