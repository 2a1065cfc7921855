//! The names of the tables and columns this migration creates or refers to.

use sea_orm_migration::prelude::*;

#[derive(DeriveIden)]
pub(super) enum Programmes {
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
pub(super) enum People {
    Table,
    Id,
}

#[derive(DeriveIden)]
pub(super) enum Benefits {
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
pub(super) enum BenefitLinks {
    Table,
    Id,
    FromBenefitId,
    ToBenefitId,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden)]
pub(super) enum StakeholderAssessments {
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
pub(super) enum Organisations {
    Table,
    Id,
}

#[derive(DeriveIden)]
pub(super) enum Engagements {
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
pub(super) enum EngagementParticipants {
    Table,
    Id,
    EngagementId,
    OrganisationId,
    PersonId,
    CreatedAt,
    UpdatedAt,
}
