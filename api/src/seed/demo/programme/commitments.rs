//! Writing the register of local commitments (`register.rs`) to the database: each commitment
//! with its trajectory and monthly measurements, the successor CCGs' copies of the commitments
//! TRANSFERRED from PCTs, and the corrections that supersede earlier measurements.

use anyhow::Context;
use chrono::{Days, NaiveDate};
use entity::enums::CommitmentStatus::{Realised, SignedOff, Transferred, Withdrawn};
use entity::{commitment, measurement, trajectory_point};
use sea_orm::{ColumnTrait, DatabaseTransaction, EntityTrait, QueryFilter, Set};

use super::measurements::{CORRECTIONS, Generated, generate};
use super::register::{COMMITMENTS, CommitmentRow, TRANSFERS, WITHDRAWALS};
use super::standings::{self, CCGS_OPENED};
use super::successors::{Copy, successor};
use super::{Keys, benefits, day, people};
use crate::seed::rows::{insert_all, insert_one};

/// The plan and series of a row of [`COMMITMENTS`] (its index seeds its noise).
pub(super) fn generated(index: usize, row: &CommitmentRow) -> anyhow::Result<Generated> {
    let &(_, code, _, baseline, target, tolerance, _, series) = row;
    let seed = (index as u32 + 1).wrapping_mul(0x9E37_79B9);
    generate(
        benefits::find(code)?,
        baseline,
        target,
        tolerance,
        series,
        seed,
    )
}

/// A fixed recording time a number of days after the date measured.
fn recorded(on: NaiveDate, days: u64, hour: u32) -> anyhow::Result<chrono::DateTime<chrono::Utc>> {
    on.checked_add_days(Days::new(days))
        .and_then(|d| d.and_hms_opt(hour, 0, 0))
        .map(|t| t.and_utc())
        .with_context(|| format!("no recording time after {on}"))
}

/// Inserts the commitments (one by one, for their keys), their histories, trajectories,
/// measurements, the successors' copies of transferred commitments, and the corrections.
pub(super) async fn load(txn: &DatabaseTransaction, keys: &mut Keys) -> anyhow::Result<()> {
    keys.resolve_codes(
        txn,
        COMMITMENTS
            .iter()
            .map(|c| c.0)
            .chain(TRANSFERS.iter().map(|t| t.2)),
    )
    .await?;
    let mut points = Vec::new();
    let mut values = Vec::new();
    let mut history = Vec::new();
    // (organisation, benefit, live, id) of every commitment inserted.
    let mut inserted: Vec<(&str, &str, bool, i32)> = Vec::new();
    for (index, row) in COMMITMENTS.iter().enumerate() {
        let &(org, code, owner, baseline, target, tolerance, status, _) = row;
        let plan = generated(index, row)?;
        let signed = matches!(status, SignedOff | Realised | Transferred);
        let signer = if signed {
            let who = people::signatory(org).with_context(|| format!("no signatory for {org}"))?;
            Some(keys.person(who)?)
        } else {
            None
        };
        let steps = standings::path(status, plan.baseline_on, plan.target_on)?;
        let owner = owner.map(|o| keys.person(o)).transpose()?;
        let reason = WITHDRAWALS
            .iter()
            .find(|w| status == Withdrawn && w.0 == org && w.1 == code);
        let model = commitment::ActiveModel {
            organisation_id: Set(keys.org(org)?),
            benefit_id: Set(keys.benefit(code)?),
            owner_id: Set(owner),
            baseline: Set(baseline),
            baseline_on: Set(plan.baseline_on),
            target: Set(target),
            target_on: Set(plan.target_on),
            tolerance: Set(tolerance),
            status: Set(status),
            signed_off_on: Set(signed
                .then(|| {
                    plan.baseline_on
                        .checked_add_days(Days::new(standings::SIGNED_OFF_AFTER))
                })
                .flatten()),
            signed_off_by_id: Set(signer),
            transferred_from_id: Set(None),
            withdrawal_reason: Set(reason.map(|w| w.2.to_owned())),
            // One more than the changes that led to its status.
            version: Set(steps.len() as i32),
            notes: Set(None),
            ..Default::default()
        };
        let id = insert_one(txn, model, || format!("commitment {org} {code}"))
            .await?
            .id;
        inserted.push((org, code, status.is_live(), id));
        history.extend(standings::rows(id, &steps, owner, signer));
        push_plan(&mut points, &mut values, id, &plan)?;
    }
    for &(pct, code, ccg, owner) in TRANSFERS {
        let index = COMMITMENTS
            .iter()
            .position(|c| c.0 == pct && c.1 == code && c.6 == Transferred)
            .with_context(|| format!("no transferred commitment {pct} {code}"))?;
        let row = &COMMITMENTS[index];
        // A copy has the original's plan; its measurements stay with the original.
        let plan = Generated {
            measurements: Vec::new(),
            ..generated(index, row)?
        };
        let mut copy = Copy {
            from: pct.to_owned(),
            original: find(&inserted, pct, code, false)?,
            to: (keys.org(ccg)?, ccg.to_owned()),
            owner: keys.person(owner)?,
            on: day(CCGS_OPENED)?,
        };
        // The copy passes on at each reorganisation after (as the landscape records them),
        // until it reaches an organisation open today.
        loop {
            let next = successor(txn, copy.to.0).await?;
            let passed_on = next.as_ref().map(|n| n.1);
            let id = copy
                .insert(txn, keys, row, &plan, passed_on, &mut history)
                .await?;
            push_plan(&mut points, &mut Vec::new(), id, &plan)?;
            let Some((to, on)) = next else {
                break;
            };
            copy = Copy {
                from: copy.to.1,
                original: id,
                to,
                owner: copy.owner,
                on,
            };
        }
    }
    insert_all(txn, history, "commitment histories").await?;
    insert_all(txn, points, "trajectory points").await?;
    insert_all(txn, values, "measurements").await?;
    load_corrections(txn, &inserted).await
}

