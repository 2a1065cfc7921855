//! Top-level queries over services and deployments.

use async_graphql::{Context, ID, InputObject, Object};
use entity::enums::{DeploymentStatus, ServiceLifecycle};
use entity::{deployment, service};
use realise_macros::connections;
use sea_orm::{ColumnTrait, Condition, EntityTrait, QueryFilter, QueryOrder};

use super::types::{Deployment, Service};
use crate::graphql::connection::{Connection, query_page};
use crate::graphql::error::ApiResult;
use crate::graphql::filter::contains_ignoring_case;
use crate::graphql::ids::{NodeType, decode_as};

/// Which services to list.
#[derive(InputObject, Default)]
pub struct ServiceFilter {
    /// Only these lifecycle stages.
    pub lifecycles: Option<Vec<ServiceLifecycle>>,
    /// Only services of this provider.
    pub provider: Option<ID>,
    /// Only names containing this text (any case).
    pub name_contains: Option<String>,
}

/// Which deployments to list.
#[derive(InputObject, Default)]
pub struct DeploymentFilter {
    /// Only these statuses.
    pub statuses: Option<Vec<DeploymentStatus>>,
    /// Only deployments of this service.
    pub service: Option<ID>,
    /// Only deployments at this organisation.
    pub organisation: Option<ID>,
}

/// Queries over the service catalogue.
#[derive(Default)]
pub struct ServiceQuery;

/// Queries over the service catalogue.
#[connections]
#[Object]
impl ServiceQuery {
    /// Services, by name.
    #[connection]
    async fn services(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "Which services to list.")] filter: Option<ServiceFilter>,
    ) -> ApiResult<Connection<Service>> {
        let filter = filter.unwrap_or_default();
        let mut condition = Condition::all();
        if let Some(lifecycles) = filter.lifecycles {
            condition = condition.add(service::Column::Lifecycle.is_in(lifecycles));
        }
        if let Some(p) = &filter.provider {
            condition = condition
                .add(service::Column::ProviderId.eq(decode_as(p, NodeType::Organisation)?));
        }
        if let Some(text) = filter
            .name_contains
            .as_deref()
            .filter(|t| !t.trim().is_empty())
        {
            condition = condition.add(contains_ignoring_case(service::Column::Name, text));
        }
        let select = service::Entity::find()
            .filter(condition)
            .order_by_asc(service::Column::Name)
            .order_by_asc(service::Column::Id);
        query_page(ctx, page, select, Service).await
    }

    /// Deployments, oldest first.
    #[connection]
    async fn deployments(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "Which deployments to list.")] filter: Option<DeploymentFilter>,
    ) -> ApiResult<Connection<Deployment>> {
        let filter = filter.unwrap_or_default();
        let mut condition = Condition::all();
        if let Some(statuses) = filter.statuses {
            condition = condition.add(deployment::Column::Status.is_in(statuses));
        }
        if let Some(s) = &filter.service {
            condition =
                condition.add(deployment::Column::ServiceId.eq(decode_as(s, NodeType::Service)?));
        }
        if let Some(o) = &filter.organisation {
            condition = condition
                .add(deployment::Column::OrganisationId.eq(decode_as(o, NodeType::Organisation)?));
        }
        let select = deployment::Entity::find()
            .filter(condition)
            .order_by_asc(deployment::Column::Id);
        query_page(ctx, page, select, Deployment).await
    }
}
