//! The Relay `Node` interface: any object by its global id.

use async_graphql::{Context, ID, Interface, Object};

use crate::graphql::context::ContextExt;
use crate::graphql::error::{ApiError, ApiResult};
use crate::graphql::ids::{NodeType, decode_any};
use crate::graphql::row_object::load_object;
use crate::schema::benefits::{Benefit, Programme};
use crate::schema::commitments::{Commitment, Measurement};
use crate::schema::organisations::{Organisation, OrganisationRelationship};
use crate::schema::services::{Deployment, Service};
use crate::schema::stakeholders::{Engagement, Person, StakeholderAssessment};

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
        NodeType::Organisation => load_object(request, key).await?.map(Node::Organisation),
        NodeType::Person => load_object(request, key).await?.map(Node::Person),
        NodeType::Programme => load_object(request, key).await?.map(Node::Programme),
        NodeType::Benefit => load_object(request, key).await?.map(Node::Benefit),
        NodeType::Commitment => load_object(request, key).await?.map(Node::Commitment),
        NodeType::Service => load_object(request, key).await?.map(Node::Service),
        NodeType::Deployment => load_object(request, key).await?.map(Node::Deployment),
        NodeType::Engagement => load_object(request, key).await?.map(Node::Engagement),
        NodeType::StakeholderAssessment => load_object(request, key)
            .await?
            .map(Node::StakeholderAssessment),
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
        NodeType::AuditEvent => None,
    })
}
