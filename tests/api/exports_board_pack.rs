//! The board pack: a workbook (and the same sheets as CSV) whose every figure is the API's for
//! the same date, read back with a spreadsheet reader.

use std::collections::HashMap;

use calamine::{Data, Reader, Xlsx, open_workbook_from_rs};
use realise_api::auth::Role;
use serde_json::json;

use crate::helpers::TestApp;

const AS_AT: &str = "2010-06-30";

async fn get(app: &TestApp, token: &str, path: &str) -> (u16, Vec<u8>) {
    let mut res = app
        .request(awc::http::Method::GET, path)
        .insert_header(("authorization", format!("Bearer {token}")))
        .send()
        .await
        .unwrap();
    let body = res.body().limit(64 << 20).await.unwrap().to_vec();
    (res.status().as_u16(), body)
}

/// A sheet's rows below its header row (the row after the first blank one), as text and
/// numbers, and its title rows.
fn sheet(
    book: &mut Xlsx<std::io::Cursor<Vec<u8>>>,
    name: &str,
) -> (Vec<Vec<Data>>, Vec<Vec<Data>>) {
    let range = book.worksheet_range(name).unwrap();
    let rows: Vec<Vec<Data>> = range.rows().map(<[Data]>::to_vec).collect();
    let blank = rows
        .iter()
        .position(|r| r.iter().all(|c| *c == Data::Empty))
        .unwrap();
    (rows[..blank].to_vec(), rows[blank + 2..].to_vec())
}

fn number(d: &Data) -> f64 {
    match d {
        Data::Float(v) => *v,
        Data::Int(v) => *v as f64,
        other => panic!("not a number: {other:?}"),
    }
}

fn text(d: &Data) -> String {
    match d {
        Data::String(s) => s.clone(),
        other => panic!("not text: {other:?}"),
    }
}

