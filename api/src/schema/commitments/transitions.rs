//! The lifecycle steps of a commitment, each a mutation: propose, agree (the board), sign off
//! (the organisation's executive), mark realised, withdraw with a reason, transfer to a
//! successor. Every step is checked against `lifecycle` and written at the version read.

use async_graphql::{Context, ID, Object};
use entity::enums::{CommitmentStatus, RelationshipKind};
use entity::{commitment, organisation_relationship as relationship};
use sea_orm::ActiveValue::Set;
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};

use super::inputs::{
    CommitmentStepInput, SignOffCommitmentInput, TransferCommitmentInput, WithdrawCommitmentInput,
};
use super::mutations::CommitmentPayload;
use super::types::Commitment;
use crate::audit::{Written, write_as};
use crate::auth::Permission;
use crate::commitments::guards::{caller_for_commitment, no_live_commitment, same_version};
use crate::commitments::lifecycle::Transition;
use crate::commitments::rules::{organisation_open, signer_belongs};
use crate::commitments::store::{copy_to, unchanged, update_if_unchanged};
use crate::graphql::context::ContextExt;
use crate::graphql::error::ApiResult;
use crate::graphql::ids::{NodeType, decode_as};
use crate::graphql::mutation::{Checks, UserError, optional_key};
use crate::graphql::write::{UserErrorCode, WriteResult, begin, found, refused};
use crate::organisations::open_organisation;

/// What a step changes besides the status, decided inside the transaction.
type Extra = commitment::ActiveModel;

/// Who may take a step: the board agrees, the organisation's executive signs off, and whoever
/// writes the organisation's commitments takes the others.
fn permission_for(transition: Transition) -> Permission {
    match transition {
        Transition::Agree => Permission::AgreeCommitments,
        Transition::SignOff => Permission::SignOffCommitments,
        Transition::Propose | Transition::Realise | Transition::Withdraw | Transition::Transfer => {
            Permission::WriteCommitments
        }
    }
}

async fn step(
    ctx: &Context<'_>,
    id: &ID,
    version: i32,
    transition: Transition,
    extra: Result<Extra, Vec<UserError>>,
) -> ApiResult<CommitmentPayload> {
    let id = decode_as(id, NodeType::Commitment)?;
    let caller = caller_for_commitment(ctx, id, permission_for(transition)).await?;
    write_as(ctx, caller, async |_| {
        let mut changes = extra?;
        let txn = begin(ctx).await?;
        let before = found::<commitment::Entity, _>(&txn, id, "id").await?;
        same_version(version, &before)?;
        let status = allowed(transition, before.status)?;
        let today = ctx.request().today;
        if transition.needs_open_organisation() {
            organisation_open(&txn, before.organisation_id, "id", today).await?;
        }
        if let Set(Some(signer)) = changes.signed_off_by_id {
            signer_belongs(&txn, signer, before.organisation_id, today).await?;
        }
        changes.status = Set(status);
        let row = update_if_unchanged(&txn, &before, changes).await?;
        Written::<Commitment>::changed(txn, &before, row)
    })
    .await
}

/// A step that changes nothing but the status.
async fn plain_step(
    ctx: &Context<'_>,
    input: &CommitmentStepInput,
    transition: Transition,
) -> ApiResult<CommitmentPayload> {
    step(ctx, &input.id, input.version, transition, Ok(unchanged())).await
}

/// The status `transition` leads to from `from`; ILLEGAL_TRANSITION when it is not allowed.
fn allowed(transition: Transition, from: CommitmentStatus) -> WriteResult<CommitmentStatus> {
    match transition.from(from) {
        Some(status) => Ok(status),
        None => refused(
            "id",
            UserErrorCode::IllegalTransition,
            format!("a {from:?} commitment cannot {transition:?}"),
        ),
    }
}

/// The lifecycle of commitments.
#[derive(Default)]
pub struct CommitmentLifecycleMutation;

/// The lifecycle of commitments.
#[Object]
impl CommitmentLifecycleMutation {
    /// Puts a DRAFT commitment to the programme board (PROPOSED).
    async fn propose_commitment(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The commitment.")] input: CommitmentStepInput,
    ) -> ApiResult<CommitmentPayload> {
        plain_step(ctx, &input, Transition::Propose).await
    }

