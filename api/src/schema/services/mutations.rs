//! Writing the service catalogue: services and their service level reports (the programme
//! board and administrators).

use async_graphql::{Context, Object};
use entity::{deployment, organisation, person, service, service_level_report};
use sea_orm::ActiveModelTrait;
use sea_orm::ActiveValue::{NotSet, Set};

use super::inputs::{
    CreateServiceInput, RecordServiceLevelReportInput, Report, UpdateServiceInput, percentage,
};
use super::types::Service;
use crate::audit::{Written, write};
use crate::auth::Permission;
use crate::graphql::context::ContextExt;
use crate::graphql::error::ApiResult;
use crate::graphql::ids::{NodeType, decode_as};
use crate::graphql::mutation::{Checks, UserError, maybe_key, optional_key, or_stored, payload};
use crate::graphql::write::{UserErrorCode, begin, found, found_opt, refused};

payload!(ServicePayload, service, Service, "a service");

/// Writing the service catalogue.
#[derive(Default)]
pub struct ServiceMutation;

/// The service's name and availability target, checked.
fn checked_service(mut row: service::ActiveModel) -> Result<service::ActiveModel, Vec<UserError>> {
    let mut checks = Checks::default();
    if let Set(name) = &row.name {
        row.name = Set(checks.text(name, "name"));
    }
    if let Set(Some(target)) = row.availability_target {
        percentage(&mut checks, target, "availabilityTarget");
    }
    checks.finish(row)
}

/// Writing the service catalogue.
#[Object]
impl ServiceMutation {
    /// Adds a service to the catalogue.
    async fn create_service(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The new service.")] input: CreateServiceInput,
    ) -> ApiResult<ServicePayload> {
        let provider = optional_key(input.provider.as_ref(), NodeType::Organisation)?;
        let owner = optional_key(input.owner.as_ref(), NodeType::Person)?;
        write(ctx, Permission::WriteServices, async |_| {
            let new = checked_service(service::ActiveModel {
                id: NotSet,
                name: Set(input.name),
                description: Set(input.description),
                provider_id: Set(provider),
                owner_id: Set(owner),
                lifecycle: Set(input.lifecycle),
                availability_target: Set(input.availability_target),
                value_type: Set(input.value_type),
                reach: Set(input.reach),
                created_at: NotSet,
                updated_at: NotSet,
            })?;
            let txn = begin(ctx).await?;
            found_opt::<organisation::Entity, _>(&txn, provider, "provider").await?;
            found_opt::<person::Entity, _>(&txn, owner, "owner").await?;
            let row = new.insert(&txn).await?;
            Written::<Service>::created(txn, row)
        })
        .await
    }

    /// Changes a service.
    async fn update_service(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The changes.")] input: UpdateServiceInput,
    ) -> ApiResult<ServicePayload> {
        let id = decode_as(&input.id, NodeType::Service)?;
        let provider = maybe_key(input.provider, NodeType::Organisation)?;
        let owner = maybe_key(input.owner, NodeType::Person)?;
        write(ctx, Permission::WriteServices, async |_| {
            let txn = begin(ctx).await?;
            let before = found::<service::Entity, _>(&txn, id, "id").await?;
            let b = before.clone();
            let changed = checked_service(service::ActiveModel {
                id: Set(b.id),
                name: Set(input.name.unwrap_or(b.name)),
                description: Set(or_stored(input.description, b.description)),
                provider_id: Set(or_stored(provider, b.provider_id)),
                owner_id: Set(or_stored(owner, b.owner_id)),
                lifecycle: Set(input.lifecycle.unwrap_or(b.lifecycle)),
                availability_target: Set(or_stored(
                    input.availability_target,
                    b.availability_target,
                )),
                value_type: Set(input.value_type.unwrap_or(b.value_type)),
                reach: Set(input.reach.unwrap_or(b.reach)),
                created_at: NotSet,
                updated_at: NotSet,
            })?;
            let (provider, owner) = (provider.value().copied(), owner.value().copied());
            found_opt::<organisation::Entity, _>(&txn, provider, "provider").await?;
            found_opt::<person::Entity, _>(&txn, owner, "owner").await?;
            let row = changed.update(&txn).await?;
            Written::<Service>::changed(txn, &before, row)
        })
        .await
    }

    /// Records the service levels a service (or one of its deployments) achieved in a period;
    /// returns the service.
    async fn record_service_level_report(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The report.")] input: RecordServiceLevelReportInput,
    ) -> ApiResult<ServicePayload> {
        let service_id = decode_as(&input.service, NodeType::Service)?;
        let deployment_id = optional_key(input.deployment.as_ref(), NodeType::Deployment)?;
        write(ctx, Permission::WriteServices, async |_| {
            let report = Report::parse(&input, ctx.request().today)?;
            let txn = begin(ctx).await?;
            let row = found::<service::Entity, _>(&txn, service_id, "service").await?;
            let site =
                found_opt::<deployment::Entity, _>(&txn, deployment_id, "deployment").await?;
            if site.is_some_and(|d| d.service_id != service_id) {
                return refused(
                    "deployment",
                    UserErrorCode::NotFound,
                    "not a deployment of this service",
                );
            }
            let saved = service_level_report::ActiveModel {
                id: NotSet,
                service_id: Set(service_id),
                deployment_id: Set(deployment_id),
                period_start: Set(report.period_start),
                period_end: Set(report.period_end),
                availability: Set(report.availability),
                incidents: Set(report.incidents),
                notes: Set(report.notes),
                created_at: NotSet,
                updated_at: NotSet,
            }
            .insert(&txn)
            .await?;
            Written::created_as(txn, NodeType::Service, service_id, saved, |_| Service(row))
        })
        .await
    }
}
