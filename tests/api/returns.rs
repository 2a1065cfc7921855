//! Measurement returns from spreadsheets, end to end: a template of an organisation's live
//! commitments, filled in and uploaded; a check that writes nothing; a commit that writes the
//! good rows with their audit events; a re-upload that changes nothing; a changed one that
//! corrects. Both as a workbook and as CSV.

use chrono::Datelike;
use serde_json::{Value, json};

use crate::helpers::TestApp;
use crate::returns_client::*;
use crate::world::*;

/// A world with two live commitments of the trust (and a withdrawn one, and the neighbour's,
/// which its template must leave out).
pub async fn two_commitments(app: &TestApp) -> (World, Vec<String>) {
    let w = World::build(app).await;
    let signed = w.commitment(app, &w.trust, "SIGNED_OFF").await;
    let agreed = w.commitment(app, &w.trust, "AGREED").await;
    let withdrawn = w.commitment(app, &w.trust, "DRAFT").await;
    let input = w.step_input(app, WITHDRAW, &withdrawn).await;
    admin(app, WITHDRAW, input).await;
    w.commitment(app, &w.neighbour, "AGREED").await;
    (w, vec![signed, agreed])
}

/// The commitment ids of a template's rows, in order.
fn commitments_in(rows: &[Vec<In>]) -> Vec<String> {
    let (header, col) = column(rows, "Commitment");
    rows[header + 1..]
        .iter()
        .map(|r| match &r[col] {
            In::Text(t) => t.clone(),
            other => panic!("commitment cell {other:?}"),
        })
        .collect()
}

#[actix_web::test]
async fn a_workbook_return_is_checked_committed_and_resent_without_change() {
    let app = TestApp::spawn().await;
    let (w, live) = two_commitments(&app).await;
    let exec = executive(&app);
    let (period, last_day) = last_month();

    let (status, body) = template(&app, &exec, &w.trust, &period, "xlsx").await;
    assert_eq!(status, 200);
    let mut rows = workbook_rows(&body);
    assert!(rows.contains(&vec![text("Organisation code"), text(TRUST)]));
    assert!(rows.contains(&vec![text("Period"), text(&period)]));
    let listed = commitments_in(&rows);
    let mut sorted = listed.clone();
    sorted.sort();
    let mut expected = live.clone();
    expected.sort();
    assert_eq!(
        sorted, expected,
        "the trust's live commitments, one row each"
    );
    let (header, date_col) = column(&rows, "Date measured");
    assert_eq!(rows[header + 1][date_col], In::Date(last_day));

    fill(
        &mut rows,
        "Value",
        &[Some(In::Number(80.0)), Some(In::Number(70.0))],
    );
    fill(&mut rows, "Note", &[Some(text("from the return")), None]);
    let file = to_workbook(&rows, &[]);

    // A check writes nothing.
    let (status, report) = upload(
        &app,
        Some(&exec),
        &w.trust,
        &period,
        "mode=check",
        file.clone(),
    )
    .await;
    assert_eq!(status, 200, "{report}");
    assert_eq!(outcomes(&report), ["NEW", "NEW"]);
    assert_eq!(report["written"], json!(false));
    assert_eq!(report["counts"]["new"], json!(2));
    assert_eq!(report["rows"][0]["line"], json!(header as u64 + 2));
    assert!(values_of(&app, &listed[0]).await.is_empty());
    assert!(return_events(&app).await.is_empty());

    // A commit writes both, as the executive, each with its audit event.
    let (status, report) = upload(
        &app,
        Some(&exec),
        &w.trust,
        &period,
        "mode=commit",
        file.clone(),
    )
    .await;
    assert_eq!(status, 200, "{report}");
    assert_eq!(
        (outcomes(&report), &report["written"]),
        (vec!["NEW".to_owned(), "NEW".to_owned()], &json!(true))
    );
    let date = last_day.to_string();
    let values = values_of(&app, &listed[0]).await;
    assert_eq!(
        values,
        [(80.0, date.clone(), false, "test-executive".to_owned())]
    );
    assert_eq!(values_of(&app, &listed[1]).await.len(), 1);
    let events = return_events(&app).await;
    assert_eq!(events.len(), 2);
    assert_eq!(events[0]["entityType"], json!("Measurement"));
    assert_eq!(events[0]["entityId"], report["rows"][0]["measurement"]);
    assert_eq!(events[0]["after"]["value"], json!(80.0));
    assert_eq!(events[0]["after"]["note"], json!("from the return"));

    // The same file again changes nothing; so does the template as it now comes, filled in.
    let (_, again) = upload(&app, Some(&exec), &w.trust, &period, "mode=commit", file).await;
    assert_eq!(
        (outcomes(&again), &again["written"]),
        (
            vec!["UNCHANGED".to_owned(), "UNCHANGED".to_owned()],
            &json!(false)
        )
    );
    let (_, refilled) = template(&app, &exec, &w.trust, &period, "xlsx").await;
    let mut rows = workbook_rows(&refilled);
    let (header, value_col) = column(&rows, "Value");
    assert_eq!(rows[header + 1][value_col], In::Number(80.0));
    let (_, as_sent) = upload(
        &app,
        Some(&exec),
        &w.trust,
        &period,
        "mode=commit",
        refilled,
    )
    .await;
    assert_eq!(outcomes(&as_sent), ["UNCHANGED", "UNCHANGED"]);
    assert_eq!(return_events(&app).await.len(), 2);

    // A changed value is a correction: the old value stays, superseded.
    fill(&mut rows, "Value", &[Some(In::Number(85.0))]);
    let (_, corrected) = upload(
        &app,
        Some(&exec),
        &w.trust,
        &period,
        "mode=commit",
        to_workbook(&rows, &[]),
    )
    .await;
    assert_eq!(outcomes(&corrected), ["CORRECTION", "UNCHANGED"]);
    assert_eq!(corrected["rows"][0]["previous"], json!(80.0));
    let values = values_of(&app, &listed[0]).await;
    let mut seen: Vec<(f64, bool)> = values.iter().map(|v| (v.0, v.2)).collect();
    seen.sort_by(|a, b| a.0.total_cmp(&b.0));
    assert_eq!(seen, [(80.0, true), (85.0, false)]);
    let events = return_events(&app).await;
    assert_eq!(events.len(), 3);
    assert_eq!(events[2]["before"]["value"], json!(80.0));
    assert_eq!(events[2]["after"]["value"], json!(85.0));
}

