//! Top-level queries over people.

use async_graphql::{Context, ID, InputObject, Object};
use entity::person::{self, Column};
use realise_macros::connections;
use sea_orm::{ColumnTrait, Condition, EntityTrait, QueryFilter};

use super::types::Person;
use crate::graphql::connection::{Connection, Keyset, query_page};
use crate::graphql::error::ApiResult;
use crate::graphql::filter::Where;
use crate::graphql::ids::NodeType;

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
#[connections]
#[Object]
impl StakeholderQuery {
    /// People, by name.
    #[connection]
    async fn people(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "Which people to list.")] filter: Option<PersonFilter>,
    ) -> ApiResult<Connection<Person>> {
        let filter = filter.unwrap_or_default();
        let organisation = filter.organisation.as_ref();
        let awaiting = filter.identity_awaiting_confirmation.map(|awaiting| {
            Condition::all()
                .add(Column::IdentitySubject.is_not_null())
                .add(Column::IdentityConfirmed.eq(!awaiting))
        });
        let condition = Where::all()
            .contains(Column::Name, filter.name_contains.as_deref())
            .key(Column::OrganisationId, organisation, NodeType::Organisation)?
            .and(awaiting);
        let select = person::Entity::find().filter(condition);
        let order = Keyset::asc([Column::Name, Column::Id]);
        query_page(ctx, page, select, order, Person).await
    }
}
