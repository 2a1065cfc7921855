//! A connection of commitments, an organisation's or a benefit's. A first page whose total is
//! not asked for is read as such (`commitments::page`): the page's rows only, with the benefit
//! and owner each row shows when the query selects them. Any other page is cut from the whole
//! list.

use async_graphql::Context;
use entity::enums::CommitmentStatus;

use super::types::Commitment;
use crate::benefits::BenefitById;
use crate::commitments::page::{Along, FirstCommitments, PageOf, PagedCommitment};
use crate::commitments::{CommitmentsOfBenefit, CommitmentsOfOrganisation};
use crate::graphql::connection::{Connection, PageArgs, page as cut, paginate};
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
    let asked = ctx.look_ahead();
    let some_status = statuses.as_ref().is_none_or(|s| !s.is_empty());
    if let Some(rows) = args.first_rows(&asked)
        && some_status
    {
        let node = asked.field("edges").field("node");
        let along = Along {
            benefit: node.field("benefit").exists(),
            owner: node.field("owner").exists(),
        };
        let statuses = statuses.map(|mut s| {
            s.sort();
            s.dedup();
            s
        });
        let key = FirstCommitments {
            of,
            rows,
            statuses,
            along,
        };
        let rows = load_or_default(ctx.request(), key).await?;
        bring_along(ctx, &rows).await;
        let commitments = rows.into_iter().map(|row| row.commitment).collect();
        return Ok(cut(args.window(None)?, commitments, None).into_connection(Commitment));
    }
    let mut rows = match of {
        PageOf::Organisation(id) => {
            load_or_default(ctx.request(), CommitmentsOfOrganisation(id)).await?
        }
        PageOf::Benefit(id) => load_or_default(ctx.request(), CommitmentsOfBenefit(id)).await?,
    };
    if let Some(statuses) = statuses {
        rows.retain(|c| statuses.contains(&c.status));
    }
    paginate(args, rows, Commitment)
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
