//! `organisations.last_seen_on`: the date of the latest extract that listed the organisation. An
//! organisation a newer full extract leaves out is kept (its history matters), and this date
//! says it was not seen since. Null for organisations no extract has listed (suppliers, bodies
//! named only by a reference file), and for those imported before the column existed until the
//! next import lists them.

use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(Organisations::Table)
                    .add_column(ColumnDef::new(Organisations::LastSeenOn).date().null())
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(Organisations::Table)
                    .drop_column(Organisations::LastSeenOn)
                    .to_owned(),
            )
            .await
    }
}

#[derive(DeriveIden)]
enum Organisations {
    Table,
    LastSeenOn,
}
