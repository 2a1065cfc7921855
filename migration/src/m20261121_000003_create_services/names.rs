//! The names of the tables and columns this migration creates or refers to.

use sea_orm_migration::prelude::*;

#[derive(DeriveIden)]
pub(super) enum Services {
    Table,
    Id,
    Name,
    Description,
    ProviderId,
    OwnerId,
    Lifecycle,
    AvailabilityTarget,
    ValueType,
    Reach,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden)]
pub(super) enum Organisations {
    Table,
    Id,
}

#[derive(DeriveIden)]
pub(super) enum People {
    Table,
    Id,
}

#[derive(DeriveIden)]
pub(super) enum Enablements {
    Table,
    Id,
    ServiceId,
    BenefitId,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden)]
pub(super) enum Benefits {
    Table,
    Id,
}

#[derive(DeriveIden)]
pub(super) enum Deployments {
    Table,
    Id,
    ServiceId,
    OrganisationId,
    Status,
    PlannedGoLive,
    WentLiveOn,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden)]
pub(super) enum ReadinessGates {
    Table,
    Id,
    DeploymentId,
    Name,
    Status,
    DecidedOn,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden)]
pub(super) enum ServiceLevelReports {
    Table,
    Id,
    ServiceId,
    DeploymentId,
    PeriodStart,
    PeriodEnd,
    Availability,
    Incidents,
    Notes,
    CreatedAt,
    UpdatedAt,
}
