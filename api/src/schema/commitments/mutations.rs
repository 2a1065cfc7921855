//! Drafting and changing commitments, and their trajectories (executives for their own
//! organisations, and administrators).

use async_graphql::{Context, Object};
use entity::enums::CommitmentStatus;
use entity::{benefit, commitment, trajectory_point};
use sea_orm::ActiveValue::{NotSet, Set};
use sea_orm::{ActiveModelTrait, ColumnTrait, EntityTrait, QueryFilter};

use super::inputs::{CreateCommitmentInput, SetTrajectoryInput, UpdateCommitmentInput};
use super::types::Commitment;
use crate::audit::{Written, write_as};
use crate::auth::{Permission, require_for};
use crate::commitments::figures::{Figures, checked_trajectory};
use crate::commitments::guards::{
    caller_for_commitment, changeable, duplicate_live, no_live_commitment,
};
use crate::commitments::history;
use crate::commitments::rules::{organisation_open, owner_belongs};
use crate::commitments::store::{unchanged, update_if_unchanged};
use crate::graphql::context::ContextExt;
use crate::graphql::error::ApiResult;
use crate::graphql::ids::{NodeType, decode_as};
use crate::graphql::mutation::{maybe_key, optional_key, or_stored, payload};
use crate::graphql::write::{UserErrorCode, begin, found, refused, unless_duplicate};
use crate::organisations::open_organisation;

payload!(CommitmentPayload, commitment, Commitment, "a commitment");

/// Drafting and changing commitments.
#[derive(Default)]
pub struct CommitmentMutation;

/// What a withdrawn or transferred commitment says to a change.
const ENDED: &str = "a withdrawn or transferred commitment cannot change";

/// Drafting and changing commitments.
#[Object]
impl CommitmentMutation {
    /// Commits an organisation to its share of a benefit, as a DRAFT.
    async fn create_commitment(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The new commitment.")] input: CreateCommitmentInput,
    ) -> ApiResult<CommitmentPayload> {
        let org = decode_as(&input.organisation, NodeType::Organisation)?;
        let benefit_id = decode_as(&input.benefit, NodeType::Benefit)?;
        let owner = optional_key(input.owner.as_ref(), NodeType::Person)?;
        let caller = require_for(ctx, Permission::WriteCommitments, &[org]).await?;
        write_as(ctx, caller, async |_| {
            let figures = Figures::try_from(&input)?;
            let today = ctx.request().today;
            let txn = begin(ctx).await?;
            open_organisation(&txn, org, "organisation", today).await?;
            found::<benefit::Entity, _>(&txn, benefit_id, "benefit").await?;
            if let Some(owner) = owner {
                owner_belongs(&txn, owner, org, today).await?;
            }
            no_live_commitment(&txn, org, benefit_id).await?;
            let model = commitment::ActiveModel {
                id: NotSet,
                organisation_id: Set(org),
                benefit_id: Set(benefit_id),
                owner_id: Set(owner),
                baseline: Set(figures.baseline),
                baseline_on: Set(figures.baseline_on),
                target: Set(figures.target),
                target_on: Set(figures.target_on),
                tolerance: Set(figures.tolerance),
                status: Set(CommitmentStatus::Draft),
                signed_off_on: Set(None),
                signed_off_by_id: Set(None),
                transferred_from_id: Set(None),
                withdrawal_reason: Set(None),
                version: Set(1),
                notes: Set(input.notes),
                created_at: NotSet,
                updated_at: NotSet,
            };
            // Another request committed the same organisation to the same benefit first.
            let row = unless_duplicate(model.insert(&txn).await, duplicate_live)?;
            history::record(&txn, &row, today).await?;
            Written::<Commitment>::created(txn, row)
        })
        .await
    }

