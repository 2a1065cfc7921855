//! `commitment_history`: each commitment's standing (status, owner, sign-off) from the day it
//! took effect, so the register and the figures can be read as they stood on any date. Every
//! write that changes a standing appends a row in the same transaction (which also bumps the
//! data and graph versions through the `commitments` triggers, so this table needs none).
//!
//! Commitments that exist when the table is created get one row: their standing as it is now,
//! from the day they were created (nothing earlier was kept).

use sea_orm_migration::sea_orm::DbBackend;
use sea_orm_migration::{prelude::*, schema::*};

use crate::{index, stamp};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(CommitmentHistory::Table)
                    .col(pk_auto(CommitmentHistory::Id))
                    .col(integer(CommitmentHistory::CommitmentId))
                    .col(string_len(CommitmentHistory::Status, 40))
                    .col(integer_null(CommitmentHistory::OwnerId))
                    .col(date_null(CommitmentHistory::SignedOffOn))
                    .col(integer_null(CommitmentHistory::SignedOffById))
                    .col(date(CommitmentHistory::ValidFrom))
                    .col(stamp(CommitmentHistory::RecordedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_commitment_history_commitment_id")
                            .from(CommitmentHistory::Table, CommitmentHistory::CommitmentId)
                            .to(Commitments::Table, Commitments::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_commitment_history_owner_id")
                            .from(CommitmentHistory::Table, CommitmentHistory::OwnerId)
                            .to(People::Table, People::Id)
                            .on_delete(ForeignKeyAction::SetNull),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_commitment_history_signed_off_by_id")
                            .from(CommitmentHistory::Table, CommitmentHistory::SignedOffById)
                            .to(People::Table, People::Id)
                            .on_delete(ForeignKeyAction::SetNull),
                    )
                    .to_owned(),
            )
            .await?;
        // The as-at read: a commitment's latest row on or before a date.
        index(
            manager,
            "ix_commitment_history_commitment_id_valid_from_id",
            CommitmentHistory::Table,
            [
                CommitmentHistory::CommitmentId,
                CommitmentHistory::ValidFrom,
                CommitmentHistory::Id,
            ],
        )
        .await?;
        let created_on = match manager.get_database_backend() {
            DbBackend::Postgres => "CAST(created_at AS DATE)",
            _ => "date(created_at)",
        };
        manager
            .get_connection()
            .execute_unprepared(&format!(
                "INSERT INTO commitment_history \
                 (commitment_id, status, owner_id, signed_off_on, signed_off_by_id, valid_from) \
                 SELECT id, status, owner_id, signed_off_on, signed_off_by_id, {created_on} \
                 FROM commitments ORDER BY id"
            ))
            .await?;
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(CommitmentHistory::Table).to_owned())
            .await
    }
}

#[derive(DeriveIden)]
enum CommitmentHistory {
    Table,
    Id,
    CommitmentId,
    Status,
    OwnerId,
    SignedOffOn,
    SignedOffById,
    ValidFrom,
    RecordedAt,
}

#[derive(DeriveIden)]
enum Commitments {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum People {
    Table,
    Id,
}
