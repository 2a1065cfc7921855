//! Importing over time: changes are dated from the files (or the extract's date), history is
//! filled in but never rewritten, no relationship ends before it starts, and a kind follows
//! the file with an audit event.

use std::path::{Path, PathBuf};

use entity::organisation_relationship as relationship;
use sea_orm::EntityTrait;
use serde_json::json;

use crate::helpers::{TestApp, TestDb, unique_name};
use crate::import::{Run, edit, import, practices};

fn edited(edits: &[(&str, usize, &str)]) -> PathBuf {
    let path = std::env::temp_dir().join(unique_name("realise_test_epraccur"));
    edit(&practices(), &path, edits);
    path
}

fn import_on(db: &TestDb, file: &Path, date: &str) -> Run {
    let date = PathBuf::from(date);
    let run = import(db, &[("--practices", file), ("--extract-date", &date)]);
    assert!(run.ok, "{}", run.stderr);
    run
}

const HISTORY: &str = r#"query($code: String!) { organisation(odsCode: $code) { kind
  history: relationships(kind: COMMISSIONED_BY, includeHistory: true) { to { odsCode } validFrom validTo }
  auditTrail(first: 10) { edges { node { action actor before after } } } } }"#;

/// Relationships that end before they start, or on the day they start.
async fn backwards(app: &TestApp) -> Vec<relationship::Model> {
    relationship::Entity::find()
        .all(&app.db.conn)
        .await
        .unwrap()
        .into_iter()
        .filter(|r| matches!((r.valid_from, r.valid_to), (Some(f), Some(t)) if t <= f))
        .collect()
}

#[actix_web::test]
async fn changes_are_dated_from_the_file_or_the_extract_and_never_rewrite_history() {
    let db = TestDb::create(None).await;
    import_on(&db, &practices(), "2020-01-31");
    // A81004 moves to 00K with a join date before its current commissioner's start: the move
    // is dated on the extract's date. A81002 closes.
    let moved = edited(&[
        ("A81004", 14, "00K"),
        ("A81004", 15, "20100101"),
        ("A81002", 11, "20200331"),
        ("A81002", 12, "C"),
    ]);
    let run = import_on(&db, &moved, "2020-06-30");
    assert!(
        run.stdout.contains("(changes dated 2020-06-30)"),
        "{}",
        run.stdout
    );
    // Its closing date corrected later: the end already recorded stays.
    let corrected = edited(&[
        ("A81004", 14, "00K"),
        ("A81004", 15, "20100101"),
        ("A81002", 11, "20200430"),
        ("A81002", 12, "C"),
    ]);
    import_on(&db, &corrected, "2020-09-30");
    // And A81004 back as in the first release, dated on that extract's date.
    let back = edited(&[("A81002", 11, "20200430"), ("A81002", 12, "C")]);
    import_on(&db, &back, "2020-12-31");

    let app = TestApp::start_on(db).await;
    let data = app.query(HISTORY, json!({ "code": "A81004" })).await;
    assert_eq!(
        data["organisation"]["history"],
        json!([
            { "to": { "odsCode": "00M" }, "validFrom": "2013-04-01", "validTo": "2020-06-30" },
            { "to": { "odsCode": "00K" }, "validFrom": "2020-06-30", "validTo": "2020-12-31" },
            { "to": { "odsCode": "00M" }, "validFrom": "2020-12-31", "validTo": null },
        ])
    );
    let q = r#"{ organisation(odsCode: "A81002") { closedOn
      history: relationships(includeHistory: true) { kind validTo } } }"#;
    let closed = app.query(q, json!({})).await;
    assert_eq!(closed["organisation"]["closedOn"], "2020-04-30");
    for rel in closed["organisation"]["history"].as_array().unwrap() {
        assert_eq!(
            rel["validTo"], "2020-03-31",
            "the first recorded end stays: {rel}"
        );
    }
    assert_eq!(
        backwards(&app).await,
        vec![],
        "no relationship ends before it starts"
    );
}

#[actix_web::test]
async fn a_kind_follows_the_file_with_an_audit_event() {
    let db = TestDb::create(None).await;
    import_on(&db, &practices(), "2020-01-31");
    // A81001's prescribing setting changes from GP practice (4) to walk-in centre (1).
    let run = import_on(&db, &edited(&[("A81001", 25, "1")]), "2020-06-30");
    assert!(run.stdout.contains("1 kinds changed"), "{}", run.stdout);
    let app = TestApp::start_on(db).await;
    let data = app.query(HISTORY, json!({ "code": "A81001" })).await;
    let org = &data["organisation"];
    assert_eq!(org["kind"], "OTHER");
    let events = org["auditTrail"]["edges"].as_array().unwrap();
    assert_eq!(events.len(), 1, "{events:?}");
    assert_eq!(
        events[0]["node"],
        json!({
            "action": "importOdsKindChange",
            "actor": "ods-import",
            "before": { "kind": "GP_PRACTICE" },
            "after": { "kind": "OTHER" },
        })
    );
}

#[actix_web::test]
async fn a_practice_that_reopens_is_part_of_and_commissioned_again_from_the_newer_extract() {
    let db = TestDb::create(None).await;
    import_on(&db, &practices(), "2020-01-31");
    let closed = edited(&[("A81002", 11, "20200331"), ("A81002", 12, "C")]);
    import_on(&db, &closed, "2020-06-30");
    // An older release imported late reopens nothing; the newer one that lists it open does.
    let late = import_on(&db, &practices(), "2020-02-29");
    assert!(
        late.stdout.contains("0 relationships opened") && late.stdout.contains("0 updated"),
        "{}",
        late.stdout
    );
    let older = "14357 kept as a newer extract gave them";
    assert!(late.stdout.contains(older), "{}", late.stdout);
    let run = import_on(&db, &practices(), "2021-03-31");
    assert!(
        run.stdout.contains("1 updated") && run.stdout.contains("2 relationships opened"),
        "{}",
        run.stdout
    );

    let app = TestApp::start_on(db).await;
    let q = r#"{ organisation(odsCode: "A81002") { closedOn
      history: relationships(includeHistory: true) { kind to { odsCode } validFrom validTo } } }"#;
    let data = app.query(q, json!({})).await;
    assert_eq!(data["organisation"]["closedOn"], json!(null));
    assert_eq!(
        data["organisation"]["history"],
        json!([
            { "kind": "PART_OF", "to": { "odsCode": "Q74" }, "validFrom": null, "validTo": "2020-03-31" },
            { "kind": "COMMISSIONED_BY", "to": { "odsCode": "00K" }, "validFrom": "2013-04-01", "validTo": "2020-03-31" },
            { "kind": "PART_OF", "to": { "odsCode": "Q74" }, "validFrom": "2021-03-31", "validTo": null },
            { "kind": "COMMISSIONED_BY", "to": { "odsCode": "00K" }, "validFrom": "2021-03-31", "validTo": null },
        ])
    );
    assert_eq!(backwards(&app).await, vec![]);
}
