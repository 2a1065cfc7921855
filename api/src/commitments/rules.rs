//! The organisation rules of a commitment (DESIGN.md): its owner is a person of the
//! organisation or of one PART_OF it; it is signed off by a person of the organisation or of
//! one it is PART_OF; a closed organisation's commitments take no new measurement, sign-off or
//! edit, only withdrawal or transfer.

use chrono::NaiveDate;
use entity::person;
use sea_orm::{ConnectionTrait, EntityTrait};

use crate::graphql::write::{UserErrorCode, WriteResult, refused};
use crate::organisations::{ancestors, descendants, open_organisation};

/// ORGANISATION_CLOSED (about `field`) when the commitment's organisation is closed.
pub async fn organisation_open<C: ConnectionTrait>(
    db: &C,
    org: i32,
    field: &str,
    today: NaiveDate,
) -> WriteResult<()> {
    open_organisation(db, org, field, today).await.map(|_| ())
}

/// The organisation of person `id`; NOT_FOUND about `field` when there is no such person.
async fn organisation_of<C: ConnectionTrait>(
    db: &C,
    id: i32,
    field: &str,
) -> WriteResult<Option<i32>> {
    match person::Entity::find_by_id(id).one(db).await? {
        Some(p) => Ok(p.organisation_id),
        None => refused(field, UserErrorCode::NotFound, "no such person"),
    }
}

/// NOT_OF_ORGANISATION unless `owner` is a person of `org` or of an organisation PART_OF it.
#[tracing::instrument(level = "debug", skip(db))]
pub async fn owner_belongs<C: ConnectionTrait>(
    db: &C,
    owner: i32,
    org: i32,
    today: NaiveDate,
) -> WriteResult<()> {
    let belongs = match organisation_of(db, owner, "owner").await? {
        Some(h) if h == org => true,
        Some(h) => descendants(db, org, today).await?.contains(&h),
        None => false,
    };
    if belongs {
        return Ok(());
    }
    refused(
        "owner",
        UserErrorCode::NotOfOrganisation,
        "the owner must be a person of the organisation or of one part of it",
    )
}

/// NOT_OF_ORGANISATION unless `signer` is a person of `org` or of an organisation it is
/// PART_OF: nobody signs off in another organisation's name.
pub async fn signer_belongs<C: ConnectionTrait>(
    db: &C,
    signer: i32,
    org: i32,
    today: NaiveDate,
) -> WriteResult<()> {
    let belongs = match organisation_of(db, signer, "signedOffBy").await? {
        Some(h) if h == org => true,
        Some(h) => ancestors(db, org, today).await?.contains(&h),
        None => false,
    };
    if belongs {
        return Ok(());
    }
    refused(
        "signedOffBy",
        UserErrorCode::NotOfOrganisation,
        "the commitment must be signed off by a person of its organisation or of one it is part of",
    )
}
