//! Rows read: a nested first page reads the rows it returns and few more, counted by
//! PostgreSQL itself (the rows its scans of the tables and their indexes return).
//!
//! The data is large enough that PostgreSQL reads through indexes, as it would at national
//! scale: on a table of one page (the demo's 14 benefits) it rightly scans the whole table, and
//! the count says more about the table than about the SQL. SQLite counts no rows read, so the
//! test runs on PostgreSQL (which `.ci/run` always gives it).

use std::time::Duration;

use realise_api::analytics::forecast::FORECAST_WINDOW;
use sea_orm::{ConnectionTrait, Database, DatabaseConnection, Statement};
use serde_json::{Value, json};

use crate::helpers::{TestApp, postgres_url};

/// Organisations, each committed to `PER_TRUST` of the `BENEFITS`; the first is committed to
/// every benefit, so that its page is cut. Each commitment has `MONTHS` measurements.
const TRUSTS: i32 = 2_000;
const BENEFITS: i32 = 60;
const PER_TRUST: i32 = 5;
const MONTHS: i32 = 12;

/// The same reads, repeated, so that a stray row read by the server's background (the live
/// feed's poll) weighs little.
const REPEATS: usize = 10;

/// The read benchmark's trust read, of a trust with 60 commitments.
const TRUST: &str = r#"{ organisation(odsCode: "T0000") { name commitments(first: 20) { edges {
    node { status target benefit { code title unit } owner { name }
      measurements(first: 1, includeSuperseded: false) { edges { node { measuredOn value } } } } } } } }"#;

/// A trust's 20 commitments with their RAG as at today, each from twelve months of values.
const RAG: &str = r#"{ organisation(odsCode: "T0000") { name commitments(first: 20) { edges {
    node { status benefit { code } progress { rag actual } } } } } }"#;

/// The same with each commitment's forecast, which reads the latest six values, not twelve.
const FORECAST: &str = r#"{ organisation(odsCode: "T0000") { name commitments(first: 20) { edges {
    node { status benefit { code } progress { rag actual forecast onTrackToTarget } } } } } }"#;

/// A page of 100 trusts with their parents: each trust has had six over the years.
const TRUSTS_PAGE: &str = r#"{ organisations(first: 100, filter: { kinds: [NHS_TRUST] }) {
    edges { node { odsCode name status parent { odsCode name } } } } }"#;

/// A page of 100 trusts far into the list (after the first 1,500): what a partner paging
/// through every trust reads for each page, in the order it asks (by name unless told).
const DEEP_PAGE: &str = r#"query($after: String, $order: OrganisationOrder) {
  organisations(first: 100, after: $after, orderBy: $order, filter: { kinds: [NHS_TRUST] }) {
    edges { node { odsCode name status } } pageInfo { endCursor } } }"#;

/// A page of each of three benefits' commitments (about 170 each), with their organisations.
const BENEFITS_PAGE: &str = r#"{ benefits(first: 3) { edges { node { code
    commitments(first: 20) { edges { node { status organisation { name } } }
      pageInfo { hasNextPage endCursor } } } } } }"#;

/// A page of the deployments of a service live at half of the 2,000 trusts, with their trusts.
const DEPLOYMENTS_PAGE: &str = r#"{ services(first: 1) { edges { node { name
    deployments(first: 50, statuses: [LIVE]) { edges { node { status organisation { name } } } } } } } }"#;

/// The newest 60 of the 300 events of one commitment, beside 300 of a benefit with the same key.
const TRAIL_PAGE: &str = r#"{ organisation(odsCode: "T0000") { name commitments(first: 1) {
    edges { node { status auditTrail(first: 60) { edges { node { action occurredAt } } } } } } } }"#;

