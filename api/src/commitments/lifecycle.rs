//! The commitment lifecycle of DESIGN.md: DRAFT -> PROPOSED -> AGREED -> SIGNED_OFF ->
//! REALISED; any live state -> WITHDRAWN (with a reason) or TRANSFERRED (to a successor). No
//! other transition exists.

use entity::enums::CommitmentStatus::{self, *};

/// A step of the lifecycle.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Transition {
    /// Put a draft to the programme board.
    Propose,
    /// The board agrees a proposal.
    Agree,
    /// The organisation's executive signs off an agreed commitment.
    SignOff,
    /// The benefit has been realised.
    Realise,
    /// Withdrawn, with a reason.
    Withdraw,
    /// Handed to a successor organisation.
    Transfer,
}

impl Transition {
    /// The status `from` moves to, or `None` when the lifecycle does not allow the step.
    pub fn from(self, from: CommitmentStatus) -> Option<CommitmentStatus> {
        match (self, from) {
            (Self::Propose, Draft) => Some(Proposed),
            (Self::Agree, Proposed) => Some(Agreed),
            (Self::SignOff, Agreed) => Some(SignedOff),
            (Self::Realise, SignedOff) => Some(Realised),
            (Self::Withdraw, s) if s.is_live() => Some(Withdrawn),
            (Self::Transfer, s) if s.is_live() => Some(Transferred),
            _ => None,
        }
    }

    /// Whether the step needs the commitment's organisation to be open: a closed
    /// organisation's commitments can only be withdrawn or transferred.
    pub fn needs_open_organisation(self) -> bool {
        !matches!(self, Self::Withdraw | Self::Transfer)
    }
}

#[cfg(test)]
mod tests {
    use sea_orm::Iterable;

    use super::Transition::{self, *};
    use super::*;

    #[test]
    fn exactly_the_transitions_of_the_design() {
        let allowed: Vec<(Transition, CommitmentStatus, CommitmentStatus)> =
            [Propose, Agree, SignOff, Realise, Withdraw, Transfer]
                .into_iter()
                .flat_map(|t| {
                    CommitmentStatus::iter().filter_map(move |s| Some((t, s, t.from(s)?)))
                })
                .collect();
        let mut expected = vec![
            (Propose, Draft, Proposed),
            (Agree, Proposed, Agreed),
            (SignOff, Agreed, SignedOff),
            (Realise, SignedOff, Realised),
        ];
        for live in [Draft, Proposed, Agreed, SignedOff, Realised] {
            expected.push((Withdraw, live, Withdrawn));
        }
        for live in [Draft, Proposed, Agreed, SignedOff, Realised] {
            expected.push((Transfer, live, Transferred));
        }
        assert_eq!(allowed, expected);
    }
}
