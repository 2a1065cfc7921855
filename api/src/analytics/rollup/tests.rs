//! Table tests of the roll-ups.

use std::collections::BTreeSet;

use super::*;
use crate::analytics::test_support::{close, day};

fn figures(
    state: CommitmentState,
    (baseline, target, planned): (f64, f64, f64),
    actual: Option<f64>,
    rag: Rag,
    has_owner: bool,
    signed_off: bool,
) -> CommitmentFigures {
    let span = target - baseline;
    CommitmentFigures {
        baseline,
        target,
        planned,
        actual,
        progress: actual.map(|a| (a - baseline) / span),
        planned_progress: (planned - baseline) / span,
        rag,
        state,
        has_owner,
        signed_off,
    }
}

/// Three live commitments and two that must be left out of everything but the status counts.
fn commitments() -> Vec<CommitmentFigures> {
    use CommitmentState::*;
    vec![
        // progress 30/100 = 0.3, planned progress 40/100 = 0.4
        figures(
            Agreed,
            (0.0, 100.0, 40.0),
            Some(30.0),
            Rag::Green,
            true,
            false,
        ),
        // progress 15/20 = 0.75, planned progress 10/20 = 0.5
        figures(
            SignedOff,
            (10.0, 30.0, 20.0),
            Some(25.0),
            Rag::Green,
            true,
            true,
        ),
        // not measured; planned progress 0/10 = 0
        figures(
            Draft,
            (5.0, 15.0, 5.0),
            None,
            Rag::NotMeasured,
            false,
            false,
        ),
        figures(
            Withdrawn,
            (0.0, 1000.0, 500.0),
            Some(900.0),
            Rag::Red,
            true,
            true,
        ),
        figures(
            Transferred,
            (0.0, 1000.0, 500.0),
            Some(1000.0),
            Rag::Blue,
            true,
            true,
        ),
    ]
}

#[test]
fn is_live_for_every_state() {
    use CommitmentState::*;
    let cases = [
        (Draft, true),
        (Proposed, true),
        (Agreed, true),
        (SignedOff, true),
        (Realised, true),
        (Withdrawn, false),
        (Transferred, false),
    ];
    for (state, expected) in cases {
        assert_eq!(state.is_live(), expected, "{state:?}");
    }
}

#[test]
fn sum_rollup_leaves_out_withdrawn_and_transferred() {
    let got = realisation(Rollup::Sum, &commitments());
    // committed (100 - 0) + (30 - 10) + (15 - 5) = 130
    assert_eq!(got.committed, Some(130.0));
    // planned (40 - 0) + (20 - 10) + (5 - 5) = 50
    assert_eq!(got.planned_to_date, Some(50.0));
    // realised (30 - 0) + (25 - 10), the draft not measured = 45
    assert_eq!(got.realised_to_date, Some(45.0));
    assert_eq!((got.mean_progress, got.mean_planned_progress), (None, None));
    assert_eq!(got.live_commitments, 3);
}

#[test]
fn mean_rollup_leaves_out_withdrawn_and_transferred() {
    let got = realisation(Rollup::Mean, &commitments());
    // (0.3 + 0.75) / 2 measured = 0.525
    assert!(got.mean_progress.is_some_and(|m| close(m, 0.525)));
    // (0.4 + 0.5 + 0) / 3 live = 0.3
    assert!(got.mean_planned_progress.is_some_and(|m| close(m, 0.3)));
    assert_eq!(
        (got.committed, got.planned_to_date, got.realised_to_date),
        (None, None, None)
    );
}

#[test]
fn counts_by_rag_cover_live_and_by_status_cover_all() {
    let got = realisation(Rollup::Sum, &commitments());
    let rag = RagCounts {
        not_measured: 1,
        green: 2,
        ..RagCounts::default()
    };
    let status = StatusCounts {
        draft: 1,
        agreed: 1,
        signed_off: 1,
        withdrawn: 1,
        transferred: 1,
        ..StatusCounts::default()
    };
    assert_eq!(got.rag_counts, rag);
    assert_eq!(got.by_status, status);
}

#[test]
fn nothing_live_or_nothing_measured() {
    let all = commitments();
    let gone = realisation(Rollup::Sum, &all[3..]);
    assert_eq!(
        (gone.committed, gone.planned_to_date),
        (Some(0.0), Some(0.0))
    );
    assert_eq!((gone.realised_to_date, gone.live_commitments), (None, 0));
    let unmeasured = realisation(Rollup::Mean, &all[2..3]);
    // planned progress 0 over the one live draft
    assert_eq!(
        (unmeasured.mean_progress, unmeasured.mean_planned_progress),
        (None, Some(0.0))
    );
}

#[test]
fn local_ownership_index_cases() {
    let all = commitments();
    let cases: [(&str, &[CommitmentFigures], Option<f64>); 3] = [
        // only the signed-off one of 3 live has both an owner and a sign-off: 1/3
        ("mixed", &all, Some(1.0 / 3.0)),
        ("owner and sign-off", &all[1..2], Some(1.0)),
        ("none live", &all[3..], None),
    ];
    for (name, items, expected) in cases {
        assert_eq!(local_ownership_index(items), expected, "{name}");
    }
}

#[test]
fn coverage_cases() {
    let set = |ids: &[i64]| ids.iter().copied().collect::<BTreeSet<i64>>();
    let cases = [
        (
            // 2 of 4 eligible committed (9 is not eligible): 2/4
            "half covered",
            set(&[1, 2, 3, 4]),
            set(&[2, 4, 9]),
            Coverage {
                eligible: 4,
                committed: 2,
                ratio: Some(0.5),
                not_committed: vec![1, 3],
            },
        ),
        (
            "all covered",
            set(&[5]),
            set(&[5]),
            Coverage {
                eligible: 1,
                committed: 1,
                ratio: Some(1.0),
                not_committed: vec![],
            },
        ),
        (
            "none eligible",
            set(&[]),
            set(&[1]),
            Coverage {
                eligible: 0,
                committed: 0,
                ratio: None,
                not_committed: vec![],
            },
        ),
    ];
    for (name, eligible, committed, expected) in cases {
        assert_eq!(coverage(&eligible, &committed), expected, "{name}");
    }
}

#[test]
fn figures_from_an_assessment() {
    let plan = Plan {
        baseline: 0.0,
        baseline_on: day(0),
        target: 10.0,
        target_on: day(10),
        trajectory: vec![],
    };
    let progress = crate::analytics::assess(
        &plan,
        crate::analytics::Direction::Increase,
        0.1,
        &[],
        day(5),
    );
    let got =
        CommitmentFigures::from_assessment(&plan, &progress, CommitmentState::Agreed, true, false);
    // planned(day 5) = 5, planned progress 0.5, not measured
    let expected = figures(
        CommitmentState::Agreed,
        (0.0, 10.0, 5.0),
        None,
        Rag::NotMeasured,
        true,
        false,
    );
    assert_eq!(got, expected);
}
