//! The ODS importer, driven through the `realise import ods` command on the real extracts.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::process::Command;

use serde_json::json;

use crate::helpers::{TestApp, TestDb, unique_name};

const TRUSTS: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/data/ods/etr.csv");
const PRACTICES: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../shared/data/ods/epraccur.csv"
);

/// The shipped copies, when `../shared` is not beside the repository.
fn extract(path: &str, kind: realise_api::import::ods::ExtractKind) -> PathBuf {
    if Path::new(path).exists() {
        return PathBuf::from(path);
    }
    let bytes = realise_api::seed::demo::shipped_extract(kind).unwrap();
    let copy = std::env::temp_dir().join(unique_name("realise_test_extract"));
    std::fs::write(&copy, bytes).unwrap();
    copy
}

/// A reference file from `../shared/data/ods`, or the shipped gzipped copy when `../shared`
/// is not beside the repository.
pub(crate) fn shared_or_shipped(name: &str, gz: &[u8]) -> PathBuf {
    let shared = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../shared/data/ods")
        .join(name);
    if shared.exists() {
        return shared;
    }
    let mut text = Vec::new();
    std::io::Read::read_to_end(&mut flate2::read::GzDecoder::new(gz), &mut text).unwrap();
    let copy = std::env::temp_dir().join(unique_name("realise_test_shipped"));
    std::fs::write(&copy, text).unwrap();
    copy
}

pub(crate) fn trusts() -> PathBuf {
    extract(TRUSTS, realise_api::import::ods::ExtractKind::Trusts)
}

pub(crate) fn practices() -> PathBuf {
    extract(PRACTICES, realise_api::import::ods::ExtractKind::Practices)
}

pub(crate) struct Run {
    pub ok: bool,
    pub stdout: String,
    pub stderr: String,
}

pub(crate) fn import(db: &TestDb, args: &[(&str, &Path)]) -> Run {
    let mut all: Vec<&std::ffi::OsStr> = vec!["ods".as_ref()];
    for (flag, path) in args {
        all.extend([flag.as_ref(), path.as_os_str()]);
    }
    realise_import(db, &all)
}

/// Runs `realise import` with `args` against `db`.
pub(crate) fn realise_import(db: &TestDb, args: &[&std::ffi::OsStr]) -> Run {
    let out = Command::new(env!("CARGO_BIN_EXE_realise"))
        .arg("import")
        .args(args)
        .env("DATABASE_URL", &db.url)
        .env("RUST_LOG", "warn")
        .output()
        .expect("running realise import");
    Run {
        ok: out.status.success(),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    }
}

/// Rows of an extract by (kind, status), counted straight from the file.
pub(crate) fn expected_counts() -> HashMap<(&'static str, &'static str), i64> {
    let mut counts = HashMap::new();
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_path(trusts())
        .unwrap();
    for row in reader.records() {
        let row = row.unwrap();
        let kind = if row[1].contains("FOUNDATION TRUST") {
            "FOUNDATION_TRUST"
        } else {
            "NHS_TRUST"
        };
        let status = if row[11].trim().is_empty() {
            "ACTIVE"
        } else {
            "CLOSED"
        };
        *counts.entry((kind, status)).or_insert(0) += 1;
    }
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_path(practices())
        .unwrap();
    let mut welsh_boards = std::collections::HashSet::new();
    for row in reader.records() {
        let row = row.unwrap();
        if row[14].starts_with("7A") {
            welsh_boards.insert(row[14].to_owned());
        }
        let kind = if &row[25] == "4" {
            "GP_PRACTICE"
        } else {
            "OTHER"
        };
        let status = match &row[12] {
            "A" => "ACTIVE",
            "C" => "CLOSED",
            "D" => "DORMANT",
            _ => "PROPOSED",
        };
        *counts.entry((kind, status)).or_insert(0) += 1;
    }
    // Welsh health boards commission some practices: they become active organisations of kind
    // OTHER (they are not CCGs), named by their code until a file names them.
    *counts.entry(("OTHER", "ACTIVE")).or_insert(0) += welsh_boards.len() as i64;
    counts
}

pub(crate) async fn count(app: &TestApp, kind: &str, status: &str) -> i64 {
    let q = format!(
        "{{ organisations(filter: {{kinds: [{kind}], statuses: [{status}]}}) {{ totalCount }} }}"
    );
    app.query(&q, json!({})).await["organisations"]["totalCount"]
        .as_i64()
        .unwrap()
}

pub(crate) async fn total(app: &TestApp) -> i64 {
    app.query("{ organisations { totalCount } }", json!({}))
        .await["organisations"]["totalCount"]
        .as_i64()
        .unwrap()
}

