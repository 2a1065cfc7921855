//! The register of local commitments: who committed to which benefit, with which baseline,
//! target and tolerance, where each stands in its lifecycle and what its measurements will
//! show (the [`Series`] its rows name; see `measurements.rs`), why the withdrawn ones were
//! withdrawn, and which PCT commitments passed to successor CCGs on 2013-04-01.

use entity::enums::CommitmentStatus::{
    self, Agreed, Draft, Proposed, Realised, SignedOff, Transferred, Withdrawn,
};

use super::measurements::Aim::{Amber, Blue, Green, Red};
use super::measurements::Series::{
    self, Plateau, Ramp, Shift, Slip, Spike, Steady, Trend, Unmeasured,
};

/// (organisation, benefit, owner, baseline, target, tolerance, status, measurement series).
pub(super) type CommitmentRow = (
    &'static str,
    &'static str,
    Option<&'static str>,
    f64,
    f64,
    f64,
    CommitmentStatus,
    Series,
);

#[rustfmt::skip]
pub(super) const COMMITMENTS: &[CommitmentRow] = &[
    ("RWP", "NPFIT-B01", Some("fiona.grant"), 0.0, 420_000.0, 0.10, Realised, Ramp(Blue)),
    ("RTD", "NPFIT-B01", Some("rajesh.patel"), 0.0, 650_000.0, 0.10, Realised, Trend(Blue)),
    ("RTR", "NPFIT-B01", Some("emma.lawson"), 0.0, 380_000.0, 0.10, SignedOff, Ramp(Green)),
    ("RK9", "NPFIT-B01", Some("owen.price"), 0.0, 350_000.0, 0.05, SignedOff, Plateau(Amber)),
    ("RTH", "NPFIT-B01", Some("margaret.ellis"), 0.0, 500_000.0, 0.10, SignedOff, Plateau(Red)),
    ("RM1", "NPFIT-B01", Some("daniel.webb"), 0.0, 300_000.0, 0.10, Agreed, Ramp(Green)),
    ("RJ1", "NPFIT-B01", Some("laura.chen"), 0.0, 600_000.0, 0.10, SignedOff, Ramp(Blue)),
    ("RTD", "NPFIT-B02", Some("rajesh.patel"), 1_440.0, 360.0, 0.10, SignedOff, Shift(Green)),
    ("RWP", "NPFIT-B02", Some("fiona.grant"), 2_160.0, 480.0, 0.10, SignedOff, Ramp(Amber)),
    ("RK9", "NPFIT-B02", Some("owen.price"), 1_800.0, 420.0, 0.10, SignedOff, Ramp(Blue)),
    ("RTH", "NPFIT-B02", Some("margaret.ellis"), 2_880.0, 720.0, 0.10, Agreed, Plateau(Red)),
    ("RJ1", "NPFIT-B02", Some("laura.chen"), 1_200.0, 300.0, 0.10, SignedOff, Spike(Green)),
    ("RAL", "NPFIT-B02", Some("stephen.moore"), 1_680.0, 400.0, 0.10, Proposed, Unmeasured),
    ("RTD", "NPFIT-B10", Some("rajesh.patel"), 0.0, 900.0, 0.10, Realised, Ramp(Blue)),
    ("RTR", "NPFIT-B10", Some("emma.lawson"), 0.0, 600.0, 0.10, SignedOff, Ramp(Green)),
    ("RM1", "NPFIT-B10", Some("daniel.webb"), 0.0, 450.0, 0.10, SignedOff, Plateau(Red)),
    ("RWP", "NPFIT-B10", Some("fiona.grant"), 0.0, 520.0, 0.10, Withdrawn, Unmeasured),
    ("RAL", "NPFIT-B05", Some("claire.hughes"), 600.0, 200.0, 0.10, SignedOff, Plateau(Red)),
    ("RTD", "NPFIT-B05", Some("catherine.shaw"), 400.0, 120.0, 0.10, SignedOff, Ramp(Blue)),
    ("RWP", "NPFIT-B05", Some("fiona.grant"), 350.0, 100.0, 0.10, Agreed, Ramp(Amber)),
    ("RK9", "NPFIT-B05", Some("owen.price"), 300.0, 90.0, 0.10, Agreed, Ramp(Green)),
    ("RWP", "NPFIT-B03", Some("fiona.grant"), 12.0, 70.0, 0.10, SignedOff, Spike(Green)),
    ("RTD", "NPFIT-B03", Some("catherine.shaw"), 8.0, 65.0, 0.10, SignedOff, Ramp(Blue)),
    ("RAL", "NPFIT-B03", Some("stephen.moore"), 5.0, 60.0, 0.10, SignedOff, Ramp(Amber)),
    ("RJ1", "NPFIT-B03", Some("laura.chen"), 10.0, 75.0, 0.10, SignedOff, Slip(Red)),
    ("RM1", "NPFIT-B03", Some("daniel.webb"), 15.0, 80.0, 0.05, Agreed, Steady(Green)),
    ("RTR", "NPFIT-B03", Some("emma.lawson"), 9.0, 70.0, 0.10, Realised, Shift(Blue)),
    ("5D9", "NPFIT-B03", Some("lesley.hutchinson"), 6.0, 60.0, 0.10, Realised, Ramp(Blue)),
    ("5PL", "NPFIT-B03", Some("nigel.parry"), 10.0, 65.0, 0.10, Transferred, Ramp(Green)),
    ("5K8", "NPFIT-B03", Some("anna.kowalski"), 7.0, 60.0, 0.10, Transferred, Ramp(Amber)),
    ("A81001", "NPFIT-B03", Some("susan.wright"), 10.0, 70.0, 0.10, SignedOff, Ramp(Blue)),
    ("M81008", "NPFIT-B03", Some("james.holloway"), 12.0, 70.0, 0.10, SignedOff, Plateau(Red)),
    ("F83002", "NPFIT-B03", Some("nadia.rahman"), 6.0, 55.0, 0.10, Agreed, Ramp(Green)),
    ("A81007", "NPFIT-B03", Some("lesley.hutchinson"), 8.0, 60.0, 0.10, Draft, Unmeasured),
    ("RWP", "NPFIT-B09", Some("fiona.grant"), 11.8, 8.0, 0.10, SignedOff, Ramp(Green)),
    ("RTD", "NPFIT-B09", Some("catherine.shaw"), 10.5, 7.5, 0.10, SignedOff, Ramp(Amber)),
    ("RAL", "NPFIT-B09", Some("stephen.moore"), 14.2, 10.0, 0.10, SignedOff, Ramp(Blue)),
    ("RJ1", "NPFIT-B09", Some("laura.chen"), 12.6, 9.0, 0.10, SignedOff, Slip(Red)),
    ("RM1", "NPFIT-B09", Some("daniel.webb"), 9.8, 7.0, 0.10, Proposed, Unmeasured),
    ("RTR", "NPFIT-B09", Some("emma.lawson"), 10.9, 8.0, 0.05, Agreed, Ramp(Green)),
    ("5D9", "NPFIT-B06", Some("lesley.hutchinson"), 0.0, 80.0, 0.10, Transferred, Ramp(Green)),
    ("A81001", "NPFIT-B06", Some("susan.wright"), 0.0, 85.0, 0.10, SignedOff, Ramp(Blue)),
    ("A81011", "NPFIT-B06", Some("lesley.hutchinson"), 0.0, 80.0, 0.10, Agreed, Ramp(Green)),
    ("M81008", "NPFIT-B06", Some("james.holloway"), 0.0, 80.0, 0.10, SignedOff, Ramp(Amber)),
    ("M81017", "NPFIT-B06", Some("nigel.parry"), 0.0, 75.0, 0.10, Agreed, Plateau(Red)),
    ("F83002", "NPFIT-B06", Some("nadia.rahman"), 0.0, 70.0, 0.10, SignedOff, Shift(Green)),
    ("F83004", "NPFIT-B06", Some("anna.kowalski"), 0.0, 70.0, 0.10, Proposed, Unmeasured),
    ("5K8", "NPFIT-B06", Some("anna.kowalski"), 0.0, 70.0, 0.10, Withdrawn, Unmeasured),
    ("RTD", "NPFIT-B13", Some("rajesh.patel"), 32.0, 22.0, 0.10, Draft, Unmeasured),
    ("RAL", "NPFIT-B13", Some("claire.hughes"), 28.0, 20.0, 0.10, Proposed, Unmeasured),
    ("RWP", "NPFIT-B13", None, 30.0, 21.0, 0.10, Draft, Unmeasured),
    ("A81001", "NPFIT-B07", Some("susan.wright"), 0.0, 90.0, 0.10, Realised, Trend(Blue)),
    ("M81008", "NPFIT-B07", Some("james.holloway"), 0.0, 90.0, 0.10, SignedOff, Ramp(Green)),
    ("M81022", "NPFIT-B07", Some("nigel.parry"), 0.0, 85.0, 0.10, Agreed, Ramp(Amber)),
    ("F83007", "NPFIT-B07", Some("anna.kowalski"), 0.0, 85.0, 0.10, Agreed, Ramp(Blue)),
    ("A81031", "NPFIT-B07", Some("lesley.hutchinson"), 0.0, 80.0, 0.10, Agreed, Steady(Red)),
    ("F83002", "NPFIT-B07", Some("nadia.rahman"), 0.0, 90.0, 0.10, SignedOff, Ramp(Green)),
    ("A81011", "NPFIT-B11", Some("lesley.hutchinson"), 2.0, 50.0, 0.10, Agreed, Ramp(Green)),
    ("M81017", "NPFIT-B11", Some("nigel.parry"), 0.0, 45.0, 0.10, Agreed, Ramp(Amber)),
    ("F83010", "NPFIT-B11", Some("anna.kowalski"), 1.0, 50.0, 0.10, Agreed, Plateau(Red)),
    ("A81001", "NPFIT-B11", Some("susan.wright"), 3.0, 55.0, 0.10, SignedOff, Trend(Blue)),
    ("M81008", "NPFIT-B11", Some("james.holloway"), 0.0, 50.0, 0.10, Draft, Unmeasured),
    ("A81011", "NPFIT-B04", Some("lesley.hutchinson"), 12.0, 8.0, 0.10, Agreed, Ramp(Green)),
    ("F83010", "NPFIT-B04", Some("anna.kowalski"), 14.5, 9.5, 0.10, Agreed, Plateau(Red)),
    ("A81001", "NPFIT-B04", Some("susan.wright"), 11.0, 7.5, 0.10, SignedOff, Trend(Blue)),
    ("M81008", "NPFIT-B04", Some("james.holloway"), 13.2, 9.0, 0.10, SignedOff, Ramp(Amber)),
    ("RWP", "NPFIT-B08", Some("fiona.grant"), 0.0, 48_000.0, 0.10, Realised, Ramp(Blue)),
    ("RTX", "NPFIT-B08", Some("paul.ashworth"), 0.0, 35_000.0, 0.10, SignedOff, Ramp(Amber)),
    ("RTD", "NPFIT-B08", Some("catherine.shaw"), 0.0, 60_000.0, 0.10, SignedOff, Ramp(Green)),
    ("RJ1", "NPFIT-B08", Some("laura.chen"), 0.0, 75_000.0, 0.10, Agreed, Plateau(Red)),
    ("RTD", "NPFIT-B12", Some("catherine.shaw"), 0.0, 120_000.0, 0.10, Realised, Ramp(Blue)),
    ("RK9", "NPFIT-B12", Some("owen.price"), 0.0, 80_000.0, 0.10, Realised, Ramp(Blue)),
    ("RWP", "NPFIT-B12", Some("john.rowley"), 0.0, 90_000.0, 0.10, SignedOff, Ramp(Green)),
    ("RTH", "NPFIT-B12", Some("margaret.ellis"), 0.0, 100_000.0, 0.10, Withdrawn, Unmeasured),
    ("RAL", "NPFIT-B14", Some("stephen.moore"), 0.0, 80.0, 0.10, SignedOff, Trend(Red)),
    ("RTX", "NPFIT-B14", Some("paul.ashworth"), 0.0, 75.0, 0.10, Withdrawn, Unmeasured),
    ("RTX", "NPFIT-B14", Some("paul.ashworth"), 0.0, 60.0, 0.10, Draft, Unmeasured),
    ("RWP", "NPFIT-B14", Some("john.rowley"), 0.0, 70.0, 0.10, Proposed, Unmeasured),
];

