//! The GraphQL types of stakeholder assessments and engagements.
use async_graphql::{Context, Enum, ID, Object};
use entity::enums::{Attitude, EngagementKind};
use entity::{engagement, stakeholder_assessment};
use realise_macros::connections;

use super::types::Person;
use crate::benefits::ProgrammeById;
use crate::graphql::context::ContextExt;
use crate::graphql::error::ApiResult;
use crate::graphql::ids::NodeType;
use crate::graphql::loader::{load_linked, load_many, load_one, load_or_default};
use crate::graphql::scalars::Date;
use crate::organisations::OrganisationById;
use crate::schema::benefits::Programme;
use crate::schema::organisations::Organisation;
use crate::stakeholders::loaders::{ParticipantsOfEngagement, PersonById};

/// Where a stakeholder sits on the power/interest grid.
#[derive(Enum, Clone, Copy, PartialEq, Eq, Debug)]
pub enum GridQuadrant {
    /// High influence, high interest: manage closely.
    ManageClosely,
    /// High influence, low interest: keep satisfied.
    KeepSatisfied,
    /// Low influence, high interest: keep informed.
    KeepInformed,
    /// Low influence, low interest: monitor.
    Monitor,
}

impl GridQuadrant {
    /// The quadrant of ratings 1 to 5; 4 and 5 are high.
    pub fn of(influence: i32, interest: i32) -> Self {
        match (influence >= 4, interest >= 4) {
            (true, true) => Self::ManageClosely,
            (true, false) => Self::KeepSatisfied,
            (false, true) => Self::KeepInformed,
            (false, false) => Self::Monitor,
        }
    }
}

/// A dated rating of a person or an organisation for a programme.
pub struct StakeholderAssessment(pub stakeholder_assessment::Model);
crate::graphql::row_object::row_object!(
    StakeholderAssessment,
    stakeholder_assessment::Model,
    crate::stakeholders::AssessmentById
);

/// A dated rating of a person or an organisation for a programme: the power/interest grid.
#[connections]
#[Object]
impl StakeholderAssessment {
    /// Global id.
    pub async fn id(&self) -> ID {
        NodeType::StakeholderAssessment.id(self.0.id)
    }
    /// The programme.
    async fn programme(&self, ctx: &Context<'_>) -> ApiResult<Option<Programme>> {
        Ok(load_one(ctx.request(), ProgrammeById(self.0.programme_id))
            .await?
            .map(Programme))
    }
    /// The person assessed, when a person is.
    async fn person(&self, ctx: &Context<'_>) -> ApiResult<Option<Person>> {
        Ok(load_linked(ctx.request(), self.0.person_id.map(PersonById))
            .await?
            .map(Person))
    }
    /// The organisation assessed, when an organisation is.
    async fn organisation(&self, ctx: &Context<'_>) -> ApiResult<Option<Organisation>> {
        Ok(
            load_linked(ctx.request(), self.0.organisation_id.map(OrganisationById))
                .await?
                .map(Organisation),
        )
    }
    /// Influence over the programme, 1 to 5.
    async fn influence(&self) -> i32 {
        self.0.influence
    }
    /// Interest in the programme, 1 to 5.
    async fn interest(&self) -> i32 {
        self.0.interest
    }
    /// Where influence and interest place them on the grid.
    async fn quadrant(&self) -> GridQuadrant {
        GridQuadrant::of(self.0.influence, self.0.interest)
    }
    /// Stance towards the programme.
    async fn attitude(&self) -> Attitude {
        self.0.attitude
    }
    /// When assessed.
    async fn assessed_on(&self) -> Date {
        Date(self.0.assessed_on)
    }
    /// Notes.
    async fn notes(&self) -> Option<&str> {
        self.0.notes.as_deref()
    }
}

/// A dated meeting or contact between a programme and stakeholders.
#[derive(Clone)]
pub struct Engagement(pub engagement::Model);
crate::graphql::row_object::row_object!(
    Engagement,
    engagement::Model,
    crate::stakeholders::EngagementById
);

/// A dated meeting or contact between a programme and stakeholders.
#[connections]
#[Object]
impl Engagement {
    /// Global id.
    pub async fn id(&self) -> ID {
        NodeType::Engagement.id(self.0.id)
    }
    /// The programme.
    async fn programme(&self, ctx: &Context<'_>) -> ApiResult<Option<Programme>> {
        Ok(load_one(ctx.request(), ProgrammeById(self.0.programme_id))
            .await?
            .map(Programme))
    }
    /// When it happened.
    async fn occurred_on(&self) -> Date {
        Date(self.0.occurred_on)
    }
    /// What form it took.
    async fn kind(&self) -> EngagementKind {
        self.0.kind
    }
    /// What was discussed.
    async fn summary(&self) -> &str {
        &self.0.summary
    }
    /// What came of it.
    async fn outcome(&self) -> Option<&str> {
        self.0.outcome.as_deref()
    }
    /// The organisations that took part.
    async fn organisations(&self, ctx: &Context<'_>) -> ApiResult<Vec<Organisation>> {
        let parts = load_or_default(ctx.request(), ParticipantsOfEngagement(self.0.id)).await?;
        let ids = parts
            .iter()
            .filter_map(|p| p.organisation_id)
            .map(OrganisationById)
            .collect();
        Ok(load_many(ctx.request(), ids)
            .await?
            .into_iter()
            .map(Organisation)
            .collect())
    }
    /// The people who took part.
    async fn people(&self, ctx: &Context<'_>) -> ApiResult<Vec<Person>> {
        let parts = load_or_default(ctx.request(), ParticipantsOfEngagement(self.0.id)).await?;
        let ids = parts
            .iter()
            .filter_map(|p| p.person_id)
            .map(PersonById)
            .collect();
        Ok(load_many(ctx.request(), ids)
            .await?
            .into_iter()
            .map(Person)
            .collect())
    }
}
