//! The migrations run up and down, on SQLite and on PostgreSQL alike.

use migration::{Migrator, MigratorTrait};
use realise_api::db::Db;
use sea_orm::{ConnectionTrait, Statement};

use crate::helpers::TestDb;

const TABLES: [&str; 18] = [
    "organisations",
    "organisation_relationships",
    "people",
    "programmes",
    "benefits",
    "benefit_links",
    "stakeholder_assessments",
    "engagements",
    "engagement_participants",
    "services",
    "enablements",
    "deployments",
    "readiness_gates",
    "service_level_reports",
    "commitments",
    "trajectory_points",
    "measurements",
    "audit_events",
];

async fn table_exists(db: &Db, table: &str) -> bool {
    let sql = format!("SELECT COUNT(*) AS n FROM {table}");
    db.conn
        .query_one_raw(Statement::from_string(db.backend(), sql))
        .await
        .is_ok()
}

#[actix_web::test]
async fn migrations_go_up_and_down_and_up_again() {
    let database = TestDb::create(None).await;
    let db = Db::connect(&database.url).await.unwrap();
    Migrator::up(&db.conn, None).await.unwrap();
    for table in TABLES {
        assert!(table_exists(&db, table).await, "{table} exists after up");
    }
    Migrator::down(&db.conn, None).await.unwrap();
    for table in TABLES {
        assert!(
            !table_exists(&db, table).await,
            "{table} is gone after down"
        );
    }
    Migrator::up(&db.conn, None).await.unwrap();
    assert!(
        Migrator::get_pending_migrations(&db.conn)
            .await
            .unwrap()
            .is_empty()
    );
    for table in TABLES {
        assert!(
            table_exists(&db, table).await,
            "{table} exists after up again"
        );
    }
}

#[actix_web::test]
async fn one_live_commitment_per_organisation_and_benefit() {
    let database = TestDb::create(None).await;
    let db = Db::connect(&database.url).await.unwrap();
    db.migrate().await.unwrap();
    let exec = |sql: &'static str| {
        let conn = db.conn.clone();
        async move { conn.execute_unprepared(sql).await }
    };
    exec("INSERT INTO organisations (name, kind, status) VALUES ('Trust', 'NHS_TRUST', 'ACTIVE')")
        .await
        .unwrap();
    exec("INSERT INTO programmes (name, status) VALUES ('P', 'ACTIVE')")
        .await
        .unwrap();
    exec("INSERT INTO benefits (programme_id, code, title, category, is_disbenefit, measure, unit, direction, rollup, value_type, reach, status) \
          SELECT id, 'B1', 'B', 'QUALITY', false, 'm', '%', 'INCREASE', 'MEAN', 'WORKING_SMARTER', 'INTERNAL', 'IDENTIFIED' FROM programmes")
        .await
        .unwrap();
    let insert = |status: &str| {
        format!(
            "INSERT INTO commitments (organisation_id, benefit_id, baseline, baseline_on, target, target_on, tolerance, status, version) \
             SELECT o.id, b.id, 0, '2025-01-01', 1, '2026-01-01', 0.1, '{status}', 1 FROM organisations o, benefits b"
        )
    };
    db.conn
        .execute_unprepared(&insert("WITHDRAWN"))
        .await
        .unwrap();
    db.conn
        .execute_unprepared(&insert("AGREED"))
        .await
        .expect("a withdrawn commitment does not block a new one");
    assert!(
        db.conn.execute_unprepared(&insert("DRAFT")).await.is_err(),
        "a second live commitment is refused"
    );
    // The benefit code is unique within its programme.
    assert!(exec("INSERT INTO benefits (programme_id, code, title, category, is_disbenefit, measure, unit, direction, rollup, value_type, reach, status) \
          SELECT id, 'B1', 'again', 'QUALITY', false, 'm', '%', 'INCREASE', 'MEAN', 'WORKING_SMARTER', 'INTERNAL', 'IDENTIFIED' FROM programmes")
        .await
        .is_err());
}
