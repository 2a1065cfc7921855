//! The one way a mutation writes: authorise, run the change, record its audit event in the
//! change's transaction, commit, and build the payload. A mutation's own code is only its
//! change, written with `?` throughout: it checks its input, opens the transaction with
//! `begin` only once the input is good, writes, and returns what it wrote as [`Written`]. A
//! `WriteError::Refused` becomes the payload's user errors (a transaction already open is
//! dropped, and so rolled back); a `WriteError::Failed` becomes a GraphQL error.

use async_graphql::Context;
use sea_orm::DatabaseTransaction;
use serde::Serialize;
use serde_json::Value;

use super::{record, snapshot};
use crate::auth::{Caller, Permission, require};
use crate::graphql::error::ApiResult;
use crate::graphql::ids::NodeType;
use crate::graphql::mutation::UserError;
use crate::graphql::row_object::RowObject;
use crate::graphql::write::{WriteError, WriteResult};

/// What a change wrote, not yet committed: its transaction, what the mutation returns, and for
/// the audit event the object it is filed under and that object (or the rows changed) before
/// and after.
pub struct Written<T> {
    txn: DatabaseTransaction,
    object: T,
    node: NodeType,
    id: i32,
    before: Option<Value>,
    after: Option<Value>,
}

impl<T> Written<T> {
    /// A change filed under `node` `id` that returns `object`, with nothing recorded before or
    /// after it yet: [`Self::before`] and [`Self::after`] add them, for changes that are
    /// neither one row created nor one row changed (a link made or removed, several rows).
    pub fn of(txn: DatabaseTransaction, node: NodeType, id: i32, object: T) -> Self {
        Self {
            txn,
            object,
            node,
            id,
            before: None,
            after: None,
        }
    }

    /// With `state` (a row, the rows changed) recorded as it was before the change.
    pub fn before(self, state: &impl Serialize) -> WriteResult<Self> {
        Ok(Self {
            before: snapshot(state)?,
            ..self
        })
    }

    /// With `state` recorded as it is after the change.
    pub fn after(self, state: &impl Serialize) -> WriteResult<Self> {
        Ok(Self {
            after: snapshot(state)?,
            ..self
        })
    }

    /// A new row: nothing before, the row after; `wrap` makes what the mutation returns of the
    /// row, which it takes without a copy. (An object that is the row itself is
    /// [`Self::created`].)
    pub fn created_as<M: Serialize>(
        txn: DatabaseTransaction,
        node: NodeType,
        id: i32,
        row: M,
        wrap: impl FnOnce(M) -> T,
    ) -> WriteResult<Self> {
        let after = snapshot(&row)?;
        Ok(Self {
            after,
            ..Self::of(txn, node, id, wrap(row))
        })
    }

    /// A changed row: `before` and the row after, which `wrap` makes what the mutation returns.
    /// (An object that is the row itself is [`Self::changed`].)
    pub fn changed_as<M: Serialize>(
        txn: DatabaseTransaction,
        node: NodeType,
        id: i32,
        before: &impl Serialize,
        after: M,
        wrap: impl FnOnce(M) -> T,
    ) -> WriteResult<Self> {
        let (before, snapshot_after) = (snapshot(before)?, snapshot(&after)?);
        Ok(Self {
            before,
            after: snapshot_after,
            ..Self::of(txn, node, id, wrap(after))
        })
    }
}

/// Changes to an object that is one row, filed under that row's own node type and key.
impl<T: RowObject<Row: Serialize>> Written<T> {
    /// A change to `object`'s row that is not the row itself (a link made or removed, rows
    /// beside it): [`Self::before`] and [`Self::after`] add what changed.
    pub fn about(txn: DatabaseTransaction, object: T) -> Self {
        let id = T::key(object.row());
        Self::of(txn, T::NODE, id, object)
    }

    /// The object's row, new: nothing before, the row after.
    pub fn created(txn: DatabaseTransaction, row: T::Row) -> WriteResult<Self> {
        Self::created_as(txn, T::NODE, T::key(&row), row, T::of)
    }

    /// The object's row, changed from `before`.
    pub fn changed(txn: DatabaseTransaction, before: &T::Row, row: T::Row) -> WriteResult<Self> {
        Self::changed_as(txn, T::NODE, T::key(&row), before, row, T::of)
    }
}

/// Runs `change` for a caller who holds `permission` anywhere (see [`write_as`]).
#[tracing::instrument(name = "write", skip_all, fields(mutation = ctx.field().name()))]
pub async fn write<T, P>(
    ctx: &Context<'_>,
    permission: Permission,
    change: impl AsyncFnOnce(&Caller) -> WriteResult<Written<T>>,
) -> ApiResult<P>
where
    P: From<Result<T, Vec<UserError>>>,
{
    let (caller, _) = require(ctx, permission)?;
    write_as(ctx, caller, change).await
}

/// Runs `change` for `caller` (already authorised, by `auth::require_for` or a domain's own
/// check), records one audit event named after the mutation field in the change's
/// transaction, and commits. The payload carries the object, or the user errors of a refused
/// change, which writes nothing.
#[tracing::instrument(name = "write_as", skip_all, fields(mutation = ctx.field().name()))]
pub async fn write_as<T, P>(
    ctx: &Context<'_>,
    caller: &Caller,
    change: impl AsyncFnOnce(&Caller) -> WriteResult<Written<T>>,
) -> ApiResult<P>
where
    P: From<Result<T, Vec<UserError>>>,
{
    let written = match change(caller).await {
        Ok(written) => written,
        Err(WriteError::Refused(errors)) => return Ok(P::from(Err(errors))),
        Err(WriteError::Failed(error)) => return Err(error),
    };
    let action = ctx.field().name();
    let Written {
        txn,
        object,
        node,
        id,
        before,
        after,
    } = written;
    record(&txn, caller, action, node, id, before, after).await?;
    txn.commit().await?;
    // Subscribers on this instance hear of it at once (others through the database).
    if let Ok(feed) = ctx.data::<std::sync::Arc<crate::live::Feed>>() {
        feed.wake();
    }
    Ok(P::from(Ok(object)))
}
