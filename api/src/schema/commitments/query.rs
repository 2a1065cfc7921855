//! Top-level queries over commitments.

use async_graphql::{Context, ID, InputObject, Object};
use entity::commitment::Column;
use entity::enums::CommitmentStatus;
use entity::{benefit, commitment};
use realise_macros::connections;
use sea_orm::sea_query::{Query, SimpleExpr};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};

use super::types::Commitment;
use crate::graphql::connection::{Connection, Keyset, query_page};
use crate::graphql::context::ContextExt;
use crate::graphql::error::ApiResult;
use crate::graphql::filter::Where;
use crate::graphql::ids::NodeType;
use crate::graphql::mutation::optional_key;
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
        let (organisation, benefit) = (filter.organisation.as_ref(), filter.benefit.as_ref());
        let has_owner = filter.has_owner.map(|has| match has {
            true => Column::OwnerId.is_not_null(),
            false => Column::OwnerId.is_null(),
        });
        let condition = Where::all()
            .one_of(Column::Status, filter.statuses)
            .key(Column::OrganisationId, organisation, NodeType::Organisation)?
            .one_of(
                Column::OrganisationId,
                within(ctx, filter.within.as_ref()).await?,
            )
            .and(has_owner)
            .key(Column::BenefitId, benefit, NodeType::Benefit)?
            .and(of_programme(filter.programme.as_ref())?);
        let select = commitment::Entity::find().filter(condition);
        let order = Keyset::asc([Column::Id]);
        query_page(ctx, page, select, order, Commitment).await
    }
}

/// The organisation whose global id is `root` and those PART_OF it as at today, when given.
async fn within(ctx: &Context<'_>, root: Option<&ID>) -> ApiResult<Option<Vec<i32>>> {
    let Some(root) = optional_key(root, NodeType::Organisation)? else {
        return Ok(None);
    };
    let request = ctx.request();
    let mut scope = descendants(&request.db.conn, root, request.today).await?;
    scope.push(root);
    Ok(Some(scope))
}

/// Commitments to benefits of the programme whose global id is `programme`, when given.
fn of_programme(programme: Option<&ID>) -> ApiResult<Option<SimpleExpr>> {
    let programme = optional_key(programme, NodeType::Programme)?;
    Ok(programme.map(|programme| {
        let benefits = Query::select()
            .column(benefit::Column::Id)
            .from(benefit::Entity)
            .and_where(benefit::Column::ProgrammeId.eq(programme))
            .to_owned();
        Column::BenefitId.in_subquery(benefits)
    }))
}
