//! The extracts the import tests read (the real files in `../shared/data/ods`, or the shipped
//! copies), edited copies of them, and `realise import` run against a test database.

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

/// A copy of `input` with `change` made to the fields of every row.
fn rewritten(input: &Path, output: &Path, mut change: impl FnMut(&mut Vec<String>)) {
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
        change(&mut fields);
        writer.write_record(&fields).unwrap();
    }
    writer.flush().unwrap();
}

/// Rewrites fields of the rows whose first field is `code`.
pub(crate) fn edit(input: &Path, output: &Path, edits: &[(&str, usize, &str)]) {
    rewritten(input, output, |fields| {
        for (code, index, value) in edits {
            if fields[0] == *code {
                fields[*index] = (*value).to_owned();
            }
        }
    });
}

/// A copy of `input` in which every row of area `area` gives `region` as its national grouping.
pub(crate) fn regrouped(input: &Path, area: &str, region: &str) -> PathBuf {
    let output = std::env::temp_dir().join(unique_name("realise_test_regrouped"));
    rewritten(input, &output, |fields| {
        if fields[3] == area {
            fields[2] = region.to_owned();
        }
    });
    output
}
