//! Checks the commitment mutations share: who may act on a commitment, whether the version
//! read is still the row's, and one live commitment per organisation and benefit.

use async_graphql::Context;
use entity::commitment;
use entity::enums::CommitmentStatus;
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};

use crate::auth::{Caller, Permission, require, require_for};
use crate::graphql::context::ContextExt;
use crate::graphql::error::ApiResult;
use crate::graphql::write::{UserErrorCode, WriteResult, found, refused};

/// The caller, when they may do `permission` for the organisation of commitment `id`. Read
/// before the write transaction opens (an organisation's commitments stay its own), so that a
/// write never waits on a second connection.
pub(crate) async fn caller_for_commitment<'a>(
    ctx: &'a Context<'_>,
    id: i32,
    permission: Permission,
) -> ApiResult<&'a Caller> {
    let (caller, scope) = require(ctx, permission)?;
    if scope == crate::auth::Scope::Everywhere {
        return Ok(caller);
    }
    let org = commitment::Entity::find_by_id(id)
        .one(&ctx.request().db.conn)
        .await?
        .map(|c| c.organisation_id);
    // An unknown commitment is reported as NOT_FOUND later, to callers who may act somewhere.
    match org {
        Some(org) => require_for(ctx, permission, &[org]).await,
        None => Ok(caller),
    }
}

/// STALE_VERSION unless the caller's version is the row's.
pub(crate) fn same_version(given: i32, row: &commitment::Model) -> WriteResult<()> {
    if given == row.version {
        return Ok(());
    }
    stale()
}

/// STALE_VERSION: someone else changed the commitment first.
pub(crate) fn stale<T>() -> WriteResult<T> {
    refused(
        "version",
        UserErrorCode::StaleVersion,
        "the commitment changed since you read it: read it again",
    )
}

/// DUPLICATE_LIVE_COMMITMENT.
pub(crate) fn duplicate_live<T>() -> WriteResult<T> {
    refused(
        "benefit",
        UserErrorCode::DuplicateLiveCommitment,
        "the organisation already has a live commitment to this benefit",
    )
}

/// NOT_LIVE about `field`, saying `message`, unless the commitment is live (not withdrawn or
/// transferred).
pub(crate) fn live(row: &commitment::Model, field: &str, message: &str) -> WriteResult<()> {
    if row.status.is_live() {
        return Ok(());
    }
    refused(field, UserErrorCode::NotLive, message)
}

/// The commitment a change applies to, read in the change's transaction: refused when it
/// changed since the caller read it at `version`, or has ended (`ended` says why).
pub(crate) async fn changeable(
    txn: &sea_orm::DatabaseTransaction,
    id: i32,
    version: i32,
    ended: &str,
) -> WriteResult<commitment::Model> {
    let row = found::<commitment::Entity, _>(txn, id, "id").await?;
    same_version(version, &row)?;
    live(&row, "id", ended)?;
    Ok(row)
}

/// DUPLICATE_LIVE_COMMITMENT when `org` has a live commitment to `benefit` already.
#[tracing::instrument(level = "debug", skip(txn))]
pub(crate) async fn no_live_commitment(
    txn: &sea_orm::DatabaseTransaction,
    org: i32,
    benefit: i32,
) -> WriteResult<()> {
    let existing = commitment::Entity::find()
        .filter(commitment::Column::OrganisationId.eq(org))
        .filter(commitment::Column::BenefitId.eq(benefit))
        .filter(commitment::Column::Status.is_not_in(CommitmentStatus::ENDED))
        .one(txn)
        .await?;
    match existing {
        Some(_) => duplicate_live(),
        None => Ok(()),
    }
}
