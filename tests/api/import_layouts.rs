//! Every layout of the files the importer takes: both `etr.csv` layouts, any line endings,
//! and text saved as Windows-1252, through the `realise import ods` command.

use std::path::PathBuf;

use serde_json::json;

use crate::helpers::{TestApp, TestDb, unique_name};
use crate::import::{import, total, trusts};

/// The real trusts extract rewritten as later releases publish it: 27 fields, every value
/// quoted, the last three empty, CRLF line ends.
fn trusts_in_the_later_layout() -> PathBuf {
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_path(trusts())
        .unwrap();
    let mut writer = csv::WriterBuilder::new()
        .quote_style(csv::QuoteStyle::Always)
        .terminator(csv::Terminator::CRLF)
        .from_writer(Vec::new());
    for row in reader.records() {
        let mut fields: Vec<String> = row.unwrap().iter().map(str::to_owned).collect();
        fields.resize(27, String::new());
        writer.write_record(&fields).unwrap();
    }
    let path = std::env::temp_dir().join(unique_name("realise_test_etr27"));
    std::fs::write(&path, writer.into_inner().unwrap()).unwrap();
    path
}

/// Every trust by (code, kind, status), as the API lists them.
async fn trusts_read(app: &TestApp) -> Vec<serde_json::Value> {
    let q = "{ organisations(first: 100, filter: {kinds: [NHS_TRUST, FOUNDATION_TRUST]}, after: $after) { edges { node { odsCode kind status name closedOn } } pageInfo { hasNextPage endCursor } } }";
    let q = format!("query($after: String) {}", q);
    let mut found = Vec::new();
    let mut after = serde_json::Value::Null;
    loop {
        let data = app.query(&q, json!({ "after": after })).await;
        let page = &data["organisations"];
        found.extend(page["edges"].as_array().unwrap().iter().cloned());
        if page["pageInfo"]["hasNextPage"] != true {
            return found;
        }
        after = page["pageInfo"]["endCursor"].clone();
    }
}

#[actix_web::test]
async fn both_trust_layouts_import_the_same_trusts() {
    let old = TestDb::create(None).await;
    let run = import(&old, &[("--trusts", &trusts())]);
    assert!(run.ok, "{}", run.stderr);
    let new = TestDb::create(None).await;
    let run = import(&new, &[("--trusts", &trusts_in_the_later_layout())]);
    assert!(run.ok, "{}", run.stderr);
    assert!(!run.stderr.contains("skipped"), "{}", run.stderr);

    let (old, new) = (TestApp::start_on(old).await, TestApp::start_on(new).await);
    let read = trusts_read(&old).await;
    assert!(read.len() > 200, "{} trusts", read.len());
    assert_eq!(trusts_read(&new).await, read);
    assert_eq!(total(&new).await, total(&old).await);
}

#[actix_web::test]
async fn crlf_line_numbers_and_windows_1252_names_are_right() {
    let db = TestDb::create(None).await;
    let later = std::fs::read(trusts_in_the_later_layout()).unwrap();
    let mut rows: Vec<Vec<u8>> = later
        .split_inclusive(|&b| b == b'\n')
        .take(6)
        .map(<[u8]>::to_vec)
        .collect();
    // Line 3 cut short; line 5's name saved by an old Windows tool: "ST PETER'S" with a
    // Windows-1252 apostrophe (0x92).
    rows[2] = b"\"RXX\",\"ONLY TWO FIELDS\"\r\n".to_vec();
    let line = String::from_utf8(rows[4].clone()).unwrap();
    let code = line.split(',').next().unwrap().trim_matches('"').to_owned();
    let name = line.split(',').nth(1).unwrap().trim_matches('"').to_owned();
    let mut renamed = Vec::new();
    let mut parts = line.splitn(3, ',');
    renamed.extend(format!("{},\"ST PETER", parts.next().unwrap()).bytes());
    renamed.push(0x92);
    renamed.extend(format!("S {name}\",{}", parts.nth(1).unwrap()).bytes());
    rows[4] = renamed;
    let path = std::env::temp_dir().join(unique_name("realise_test_crlf_1252"));
    std::fs::write(&path, rows.concat()).unwrap();

    let run = import(&db, &[("--trusts", &path)]);
    assert!(run.ok, "{}", run.stderr);
    assert!(
        run.stderr
            .contains(":3: skipped: expected 24 or 27 fields, found 2"),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr
            .contains(":5: warning: text that is not UTF-8 was read as Windows-1252"),
        "{}",
        run.stderr
    );
    assert!(
        run.stdout.contains("5 rows, 5 new") && run.stdout.contains("1 warnings"),
        "{}",
        run.stdout
    );
    let app = TestApp::start_on(db).await;
    let q = "query($code: String!) { organisation(odsCode: $code) { name } }";
    let found = app.query(q, json!({ "code": code })).await;
    assert_eq!(
        found["organisation"]["name"],
        format!("ST PETER\u{2019}S {name}")
    );
}