    /// The programme board agrees a PROPOSED commitment (AGREED).
    async fn agree_commitment(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The commitment.")] input: CommitmentStepInput,
    ) -> ApiResult<CommitmentPayload> {
        plain_step(ctx, &input, Transition::Agree).await
    }

    /// The organisation's executive signs off an AGREED commitment (SIGNED_OFF).
    async fn sign_off_commitment(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The sign-off.")] input: SignOffCommitmentInput,
    ) -> ApiResult<CommitmentPayload> {
        let named = optional_key(input.signed_off_by.as_ref(), NodeType::Person)?;
        let me = crate::schema::stakeholders::identity::caller_person(ctx)
            .await?
            .map(|p| p.id);
        let today = ctx.request().today;
        let on = input.signed_off_on.map_or(today, |d| d.0);
        let mut checks = Checks::default();
        checks.check(
            me.is_none() || named.is_none() || named == me,
            "signedOffBy",
            UserErrorCode::NotOfOrganisation,
            "you sign off as yourself: your sign-in is linked to a person",
        );
        checks.check(
            me.is_some() || named.is_some(),
            "signedOffBy",
            UserErrorCode::Blank,
            "name the person who signs it off",
        );
        let signer = me.or(named).unwrap_or_default();
        checks.check(
            on <= today,
            "signedOffOn",
            UserErrorCode::FutureDate,
            "cannot be in the future",
        );
        let extra = checks.finish(Extra {
            signed_off_on: Set(Some(on)),
            signed_off_by_id: Set(Some(signer)),
            ..unchanged()
        });
        step(ctx, &input.id, input.version, Transition::SignOff, extra).await
    }

    /// Marks a SIGNED_OFF commitment REALISED: the organisation delivered its share.
    async fn mark_commitment_realised(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The commitment.")] input: CommitmentStepInput,
    ) -> ApiResult<CommitmentPayload> {
        plain_step(ctx, &input, Transition::Realise).await
    }

    /// Withdraws a live commitment, with the reason (WITHDRAWN).
    async fn withdraw_commitment(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The commitment and why.")] input: WithdrawCommitmentInput,
    ) -> ApiResult<CommitmentPayload> {
        let mut checks = Checks::default();
        let reason = checks.text(&input.reason, "reason");
        let extra = checks.finish(Extra {
            withdrawal_reason: Set(Some(reason)),
            ..unchanged()
        });
        step(ctx, &input.id, input.version, Transition::Withdraw, extra).await
    }

    /// Hands a live commitment to a successor organisation: the original becomes TRANSFERRED
    /// and the successor gets a copy (figures, owner, status, trajectory) whose
    /// `transferredFrom` is the original; measurements stay with the original. Returns the copy.
    async fn transfer_commitment(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The commitment and its successor.")] input: TransferCommitmentInput,
    ) -> ApiResult<CommitmentPayload> {
        let id = decode_as(&input.id, NodeType::Commitment)?;
        let successor = decode_as(&input.successor, NodeType::Organisation)?;
        let caller = caller_for_commitment(ctx, id, permission_for(Transition::Transfer)).await?;
        write_as(ctx, caller, async |_| {
            let txn = begin(ctx).await?;
            let before = found::<commitment::Entity, _>(&txn, id, "id").await?;
            same_version(input.version, &before)?;
            let status = allowed(Transition::Transfer, before.status)?;
            open_organisation(&txn, successor, "successor", ctx.request().today).await?;
            let lineage = relationship::Entity::find()
                .filter(relationship::Column::FromOrganisationId.eq(before.organisation_id))
                .filter(relationship::Column::ToOrganisationId.eq(successor))
                .filter(relationship::Column::Kind.eq(RelationshipKind::SucceededBy))
                .one(&txn)
                .await?;
            if lineage.is_none() {
                return refused(
                    "successor",
                    UserErrorCode::NotASuccessor,
                    "the commitment's organisation is not succeeded by this one",
                );
            }
            no_live_commitment(&txn, successor, before.benefit_id).await?;
            let changes = commitment::ActiveModel {
                status: Set(status),
                ..unchanged()
            };
            let original = update_if_unchanged(&txn, &before, changes).await?;
            let copy = copy_to(&txn, &before, successor).await?;
            let after = serde_json::json!({ "commitment": original, "transferredTo": copy });
            Written::of(txn, NodeType::Commitment, id, Commitment(copy))
                .before(&before)?
                .after(&after)
        })
        .await
    }
}
