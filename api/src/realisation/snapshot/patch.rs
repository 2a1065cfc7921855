//! Updating a snapshot after a few commitments changed: their items assessed again from their
//! rows, the rest kept, and the roll-ups made again (a fraction of a second at national scale,
//! where reading the whole programme takes seconds). Which changes allow it is decided from the
//! audit events since the snapshot, by [`patch_for`]; anything else reads the programme again.

use std::collections::BTreeSet;

use super::{Item, Snapshot, assess};
use crate::live::{AuditPosition, LiveEvent, Touches};
use crate::realisation::changes::ChangedRows;

/// How a snapshot of a programme can follow the changes since it was read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Patch {
    /// Only these commitments of the programme changed (none: only other programmes did).
    Commitments(BTreeSet<i32>),
    /// Something else changed (a benefit, a service, the hierarchy, a change outside the API
    /// with no audit event): read the programme again.
    Rebuild,
}

/// What the `events` since a snapshot of `programme` mean for it. Recording or correcting a
/// value and every change to a commitment but a transfer (which also creates its successor's
/// copy) touch that commitment alone; a change to another programme's commitments or benefits
/// touches nothing here. No events at all, while the data version moved, means a change the
/// audit trail does not show: read again.
pub fn patch_for(programme: i32, events: &[LiveEvent]) -> Patch {
    if events.is_empty() {
        return Patch::Rebuild;
    }
    let mut changed = BTreeSet::new();
    for event in events {
        match &event.touches {
            Touches::Measurement { commitment, .. } | Touches::Commitment(commitment) => {
                if commitment.programme != programme {
                    continue;
                }
                if event.action == "transferCommitment" {
                    return Patch::Rebuild;
                }
                changed.insert(commitment.id);
            }
            Touches::Benefit { programme: p, .. } | Touches::Programme(p) => {
                if *p == programme {
                    return Patch::Rebuild;
                }
            }
            Touches::Service { programmes } => {
                if programmes.contains(&programme) {
                    return Patch::Rebuild;
                }
            }
            Touches::Other => return Patch::Rebuild,
        }
    }
    Patch::Commitments(changed)
}

impl Snapshot {
    /// This snapshot with the commitments among `changed` assessed again from `rows` (those
    /// `rows` leaves out did not exist on the date), and `position` as how far it has seen.
    pub fn patched(
        &self,
        changed: &BTreeSet<i32>,
        rows: ChangedRows,
        position: AuditPosition,
    ) -> Self {
        let mut items: Vec<Item> = self
            .items
            .iter()
            .filter(|i| !changed.contains(&i.commitment))
            .cloned()
            .collect();
        items.extend(assess(
            &self.benefits,
            &self.hierarchy,
            &rows.commitments,
            &rows.trajectory,
            rows.latest,
            self.as_at,
        ));
        Self::rolled_up(
            self.as_at,
            self.benefits.clone(),
            items,
            self.eligible.clone(),
            self.hierarchy.clone(),
            position,
        )
    }

    /// How far the snapshot's rows had seen the audit trail.
    pub fn position(&self) -> &AuditPosition {
        &self.position
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::live::{CommitmentScope, Touched};

    const MINE: i32 = 1;
    const OTHER: i32 = 2;

    fn scope(id: i32, programme: i32) -> CommitmentScope {
        CommitmentScope {
            id,
            benefit: 10 * programme,
            programme,
            organisation: 100,
        }
    }

    fn event(action: &str, touches: Touches) -> LiveEvent {
        LiveEvent {
            id: 1,
            action: action.into(),
            touches,
            rows: Touched::default(),
        }
    }

    fn measured(commitment: i32, programme: i32) -> LiveEvent {
        let commitment = scope(commitment, programme);
        event(
            "recordMeasurement",
            Touches::Measurement {
                id: 7,
                corrected: false,
                commitment,
            },
        )
    }

    fn changed(ids: &[i32]) -> Patch {
        Patch::Commitments(ids.iter().copied().collect())
    }

    #[test]
    fn only_changes_to_the_programmes_commitments_are_patched() {
        let benefit = |programme| Touches::Benefit { id: 3, programme };
        let cases: Vec<(&str, Vec<LiveEvent>, Patch)> = vec![
            ("nothing audited", vec![], Patch::Rebuild),
            ("a value", vec![measured(5, MINE)], changed(&[5])),
            (
                "values and a sign-off",
                vec![
                    measured(5, MINE),
                    measured(6, MINE),
                    event("signOffCommitment", Touches::Commitment(scope(5, MINE))),
                ],
                changed(&[5, 6]),
            ),
            (
                "another programme's value",
                vec![measured(5, OTHER)],
                changed(&[]),
            ),
            (
                "a transfer",
                vec![event(
                    "transferCommitment",
                    Touches::Commitment(scope(5, MINE)),
                )],
                Patch::Rebuild,
            ),
            (
                "another programme's transfer",
                vec![event(
                    "transferCommitment",
                    Touches::Commitment(scope(5, OTHER)),
                )],
                changed(&[]),
            ),
            (
                "a benefit",
                vec![event("updateBenefit", benefit(MINE))],
                Patch::Rebuild,
            ),
            (
                "another programme's benefit",
                vec![event("updateBenefit", benefit(OTHER)), measured(5, MINE)],
                changed(&[5]),
            ),
            (
                "the programme",
                vec![event("updateProgramme", Touches::Programme(MINE))],
                Patch::Rebuild,
            ),
            (
                "a service enabling it",
                vec![event(
                    "updateDeployment",
                    Touches::Service {
                        programmes: vec![OTHER, MINE],
                    },
                )],
                Patch::Rebuild,
            ),
            (
                "a service enabling another",
                vec![event(
                    "updateDeployment",
                    Touches::Service {
                        programmes: vec![OTHER],
                    },
                )],
                changed(&[]),
            ),
            (
                "an import, a person, anything else",
                vec![measured(5, MINE), event("importOdsExtract", Touches::Other)],
                Patch::Rebuild,
            ),
        ];
        for (what, events, expected) in cases {
            assert_eq!(patch_for(MINE, &events), expected, "{what}");
        }
    }
}
