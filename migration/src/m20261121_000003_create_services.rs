//! The service catalogue: services, what they enable, where they are deployed, readiness and service levels.
//!
//! Every table has an integer key, `created_at` and `updated_at` (defaulting to now, so bulk
//! inserts need not set them), and an index on every foreign key and filtered column.

use sea_orm_migration::{prelude::*, schema::*};

use crate::{index, stamp};

mod assurance;
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
                    .table(Services::Table)
                    .col(pk_auto(Services::Id))
                    .col(string(Services::Name))
                    .col(text_null(Services::Description))
                    .col(integer_null(Services::ProviderId))
                    .col(integer_null(Services::OwnerId))
                    .col(string_len(Services::Lifecycle, 40))
                    .col(double_null(Services::AvailabilityTarget))
                    .col(string_len(Services::ValueType, 40))
                    .col(string_len(Services::Reach, 40))
                    .col(stamp(Services::CreatedAt))
                    .col(stamp(Services::UpdatedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_services_provider_id")
                            .from(Services::Table, Services::ProviderId)
                            .to(Organisations::Table, Organisations::Id)
                            .on_delete(ForeignKeyAction::Restrict),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_services_owner_id")
                            .from(Services::Table, Services::OwnerId)
                            .to(People::Table, People::Id)
                            .on_delete(ForeignKeyAction::Restrict),
                    )
                    .to_owned(),
            )
            .await?;
        index(
            manager,
            "ix_services_provider_id",
            Services::Table,
            [Services::ProviderId],
        )
        .await?;
        index(
            manager,
            "ix_services_owner_id",
            Services::Table,
            [Services::OwnerId],
        )
        .await?;
        index(
            manager,
            "ix_services_lifecycle",
            Services::Table,
            [Services::Lifecycle],
        )
        .await?;
        index(
            manager,
            "ix_services_name",
            Services::Table,
            [Services::Name],
        )
        .await?;
        manager
            .create_table(
                Table::create()
                    .table(Enablements::Table)
                    .col(pk_auto(Enablements::Id))
                    .col(integer(Enablements::ServiceId))
                    .col(integer(Enablements::BenefitId))
                    .col(stamp(Enablements::CreatedAt))
                    .col(stamp(Enablements::UpdatedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_enablements_service_id")
                            .from(Enablements::Table, Enablements::ServiceId)
                            .to(Services::Table, Services::Id)
                            .on_delete(ForeignKeyAction::Restrict),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_enablements_benefit_id")
                            .from(Enablements::Table, Enablements::BenefitId)
                            .to(Benefits::Table, Benefits::Id)
                            .on_delete(ForeignKeyAction::Restrict),
                    )
                    .to_owned(),
            )
            .await?;
        index(
            manager,
            "ix_enablements_benefit_id",
            Enablements::Table,
            [Enablements::BenefitId],
        )
        .await?;
        manager
            .create_index(
                Index::create()
                    .name("ux_enablements_service_id_benefit_id")
                    .table(Enablements::Table)
                    .col(Enablements::ServiceId)
                    .col(Enablements::BenefitId)
                    .unique()
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(Deployments::Table)
                    .col(pk_auto(Deployments::Id))
                    .col(integer(Deployments::ServiceId))
                    .col(integer(Deployments::OrganisationId))
                    .col(string_len(Deployments::Status, 40))
                    .col(date_null(Deployments::PlannedGoLive))
                    .col(date_null(Deployments::WentLiveOn))
                    .col(stamp(Deployments::CreatedAt))
                    .col(stamp(Deployments::UpdatedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_deployments_service_id")
                            .from(Deployments::Table, Deployments::ServiceId)
                            .to(Services::Table, Services::Id)
                            .on_delete(ForeignKeyAction::Restrict),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_deployments_organisation_id")
                            .from(Deployments::Table, Deployments::OrganisationId)
                            .to(Organisations::Table, Organisations::Id)
                            .on_delete(ForeignKeyAction::Restrict),
                    )
                    .to_owned(),
            )
            .await?;
        index(
            manager,
            "ix_deployments_organisation_id",
            Deployments::Table,
            [Deployments::OrganisationId],
        )
        .await?;
        index(
            manager,
            "ix_deployments_status",
            Deployments::Table,
            [Deployments::Status],
        )
        .await?;
        manager
            .create_index(
                Index::create()
                    .name("ux_deployments_service_id_organisation_id")
                    .table(Deployments::Table)
                    .col(Deployments::ServiceId)
                    .col(Deployments::OrganisationId)
                    .unique()
                    .to_owned(),
            )
            .await?;
        assurance::up(manager).await?;
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(ServiceLevelReports::Table).to_owned())
            .await?;
        manager
            .drop_table(Table::drop().table(ReadinessGates::Table).to_owned())
            .await?;
        manager
            .drop_table(Table::drop().table(Deployments::Table).to_owned())
            .await?;
        manager
            .drop_table(Table::drop().table(Enablements::Table).to_owned())
            .await?;
        manager
            .drop_table(Table::drop().table(Services::Table).to_owned())
            .await?;
        Ok(())
    }
}
