//! Top-level queries over people.

use async_graphql::{Context, ID, InputObject, Object};
use entity::person::{self, Column};
use sea_orm::{ColumnTrait, Condition, EntityTrait, QueryFilter, QueryOrder};

use super::types::Person;
use crate::graphql::connection::{Connection, PageArgs, query_page};
use crate::graphql::error::ApiResult;
use crate::graphql::filter::contains_ignoring_case;
use crate::graphql::ids::{NodeType, decode_as};

/// Which people to list.
#[derive(InputObject, Default)]
pub struct PersonFilter {
    /// Only names containing this text (any case).
    pub name_contains: Option<String>,
    /// Only people of this organisation.
    pub organisation: Option<ID>,
    /// Only people a sign-in has been proposed for (true: awaiting an administrator's
    /// confirmation) or confirmed for (false).
    pub identity_awaiting_confirmation: Option<bool>,
}

/// Queries over people.
#[derive(Default)]
pub struct StakeholderQuery;

/// Queries over people.
#[Object]
impl StakeholderQuery {
    /// People, by name.
    #[graphql(complexity = "crate::graphql::connection::cost(first, last, child_complexity)")]
    async fn people(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "Which people to list.")] filter: Option<PersonFilter>,
        #[graphql(desc = "Items from the start of the list (at most 100, default 20).")]
        first: Option<i32>,
        #[graphql(desc = "Start after this cursor.")] after: Option<String>,
        #[graphql(desc = "Items from the end of the list (at most 100).")] last: Option<i32>,
        #[graphql(desc = "End before this cursor.")] before: Option<String>,
    ) -> ApiResult<Connection<Person>> {
        let args = PageArgs::new(first, after, last, before)?;
        let filter = filter.unwrap_or_default();
        let mut condition = Condition::all();
        if let Some(text) = filter
            .name_contains
            .as_deref()
            .filter(|t| !t.trim().is_empty())
        {
            condition = condition.add(contains_ignoring_case(Column::Name, text));
        }
        if let Some(org) = &filter.organisation {
            condition =
                condition.add(Column::OrganisationId.eq(decode_as(org, NodeType::Organisation)?));
        }
        if let Some(awaiting) = filter.identity_awaiting_confirmation {
            condition = condition
                .add(Column::IdentitySubject.is_not_null())
                .add(Column::IdentityConfirmed.eq(!awaiting));
        }
        let select = person::Entity::find()
            .filter(condition)
            .order_by_asc(Column::Name)
            .order_by_asc(Column::Id);
        query_page(ctx, args, select, Person).await
    }
}
