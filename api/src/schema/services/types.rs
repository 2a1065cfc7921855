//! The GraphQL types of the service catalogue.

use async_graphql::{Context, ID, Object};
use entity::enums::{DeploymentStatus, GateStatus, Reach, ServiceLifecycle, ValueType};
use entity::{deployment, readiness_gate, service, service_level_report};
use realise_macros::connections;

use crate::benefits::BenefitsEnabledBy;
use crate::graphql::children::{ChildList, children_page};
use crate::graphql::connection::Connection;
use crate::graphql::context::ContextExt;
use crate::graphql::error::ApiResult;
use crate::graphql::ids::NodeType;
use crate::graphql::loader::{load_linked, load_one, load_or_default};
use crate::graphql::scalars::Date;
use crate::organisations::OrganisationById;
use crate::schema::benefits::Benefit;
use crate::schema::organisations::Organisation;
use crate::schema::stakeholders::Person;
use crate::services::loaders::{
    DeploymentById, DeploymentsOfService, GatesOfDeployment, ReportsOfDeployment, ReportsOfService,
    ServiceById,
};
use crate::services::service_level_met;
use crate::stakeholders::PersonById;

/// An IT service in the catalogue.
#[derive(Clone)]
pub struct Service(pub service::Model);
crate::graphql::row_object::row_object!(Service, service::Model, crate::services::ServiceById);

/// An IT service in the catalogue: provider, owner, service levels and lifecycle.
#[connections]
#[Object]
impl Service {
    /// Global id.
    pub async fn id(&self) -> ID {
        NodeType::Service.id(self.0.id)
    }
    /// Changes to this service, newest first (administrators and the programme board only).
    #[connection]
    async fn audit_trail(
        &self,
        ctx: &Context<'_>,
    ) -> ApiResult<Connection<crate::audit::AuditEvent>> {
        crate::audit::trail(ctx, NodeType::Service, self.0.id, page).await
    }
    /// Name.
    async fn name(&self) -> &str {
        &self.0.name
    }
    /// Description.
    async fn description(&self) -> Option<&str> {
        self.0.description.as_deref()
    }
    /// Lifecycle stage.
    async fn lifecycle(&self) -> ServiceLifecycle {
        self.0.lifecycle
    }
    /// Availability target, percent (e.g. 99.9).
    async fn availability_target(&self) -> Option<f64> {
        self.0.availability_target
    }
    /// Value-profile column.
    async fn value_type(&self) -> ValueType {
        self.0.value_type
    }
    /// Value-profile row.
    async fn reach(&self) -> Reach {
        self.0.reach
    }
    /// The providing organisation (a supplier or shared service).
    async fn provider(&self, ctx: &Context<'_>) -> ApiResult<Option<Organisation>> {
        Ok(
            load_linked(ctx.request(), self.0.provider_id.map(OrganisationById))
                .await?
                .map(Organisation),
        )
    }
    /// The service owner.
    async fn owner(&self, ctx: &Context<'_>) -> ApiResult<Option<Person>> {
        Ok(load_linked(ctx.request(), self.0.owner_id.map(PersonById))
            .await?
            .map(Person))
    }
    /// Where the service is deployed (or planned).
    #[connection]
    async fn deployments(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "Only deployments in these statuses.")] statuses: Option<
            Vec<DeploymentStatus>,
        >,
    ) -> ApiResult<Connection<Deployment>> {
        let list = DeploymentsOfService(self.0.id).rows();
        let list = list.only(deployment::Column::Status, statuses);
        children_page(ctx, page, list, Deployment).await
    }
    /// The benefits this service enables.
    async fn enabled_benefits(&self, ctx: &Context<'_>) -> ApiResult<Vec<Benefit>> {
        let rows = load_or_default(ctx.request(), BenefitsEnabledBy(self.0.id)).await?;
        Ok(rows.into_iter().map(Benefit).collect())
    }
    /// Service levels achieved, newest period first, each checked against the target.
    async fn service_level_reports(&self, ctx: &Context<'_>) -> ApiResult<Vec<ServiceLevelReport>> {
        let mut rows = load_or_default(ctx.request(), ReportsOfService(self.0.id)).await?;
        rows.reverse();
        Ok(rows
            .into_iter()
            .map(|row| ServiceLevelReport {
                row,
                target: self.0.availability_target,
            })
            .collect())
    }
}

/// A service deployed at an organisation.
#[derive(Clone)]
pub struct Deployment(pub deployment::Model);
crate::graphql::row_object::row_object!(
    Deployment,
    deployment::Model,
    crate::services::DeploymentById
);

