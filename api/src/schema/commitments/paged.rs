//! A connection of commitments, an organisation's or a benefit's. Each page is read as such
//! (`commitments::page`): the page's rows only, with the benefit and owner each row shows when
//! the query selects them, and the list counted only when the page needs its length.

use async_graphql::Context;
use entity::commitment;
use entity::enums::CommitmentStatus;

use super::types::Commitment;
use crate::benefits::BenefitById;
use crate::commitments::page::{Along, CommitmentsPage, PageOf, PagedCommitment};
use crate::commitments::{CommitmentsOfBenefit, CommitmentsOfOrganisation};
use crate::graphql::children::{ChildList, Planned, count_children};
use crate::graphql::connection::{Connection, PageArgs, page};
use crate::graphql::context::ContextExt;
use crate::graphql::error::ApiResult;
use crate::graphql::loader::load_or_default;
use crate::stakeholders::PersonById;

/// The page of `of`'s commitments that `args` asks for, in the statuses given (all if none).
pub async fn commitments_of(
    ctx: &Context<'_>,
    args: PageArgs,
    of: PageOf,
    statuses: Option<Vec<CommitmentStatus>>,
) -> ApiResult<Connection<Commitment>> {
    let statuses = statuses.map(|mut s| {
        s.sort();
        s.dedup();
        s
    });
    let count = || async {
        let column = commitment::Column::Status;
        match of {
            PageOf::Organisation(id) => {
                let list = CommitmentsOfOrganisation(id)
                    .rows()
                    .only(column, statuses.clone());
                count_children(ctx, &list).await
            }
            PageOf::Benefit(id) => {
                let list = CommitmentsOfBenefit(id)
                    .rows()
                    .only(column, statuses.clone());
                count_children(ctx, &list).await
            }
        }
    };
    let planned = Planned::new(ctx, &args, &count).await?;
    // No status asked for: no commitment, and nothing to read.
    let rows = match statuses.as_ref().is_some_and(Vec::is_empty) {
        true => Vec::new(),
        false => {
            let node = ctx.look_ahead().field("edges").field("node");
            let key = CommitmentsPage {
                of,
                skip: planned.window.offset,
                rows: planned.rows,
                statuses: statuses.clone(),
                along: Along {
                    benefit: node.field("benefit").exists(),
                    owner: node.field("owner").exists(),
                },
            };
            load_or_default(ctx.request(), key).await?
        }
    };
    bring_along(ctx, &rows).await;
    let total = planned.total(&rows, &count).await?;
    let commitments = rows.into_iter().map(|row| row.commitment).collect();
    Ok(page(planned.window, commitments, total).into_connection(Commitment))
}

/// Hands the benefits and owners read with the page to the request's loader, where the
/// commitments' `benefit` and `owner` fields find them.
async fn bring_along(ctx: &Context<'_>, rows: &[PagedCommitment]) {
    let loader = &ctx.request().loader;
    let benefits = rows.iter().filter_map(|r| r.benefit.clone());
    loader
        .feed_many(benefits.map(|b| (BenefitById(b.id), b)))
        .await;
    let owners = rows.iter().filter_map(|r| r.owner.clone());
    loader
        .feed_many(owners.map(|p| (PersonById(p.id), p)))
        .await;
}
