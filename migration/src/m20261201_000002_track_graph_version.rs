//! A second counter, `data_version` row 2: the graph version, which a write to *any* table the
//! API reads bumps. The response cache keys on it: an answer cached under one version is never
//! served once any row behind any field may have changed. (Row 1, the figures' version, moves
//! only with the tables the derived figures read, so that a new person or engagement does not
//! throw away a national snapshot.)
//!
//! On PostgreSQL the bump is a deferred constraint trigger, once per transaction, as for row 1
//! (a rolled-back write bumps nothing). On SQLite plain row triggers do.

use sea_orm_migration::prelude::*;
use sea_orm_migration::sea_orm::DbBackend;

#[derive(DeriveMigrationName)]
pub struct Migration;

/// Every table the API reads.
const TRACKED: [&str; 18] = [
    "audit_events",
    "benefit_links",
    "benefits",
    "commitments",
    "deployments",
    "enablements",
    "engagement_participants",
    "engagements",
    "measurements",
    "organisation_relationships",
    "organisations",
    "people",
    "programmes",
    "readiness_gates",
    "service_level_reports",
    "services",
    "stakeholder_assessments",
    "trajectory_points",
];

const PG_FUNCTION: &str = r#"
CREATE FUNCTION bump_graph_version() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF current_setting('realise.graph_version_bumped', true) IS DISTINCT FROM txid_current()::text THEN
        UPDATE data_version SET version = version + 1 WHERE id = 2;
        PERFORM set_config('realise.graph_version_bumped', txid_current()::text, true);
    END IF;
    RETURN NULL;
END
$$"#;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        let db = manager.get_connection();
        db.execute_unprepared("INSERT INTO data_version (id, version) VALUES (2, 0)")
            .await?;
        match manager.get_database_backend() {
            DbBackend::Postgres => {
                db.execute_unprepared(PG_FUNCTION).await?;
                for table in TRACKED {
                    db.execute_unprepared(&format!(
                        "CREATE CONSTRAINT TRIGGER graph_version_{table} \
                         AFTER INSERT OR UPDATE OR DELETE ON {table} \
                         DEFERRABLE INITIALLY DEFERRED FOR EACH ROW \
                         EXECUTE FUNCTION bump_graph_version()"
                    ))
                    .await?;
                }
            }
            _ => {
                for table in TRACKED {
                    for event in ["INSERT", "UPDATE", "DELETE"] {
                        db.execute_unprepared(&format!(
                            "CREATE TRIGGER graph_version_{table}_{} AFTER {event} ON {table} \
                             BEGIN UPDATE data_version SET version = version + 1 WHERE id = 2; END",
                            event.to_lowercase()
                        ))
                        .await?;
                    }
                }
            }
        }
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        let db = manager.get_connection();
        match manager.get_database_backend() {
            DbBackend::Postgres => {
                for table in TRACKED {
                    db.execute_unprepared(&format!(
                        "DROP TRIGGER IF EXISTS graph_version_{table} ON {table}"
                    ))
                    .await?;
                }
                db.execute_unprepared("DROP FUNCTION IF EXISTS bump_graph_version()")
                    .await?;
            }
            _ => {
                for table in TRACKED {
                    for event in ["insert", "update", "delete"] {
                        db.execute_unprepared(&format!(
                            "DROP TRIGGER IF EXISTS graph_version_{table}_{event}"
                        ))
                        .await?;
                    }
                }
            }
        }
        db.execute_unprepared("DELETE FROM data_version WHERE id = 2")
            .await?;
        Ok(())
    }
}
