//! Top-level queries over organisations.

use async_graphql::{Context, Enum, ID, InputObject, Object};
use entity::enums::{OrganisationKind, OrganisationStatus};
use entity::organisation::{self, Column};
use realise_macros::connections;
use sea_orm::{ColumnTrait, Condition, EntityTrait, Order, QueryFilter};

use super::types::Organisation;
use crate::graphql::connection::{Connection, Keyset, query_page};
use crate::graphql::context::ContextExt;
use crate::graphql::error::ApiResult;
use crate::graphql::filter::Where;
use crate::graphql::ids::{NodeType, decode_as};
use crate::graphql::scalars::Date;
use crate::organisations::hierarchy::descendants;
use crate::organisations::row::OrganisationRow;

/// Which organisations to list.
#[derive(InputObject, Default)]
pub struct OrganisationFilter {
    /// Only these kinds.
    pub kinds: Option<Vec<OrganisationKind>>,
    /// Only these statuses.
    pub statuses: Option<Vec<OrganisationStatus>>,
    /// Only names containing this text (any case).
    pub name_contains: Option<String>,
    /// Only these ODS codes.
    pub ods_codes: Option<Vec<String>>,
    /// Only organisations PART_OF this one, directly or through others, as at `asAt`.
    pub part_of: Option<ID>,
    /// The date to read the hierarchy at (default today). When given, only organisations open
    /// on that date are listed.
    pub as_at: Option<Date>,
    /// Only organisations an extract listed but none since this date: last seen before it.
    /// Give the latest extract's date to list those it left out.
    pub last_seen_before: Option<Date>,
}

/// What to sort organisations by.
#[derive(Enum, Clone, Copy, PartialEq, Eq, Debug, Default)]
pub enum OrganisationOrderField {
    /// By name.
    #[default]
    Name,
    /// By ODS code; those without one come last going up, first going down.
    OdsCode,
    /// By open date; those without one come last going up, first going down.
    OpenedOn,
}

/// A sort direction.
#[derive(Enum, Clone, Copy, PartialEq, Eq, Debug, Default)]
pub enum OrderDirection {
    /// Smallest first.
    #[default]
    Asc,
    /// Largest first.
    Desc,
}

impl From<OrderDirection> for Order {
    fn from(d: OrderDirection) -> Self {
        match d {
            OrderDirection::Asc => Order::Asc,
            OrderDirection::Desc => Order::Desc,
        }
    }
}

/// How to sort organisations.
#[derive(InputObject, Default)]
pub struct OrganisationOrder {
    /// The field to sort by.
    #[graphql(default)]
    pub field: OrganisationOrderField,
    /// The direction.
    #[graphql(default)]
    pub direction: OrderDirection,
}

/// Queries over organisations.
#[derive(Default)]
pub struct OrganisationQuery;

/// Queries over organisations.
#[connections]
#[Object]
impl OrganisationQuery {
    /// Organisations, filtered and sorted (by name unless told otherwise).
    #[connection]
    async fn organisations(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "Which organisations to list.")] filter: Option<OrganisationFilter>,
        #[graphql(desc = "How to sort them.")] order_by: Option<OrganisationOrder>,
    ) -> ApiResult<Connection<Organisation>> {
        let filter = filter.unwrap_or_default();
        let condition = condition(ctx, &filter).await?;
        let order = order_by.unwrap_or_default();
        let column = match order.field {
            OrganisationOrderField::Name => Column::Name,
            OrganisationOrderField::OdsCode => Column::OdsCode,
            OrganisationOrderField::OpenedOn => Column::OpenedOn,
        };
        let select = organisation::Entity::find().filter(condition);
        let order = Keyset::new([column, Column::Id], order.direction.into());
        query_page(ctx, page, select, order, Organisation).await
    }

    /// The organisation with this ODS code, if any.
    async fn organisation(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The ODS code, e.g. `RR8` (any case).")] ods_code: String,
    ) -> ApiResult<Option<Organisation>> {
        let found = organisation::Entity::find()
            .filter(Column::OdsCode.eq(ods_code.trim().to_uppercase()))
            .into_partial_model::<OrganisationRow>()
            .one(&ctx.request().db.conn)
            .await?;
        Ok(found.map(Organisation))
    }
}

async fn condition(ctx: &Context<'_>, filter: &OrganisationFilter) -> ApiResult<Where> {
    let as_at = ctx.as_at(filter.as_at);
    let part_of = match &filter.part_of {
        Some(parent) => {
            let root = decode_as(parent, NodeType::Organisation)?;
            Some(descendants(&ctx.request().db.conn, root, as_at).await?)
        }
        None => None,
    };
    let codes = filter.ods_codes.as_ref();
    let codes = codes.map(|codes| codes.iter().map(|c| c.trim().to_uppercase()));
    let open_then = filter.as_at.map(|_| {
        Condition::all()
            .add(
                Condition::any()
                    .add(Column::OpenedOn.is_null())
                    .add(Column::OpenedOn.lte(as_at)),
            )
            .add(
                Condition::any()
                    .add(Column::ClosedOn.is_null())
                    .add(Column::ClosedOn.gt(as_at)),
            )
    });
    Ok(Where::all()
        .one_of(Column::Kind, filter.kinds.clone())
        .one_of(Column::Status, filter.statuses.clone())
        .contains(Column::Name, filter.name_contains.as_deref())
        .one_of(Column::OdsCode, codes)
        .one_of(Column::Id, part_of)
        .and(
            filter
                .last_seen_before
                .map(|Date(before)| Column::LastSeenOn.lt(before)),
        )
        .and(open_then))
}
