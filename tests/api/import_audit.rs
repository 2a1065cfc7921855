//! Each import leaves one audit event with its counts, in its own transaction: a refused file
//! leaves none.

use serde_json::{Value, json};

use crate::helpers::{TestApp, TestDb, unique_name};
use crate::import::{import, realise_import, shared_or_shipped, trusts};

const IMPORTS: &str = r#"{ auditEvents(filter: { entityType: "Import" }) { totalCount
  edges { node { action actor entityType entityId before after } } } }"#;

/// Data rows in the trusts extract, counted straight from the file.
fn trust_rows() -> u64 {
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_path(trusts())
        .unwrap();
    reader.records().count() as u64
}

#[actix_web::test]
async fn each_import_writes_one_audit_event_with_its_counts_and_a_refused_file_none() {
    let db = TestDb::create(None).await;
    let rows = trust_rows();
    for _ in 0..2 {
        let run = import(&db, &[("--trusts", &trusts())]);
        assert!(run.ok, "{}", run.stderr);
    }
    let not_an_extract = std::env::temp_dir().join(unique_name("realise_test_not_ods"));
    std::fs::write(&not_an_extract, "{\"organisations\": []}\n").unwrap();
    assert!(!import(&db, &[("--trusts", &not_an_extract)]).ok);
    let pct_ccg = shared_or_shipped("pct-ccg-2013.csv", realise_api::seed::demo::PCT_CCG_GZ);
    let run = realise_import(&db, &["pct-ccg".as_ref(), pct_ccg.as_os_str()]);
    assert!(run.ok, "{}", run.stderr);

    let app = TestApp::start_on(db).await;
    let data = app.query(IMPORTS, json!({})).await;
    assert_eq!(data["auditEvents"]["totalCount"], 3, "{data}");
    let events: Vec<&Value> = data["auditEvents"]["edges"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| &e["node"])
        .collect();
    for event in &events {
        assert_eq!(event["actor"], "ods-import");
        assert_eq!(event["entityType"], "Import");
        assert_eq!(event["entityId"], Value::Null);
        assert_eq!(event["before"], Value::Null);
    }
    // Newest first: the reorganisation, then the second trusts import, then the first.
    let reorganisation = &events[0]["after"];
    assert_eq!(events[0]["action"], "importReorganisation");
    assert_eq!(reorganisation["file"], "pct-ccg-2013.csv");
    assert_eq!(reorganisation["rows"], 237);
    assert_eq!(reorganisation["successions"], 237);
    assert_eq!(reorganisation["errors"], 0);

    let (again, first) = (&events[1]["after"], &events[2]["after"]);
    for (event, after) in [(events[1], again), (events[2], first)] {
        assert_eq!(event["action"], "importOdsExtract");
        assert_eq!(after["file"], "etr.csv (NHS trusts)");
        assert_eq!(after["rows"], rows);
        assert_eq!(after["errors"], 0, "{after}");
        assert_eq!(after["warnings"], 0, "{after}");
        assert!(after["extract_date"].is_string(), "{after}");
    }
    assert_eq!(first["inserted"], rows, "{first}");
    assert_eq!(first["unchanged"], 0, "{first}");
    assert_eq!(again["inserted"], 0, "{again}");
    assert_eq!(again["updated"], 0, "{again}");
    assert_eq!(again["unchanged"], rows, "{again}");
    assert_eq!(again["relationships_opened"], 0, "{again}");
}
