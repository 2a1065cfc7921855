//! The commitments' histories, for the demo and the scale data set alike: the steps by which
//! each reached the status its row gives (in the demo, `register.rs`), dated from its plan, so
//! the register as it stood on any date shows what the board saw then. Drafted a month before the baseline, proposed on it, agreed six
//! weeks later, signed off at eleven weeks, realised on the target date; a withdrawal comes
//! four months in, a PCT's transfer on the day its CCG took over.

use anyhow::Context;
use chrono::{Days, NaiveDate};
use entity::commitment_history;
use entity::enums::CommitmentStatus::{
    self, Agreed, Draft, Proposed, Realised, SignedOff, Transferred, Withdrawn,
};
use sea_orm::Set;

use super::{Ymd, day};

/// The day the CCGs took over the closed PCTs' open commitments.
pub(super) const CCGS_OPENED: Ymd = (2013, 4, 1);

/// Days from the baseline to the sign-off, which the register also stores.
pub(in crate::seed) const SIGNED_OFF_AFTER: u64 = 75;

/// Each status a commitment held on its way to `status`, with the day it took effect.
pub(in crate::seed) fn path(
    status: CommitmentStatus,
    baseline_on: NaiveDate,
    target_on: NaiveDate,
) -> anyhow::Result<Vec<(CommitmentStatus, NaiveDate)>> {
    let after = |days: u64| {
        baseline_on
            .checked_add_days(Days::new(days))
            .with_context(|| format!("no date {days} days after {baseline_on}"))
    };
    let drafted = baseline_on
        .checked_sub_days(Days::new(30))
        .with_context(|| format!("no date a month before {baseline_on}"))?;
    let signed = after(SIGNED_OFF_AFTER)?;
    let mut steps = vec![(Draft, drafted)];
    let rest: &[CommitmentStatus] = match status {
        Draft => &[],
        Proposed => &[Proposed],
        Withdrawn => &[Proposed, Withdrawn],
        Agreed => &[Proposed, Agreed],
        SignedOff => &[Proposed, Agreed, SignedOff],
        Realised => &[Proposed, Agreed, SignedOff, Realised],
        Transferred => &[Proposed, Agreed, SignedOff, Transferred],
    };
    for &step in rest {
        let on = match step {
            Proposed => baseline_on,
            Agreed => after(45)?,
            SignedOff => signed,
            Withdrawn => after(120)?,
            // A target met before the sign-off counts from the day after it.
            Realised => target_on.max(signed.succ_opt().context("no day after a sign-off")?),
            Transferred => day(CCGS_OPENED)?,
            Draft => drafted,
        };
        steps.push((step, on));
    }
    Ok(steps)
}

/// The history rows of a commitment that took `steps`, owned by `owner` throughout and signed
/// off by `signer` (when it was) from its sign-off step on.
pub(in crate::seed) fn rows(
    commitment_id: i32,
    steps: &[(CommitmentStatus, NaiveDate)],
    owner: Option<i32>,
    signer: Option<i32>,
) -> Vec<commitment_history::ActiveModel> {
    let mut signed_off_on = None;
    steps
        .iter()
        .map(|&(status, on)| {
            if status == SignedOff {
                signed_off_on = Some(on);
            }
            commitment_history::ActiveModel {
                commitment_id: Set(commitment_id),
                status: Set(status),
                owner_id: Set(owner),
                signed_off_on: Set(signed_off_on),
                signed_off_by_id: Set(signed_off_on.and(signer)),
                valid_from: Set(on),
                ..Default::default()
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use chrono::NaiveDate;
    use entity::enums::CommitmentStatus::{
        self, Agreed, Draft, Proposed, Realised, SignedOff, Transferred, Withdrawn,
    };

    use super::path;

    fn on(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).expect("a day")
    }

    #[test]
    fn each_status_is_reached_by_its_dated_steps() {
        // Baseline 2008-04-01: drafted 2008-03-02, agreed 2008-05-16, signed off 2008-06-15,
        // withdrawn 2008-07-30.
        let (baseline, target) = (on(2008, 4, 1), on(2010, 3, 31));
        let cases: [(CommitmentStatus, Vec<(CommitmentStatus, NaiveDate)>); 5] = [
            (Draft, vec![(Draft, on(2008, 3, 2))]),
            (
                Withdrawn,
                vec![
                    (Draft, on(2008, 3, 2)),
                    (Proposed, baseline),
                    (Withdrawn, on(2008, 7, 30)),
                ],
            ),
            (
                Realised,
                vec![
                    (Draft, on(2008, 3, 2)),
                    (Proposed, baseline),
                    (Agreed, on(2008, 5, 16)),
                    (SignedOff, on(2008, 6, 15)),
                    (Realised, target),
                ],
            ),
            (
                Transferred,
                vec![
                    (Draft, on(2008, 3, 2)),
                    (Proposed, baseline),
                    (Agreed, on(2008, 5, 16)),
                    (SignedOff, on(2008, 6, 15)),
                    (Transferred, on(2013, 4, 1)),
                ],
            ),
            (
                Agreed,
                vec![
                    (Draft, on(2008, 3, 2)),
                    (Proposed, baseline),
                    (Agreed, on(2008, 5, 16)),
                ],
            ),
        ];
        for (status, expected) in cases {
            assert_eq!(
                path(status, baseline, target).expect("a path"),
                expected,
                "{status:?}"
            );
        }
    }

    #[test]
    fn a_target_met_before_the_sign_off_is_realised_the_day_after_it() {
        let steps = path(Realised, on(2008, 4, 1), on(2008, 5, 1)).expect("a path");
        assert_eq!(steps.last(), Some(&(Realised, on(2008, 6, 16))));
    }
}
