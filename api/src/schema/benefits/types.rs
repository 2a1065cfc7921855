//! The GraphQL types of programmes and benefits.

use async_graphql::{Context, ID, Object};
use entity::enums::{
    BenefitCategory, BenefitStatus, CommitmentStatus, Direction, MeasureKind, ProgrammeStatus,
    Reach, Rollup, ValueType,
};
use entity::{benefit, programme};
use realise_macros::connections;

use crate::benefits::loaders::{
    BenefitById, BenefitsOfProgramme, ContributesTo, ContributorsOf, EnablementsOfBenefit,
    ProgrammeById,
};
use crate::commitments::CommitmentsOfBenefit;
use crate::graphql::connection::{Connection, paginate};
use crate::graphql::context::ContextExt;
use crate::graphql::error::ApiResult;
use crate::graphql::ids::NodeType;
use crate::graphql::loader::{load_many, load_one};
use crate::graphql::scalars::{Date, Pence};
use crate::schema::commitments::Commitment;
use crate::schema::services::Service;
use crate::schema::stakeholders::{Engagement, Person, StakeholderAssessment};
use crate::services::ServiceById;
use crate::stakeholders::{AssessmentsOfProgramme, EngagementsOfProgramme, PersonById};

/// A programme that promises benefits.
#[derive(Clone)]
pub struct Programme(pub programme::Model);

/// A programme that promises benefits, delivered through services and owned locally through
/// commitments.
#[connections]
#[Object]
impl Programme {
    /// Global id.
    pub async fn id(&self) -> ID {
        NodeType::Programme.id(self.0.id)
    }
    /// Changes to this programme, newest first (administrators and the programme board only).
    #[connection]
    async fn audit_trail(
        &self,
        ctx: &Context<'_>,
    ) -> ApiResult<Connection<crate::audit::AuditEvent>> {
        crate::audit::trail(ctx, NodeType::Programme, self.0.id, page).await
    }
    /// Name.
    async fn name(&self) -> &str {
        &self.0.name
    }
    /// What it is for.
    async fn description(&self) -> Option<&str> {
        self.0.description.as_deref()
    }
    /// Where it is in its life.
    async fn status(&self) -> ProgrammeStatus {
        self.0.status
    }
    /// Start date.
    async fn starts_on(&self) -> Option<Date> {
        self.0.starts_on.map(Date)
    }
    /// End date.
    async fn ends_on(&self) -> Option<Date> {
        self.0.ends_on.map(Date)
    }
    /// Budget.
    async fn budget_pence(&self) -> Option<Pence> {
        self.0.budget_pence.map(Pence)
    }
    /// The senior responsible owner.
    async fn senior_responsible_owner(&self, ctx: &Context<'_>) -> ApiResult<Option<Person>> {
        match self.0.senior_responsible_owner_id {
            Some(id) => Ok(load_one(ctx.request(), PersonById(id)).await?.map(Person)),
            None => Ok(None),
        }
    }
    /// The programme's benefits, by code.
    #[connection]
    async fn benefits(&self, ctx: &Context<'_>) -> ApiResult<Connection<Benefit>> {
        let rows = load_one(ctx.request(), BenefitsOfProgramme(self.0.id))
            .await?
            .unwrap_or_default();
        Ok(paginate(page, rows, Benefit))
    }
    /// Stakeholder assessments for the programme, oldest first.
    async fn stakeholder_assessments(
        &self,
        ctx: &Context<'_>,
    ) -> ApiResult<Vec<StakeholderAssessment>> {
        let rows = load_one(ctx.request(), AssessmentsOfProgramme(self.0.id))
            .await?
            .unwrap_or_default();
        Ok(rows.into_iter().map(StakeholderAssessment).collect())
    }
    /// Realisation as at a date: over all the programme's commitments, by benefit and by
    /// region.
    #[dated("The date of the figures (default today).")]
    async fn realisation(
        &self,
        ctx: &Context<'_>,
    ) -> ApiResult<crate::schema::realisation::ProgrammeRealisation> {
        crate::schema::realisation::programme_realisation(ctx, &self.0, as_at).await
    }
    /// The benefits register: every commitment to the programme's benefits with its figures
    /// as at a date, filtered and sorted on the server (benefit and organisation order unless
    /// told otherwise).
    #[connection]
    #[dated("The date of the figures (default today).")]
    async fn register(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "Which commitments to list.")] filter: Option<
            crate::schema::realisation::RegisterFilter,
        >,
        #[graphql(desc = "How to sort them.")] order_by: Option<
            crate::schema::realisation::RegisterOrder,
        >,
    ) -> ApiResult<Connection<crate::schema::realisation::RegisterEntry>> {
        crate::schema::realisation::programme_register(ctx, &self.0, as_at, filter, order_by, page)
            .await
    }
    /// Local ownership as at a date: the local ownership index and coverage.
    #[dated("The date of the figures (default today).")]
    async fn ownership(
        &self,
        ctx: &Context<'_>,
    ) -> ApiResult<crate::schema::realisation::ProgrammeOwnership> {
        crate::schema::realisation::programme_ownership(ctx, &self.0, as_at).await
    }
    /// Engagements with stakeholders, newest first.
    #[connection]
    async fn engagements(&self, ctx: &Context<'_>) -> ApiResult<Connection<Engagement>> {
        let mut rows = load_one(ctx.request(), EngagementsOfProgramme(self.0.id))
            .await?
            .unwrap_or_default();
        rows.reverse();
        Ok(paginate(page, rows, Engagement))
    }
}

/// A benefit profile: what a programme promises, with its measure.
#[derive(Clone)]
pub struct Benefit(pub benefit::Model);

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
        match self.0.national_owner_id {
            Some(id) => Ok(load_one(ctx.request(), PersonById(id)).await?.map(Person)),
            None => Ok(None),
        }
    }
    /// The services that enable this benefit.
    async fn enabling_services(&self, ctx: &Context<'_>) -> ApiResult<Vec<Service>> {
        let links = load_one(ctx.request(), EnablementsOfBenefit(self.0.id))
            .await?
            .unwrap_or_default();
        let ids = links.iter().map(|e| ServiceById(e.service_id)).collect();
        Ok(load_many(ctx.request(), ids)
            .await?
            .into_iter()
            .map(Service)
            .collect())
    }
    /// The benefits this one contributes to (the benefits map, upwards).
    async fn contributes_to(&self, ctx: &Context<'_>) -> ApiResult<Vec<Benefit>> {
        let links = load_one(ctx.request(), ContributesTo(self.0.id))
            .await?
            .unwrap_or_default();
        let ids = links.iter().map(|l| BenefitById(l.to_benefit_id)).collect();
        Ok(load_many(ctx.request(), ids)
            .await?
            .into_iter()
            .map(Benefit)
            .collect())
    }
    /// The benefits that contribute to this one (the benefits map, downwards).
    async fn contributors(&self, ctx: &Context<'_>) -> ApiResult<Vec<Benefit>> {
        let links = load_one(ctx.request(), ContributorsOf(self.0.id))
            .await?
            .unwrap_or_default();
        let ids = links
            .iter()
            .map(|l| BenefitById(l.from_benefit_id))
            .collect();
        Ok(load_many(ctx.request(), ids)
            .await?
            .into_iter()
            .map(Benefit)
            .collect())
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
        let mut rows = load_one(ctx.request(), CommitmentsOfBenefit(self.0.id))
            .await?
            .unwrap_or_default();
        if let Some(statuses) = statuses {
            rows.retain(|c| statuses.contains(&c.status));
        }
        Ok(paginate(page, rows, Commitment))
    }
}
