//! Live updates across instances: on PostgreSQL every transaction that records audit events
//! sends one `NOTIFY realise_live` as it commits (PostgreSQL delivers notifications only on
//! commit, and none for a transaction that rolls back). Each instance listens and reads the new
//! events in order from `audit_events`, the one log every write already keeps. SQLite needs
//! nothing: one process writes, and it wakes its own readers after each commit.

use sea_orm_migration::prelude::*;

use crate::on_postgres;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        // Notifications with the same channel and payload in one transaction are sent once, so
        // a statement-level trigger with an empty payload costs one notification per commit.
        on_postgres(
            manager,
            &[
                "CREATE FUNCTION announce_audit_events() RETURNS trigger LANGUAGE plpgsql AS $$ \
                 BEGIN PERFORM pg_notify('realise_live', ''); RETURN NULL; END $$",
                "CREATE TRIGGER announce_audit_events AFTER INSERT ON audit_events \
                 FOR EACH STATEMENT EXECUTE FUNCTION announce_audit_events()",
            ],
        )
        .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        on_postgres(
            manager,
            &[
                "DROP TRIGGER announce_audit_events ON audit_events",
                "DROP FUNCTION announce_audit_events()",
            ],
        )
        .await
    }
}
