//! People linked to who signs in: a person's identity at an identity provider (issuer and
//! subject; proposed on first sign-in by email, confirmed by an administrator), and the person
//! who recorded each measurement, so sign-offs and measurements carry who really did them.
//! One column per statement: SQLite alters a table one column at a time.

use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::{boolean, integer_null, string_null};
use sea_orm_migration::sea_orm::DbBackend;

#[derive(DeriveMigrationName)]
pub struct Migration;

const IDENTITY_INDEX: &str = "ux_people_identity";
const RECORDER_FK: &str = "fk_measurements_recorded_by_person_id";

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for column in [
            string_null(People::IdentityIssuer),
            string_null(People::IdentitySubject),
            boolean(People::IdentityConfirmed).default(false).to_owned(),
        ] {
            manager
                .alter_table(
                    Table::alter()
                        .table(People::Table)
                        .add_column(column)
                        .to_owned(),
                )
                .await?;
        }
        manager
            .create_index(
                Index::create()
                    .name(IDENTITY_INDEX)
                    .table(People::Table)
                    .col(People::IdentityIssuer)
                    .col(People::IdentitySubject)
                    .unique()
                    .to_owned(),
            )
            .await?;
        let recorder = integer_null(Measurements::RecordedByPersonId);
        if manager.get_database_backend() == DbBackend::Sqlite {
            // SQLite cannot add a foreign key to an existing table; the API writes only ids of
            // people it has just read.
            manager
                .alter_table(
                    Table::alter()
                        .table(Measurements::Table)
                        .add_column(recorder)
                        .to_owned(),
                )
                .await?;
        } else {
            manager
                .alter_table(
                    Table::alter()
                        .table(Measurements::Table)
                        .add_column(recorder)
                        .add_foreign_key(
                            TableForeignKey::new()
                                .name(RECORDER_FK)
                                .from_tbl(Measurements::Table)
                                .from_col(Measurements::RecordedByPersonId)
                                .to_tbl(People::Table)
                                .to_col(People::Id)
                                .on_delete(ForeignKeyAction::SetNull),
                        )
                        .to_owned(),
                )
                .await?;
        }
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(Measurements::Table)
                    .drop_column(Measurements::RecordedByPersonId)
                    .to_owned(),
            )
            .await?;
        manager
            .drop_index(
                Index::drop()
                    .name(IDENTITY_INDEX)
                    .table(People::Table)
                    .to_owned(),
            )
            .await?;
        for column in [
            People::IdentityConfirmed,
            People::IdentitySubject,
            People::IdentityIssuer,
        ] {
            manager
                .alter_table(
                    Table::alter()
                        .table(People::Table)
                        .drop_column(column)
                        .to_owned(),
                )
                .await?;
        }
        Ok(())
    }
}

#[derive(DeriveIden, Clone, Copy)]
enum People {
    Table,
    Id,
    IdentityIssuer,
    IdentitySubject,
    IdentityConfirmed,
}

#[derive(DeriveIden, Clone, Copy)]
enum Measurements {
    Table,
    RecordedByPersonId,
}
