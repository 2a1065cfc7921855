//! An organisation's members on a date (its children, the practices it commissions) are the
//! relationships to it of that kind that hold then. The index on (target, kind) gave every
//! relationship that ever pointed to it: an area team's 710 children came with 878 that had
//! ended. On PostgreSQL an index on (target, kind, end), "never" for no end, passes over
//! those that ended before the date (`organisations::members` writes the end the same way),
//! as the index on the other end does for a parent (`m20261203_000002`). It covers the index
//! it replaces. SQLite keeps its index.

use sea_orm_migration::prelude::*;

use crate::on_postgres;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        on_postgres(
            manager,
            &[
                "CREATE INDEX ix_organisation_relationships_to_kind_end \
                 ON organisation_relationships \
                 (to_organisation_id, kind, (COALESCE(valid_to, '9999-12-31')))",
                "DROP INDEX ix_organisation_relationships_to_kind",
            ],
        )
        .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        on_postgres(
            manager,
            &[
                "CREATE INDEX ix_organisation_relationships_to_kind \
                 ON organisation_relationships (to_organisation_id, kind)",
                "DROP INDEX ix_organisation_relationships_to_kind_end",
            ],
        )
        .await
    }
}
