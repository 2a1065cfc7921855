//! Writing the service catalogue: services and their service level reports, deployments and
//! their readiness gates (the programme board and administrators).

use async_graphql::{Context, ID, Object};
use chrono::Utc;
use entity::{deployment, organisation, person, readiness_gate, service, service_level_report};
use sea_orm::{ActiveModelTrait, ColumnTrait, EntityTrait, QueryFilter, Set};

use super::inputs::{
    CreateDeploymentInput, CreateServiceInput, RecordServiceLevelReportInput, Report,
    SetReadinessGateInput, UpdateDeploymentInput, UpdateServiceInput, not_future, percentage,
};
use super::types::{Deployment, Service};
use crate::audit::{record, snapshot};
use crate::auth::{Permission, require};
use crate::graphql::context::ContextExt;
use crate::graphql::error::ApiResult;
use crate::graphql::ids::{NodeType, decode_as};
use crate::graphql::mutation::{
    Checks, UserErrorCode, begin, is_unique_violation, payload, refuse,
};
use crate::graphql::store::{found, found_opt, open_organisation, or_refuse};

payload!(ServicePayload, service, Service, "a service");
payload!(DeploymentPayload, deployment, Deployment, "a deployment");

/// Writing the service catalogue.
#[derive(Default)]
pub struct ServiceMutation;

