//! Why a change did not happen, and the reads its checks share. A mutation's checks return
//! [`WriteResult`], so that `?` works throughout: a [`WriteError::Refused`] becomes the
//! payload's user errors, a [`WriteError::Failed`] a GraphQL error. The write itself (authorise,
//! change, record the audit event, commit) is `audit::write`.

use sea_orm::{ConnectionTrait, DbErr, EntityTrait, PrimaryKeyTrait};

use super::error::ApiError;
use super::mutation::{UserError, is_unique_violation};
pub use super::mutation::{UserErrorCode, begin};

/// Why a change did not happen.
#[derive(Debug)]
pub enum WriteError {
    /// The input cannot be accepted, for these reasons the caller can fix.
    Refused(Vec<UserError>),
    /// Something the caller cannot fix: unauthorised, or the database failed.
    Failed(ApiError),
}

/// The result of a change, or of one of its checks.
pub type WriteResult<T> = Result<T, WriteError>;

impl From<Vec<UserError>> for WriteError {
    fn from(errors: Vec<UserError>) -> Self {
        Self::Refused(errors)
    }
}

impl From<UserError> for WriteError {
    fn from(error: UserError) -> Self {
        Self::Refused(vec![error])
    }
}

impl From<ApiError> for WriteError {
    fn from(error: ApiError) -> Self {
        Self::Failed(error)
    }
}

impl From<DbErr> for WriteError {
    fn from(error: DbErr) -> Self {
        Self::Failed(error.into())
    }
}

/// One user error about `field`, as a refusal.
pub fn refused<T>(field: &str, code: UserErrorCode, message: impl Into<String>) -> WriteResult<T> {
    Err(UserError::new(field, code, message).into())
}

/// The row of `E` with key `id`, or a NOT_FOUND user error about `field`.
#[tracing::instrument(level = "debug", skip(db), fields(table = E::default().table_name()))]
pub async fn found<E, C>(db: &C, id: i32, field: &str) -> WriteResult<E::Model>
where
    E: EntityTrait,
    C: ConnectionTrait,
    <E::PrimaryKey as PrimaryKeyTrait>::ValueType: From<i32>,
{
    match E::find_by_id(id).one(db).await? {
        Some(row) => Ok(row),
        None => refused(field, UserErrorCode::NotFound, "no such object"),
    }
}

/// Like [`found`] for an optional reference: `None` when there is none.
pub async fn found_opt<E, C>(db: &C, id: Option<i32>, field: &str) -> WriteResult<Option<E::Model>>
where
    E: EntityTrait,
    C: ConnectionTrait,
    <E::PrimaryKey as PrimaryKeyTrait>::ValueType: From<i32>,
{
    match id {
        Some(id) => Ok(Some(found::<E, C>(db, id, field).await?)),
        None => Ok(None),
    }
}

/// The outcome of a write that a unique index guards. A violation means a concurrent request
/// (or an earlier one) wrote the same thing first: it becomes `refusal()`, the user error that
/// says so. Any other failure stays a failure.
pub fn unless_duplicate<T>(
    written: Result<T, DbErr>,
    refusal: impl FnOnce() -> WriteResult<T>,
) -> WriteResult<T> {
    match written {
        Err(e) if is_unique_violation(&e) => refusal(),
        written => Ok(written?),
    }
}
