//! The Relay `Node` interface: any object by its global id.

use async_graphql::{Context, ID, Interface, Object};

use crate::benefits::{BenefitById, ProgrammeById};
use crate::commitments::CommitmentById;
use crate::graphql::context::ContextExt;
use crate::graphql::error::{ApiError, ApiResult};
use crate::graphql::ids::{NodeType, decode_any};
use crate::graphql::loader::load_one;
use crate::organisations::OrganisationById;
use crate::schema::benefits::{Benefit, Programme};
use crate::schema::commitments::{Commitment, Measurement};
use crate::schema::organisations::{Organisation, OrganisationRelationship};
use crate::schema::services::{Deployment, Service};
use crate::schema::stakeholders::{Engagement, Person, StakeholderAssessment};
use crate::services::{DeploymentById, ServiceById};
use crate::stakeholders::{AssessmentById, EngagementById, PersonById};

/// An object with a global id, which `node(id)` finds again.
#[derive(Interface)]
#[graphql(field(
    name = "id",
    ty = "ID",
    desc = "Global id: opaque, stable, unique across types."
))]
pub enum Node {
    /// An organisation.
    Organisation(Organisation),
    /// A person.
    Person(Person),
    /// A programme.
    Programme(Programme),
    /// A benefit.
    Benefit(Benefit),
    /// A commitment.
    Commitment(Commitment),
    /// A measurement.
    Measurement(Measurement),
    /// A service.
    Service(Service),
    /// A deployment.
    Deployment(Deployment),
    /// An engagement.
    Engagement(Engagement),
    /// A relationship between organisations.
    OrganisationRelationship(OrganisationRelationship),
    /// A stakeholder assessment.
    StakeholderAssessment(StakeholderAssessment),
}

/// Finding objects by global id.
#[derive(Default)]
pub struct NodeQuery;

/// Finding objects by global id.
#[Object]
impl NodeQuery {
    /// The object with this id, or null when there is none.
    async fn node(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "A global id.")] id: ID,
    ) -> ApiResult<Option<Node>> {
        find(ctx, &id).await
    }

    /// The objects with these ids, in order, null where there is none (at most 100 ids).
    async fn nodes(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "Global ids.")] ids: Vec<ID>,
    ) -> ApiResult<Vec<Option<Node>>> {
        if ids.len() > 100 {
            return Err(ApiError::BadUserInput(format!(
                "at most 100 ids at once, got {}",
                ids.len()
            )));
        }
        let lookups = ids.iter().map(|id| find(ctx, id));
        futures_util::future::join_all(lookups)
            .await
            .into_iter()
            .collect()
    }
}

async fn find(ctx: &Context<'_>, id: &ID) -> ApiResult<Option<Node>> {
    let (node_type, key) = decode_any(id)?;
    let request = ctx.request();
    Ok(match node_type {
        NodeType::Organisation => load_one(request, OrganisationById(key))
            .await?
            .map(|m| Node::Organisation(Organisation(m))),
        NodeType::Person => load_one(request, PersonById(key))
            .await?
            .map(|m| Node::Person(Person(m))),
        NodeType::Programme => load_one(request, ProgrammeById(key))
            .await?
            .map(|m| Node::Programme(Programme(m))),
        NodeType::Benefit => load_one(request, BenefitById(key))
            .await?
            .map(|m| Node::Benefit(Benefit(m))),
        NodeType::Commitment => load_one(request, CommitmentById(key))
            .await?
            .map(|m| Node::Commitment(Commitment(m))),
        NodeType::Service => load_one(request, ServiceById(key))
            .await?
            .map(|m| Node::Service(Service(m))),
        NodeType::Deployment => load_one(request, DeploymentById(key))
            .await?
            .map(|m| Node::Deployment(Deployment(m))),
        NodeType::Engagement => load_one(request, EngagementById(key))
            .await?
            .map(|m| Node::Engagement(Engagement(m))),
        NodeType::Measurement => Measurement::by_key(request, key)
            .await?
            .map(Node::Measurement),
        NodeType::OrganisationRelationship => {
            use entity::organisation_relationship;
            use sea_orm::EntityTrait;
            organisation_relationship::Entity::find_by_id(key)
                .one(&request.db.conn)
                .await?
                .map(|m| Node::OrganisationRelationship(OrganisationRelationship(m)))
        }
        NodeType::StakeholderAssessment => load_one(request, AssessmentById(key))
            .await?
            .map(|m| Node::StakeholderAssessment(StakeholderAssessment(m))),
        NodeType::AuditEvent => None,
    })
}
