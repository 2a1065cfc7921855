//! Writing deployments and their readiness gates (the programme board and administrators).

use async_graphql::{Context, Object};
use chrono::Utc;
use entity::{deployment, readiness_gate, service};
use sea_orm::{ActiveModelTrait, ColumnTrait, EntityTrait, QueryFilter, Set};

use super::inputs::{
    CreateDeploymentInput, SetReadinessGateInput, UpdateDeploymentInput, not_future,
};
use super::types::Deployment;
use crate::audit::{record, snapshot};
use crate::auth::{Permission, require};
use crate::graphql::context::ContextExt;
use crate::graphql::error::ApiResult;
use crate::graphql::ids::{NodeType, decode_as};
use crate::graphql::mutation::{
    Checks, UserErrorCode, begin, is_unique_violation, payload, refuse,
};
use crate::graphql::store::{found, open_organisation, or_refuse};

payload!(DeploymentPayload, deployment, Deployment, "a deployment");

/// Writing deployments and readiness gates.
#[derive(Default)]
pub struct DeploymentMutation;

/// Writing deployments and readiness gates.
#[Object]
impl DeploymentMutation {
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
            snapshot(&row)?,
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
            snapshot(&before)?,
            snapshot(&row)?,
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
        let before = match &existing {
            Some(gate) => snapshot(gate)?,
            None => None,
        };
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
            snapshot(&gate)?,
        )
        .await?;
        txn.commit().await?;
        Ok(Ok(Deployment(row)).into())
    }
}
