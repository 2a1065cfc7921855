//! The register download's figures from each commitment's whole series (forecast, on track,
//! SPC variation and assurance) are the API's for the same date.

use std::collections::HashMap;

use realise_api::auth::Role;
use serde_json::{Value, json};

use crate::helpers::TestApp;

const AS_AT: &str = "2010-06-30";

/// The first 100 rows of the register as at [`AS_AT`], with their series figures.
const REGISTER: &str = r#"query($d: Date) { programmes(first: 1) { edges { node { id
    register(asAt: $d, first: 100) { edges { node { commitment { id
      progress(asAt: $d) { forecast onTrackToTarget }
      spc(asAt: $d) { variation assurance }
      measurements(first: 100, includeSuperseded: false) {
        edges { node { id measuredOn } } } } } } } } } } }"#;

#[actix_web::test]
async fn the_registers_forecast_and_spc_columns_are_the_apis() {
    let app = TestApp::spawn_with_demo().await;
    let board = app.token(Role::ProgrammeBoard, None);
    let before = app.query_as(&board, REGISTER, json!({ "d": AS_AT })).await;
    // A correction dated after the date still drops the value it replaces as at the date; the
    // streamed pass reads the values on or before the date and every correction, so it must
    // see this one.
    let latest = before["programmes"]["edges"][0]["node"]["register"]["edges"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| !e["node"]["commitment"]["spc"].is_null())
        .find_map(|e| {
            e["node"]["commitment"]["measurements"]["edges"]
                .as_array()?
                .iter()
                .map(|m| &m["node"])
                .filter(|m| m["measuredOn"].as_str().is_some_and(|d| d <= AS_AT))
                .max_by_key(|m| m["measuredOn"].as_str().map(str::to_owned))
        })
        .expect("a commitment with SPC has a value on or before the date");
    let correction =
        json!({ "measurement": latest["id"], "value": 1.0e6, "measuredOn": "2011-03-31" });
    let corrected = crate::world::admin(&app, crate::world::CORRECT_MEASUREMENT, correction).await;
    assert_eq!(
        corrected["measurement"]["supersedes"]["superseded"],
        json!(true)
    );
    let data = app.query_as(&board, REGISTER, json!({ "d": AS_AT })).await;
    let p = &data["programmes"]["edges"][0]["node"];
    let api: HashMap<String, &Value> = p["register"]["edges"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| {
            let c = &e["node"]["commitment"];
            (c["id"].as_str().unwrap().to_owned(), c)
        })
        .collect();
    let id = p["id"].as_str().unwrap();
    // The whole register (its series streamed in one pass) and a few rows (read by key).
    let (forecasts, spcs) =
        compare(&app, &board, &api, &format!("programme={id}&asAt={AS_AT}")).await;
    assert!(
        forecasts > 0 && spcs > 0,
        "the demo has forecasts ({forecasts}) and SPC ({spcs})"
    );
    let (forecasts, _) = compare(
        &app,
        &board,
        &api,
        &format!("programme={id}&asAt={AS_AT}&rag=RED"),
    )
    .await;
    assert!(forecasts > 0, "red commitments have forecasts");
}

/// Checks the series columns of the register downloaded with `query` against `api`; returns
/// how many rows had a forecast and SPC.
async fn compare(
    app: &TestApp,
    board: &str,
    api: &HashMap<String, &Value>,
    query: &str,
) -> (usize, usize) {
    let mut res = app
        .request(
            awc::http::Method::GET,
            &format!("/exports/register.csv?{query}"),
        )
        .insert_header(("authorization", format!("Bearer {board}")))
        .send()
        .await
        .unwrap();
    let body = res.body().limit(16 << 20).await.unwrap();
    let text = std::str::from_utf8(&body).unwrap();
    let records: Vec<Vec<String>> = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_reader(text.trim_start_matches('\u{feff}').as_bytes())
        .records()
        .map(|r| r.unwrap().iter().map(str::to_owned).collect())
        .collect();
    let header = records
        .iter()
        .position(|r| r.first().is_some_and(|c| c == "Benefit code"))
        .unwrap();
    let col = |name: &str| records[header].iter().position(|c| c == name).unwrap();
    let rows = &records[header + 1..];
    assert!(!rows.is_empty());
    let (mut forecasts, mut spcs) = (0, 0);
    for row in rows {
        let c = api[&row[col("Commitment id")]];
        let forecast = c["progress"]["forecast"].as_f64();
        match forecast {
            Some(f) => {
                forecasts += 1;
                let written: f64 = row[col("Forecast")].parse().unwrap();
                assert!(
                    (written - f).abs() <= 1e-9 * f.abs().max(1.0),
                    "{written} against {f}"
                );
            }
            None => assert_eq!(row[col("Forecast")], ""),
        }
        let on_track = match c["progress"]["onTrackToTarget"].as_bool() {
            Some(true) => "yes",
            Some(false) => "no",
            None => "",
        };
        assert_eq!(row[col("On track")], on_track);
        let spc = &c["spc"];
        if !spc.is_null() {
            spcs += 1;
        }
        assert_eq!(
            row[col("SPC variation")],
            spc["variation"].as_str().unwrap_or("")
        );
        assert_eq!(
            row[col("Assurance")],
            spc["assurance"].as_str().unwrap_or("")
        );
    }
    (forecasts, spcs)
}