#[actix_web::test]
async fn a_first_page_reads_at_most_three_rows_for_each_object_it_returns() {
    let Some((app, counts)) = arranged().await else {
        return;
    };
    // The forecast's line runs through the actual and the five values before it: five more
    // rows for each of the 20 commitments, which return one figure.
    let window = 20.0 * (FORECAST_WINDOW - 1) as f64;
    let none = json!({});
    let deep = deep_page(&app, json!(null)).await;
    let by_code = deep_page(&app, json!({ "field": "ODS_CODE", "direction": "DESC" })).await;
    let by_date = deep_page(&app, json!({ "field": "OPENED_ON" })).await;
    let reads = [
        ("trust", TRUST, &none, 0.0),
        ("rag", RAG, &none, 0.0),
        ("forecast", FORECAST, &none, window),
        ("benefits", BENEFITS_PAGE, &none, 0.0),
        ("trusts", TRUSTS_PAGE, &none, 0.0),
        ("deep", DEEP_PAGE, &deep, 0.0),
        ("deep by ods code", DEEP_PAGE, &by_code, 0.0),
        ("deep by open date", DEEP_PAGE, &by_date, 0.0),
        ("deployments", DEPLOYMENTS_PAGE, &none, 0.0),
        ("trail", TRAIL_PAGE, &none, 0.0),
    ];
    for (label, query, variables, allowance) in reads {
        let returned = objects(&app.query_uncached(query, variables.clone()).await);
        let before = settled_rows_read(&counts).await;
        for _ in 0..REPEATS {
            app.query_uncached(query, variables.clone()).await;
        }
        let read = (settled_rows_read(&counts).await - before) / REPEATS as f64;
        eprintln!("{label}: {read} rows read per request, {returned} objects returned");
        assert!(returned >= 60, "{label}: {returned} objects");
        assert!(
            read <= 3.0 * returned as f64 + allowance,
            "{label}: {read} rows read for {returned} objects returned"
        );
    }
}

/// A page of 50 of the service's 1,000 live deployments, with their trusts and the list's length.
const COUNTED_DEPLOYMENTS: &str = r#"query($after: String) { services(first: 1) { edges { node {
    deployments(first: 50, after: $after, statuses: [LIVE]) { totalCount
      edges { node { status organisation { name } } } pageInfo { endCursor } } } } } }"#;

/// Pages of a long list with the whole list's length, each after the one before, through the
/// response cache as the browser asks them: the length is counted once, for the first page.
/// Both a top-level list (100 trusts a page), which starts each page at its cursor's key, and
/// a nested one (50 of a service's deployments), whose cursor is an offset: each of its pages
/// reads the rows before it too, but never the rest of the list.
#[actix_web::test]
async fn later_pages_of_a_counted_list_read_only_their_rows() {
    let Some((app, counts)) = arranged().await else {
        return;
    };
    let trusts = DEEP_PAGE.replace("pageInfo", "totalCount pageInfo");
    // The rows an offset passes over, on average over pages 2 to 11 of 50.
    let passed = 50.0 * (1..=REPEATS).sum::<usize>() as f64 / REPEATS as f64;
    // (label, query, where the list is in the response, its length, rows passed over)
    let lists = [
        (
            "counted pages",
            trusts.as_str(),
            "/organisations",
            TRUSTS,
            0.0,
        ),
        (
            "counted deployments",
            COUNTED_DEPLOYMENTS,
            "/services/edges/0/node/deployments",
            TRUSTS / 2,
            passed,
        ),
    ];
    for (label, query, at, total, passed) in lists {
        let list = |data: &Value| data.pointer(at).cloned().unwrap_or_default();
        let first = list(&app.query(query, json!({ "after": null })).await);
        assert_eq!(first["totalCount"], total, "{label}: {first}");
        let mut after = first["pageInfo"]["endCursor"].clone();
        let before = settled_rows_read(&counts).await;
        let mut returned = 0;
        for _ in 0..REPEATS {
            let data = app.query(query, json!({ "after": after })).await;
            let page = list(&data);
            assert_eq!(page["totalCount"], total, "{label}: {data}");
            returned += objects(&data);
            after = page["pageInfo"]["endCursor"].clone();
        }
        let read = (settled_rows_read(&counts).await - before) / REPEATS as f64;
        let returned = returned as f64 / REPEATS as f64;
        eprintln!(
            "{label}: {read} rows read per request, {returned} objects returned, \
             {passed} rows before the page"
        );
        assert!(
            read <= 3.0 * (returned + passed),
            "{label}: {read} rows read for {returned} objects after {passed} rows"
        );
    }
}

