//! Downloads: the benefits register as CSV and as a workbook, with the API's figures for the
//! same date and filters, behind the same sign-in.

use calamine::{Data, Reader, Xlsx, open_workbook_from_rs};
use serde_json::{Value, json};

use crate::helpers::TestApp;

/// The CSV's rows after its byte order mark, split into the header rows (before the blank
/// row), the column names and the data rows.
fn parse(body: &[u8]) -> (Vec<Vec<String>>, Vec<String>, Vec<Vec<String>>) {
    let text = std::str::from_utf8(body).unwrap();
    let text = text
        .strip_prefix('\u{feff}')
        .expect("a byte order mark, for Excel");
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_reader(text.as_bytes());
    let records: Vec<Vec<String>> = reader
        .records()
        .map(|r| r.unwrap().iter().map(str::to_owned).collect())
        .collect();
    let blank = records
        .iter()
        .position(|r| r.iter().all(String::is_empty))
        .expect("a blank row after the header rows");
    let columns = records[blank + 1].clone();
    (
        records[..blank].to_vec(),
        columns,
        records[blank + 2..].to_vec(),
    )
}

pub(crate) async fn download(
    app: &TestApp,
    token: Option<&str>,
    query: &str,
) -> (u16, Vec<u8>, String) {
    download_as(app, "csv", token, query).await
}

async fn download_as(
    app: &TestApp,
    extension: &str,
    token: Option<&str>,
    query: &str,
) -> (u16, Vec<u8>, String) {
    let mut req = app.request(
        awc::http::Method::GET,
        &format!("/exports/register.{extension}?{query}"),
    );
    if let Some(t) = token {
        req = req.insert_header(("authorization", format!("Bearer {t}")));
    }
    let mut res = req.send().await.unwrap();
    let disposition = res
        .headers()
        .get("content-disposition")
        .and_then(|v| v.to_str().ok())
        .unwrap_or("")
        .to_owned();
    let body = res.body().limit(64 << 20).await.unwrap().to_vec();
    (res.status().as_u16(), body, disposition)
}

