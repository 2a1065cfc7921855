//! Bad returns get a clear answer and change nothing: someone else's template, the wrong
//! month, what people type into spreadsheets (text for numbers, formulas, merged cells, empty
//! rows, extra columns), a file without its header, a file that is not a spreadsheet, a zip
//! bomb and a file over the size limit.

use std::io::Write;

use realise_api::auth::Role;
use serde_json::{Value, json};

use crate::helpers::TestApp;
use crate::returns::two_commitments;
use crate::returns_client::*;
use crate::world::*;

/// A world with three agreed commitments of the trust; the administrator's token, and the
/// trust's workbook template for last month, as rows.
async fn filled_in(app: &TestApp) -> (World, String, Vec<Vec<In>>) {
    let w = World::build(app).await;
    for _ in 0..3 {
        w.commitment(app, &w.trust, "AGREED").await;
    }
    let token = app.admin_token();
    let (period, _) = last_month();
    let (_, body) = template(app, &token, &w.trust, &period, "xlsx").await;
    (w, token, workbook_rows(&body))
}

/// Uploads `file` for the trust as a commit; returns the status and answer.
async fn commit(app: &TestApp, w: &World, file: Vec<u8>) -> (u16, Value) {
    let (period, _) = last_month();
    upload(
        app,
        Some(&app.admin_token()),
        &w.trust,
        &period,
        "mode=commit",
        file,
    )
    .await
}

#[actix_web::test]
async fn someone_elses_template_or_another_months_is_refused_whole() {
    let app = TestApp::spawn().await;
    let (w, token, rows) = filled_in(&app).await;
    let (period, last_day) = last_month();
    // The neighbour's template, uploaded as the trust's.
    let (status, theirs) = template(&app, &token, &w.neighbour, &period, "csv").await;
    assert_eq!(status, 200);
    let (status, refused) = commit(&app, &w, theirs).await;
    assert_eq!(
        (status, &refused["code"]),
        (422, &json!("WRONG_ORGANISATION")),
        "{refused}"
    );
    assert!(refused["message"].as_str().unwrap().contains(NEIGHBOUR));
    // The month before's, uploaded as last month's.
    let earlier = (last_day - chrono::Days::new(40))
        .format("%Y-%m")
        .to_string();
    let (_, old) = template(&app, &token, &w.trust, &earlier, "xlsx").await;
    let (status, refused) = commit(&app, &w, old).await;
    assert_eq!(
        (status, &refused["code"]),
        (422, &json!("WRONG_PERIOD")),
        "{refused}"
    );
    // A month that has not begun has no template and takes no return.
    let next_year = (last_day + chrono::Days::new(400))
        .format("%Y-%m")
        .to_string();
    let (status, _) = template(&app, &token, &w.trust, &next_year, "csv").await;
    assert_eq!(status, 422);
    let (status, refused) = upload(
        &app,
        Some(&token),
        &w.trust,
        &next_year,
        "",
        to_workbook(&rows, &[]),
    )
    .await;
    assert_eq!((status, &refused["code"]), (422, &json!("WRONG_PERIOD")));
    // A closed organisation takes no values, as recordMeasurement refuses them.
    let (_, closed) = template(&app, &token, &w.closed, &period, "csv").await;
    let (status, refused) = upload(&app, Some(&token), &w.closed, &period, "", closed).await;
    assert_eq!(
        (status, &refused["code"]),
        (422, &json!("ORGANISATION_CLOSED")),
        "{refused}"
    );
    let (status, refused) = upload(&app, Some(&token), &w.trust, "2026-1", "", Vec::new()).await;
    assert_eq!((status, &refused["code"]), (400, &json!("BAD_REQUEST")));
    let (status, _) = upload(
        &app,
        Some(&token),
        &w.trust,
        &period,
        "mode=write",
        Vec::new(),
    )
    .await;
    assert_eq!(status, 400);
    assert!(return_events(&app).await.is_empty());
}

#[actix_web::test]
async fn text_formulas_and_merged_cells_refuse_their_rows_only() {
    let app = TestApp::spawn().await;
    let (w, _, mut rows) = filled_in(&app).await;
    let (header, value_col) = column(&rows, "Value");
    fill(
        &mut rows,
        "Value",
        &[
            Some(In::Number(5.0)),
            Some(In::Formula("=2+3".into())),
            Some(text("about ten")),
        ],
    );
    // The third row's value merged with its note.
    let third = (header + 3) as u32;
    let file = to_workbook(
        &rows,
        &[(third, value_col as u16, third, value_col as u16 + 1)],
    );
    let (status, report) = commit(&app, &w, file).await;
    assert_eq!(status, 200, "{report}");
    assert_eq!(outcomes(&report), ["NEW", "REFUSED", "REFUSED"]);
    let codes = issue_codes(&report);
    assert_eq!(codes[1], ["FORMULA"]);
    assert!(codes[2].contains(&"MERGED_CELLS".to_owned()), "{codes:?}");
    assert_eq!(
        report["rows"][1]["issues"][0]["line"],
        json!(header as u64 + 3)
    );
    assert_eq!(return_events(&app).await.len(), 1);
}