/// The variables of the page of 100 trusts after the first 1,500 in `order`, reached as a
/// client pages: each page after the last one's end.
async fn deep_page(app: &TestApp, order: Value) -> Value {
    let mut after = Value::Null;
    for _ in 0..15 {
        let variables = json!({ "after": after, "order": order });
        let data = app.query_uncached(DEEP_PAGE, variables).await;
        after = data["organisations"]["pageInfo"]["endCursor"].clone();
        assert!(after.is_string(), "{data}");
    }
    json!({ "after": after, "order": order })
}

/// The objects a response returns (connection wrappers and the root not counted).
fn objects(data: &Value) -> usize {
    fn count(v: &Value) -> usize {
        match v {
            Value::Object(map) => {
                let wrapper = ["edges", "node", "pageInfo"]
                    .iter()
                    .any(|k| map.contains_key(*k));
                usize::from(!wrapper) + map.values().map(count).sum::<usize>()
            }
            Value::Array(items) => items.iter().map(count).sum(),
            _ => 0,
        }
    }
    count(data).saturating_sub(1)
}

/// The rows read so far from the database's own tables, once every backend has reported them:
/// an idle backend reports within ten seconds (PostgreSQL's `PGSTAT_IDLE_INTERVAL`). Rows the
/// catalogs give a new connection (or this one) are not the request's, and are not counted.
async fn settled_rows_read(db: &DatabaseConnection) -> f64 {
    tokio::time::sleep(Duration::from_secs(11)).await;
    let sql = "SELECT (SELECT sum(seq_tup_read) FROM pg_stat_user_tables) \
               + (SELECT sum(idx_tup_read) FROM pg_stat_user_indexes)";
    let statement = Statement::from_string(db.get_database_backend(), format!("{sql}::float8"));
    let row = db
        .query_one_raw(statement)
        .await
        .unwrap()
        .expect("the counts");
    row.try_get_by_index::<f64>(0).unwrap()
}

/// A server over the arranged data, and a connection of its own to read PostgreSQL's counts
/// with; `None` without PostgreSQL.
async fn arranged() -> Option<(TestApp, DatabaseConnection)> {
    if postgres_url().is_none() {
        eprintln!("rows read are PostgreSQL's count: set TEST_DATABASE_URL to run this test");
        return None;
    }
    let app = TestApp::spawn().await;
    arrange(&app.db.conn).await;
    let counts = Database::connect(&app.database_url())
        .await
        .expect("connect");
    Some((app, counts))
}

