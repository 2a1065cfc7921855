//! Programmes, their benefit profiles and benefits map, and the stakeholder work around them.
//!
//! Every table has an integer key, `created_at` and `updated_at` (defaulting to now, so bulk
//! inserts need not set them), and an index on every foreign key and filtered column.

use sea_orm_migration::{prelude::*, schema::*};

use crate::{index, stamp};

mod names;
mod stakeholders;
use names::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(Programmes::Table)
                    .col(pk_auto(Programmes::Id))
                    .col(string(Programmes::Name))
                    .col(text_null(Programmes::Description))
                    .col(integer_null(Programmes::SeniorResponsibleOwnerId))
                    .col(big_integer_null(Programmes::BudgetPence))
                    .col(date_null(Programmes::StartsOn))
                    .col(date_null(Programmes::EndsOn))
                    .col(string_len(Programmes::Status, 40))
                    .col(stamp(Programmes::CreatedAt))
                    .col(stamp(Programmes::UpdatedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_programmes_senior_responsible_owner_id")
                            .from(Programmes::Table, Programmes::SeniorResponsibleOwnerId)
                            .to(People::Table, People::Id)
                            .on_delete(ForeignKeyAction::Restrict),
                    )
                    .to_owned(),
            )
            .await?;
        index(
            manager,
            "ix_programmes_senior_responsible_owner_id",
            Programmes::Table,
            [Programmes::SeniorResponsibleOwnerId],
        )
        .await?;
        index(
            manager,
            "ix_programmes_status",
            Programmes::Table,
            [Programmes::Status],
        )
        .await?;
        index(
            manager,
            "ix_programmes_name",
            Programmes::Table,
            [Programmes::Name],
        )
        .await?;
        manager
            .create_table(
                Table::create()
                    .table(Benefits::Table)
                    .col(pk_auto(Benefits::Id))
                    .col(integer(Benefits::ProgrammeId))
                    .col(string(Benefits::Code))
                    .col(string(Benefits::Title))
                    .col(text_null(Benefits::Description))
                    .col(string_len(Benefits::Category, 40))
                    .col(boolean(Benefits::IsDisbenefit))
                    .col(string(Benefits::Measure))
                    .col(string(Benefits::Unit))
                    .col(string_len(Benefits::Direction, 40))
                    .col(string_len(Benefits::Rollup, 40))
                    .col(string_len(Benefits::ValueType, 40))
                    .col(string_len(Benefits::Reach, 40))
                    .col(integer_null(Benefits::NationalOwnerId))
                    .col(string_len(Benefits::Status, 40))
                    .col(stamp(Benefits::CreatedAt))
                    .col(stamp(Benefits::UpdatedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_benefits_programme_id")
                            .from(Benefits::Table, Benefits::ProgrammeId)
                            .to(Programmes::Table, Programmes::Id)
                            .on_delete(ForeignKeyAction::Restrict),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_benefits_national_owner_id")
                            .from(Benefits::Table, Benefits::NationalOwnerId)
                            .to(People::Table, People::Id)
                            .on_delete(ForeignKeyAction::Restrict),
                    )
                    .to_owned(),
            )
            .await?;
        index(
            manager,
            "ix_benefits_national_owner_id",
            Benefits::Table,
            [Benefits::NationalOwnerId],
        )
        .await?;
        index(
            manager,
            "ix_benefits_status",
            Benefits::Table,
            [Benefits::Status],
        )
        .await?;
        index(
            manager,
            "ix_benefits_category",
            Benefits::Table,
            [Benefits::Category],
        )
        .await?;
        manager
            .create_index(
                Index::create()
                    .name("ux_benefits_programme_id_code")
                    .table(Benefits::Table)
                    .col(Benefits::ProgrammeId)
                    .col(Benefits::Code)
                    .unique()
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(BenefitLinks::Table)
                    .col(pk_auto(BenefitLinks::Id))
                    .col(integer(BenefitLinks::FromBenefitId))
                    .col(integer(BenefitLinks::ToBenefitId))
                    .col(stamp(BenefitLinks::CreatedAt))
                    .col(stamp(BenefitLinks::UpdatedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_benefit_links_from_benefit_id")
                            .from(BenefitLinks::Table, BenefitLinks::FromBenefitId)
                            .to(Benefits::Table, Benefits::Id)
                            .on_delete(ForeignKeyAction::Restrict),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_benefit_links_to_benefit_id")
                            .from(BenefitLinks::Table, BenefitLinks::ToBenefitId)
                            .to(Benefits::Table, Benefits::Id)
                            .on_delete(ForeignKeyAction::Restrict),
                    )
                    .to_owned(),
            )
            .await?;
        index(
            manager,
            "ix_benefit_links_to_benefit_id",
            BenefitLinks::Table,
            [BenefitLinks::ToBenefitId],
        )
        .await?;
        manager
            .create_index(
                Index::create()
                    .name("ux_benefit_links_from_benefit_id_to_benefit_id")
                    .table(BenefitLinks::Table)
                    .col(BenefitLinks::FromBenefitId)
                    .col(BenefitLinks::ToBenefitId)
                    .unique()
                    .to_owned(),
            )
            .await?;
        stakeholders::up(manager).await?;
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(
                Table::drop()
                    .table(EngagementParticipants::Table)
                    .to_owned(),
            )
            .await?;
        manager
            .drop_table(Table::drop().table(Engagements::Table).to_owned())
            .await?;
        manager
            .drop_table(
                Table::drop()
                    .table(StakeholderAssessments::Table)
                    .to_owned(),
            )
            .await?;
        manager
            .drop_table(Table::drop().table(BenefitLinks::Table).to_owned())
            .await?;
        manager
            .drop_table(Table::drop().table(Benefits::Table).to_owned())
            .await?;
        manager
            .drop_table(Table::drop().table(Programmes::Table).to_owned())
            .await?;
        Ok(())
    }
}