fn key(id: Option<&ID>, t: NodeType) -> ApiResult<Option<i32>> {
    id.map(|id| decode_as(id, t)).transpose()
}

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
        let provider = key(input.provider.as_ref(), NodeType::Organisation)?;
        let owner = key(input.owner.as_ref(), NodeType::Person)?;
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
            snapshot(&row),
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
        let provider = key(input.provider.as_ref(), NodeType::Organisation)?;
        let owner = key(input.owner.as_ref(), NodeType::Person)?;
        let txn = begin(ctx).await?;
        let before = or_refuse!(found::<service::Entity, _>(&txn, id, "id").await?);
        let b = before.clone();
        let new = or_refuse!(checked_service(service::Model {
            name: input.name.unwrap_or(b.name),
            description: input.description.or(b.description),
            provider_id: provider.or(b.provider_id),
            owner_id: owner.or(b.owner_id),
            lifecycle: input.lifecycle.unwrap_or(b.lifecycle),
            availability_target: input.availability_target.or(b.availability_target),
            value_type: input.value_type.unwrap_or(b.value_type),
            reach: input.reach.unwrap_or(b.reach),
            updated_at: Utc::now(),
            ..b
        }));
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
            snapshot(&before),
            snapshot(&row),
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
        let deployment_id = key(input.deployment.as_ref(), NodeType::Deployment)?;
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
            snapshot(&saved),
        )
        .await?;
        txn.commit().await?;
        Ok(Ok(Service(row)).into())
    }

    /// Plans or records a service's deployment at an organisation.
    async fn create_deployment(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The new deployment.")] input: CreateDeploymentInput,
    ) -> ApiResult<DeploymentPayload> {
        let (caller, _) = require(ctx, Permission::WriteDeployments)?;
        let service_id = decode_as(&input.service, NodeType::Service)?;
        let org_id = decode_as(&input.organisation, NodeType::Organisation)?;
        let today = ctx.request().today;
        let mut checks = Checks::default();
        not_future(
            &mut checks,
            input.went_live_on.map(|d| d.0),
            today,
            "wentLiveOn",
        );
        or_refuse!(checks.finish(()));
        let txn = begin(ctx).await?;
        or_refuse!(found::<service::Entity, _>(&txn, service_id, "service").await?);
        or_refuse!(open_organisation(&txn, org_id, "organisation", today).await?);
        let now = Utc::now();
        let model = deployment::ActiveModel {
            service_id: Set(service_id),
            organisation_id: Set(org_id),
            status: Set(input.status),
            planned_go_live: Set(input.planned_go_live.map(|d| d.0)),
            went_live_on: Set(input.went_live_on.map(|d| d.0)),
            created_at: Set(now),
            updated_at: Set(now),
            ..Default::default()
        };
        let row = match model.insert(&txn).await {
            Ok(row) => row,
            Err(e) if is_unique_violation(&e) => {
                return Ok(refuse::<Deployment>(
                    "organisation",
                    UserErrorCode::Duplicate,
                    "the service is deployed there already",
                )
                .into());
            }
            Err(e) => return Err(e.into()),
        };
        record(
            &txn,
            caller,
            "createDeployment",
            NodeType::Deployment,
            row.id,
            None,
            snapshot(&row),
        )
        .await?;
        txn.commit().await?;
        Ok(Ok(Deployment(row)).into())
    }

    /// Changes a deployment's status or dates.
    async fn update_deployment(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The changes.")] input: UpdateDeploymentInput,
    ) -> ApiResult<DeploymentPayload> {
        let (caller, _) = require(ctx, Permission::WriteDeployments)?;
        let id = decode_as(&input.id, NodeType::Deployment)?;
        let mut checks = Checks::default();
        not_future(
            &mut checks,
            input.went_live_on.map(|d| d.0),
            ctx.request().today,
            "wentLiveOn",
        );
        or_refuse!(checks.finish(()));
        let txn = begin(ctx).await?;
        let before = or_refuse!(found::<deployment::Entity, _>(&txn, id, "id").await?);
        let b = before.clone();
        let new = deployment::Model {
            status: input.status.unwrap_or(b.status),
            planned_go_live: input.planned_go_live.map(|d| d.0).or(b.planned_go_live),
            went_live_on: input.went_live_on.map(|d| d.0).or(b.went_live_on),
            updated_at: Utc::now(),
            ..b
        };
        let row = deployment::ActiveModel::from(new)
            .reset_all()
            .update(&txn)
            .await?;
        record(
            &txn,
            caller,
            "updateDeployment",
            NodeType::Deployment,
            id,
            snapshot(&before),
            snapshot(&row),
        )
        .await?;
        txn.commit().await?;
        Ok(Ok(Deployment(row)).into())
    }

    /// Records a readiness decision for a deployment, replacing a gate of the same name;
    /// returns the deployment.
    async fn set_readiness_gate(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The decision.")] input: SetReadinessGateInput,
    ) -> ApiResult<DeploymentPayload> {
        let (caller, _) = require(ctx, Permission::WriteDeployments)?;
        let id = decode_as(&input.deployment, NodeType::Deployment)?;
        let mut checks = Checks::default();
        let name = checks.text(&input.name, "name");
        not_future(
            &mut checks,
            input.decided_on.map(|d| d.0),
            ctx.request().today,
            "decidedOn",
        );
        or_refuse!(checks.finish(()));
        let txn = begin(ctx).await?;
        let row = or_refuse!(found::<deployment::Entity, _>(&txn, id, "deployment").await?);
        let existing = readiness_gate::Entity::find()
            .filter(readiness_gate::Column::DeploymentId.eq(id))
            .filter(readiness_gate::Column::Name.eq(name.as_str()))
            .one(&txn)
            .await?;
        let before = existing.as_ref().and_then(snapshot);
        let now = Utc::now();
        let gate = match existing {
            Some(gate) => {
                let mut model: readiness_gate::ActiveModel = gate.into();
                model.status = Set(input.status);
                model.decided_on = Set(input.decided_on.map(|d| d.0));
                model.updated_at = Set(now);
                model.update(&txn).await?
            }
            None => {
                readiness_gate::ActiveModel {
                    deployment_id: Set(id),
                    name: Set(name),
                    status: Set(input.status),
                    decided_on: Set(input.decided_on.map(|d| d.0)),
                    created_at: Set(now),
                    updated_at: Set(now),
                    ..Default::default()
                }
                .insert(&txn)
                .await?
            }
        };
        record(
            &txn,
            caller,
            "setReadinessGate",
            NodeType::Deployment,
            id,
            before,
            snapshot(&gate),
        )
        .await?;
        txn.commit().await?;
        Ok(Ok(Deployment(row)).into())
    }
}
