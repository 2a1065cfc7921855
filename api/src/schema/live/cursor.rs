//! `liveCursor`: where the record of committed changes stands, for a page to subscribe from
//! without missing a change made between its read and its subscription.

use async_graphql::{Context, ID, Object};

use crate::graphql::context::ContextExt;
use crate::graphql::error::ApiResult;

/// The read that starts live updates.
#[derive(Default)]
pub struct LiveCursorQuery;

#[Object]
impl LiveCursorQuery {
    /// Where the record of committed changes stands now. Read it in a request of its own, then
    /// read the page, then subscribe with `after` set to it: every change the page may not show
    /// is sent, and none falls between the read and the subscription. A change whose write had
    /// not committed when the cursor was read is included when it commits.
    async fn live_cursor(&self, ctx: &Context<'_>) -> ApiResult<ID> {
        let position = crate::live::audit_position(&ctx.request().db.conn).await?;
        Ok(ID(position.cursor()))
    }
}
