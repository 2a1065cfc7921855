//! The 2013 reorganisation, through `realise import pct-ccg`: the primary care trusts, closed
//! on 2013-03-31, each SUCCEEDED_BY the groups that took its area, with their shares.

use std::path::{Path, PathBuf};

use serde_json::{Value, json};

use crate::helpers::{TestApp, TestDb, unique_name};

/// The file, or its shipped copy.
fn reorganisation() -> PathBuf {
    crate::import::shared_or_shipped("pct-ccg-2013.csv", realise_api::seed::demo::PCT_CCG_GZ)
}

fn run(db: &TestDb, file: &Path) -> (bool, String, String) {
    let run = crate::import::realise_import(db, &["pct-ccg".as_ref(), file.as_os_str()]);
    (run.ok, run.stdout, run.stderr)
}

const LINEAGE: &str = r#"query($code: String!) { organisation(odsCode: $code) { name kind status closedOn
  successors { odsCode kind }
  history: relationships(kind: SUCCEEDED_BY, includeHistory: true) { to { odsCode name } validFrom sharePercent } } }"#;

#[actix_web::test]
async fn a_split_trust_lists_every_successor_with_shares_adding_up_to_100() {
    let db = TestDb::create(None).await;
    let (ok, stdout, stderr) = run(&db, &reorganisation());
    assert!(ok, "{stderr}");
    assert!(
        stdout.contains("237 rows, 360 organisations created"),
        "{stdout}"
    );
    assert!(
        stdout.contains("237 successions recorded, 0 rows skipped"),
        "{stdout}"
    );
    assert!(
        !stderr.contains("warning"),
        "every trust's shares add up: {stderr}"
    );
    let (ok, again, _) = run(&TestDb::borrowed(db.url.clone()), &reorganisation());
    assert!(
        ok && again.contains("0 organisations created, 0 completed, 0 successions"),
        "{again}"
    );

    let app = TestApp::start_on(db).await;
    // Wolverhampton PCT split between three groups.
    let pct = app.query(LINEAGE, json!({ "code": "5MX" })).await;
    let org = &pct["organisation"];
    assert_eq!(org["kind"], "PRIMARY_CARE_TRUST");
    assert_eq!(
        (&org["status"], &org["closedOn"]),
        (&json!("CLOSED"), &json!("2013-03-31"))
    );
    let history = org["history"].as_array().unwrap();
    assert_eq!(history.len(), 3, "{history:?}");
    assert_eq!(org["successors"].as_array().unwrap().len(), 3);
    let total: f64 = history
        .iter()
        .map(|r| r["sharePercent"].as_f64().unwrap())
        .sum();
    assert!((total - 100.0).abs() < 0.5, "{total}");
    for r in history {
        assert_eq!(r["validFrom"], "2013-04-01");
        assert!(r["to"]["name"].as_str().unwrap().ends_with("CCG"), "{r}");
    }
    // And from the other side: the group lists the trust it took over from.
    let ccg = history[0]["to"]["odsCode"].clone();
    let q = "query($code: String!) { organisation(odsCode: $code) { kind openedOn predecessors { odsCode } } }";
    let group = app.query(q, json!({ "code": ccg })).await;
    let group = &group["organisation"];
    assert_eq!(group["kind"], "CLINICAL_COMMISSIONING_GROUP");
    assert_eq!(group["openedOn"], "2013-04-01");
    let predecessors: Vec<&Value> = group["predecessors"].as_array().unwrap().iter().collect();
    assert!(
        predecessors.iter().any(|p| p["odsCode"] == "5MX"),
        "{predecessors:?}"
    );
}

#[actix_web::test]
async fn bad_rows_are_reported_and_another_file_is_refused() {
    let db = TestDb::create(None).await;
    let text = std::fs::read_to_string(reorganisation()).unwrap();
    let mut lines: Vec<String> = text.lines().take(6).map(str::to_owned).collect();
    lines[3] = lines[3].replace(",100.0", ",a hundred");
    let path = std::env::temp_dir().join(unique_name("realise_test_pct_ccg_bad"));
    std::fs::write(&path, lines.join("\n")).unwrap();
    let (ok, stdout, stderr) = run(&db, &path);
    assert!(ok, "{stderr}");
    assert!(stderr.contains(":4: skipped: invalid share"), "{stderr}");
    assert!(
        stdout.contains("4 rows,") && stdout.contains("1 rows skipped"),
        "{stdout}"
    );

    let other = TestDb::create(None).await;
    let (ok, _, stderr) = run(&other, &crate::import::practices());
    assert!(!ok);
    assert!(stderr.contains("nothing was imported"), "{stderr}");
    let app = TestApp::start_on(other).await;
    assert_eq!(crate::import::total(&app).await, 0);
}