#[actix_web::test]
async fn importing_the_real_extracts_gives_every_trust_and_practice_by_status_and_twice_changes_nothing()
 {
    let db = TestDb::create(None).await;
    let run = import(
        &db,
        &[("--trusts", &trusts()), ("--practices", &practices())],
    );
    assert!(run.ok, "{}{}", run.stdout, run.stderr);
    assert!(
        run.stderr.lines().all(|l| !l.contains("skipped")),
        "the real files import cleanly: {}",
        run.stderr
    );
    let app = TestApp::start_on(db).await;
    let expected = expected_counts();
    // The files hold 241 trusts (the data README says 240) and 14,357 practices.
    assert_eq!(expected.values().sum::<i64>() - 7, 241 + 14357);
    for ((kind, status), n) in &expected {
        assert_eq!(count(&app, kind, status).await, *n, "{kind} {status}");
    }
    // Regions and areas from the Y.. and Q.. codes, with the hierarchy between them.
    let area = app.query("{ organisation(odsCode: \"Q74\") { kind parent { kind odsCode } children(first: 1) { totalCount } } }", json!({})).await;
    assert_eq!(area["organisation"]["kind"], "AREA_TEAM");
    assert_eq!(area["organisation"]["parent"]["kind"], "REGIONAL_TEAM");
    assert!(
        area["organisation"]["children"]["totalCount"]
            .as_i64()
            .unwrap()
            > 10
    );
    let practice = app.query("{ organisation(odsCode: \"A81001\") { name postcode addressLines commissioner { odsCode kind } } }", json!({})).await;
    assert_eq!(practice["organisation"]["name"], "THE DENSHAM SURGERY");
    assert_eq!(practice["organisation"]["commissioner"]["odsCode"], "00K");
    assert_eq!(
        practice["organisation"]["commissioner"]["kind"],
        "CLINICAL_COMMISSIONING_GROUP"
    );
    assert_eq!(
        practice["organisation"]["addressLines"],
        json!([
            "THE HEALTH CENTRE",
            "LAWSON STREET",
            "STOCKTON-ON-TEES",
            "CLEVELAND"
        ])
    );

    let before = total(&app).await;
    let again = import(
        &app_db(&app),
        &[("--trusts", &trusts()), ("--practices", &practices())],
    );
    assert!(again.ok, "{}", again.stderr);
    for line in again.stdout.lines() {
        assert!(
            line.contains(" 0 new, 0 updated,")
                && line.contains("0 placeholders, 0 relationships opened, 0 closed"),
            "{line}"
        );
    }
    assert_eq!(total(&app).await, before);
}

/// A handle on the database of a running app, for running the CLI against it.
fn app_db(app: &TestApp) -> TestDb {
    TestDb::borrowed(app.database_url())
}

/// Rewrites fields of the rows whose first field is `code`.
pub(crate) fn edit(input: &Path, output: &Path, edits: &[(&str, usize, &str)]) {
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_path(input)
        .unwrap();
    let mut writer = csv::WriterBuilder::new()
        .flexible(true)
        .from_path(output)
        .unwrap();
    for row in reader.records() {
        let mut fields: Vec<String> = row.unwrap().iter().map(str::to_owned).collect();
        for (code, index, value) in edits {
            if fields[0] == *code {
                fields[*index] = (*value).to_owned();
            }
        }
        writer.write_record(&fields).unwrap();
    }
    writer.flush().unwrap();
}

