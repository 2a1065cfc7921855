//! The GraphQL type of a dated relationship between organisations.
use async_graphql::{Context, ID, Object};
use entity::enums::RelationshipKind;
use entity::organisation_relationship;
use realise_macros::connections;

use super::types::Organisation;
use crate::graphql::context::ContextExt;
use crate::graphql::error::ApiResult;
use crate::graphql::ids::NodeType;
use crate::graphql::loader::load_one;
use crate::graphql::scalars::Date;
use crate::organisations::loaders::OrganisationById;

/// A dated relationship from one organisation to another.
pub struct OrganisationRelationship(pub organisation_relationship::Model);

/// A dated relationship from one organisation to another.
#[connections]
#[Object]
impl OrganisationRelationship {
    /// Global id.
    pub async fn id(&self) -> ID {
        NodeType::OrganisationRelationship.id(self.0.id)
    }
    /// What the relationship is.
    async fn kind(&self) -> RelationshipKind {
        self.0.kind
    }
    /// The organisation the relationship is of.
    async fn from(&self, ctx: &Context<'_>) -> ApiResult<Option<Organisation>> {
        Ok(
            load_one(ctx.request(), OrganisationById(self.0.from_organisation_id))
                .await?
                .map(Organisation),
        )
    }
    /// The organisation it points at.
    async fn to(&self, ctx: &Context<'_>) -> ApiResult<Option<Organisation>> {
        Ok(
            load_one(ctx.request(), OrganisationById(self.0.to_organisation_id))
                .await?
                .map(Organisation),
        )
    }
    /// First day it holds (null: since records began).
    async fn valid_from(&self) -> Option<Date> {
        self.0.valid_from.map(Date)
    }
    /// First day it no longer holds (null: still holds).
    async fn valid_to(&self) -> Option<Date> {
        self.0.valid_to.map(Date)
    }
    /// For a SUCCEEDED_BY in a reorganisation: the share of the predecessor's area this
    /// successor took, in percent (the shares of one predecessor add up to 100); null otherwise.
    async fn share_percent(&self) -> Option<f64> {
        self.0.share_percent
    }
}