#[actix_web::test]
async fn a_csv_return_writes_its_good_rows_unless_all_or_nothing_is_asked() {
    let app = TestApp::spawn().await;
    let (w, _) = two_commitments(&app).await;
    let exec = executive(&app);
    let (period, _) = last_month();
    let (status, body) = template(&app, &exec, &w.trust, &period, "csv").await;
    assert_eq!(status, 200);
    let mut rows = csv_rows(&body);
    let listed = commitments_in(&rows);
    fill(
        &mut rows,
        "Value",
        &[Some(text("1,250.5")), Some(text("twelve"))],
    );
    let file = to_csv(&rows);
    let (header, _) = column(&rows, "Value");

    let (_, checked) = upload(&app, Some(&exec), &w.trust, &period, "", file.clone()).await;
    assert_eq!(checked["mode"], json!("CHECK"));
    assert_eq!(outcomes(&checked), ["NEW", "REFUSED"]);
    let refused = &checked["rows"][1]["issues"][0];
    assert_eq!(
        (&refused["line"], &refused["column"], &refused["code"]),
        (
            &json!(header as u64 + 3),
            &json!("Value"),
            &json!("NOT_A_NUMBER")
        ),
        "{checked}"
    );

    let (_, all) = upload(
        &app,
        Some(&exec),
        &w.trust,
        &period,
        "mode=commit&allOrNothing=true",
        file.clone(),
    )
    .await;
    assert_eq!(
        (outcomes(&all), &all["written"]),
        (vec!["NEW".to_owned(), "REFUSED".to_owned()], &json!(false))
    );
    assert!(values_of(&app, &listed[0]).await.is_empty());
    assert!(return_events(&app).await.is_empty());

    let (_, some) = upload(&app, Some(&exec), &w.trust, &period, "mode=commit", file).await;
    assert_eq!(some["written"], json!(true));
    assert_eq!(values_of(&app, &listed[0]).await[0].0, 1250.5);
    assert!(values_of(&app, &listed[1]).await.is_empty());
    assert_eq!(return_events(&app).await.len(), 1);
}

#[actix_web::test]
async fn dates_are_read_as_dates_serial_numbers_or_text_and_must_fall_in_the_period() {
    let app = TestApp::spawn().await;
    let w = World::build(&app).await;
    for _ in 0..4 {
        w.commitment(&app, &w.trust, "AGREED").await;
    }
    let (period, last_day) = last_month();
    let first_day = last_day.with_day0(0).unwrap();
    let serial = (last_day - chrono::NaiveDate::from_ymd_opt(1899, 12, 30).unwrap()).num_days();
    let (_, body) = template(&app, &app.admin_token(), &w.trust, &period, "xlsx").await;
    let mut rows = workbook_rows(&body);
    fill(
        &mut rows,
        "Value",
        &[
            Some(In::Number(1.0)),
            Some(In::Number(2.0)),
            Some(In::Number(3.0)),
            Some(In::Number(4.0)),
        ],
    );
    fill(
        &mut rows,
        "Date measured",
        &[
            Some(In::Number(serial as f64)),
            Some(text(&first_day.format("%d/%m/%Y").to_string())),
            Some(In::Date(first_day)),
            Some(text(&(first_day - chrono::Days::new(1)).to_string())),
        ],
    );
    let (_, report) = upload(&app, None, &w.trust, &period, "", to_workbook(&rows, &[])).await;
    assert_eq!(report["code"], json!("UNAUTHENTICATED"));
    let (status, report) = upload(
        &app,
        Some(&app.admin_token()),
        &w.trust,
        &period,
        "",
        to_workbook(&rows, &[]),
    )
    .await;
    assert_eq!(status, 200, "{report}");
    assert_eq!(outcomes(&report), ["NEW", "NEW", "NEW", "REFUSED"]);
    let dates: Vec<&Value> = report["rows"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| &r["measuredOn"])
        .collect();
    assert_eq!(
        dates[..3],
        [&json!(last_day), &json!(first_day), &json!(first_day)]
    );
    assert_eq!(issue_codes(&report)[3], ["OUTSIDE_PERIOD"]);
}