/// A service deployed at an organisation: what makes a benefit achievable there at all.
#[connections]
#[Object]
impl Deployment {
    /// Global id.
    pub async fn id(&self) -> ID {
        NodeType::Deployment.id(self.0.id)
    }
    /// Where the deployment stands.
    async fn status(&self) -> DeploymentStatus {
        self.0.status
    }
    /// Planned go-live date.
    async fn planned_go_live(&self) -> Option<Date> {
        self.0.planned_go_live.map(Date)
    }
    /// Actual go-live date.
    async fn went_live_on(&self) -> Option<Date> {
        self.0.went_live_on.map(Date)
    }
    /// The service.
    async fn service(&self, ctx: &Context<'_>) -> ApiResult<Option<Service>> {
        Ok(load_one(ctx.request(), ServiceById(self.0.service_id))
            .await?
            .map(Service))
    }
    /// Where it is deployed.
    async fn organisation(&self, ctx: &Context<'_>) -> ApiResult<Option<Organisation>> {
        Ok(
            load_one(ctx.request(), OrganisationById(self.0.organisation_id))
                .await?
                .map(Organisation),
        )
    }
    /// Readiness decisions: is the local organisation ready to support it.
    async fn readiness_gates(&self, ctx: &Context<'_>) -> ApiResult<Vec<ReadinessGate>> {
        let rows = load_or_default(ctx.request(), GatesOfDeployment(self.0.id)).await?;
        Ok(rows.into_iter().map(ReadinessGate).collect())
    }
    /// Service levels achieved at this site, newest period first.
    async fn service_level_reports(&self, ctx: &Context<'_>) -> ApiResult<Vec<ServiceLevelReport>> {
        let mut rows = load_or_default(ctx.request(), ReportsOfDeployment(self.0.id)).await?;
        rows.reverse();
        let target = load_one(ctx.request(), ServiceById(self.0.service_id))
            .await?
            .and_then(|s| s.availability_target);
        Ok(rows
            .into_iter()
            .map(|row| ServiceLevelReport { row, target })
            .collect())
    }
}

/// A readiness decision for a deployment.
pub struct ReadinessGate(pub readiness_gate::Model);

/// A readiness decision for a deployment.
#[connections]
#[Object]
impl ReadinessGate {
    /// What is being assessed.
    async fn name(&self) -> &str {
        &self.0.name
    }
    /// The decision.
    async fn status(&self) -> GateStatus {
        self.0.status
    }
    /// When decided.
    async fn decided_on(&self) -> Option<Date> {
        self.0.decided_on.map(Date)
    }
    /// The deployment the gate is for.
    async fn deployment(&self, ctx: &Context<'_>) -> ApiResult<Option<Deployment>> {
        Ok(
            load_one(ctx.request(), DeploymentById(self.0.deployment_id))
                .await?
                .map(Deployment),
        )
    }
}

/// Achieved service levels for a period.
pub struct ServiceLevelReport {
    row: service_level_report::Model,
    target: Option<f64>,
}

/// A service's (or one deployment's) achieved service levels for a period, reviewed against
/// the service's target.
#[connections]
#[Object]
impl ServiceLevelReport {
    /// First day of the period.
    async fn period_start(&self) -> Date {
        Date(self.row.period_start)
    }
    /// Last day of the period.
    async fn period_end(&self) -> Date {
        Date(self.row.period_end)
    }
    /// Availability achieved, percent.
    async fn availability(&self) -> f64 {
        self.row.availability
    }
    /// Incidents in the period.
    async fn incidents(&self) -> i32 {
        self.row.incidents
    }
    /// Notes.
    async fn notes(&self) -> Option<&str> {
        self.row.notes.as_deref()
    }
    /// Whether availability met the service's target (null when the service has none).
    async fn met(&self) -> Option<bool> {
        service_level_met(self.row.availability, self.target)
    }
    /// The service reported on.
    async fn service(&self, ctx: &Context<'_>) -> ApiResult<Option<Service>> {
        Ok(load_one(ctx.request(), ServiceById(self.row.service_id))
            .await?
            .map(Service))
    }
    /// The deployment, when the report is for one site.
    async fn deployment(&self, ctx: &Context<'_>) -> ApiResult<Option<Deployment>> {
        Ok(
            load_linked(ctx.request(), self.row.deployment_id.map(DeploymentById))
                .await?
                .map(Deployment),
        )
    }
}
