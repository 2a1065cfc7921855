//! The GraphQL type of a benefit profile; programmes are in `programme.rs`.

use async_graphql::{Context, ID, Object};
use entity::benefit;
use entity::enums::{
    BenefitCategory, BenefitStatus, CommitmentStatus, Direction, MeasureKind, Reach, Rollup,
    ValueType,
};
use realise_macros::connections;

use super::programme::Programme;
use crate::benefits::loaders::{
    BenefitsContributedTo, ContributingBenefits, ProgrammeById, ServicesEnablingBenefit,
};
use crate::commitments::page::PageOf;
use crate::graphql::connection::Connection;
use crate::graphql::context::ContextExt;
use crate::graphql::error::ApiResult;
use crate::graphql::ids::NodeType;
use crate::graphql::loader::{load_linked, load_one, load_or_default};
use crate::schema::commitments::Commitment;
use crate::schema::services::Service;
use crate::schema::stakeholders::Person;
use crate::stakeholders::PersonById;

/// A benefit profile: what a programme promises, with its measure.
#[derive(Clone)]
pub struct Benefit(pub benefit::Model);
crate::graphql::row_object::row_object!(Benefit, benefit::Model, crate::benefits::BenefitById);

/// A benefit profile: what a programme promises, with its measure, and how it is owned locally.
#[connections]
#[Object]
impl Benefit {
    /// Global id.
    pub async fn id(&self) -> ID {
        NodeType::Benefit.id(self.0.id)
    }
    /// Changes to this benefit, newest first (administrators and the programme board only).
    #[connection]
    async fn audit_trail(
        &self,
        ctx: &Context<'_>,
    ) -> ApiResult<Connection<crate::audit::AuditEvent>> {
        crate::audit::trail(ctx, NodeType::Benefit, self.0.id, page).await
    }
    /// Short code, unique within the programme.
    async fn code(&self) -> &str {
        &self.0.code
    }
    /// Title.
    async fn title(&self) -> &str {
        &self.0.title
    }
    /// Description.
    async fn description(&self) -> Option<&str> {
        self.0.description.as_deref()
    }
    /// Category.
    async fn category(&self) -> BenefitCategory {
        self.0.category
    }
    /// Whether this is a disbenefit (a foreseen downside).
    async fn is_disbenefit(&self) -> bool {
        self.0.is_disbenefit
    }
    /// The KPI's name.
    async fn measure(&self) -> &str {
        &self.0.measure
    }
    /// Unit of the measure (GBP, %, minutes, count).
    async fn unit(&self) -> &str {
        &self.0.unit
    }
    /// Which way is improvement.
    async fn direction(&self) -> Direction {
        self.0.direction
    }
    /// How local figures add up.
    async fn rollup(&self) -> Rollup {
        self.0.rollup
    }
    /// Whether the measure is a running total (SPC reads its changes) or a value per period.
    async fn measure_kind(&self) -> MeasureKind {
        self.0.measure_kind
    }
    /// Value-profile column.
    async fn value_type(&self) -> ValueType {
        self.0.value_type
    }
    /// Value-profile row.
    async fn reach(&self) -> Reach {
        self.0.reach
    }
    /// Where it is in its life.
    async fn status(&self) -> BenefitStatus {
        self.0.status
    }
    /// The programme that promises it.
    async fn programme(&self, ctx: &Context<'_>) -> ApiResult<Option<Programme>> {
        Ok(load_one(ctx.request(), ProgrammeById(self.0.programme_id))
            .await?
            .map(Programme))
    }
    /// The national owner.
    async fn national_owner(&self, ctx: &Context<'_>) -> ApiResult<Option<Person>> {
        Ok(
            load_linked(ctx.request(), self.0.national_owner_id.map(PersonById))
                .await?
                .map(Person),
        )
    }
    /// The services that enable this benefit.
    async fn enabling_services(&self, ctx: &Context<'_>) -> ApiResult<Vec<Service>> {
        let rows = load_or_default(ctx.request(), ServicesEnablingBenefit(self.0.id)).await?;
        Ok(rows.into_iter().map(Service).collect())
    }
    /// The benefits this one contributes to (the benefits map, upwards).
    async fn contributes_to(&self, ctx: &Context<'_>) -> ApiResult<Vec<Benefit>> {
        let rows = load_or_default(ctx.request(), BenefitsContributedTo(self.0.id)).await?;
        Ok(rows.into_iter().map(Benefit).collect())
    }
    /// The benefits that contribute to this one (the benefits map, downwards).
    async fn contributors(&self, ctx: &Context<'_>) -> ApiResult<Vec<Benefit>> {
        let rows = load_or_default(ctx.request(), ContributingBenefits(self.0.id)).await?;
        Ok(rows.into_iter().map(Benefit).collect())
    }
    /// Realisation over all the commitments to this benefit, as at a date.
    #[dated("The date of the figures (default today).")]
    async fn realisation(
        &self,
        ctx: &Context<'_>,
    ) -> ApiResult<crate::schema::realisation::BenefitRealisation> {
        crate::schema::realisation::benefit_realisation(ctx, &self.0, as_at).await
    }
    /// Which organisations that could realise this benefit have committed to it, as at a
    /// date; the paging arguments page its `notCommitted` organisations.
    #[connection]
    #[dated("The date of the figures (default today).")]
    async fn coverage(
        &self,
        ctx: &Context<'_>,
    ) -> ApiResult<crate::schema::realisation::BenefitCoverage> {
        crate::schema::realisation::benefit_coverage(ctx, &self.0, as_at, page).await
    }
    /// Local commitments to this benefit.
    #[connection]
    async fn commitments(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "Only commitments in these statuses.")] statuses: Option<
            Vec<CommitmentStatus>,
        >,
    ) -> ApiResult<Connection<Commitment>> {
        let of = PageOf::Benefit(self.0.id);
        crate::schema::commitments::commitments_of(ctx, page, of, statuses).await
    }
}
