//! Writing engagements: the programme board and administrators for anyone; an executive for
//! engagements whose organisations are all their own (or PART_OF theirs).

use async_graphql::{Context, Object};
use entity::{engagement, engagement_participant, organisation, person, programme};
use sea_orm::ActiveValue::NotSet;
use sea_orm::{ActiveModelTrait, EntityTrait, Set};

use super::assessment::Engagement;
use super::inputs::{CreateEngagementInput, UpdateEngagementInput};
use crate::audit::{Written, write_as};
use crate::auth::{Permission, require, require_for};
use crate::graphql::context::ContextExt;
use crate::graphql::error::ApiResult;
use crate::graphql::ids::{NodeType, decode_as};
use crate::graphql::loader::load_or_default;
use crate::graphql::mutation::{Checks, payload};
use crate::graphql::write::{begin, found};
use crate::stakeholders::loaders::ParticipantsOfEngagement;

payload!(EngagementPayload, engagement, Engagement, "an engagement");

/// Writing engagements.
#[derive(Default)]
pub struct EngagementMutation;

/// Writing engagements.
#[Object]
impl EngagementMutation {
    /// Records a meeting or contact with stakeholders.
    async fn create_engagement(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The new engagement.")] input: CreateEngagementInput,
    ) -> ApiResult<EngagementPayload> {
        require(ctx, Permission::WriteEngagements)?;
        let programme_id = decode_as(&input.programme, NodeType::Programme)?;
        let orgs = input
            .organisations
            .iter()
            .map(|o| decode_as(o, NodeType::Organisation))
            .collect::<ApiResult<Vec<_>>>()?;
        let people = input
            .people
            .iter()
            .map(|p| decode_as(p, NodeType::Person))
            .collect::<ApiResult<Vec<_>>>()?;
        // The board and administrators may record an engagement with any organisations, or
        // none; an executive's must name organisations, all of them theirs.
        let caller = require_for(ctx, Permission::WriteEngagements, &orgs).await?;
        write_as(ctx, caller, async |_| {
            let mut checks = Checks::default();
            let summary = checks.text(&input.summary, "summary");
            checks.finish(())?;
            let txn = begin(ctx).await?;
            found::<programme::Entity, _>(&txn, programme_id, "programme").await?;
            for o in &orgs {
                found::<organisation::Entity, _>(&txn, *o, "organisations").await?;
            }
            for p in &people {
                found::<person::Entity, _>(&txn, *p, "people").await?;
            }
            let row = engagement::ActiveModel {
                programme_id: Set(programme_id),
                occurred_on: Set(input.occurred_on.0),
                kind: Set(input.kind),
                summary: Set(summary),
                outcome: Set(input.outcome),
                id: NotSet,
                created_at: NotSet,
                updated_at: NotSet,
            }
            .insert(&txn)
            .await?;
            let parts = orgs
                .iter()
                .map(|o| (Some(*o), None))
                .chain(people.iter().map(|p| (None, Some(*p))));
            let parts: Vec<engagement_participant::ActiveModel> = parts
                .map(|(o, p)| engagement_participant::ActiveModel {
                    engagement_id: Set(row.id),
                    organisation_id: Set(o),
                    person_id: Set(p),
                    id: NotSet,
                    created_at: NotSet,
                    updated_at: NotSet,
                })
                .collect();
            if !parts.is_empty() {
                engagement_participant::Entity::insert_many(parts)
                    .exec_without_returning(&txn)
                    .await?;
            }
            let after =
                serde_json::json!({ "engagement": row, "organisations": orgs, "people": people });
            Written::about(txn, Engagement(row)).after(&after)
        })
        .await
    }

    /// Changes an engagement's date, kind, summary or outcome.
    async fn update_engagement(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The changes.")] input: UpdateEngagementInput,
    ) -> ApiResult<EngagementPayload> {
        let (_, scope) = require(ctx, Permission::WriteEngagements)?;
        let id = decode_as(&input.id, NodeType::Engagement)?;
        let orgs: Vec<i32> = load_or_default(ctx.request(), ParticipantsOfEngagement(id))
            .await?
            .iter()
            .filter_map(|p| p.organisation_id)
            .collect();
        let caller = match scope {
            crate::auth::Scope::Everywhere => crate::auth::caller(ctx)?,
            crate::auth::Scope::OwnOrganisations => {
                require_for(ctx, Permission::WriteEngagements, &orgs).await?
            }
        };
        write_as(ctx, caller, async |_| {
            let txn = begin(ctx).await?;
            let before = found::<engagement::Entity, _>(&txn, id, "id").await?;
            let b = before.clone();
            let mut checks = Checks::default();
            let summary = checks.text(&input.summary.unwrap_or(b.summary), "summary");
            checks.finish(())?;
            let row = engagement::ActiveModel {
                id: Set(b.id),
                programme_id: Set(b.programme_id),
                occurred_on: Set(input.occurred_on.map_or(b.occurred_on, |d| d.0)),
                kind: Set(input.kind.unwrap_or(b.kind)),
                summary: Set(summary),
                outcome: Set(input.outcome.or(b.outcome)),
                created_at: NotSet,
                updated_at: NotSet,
            }
            .update(&txn)
            .await?;
            Written::<Engagement>::changed(txn, &before, row)
        })
        .await
    }
}
