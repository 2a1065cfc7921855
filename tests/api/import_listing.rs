//! An organisation a newer extract leaves out is kept, marked with the date it was last listed,
//! and can be found by it; an older extract imported afterwards never moves that date back.

use std::path::{Path, PathBuf};

use serde_json::{Value, json};

use crate::helpers::{TestApp, TestDb, unique_name};
use crate::import::{Run, import, trusts};

/// The first `n` rows of the trusts extract, without those whose code is in `leave_out`.
fn first_trusts(n: usize, leave_out: &[&str]) -> (PathBuf, Vec<String>) {
    let text = std::fs::read_to_string(trusts()).unwrap();
    let rows: Vec<&str> = text.lines().take(n).collect();
    let code = |row: &str| row.split(',').next().unwrap().trim_matches('"').to_owned();
    let kept: Vec<&str> = rows
        .into_iter()
        .filter(|r| !leave_out.contains(&code(r).as_str()))
        .collect();
    let path = std::env::temp_dir().join(unique_name("realise_test_etr"));
    std::fs::write(&path, kept.join("\n") + "\n").unwrap();
    (path, kept.iter().map(|r| code(r)).collect())
}

fn import_on(db: &TestDb, file: &Path, date: &str) -> Run {
    let date = PathBuf::from(date);
    let run = import(db, &[("--trusts", file), ("--extract-date", &date)]);
    assert!(run.ok, "{}", run.stderr);
    run
}

const SEEN: &str =
    r#"query($code: String!) { organisation(odsCode: $code) { status closedOn lastSeenOn } }"#;
const LEFT_OUT: &str = r#"query($before: Date!) {
  organisations(filter: { lastSeenBefore: $before }, orderBy: { field: ODS_CODE }) {
    totalCount edges { node { odsCode lastSeenOn } } } }"#;

#[actix_web::test]
async fn an_organisation_a_newer_extract_leaves_out_stays_marked_with_when_it_was_last_seen() {
    let db = TestDb::create(None).await;
    let (all, codes) = first_trusts(10, &[]);
    let (gone, left_out) = (&codes[3], &codes[6]);
    let (fewer, _) = first_trusts(10, &[gone, left_out]);

    let first = import_on(&db, &all, "2020-01-01");
    assert!(
        first.stdout.contains("0 no longer listed"),
        "{}",
        first.stdout
    );
    let newer = import_on(&db, &fewer, "2021-01-01");
    assert!(
        newer.stdout.contains("2 no longer listed"),
        "{}",
        newer.stdout
    );

    let app = TestApp::start_on(db).await;
    let seen = |code: String| {
        let app = &app;
        async move { app.query(SEEN, json!({ "code": code })).await["organisation"].clone() }
    };
    let before = seen(gone.clone()).await;
    assert_eq!(before["lastSeenOn"], "2020-01-01", "{before}");
    assert_eq!(seen(codes[0].clone()).await["lastSeenOn"], "2021-01-01");
    let listed = app.query(LEFT_OUT, json!({ "before": "2021-01-01" })).await;
    let mut expected = [gone.clone(), left_out.clone()];
    expected.sort();
    let found: Vec<&Value> = listed["organisations"]["edges"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| &e["node"]["odsCode"])
        .collect();
    assert_eq!(found, expected.iter().collect::<Vec<_>>(), "{listed}");
    assert_eq!(
        app.query(LEFT_OUT, json!({ "before": "2020-01-01" })).await["organisations"]["totalCount"],
        0
    );

    // The older extract again: the left-out two are seen on its date still, the rest keep the
    // newer date, and nothing else about them changed.
    let again = import_on(&TestDb::borrowed(app.database_url()), &all, "2020-01-01");
    assert!(
        again.stdout.contains(" 0 new, 0 updated,"),
        "{}",
        again.stdout
    );
    assert_eq!(seen(codes[0].clone()).await["lastSeenOn"], "2021-01-01");
    assert_eq!(seen(gone.clone()).await, before);
}
