//! Drafting and changing commitments, and their trajectories (executives for their own
//! organisations, and administrators).

use async_graphql::{Context, Object};
use chrono::Utc;
use entity::enums::CommitmentStatus;
use entity::{benefit, commitment, trajectory_point};
use sea_orm::{ActiveModelTrait, ColumnTrait, EntityTrait, QueryFilter, Set};

use super::figures::{Figures, checked_trajectory};
use super::guards::{
    caller_for_commitment, duplicate_live, no_live_commitment, same_version, stale,
};
use super::inputs::{CreateCommitmentInput, SetTrajectoryInput, UpdateCommitmentInput};
use super::rules::{organisation_open, owner_belongs};
use super::store::{unchanged, update_if_unchanged};
use super::types::Commitment;
use crate::audit::{record, snapshot};
use crate::auth::{Permission, require_for};
use crate::graphql::context::ContextExt;
use crate::graphql::error::ApiResult;
use crate::graphql::ids::{NodeType, decode_as};
use crate::graphql::mutation::{
    UserErrorCode, begin, is_unique_violation, maybe_key, optional_key, or_stored, payload, refuse,
};
use crate::graphql::store::{found, open_organisation, or_refuse};

payload!(CommitmentPayload, commitment, Commitment, "a commitment");

/// Drafting and changing commitments.
#[derive(Default)]
pub struct CommitmentMutation;

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
        let figures = or_refuse!(Figures::try_from(&input));
        let txn = begin(ctx).await?;
        or_refuse!(open_organisation(&txn, org, "organisation", ctx.request().today).await?);
        or_refuse!(found::<benefit::Entity, _>(&txn, benefit_id, "benefit").await?);
        if let Some(owner) = owner {
            or_refuse!(owner_belongs(&txn, owner, org, ctx.request().today).await?);
        }
        or_refuse!(no_live_commitment(&txn, org, benefit_id).await?);
        let now = Utc::now();
        let model = commitment::ActiveModel {
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
            created_at: Set(now),
            updated_at: Set(now),
            ..Default::default()
        };
        let row = match model.insert(&txn).await {
            Ok(row) => row,
            // Another request committed the same organisation to the same benefit first.
            Err(e) if is_unique_violation(&e) => return Ok(duplicate_live::<Commitment>().into()),
            Err(e) => return Err(e.into()),
        };
        record(
            &txn,
            caller,
            "createCommitment",
            NodeType::Commitment,
            row.id,
            None,
            snapshot(&row)?,
        )
        .await?;
        txn.commit().await?;
        Ok(Ok(Commitment(row)).into())
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
        let txn = begin(ctx).await?;
        let before = or_refuse!(found::<commitment::Entity, _>(&txn, id, "id").await?);
        or_refuse!(same_version(Some(input.version), &before));
        if !before.status.is_live() {
            return Ok(refuse::<Commitment>(
                "id",
                UserErrorCode::NotLive,
                "a withdrawn or transferred commitment cannot change",
            )
            .into());
        }
        let figures_change = input.baseline.is_some()
            || input.baseline_on.is_some()
            || input.target.is_some()
            || input.target_on.is_some()
            || input.tolerance.is_some();
        if figures_change
            && !matches!(
                before.status,
                CommitmentStatus::Draft | CommitmentStatus::Proposed
            )
        {
            return Ok(refuse::<Commitment>(
                "target",
                UserErrorCode::FiguresLocked,
                "baseline, target and tolerance are fixed once the board has agreed",
            )
            .into());
        }
        let figures = or_refuse!(
            Figures {
                baseline: input.baseline.unwrap_or(before.baseline),
                baseline_on: input.baseline_on.map_or(before.baseline_on, |d| d.0),
                target: input.target.unwrap_or(before.target),
                target_on: input.target_on.map_or(before.target_on, |d| d.0),
                tolerance: input.tolerance.unwrap_or(before.tolerance),
            }
            .checked()
        );
        let today = ctx.request().today;
        or_refuse!(organisation_open(&txn, before.organisation_id, "id", today).await?);
        if let Some(&owner) = owner.value() {
            or_refuse!(owner_belongs(&txn, owner, before.organisation_id, today).await?);
        }
        let changes = commitment::ActiveModel {
            owner_id: Set(or_stored(owner, before.owner_id)),
            baseline: Set(figures.baseline),
            baseline_on: Set(figures.baseline_on),
            target: Set(figures.target),
            target_on: Set(figures.target_on),
            tolerance: Set(figures.tolerance),
            notes: Set(or_stored(input.notes, before.notes.clone())),
            ..Default::default()
        };
        let Some(row) = update_if_unchanged(&txn, &before, changes).await? else {
            return Ok(stale::<Commitment>().into());
        };
        record(
            &txn,
            caller,
            "updateCommitment",
            NodeType::Commitment,
            id,
            snapshot(&before)?,
            snapshot(&row)?,
        )
        .await?;
        txn.commit().await?;
        Ok(Ok(Commitment(row)).into())
    }

    /// Replaces a live commitment's trajectory (its planned values between baseline and
    /// target).
    async fn set_trajectory(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The trajectory.")] input: SetTrajectoryInput,
    ) -> ApiResult<CommitmentPayload> {
        let id = decode_as(&input.commitment, NodeType::Commitment)?;
        let caller = caller_for_commitment(ctx, id, Permission::WriteCommitments).await?;
        let txn = begin(ctx).await?;
        let before = or_refuse!(found::<commitment::Entity, _>(&txn, id, "commitment").await?);
        or_refuse!(same_version(input.version, &before));
        if !before.status.is_live() {
            return Ok(refuse::<Commitment>(
                "commitment",
                UserErrorCode::NotLive,
                "a withdrawn or transferred commitment cannot change",
            )
            .into());
        }
        or_refuse!(
            organisation_open(
                &txn,
                before.organisation_id,
                "commitment",
                ctx.request().today
            )
            .await?
        );
        let figures = Figures {
            baseline: before.baseline,
            baseline_on: before.baseline_on,
            target: before.target,
            target_on: before.target_on,
            tolerance: before.tolerance,
        };
        let points = or_refuse!(checked_trajectory(input.points, &figures));
        let old = trajectory_point::Entity::find()
            .filter(trajectory_point::Column::CommitmentId.eq(id))
            .all(&txn)
            .await?;
        // The version moves too: a trajectory is part of what was agreed.
        let Some(row) = update_if_unchanged(&txn, &before, unchanged()).await? else {
            return Ok(stale::<Commitment>().into());
        };
        trajectory_point::Entity::delete_many()
            .filter(trajectory_point::Column::CommitmentId.eq(id))
            .exec(&txn)
            .await?;
        let now = Utc::now();
        let new: Vec<trajectory_point::ActiveModel> = points
            .iter()
            .map(|(on, value)| trajectory_point::ActiveModel {
                commitment_id: Set(id),
                planned_on: Set(*on),
                value: Set(*value),
                created_at: Set(now),
                updated_at: Set(now),
                ..Default::default()
            })
            .collect();
        if !new.is_empty() {
            trajectory_point::Entity::insert_many(new)
                .exec_without_returning(&txn)
                .await?;
        }
        let before_json = serde_json::json!({ "commitment": before, "trajectory": old });
        let after_json = serde_json::json!({ "commitment": row, "trajectory": points });
        record(
            &txn,
            caller,
            "setTrajectory",
            NodeType::Commitment,
            id,
            Some(before_json),
            Some(after_json),
        )
        .await?;
        txn.commit().await?;
        Ok(Ok(Commitment(row)).into())
    }
}
