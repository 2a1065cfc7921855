//! Top-level queries over programmes and benefits.

use async_graphql::{Context, ID, InputObject, Object};
use entity::enums::{BenefitCategory, BenefitStatus, ProgrammeStatus};
use entity::{benefit, programme};
use realise_macros::connections;
use sea_orm::{EntityTrait, QueryFilter};

use super::programme::Programme;
use super::types::Benefit;
use crate::graphql::connection::{Connection, Keyset, query_page};
use crate::graphql::error::ApiResult;
use crate::graphql::filter::Where;
use crate::graphql::ids::NodeType;

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
        let condition = Where::all()
            .one_of(programme::Column::Status, filter.statuses)
            .contains(programme::Column::Name, filter.name_contains.as_deref());
        let select = programme::Entity::find().filter(condition);
        let order = Keyset::asc([programme::Column::Name, programme::Column::Id]);
        query_page(ctx, page, select, order, Programme).await
    }

    /// Benefits, by programme and code.
    #[connection]
    async fn benefits(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "Which benefits to list.")] filter: Option<BenefitFilter>,
    ) -> ApiResult<Connection<Benefit>> {
        let filter = filter.unwrap_or_default();
        let programme = filter.programme.as_ref();
        let condition = Where::all()
            .key(benefit::Column::ProgrammeId, programme, NodeType::Programme)?
            .one_of(benefit::Column::Category, filter.categories)
            .one_of(benefit::Column::Status, filter.statuses);
        let select = benefit::Entity::find().filter(condition);
        let order = Keyset::asc([
            benefit::Column::ProgrammeId,
            benefit::Column::Code,
            benefit::Column::Id,
        ]);
        query_page(ctx, page, select, order, Benefit).await
    }
}