/// Fills the database in a few statements, and has PostgreSQL measure it.
async fn arrange(db: &DatabaseConnection) {
    let statements = [
        "INSERT INTO programmes (name, status) VALUES ('Rows read', 'ACTIVE')".to_owned(),
        format!(
            "INSERT INTO benefits (programme_id, code, title, category, is_disbenefit, measure, \
             unit, direction, rollup, value_type, reach, status, measure_kind) \
             SELECT p.id, 'B' || lpad(b::text, 2, '0'), 'Benefit ' || b, 'QUALITY', false, 'm', \
             'count', 'INCREASE', 'SUM', 'WORKING_SMARTER', 'INTERNAL', 'IN_REALISATION', \
             'PERIOD' FROM programmes p, generate_series(0, {}) b",
            BENEFITS - 1
        ),
        format!(
            "INSERT INTO organisations (ods_code, name, kind, status, opened_on) \
             SELECT 'T' || lpad(t::text, 4, '0'), 'Trust ' || t, 'NHS_TRUST', 'ACTIVE', \
               CASE WHEN t % 10 <> 9 THEN make_date(1990 + t % 20, 4, 1) END \
             FROM generate_series(0, {}) t",
            TRUSTS - 1
        ),
        "INSERT INTO people (name, organisation_id) SELECT 'Owner of ' || name, id \
         FROM organisations"
            .to_owned(),
        // Regions: each trust was PART_OF one a year from 2010 to 2015, and one since.
        "INSERT INTO organisations (ods_code, name, kind, status) \
         SELECT 'Y' || lpad(r::text, 2, '0'), 'Region ' || r, 'REGIONAL_TEAM', 'ACTIVE' \
         FROM generate_series(0, 49) r"
            .to_owned(),
        "INSERT INTO organisation_relationships (from_organisation_id, to_organisation_id, \
         kind, valid_from, valid_to) \
         SELECT t.id, r.id, 'PART_OF', make_date(2010 + y, 4, 1), \
           CASE WHEN y < 5 THEN make_date(2011 + y, 4, 1) END \
         FROM organisations t CROSS JOIN generate_series(0, 5) y \
         JOIN organisations r ON r.ods_code = 'Y' || lpad(((t.id + y) % 50)::text, 2, '0') \
         WHERE t.kind = 'NHS_TRUST'"
            .to_owned(),
        format!(
            "INSERT INTO commitments (organisation_id, benefit_id, owner_id, baseline, \
             baseline_on, target, target_on, tolerance, status, version) \
             SELECT o.id, b.id, p.id, 0, DATE '2024-01-01', 100, DATE '2026-01-01', 5, \
             'AGREED', 1 FROM organisations o JOIN people p ON p.organisation_id = o.id \
             JOIN benefits b ON o.ods_code = 'T0000' \
               OR (substr(b.code, 2)::int - substr(o.ods_code, 2)::int % {slots} * {PER_TRUST}) \
                  BETWEEN 0 AND {last}",
            slots = BENEFITS / PER_TRUST,
            last = PER_TRUST - 1
        ),
        format!(
            "INSERT INTO measurements (commitment_id, measured_on, value, recorded_by, \
             recorded_at) SELECT c.id, (DATE '2025-01-01' + make_interval(months => m))::date, m, \
             'seed', now() FROM commitments c, generate_series(0, {}) m",
            MONTHS - 1
        ),
        "INSERT INTO services (name, lifecycle, value_type, reach) \
         VALUES ('Everywhere', 'LIVE', 'WORKING_SMARTER', 'INTERNAL')"
            .to_owned(),
        "INSERT INTO deployments (service_id, organisation_id, status) \
         SELECT s.id, o.id, CASE WHEN o.id % 2 = 0 THEN 'LIVE' ELSE 'PLANNED' END \
         FROM services s, organisations o WHERE o.kind = 'NHS_TRUST'"
            .to_owned(),
        "INSERT INTO audit_events (actor, actor_role, action, entity_type, entity_id, \
         occurred_at) \
         SELECT 'seed', 'ADMIN', 'recordMeasurement', t.kind, c.id, now() \
         FROM (SELECT c.id FROM commitments c JOIN organisations o ON o.id = c.organisation_id \
               WHERE o.ods_code = 'T0000' ORDER BY c.benefit_id, c.id LIMIT 1) c \
         CROSS JOIN generate_series(1, 300) n CROSS JOIN (VALUES ('Commitment'), ('Benefit')) t(kind)"
            .to_owned(),
        "ANALYZE".to_owned(),
    ];
    for sql in statements {
        db.execute_unprepared(&sql)
            .await
            .unwrap_or_else(|e| panic!("{sql}: {e}"));
    }
}
