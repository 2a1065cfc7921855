//! Top-level queries over services and deployments.

use async_graphql::{Context, ID, InputObject, Object};
use entity::enums::{DeploymentStatus, ServiceLifecycle};
use entity::{deployment, service};
use realise_macros::connections;
use sea_orm::{EntityTrait, QueryFilter};

use super::types::{Deployment, Service};
use crate::graphql::connection::{Connection, Keyset, query_page};
use crate::graphql::error::ApiResult;
use crate::graphql::filter::Where;
use crate::graphql::ids::NodeType;

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
        let provider = filter.provider.as_ref();
        let condition = Where::all()
            .one_of(service::Column::Lifecycle, filter.lifecycles)
            .key(
                service::Column::ProviderId,
                provider,
                NodeType::Organisation,
            )?
            .contains(service::Column::Name, filter.name_contains.as_deref());
        let select = service::Entity::find().filter(condition);
        let order = Keyset::asc([service::Column::Name, service::Column::Id]);
        query_page(ctx, page, select, order, Service).await
    }

    /// Deployments, oldest first.
    #[connection]
    async fn deployments(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "Which deployments to list.")] filter: Option<DeploymentFilter>,
    ) -> ApiResult<Connection<Deployment>> {
        let filter = filter.unwrap_or_default();
        let (service, organisation) = (filter.service.as_ref(), filter.organisation.as_ref());
        let condition = Where::all()
            .one_of(deployment::Column::Status, filter.statuses)
            .key(deployment::Column::ServiceId, service, NodeType::Service)?
            .key(
                deployment::Column::OrganisationId,
                organisation,
                NodeType::Organisation,
            )?;
        let select = deployment::Entity::find().filter(condition);
        let order = Keyset::asc([deployment::Column::Id]);
        query_page(ctx, page, select, order, Deployment).await
    }
}
