//! The GraphQL type of a programme: its benefits, commitments, figures and stakeholders.

use async_graphql::{Context, ID, Object};
use entity::enums::ProgrammeStatus;
use entity::programme;
use realise_macros::connections;

use crate::benefits::loaders::BenefitsOfProgramme;
use crate::graphql::children::{ChildList, children_page};
use crate::graphql::connection::Connection;
use crate::graphql::context::ContextExt;
use crate::graphql::error::ApiResult;
use crate::graphql::ids::NodeType;
use crate::graphql::loader::{load_linked, load_or_default};
use crate::graphql::scalars::{Date, Pence};
use crate::schema::stakeholders::{Engagement, Person, StakeholderAssessment};
use crate::stakeholders::{AssessmentsOfProgramme, EngagementsOfProgramme, PersonById};

use super::types::Benefit;

/// A programme that promises benefits.
#[derive(Clone)]
pub struct Programme(pub programme::Model);
crate::graphql::row_object::row_object!(
    Programme,
    programme::Model,
    crate::benefits::ProgrammeById
);

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
        Ok(load_linked(
            ctx.request(),
            self.0.senior_responsible_owner_id.map(PersonById),
        )
        .await?
        .map(Person))
    }
    /// The programme's benefits, by code.
    #[connection]
    async fn benefits(&self, ctx: &Context<'_>) -> ApiResult<Connection<Benefit>> {
        children_page(ctx, page, BenefitsOfProgramme(self.0.id).rows(), Benefit).await
    }
    /// Stakeholder assessments for the programme, oldest first.
    async fn stakeholder_assessments(
        &self,
        ctx: &Context<'_>,
    ) -> ApiResult<Vec<StakeholderAssessment>> {
        let rows = load_or_default(ctx.request(), AssessmentsOfProgramme(self.0.id)).await?;
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
        let list = EngagementsOfProgramme(self.0.id).rows().newest_first();
        children_page(ctx, page, list, Engagement).await
    }
}
