//! Organisations are listed by name or by open date, each a page at a time after the last
//! one's key, `(name, id)` or `(opened_on, id)`. The indexes on the one column gave the key's
//! first part only: every organisation opened on the same day as the key (the reorganisations
//! open hundreds at once) was read and sorted again for each page. Indexes in list order let a
//! page start at its key and stop after its last row. Each covers the index it replaces.

use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

/// Each replaced index, the index that replaces it, and the column it leads with.
const INDEXES: [(&str, &str, Organisations); 2] = [
    (
        "ix_organisations_name",
        "ix_organisations_name_id",
        Organisations::Name,
    ),
    (
        "ix_organisations_opened_on",
        "ix_organisations_opened_on_id",
        Organisations::OpenedOn,
    ),
];

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for (old, new, column) in INDEXES {
            let columns = [column, Organisations::Id];
            crate::index(manager, new, Organisations::Table, columns).await?;
            crate::drop_index(manager, old, Organisations::Table).await?;
        }
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for (old, new, column) in INDEXES {
            crate::index(manager, old, Organisations::Table, [column]).await?;
            crate::drop_index(manager, new, Organisations::Table).await?;
        }
        Ok(())
    }
}

#[derive(DeriveIden, Clone, Copy)]
enum Organisations {
    Table,
    Id,
    Name,
    OpenedOn,
}
