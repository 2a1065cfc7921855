//! Writing deployments and their readiness gates (the programme board and administrators).

use async_graphql::{Context, Object};
use entity::{deployment, readiness_gate, service};
use sea_orm::ActiveValue::{NotSet, Set};
use sea_orm::{ActiveModelTrait, ColumnTrait, EntityTrait, QueryFilter};

use super::inputs::{
    CreateDeploymentInput, SetReadinessGateInput, UpdateDeploymentInput, not_future,
};
use super::types::Deployment;
use crate::audit::{Written, write};
use crate::auth::Permission;
use crate::graphql::context::ContextExt;
use crate::graphql::error::ApiResult;
use crate::graphql::ids::{NodeType, decode_as};
use crate::graphql::mutation::{Checks, payload};
use crate::graphql::write::{UserErrorCode, begin, found, refused, unless_duplicate};
use crate::organisations::open_organisation;

payload!(DeploymentPayload, deployment, Deployment, "a deployment");

/// Writing deployments and readiness gates.
#[derive(Default)]
pub struct DeploymentMutation;

/// Refuses a date after today, about `field`.
fn not_after_today(
    date: Option<chrono::NaiveDate>,
    today: chrono::NaiveDate,
    field: &str,
) -> Result<(), Vec<crate::graphql::mutation::UserError>> {
    let mut checks = Checks::default();
    not_future(&mut checks, date, today, field);
    checks.finish(())
}

/// Writing deployments and readiness gates.
#[Object]
impl DeploymentMutation {
    /// Plans or records a service's deployment at an organisation.
    async fn create_deployment(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The new deployment.")] input: CreateDeploymentInput,
    ) -> ApiResult<DeploymentPayload> {
        let service_id = decode_as(&input.service, NodeType::Service)?;
        let org_id = decode_as(&input.organisation, NodeType::Organisation)?;
        let today = ctx.request().today;
        write(ctx, Permission::WriteDeployments, async |_| {
            let went_live_on = input.went_live_on.map(|d| d.0);
            not_after_today(went_live_on, today, "wentLiveOn")?;
            let txn = begin(ctx).await?;
            found::<service::Entity, _>(&txn, service_id, "service").await?;
            open_organisation(&txn, org_id, "organisation", today).await?;
            let model = deployment::ActiveModel {
                id: NotSet,
                service_id: Set(service_id),
                organisation_id: Set(org_id),
                status: Set(input.status),
                planned_go_live: Set(input.planned_go_live.map(|d| d.0)),
                went_live_on: Set(went_live_on),
                created_at: NotSet,
                updated_at: NotSet,
            };
            let row = unless_duplicate(model.insert(&txn).await, || {
                refused(
                    "organisation",
                    UserErrorCode::Duplicate,
                    "the service is deployed there already",
                )
            })?;
            Written::<Deployment>::created(txn, row)
        })
        .await
    }

    /// Changes a deployment's status or dates.
    async fn update_deployment(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The changes.")] input: UpdateDeploymentInput,
    ) -> ApiResult<DeploymentPayload> {
        let id = decode_as(&input.id, NodeType::Deployment)?;
        write(ctx, Permission::WriteDeployments, async |_| {
            let went_live_on = input.went_live_on.map(|d| d.0);
            not_after_today(went_live_on, ctx.request().today, "wentLiveOn")?;
            let txn = begin(ctx).await?;
            let before = found::<deployment::Entity, _>(&txn, id, "id").await?;
            let b = before.clone();
            let row = deployment::ActiveModel {
                id: Set(b.id),
                service_id: Set(b.service_id),
                organisation_id: Set(b.organisation_id),
                status: Set(input.status.unwrap_or(b.status)),
                planned_go_live: Set(input.planned_go_live.map(|d| d.0).or(b.planned_go_live)),
                went_live_on: Set(went_live_on.or(b.went_live_on)),
                created_at: NotSet,
                updated_at: NotSet,
            }
            .update(&txn)
            .await?;
            Written::<Deployment>::changed(txn, &before, row)
        })
        .await
    }

    /// Records a readiness decision for a deployment, replacing a gate of the same name;
    /// returns the deployment.
    async fn set_readiness_gate(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The decision.")] input: SetReadinessGateInput,
    ) -> ApiResult<DeploymentPayload> {
        let id = decode_as(&input.deployment, NodeType::Deployment)?;
        write(ctx, Permission::WriteDeployments, async |_| {
            let mut checks = Checks::default();
            let name = checks.text(&input.name, "name");
            let decided_on = input.decided_on.map(|d| d.0);
            not_future(&mut checks, decided_on, ctx.request().today, "decidedOn");
            checks.finish(())?;
            let txn = begin(ctx).await?;
            let row = found::<deployment::Entity, _>(&txn, id, "deployment").await?;
            let existing = readiness_gate::Entity::find()
                .filter(readiness_gate::Column::DeploymentId.eq(id))
                .filter(readiness_gate::Column::Name.eq(name.as_str()))
                .one(&txn)
                .await?;
            let gate = readiness_gate::ActiveModel {
                id: existing.as_ref().map_or(NotSet, |gate| Set(gate.id)),
                deployment_id: Set(id),
                name: Set(name),
                status: Set(input.status),
                decided_on: Set(decided_on),
                created_at: NotSet,
                updated_at: NotSet,
            };
            let gate = match existing {
                Some(_) => gate.update(&txn).await?,
                None => gate.insert(&txn).await?,
            };
            let written = Written::about(txn, Deployment(row)).after(&gate)?;
            match &existing {
                Some(was) => written.before(was),
                None => Ok(written),
            }
        })
        .await
    }
}
