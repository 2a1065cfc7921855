//! The local side of the scale data set: deployments of the services at active trusts and GP
//! practices, a benefits lead at every organisation with a live deployment, and a commitment
//! for every benefit a live deployment enables, with its trajectory, 24 monthly measurements,
//! for about one in a hundred a correction, and its history (dated as the demo dates its own),
//! so that the figures as at a date read the history as they do on real data.

use std::collections::HashMap;

use anyhow::Context;
use chrono::{Days, NaiveDate};
use entity::enums::CommitmentStatus;
use entity::{commitment, measurement, trajectory_point};
use sea_orm::{ColumnTrait, DatabaseTransaction, EntityTrait, QueryFilter, QuerySelect, Set};

use super::ScaleReport;
use super::catalogue::{BENEFITS, BENEFITS_PER_SERVICE, Catalogue, code};
use super::series::{self, Generated, Rng};
use super::sites::{Site, active_sites, deployments, load_leads};
use crate::seed::demo::programme::standings;
use crate::seed::rows::insert_all;

/// Who recorded the generated measurements.
const RECORDED_BY: &str = "scale-seed";
/// The month whose value a correction replaces.
const CORRECTED_MONTH: u32 = 6;

/// Everything drawn for one commitment.
struct Draw {
    status: CommitmentStatus,
    has_owner: bool,
    tolerance: f64,
    corrected: bool,
    plan: Generated,
}

fn draw(seed: u64, site: &Site, benefit: usize) -> Draw {
    let mut rng = Rng::new(seed, &format!("{}/{}", site.code, code(benefit)));
    let status = match rng.unit() {
        u if u < 0.02 => CommitmentStatus::Withdrawn,
        u if u < 0.05 => CommitmentStatus::Draft,
        u if u < 0.10 => CommitmentStatus::Proposed,
        u if u < 0.35 => CommitmentStatus::Agreed,
        u if u < 0.90 => CommitmentStatus::SignedOff,
        _ => CommitmentStatus::Realised,
    };
    let has_owner = rng.unit() < 0.92;
    let tolerance = if rng.unit() < 0.2 { 0.05 } else { 0.10 };
    let corrected = rng.unit() < 0.01;
    let plan = series::generate(&BENEFITS[benefit], site.size, &mut rng);
    Draw {
        status,
        has_owner,
        tolerance,
        corrected,
        plan,
    }
}

/// Loads deployments, people, commitments, trajectories, measurements and corrections.
pub(super) async fn load(
    txn: &DatabaseTransaction,
    catalogue: &Catalogue,
    seed: u64,
    report: &mut ScaleReport,
) -> anyhow::Result<()> {
    let sites = active_sites(txn).await?;
    let (deployments, live) = deployments(seed, &sites, catalogue)?;
    report.deployments = insert_all(txn, deployments, "deployments").await?;
    let leads = load_leads(txn, &sites, &live).await?;

    // (site, benefit) of every commitment, in insertion order.
    let promised: Vec<(usize, usize)> = live
        .iter()
        .flat_map(|&(site, service)| {
            (service * BENEFITS_PER_SERVICE..(service + 1) * BENEFITS_PER_SERVICE)
                .map(move |b| (site, b))
        })
        .collect();
    let rows = promised.iter().map(|&(s, b)| {
        let site = &sites[s];
        let d = draw(seed, site, b);
        let lead = leads.get(&site.id).copied();
        let signed = signed(d.status);
        commitment::ActiveModel {
            organisation_id: Set(site.id),
            benefit_id: Set(catalogue.benefits[b]),
            owner_id: Set(lead.filter(|_| d.has_owner)),
            baseline: Set(d.plan.baseline),
            baseline_on: Set(series::baseline_on()),
            target: Set(d.plan.target),
            target_on: Set(series::target_on()),
            tolerance: Set(d.tolerance),
            status: Set(d.status),
            signed_off_on: Set(signed.then(signed_off_on).flatten()),
            signed_off_by_id: Set(lead.filter(|_| signed)),
            transferred_from_id: Set(None),
            withdrawal_reason: Set((d.status == CommitmentStatus::Withdrawn)
                .then(|| "The deployment was paused before the baseline was agreed.".to_owned())),
            version: Set(1),
            notes: Set(None),
            ..Default::default()
        }
    });
    report.commitments = insert_all(txn, rows, "commitments").await?;
    let ids = commitment_ids(txn, catalogue).await?;

    let mut corrected = Vec::new();
    let mut points = Vec::new();
    let mut values = Vec::new();
    let mut history = Vec::new();
    for &(s, b) in &promised {
        let site = &sites[s];
        let id = *ids
            .get(&(site.id, catalogue.benefits[b]))
            .context("a commitment the seed inserted is missing")?;
        let d = draw(seed, site, b);
        let lead = leads.get(&site.id).copied();
        let steps = standings::path(d.status, series::baseline_on(), series::target_on())?;
        let (owner, signer) = (
            lead.filter(|_| d.has_owner),
            lead.filter(|_| signed(d.status)),
        );
        history.extend(standings::rows(id, &steps, owner, signer));
        if d.corrected {
            let value = d.plan.measurements[CORRECTED_MONTH as usize].1;
            corrected.push((id, value));
        }
        points.extend(
            d.plan
                .trajectory
                .iter()
                .map(|&(on, value)| trajectory_point::ActiveModel {
                    commitment_id: Set(id),
                    planned_on: Set(on),
                    value: Set(value),
                    ..Default::default()
                }),
        );
        values.extend(
            d.plan
                .measurements
                .iter()
                .map(|&(on, value)| measured(id, on, value, None, None)),
        );
        // Flush now and then so the rows in memory stay few.
        if values.len() >= 100_000 {
            report.measurements +=
                insert_all(txn, std::mem::take(&mut values), "measurements").await?;
            report.trajectory_points +=
                insert_all(txn, std::mem::take(&mut points), "trajectory points").await?;
            report.history += insert_all(txn, std::mem::take(&mut history), "history").await?;
        }
    }
    report.history += insert_all(txn, history, "history").await?;
    report.measurements += insert_all(txn, values, "measurements").await?;
    report.trajectory_points += insert_all(txn, points, "trajectory points").await?;
    report.measurements += load_corrections(txn, &corrected).await?;
    Ok(())
}