#[actix_web::test]
async fn the_board_pack_holds_the_apis_figures_sheet_by_sheet() {
    let app = TestApp::spawn_with_demo().await;
    let board = app.token(Role::ProgrammeBoard, None);
    let data = app
        .query_as(
            &board,
            r#"query($d: Date) { programmes(first: 1) { edges { node { id name
                 realisation(asAt: $d) { liveCommitments
                   ragCounts { blue green amber red notMeasured } byStatus { signedOff realised }
                   byBenefit { benefit { code } liveCommitments committed realisedToDate ragCounts { red } }
                   byRegion { organisation { name } liveCommitments ragCounts { red green } } }
                 ownership(asAt: $d) { localOwnershipIndex coverage { eligible committed ratio } }
                 benefits(first: 50) { edges { node { code coverage(asAt: $d, first: 1) { notCommitted { totalCount } } } } }
                 register(asAt: $d, first: 100) { totalCount edges { node { commitment { id spc(asAt: $d) { variation } } } } }
               } } } }"#,
            json!({ "d": AS_AT }),
        )
        .await;
    let p = &data["programmes"]["edges"][0]["node"];
    let id = p["id"].as_str().unwrap();
    assert!(
        p["register"]["totalCount"].as_u64().unwrap() <= 100,
        "the demo fits in a page"
    );

    let (status, body) = get(
        &app,
        &board,
        &format!("/exports/board-pack.xlsx?programme={id}&asAt={AS_AT}"),
    )
    .await;
    assert_eq!(status, 200, "{}", String::from_utf8_lossy(&body));
    let mut book: Xlsx<_> = open_workbook_from_rs(std::io::Cursor::new(body)).unwrap();
    assert_eq!(
        book.sheet_names(),
        [
            "Summary",
            "By region",
            "By benefit",
            "Not signed up",
            "Concerns"
        ]
    );

    // The summary: headline figures, ownership and coverage.
    let (title, rows) = sheet(&mut book, "Summary");
    assert_eq!(
        title[0][1],
        Data::String(p["name"].as_str().unwrap().into())
    );
    assert_eq!(title[1][1], Data::String(AS_AT.into()));
    let figure: HashMap<String, Data> = rows.iter().map(|r| (text(&r[0]), r[1].clone())).collect();
    let r = &p["realisation"];
    for (label, api) in [
        ("Live commitments", &r["liveCommitments"]),
        ("BLUE", &r["ragCounts"]["blue"]),
        ("GREEN", &r["ragCounts"]["green"]),
        ("AMBER", &r["ragCounts"]["amber"]),
        ("RED", &r["ragCounts"]["red"]),
        ("NOT_MEASURED", &r["ragCounts"]["notMeasured"]),
        ("Signed off", &r["byStatus"]["signedOff"]),
        ("Realised", &r["byStatus"]["realised"]),
        (
            "Eligible (organisation, benefit) pairs",
            &p["ownership"]["coverage"]["eligible"],
        ),
        (
            "Of which signed up",
            &p["ownership"]["coverage"]["committed"],
        ),
    ] {
        assert_eq!(number(&figure[label]), api.as_f64().unwrap(), "{label}");
    }
    let ratio = p["ownership"]["coverage"]["ratio"].as_f64().unwrap();
    assert!((number(&figure["Coverage"]) - ratio).abs() < 1e-9);
    let index = p["ownership"]["localOwnershipIndex"].as_f64().unwrap();
    assert!((number(&figure["Local ownership index"]) - index).abs() < 1e-9);

    // By region and by benefit, row for row.
    let (_, regions) = sheet(&mut book, "By region");
    let api_regions = r["byRegion"].as_array().unwrap();
    assert_eq!(regions.len(), api_regions.len());
    for (row, api) in regions.iter().zip(api_regions) {
        let name = api["organisation"]["name"]
            .as_str()
            .unwrap_or("In no region");
        assert_eq!(text(&row[0]), name);
        assert_eq!(
            number(&row[2]),
            api["liveCommitments"].as_f64().unwrap(),
            "{name}"
        );
        assert_eq!(
            number(&row[4]),
            api["ragCounts"]["green"].as_f64().unwrap(),
            "{name}"
        );
        assert_eq!(
            number(&row[6]),
            api["ragCounts"]["red"].as_f64().unwrap(),
            "{name}"
        );
    }
    let (_, benefits) = sheet(&mut book, "By benefit");
    let api_benefits = r["byBenefit"].as_array().unwrap();
    assert_eq!(benefits.len(), api_benefits.len());
    for (row, api) in benefits.iter().zip(api_benefits) {
        assert_eq!(text(&row[0]), api["benefit"]["code"].as_str().unwrap());
        assert_eq!(number(&row[9]), api["liveCommitments"].as_f64().unwrap());
        assert_eq!(number(&row[13]), api["ragCounts"]["red"].as_f64().unwrap());
        if let Some(committed) = api["committed"].as_f64() {
            assert!((number(&row[4]) - committed).abs() < 1e-9);
        }
    }

    // The organisations not signed up, per benefit, as many as the API lists.
    let (_, unsigned) = sheet(&mut book, "Not signed up");
    assert!(
        !unsigned.is_empty(),
        "the demo has organisations not signed up"
    );
    for b in p["benefits"]["edges"].as_array().unwrap() {
        let code = b["node"]["code"].as_str().unwrap();
        let listed = unsigned.iter().filter(|r| text(&r[0]) == code).count();
        let api = b["node"]["coverage"]["notCommitted"]["totalCount"]
            .as_u64()
            .unwrap();
        assert_eq!(listed as u64, api, "{code}");
    }

    // The concerns: exactly the commitments whose SPC says special cause of concern.
    let (_, concerns) = sheet(&mut book, "Concerns");
    let mut listed: Vec<String> = concerns.iter().map(|r| text(&r[12])).collect();
    let mut api: Vec<String> = p["register"]["edges"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| &e["node"]["commitment"])
        .filter(|c| c["spc"]["variation"] == json!("SPECIAL_CAUSE_CONCERN"))
        .map(|c| c["id"].as_str().unwrap().to_owned())
        .collect();
    listed.sort();
    api.sort();
    assert!(!api.is_empty(), "the demo has concerns to list");
    assert_eq!(listed, api);
    assert_eq!(number(&figure["Special-cause concerns"]), api.len() as f64);

    // The CSV holds the same sheets one after another.
    let (status, csv) = get(
        &app,
        &board,
        &format!("/exports/board-pack.csv?programme={id}&asAt={AS_AT}"),
    )
    .await;
    assert_eq!(status, 200);
    let text = String::from_utf8(csv).unwrap();
    for section in [
        "Board pack",
        "By region",
        "By benefit",
        "Eligible but not signed up",
        "Special-cause concerns",
    ] {
        assert!(
            text.contains(&format!("\n{section},"))
                || text.starts_with(&format!("\u{feff}{section},")),
            "{section}"
        );
    }
    let live = format!("Live commitments,{}", r["liveCommitments"]);
    assert!(text.contains(&live), "{live}");
}

#[actix_web::test]
async fn the_board_pack_is_behind_the_same_sign_in() {
    let app = TestApp::spawn_with_demo().await;
    let (status, _) = app
        .get("/exports/board-pack.xlsx?programme=UHJvZ3JhbW1lOjE&asAt=2010-06-30")
        .await;
    assert_eq!(status, 401);
    let board = app.token(Role::ProgrammeBoard, None);
    let (status, body) = get(
        &app,
        &board,
        "/exports/board-pack.xlsx?programme=UHJvZ3JhbW1lOjk5OTk&asAt=2010-06-30",
    )
    .await;
    assert_eq!(
        (status, String::from_utf8_lossy(&body).trim()),
        (404, "no programme has that id")
    );
    let (status, _) = get(&app, &board, "/exports/board-pack.csv?programme=nope").await;
    assert_eq!(status, 400);
}
