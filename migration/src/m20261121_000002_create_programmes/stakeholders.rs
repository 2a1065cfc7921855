//! The stakeholder work around a programme: assessments of power and interest, and engagements with their participants.

use sea_orm_migration::{prelude::*, schema::*};

use super::names::*;
use crate::{index, stamp};

/// Creates the stakeholder tables and their indexes.
pub(super) async fn up(manager: &SchemaManager<'_>) -> Result<(), DbErr> {
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
                .col(stamp(StakeholderAssessments::CreatedAt))
                .col(stamp(StakeholderAssessments::UpdatedAt))
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
    index(
        manager,
        "ix_stakeholder_assessments_programme_id",
        StakeholderAssessments::Table,
        [StakeholderAssessments::ProgrammeId],
    )
    .await?;
    index(
        manager,
        "ix_stakeholder_assessments_person_id",
        StakeholderAssessments::Table,
        [StakeholderAssessments::PersonId],
    )
    .await?;
    index(
        manager,
        "ix_stakeholder_assessments_organisation_id",
        StakeholderAssessments::Table,
        [StakeholderAssessments::OrganisationId],
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
                .col(stamp(Engagements::CreatedAt))
                .col(stamp(Engagements::UpdatedAt))
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
    index(
        manager,
        "ix_engagements_programme_id",
        Engagements::Table,
        [Engagements::ProgrammeId],
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
                .col(stamp(EngagementParticipants::CreatedAt))
                .col(stamp(EngagementParticipants::UpdatedAt))
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
    index(
        manager,
        "ix_engagement_participants_engagement_id",
        EngagementParticipants::Table,
        [EngagementParticipants::EngagementId],
    )
    .await?;
    index(
        manager,
        "ix_engagement_participants_organisation_id",
        EngagementParticipants::Table,
        [EngagementParticipants::OrganisationId],
    )
    .await?;
    index(
        manager,
        "ix_engagement_participants_person_id",
        EngagementParticipants::Table,
        [EngagementParticipants::PersonId],
    )
    .await?;
    Ok(())
}
