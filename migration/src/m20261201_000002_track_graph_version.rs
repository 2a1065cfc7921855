//! A second counter, `data_version` row 2: the graph version, which a write to *any* table the
//! API reads bumps. The response cache keys on it: an answer cached under one version is never
//! served once any row behind any field may have changed. (Row 1, the figures' version, moves
//! only with the tables the derived figures read, so that a new person or engagement does not
//! throw away a national snapshot.)
//!
//! On PostgreSQL the bump is a deferred constraint trigger, once per transaction, as for row 1
//! (a rolled-back write bumps nothing). On SQLite plain row triggers do.

use sea_orm_migration::prelude::*;

use crate::version_triggers::Counter;

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

/// Row 2 of `data_version`: the graph version.
const COUNTER: Counter = Counter {
    row: 2,
    name: "graph_version",
};

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        let db = manager.get_connection();
        db.execute_unprepared("INSERT INTO data_version (id, version) VALUES (2, 0)")
            .await?;
        COUNTER
            .track(db, manager.get_database_backend(), &TRACKED)
            .await?;
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        let db = manager.get_connection();
        COUNTER
            .untrack(db, manager.get_database_backend(), &TRACKED)
            .await?;
        db.execute_unprepared("DELETE FROM data_version WHERE id = 2")
            .await?;
        Ok(())
    }
}
