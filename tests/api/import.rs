//! The ODS importer, driven through the `realise import ods` command on the real extracts.

mod files;

use serde_json::json;

pub(crate) use files::{
    Run, count, edit, expected_counts, import, practices, realise_import, regrouped,
    shared_or_shipped, total, trusts,
};

use crate::helpers::{TestApp, TestDb, unique_name};

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
