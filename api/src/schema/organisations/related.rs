//! Reading an organisation's relationships: which way they point, of what kind, on what date,
//! and the organisations at their other ends, each through the hierarchy's DataLoaders.

use async_graphql::{Context, Enum};
use chrono::NaiveDate;
use entity::enums::RelationshipKind;
use entity::{organisation, organisation_relationship};

use super::types::Organisation;
use crate::graphql::context::ContextExt;
use crate::graphql::error::ApiResult;
use crate::graphql::loader::{load_many, load_one};
use crate::organisations::hierarchy::is_valid_at;
use crate::organisations::loaders::{
    OrganisationById, OrganisationDetailsById, RelationshipsFrom, RelationshipsTo, TargetOn,
};

/// Which way relationships point from an organisation.
#[derive(Enum, Clone, Copy, PartialEq, Eq, Debug)]
pub enum RelationshipDirection {
    /// Relationships of this organisation to others (it is PART_OF, COMMISSIONED_BY ...).
    Outgoing,
    /// Relationships of others to this organisation (they are PART_OF it ...).
    Incoming,
}

impl Organisation {
    /// The whole row, for the fields lists rarely ask for (address, record timestamps).
    pub(super) async fn details(&self, ctx: &Context<'_>) -> ApiResult<organisation::Model> {
        load_one(ctx.request(), OrganisationDetailsById(self.0.id))
            .await?
            .ok_or_else(|| {
                anyhow::anyhow!("organisation {} vanished while being read", self.0.id).into()
            })
    }

    pub(super) async fn related(
        &self,
        ctx: &Context<'_>,
        direction: RelationshipDirection,
        kind: Option<RelationshipKind>,
        as_at: Option<NaiveDate>,
    ) -> ApiResult<Vec<organisation_relationship::Model>> {
        let request = ctx.request();
        let rels = match direction {
            RelationshipDirection::Outgoing => {
                load_one(request, RelationshipsFrom(self.0.id)).await?
            }
            RelationshipDirection::Incoming => {
                load_one(request, RelationshipsTo(self.0.id)).await?
            }
        }
        .unwrap_or_default();
        Ok(rels
            .into_iter()
            .filter(|r| kind.is_none_or(|k| r.kind == k))
            .filter(|r| as_at.is_none_or(|d| is_valid_at(r, d)))
            .collect())
    }

    /// The organisations at the other end of the given relationships, sorted by name.
    pub(super) async fn others(
        &self,
        ctx: &Context<'_>,
        direction: RelationshipDirection,
        kind: RelationshipKind,
        as_at: Option<NaiveDate>,
    ) -> ApiResult<Vec<Organisation>> {
        let rels = self.related(ctx, direction, Some(kind), as_at).await?;
        let ids = rels
            .iter()
            .map(|r| match direction {
                RelationshipDirection::Outgoing => OrganisationById(r.to_organisation_id),
                RelationshipDirection::Incoming => OrganisationById(r.from_organisation_id),
            })
            .collect();
        let mut orgs: Vec<Organisation> = load_many(ctx.request(), ids)
            .await?
            .into_iter()
            .map(Organisation)
            .collect();
        orgs.sort_by(|a, b| a.0.name.cmp(&b.0.name).then(a.0.id.cmp(&b.0.id)));
        orgs.dedup_by_key(|o| o.0.id);
        Ok(orgs)
    }

    /// The one organisation this one points to by `kind` on a date (the latest, if several).
    pub(super) async fn one(
        &self,
        ctx: &Context<'_>,
        kind: RelationshipKind,
        on: NaiveDate,
    ) -> ApiResult<Option<Organisation>> {
        let from = self.0.id;
        Ok(load_one(ctx.request(), TargetOn { from, kind, on })
            .await?
            .map(Organisation))
    }
}
