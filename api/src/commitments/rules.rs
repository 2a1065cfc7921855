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
    let why = "the owner must be a person of the organisation or of one part of it";
    person_belongs(db, (owner, "owner"), org, Within::Below, today, why).await
}

/// NOT_OF_ORGANISATION unless `signer` is a person of `org` or of an organisation it is
/// PART_OF: nobody signs off in another organisation's name.
#[tracing::instrument(level = "debug", skip(db))]
pub async fn signer_belongs<C: ConnectionTrait>(
    db: &C,
    signer: i32,
    org: i32,
    today: NaiveDate,
) -> WriteResult<()> {
    let why = "the commitment must be signed off by a person of its organisation or of one it is \
               part of";
    person_belongs(db, (signer, "signedOffBy"), org, Within::Above, today, why).await
}

/// Where, besides the organisation itself, a person may belong for a rule.
#[derive(Debug, Clone, Copy)]
enum Within {
    /// An organisation PART_OF it, directly or through others.
    Below,
    /// An organisation it is PART_OF, directly or through others.
    Above,
}

/// NOT_OF_ORGANISATION about `field`, saying `why`, unless `person` (named by `field`) is of
/// `org` or of an organisation `within` it on `today`.
async fn person_belongs<C: ConnectionTrait>(
    db: &C,
    (person, field): (i32, &str),
    org: i32,
    within: Within,
    today: NaiveDate,
    why: &str,
) -> WriteResult<()> {
    let belongs = match organisation_of(db, person, field).await? {
        Some(home) if home == org => true,
        Some(home) => match within {
            Within::Below => descendants(db, org, today).await?,
            Within::Above => ancestors(db, org, today).await?,
        }
        .contains(&home),
        None => false,
    };
    if belongs {
        return Ok(());
    }
    refused(field, UserErrorCode::NotOfOrganisation, why)
}