fn find(
    inserted: &[(&str, &str, bool, i32)],
    org: &str,
    code: &str,
    live: bool,
) -> anyhow::Result<i32> {
    inserted
        .iter()
        .find(|c| c.0 == org && c.1 == code && c.2 == live)
        .map(|c| c.3)
        .with_context(|| format!("no commitment {org} {code}"))
}

fn push_plan(
    points: &mut Vec<trajectory_point::ActiveModel>,
    values: &mut Vec<measurement::ActiveModel>,
    id: i32,
    plan: &Generated,
) -> anyhow::Result<()> {
    for &(on, value) in &plan.trajectory {
        points.push(trajectory_point::ActiveModel {
            commitment_id: Set(id),
            planned_on: Set(on),
            value: Set(value),
            ..Default::default()
        });
    }
    for &(on, value, note) in &plan.measurements {
        values.push(measurement::ActiveModel {
            commitment_id: Set(id),
            measured_on: Set(on),
            value: Set(value),
            note: Set(note.map(str::to_owned)),
            recorded_by: Set("seed".to_owned()),
            recorded_at: Set(recorded(on, 7, 9)?),
            supersedes_id: Set(None),
            ..Default::default()
        });
    }
    Ok(())
}

/// Each correction is a new measurement that supersedes the first one reported for its date.
async fn load_corrections(
    txn: &DatabaseTransaction,
    inserted: &[(&str, &str, bool, i32)],
) -> anyhow::Result<()> {
    let mut rows = Vec::with_capacity(CORRECTIONS.len());
    for &(org, code, on, value, note) in CORRECTIONS {
        let commitment_id = find(inserted, org, code, true)?;
        let on = day(on)?;
        let original = measurement::Entity::find()
            .filter(measurement::Column::CommitmentId.eq(commitment_id))
            .filter(measurement::Column::MeasuredOn.eq(on))
            .one(txn)
            .await
            .context("finding a measurement to correct")?
            .with_context(|| format!("no measurement of {org} {code} on {on} to correct"))?;
        rows.push(measurement::ActiveModel {
            commitment_id: Set(commitment_id),
            measured_on: Set(on),
            value: Set(value),
            note: Set(Some(note.to_owned())),
            recorded_by: Set("seed".to_owned()),
            recorded_at: Set(recorded(on, 45, 14)?),
            supersedes_id: Set(Some(original.id)),
            ..Default::default()
        });
    }
    insert_all(txn, rows, "corrections").await?;
    Ok(())
}
