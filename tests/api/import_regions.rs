//! An area's move to another region, from the extracts: dated on the newer extract's date,
//! and never undone by re-importing an older extract or the other extract of the same date.

use std::path::{Path, PathBuf};

use serde_json::{Value, json};

use crate::helpers::{TestApp, TestDb};
use crate::import::{import, practices, regrouped, trusts};

/// Imports `flag`'s `file` as an extract dated `date` and returns the line it printed.
fn import_on(db: &TestDb, flag: &str, file: &Path, date: &str) -> String {
    let date = PathBuf::from(date);
    let run = import(db, &[(flag, file), ("--extract-date", &date)]);
    assert!(run.ok, "{}", run.stderr);
    run.stdout
}

const REGIONS: &str = r#"query($code: String!) { organisation(odsCode: $code) {
  history: relationships(kind: PART_OF, includeHistory: true) { to { odsCode } validFrom validTo }
  in2019: parent(asAt: "2019-06-30") { odsCode }
  in2021: parent(asAt: "2021-06-30") { odsCode } } }"#;

async fn regions_of(app: &TestApp, area: &str) -> Value {
    app.query(REGIONS, json!({ "code": area })).await["organisation"].clone()
}

#[actix_web::test]
async fn an_area_moves_region_on_the_newer_extracts_date_and_no_reimport_undoes_it() {
    let db = TestDb::create(None).await;
    // The trusts extract groups Q72 under Y54 (as before the 2018 regions); the practices
    // extract of 2020, under Y63 (North East and Yorkshire).
    import_on(&db, "--trusts", &trusts(), "2015-09-30");
    let moved = import_on(&db, "--practices", &practices(), "2020-01-01");
    // Every other re-import, in either order, changes no relationship.
    for (flag, file, date) in [
        ("--trusts", trusts(), "2015-09-30"),
        ("--practices", practices(), "2020-01-01"),
        ("--trusts", trusts(), "2015-09-30"),
    ] {
        let again = import_on(&db, flag, &file, date);
        assert!(
            again.contains("0 relationships opened, 0 closed"),
            "{flag} {date}: {again}"
        );
    }
    let app = TestApp::start_on(db).await;
    let q72 = regions_of(&app, "Q72").await;
    assert_eq!(
        q72["history"],
        json!([
            { "to": { "odsCode": "Y54" }, "validFrom": null, "validTo": "2020-01-01" },
            { "to": { "odsCode": "Y63" }, "validFrom": "2020-01-01", "validTo": null },
        ]),
        "{moved}"
    );
    assert_eq!(q72["in2019"]["odsCode"], "Y54");
    assert_eq!(q72["in2021"]["odsCode"], "Y63");
    // The new region has members, as at its date only.
    let members = r#"{ organisation(odsCode: "Y63") {
      now: children(kinds: [AREA_TEAM], first: 50) { edges { node { odsCode } } }
      then: children(kinds: [AREA_TEAM], first: 50, asAt: "2019-06-30") { totalCount } } }"#;
    let y63 = app.query(members, json!({})).await;
    let now: Vec<&str> = y63["organisation"]["now"]["edges"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["node"]["odsCode"].as_str().unwrap())
        .collect();
    assert!(now.contains(&"Q72") && now.contains(&"Q74"), "{now:?}");
    assert_eq!(y63["organisation"]["then"]["totalCount"], 0);
    // An area both extracts group alike never moved.
    assert_eq!(
        regions_of(&app, "Q71").await["history"],
        json!([{ "to": { "odsCode": "Y56" }, "validFrom": null, "validTo": null }])
    );
}

#[actix_web::test]
async fn a_newer_extract_moves_an_area_again_and_an_older_one_does_not() {
    let db = TestDb::create(None).await;
    import_on(&db, "--practices", &practices(), "2020-01-01");
    // The 2015 trusts extract, imported after the 2020 practices: Q72 stays under Y63.
    let older = import_on(&db, "--trusts", &trusts(), "2015-09-30");
    assert!(older.contains("opened, 0 closed"), "{older}");
    // A 2022 practices extract that puts Q72 under Y62: a move dated on its date.
    let newer = regrouped(&practices(), "Q72", "Y62");
    let run = import_on(&db, "--practices", &newer, "2022-03-31");
    assert!(run.contains("1 relationships opened, 1 closed"), "{run}");
    let app = TestApp::start_on(db).await;
    assert_eq!(
        regions_of(&app, "Q72").await["history"],
        json!([
            { "to": { "odsCode": "Y63" }, "validFrom": null, "validTo": "2022-03-31" },
            { "to": { "odsCode": "Y62" }, "validFrom": "2022-03-31", "validTo": null },
        ])
    );
    let last = r#"{ organisation(odsCode: "Q72") { lastSeenOn } }"#;
    assert_eq!(
        app.query(last, json!({})).await["organisation"]["lastSeenOn"],
        "2022-03-31"
    );
}
