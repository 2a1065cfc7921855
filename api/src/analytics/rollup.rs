//! Roll-ups over many commitments: realisation, RAG and status counts, the local ownership
//! index and coverage.
//!
//! Only live commitments count: a withdrawn commitment is no longer promised, and a
//! transferred one is counted once, through the successor's copy. Both still appear in the
//! status counts, so a board can see what dropped out.

use std::collections::BTreeSet;

use super::plan::Plan;
use super::progress::{Progress, Rag};

/// How local figures of a benefit add up (the benefit's `rollup`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Rollup {
    /// Amounts add up across organisations (e.g. cash released).
    Sum,
    /// Rates do not add up; progress is averaged instead (e.g. a percentage).
    Mean,
}

/// The lifecycle state of a commitment.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum CommitmentState {
    /// Being written by the organisation.
    Draft,
    /// Put to the programme board.
    Proposed,
    /// Agreed by the programme board.
    Agreed,
    /// Signed off by the organisation's executive.
    SignedOff,
    /// The benefit has been realised.
    Realised,
    /// Withdrawn, with a reason; no longer promised.
    Withdrawn,
    /// Handed to a successor organisation, which holds a live copy.
    Transferred,
}

impl CommitmentState {
    /// Whether the commitment still counts: every state but WITHDRAWN and TRANSFERRED.
    #[must_use]
    pub fn is_live(self) -> bool {
        !matches!(self, Self::Withdrawn | Self::Transferred)
    }
}

/// One commitment's figures as at the roll-up date, the input of the roll-ups.
#[derive(Debug, Clone, PartialEq)]
pub struct CommitmentFigures {
    /// The baseline `b`.
    pub baseline: f64,
    /// The target `t`.
    pub target: f64,
    /// The planned value on the date, `planned(d)`.
    pub planned: f64,
    /// The latest effective measurement, `a`.
    pub actual: Option<f64>,
    /// `(a - b) / (t - b)`.
    pub progress: Option<f64>,
    /// `(planned(d) - b) / (t - b)`.
    pub planned_progress: f64,
    /// The commitment's RAG.
    pub rag: Rag,
    /// The lifecycle state.
    pub state: CommitmentState,
    /// Whether a named person owns the commitment locally.
    pub has_owner: bool,
    /// Whether the organisation's board has signed it off.
    pub signed_off: bool,
}

impl CommitmentFigures {
    /// Gathers a commitment's figures from its plan and its [`assess`](super::assess)ment.
    #[must_use]
    pub fn from_assessment(
        plan: &Plan,
        progress: &Progress,
        state: CommitmentState,
        has_owner: bool,
        signed_off: bool,
    ) -> Self {
        Self {
            baseline: plan.baseline,
            target: plan.target,
            planned: progress.planned,
            actual: progress.actual,
            progress: progress.progress,
            planned_progress: progress.planned_progress,
            rag: progress.rag,
            state,
            has_owner,
            signed_off,
        }
    }
}

/// Live commitments by RAG.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct RagCounts {
    /// Not measured yet.
    pub not_measured: usize,
    /// Target reached.
    pub blue: usize,
    /// Within tolerance.
    pub green: usize,
    /// Within twice the tolerance.
    pub amber: usize,
    /// Further behind.
    pub red: usize,
}

/// All commitments (live or not) by state.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct StatusCounts {
    /// DRAFT.
    pub draft: usize,
    /// PROPOSED.
    pub proposed: usize,
    /// AGREED.
    pub agreed: usize,
    /// SIGNED_OFF.
    pub signed_off: usize,
    /// REALISED.
    pub realised: usize,
    /// WITHDRAWN.
    pub withdrawn: usize,
    /// TRANSFERRED.
    pub transferred: usize,
}

/// Realisation of a benefit across the live commitments in scope.
#[derive(Debug, Clone, PartialEq)]
pub struct Realisation {
    /// SUM: Σ(t - b) over live commitments. `None` for MEAN.
    pub committed: Option<f64>,
    /// SUM: Σ(planned(d) - b) over live commitments. `None` for MEAN.
    pub planned_to_date: Option<f64>,
    /// SUM: Σ(a - b) over the live commitments that have a measurement; `None` when none has
    /// (nothing is known to be realised, which is not the same as zero), and for MEAN.
    pub realised_to_date: Option<f64>,
    /// MEAN: the mean progress of the measured live commitments; `None` when none is
    /// measured, and for SUM.
    pub mean_progress: Option<f64>,
    /// MEAN: the mean planned progress of all live commitments; `None` when there are none,
    /// and for SUM.
    pub mean_planned_progress: Option<f64>,
    /// Live commitments by RAG.
    pub rag_counts: RagCounts,
    /// All commitments, withdrawn and transferred included, by state.
    pub by_status: StatusCounts,
    /// How many commitments are live.
    pub live_commitments: usize,
}

