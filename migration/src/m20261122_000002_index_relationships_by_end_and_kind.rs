//! Relationships are looked up from one end and of one kind (an organisation's parent, a
//! trust's commissioner, the organisations PART_OF a region). With only single-column indexes
//! SQLite, lacking statistics, chose the index on `kind` and scanned every PART_OF row for a
//! page's parents (3.4 ms); indexes on (end, kind) find them directly (0.1 ms). They replace
//! the single-column indexes on each end, which they cover.

use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

/// (old single-column index, new index, the end's column)
const ENDS: [(&str, &str, OrganisationRelationships); 2] = [
    (
        "ix_organisation_relationships_from_organisation_id",
        "ix_organisation_relationships_from_kind",
        OrganisationRelationships::FromOrganisationId,
    ),
    (
        "ix_organisation_relationships_to_organisation_id",
        "ix_organisation_relationships_to_kind",
        OrganisationRelationships::ToOrganisationId,
    ),
];

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for (old, new, end) in ENDS {
            manager
                .create_index(
                    Index::create()
                        .name(new)
                        .table(OrganisationRelationships::Table)
                        .col(end)
                        .col(OrganisationRelationships::Kind)
                        .to_owned(),
                )
                .await?;
            crate::drop_index(manager, old, OrganisationRelationships::Table).await?;
        }
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for (old, new, end) in ENDS {
            manager
                .create_index(
                    Index::create()
                        .name(old)
                        .table(OrganisationRelationships::Table)
                        .col(end)
                        .to_owned(),
                )
                .await?;
            crate::drop_index(manager, new, OrganisationRelationships::Table).await?;
        }
        Ok(())
    }
}

#[derive(DeriveIden, Clone, Copy)]
enum OrganisationRelationships {
    Table,
    FromOrganisationId,
    ToOrganisationId,
    Kind,
}