    /// Changes a live commitment at the version read.
    async fn update_commitment(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The changes and the version they apply to.")]
        input: UpdateCommitmentInput,
    ) -> ApiResult<CommitmentPayload> {
        let id = decode_as(&input.id, NodeType::Commitment)?;
        let owner = maybe_key(input.owner, NodeType::Person)?;
        let caller = caller_for_commitment(ctx, id, Permission::WriteCommitments).await?;
        write_as(ctx, caller, async |_| {
            let txn = begin(ctx).await?;
            let before = changeable(&txn, id, input.version, ENDED).await?;
            let figures_change = input.baseline.is_some()
                || input.baseline_on.is_some()
                || input.target.is_some()
                || input.target_on.is_some()
                || input.tolerance.is_some();
            let open_to_change = matches!(
                before.status,
                CommitmentStatus::Draft | CommitmentStatus::Proposed
            );
            if figures_change && !open_to_change {
                return refused(
                    "target",
                    UserErrorCode::FiguresLocked,
                    "baseline, target and tolerance are fixed once the board has agreed",
                );
            }
            let figures = Figures {
                baseline: input.baseline.unwrap_or(before.baseline),
                baseline_on: input.baseline_on.map_or(before.baseline_on, |d| d.0),
                target: input.target.unwrap_or(before.target),
                target_on: input.target_on.map_or(before.target_on, |d| d.0),
                tolerance: input.tolerance.unwrap_or(before.tolerance),
            }
            .checked()?;
            let today = ctx.request().today;
            organisation_open(&txn, before.organisation_id, "id", today).await?;
            if let Some(&owner) = owner.value() {
                owner_belongs(&txn, owner, before.organisation_id, today).await?;
            }
            let changes = commitment::ActiveModel {
                owner_id: Set(or_stored(owner, before.owner_id)),
                baseline: Set(figures.baseline),
                baseline_on: Set(figures.baseline_on),
                target: Set(figures.target),
                target_on: Set(figures.target_on),
                tolerance: Set(figures.tolerance),
                notes: Set(or_stored(input.notes, before.notes.clone())),
                ..unchanged()
            };
            let row = update_if_unchanged(&txn, &before, changes).await?;
            Written::<Commitment>::changed(txn, &before, row)
        })
        .await
    }

    /// Replaces a live commitment's trajectory (its planned values between baseline and
    /// target).
    async fn set_trajectory(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The trajectory.")] input: SetTrajectoryInput,
    ) -> ApiResult<CommitmentPayload> {
        let id = decode_as(&input.id, NodeType::Commitment)?;
        let caller = caller_for_commitment(ctx, id, Permission::WriteCommitments).await?;
        write_as(ctx, caller, async |_| {
            let txn = begin(ctx).await?;
            let before = changeable(&txn, id, input.version, ENDED).await?;
            let today = ctx.request().today;
            organisation_open(&txn, before.organisation_id, "id", today).await?;
            let points: Vec<_> = input
                .points
                .iter()
                .map(|p| (p.planned_on.0, p.value))
                .collect();
            let points = checked_trajectory(points, &Figures::of(&before))?;
            let old = trajectory_point::Entity::find()
                .filter(trajectory_point::Column::CommitmentId.eq(id))
                .all(&txn)
                .await?;
            // The version moves too: a trajectory is part of what was agreed.
            let row = update_if_unchanged(&txn, &before, unchanged()).await?;
            trajectory_point::Entity::delete_many()
                .filter(trajectory_point::Column::CommitmentId.eq(id))
                .exec(&txn)
                .await?;
            let new: Vec<trajectory_point::ActiveModel> = points
                .iter()
                .map(|&(on, value)| trajectory_point::ActiveModel {
                    id: NotSet,
                    commitment_id: Set(id),
                    planned_on: Set(on),
                    value: Set(value),
                    created_at: NotSet,
                    updated_at: NotSet,
                })
                .collect();
            if !new.is_empty() {
                trajectory_point::Entity::insert_many(new)
                    .exec_without_returning(&txn)
                    .await?;
            }
            let before = serde_json::json!({ "commitment": before, "trajectory": old });
            let after = serde_json::json!({ "commitment": row, "trajectory": points });
            Written::about(txn, Commitment(row))
                .before(&before)?
                .after(&after)
        })
        .await
    }
}
