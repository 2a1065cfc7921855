//! An organisation's parent (or commissioner, or host) on a date is its relationship of that
//! kind that holds then. The index on (organisation, kind) gave all of a practice's PCTs,
//! CCGs and networks over the years, to keep the one that holds. On PostgreSQL an index on
//! (organisation, kind, end), "never" for no end, passes over those that ended before the
//! date, so a page's parents read about one relationship each
//! (`organisations::loaders::holding_targets` writes the end the same way). It covers the
//! index it replaces. SQLite keeps its index: it reads them another way.

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
                "CREATE INDEX ix_organisation_relationships_from_kind_end \
                 ON organisation_relationships \
                 (from_organisation_id, kind, (COALESCE(valid_to, '9999-12-31')))",
                "DROP INDEX ix_organisation_relationships_from_kind",
            ],
        )
        .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        on_postgres(
            manager,
            &[
                "CREATE INDEX ix_organisation_relationships_from_kind \
                 ON organisation_relationships (from_organisation_id, kind)",
                "DROP INDEX ix_organisation_relationships_from_kind_end",
            ],
        )
        .await
    }
}
