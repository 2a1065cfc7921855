//! Local ownership: commitments, their trajectories and their measurements.
//!
//! Every table has an integer key, `created_at` and `updated_at` (defaulting to now, so bulk
//! inserts need not set them), and an index on every foreign key and filtered column.

use sea_orm_migration::{prelude::*, schema::*};

use crate::{index, stamp};

mod names;
use names::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(Commitments::Table)
                    .col(pk_auto(Commitments::Id))
                    .col(integer(Commitments::OrganisationId))
                    .col(integer(Commitments::BenefitId))
                    .col(integer_null(Commitments::OwnerId))
                    .col(double(Commitments::Baseline))
                    .col(date(Commitments::BaselineOn))
                    .col(double(Commitments::Target))
                    .col(date(Commitments::TargetOn))
                    .col(double(Commitments::Tolerance))
                    .col(string_len(Commitments::Status, 40))
                    .col(date_null(Commitments::SignedOffOn))
                    .col(integer_null(Commitments::SignedOffById))
                    .col(integer_null(Commitments::TransferredFromId))
                    .col(string_null(Commitments::WithdrawalReason))
                    .col(integer(Commitments::Version))
                    .col(text_null(Commitments::Notes))
                    .col(stamp(Commitments::CreatedAt))
                    .col(stamp(Commitments::UpdatedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_commitments_organisation_id")
                            .from(Commitments::Table, Commitments::OrganisationId)
                            .to(Organisations::Table, Organisations::Id)
                            .on_delete(ForeignKeyAction::Restrict),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_commitments_benefit_id")
                            .from(Commitments::Table, Commitments::BenefitId)
                            .to(Benefits::Table, Benefits::Id)
                            .on_delete(ForeignKeyAction::Restrict),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_commitments_owner_id")
                            .from(Commitments::Table, Commitments::OwnerId)
                            .to(People::Table, People::Id)
                            .on_delete(ForeignKeyAction::Restrict),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_commitments_signed_off_by_id")
                            .from(Commitments::Table, Commitments::SignedOffById)
                            .to(People::Table, People::Id)
                            .on_delete(ForeignKeyAction::Restrict),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_commitments_transferred_from_id")
                            .from(Commitments::Table, Commitments::TransferredFromId)
                            .to(Commitments::Table, Commitments::Id)
                            .on_delete(ForeignKeyAction::Restrict),
                    )
                    .to_owned(),
            )
            .await?;
        index(
            manager,
            "ix_commitments_organisation_id",
            Commitments::Table,
            [Commitments::OrganisationId],
        )
        .await?;
        index(
            manager,
            "ix_commitments_benefit_id",
            Commitments::Table,
            [Commitments::BenefitId],
        )
        .await?;
        index(
            manager,
            "ix_commitments_owner_id",
            Commitments::Table,
            [Commitments::OwnerId],
        )
        .await?;
        index(
            manager,
            "ix_commitments_signed_off_by_id",
            Commitments::Table,
            [Commitments::SignedOffById],
        )
        .await?;
        index(
            manager,
            "ix_commitments_transferred_from_id",
            Commitments::Table,
            [Commitments::TransferredFromId],
        )
        .await?;
        index(
            manager,
            "ix_commitments_status",
            Commitments::Table,
            [Commitments::Status],
        )
        .await?;
        // One live commitment per organisation and benefit: a partial unique index, which
        // SQLite and PostgreSQL both support with the same syntax.
        manager
            .get_connection()
            .execute_unprepared(
                "CREATE UNIQUE INDEX ux_commitments_live ON commitments (organisation_id, benefit_id) \
                 WHERE status NOT IN ('WITHDRAWN', 'TRANSFERRED')",
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(TrajectoryPoints::Table)
                    .col(pk_auto(TrajectoryPoints::Id))
                    .col(integer(TrajectoryPoints::CommitmentId))
                    .col(date(TrajectoryPoints::PlannedOn))
                    .col(double(TrajectoryPoints::Value))
                    .col(stamp(TrajectoryPoints::CreatedAt))
                    .col(stamp(TrajectoryPoints::UpdatedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_trajectory_points_commitment_id")
                            .from(TrajectoryPoints::Table, TrajectoryPoints::CommitmentId)
                            .to(Commitments::Table, Commitments::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("ux_trajectory_points_commitment_id_planned_on")
                    .table(TrajectoryPoints::Table)
                    .col(TrajectoryPoints::CommitmentId)
                    .col(TrajectoryPoints::PlannedOn)
                    .unique()
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(Measurements::Table)
                    .col(pk_auto(Measurements::Id))
                    .col(integer(Measurements::CommitmentId))
                    .col(date(Measurements::MeasuredOn))
                    .col(double(Measurements::Value))
                    .col(text_null(Measurements::Note))
                    .col(string(Measurements::RecordedBy))
                    .col(timestamp_with_time_zone(Measurements::RecordedAt))
                    .col(integer_null(Measurements::SupersedesId))
                    .col(stamp(Measurements::CreatedAt))
                    .col(stamp(Measurements::UpdatedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_measurements_commitment_id")
                            .from(Measurements::Table, Measurements::CommitmentId)
                            .to(Commitments::Table, Commitments::Id)
                            .on_delete(ForeignKeyAction::Restrict),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_measurements_supersedes_id")
                            .from(Measurements::Table, Measurements::SupersedesId)
                            .to(Measurements::Table, Measurements::Id)
                            .on_delete(ForeignKeyAction::Restrict),
                    )
                    .to_owned(),
            )
            .await?;
        index(
            manager,
            "ix_measurements_commitment_id",
            Measurements::Table,
            [Measurements::CommitmentId],
        )
        .await?;
        index(
            manager,
            "ix_measurements_measured_on",
            Measurements::Table,
            [Measurements::MeasuredOn],
        )
        .await?;
        manager
            .create_index(
                Index::create()
                    .name("ux_measurements_supersedes_id")
                    .table(Measurements::Table)
                    .col(Measurements::SupersedesId)
                    .unique()
                    .to_owned(),
            )
            .await?;
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(Measurements::Table).to_owned())
            .await?;
        manager
            .drop_table(Table::drop().table(TrajectoryPoints::Table).to_owned())
            .await?;
        manager
            .drop_table(Table::drop().table(Commitments::Table).to_owned())
            .await?;
        Ok(())
    }
}
