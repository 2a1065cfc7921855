//! Who a signed-in caller is among the people Realise knows: a person whose identity (issuer
//! and subject) an administrator has confirmed. On a caller's first sign-in through a provider
//! whose token carries an email address, the person with that address (and no identity yet) is
//! proposed as theirs; an administrator confirms or removes the link.

use async_graphql::Context;
use entity::person;
use sea_orm::sea_query::{Expr, ExprTrait, Func};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseConnection, DbErr, EntityTrait,
    QueryFilter, Set, TransactionTrait,
};

use crate::audit::{record, snapshot};
use crate::auth::Caller;
use crate::graphql::context::ContextExt;
use crate::graphql::error::ApiResult;
use crate::graphql::ids::NodeType;

/// The person linked to `caller`'s identity, confirmed or not.
pub async fn linked_person<C: ConnectionTrait>(
    db: &C,
    caller: &Caller,
) -> Result<Option<person::Model>, DbErr> {
    person::Entity::find()
        .filter(person::Column::IdentityIssuer.eq(caller.issuer.as_str()))
        .filter(person::Column::IdentitySubject.eq(caller.subject.as_str()))
        .one(db)
        .await
}

/// The person linked to the request's caller, confirmed or not, read at most once per request.
pub async fn caller_link(ctx: &Context<'_>) -> ApiResult<Option<person::Model>> {
    let request = ctx.request();
    let Some(caller) = ctx.data_opt::<Caller>() else {
        return Ok(None);
    };
    let linked = request
        .caller_link
        .get_or_try_init(|| linked_person(&request.db.conn, caller))
        .await?;
    Ok(linked.clone())
}

/// The caller's confirmed person: the one their sign-offs and measurements carry.
pub async fn caller_person(ctx: &Context<'_>) -> ApiResult<Option<person::Model>> {
    Ok(caller_link(ctx).await?.filter(|p| p.identity_confirmed))
}

/// On a caller's first sign-in: when no person has their identity yet and exactly one person
/// without an identity has their email address, proposes that person as theirs (for an
/// administrator to confirm). Audited as the caller's doing.
pub async fn propose_by_email(db: &DatabaseConnection, caller: &Caller) -> Result<(), DbErr> {
    let Some(email) = caller.email.as_deref() else {
        return Ok(());
    };
    let txn = db.begin().await?;
    if linked_person(&txn, caller).await?.is_some() {
        return Ok(());
    }
    let matching = person::Entity::find()
        .filter(Expr::expr(Func::lower(Expr::col(person::Column::Email))).eq(email))
        .filter(person::Column::IdentitySubject.is_null())
        .all(&txn)
        .await?;
    let [candidate] = matching.as_slice() else {
        // None, or several people share the address: an administrator links them by hand.
        return Ok(());
    };
    let before = candidate.clone();
    let mut row: person::ActiveModel = candidate.clone().into();
    row.identity_issuer = Set(Some(caller.issuer.clone()));
    row.identity_subject = Set(Some(caller.subject.clone()));
    row.identity_confirmed = Set(false);
    let after = row.update(&txn).await?;
    record(
        &txn,
        caller,
        "proposeIdentityLink",
        NodeType::Person,
        after.id,
        snapshot(&before)?,
        snapshot(&after)?,
    )
    .await?;
    txn.commit().await?;
    tracing::info!(person = after.id, subject = %caller.subject, "proposed a person for a new sign-in, by email");
    Ok(())
}
