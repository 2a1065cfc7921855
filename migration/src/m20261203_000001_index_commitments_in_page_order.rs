//! A page of an organisation's commitments is ordered by benefit, and a page of a benefit's by
//! organisation (then by key). With only single-column indexes PostgreSQL read every one of a
//! benefit's commitments (about 3,000 at national scale, through the organisation index, 430
//! rows per page of 21) and sorted them to return the first page. Indexes in page order let a
//! page stop at its last row. They replace the single-column indexes on each parent, which
//! they cover.

use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

/// (old single-column index, new index, the parent's column, the column a page is ordered by)
const PAGES: [(&str, &str, Commitments, Commitments); 2] = [
    (
        "ix_commitments_organisation_id",
        "ix_commitments_organisation_benefit",
        Commitments::OrganisationId,
        Commitments::BenefitId,
    ),
    (
        "ix_commitments_benefit_id",
        "ix_commitments_benefit_organisation",
        Commitments::BenefitId,
        Commitments::OrganisationId,
    ),
];

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for (old, new, parent, order) in PAGES {
            let columns = [parent, order, Commitments::Id];
            crate::index(manager, new, Commitments::Table, columns).await?;
            crate::drop_index(manager, old, Commitments::Table).await?;
        }
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for (old, new, parent, _) in PAGES {
            crate::index(manager, old, Commitments::Table, [parent]).await?;
            crate::drop_index(manager, new, Commitments::Table).await?;
        }
        Ok(())
    }
}

#[derive(DeriveIden, Clone, Copy)]
enum Commitments {
    Table,
    Id,
    OrganisationId,
    BenefitId,
}
