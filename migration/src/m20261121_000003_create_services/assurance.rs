//! What assures a deployment: its readiness gates and the service level reports of a live service.

use sea_orm_migration::{prelude::*, schema::*};

use super::names::*;
use crate::{index, stamp};

/// Creates the readiness gate and service level report tables and their indexes.
pub(super) async fn up(manager: &SchemaManager<'_>) -> Result<(), DbErr> {
    manager
        .create_table(
            Table::create()
                .table(ReadinessGates::Table)
                .col(pk_auto(ReadinessGates::Id))
                .col(integer(ReadinessGates::DeploymentId))
                .col(string(ReadinessGates::Name))
                .col(string_len(ReadinessGates::Status, 40))
                .col(date_null(ReadinessGates::DecidedOn))
                .col(stamp(ReadinessGates::CreatedAt))
                .col(stamp(ReadinessGates::UpdatedAt))
                .foreign_key(
                    ForeignKey::create()
                        .name("fk_readiness_gates_deployment_id")
                        .from(ReadinessGates::Table, ReadinessGates::DeploymentId)
                        .to(Deployments::Table, Deployments::Id)
                        .on_delete(ForeignKeyAction::Cascade),
                )
                .to_owned(),
        )
        .await?;
    index(
        manager,
        "ix_readiness_gates_deployment_id",
        ReadinessGates::Table,
        [ReadinessGates::DeploymentId],
    )
    .await?;
    manager
        .create_table(
            Table::create()
                .table(ServiceLevelReports::Table)
                .col(pk_auto(ServiceLevelReports::Id))
                .col(integer(ServiceLevelReports::ServiceId))
                .col(integer_null(ServiceLevelReports::DeploymentId))
                .col(date(ServiceLevelReports::PeriodStart))
                .col(date(ServiceLevelReports::PeriodEnd))
                .col(double(ServiceLevelReports::Availability))
                .col(integer(ServiceLevelReports::Incidents))
                .col(text_null(ServiceLevelReports::Notes))
                .col(stamp(ServiceLevelReports::CreatedAt))
                .col(stamp(ServiceLevelReports::UpdatedAt))
                .foreign_key(
                    ForeignKey::create()
                        .name("fk_service_level_reports_service_id")
                        .from(ServiceLevelReports::Table, ServiceLevelReports::ServiceId)
                        .to(Services::Table, Services::Id)
                        .on_delete(ForeignKeyAction::Restrict),
                )
                .foreign_key(
                    ForeignKey::create()
                        .name("fk_service_level_reports_deployment_id")
                        .from(
                            ServiceLevelReports::Table,
                            ServiceLevelReports::DeploymentId,
                        )
                        .to(Deployments::Table, Deployments::Id)
                        .on_delete(ForeignKeyAction::Restrict),
                )
                .to_owned(),
        )
        .await?;
    index(
        manager,
        "ix_service_level_reports_service_id",
        ServiceLevelReports::Table,
        [ServiceLevelReports::ServiceId],
    )
    .await?;
    index(
        manager,
        "ix_service_level_reports_deployment_id",
        ServiceLevelReports::Table,
        [ServiceLevelReports::DeploymentId],
    )
    .await?;
    Ok(())
}
