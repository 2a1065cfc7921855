//! The organisations of the health system, their dated relationships and their people.
//!
//! Every table has an integer key, `created_at` and `updated_at` (defaulting to now, so bulk
//! inserts need not set them), and an index on every foreign key and filtered column.

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
                    .table(Organisations::Table)
                    .col(pk_auto(Organisations::Id))
                    .col(string_null(Organisations::OdsCode))
                    .col(string(Organisations::Name))
                    .col(string_len(Organisations::Kind, 40))
                    .col(string_len(Organisations::Status, 40))
                    .col(date_null(Organisations::OpenedOn))
                    .col(date_null(Organisations::ClosedOn))
                    .col(string_null(Organisations::AddressLine1))
                    .col(string_null(Organisations::AddressLine2))
                    .col(string_null(Organisations::AddressLine3))
                    .col(string_null(Organisations::AddressLine4))
                    .col(string_null(Organisations::AddressLine5))
                    .col(string_null(Organisations::Postcode))
                    .col(stamp(Organisations::CreatedAt))
                    .col(stamp(Organisations::UpdatedAt))
                    .to_owned(),
            )
            .await?;
        index(
            manager,
            "ix_organisations_kind",
            Organisations::Table,
            [Organisations::Kind],
        )
        .await?;
        index(
            manager,
            "ix_organisations_status",
            Organisations::Table,
            [Organisations::Status],
        )
        .await?;
        index(
            manager,
            "ix_organisations_name",
            Organisations::Table,
            [Organisations::Name],
        )
        .await?;
        index(
            manager,
            "ix_organisations_opened_on",
            Organisations::Table,
            [Organisations::OpenedOn],
        )
        .await?;
        manager
            .create_index(
                Index::create()
                    .name("ux_organisations_ods_code")
                    .table(Organisations::Table)
                    .col(Organisations::OdsCode)
                    .unique()
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(OrganisationRelationships::Table)
                    .col(pk_auto(OrganisationRelationships::Id))
                    .col(integer(OrganisationRelationships::FromOrganisationId))
                    .col(integer(OrganisationRelationships::ToOrganisationId))
                    .col(string_len(OrganisationRelationships::Kind, 40))
                    .col(date_null(OrganisationRelationships::ValidFrom))
                    .col(date_null(OrganisationRelationships::ValidTo))
                    .col(stamp(OrganisationRelationships::CreatedAt))
                    .col(stamp(OrganisationRelationships::UpdatedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_organisation_relationships_from_organisation_id")
                            .from(
                                OrganisationRelationships::Table,
                                OrganisationRelationships::FromOrganisationId,
                            )
                            .to(Organisations::Table, Organisations::Id)
                            .on_delete(ForeignKeyAction::Restrict),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_organisation_relationships_to_organisation_id")
                            .from(
                                OrganisationRelationships::Table,
                                OrganisationRelationships::ToOrganisationId,
                            )
                            .to(Organisations::Table, Organisations::Id)
                            .on_delete(ForeignKeyAction::Restrict),
                    )
                    .to_owned(),
            )
            .await?;
        index(
            manager,
            "ix_organisation_relationships_from_organisation_id",
            OrganisationRelationships::Table,
            [OrganisationRelationships::FromOrganisationId],
        )
        .await?;
        index(
            manager,
            "ix_organisation_relationships_to_organisation_id",
            OrganisationRelationships::Table,
            [OrganisationRelationships::ToOrganisationId],
        )
        .await?;
        index(
            manager,
            "ix_organisation_relationships_kind",
            OrganisationRelationships::Table,
            [OrganisationRelationships::Kind],
        )
        .await?;
        manager
            .create_table(
                Table::create()
                    .table(People::Table)
                    .col(pk_auto(People::Id))
                    .col(string(People::Name))
                    .col(string_null(People::JobTitle))
                    .col(string_null(People::Email))
                    .col(integer_null(People::OrganisationId))
                    .col(stamp(People::CreatedAt))
                    .col(stamp(People::UpdatedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_people_organisation_id")
                            .from(People::Table, People::OrganisationId)
                            .to(Organisations::Table, Organisations::Id)
                            .on_delete(ForeignKeyAction::Restrict),
                    )
                    .to_owned(),
            )
            .await?;
        index(
            manager,
            "ix_people_organisation_id",
            People::Table,
            [People::OrganisationId],
        )
        .await?;
        index(manager, "ix_people_name", People::Table, [People::Name]).await?;
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(People::Table).to_owned())
            .await?;
        manager
            .drop_table(
                Table::drop()
                    .table(OrganisationRelationships::Table)
                    .to_owned(),
            )
            .await?;
        manager
            .drop_table(Table::drop().table(Organisations::Table).to_owned())
            .await?;
        Ok(())
    }
}

#[derive(DeriveIden)]
enum Organisations {
    Table,
    Id,
    OdsCode,
    Name,
    Kind,
    Status,
    OpenedOn,
    ClosedOn,
    AddressLine1,
    AddressLine2,
    AddressLine3,
    AddressLine4,
    AddressLine5,
    Postcode,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum OrganisationRelationships {
    Table,
    Id,
    FromOrganisationId,
    ToOrganisationId,
    Kind,
    ValidFrom,
    ValidTo,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum People {
    Table,
    Id,
    Name,
    JobTitle,
    Email,
    OrganisationId,
    CreatedAt,
    UpdatedAt,
}
