//! An object's audit trail is read newest first, a page at a time (`auditTrail(first: N)`).
//! The index on (type, object) gave every event of an object, for the database to sort and cut
//! (a commitment measured monthly for years has hundreds). An index in trail order, (type,
//! object, key), lets a page stop at its last event. It covers the index it replaces.

use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

const OLD: &str = "ix_audit_events_entity_type_entity_id";
const NEW: &str = "ix_audit_events_entity_type_entity_id_id";

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        let columns = [
            AuditEvents::EntityType,
            AuditEvents::EntityId,
            AuditEvents::Id,
        ];
        crate::index(manager, NEW, AuditEvents::Table, columns).await?;
        crate::drop_index(manager, OLD, AuditEvents::Table).await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        let columns = [AuditEvents::EntityType, AuditEvents::EntityId];
        crate::index(manager, OLD, AuditEvents::Table, columns).await?;
        crate::drop_index(manager, NEW, AuditEvents::Table).await
    }
}

#[derive(DeriveIden, Clone, Copy)]
enum AuditEvents {
    Table,
    Id,
    EntityType,
    EntityId,
}
