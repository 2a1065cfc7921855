//! Programmes, their benefit profiles and benefits map, and the stakeholder work around them.
//!
//! Every table has an integer key, `created_at` and `updated_at` (defaulting to now, so bulk
//! inserts need not set them), and an index on every foreign key and filtered column.

use sea_orm_migration::{prelude::*, schema::*};

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
                    .col(
                        timestamp_with_time_zone(Programmes::CreatedAt)
                            .default(Expr::current_timestamp()),
                    )
                    .col(
                        timestamp_with_time_zone(Programmes::UpdatedAt)
                            .default(Expr::current_timestamp()),
                    )
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
        manager
            .create_index(
                Index::create()
                    .name("ix_programmes_senior_responsible_owner_id")
                    .table(Programmes::Table)
                    .col(Programmes::SeniorResponsibleOwnerId)
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("ix_programmes_status")
                    .table(Programmes::Table)
                    .col(Programmes::Status)
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("ix_programmes_name")
                    .table(Programmes::Table)
                    .col(Programmes::Name)
                    .to_owned(),
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
                    .col(
                        timestamp_with_time_zone(Benefits::CreatedAt)
                            .default(Expr::current_timestamp()),
                    )
                    .col(
                        timestamp_with_time_zone(Benefits::UpdatedAt)
                            .default(Expr::current_timestamp()),
                    )
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
        manager
            .create_index(
                Index::create()
                    .name("ix_benefits_national_owner_id")
                    .table(Benefits::Table)
                    .col(Benefits::NationalOwnerId)
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("ix_benefits_status")
                    .table(Benefits::Table)
                    .col(Benefits::Status)
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("ix_benefits_category")
                    .table(Benefits::Table)
                    .col(Benefits::Category)
                    .to_owned(),
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
                    .col(
                        timestamp_with_time_zone(BenefitLinks::CreatedAt)
                            .default(Expr::current_timestamp()),
                    )
                    .col(
                        timestamp_with_time_zone(BenefitLinks::UpdatedAt)
                            .default(Expr::current_timestamp()),
                    )
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
        manager
            .create_index(
                Index::create()
                    .name("ix_benefit_links_to_benefit_id")
                    .table(BenefitLinks::Table)
                    .col(BenefitLinks::ToBenefitId)
                    .to_owned(),
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
        manager
            .create_table(
                Table::create()
                    .table(StakeholderAssessments::Table)
                    .col(pk_auto(StakeholderAssessments::Id))
                    .col(integer(StakeholderAssessments::ProgrammeId))
                    .col(integer_null(StakeholderAssessments::PersonId))
                    .col(integer_null(StakeholderAssessments::OrganisationId))
                    .col(integer(StakeholderAssessments::Influence))
                    .col(integer(StakeholderAssessments::Interest))
                    .col(string_len(StakeholderAssessments::Attitude, 40))
                    .col(date(StakeholderAssessments::AssessedOn))
                    .col(text_null(StakeholderAssessments::Notes))
                    .col(
                        timestamp_with_time_zone(StakeholderAssessments::CreatedAt)
                            .default(Expr::current_timestamp()),
                    )
                    .col(
                        timestamp_with_time_zone(StakeholderAssessments::UpdatedAt)
                            .default(Expr::current_timestamp()),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_stakeholder_assessments_programme_id")
                            .from(
                                StakeholderAssessments::Table,
                                StakeholderAssessments::ProgrammeId,
                            )
                            .to(Programmes::Table, Programmes::Id)
                            .on_delete(ForeignKeyAction::Restrict),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_stakeholder_assessments_person_id")
                            .from(
                                StakeholderAssessments::Table,
                                StakeholderAssessments::PersonId,
                            )
                            .to(People::Table, People::Id)
                            .on_delete(ForeignKeyAction::Restrict),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_stakeholder_assessments_organisation_id")
                            .from(
                                StakeholderAssessments::Table,
                                StakeholderAssessments::OrganisationId,
                            )
                            .to(Organisations::Table, Organisations::Id)
                            .on_delete(ForeignKeyAction::Restrict),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("ix_stakeholder_assessments_programme_id")
                    .table(StakeholderAssessments::Table)
                    .col(StakeholderAssessments::ProgrammeId)
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("ix_stakeholder_assessments_person_id")
                    .table(StakeholderAssessments::Table)
                    .col(StakeholderAssessments::PersonId)
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("ix_stakeholder_assessments_organisation_id")
                    .table(StakeholderAssessments::Table)
                    .col(StakeholderAssessments::OrganisationId)
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(Engagements::Table)
                    .col(pk_auto(Engagements::Id))
                    .col(integer(Engagements::ProgrammeId))
                    .col(date(Engagements::OccurredOn))
                    .col(string_len(Engagements::Kind, 40))
                    .col(text(Engagements::Summary))
                    .col(text_null(Engagements::Outcome))
                    .col(
                        timestamp_with_time_zone(Engagements::CreatedAt)
                            .default(Expr::current_timestamp()),
                    )
                    .col(
                        timestamp_with_time_zone(Engagements::UpdatedAt)
                            .default(Expr::current_timestamp()),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_engagements_programme_id")
                            .from(Engagements::Table, Engagements::ProgrammeId)
                            .to(Programmes::Table, Programmes::Id)
                            .on_delete(ForeignKeyAction::Restrict),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("ix_engagements_programme_id")
                    .table(Engagements::Table)
                    .col(Engagements::ProgrammeId)
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(EngagementParticipants::Table)
                    .col(pk_auto(EngagementParticipants::Id))
                    .col(integer(EngagementParticipants::EngagementId))
                    .col(integer_null(EngagementParticipants::OrganisationId))
                    .col(integer_null(EngagementParticipants::PersonId))
                    .col(
                        timestamp_with_time_zone(EngagementParticipants::CreatedAt)
                            .default(Expr::current_timestamp()),
                    )
                    .col(
                        timestamp_with_time_zone(EngagementParticipants::UpdatedAt)
                            .default(Expr::current_timestamp()),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_engagement_participants_engagement_id")
                            .from(
                                EngagementParticipants::Table,
                                EngagementParticipants::EngagementId,
                            )
                            .to(Engagements::Table, Engagements::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_engagement_participants_organisation_id")
                            .from(
                                EngagementParticipants::Table,
                                EngagementParticipants::OrganisationId,
                            )
                            .to(Organisations::Table, Organisations::Id)
                            .on_delete(ForeignKeyAction::Restrict),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_engagement_participants_person_id")
                            .from(
                                EngagementParticipants::Table,
                                EngagementParticipants::PersonId,
                            )
                            .to(People::Table, People::Id)
                            .on_delete(ForeignKeyAction::Restrict),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("ix_engagement_participants_engagement_id")
                    .table(EngagementParticipants::Table)
                    .col(EngagementParticipants::EngagementId)
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("ix_engagement_participants_organisation_id")
                    .table(EngagementParticipants::Table)
                    .col(EngagementParticipants::OrganisationId)
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("ix_engagement_participants_person_id")
                    .table(EngagementParticipants::Table)
                    .col(EngagementParticipants::PersonId)
                    .to_owned(),
            )
            .await?;
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

#[derive(DeriveIden)]
enum Programmes {
    Table,
    Id,
    Name,
    Description,
    SeniorResponsibleOwnerId,
    BudgetPence,
    StartsOn,
    EndsOn,
    Status,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum People {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum Benefits {
    Table,
    Id,
    ProgrammeId,
    Code,
    Title,
    Description,
    Category,
    IsDisbenefit,
    Measure,
    Unit,
    Direction,
    Rollup,
    ValueType,
    Reach,
    NationalOwnerId,
    Status,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum BenefitLinks {
    Table,
    Id,
    FromBenefitId,
    ToBenefitId,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum StakeholderAssessments {
    Table,
    Id,
    ProgrammeId,
    PersonId,
    OrganisationId,
    Influence,
    Interest,
    Attitude,
    AssessedOn,
    Notes,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum Organisations {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum Engagements {
    Table,
    Id,
    ProgrammeId,
    OccurredOn,
    Kind,
    Summary,
    Outcome,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum EngagementParticipants {
    Table,
    Id,
    EngagementId,
    OrganisationId,
    PersonId,
    CreatedAt,
    UpdatedAt,
}
