//! Top-level queries over programmes and benefits.

use async_graphql::{Context, ID, InputObject, Object};
use entity::enums::{BenefitCategory, BenefitStatus, ProgrammeStatus};
use entity::{benefit, programme};
use realise_macros::connections;
use sea_orm::{ColumnTrait, Condition, EntityTrait, QueryFilter, QueryOrder};

use super::programme::Programme;
use super::types::Benefit;
use crate::graphql::connection::{Connection, query_page};
use crate::graphql::error::ApiResult;
use crate::graphql::filter::contains_ignoring_case;
use crate::graphql::ids::{NodeType, decode_as};

/// Which programmes to list.
#[derive(InputObject, Default)]
pub struct ProgrammeFilter {
    /// Only these statuses.
    pub statuses: Option<Vec<ProgrammeStatus>>,
    /// Only names containing this text (any case).
    pub name_contains: Option<String>,
}

/// Which benefits to list.
#[derive(InputObject, Default)]
pub struct BenefitFilter {
    /// Only benefits of this programme.
    pub programme: Option<ID>,
    /// Only these categories.
    pub categories: Option<Vec<BenefitCategory>>,
    /// Only these statuses.
    pub statuses: Option<Vec<BenefitStatus>>,
}

/// Queries over programmes and benefits.
#[derive(Default)]
pub struct BenefitQuery;

/// Queries over programmes and benefits.
#[connections]
#[Object]
impl BenefitQuery {
    /// Programmes, by name.
    #[connection]
    async fn programmes(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "Which programmes to list.")] filter: Option<ProgrammeFilter>,
    ) -> ApiResult<Connection<Programme>> {
        let filter = filter.unwrap_or_default();
        let mut condition = Condition::all();
        if let Some(statuses) = filter.statuses {
            condition = condition.add(programme::Column::Status.is_in(statuses));
        }
        if let Some(text) = filter
            .name_contains
            .as_deref()
            .filter(|t| !t.trim().is_empty())
        {
            condition = condition.add(contains_ignoring_case(programme::Column::Name, text));
        }
        let select = programme::Entity::find()
            .filter(condition)
            .order_by_asc(programme::Column::Name)
            .order_by_asc(programme::Column::Id);
        query_page(ctx, page, select, Programme).await
    }

    /// Benefits, by programme and code.
    #[connection]
    async fn benefits(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "Which benefits to list.")] filter: Option<BenefitFilter>,
    ) -> ApiResult<Connection<Benefit>> {
        let filter = filter.unwrap_or_default();
        let mut condition = Condition::all();
        if let Some(p) = &filter.programme {
            condition =
                condition.add(benefit::Column::ProgrammeId.eq(decode_as(p, NodeType::Programme)?));
        }
        if let Some(categories) = filter.categories {
            condition = condition.add(benefit::Column::Category.is_in(categories));
        }
        if let Some(statuses) = filter.statuses {
            condition = condition.add(benefit::Column::Status.is_in(statuses));
        }
        let select = benefit::Entity::find()
            .filter(condition)
            .order_by_asc(benefit::Column::ProgrammeId)
            .order_by_asc(benefit::Column::Code)
            .order_by_asc(benefit::Column::Id);
        query_page(ctx, page, select, Benefit).await
    }
}