#[actix_web::test]
async fn empty_rows_and_extra_columns_are_passed_over_and_a_missing_header_refuses_the_file() {
    let app = TestApp::spawn().await;
    let (w, _, mut rows) = filled_in(&app).await;
    let (header, _) = column(&rows, "Value");
    rows[header].push(text("Comments"));
    fill(
        &mut rows,
        "Value",
        &[Some(In::Number(1.0)), None, Some(In::Number(3.0))],
    );
    rows.insert(header + 2, vec![]);
    rows.push(vec![In::Empty, text("a note to self")]);
    let (status, report) = commit(&app, &w, to_csv(&rows)).await;
    assert_eq!(status, 200, "{report}");
    assert_eq!(outcomes(&report), ["NEW", "NO_VALUE", "NEW"]);
    let warnings: Vec<&str> = report["warnings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|w| w["code"].as_str().unwrap())
        .collect();
    assert_eq!(warnings, ["EXTRA_COLUMN", "IGNORED_ROW"]);
    assert_eq!(return_events(&app).await.len(), 2);

    let headless: Vec<Vec<In>> = rows
        .iter()
        .filter(|r| !r.contains(&text("Commitment")))
        .cloned()
        .collect();
    let (status, refused) = commit(&app, &w, to_workbook(&headless, &[])).await;
    assert_eq!(
        (status, &refused["code"]),
        (422, &json!("MISSING_HEADER")),
        "{refused}"
    );
    assert_eq!(return_events(&app).await.len(), 2);
}

#[actix_web::test]
async fn what_is_not_a_return_is_refused_before_it_is_read() {
    let app = TestApp::spawn().await;
    let (w, _, _) = filled_in(&app).await;
    for (file, status, code) in [
        (
            b"%PDF-1.7\n\x00\x01\x02 a report".to_vec(),
            415,
            "NOT_A_SPREADSHEET",
        ),
        (
            b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1 old".to_vec(),
            415,
            "NOT_A_SPREADSHEET",
        ),
        (b"PK\x03\x04 not a zip".to_vec(), 415, "NOT_A_SPREADSHEET"),
        (Vec::new(), 415, "NOT_A_SPREADSHEET"),
        (zip_bomb(), 422, "TOO_LARGE_UNPACKED"),
        (
            vec![b'a'; realise_api::returns::MAX_UPLOAD_BYTES + 1],
            413,
            "TOO_LARGE",
        ),
    ] {
        let size = file.len();
        let (got, refused) = commit(&app, &w, file).await;
        assert_eq!(
            (got, refused["code"].as_str()),
            (status, Some(code)),
            "{size} bytes: {refused}"
        );
        assert!(!refused["message"].as_str().unwrap_or_default().is_empty());
    }
    assert!(return_events(&app).await.is_empty());
}

/// A workbook-shaped zip of under 100 KB whose sheet unpacks to 100 MB of zeros.
fn zip_bomb() -> Vec<u8> {
    let mut packed = Vec::new();
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(&mut packed));
    let options = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated);
    zip.start_file("[Content_Types].xml", options).unwrap();
    zip.start_file("xl/worksheets/sheet1.xml", options).unwrap();
    let zeros = vec![0u8; 1 << 20];
    for _ in 0..100 {
        zip.write_all(&zeros).unwrap();
    }
    zip.finish().unwrap();
    assert!(packed.len() < 200 * 1024, "{} bytes", packed.len());
    packed
}

#[actix_web::test]
async fn only_who_may_record_measurements_for_the_organisation_may_send_its_return() {
    let app = TestApp::spawn().await;
    let (w, _) = two_commitments(&app).await;
    let (period, _) = last_month();
    let (_, body) = template(&app, &executive(&app), &w.trust, &period, "csv").await;
    let neighbours = app.token(Role::Executive, Some(NEIGHBOUR));
    for (who, token) in [
        ("the neighbour's executive", neighbours),
        ("the programme board", app.token(Role::ProgrammeBoard, None)),
        ("a partner", app.token(Role::Partner, None)),
    ] {
        let (status, _) = template(&app, &token, &w.trust, &period, "xlsx").await;
        assert_eq!(status, 403, "{who}: template");
        let (status, refused) = upload(
            &app,
            Some(&token),
            &w.trust,
            &period,
            "mode=commit",
            body.clone(),
        )
        .await;
        assert_eq!(
            (status, &refused["code"]),
            (403, &json!("FORBIDDEN")),
            "{who}: {refused}"
        );
    }
    let (status, _) = upload(&app, None, &w.trust, &period, "", body).await;
    assert_eq!(status, 401);
    assert!(return_events(&app).await.is_empty());
}