/// Why the WITHDRAWN commitments were withdrawn: (organisation, benefit, reason).
#[rustfmt::skip]
pub(super) const WITHDRAWALS: &[(&str, &str, &str)] = &[
    ("RWP", "NPFIT-B10", "Film library staff were redeployed before the baseline was agreed; the saving is counted under NPFIT-B01."),
    ("5K8", "NPFIT-B06", "Summary Care Record uploads paused while the PCT reviewed its patient information and consent arrangements."),
    ("RTH", "NPFIT-B12", "The trust's local network contract ran until 2007; the N3 saving is counted by the strategic health authority."),
    ("RTX", "NPFIT-B14", "Lorenzo go-live deferred after the data migration rehearsal failed in March 2010; recommitted with a lower target."),
];

/// TRANSFERRED commitments: (PCT, benefit, successor CCG, owner of the CCG's copy). Every
/// commitment still live at a PCT when it closed passed to the CCG that took the largest share
/// of its area (`tests.rs` checks both against the 2013 file). The copy is AGREED, with
/// `transferred_from` set and the same plan; where that CCG closed in turn, the copy passed on
/// to its successor in the landscape (the CCG it merged into, then its board), owned by the
/// same person, so every open commitment is held by an organisation open today.
pub(super) const TRANSFERS: &[(&str, &str, &str, &str)] = &[
    ("5D9", "NPFIT-B06", "00K", "rachel.dixon"),
    ("5PL", "NPFIT-B03", "05T", "nigel.parry"),
    ("5K8", "NPFIT-B03", "08H", "anna.kowalski"),
];

