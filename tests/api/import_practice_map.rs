//! The practice map of January 2022, through `realise import practice-map`: names for what the
//! extracts know only by code, and the hierarchy practice -> network -> group -> STP -> region
//! from the file's date, with the history before it kept.

use std::path::{Path, PathBuf};

use serde_json::json;

use crate::helpers::{TestApp, TestDb};
use crate::import::{import, practices};

/// The file, or its shipped copy.
fn practice_map() -> PathBuf {
    crate::import::shared_or_shipped(
        "gp-reg-pat-prac-map.csv",
        realise_api::seed::demo::PRACTICE_MAP_GZ,
    )
}

fn run(db: &TestDb, file: &Path) -> (bool, String, String) {
    let run = crate::import::realise_import(db, &["practice-map".as_ref(), file.as_os_str()]);
    (run.ok, run.stdout, run.stderr)
}

const CHAIN: &str = r#"{ organisation(odsCode: "A81001") {
  then: parent(asAt: "2020-06-30") { odsCode kind }
  now: parent(asAt: "2022-06-30") { odsCode name kind
    parent(asAt: "2022-06-30") { odsCode name kind
      parent(asAt: "2022-06-30") { odsCode name kind
        parent(asAt: "2022-06-30") { odsCode name kind } } } } } }"#;

#[actix_web::test]
async fn the_map_names_the_hierarchy_from_its_date_and_keeps_what_came_before() {
    let db = TestDb::create(None).await;
    assert!(import(&db, &[("--practices", &practices())]).ok);
    let (ok, stdout, stderr) = run(&db, &practice_map());
    assert!(ok, "{stderr}");
    assert!(stdout.contains("0 rows skipped"), "{stdout}");
    let (ok, again, _) = run(&TestDb::borrowed(db.url.clone()), &practice_map());
    assert!(
        ok && again
            .contains("0 organisations created, 0 completed, 0 relationships opened, 0 closed"),
        "{again}"
    );

    let app = TestApp::start_on(db).await;
    let data = app.query(CHAIN, json!({})).await;
    let org = &data["organisation"];
    assert_eq!(
        org["then"],
        json!({ "odsCode": "Q74", "kind": "AREA_TEAM" })
    );
    let pcn = &org["now"];
    assert_eq!(
        (&pcn["odsCode"], &pcn["name"], &pcn["kind"]),
        (
            &json!("U89141"),
            &json!("STOCKTON PCN"),
            &json!("PRIMARY_CARE_NETWORK")
        )
    );
    let ccg = &pcn["parent"];
    assert_eq!(
        (&ccg["odsCode"], &ccg["name"]),
        (&json!("16C"), &json!("NHS Tees Valley CCG"))
    );
    assert_eq!(ccg["kind"], "CLINICAL_COMMISSIONING_GROUP");
    let stp = &ccg["parent"];
    assert_eq!(
        (&stp["odsCode"], &stp["kind"]),
        (&json!("QHM"), &json!("INTEGRATED_CARE_BOARD"))
    );
    let region = &stp["parent"];
    assert_eq!(
        (&region["odsCode"], &region["name"], &region["kind"]),
        (
            &json!("Y63"),
            &json!("North East and Yorkshire"),
            &json!("REGIONAL_TEAM")
        )
    );
    // Seven regions, each with its STPs.
    let q = "{ organisations(first: 20, filter: { kinds: [REGIONAL_TEAM] }) { edges { node { odsCode name children(asAt: \"2022-06-30\", kinds: [INTEGRATED_CARE_BOARD]) { totalCount } } } } }";
    let regions = app.query(q, json!({})).await;
    let named: Vec<_> = regions["organisations"]["edges"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| e["node"]["children"]["totalCount"].as_i64().unwrap() > 0)
        .collect();
    assert_eq!(named.len(), 7, "{named:?}");
}
