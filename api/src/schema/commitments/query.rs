//! Top-level queries over commitments.

use async_graphql::{Context, ID, InputObject, Object};
use entity::enums::CommitmentStatus;
use entity::{benefit, commitment};
use realise_macros::connections;
use sea_orm::sea_query::Query;
use sea_orm::{ColumnTrait, Condition, EntityTrait, QueryFilter, QueryOrder};

use super::types::Commitment;
use crate::graphql::connection::{Connection, query_page};
use crate::graphql::context::ContextExt;
use crate::graphql::error::ApiResult;
use crate::graphql::ids::{NodeType, decode_as};
use crate::organisations::descendants;

/// Which commitments to list.
#[derive(InputObject, Default)]
pub struct CommitmentFilter {
    /// Only these statuses.
    pub statuses: Option<Vec<CommitmentStatus>>,
    /// Only commitments of this organisation.
    pub organisation: Option<ID>,
    /// Only commitments of this organisation and of the organisations PART_OF it (at any
    /// depth) as at today: an executive's whole scope, or a region's.
    pub within: Option<ID>,
    /// Only commitments with (true) or without (false) a named owner.
    pub has_owner: Option<bool>,
    /// Only commitments to this benefit.
    pub benefit: Option<ID>,
    /// Only commitments to benefits of this programme.
    pub programme: Option<ID>,
}

/// Queries over commitments.
#[derive(Default)]
pub struct CommitmentQuery;

/// Queries over commitments.
#[connections]
#[Object]
impl CommitmentQuery {
    /// Commitments, oldest first.
    #[connection]
    async fn commitments(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "Which commitments to list.")] filter: Option<CommitmentFilter>,
    ) -> ApiResult<Connection<Commitment>> {
        let filter = filter.unwrap_or_default();
        let mut condition = Condition::all();
        if let Some(statuses) = filter.statuses {
            condition = condition.add(commitment::Column::Status.is_in(statuses));
        }
        if let Some(o) = &filter.organisation {
            condition = condition
                .add(commitment::Column::OrganisationId.eq(decode_as(o, NodeType::Organisation)?));
        }
        if let Some(root) = &filter.within {
            let root = decode_as(root, NodeType::Organisation)?;
            let request = ctx.request();
            let mut scope = descendants(&request.db.conn, root, request.today).await?;
            scope.push(root);
            condition = condition.add(commitment::Column::OrganisationId.is_in(scope));
        }
        if let Some(has_owner) = filter.has_owner {
            condition = condition.add(if has_owner {
                commitment::Column::OwnerId.is_not_null()
            } else {
                commitment::Column::OwnerId.is_null()
            });
        }
        if let Some(b) = &filter.benefit {
            condition =
                condition.add(commitment::Column::BenefitId.eq(decode_as(b, NodeType::Benefit)?));
        }
        if let Some(p) = &filter.programme {
            let programme = decode_as(p, NodeType::Programme)?;
            condition = condition.add(
                commitment::Column::BenefitId.in_subquery(
                    Query::select()
                        .column(benefit::Column::Id)
                        .from(benefit::Entity)
                        .and_where(benefit::Column::ProgrammeId.eq(programme))
                        .to_owned(),
                ),
            );
        }
        let select = commitment::Entity::find()
            .filter(condition)
            .order_by_asc(commitment::Column::Id);
        query_page(ctx, page, select, Commitment).await
    }
}
