//! Writing engagements: the programme board and administrators for anyone; an executive for
//! engagements whose organisations are all their own (or PART_OF theirs).

use async_graphql::{Context, Object};
use chrono::Utc;
use entity::{engagement, engagement_participant, organisation, person, programme};
use sea_orm::{ActiveModelTrait, EntityTrait, Set};

use super::inputs::{CreateEngagementInput, UpdateEngagementInput};
use super::loaders::ParticipantsOfEngagement;
use super::types::Engagement;
use crate::audit::{record, snapshot};
use crate::auth::{Permission, require, require_for};
use crate::graphql::context::ContextExt;
use crate::graphql::error::ApiResult;
use crate::graphql::ids::{NodeType, decode_as};
use crate::graphql::loader::load_one;
use crate::graphql::mutation::{Checks, begin, payload};
use crate::graphql::store::{found, or_refuse};

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
        let mut checks = Checks::default();
        let summary = checks.text(&input.summary, "summary");
        or_refuse!(checks.finish(()));
        let txn = begin(ctx).await?;
        or_refuse!(found::<programme::Entity, _>(&txn, programme_id, "programme").await?);
        for o in &orgs {
            or_refuse!(found::<organisation::Entity, _>(&txn, *o, "organisations").await?);
        }
        for p in &people {
            or_refuse!(found::<person::Entity, _>(&txn, *p, "people").await?);
        }
        let now = Utc::now();
        let row = engagement::ActiveModel {
            programme_id: Set(programme_id),
            occurred_on: Set(input.occurred_on.0),
            kind: Set(input.kind),
            summary: Set(summary),
            outcome: Set(input.outcome),
            created_at: Set(now),
            updated_at: Set(now),
            ..Default::default()
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
                created_at: Set(now),
                updated_at: Set(now),
                ..Default::default()
            })
            .collect();
        if !parts.is_empty() {
            engagement_participant::Entity::insert_many(parts)
                .exec_without_returning(&txn)
                .await?;
        }
        let after =
            serde_json::json!({ "engagement": row, "organisations": orgs, "people": people });
        record(
            &txn,
            caller,
            "createEngagement",
            NodeType::Engagement,
            row.id,
            None,
            Some(after),
        )
        .await?;
        txn.commit().await?;
        Ok(Ok(Engagement(row)).into())
    }

    /// Changes an engagement's date, kind, summary or outcome.
    async fn update_engagement(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The changes.")] input: UpdateEngagementInput,
    ) -> ApiResult<EngagementPayload> {
        let (_, scope) = require(ctx, Permission::WriteEngagements)?;
        let id = decode_as(&input.id, NodeType::Engagement)?;
        let orgs: Vec<i32> = load_one(ctx.request(), ParticipantsOfEngagement(id))
            .await?
            .unwrap_or_default()
            .iter()
            .filter_map(|p| p.organisation_id)
            .collect();
        let caller = match scope {
            crate::auth::Scope::Everywhere => crate::auth::caller(ctx)?,
            crate::auth::Scope::OwnOrganisations => {
                require_for(ctx, Permission::WriteEngagements, &orgs).await?
            }
        };
        let txn = begin(ctx).await?;
        let before = or_refuse!(found::<engagement::Entity, _>(&txn, id, "id").await?);
        let b = before.clone();
        let mut checks = Checks::default();
        let summary = checks.text(&input.summary.unwrap_or(b.summary), "summary");
        or_refuse!(checks.finish(()));
        let new = engagement::Model {
            occurred_on: input.occurred_on.map_or(b.occurred_on, |d| d.0),
            kind: input.kind.unwrap_or(b.kind),
            summary,
            outcome: input.outcome.or(b.outcome),
            updated_at: Utc::now(),
            ..b
        };
        let row = engagement::ActiveModel::from(new)
            .reset_all()
            .update(&txn)
            .await?;
        record(
            &txn,
            caller,
            "updateEngagement",
            NodeType::Engagement,
            id,
            snapshot(&before)?,
            snapshot(&row)?,
        )
        .await?;
        txn.commit().await?;
        Ok(Ok(Engagement(row)).into())
    }
}
