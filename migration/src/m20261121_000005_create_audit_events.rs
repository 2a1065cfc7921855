//! The audit trail: one row per mutation, never updated or deleted.
//!
//! Every table has an integer key, `created_at` and `updated_at` (defaulting to now, so bulk
//! inserts need not set them), and an index on every foreign key and filtered column.

use sea_orm_migration::{prelude::*, schema::*};

use crate::{index, stamp};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(AuditEvents::Table)
                    .col(pk_auto(AuditEvents::Id))
                    .col(string(AuditEvents::Actor))
                    .col(string(AuditEvents::ActorRole))
                    .col(string(AuditEvents::Action))
                    .col(string(AuditEvents::EntityType))
                    .col(integer(AuditEvents::EntityId))
                    .col(json_null(AuditEvents::Before))
                    .col(json_null(AuditEvents::After))
                    .col(timestamp_with_time_zone(AuditEvents::OccurredAt))
                    .col(stamp(AuditEvents::CreatedAt))
                    .col(stamp(AuditEvents::UpdatedAt))
                    .to_owned(),
            )
            .await?;
        index(
            manager,
            "ix_audit_events_entity_type_entity_id",
            AuditEvents::Table,
            [AuditEvents::EntityType, AuditEvents::EntityId],
        )
        .await?;
        index(
            manager,
            "ix_audit_events_actor",
            AuditEvents::Table,
            [AuditEvents::Actor],
        )
        .await?;
        index(
            manager,
            "ix_audit_events_occurred_at",
            AuditEvents::Table,
            [AuditEvents::OccurredAt],
        )
        .await?;
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(AuditEvents::Table).to_owned())
            .await?;
        Ok(())
    }
}

#[derive(DeriveIden)]
enum AuditEvents {
    Table,
    Id,
    Actor,
    ActorRole,
    Action,
    EntityType,
    EntityId,
    Before,
    After,
    OccurredAt,
    CreatedAt,
    UpdatedAt,
}