#[actix_web::test]
async fn a_newer_extract_updates_in_place_and_keeps_the_old_relationship() {
    let db = TestDb::create(None).await;
    assert!(
        import(
            &db,
            &[("--trusts", &trusts()), ("--practices", &practices())]
        )
        .ok
    );
    let dir = std::env::temp_dir();
    let (new_trusts, new_practices) = (
        dir.join(unique_name("realise_test_etr")),
        dir.join(unique_name("realise_test_epraccur")),
    );
    // A renamed trust; a closed practice; a practice that moved commissioner on 2020-04-01.
    edit(
        &trusts(),
        &new_trusts,
        &[(
            "R1A",
            1,
            "HEREFORDSHIRE AND WORCESTERSHIRE HEALTH AND CARE NHS TRUST",
        )],
    );
    edit(
        &practices(),
        &new_practices,
        &[
            ("A81002", 11, "20240331"),
            ("A81002", 12, "C"),
            ("A81004", 14, "00K"),
            ("A81004", 15, "20200401"),
        ],
    );
    let run = import(
        &db,
        &[("--trusts", &new_trusts), ("--practices", &new_practices)],
    );
    assert!(run.ok, "{}", run.stderr);
    assert!(
        run.stdout
            .lines()
            .next()
            .unwrap()
            .contains("0 new, 1 updated,"),
        "{}",
        run.stdout
    );
    assert!(
        run.stdout
            .lines()
            .nth(1)
            .unwrap()
            .contains("0 new, 1 updated,"),
        "{}",
        run.stdout
    );
    let app = TestApp::start_on(db).await;

    let trust = app
        .query("{ organisation(odsCode: \"R1A\") { name } }", json!({}))
        .await;
    assert_eq!(
        trust["organisation"]["name"],
        "HEREFORDSHIRE AND WORCESTERSHIRE HEALTH AND CARE NHS TRUST"
    );
    let closed = app
        .query(
            "{ organisation(odsCode: \"A81002\") { status closedOn } }",
            json!({}),
        )
        .await;
    assert_eq!(
        closed["organisation"],
        json!({ "status": "CLOSED", "closedOn": "2024-03-31" })
    );

    let moved = app
        .query(
            r#"{ organisation(odsCode: "A81004") {
                before: commissioner(asAt: "2019-06-30") { odsCode }
                after: commissioner(asAt: "2021-06-30") { odsCode }
                now: commissioner { odsCode }
                history: relationships(kind: COMMISSIONED_BY, includeHistory: true) { to { odsCode } validFrom validTo }
            } }"#,
            json!({}),
        )
        .await;
    let org = &moved["organisation"];
    assert_eq!(org["before"]["odsCode"], "00M");
    assert_eq!(org["after"]["odsCode"], "00K");
    assert_eq!(org["now"]["odsCode"], "00K");
    assert_eq!(
        org["history"],
        json!([
            { "to": { "odsCode": "00M" }, "validFrom": "2013-04-01", "validTo": "2020-04-01" },
            { "to": { "odsCode": "00K" }, "validFrom": "2020-04-01", "validTo": null },
        ])
    );
}

#[actix_web::test]
async fn broken_rows_are_reported_by_line_and_the_rest_imported() {
    let db = TestDb::create(None).await;
    let path = std::env::temp_dir().join(unique_name("realise_test_broken"));
    // Ten real rows, the fourth with an impossible open date, the seventh cut short.
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_path(trusts())
        .unwrap();
    let mut out = Vec::new();
    for (i, row) in reader.records().take(10).enumerate() {
        let mut fields: Vec<String> = row.unwrap().iter().map(str::to_owned).collect();
        if i == 3 {
            fields[10] = "20110231".into();
        }
        let mut writer = csv::WriterBuilder::new().from_writer(Vec::new());
        writer.write_record(&fields).unwrap();
        let line = String::from_utf8(writer.into_inner().unwrap()).unwrap();
        out.push(if i == 6 {
            "RXX,ONLY TWO FIELDS\n".to_owned()
        } else {
            line
        });
    }
    std::fs::write(&path, out.concat()).unwrap();
    let run = import(&db, &[("--trusts", &path)]);
    assert!(run.ok, "{}", run.stderr);
    assert!(
        run.stderr.contains(":4: skipped: invalid open date"),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr
            .contains(":7: skipped: expected 24 or 27 fields, found 2"),
        "{}",
        run.stderr
    );
    assert!(run.stdout.contains("8 rows, 8 new"), "{}", run.stdout);
    let app = TestApp::start_on(db).await;
    let trusts = app
        .query(
            "{ organisations(filter: {kinds: [NHS_TRUST, FOUNDATION_TRUST]}) { totalCount } }",
            json!({}),
        )
        .await;
    assert_eq!(trusts["organisations"]["totalCount"], 8);
}

#[actix_web::test]
async fn a_file_that_is_not_an_extract_changes_nothing() {
    let db = TestDb::create(None).await;
    let json_file = std::env::temp_dir().join(unique_name("realise_test_not_ods"));
    std::fs::write(&json_file, "{\"organisations\": []}\n").unwrap();
    let run = import(&db, &[("--trusts", &json_file)]);
    assert!(!run.ok);
    assert!(run.stderr.contains("not an ODS extract"), "{}", run.stderr);
    // The practices file given as trusts is refused whole, too.
    let run = import(&db, &[("--trusts", &practices())]);
    assert!(!run.ok);
    assert!(
        run.stderr
            .contains("not a trusts row (a GP practices extract?)"),
        "{}",
        run.stderr
    );
    let app = TestApp::start_on(db).await;
    assert_eq!(total(&app).await, 0);
}