/// Whether a commitment in `status` was signed off on its way there.
fn signed(status: CommitmentStatus) -> bool {
    matches!(
        status,
        CommitmentStatus::SignedOff | CommitmentStatus::Realised
    )
}

/// The day every signed-off commitment was signed off: the day its history says.
fn signed_off_on() -> Option<NaiveDate> {
    series::baseline_on().checked_add_days(Days::new(standings::SIGNED_OFF_AFTER))
}

/// A measurement row recorded five days after the month it measures.
fn measured(
    commitment: i32,
    on: NaiveDate,
    value: f64,
    note: Option<&str>,
    supersedes: Option<i32>,
) -> measurement::ActiveModel {
    let recorded_at = on
        .checked_add_days(Days::new(5))
        .and_then(|d| d.and_hms_opt(9, 0, 0))
        .map(|t| t.and_utc())
        .unwrap_or_default();
    measurement::ActiveModel {
        commitment_id: Set(commitment),
        measured_on: Set(on),
        value: Set(value),
        note: Set(note.map(str::to_owned)),
        recorded_by: Set(RECORDED_BY.to_owned()),
        recorded_at: Set(recorded_at),
        supersedes_id: Set(supersedes),
        ..Default::default()
    }
}

/// The key of every commitment of the programme, by (organisation, benefit).
async fn commitment_ids(
    txn: &DatabaseTransaction,
    catalogue: &Catalogue,
) -> anyhow::Result<HashMap<(i32, i32), i32>> {
    let rows: Vec<(i32, i32, i32)> = commitment::Entity::find()
        .select_only()
        .columns([
            commitment::Column::Id,
            commitment::Column::OrganisationId,
            commitment::Column::BenefitId,
        ])
        .filter(commitment::Column::BenefitId.is_in(catalogue.benefits.clone()))
        .into_tuple()
        .all(txn)
        .await
        .context("reading back the commitments")?;
    Ok(rows.into_iter().map(|(id, o, b)| ((o, b), id)).collect())
}

/// Corrections of the value first reported for [`CORRECTED_MONTH`]: 3% higher, as if a late
/// return had been left out. `corrected` is (commitment, value first reported).
async fn load_corrections(
    txn: &DatabaseTransaction,
    corrected: &[(i32, f64)],
) -> anyhow::Result<usize> {
    let on = series::month_end(CORRECTED_MONTH);
    let mut count = 0;
    for chunk in corrected.chunks(5_000) {
        let originals: Vec<(i32, i32)> = measurement::Entity::find()
            .select_only()
            .columns([measurement::Column::Id, measurement::Column::CommitmentId])
            .filter(measurement::Column::MeasuredOn.eq(on))
            .filter(measurement::Column::CommitmentId.is_in(chunk.iter().map(|c| c.0)))
            .into_tuple()
            .all(txn)
            .await
            .context("reading the values to correct")?;
        let first: HashMap<i32, f64> = chunk.iter().copied().collect();
        let rows = originals.into_iter().filter_map(|(id, commitment)| {
            let value = first.get(&commitment)?;
            let fixed = (value * 1.03 * 100.0).round() / 100.0;
            Some(measured(
                commitment,
                on,
                fixed,
                Some("Correction: a late return was left out of the first figure."),
                Some(id),
            ))
        });
        count += insert_all(txn, rows, "corrections").await?;
    }
    Ok(count)
}