/// Rolls up the commitments in scope by the benefit's rule. SUM totals are `Some(0.0)` when no
/// commitment is live: nothing has been committed.
#[must_use]
pub fn realisation(rollup: Rollup, items: &[CommitmentFigures]) -> Realisation {
    let live: Vec<&CommitmentFigures> = items.iter().filter(|c| c.state.is_live()).collect();
    let (committed, planned_to_date, realised_to_date, mean_progress, mean_planned_progress) =
        match rollup {
            Rollup::Sum => (
                Some(live.iter().map(|c| c.target - c.baseline).sum()),
                Some(live.iter().map(|c| c.planned - c.baseline).sum()),
                sum_if_any(live.iter().filter_map(|c| c.actual.map(|a| a - c.baseline))),
                None,
                None,
            ),
            Rollup::Mean => (
                None,
                None,
                None,
                mean(live.iter().filter_map(|c| c.progress)),
                mean(live.iter().map(|c| c.planned_progress)),
            ),
        };
    let mut rag_counts = RagCounts::default();
    for c in &live {
        let slot = match c.rag {
            Rag::NotMeasured => &mut rag_counts.not_measured,
            Rag::Blue => &mut rag_counts.blue,
            Rag::Green => &mut rag_counts.green,
            Rag::Amber => &mut rag_counts.amber,
            Rag::Red => &mut rag_counts.red,
        };
        *slot += 1;
    }
    let mut by_status = StatusCounts::default();
    for c in items {
        let slot = match c.state {
            CommitmentState::Draft => &mut by_status.draft,
            CommitmentState::Proposed => &mut by_status.proposed,
            CommitmentState::Agreed => &mut by_status.agreed,
            CommitmentState::SignedOff => &mut by_status.signed_off,
            CommitmentState::Realised => &mut by_status.realised,
            CommitmentState::Withdrawn => &mut by_status.withdrawn,
            CommitmentState::Transferred => &mut by_status.transferred,
        };
        *slot += 1;
    }
    Realisation {
        committed,
        planned_to_date,
        realised_to_date,
        mean_progress,
        mean_planned_progress,
        rag_counts,
        by_status,
        live_commitments: live.len(),
    }
}

/// The share of live commitments with a named owner and a board sign-off; `None` when no
/// commitment is live.
#[must_use]
pub fn local_ownership_index(items: &[CommitmentFigures]) -> Option<f64> {
    mean(items.iter().filter(|c| c.state.is_live()).map(|c| {
        if c.has_owner && c.signed_off {
            1.0
        } else {
            0.0
        }
    }))
}

/// Which eligible organisations have committed to a benefit.
#[derive(Debug, Clone, PartialEq)]
pub struct Coverage {
    /// Organisations with a live deployment of a service that enables the benefit.
    pub eligible: usize,
    /// Eligible organisations with a live commitment (commitments elsewhere do not count).
    pub committed: usize,
    /// `committed / eligible`; `None` when no organisation is eligible.
    pub ratio: Option<f64>,
    /// The eligible organisations without a live commitment, in id order.
    pub not_committed: Vec<i64>,
}

/// Coverage of a benefit: `eligible` and `committed` are organisation ids.
#[must_use]
pub fn coverage(eligible: &BTreeSet<i64>, committed: &BTreeSet<i64>) -> Coverage {
    let not_committed: Vec<i64> = eligible.difference(committed).copied().collect();
    let covered = eligible.len() - not_committed.len();
    Coverage {
        eligible: eligible.len(),
        committed: covered,
        ratio: (!eligible.is_empty()).then(|| covered as f64 / eligible.len() as f64),
        not_committed,
    }
}

fn sum_if_any(values: impl Iterator<Item = f64>) -> Option<f64> {
    values.fold(None, |total, v| Some(total.unwrap_or(0.0) + v))
}

fn mean(values: impl Iterator<Item = f64>) -> Option<f64> {
    let (count, total) = values.fold((0usize, 0.0), |(n, s), v| (n + 1, s + v));
    (count > 0).then(|| total / count as f64)
}

#[cfg(test)]
mod tests;
