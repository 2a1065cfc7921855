//! `benefits.measure_kind`: whether a benefit's measure is a running total (CUMULATIVE, such as
//! cash released to date) or a value per period (PERIOD). SPC reads a running total's changes
//! from one value to the next, as "Making Data Count" advises, rather than the rising total.
//! Existing benefits are PERIOD, as SPC has read them so far.

use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(Benefits::Table)
                    .add_column(
                        ColumnDef::new(Benefits::MeasureKind)
                            .string_len(40)
                            .not_null()
                            .default("PERIOD"),
                    )
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(Benefits::Table)
                    .drop_column(Benefits::MeasureKind)
                    .to_owned(),
            )
            .await
    }
}

#[derive(DeriveIden)]
enum Benefits {
    Table,
    MeasureKind,
}
