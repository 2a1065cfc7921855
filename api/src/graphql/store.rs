//! Small reads that mutations share.

use sea_orm::{ConnectionTrait, DbErr, EntityTrait, PrimaryKeyTrait};

use super::mutation::{UserError, UserErrorCode};

/// The row of `E` with key `id`, or a NOT_FOUND user error about `field`.
pub async fn found<E, C>(
    db: &C,
    id: i32,
    field: &str,
) -> Result<Result<E::Model, Vec<UserError>>, DbErr>
where
    E: EntityTrait,
    C: ConnectionTrait,
    <E::PrimaryKey as PrimaryKeyTrait>::ValueType: From<i32>,
{
    Ok(match E::find_by_id(id).one(db).await? {
        Some(row) => Ok(row),
        None => Err(vec![UserError::new(
            field,
            UserErrorCode::NotFound,
            "no such object",
        )]),
    })
}

/// Like [`found`] for an optional reference: `Ok(None)` when there is none.
pub async fn found_opt<E, C>(
    db: &C,
    id: Option<i32>,
    field: &str,
) -> Result<Result<Option<E::Model>, Vec<UserError>>, DbErr>
where
    E: EntityTrait,
    C: ConnectionTrait,
    <E::PrimaryKey as PrimaryKeyTrait>::ValueType: From<i32>,
{
    match id {
        Some(id) => Ok(found::<E, C>(db, id, field).await?.map(Some)),
        None => Ok(Ok(None)),
    }
}

/// Unwraps a user-error result inside a resolver: returns the payload of the errors.
macro_rules! or_refuse {
    ($e:expr) => {
        match $e {
            Ok(v) => v,
            Err(errors) => {
                return Ok($crate::graphql::mutation::Refusable::refused(errors));
            }
        }
    };
}
pub(crate) use or_refuse;

/// The organisation with key `id` when it is open on `today`; NOT_FOUND or ORGANISATION_CLOSED
/// about `field` otherwise.
pub async fn open_organisation<C: ConnectionTrait>(
    db: &C,
    id: i32,
    field: &str,
    today: chrono::NaiveDate,
) -> Result<Result<entity::organisation::Model, Vec<UserError>>, DbErr> {
    let org = match found::<entity::organisation::Entity, C>(db, id, field).await? {
        Ok(org) => org,
        Err(e) => return Ok(Err(e)),
    };
    let closed = crate::commitments::is_closed(org.status, org.closed_on, today);
    Ok(if closed {
        Err(vec![UserError::new(
            field,
            UserErrorCode::OrganisationClosed,
            "the organisation is closed",
        )])
    } else {
        Ok(org)
    })
}
