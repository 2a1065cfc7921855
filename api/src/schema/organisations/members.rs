//! An organisation's members as a connection (its children, the organisations it
//! commissions): each page read as such (`organisations::members`), and the list counted only
//! when the page needs its length, as for every nested list (`graphql::children::Planned`).

use async_graphql::Context;

use super::types::Organisation;
use crate::graphql::children::Planned;
use crate::graphql::connection::{Connection, PageArgs, kept_count, page};
use crate::graphql::context::ContextExt;
use crate::graphql::error::ApiResult;
use crate::graphql::loader::load_or_default;
use crate::organisations::members::{Members, MembersPage, MembersTotal};

/// The page of `members` that `args` asks for.
pub(super) async fn members_page(
    ctx: &Context<'_>,
    args: PageArgs,
    members: Members,
) -> ApiResult<Connection<Organisation>> {
    let count = || count_members(ctx, &members);
    let planned = Planned::new(ctx, &args, &count).await?;
    let rows = match members.lets_none() {
        true => Vec::new(),
        false => {
            let key = MembersPage {
                members: members.clone(),
                skip: planned.window.offset,
                rows: planned.rows,
            };
            load_or_default(ctx.request(), key).await?
        }
    };
    let total = planned.total(&rows, &count).await?;
    Ok(page(planned.window, rows, total).into_connection(Organisation))
}

/// How many members there are: kept from an earlier request under the same graph version
/// when there is one, counted (with the other organisations of the level) otherwise.
async fn count_members(ctx: &Context<'_>, members: &Members) -> ApiResult<u64> {
    if members.lets_none() {
        return Ok(0);
    }
    let key = || format!("members {members:?}");
    let counted = load_or_default(ctx.request(), MembersTotal(members.clone()));
    kept_count(ctx, key, counted).await
}