#[actix_web::test]
async fn the_register_downloads_as_csv_with_the_apis_figures_and_filters() {
    let app = TestApp::spawn_with_demo().await;
    let partner = app.token(realise_api::auth::Role::Partner, None);
    let data = app
        .query_as(
            &partner,
            r#"{ programmes(first: 1) { edges { node { id name
                 register(asAt: "2010-06-30", first: 100) { totalCount edges { node {
                   rag progress actual enablingServiceLive status owner { name } commitment { id benefit { code } organisation { odsCode } } } } }
                 red: register(asAt: "2010-06-30", filter: { rags: [RED] }, first: 100) { totalCount } } } } }"#,
            json!({}),
        )
        .await;
    let programme = &data["programmes"]["edges"][0]["node"];
    let id = programme["id"].as_str().unwrap();
    let entries: Vec<&Value> = programme["register"]["edges"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| &e["node"])
        .collect();
    assert_eq!(
        programme["register"]["totalCount"].as_u64().unwrap() as usize,
        entries.len(),
        "the demo fits in a page"
    );

    let (status, body, disposition) = download(
        &app,
        Some(&partner),
        &format!("programme={id}&asAt=2010-06-30"),
    )
    .await;
    assert_eq!(status, 200, "{}", String::from_utf8_lossy(&body));
    assert!(
        disposition.starts_with(
            "attachment; filename=\"register-national-programme-for-it-2010-06-30.csv"
        ),
        "{disposition}"
    );
    let (header, columns, rows) = parse(&body);
    assert_eq!(
        header[0],
        vec![
            "Benefits register".to_owned(),
            programme["name"].as_str().unwrap().to_owned()
        ]
    );
    assert_eq!(header[1], vec!["As at", "2010-06-30"]);
    let col = |name: &str| {
        columns
            .iter()
            .position(|c| c == name)
            .unwrap_or_else(|| panic!("a {name} column"))
    };
    assert_eq!(rows.len(), entries.len(), "one row per commitment");
    for (row, entry) in rows.iter().zip(&entries) {
        let c = &entry["commitment"];
        assert_eq!(
            row[col("Commitment id")],
            c["id"].as_str().unwrap(),
            "the API's order"
        );
        assert_eq!(
            row[col("Benefit code")],
            c["benefit"]["code"].as_str().unwrap()
        );
        assert_eq!(
            row[col("ODS code")],
            c["organisation"]["odsCode"].as_str().unwrap_or("")
        );
        // As they stood on the date.
        assert_eq!(row[col("Status")], entry["status"].as_str().unwrap());
        assert_eq!(
            row[col("Owner")],
            entry["owner"]["name"].as_str().unwrap_or("")
        );
        assert_eq!(row[col("RAG")], entry["rag"].as_str().unwrap());
        assert_eq!(
            row[col("Enabling service live")],
            if entry["enablingServiceLive"] == true {
                "yes"
            } else {
                "no"
            }
        );
        match entry["progress"].as_f64() {
            Some(p) => assert!(
                (row[col("Progress")].parse::<f64>().unwrap() - p).abs() < 1e-4,
                "{row:?} {entry}"
            ),
            None => assert_eq!(row[col("Progress")], ""),
        }
        match entry["actual"].as_f64() {
            Some(a) => assert_eq!(row[col("Actual")].parse::<f64>().unwrap(), a),
            None => assert_eq!(row[col("Actual")], ""),
        }
    }

    // Filtered as the API filters, and the filter is written at the top.
    let (status, body, _) = download(
        &app,
        Some(&partner),
        &format!("programme={id}&asAt=2010-06-30&rag=red"),
    )
    .await;
    assert_eq!(status, 200);
    let (header, _, rows) = parse(&body);
    assert_eq!(
        rows.len() as u64,
        programme["red"]["totalCount"].as_u64().unwrap()
    );
    assert!(rows.iter().all(|r| r[col("RAG")] == "RED"));
    assert!(
        header.contains(&vec!["RAG".to_owned(), "red".to_owned()]),
        "{header:?}"
    );

    // The workbook, read back with a spreadsheet reader, holds the same figures as numbers.
    let (status, body, disposition) = download_as(
        &app,
        "xlsx",
        Some(&partner),
        &format!("programme={id}&asAt=2010-06-30"),
    )
    .await;
    assert_eq!(status, 200, "{}", String::from_utf8_lossy(&body));
    assert!(disposition.ends_with(".xlsx\""), "{disposition}");
    let mut workbook: Xlsx<_> =
        open_workbook_from_rs(std::io::Cursor::new(body)).expect("an xlsx workbook");
    let sheet = workbook
        .worksheet_range("Benefits register")
        .expect("the register sheet");
    let all: Vec<&[Data]> = sheet.rows().collect();
    assert_eq!(all[0][0], Data::String("Benefits register".into()));
    assert_eq!(all[1][1], Data::String("2010-06-30".into()));
    let head = all
        .iter()
        .position(|r| r[0] == Data::String("Benefit code".into()))
        .expect("a header row");
    let names: Vec<String> = all[head].iter().map(|c| c.to_string()).collect();
    let col = |name: &str| {
        names
            .iter()
            .position(|c| c == name)
            .unwrap_or_else(|| panic!("a {name} column"))
    };
    let data = &all[head + 1..];
    assert_eq!(data.len(), entries.len());
    for (row, entry) in data.iter().zip(&entries) {
        assert_eq!(
            row[col("Commitment id")].to_string(),
            entry["commitment"]["id"].as_str().unwrap()
        );
        assert_eq!(row[col("RAG")].to_string(), entry["rag"].as_str().unwrap());
        // Numbers survive the workbook to the last place or two of a double.
        let close = |cell: &Data, expected: Option<f64>| match (cell, expected) {
            (Data::Float(v), Some(e)) => (v - e).abs() < 1e-12,
            (Data::Empty, None) => true,
            _ => false,
        };
        assert!(
            close(&row[col("Progress")], entry["progress"].as_f64()),
            "{:?} {entry}",
            row[col("Progress")]
        );
        assert!(
            close(&row[col("Actual")], entry["actual"].as_f64()),
            "{:?} {entry}",
            row[col("Actual")]
        );
        assert!(
            matches!(row[col("Target date")], Data::DateTime(_)),
            "dates are dates: {:?}",
            row[col("Target date")]
        );
    }
}
