//! Where the scale data set's services are deployed: the active trusts, GP practices and other
//! cost centres, which services each runs (and which are LIVE), and a benefits lead at every
//! site with a live deployment.

use std::collections::HashMap;

use anyhow::Context;
use chrono::{Days, NaiveDate};
use entity::enums::{DeploymentStatus, OrganisationKind, OrganisationStatus};
use entity::{deployment, organisation, person};
use sea_orm::{
    ColumnTrait, DatabaseTransaction, EntityTrait, QueryFilter, QueryOrder, QuerySelect, Set,
};

use super::catalogue::{Catalogue, SERVICES};
use super::series::Rng;
use crate::seed::rows::insert_all;

/// The job title of the people the seed creates, by which it finds them again.
pub(super) const LEAD: &str = "Benefits realisation lead (scale seed)";

/// An active trust, GP practice or other prescribing cost centre (walk-in centres,
/// out-of-hours services and the like, which the practices extract lists as OTHER).
pub(super) struct Site {
    pub id: i32,
    pub code: String,
    pub name: String,
    /// Trusts are 1, practices and other cost centres 0.1: SUM measures scale with it.
    pub size: f64,
    pub is_trust: bool,
}

/// Active trusts, GP practices and other cost centres, by ODS code.
pub(super) async fn active_sites(txn: &DatabaseTransaction) -> anyhow::Result<Vec<Site>> {
    use OrganisationKind::{FoundationTrust, GpPractice, NhsTrust, Other};
    let rows: Vec<(i32, Option<String>, String, OrganisationKind)> = organisation::Entity::find()
        .select_only()
        .columns([
            organisation::Column::Id,
            organisation::Column::OdsCode,
            organisation::Column::Name,
            organisation::Column::Kind,
        ])
        .filter(organisation::Column::Status.eq(OrganisationStatus::Active))
        .filter(organisation::Column::Kind.is_in([NhsTrust, FoundationTrust, GpPractice, Other]))
        .order_by_asc(organisation::Column::OdsCode)
        .into_tuple()
        .all(txn)
        .await
        .context("reading the active trusts and practices")?;
    Ok(rows
        .into_iter()
        .filter_map(|(id, code, name, kind)| {
            let is_trust = matches!(kind, NhsTrust | FoundationTrust);
            Some(Site {
                id,
                code: code?,
                name,
                size: if is_trust { 1.0 } else { 0.1 },
                is_trust,
            })
        })
        .collect())
}

/// The deployments to insert, and the (site, service) pairs that are LIVE.
pub(super) type Deployments = (Vec<deployment::ActiveModel>, Vec<(usize, usize)>);

pub(super) fn deployments(
    seed: u64,
    sites: &[Site],
    catalogue: &Catalogue,
) -> anyhow::Result<Deployments> {
    let first = NaiveDate::from_ymd_opt(2022, 10, 1).context("a date")?;
    let later = NaiveDate::from_ymd_opt(2026, 6, 1).context("a date")?;
    let mut rows = Vec::new();
    let mut live = Vec::new();
    for (s, site) in sites.iter().enumerate() {
        for (v, spec) in SERVICES.iter().enumerate() {
            let mut rng = Rng::new(seed, &format!("{}/service/{v}", site.code));
            let share = if site.is_trust {
                spec.at_trusts
            } else {
                spec.at_practices
            };
            if rng.unit() >= share {
                continue;
            }
            let status = match rng.unit() {
                u if u < 0.85 => DeploymentStatus::Live,
                u if u < 0.92 => DeploymentStatus::ReadinessReview,
                _ => DeploymentStatus::Planned,
            };
            // Live sites went live in the 18 months before the baseline; the rest are due.
            let planned = first + Days::new((rng.unit() * 540.0) as u64);
            let (planned, went_live) = match status {
                DeploymentStatus::Live => (planned, Some(planned + Days::new(7))),
                _ => (later + Days::new((rng.unit() * 180.0) as u64), None),
            };
            if status == DeploymentStatus::Live {
                live.push((s, v));
            }
            rows.push(deployment::ActiveModel {
                service_id: Set(catalogue.services[v]),
                organisation_id: Set(site.id),
                status: Set(status),
                planned_go_live: Set(Some(planned)),
                went_live_on: Set(went_live),
                ..Default::default()
            });
        }
    }
    Ok((rows, live))
}

/// A benefits lead at every site with a live deployment: organisation key -> person key.
pub(super) async fn load_leads(
    txn: &DatabaseTransaction,
    sites: &[Site],
    live: &[(usize, usize)],
) -> anyhow::Result<HashMap<i32, i32>> {
    let mut with_live: Vec<usize> = live.iter().map(|&(s, _)| s).collect();
    with_live.dedup();
    let rows = with_live.iter().map(|&s| person::ActiveModel {
        name: Set(format!("Benefits lead, {}", sites[s].name)),
        job_title: Set(Some(LEAD.to_owned())),
        email: Set(None),
        organisation_id: Set(Some(sites[s].id)),
        ..Default::default()
    });
    insert_all(txn, rows, "people").await?;
    let keys: Vec<(i32, Option<i32>)> = person::Entity::find()
        .select_only()
        .columns([person::Column::Id, person::Column::OrganisationId])
        .filter(person::Column::JobTitle.eq(LEAD))
        .into_tuple()
        .all(txn)
        .await
        .context("reading back the benefits leads")?;
    Ok(keys
        .into_iter()
        .filter_map(|(id, org)| Some((org?, id)))
        .collect())
}
