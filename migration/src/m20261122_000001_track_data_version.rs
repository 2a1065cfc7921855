//! A data version for caches of derived figures, and an index for "the latest measurement".
//!
//! Roll-ups over a national programme (100,000 commitments, millions of measurements) take
//! seconds to compute from the rows, so each server instance keeps the last few in memory
//! (`realise_api::realisation::cache`). Several instances share one database, so a cache is
//! only correct if every instance can tell, cheaply, that the rows under it changed, whoever
//! changed them: `data_version` holds one counter that every write to the tables the figures
//! read bumps, in the writing transaction, by trigger. A reader reads the counter before the
//! rows, so what it caches under a version is at least as new as that version.
//!
//! On PostgreSQL the triggers are deferred constraint triggers, so the counter's row is locked
//! only while a writing transaction commits, never half-way through it: writers that lock
//! other rows in different orders cannot deadlock on the counter. A transaction-local setting
//! makes each transaction bump it once, however many rows it writes. On SQLite, where one
//! writer runs at a time, plain row triggers do.
//!
//! `ix_measurements_commitment_id_measured_on_id` lets the database find a commitment's
//! latest measurement on or before a date by walking one index backwards; it also serves every
//! lookup by commitment, so it replaces `ix_measurements_commitment_id`.

use sea_orm_migration::prelude::*;

use crate::index;

use crate::version_triggers::Counter;

#[derive(DeriveMigrationName)]
pub struct Migration;

/// The tables the derived figures read.
const TRACKED: [&str; 8] = [
    "commitments",
    "trajectory_points",
    "measurements",
    "benefits",
    "enablements",
    "deployments",
    "organisations",
    "organisation_relationships",
];

/// Row 1 of `data_version`: the figures' version.
const COUNTER: Counter = Counter {
    row: 1,
    name: "data_version",
};

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        let db = manager.get_connection();
        db.execute_unprepared(
            "CREATE TABLE data_version (id INTEGER PRIMARY KEY, version BIGINT NOT NULL)",
        )
        .await?;
        db.execute_unprepared("INSERT INTO data_version (id, version) VALUES (1, 0)")
            .await?;
        COUNTER
            .track(db, manager.get_database_backend(), &TRACKED)
            .await?;
        index(
            manager,
            "ix_measurements_commitment_id_measured_on_id",
            Measurements::Table,
            [
                Measurements::CommitmentId,
                Measurements::MeasuredOn,
                Measurements::Id,
            ],
        )
        .await?;
        manager
            .drop_index(
                Index::drop()
                    .name("ix_measurements_commitment_id")
                    .table(Measurements::Table)
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        index(
            manager,
            "ix_measurements_commitment_id",
            Measurements::Table,
            [Measurements::CommitmentId],
        )
        .await?;
        manager
            .drop_index(
                Index::drop()
                    .name("ix_measurements_commitment_id_measured_on_id")
                    .table(Measurements::Table)
                    .to_owned(),
            )
            .await?;
        let db = manager.get_connection();
        COUNTER
            .untrack(db, manager.get_database_backend(), &TRACKED)
            .await?;
        db.execute_unprepared("DROP TABLE data_version").await?;
        Ok(())
    }
}

#[derive(DeriveIden)]
enum Measurements {
    Table,
    CommitmentId,
    MeasuredOn,
    Id,
}
