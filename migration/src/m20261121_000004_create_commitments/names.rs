//! The names of the tables and columns this migration creates or refers to.

use sea_orm_migration::prelude::*;

#[derive(DeriveIden)]
pub(super) enum Commitments {
    Table,
    Id,
    OrganisationId,
    BenefitId,
    OwnerId,
    Baseline,
    BaselineOn,
    Target,
    TargetOn,
    Tolerance,
    Status,
    SignedOffOn,
    SignedOffById,
    TransferredFromId,
    WithdrawalReason,
    Version,
    Notes,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden)]
pub(super) enum Organisations {
    Table,
    Id,
}

#[derive(DeriveIden)]
pub(super) enum Benefits {
    Table,
    Id,
}

#[derive(DeriveIden)]
pub(super) enum People {
    Table,
    Id,
}

#[derive(DeriveIden)]
pub(super) enum TrajectoryPoints {
    Table,
    Id,
    CommitmentId,
    PlannedOn,
    Value,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden)]
pub(super) enum Measurements {
    Table,
    Id,
    CommitmentId,
    MeasuredOn,
    Value,
    Note,
    RecordedBy,
    RecordedAt,
    SupersedesId,
    CreatedAt,
    UpdatedAt,
}
