//! Writing the service catalogue: services and their service level reports (the programme
//! board and administrators).

use async_graphql::{Context, Object};
use chrono::Utc;
use entity::{deployment, organisation, person, service, service_level_report};
use sea_orm::{ActiveModelTrait, Set};

use super::inputs::{
    CreateServiceInput, RecordServiceLevelReportInput, Report, UpdateServiceInput, percentage,
};
use super::types::Service;
use crate::audit::{record, snapshot};
use crate::auth::{Permission, require};
use crate::graphql::context::ContextExt;
use crate::graphql::error::ApiResult;
use crate::graphql::ids::{NodeType, decode_as};
use crate::graphql::mutation::{
    Checks, UserErrorCode, begin, maybe_key, optional_key, or_stored, payload, refuse,
};
use crate::graphql::store::{found, found_opt, or_refuse};

payload!(ServicePayload, service, Service, "a service");

/// Writing the service catalogue.
#[derive(Default)]
pub struct ServiceMutation;

fn checked_service(
    mut row: service::Model,
) -> Result<service::Model, Vec<crate::graphql::mutation::UserError>> {
    let mut checks = Checks::default();
    row.name = checks.text(&row.name, "name");
    if let Some(target) = row.availability_target {
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
        let (caller, _) = require(ctx, Permission::WriteServices)?;
        let provider = optional_key(input.provider.as_ref(), NodeType::Organisation)?;
        let owner = optional_key(input.owner.as_ref(), NodeType::Person)?;
        let now = Utc::now();
        let new = or_refuse!(checked_service(service::Model {
            id: 0,
            name: input.name,
            description: input.description,
            provider_id: provider,
            owner_id: owner,
            lifecycle: input.lifecycle,
            availability_target: input.availability_target,
            value_type: input.value_type,
            reach: input.reach,
            created_at: now,
            updated_at: now,
        }));
        let txn = begin(ctx).await?;
        or_refuse!(found_opt::<organisation::Entity, _>(&txn, provider, "provider").await?);
        or_refuse!(found_opt::<person::Entity, _>(&txn, owner, "owner").await?);
        let mut model: service::ActiveModel = new.into();
        model.id = sea_orm::ActiveValue::NotSet;
        let row = model.insert(&txn).await?;
        record(
            &txn,
            caller,
            "createService",
            NodeType::Service,
            row.id,
            None,
            snapshot(&row)?,
        )
        .await?;
        txn.commit().await?;
        Ok(Ok(Service(row)).into())
    }

    /// Changes a service.
    async fn update_service(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The changes.")] input: UpdateServiceInput,
    ) -> ApiResult<ServicePayload> {
        let (caller, _) = require(ctx, Permission::WriteServices)?;
        let id = decode_as(&input.id, NodeType::Service)?;
        let provider = maybe_key(input.provider, NodeType::Organisation)?;
        let owner = maybe_key(input.owner, NodeType::Person)?;
        let txn = begin(ctx).await?;
        let before = or_refuse!(found::<service::Entity, _>(&txn, id, "id").await?);
        let b = before.clone();
        let new = or_refuse!(checked_service(service::Model {
            name: input.name.unwrap_or(b.name),
            description: or_stored(input.description, b.description),
            provider_id: or_stored(provider, b.provider_id),
            owner_id: or_stored(owner, b.owner_id),
            lifecycle: input.lifecycle.unwrap_or(b.lifecycle),
            availability_target: or_stored(input.availability_target, b.availability_target),
            value_type: input.value_type.unwrap_or(b.value_type),
            reach: input.reach.unwrap_or(b.reach),
            updated_at: Utc::now(),
            ..b
        }));
        let (provider, owner) = (provider.value().copied(), owner.value().copied());
        or_refuse!(found_opt::<organisation::Entity, _>(&txn, provider, "provider").await?);
        or_refuse!(found_opt::<person::Entity, _>(&txn, owner, "owner").await?);
        let row = service::ActiveModel::from(new)
            .reset_all()
            .update(&txn)
            .await?;
        record(
            &txn,
            caller,
            "updateService",
            NodeType::Service,
            id,
            snapshot(&before)?,
            snapshot(&row)?,
        )
        .await?;
        txn.commit().await?;
        Ok(Ok(Service(row)).into())
    }

    /// Records the service levels a service (or one of its deployments) achieved in a period;
    /// returns the service.
    async fn record_service_level_report(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The report.")] input: RecordServiceLevelReportInput,
    ) -> ApiResult<ServicePayload> {
        let (caller, _) = require(ctx, Permission::WriteServices)?;
        let service_id = decode_as(&input.service, NodeType::Service)?;
        let deployment_id = optional_key(input.deployment.as_ref(), NodeType::Deployment)?;
        let report = or_refuse!(Report::parse(&input, ctx.request().today));
        let txn = begin(ctx).await?;
        let row = or_refuse!(found::<service::Entity, _>(&txn, service_id, "service").await?);
        let site = or_refuse!(
            found_opt::<deployment::Entity, _>(&txn, deployment_id, "deployment").await?
        );
        if site.is_some_and(|d| d.service_id != service_id) {
            return Ok(refuse::<Service>(
                "deployment",
                UserErrorCode::NotFound,
                "not a deployment of this service",
            )
            .into());
        }
        let now = Utc::now();
        let saved = service_level_report::ActiveModel {
            service_id: Set(service_id),
            deployment_id: Set(deployment_id),
            period_start: Set(report.period_start),
            period_end: Set(report.period_end),
            availability: Set(report.availability),
            incidents: Set(report.incidents),
            notes: Set(report.notes),
            created_at: Set(now),
            updated_at: Set(now),
            ..Default::default()
        }
        .insert(&txn)
        .await?;
        record(
            &txn,
            caller,
            "recordServiceLevelReport",
            NodeType::Service,
            service_id,
            None,
            snapshot(&saved)?,
        )
        .await?;
        txn.commit().await?;
        Ok(Ok(Service(row)).into())
    }
}