#[cfg(test)]
mod tests {
    use std::collections::HashSet;

    use super::{COMMITMENTS, CommitmentStatus, TRANSFERS};

    #[test]
    fn a_pcts_open_commitments_pass_to_the_ccg_that_took_most_of_it() -> anyhow::Result<()> {
        let file = crate::seed::demo::gunzip(crate::seed::demo::PCT_CCG_GZ)?;
        let (rows, errors) = crate::import::reorganisation::parse(file.as_slice())?;
        assert!(errors.is_empty());
        let successor = |pct: &str| {
            rows.iter()
                .filter(|r| r.pct.0 == pct)
                .max_by(|a, b| a.share.total_cmp(&b.share))
                .map(|r| r.ccg.0.as_str())
        };
        let pcts: HashSet<&str> = rows.iter().map(|r| r.pct.0.as_str()).collect();
        let mut transferred = 0;
        for row in COMMITMENTS.iter().filter(|c| pcts.contains(c.0)) {
            // Realised, withdrawn and transferred commitments are finished; any other is open.
            let open = !matches!(
                row.6,
                CommitmentStatus::Realised
                    | CommitmentStatus::Withdrawn
                    | CommitmentStatus::Transferred
            );
            assert!(!open, "{} {} is still open at a closed PCT", row.0, row.1);
            if row.6 == CommitmentStatus::Transferred {
                let to = TRANSFERS.iter().find(|t| t.0 == row.0 && t.1 == row.1);
                assert_eq!(to.map(|t| t.2), successor(row.0), "{} {}", row.0, row.1);
                transferred += 1;
            }
        }
        assert_eq!(transferred, TRANSFERS.len());
        Ok(())
    }
}
