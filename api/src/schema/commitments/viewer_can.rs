//! `Commitment.viewerCan`: what the caller may do with one commitment, decided by the same
//! permission table (`auth::scope_of`) and lifecycle (`Transition::from`) that guard the
//! mutations, so a front end offers exactly what the server will accept.

use async_graphql::{Context, SimpleObject};
use entity::commitment;

use crate::auth::{Permission, Scope, caller, organisation_scope, scope_of};
use crate::commitments::lifecycle::Transition;
use crate::graphql::context::ContextExt;
use crate::graphql::error::ApiResult;
use crate::graphql::loader::load_one;
use crate::organisations::OrganisationById;
use crate::organisations::is_closed;

/// What the caller may do with a commitment now: each flag is true exactly when the matching
/// mutation would pass its permission and lifecycle checks (its input may still be refused).
#[derive(SimpleObject, Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct CommitmentViewerCan {
    /// `updateCommitment`: change the figures, owner, dates or notes of a live commitment.
    pub update: bool,
    /// `setTrajectory`: replace the planned points of a live commitment.
    pub set_trajectory: bool,
    /// `proposeCommitment`: put a DRAFT to the programme board.
    pub propose: bool,
    /// `agreeCommitment`: the programme board agrees a PROPOSED commitment.
    pub agree: bool,
    /// `signOffCommitment`: the organisation's executive signs off an AGREED commitment.
    pub sign_off: bool,
    /// `markCommitmentRealised`: a SIGNED_OFF commitment has delivered its share.
    pub mark_realised: bool,
    /// `withdrawCommitment`: withdraw a live commitment, with a reason.
    pub withdraw: bool,
    /// `transferCommitment`: hand a live commitment to a successor organisation.
    pub transfer: bool,
    /// `recordMeasurement`: report a value against a live commitment.
    pub record_measurement: bool,
    /// `correctMeasurement`: correct a value reported against a live commitment.
    pub correct_measurement: bool,
}

impl CommitmentViewerCan {
    /// The flags for a commitment in `row`'s state, given which permissions hold for its
    /// organisation and whether that organisation is open (a closed one's commitments can only
    /// be withdrawn or transferred).
    pub fn decide(row: &commitment::Model, open: bool, holds: impl Fn(Permission) -> bool) -> Self {
        let live = row.status.is_live();
        let step = |t: Transition, p: Permission| {
            holds(p) && t.from(row.status).is_some() && (open || !t.needs_open_organisation())
        };
        let write = open && holds(Permission::WriteCommitments);
        let measure = open && live && holds(Permission::RecordMeasurements);
        Self {
            update: live && write,
            set_trajectory: live && write,
            propose: step(Transition::Propose, Permission::WriteCommitments),
            agree: step(Transition::Agree, Permission::AgreeCommitments),
            sign_off: step(Transition::SignOff, Permission::SignOffCommitments),
            mark_realised: step(Transition::Realise, Permission::WriteCommitments),
            withdraw: step(Transition::Withdraw, Permission::WriteCommitments),
            transfer: step(Transition::Transfer, Permission::WriteCommitments),
            record_measurement: measure,
            correct_measurement: measure,
        }
    }

    /// The flags for the caller of `ctx`.
    pub async fn for_caller(ctx: &Context<'_>, row: &commitment::Model) -> ApiResult<Self> {
        let role = caller(ctx)?.role;
        let own = organisation_scope(ctx)
            .await?
            .contains(&row.organisation_id);
        let request = ctx.request();
        let open = load_one(request, OrganisationById(row.organisation_id))
            .await?
            .is_some_and(|o| !is_closed(o.status, o.closed_on, request.today));
        Ok(Self::decide(row, open, |p| match scope_of(role, p) {
            Some(Scope::Everywhere) => true,
            Some(Scope::OwnOrganisations) => own,
            None => false,
        }))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use entity::enums::CommitmentStatus::{self, *};

    fn row(status: CommitmentStatus) -> commitment::Model {
        commitment::Model {
            id: 1,
            organisation_id: 1,
            benefit_id: 1,
            owner_id: None,
            baseline: 0.0,
            baseline_on: chrono::NaiveDate::from_ymd_opt(2020, 1, 1).unwrap_or_default(),
            target: 1.0,
            target_on: chrono::NaiveDate::from_ymd_opt(2021, 1, 1).unwrap_or_default(),
            tolerance: 0.1,
            status,
            signed_off_on: None,
            signed_off_by_id: None,
            transferred_from_id: None,
            withdrawal_reason: None,
            version: 1,
            notes: None,
            created_at: chrono::Utc::now(),
            updated_at: chrono::Utc::now(),
        }
    }

    fn all(_: Permission) -> bool {
        true
    }

    #[test]
    fn each_step_is_offered_only_from_its_status() {
        let cases: [(CommitmentStatus, CommitmentViewerCan); 4] = [
            (
                Draft,
                CommitmentViewerCan {
                    update: true,
                    set_trajectory: true,
                    propose: true,
                    withdraw: true,
                    transfer: true,
                    record_measurement: true,
                    correct_measurement: true,
                    ..Default::default()
                },
            ),
            (
                Agreed,
                CommitmentViewerCan {
                    update: true,
                    set_trajectory: true,
                    sign_off: true,
                    withdraw: true,
                    transfer: true,
                    record_measurement: true,
                    correct_measurement: true,
                    ..Default::default()
                },
            ),
            (
                SignedOff,
                CommitmentViewerCan {
                    update: true,
                    set_trajectory: true,
                    mark_realised: true,
                    withdraw: true,
                    transfer: true,
                    record_measurement: true,
                    correct_measurement: true,
                    ..Default::default()
                },
            ),
            (Withdrawn, CommitmentViewerCan::default()),
        ];
        for (status, expected) in cases {
            assert_eq!(
                CommitmentViewerCan::decide(&row(status), true, all),
                expected,
                "{status:?}"
            );
        }
    }

    #[test]
    fn nothing_without_the_permission() {
        let board = |p: Permission| p == Permission::AgreeCommitments;
        let proposed = CommitmentViewerCan::decide(&row(Proposed), true, board);
        assert_eq!(
            proposed,
            CommitmentViewerCan {
                agree: true,
                ..Default::default()
            }
        );
        assert_eq!(
            CommitmentViewerCan::decide(&row(Agreed), true, |_| false),
            CommitmentViewerCan::default()
        );
    }

    #[test]
    fn a_closed_organisations_commitment_can_only_be_withdrawn_or_transferred() {
        assert_eq!(
            CommitmentViewerCan::decide(&row(Agreed), false, all),
            CommitmentViewerCan {
                withdraw: true,
                transfer: true,
                ..Default::default()
            }
        );
    }
}
