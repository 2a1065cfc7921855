//! `organisation_relationships.share_percent`: for a succession in a reorganisation, the share
//! of the predecessor's area the successor took (a primary care trust split between several
//! clinical commissioning groups in 2013). Null for every other relationship.

use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(OrganisationRelationships::Table)
                    .add_column(
                        ColumnDef::new(OrganisationRelationships::SharePercent)
                            .double()
                            .null(),
                    )
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(OrganisationRelationships::Table)
                    .drop_column(OrganisationRelationships::SharePercent)
                    .to_owned(),
            )
            .await
    }
}

#[derive(DeriveIden)]
enum OrganisationRelationships {
    Table,
    SharePercent,
}
