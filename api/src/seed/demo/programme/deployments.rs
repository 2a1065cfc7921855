//! Where the services were deployed (real trusts and GP practices, by ODS code), in waves, and
//! the readiness gates each live or in-review deployment went through.

use std::collections::HashMap;

use anyhow::Context;
use chrono::{Days, NaiveDate};
use entity::enums::DeploymentStatus::{self, Decommissioned, Live, Planned, ReadinessReview};
use entity::enums::GateStatus::{self, Failed, Passed, Pending};
use entity::{deployment, readiness_gate};
use sea_orm::{ColumnTrait, DatabaseTransaction, EntityTrait, QueryFilter, QuerySelect, Set};

use super::{Keys, Ymd, day, service_levels};
use crate::seed::rows::insert_all;

/// A wave: (service, status, planned go-live of the first site, days between sites, sites).
/// A site that went live did so 0, 7 or 14 days after its planned date, in turn.
type Wave = (
    &'static str,
    DeploymentStatus,
    Ymd,
    u64,
    &'static [&'static str],
);

#[rustfmt::skip]
pub(super) const WAVES: &[Wave] = &[
    ("N3 network", Decommissioned, (2004, 6, 1), 21, &[
        "RTD", "RTR", "RTF", "RXP", "RR7", "RLN", "RWP", "RKB", "RXK", "RR1",
        "RAL", "RJ1", "RJZ", "RQX", "RTH", "RK9", "RH8", "REF", "RM1", "RGT"]),
    ("PACS imaging (GE Centricity)", Live, (2005, 3, 1), 35, &[
        "RTD", "RTR", "RTF", "RXP", "RWP", "RKB", "RXK", "RM1", "RGT", "RDE",
        "RJ1", "RAL", "RJZ", "RRV", "RQX", "RTX", "RM3", "RW3"]),
    ("PACS imaging (GE Centricity)", Decommissioned, (2005, 9, 1), 0, &["RLQ"]),
    ("PACS imaging (Agfa IMPAX)", Live, (2005, 6, 1), 40, &[
        "RTH", "RK9", "RH8", "REF", "RA7", "RVJ", "RHM", "RHU", "RN3", "RD1"]),
    ("PACS imaging (Agfa IMPAX)", Decommissioned, (2005, 11, 1), 0, &["RNZ"]),
    ("Choose and Book", Live, (2005, 1, 10), 30, &[
        "RWP", "RTD", "RAL", "RJ1", "RM1", "RTR", "RTF", "RXP", "RK9", "RTH", "RJZ", "RQX"]),
    ("Choose and Book", Live, (2006, 1, 9), 14, &[
        "A81001", "A81002", "A81006", "A81007", "A81011", "A81031", "A81041", "A81044", "A81063", "A81070",
        "M81004", "M81006", "M81008", "M81011", "M81017", "M81022", "M81035", "M81037", "M81049", "M81072",
        "F83002", "F83004", "F83007", "F83008", "F83010", "F83012", "F83015", "F83021", "F83032", "F83034"]),
    ("Choose and Book", Planned, (2012, 4, 2), 14, &["A81602", "M81627", "F83674"]),
    ("Summary Care Record", Live, (2009, 5, 4), 21, &[
        "A81001", "A81007", "A81011", "A81031", "A81041", "A81044", "A81063", "M81008", "M81017",
        "M81004", "M81006", "M81022", "F83002", "F83008", "F83012", "F83015", "F83021", "F83034"]),
    ("Summary Care Record", ReadinessReview, (2011, 11, 7), 14, &["F83004", "F83007", "M81035", "A81070", "M81072"]),
    ("Summary Care Record", Planned, (2012, 3, 5), 14, &["F83010", "F83032", "M81049", "A81602", "M81011"]),
    ("Electronic Prescription Service", Live, (2009, 9, 7), 21, &[
        "A81001", "A81011", "A81007", "A81031", "M81017", "M81006", "M81022", "F83010", "F83002", "F83012",
        "F83015", "A81063"]),
    ("Electronic Prescription Service", ReadinessReview, (2011, 10, 3), 14, &["M81008", "F83004", "A81041", "M81004"]),
    ("Electronic Prescription Service", Planned, (2012, 2, 6), 14, &["F83007", "M81035", "A81044", "F83021"]),
    ("GP2GP", Live, (2008, 4, 7), 14, &[
        "A81001", "A81031", "A81006", "A81011", "A81041", "M81008", "M81022", "M81017", "M81004", "F83007",
        "F83002", "F83008", "F83010", "F83012", "F83034"]),
    ("NHSmail", Live, (2005, 2, 1), 30, &["RWP", "RTX", "RTD", "RJ1", "RTR", "RAL", "RM1", "RK9", "RTH", "RQX"]),
    ("Cerner Millennium care records", Live, (2008, 6, 2), 154, &["RAL", "RQX"]),
    ("Cerner Millennium care records", ReadinessReview, (2011, 9, 5), 0, &["RJ7"]),
    ("Lorenzo care records", ReadinessReview, (2010, 4, 26), 120, &["RTX", "RLU", "RTV"]),
    ("Lorenzo care records", Planned, (2012, 1, 9), 60, &["RBT", "RJR"]),
    ("Worcestershire HIS service desk", Live, (2006, 4, 3), 0, &["RWP"]),
    ("Worcestershire HIS service desk", Live, (2011, 7, 1), 0, &["R1A"]),
];

/// The gates every deployment goes through, and how many days before the planned go-live
/// each is decided.
pub(super) const GATES: [(&str, u64); 4] = [
    ("Technical readiness", 98),
    ("Data migration rehearsal", 46),
    ("Training complete", 28),
    ("Service management in place", 14),
];

/// Gate decisions of the deployments in readiness review, in the order of [`GATES`]; a live
/// deployment passed every gate.
#[rustfmt::skip]
pub(super) const REVIEWS: &[(&str, &str, [GateStatus; 4])] = &[
    ("Summary Care Record", "F83004", [Passed, Passed, Passed, Pending]),
    ("Summary Care Record", "F83007", [Passed, Passed, Pending, Pending]),
    ("Summary Care Record", "M81035", [Passed, Failed, Pending, Pending]),
    ("Summary Care Record", "A81070", [Passed, Passed, Passed, Passed]),
    ("Summary Care Record", "M81072", [Passed, Pending, Pending, Pending]),
    ("Electronic Prescription Service", "M81008", [Passed, Passed, Pending, Pending]),
    ("Electronic Prescription Service", "F83004", [Passed, Passed, Passed, Pending]),
    ("Electronic Prescription Service", "A81041", [Failed, Pending, Pending, Pending]),
    ("Electronic Prescription Service", "M81004", [Pending, Pending, Pending, Pending]),
    ("Cerner Millennium care records", "RJ7", [Passed, Passed, Failed, Pending]),
    ("Lorenzo care records", "RTX", [Passed, Failed, Pending, Passed]),
    ("Lorenzo care records", "RLU", [Passed, Passed, Pending, Pending]),
    ("Lorenzo care records", "RTV", [Passed, Pending, Pending, Pending]),
];

/// One deployment as the waves lay it out.
pub(super) struct Site {
    pub(super) service: &'static str,
    pub(super) org: &'static str,
    pub(super) status: DeploymentStatus,
    pub(super) planned_go_live: NaiveDate,
    pub(super) went_live_on: Option<NaiveDate>,
}

/// Every deployment, wave by wave.
pub(super) fn sites() -> anyhow::Result<Vec<Site>> {
    let mut out = Vec::new();
    for &(service, status, first, step, orgs) in WAVES {
        let first = day(first)?;
        for (i, &org) in orgs.iter().enumerate() {
            let planned = add_days(first, step * i as u64)?;
            let went_live = match status {
                Live | Decommissioned => Some(add_days(planned, 7 * (i as u64 % 3))?),
                Planned | ReadinessReview => None,
            };
            out.push(Site {
                service,
                org,
                status,
                planned_go_live: planned,
                went_live_on: went_live,
            });
        }
    }
    Ok(out)
}

/// The gates of a deployment: (name, decision, decided on).
pub(super) fn gates(
    site: &Site,
) -> anyhow::Result<Vec<(&'static str, GateStatus, Option<NaiveDate>)>> {
    let decisions = match site.status {
        Live => [Passed; 4],
        ReadinessReview => {
            REVIEWS
                .iter()
                .find(|r| r.0 == site.service && r.1 == site.org)
                .with_context(|| format!("no gate decisions for {} at {}", site.service, site.org))?
                .2
        }
        Planned | Decommissioned => return Ok(Vec::new()),
    };
    let mut out = Vec::with_capacity(GATES.len());
    for ((name, days_before), status) in GATES.into_iter().zip(decisions) {
        let decided = match status {
            Pending => None,
            Passed | Failed => Some(sub_days(site.planned_go_live, days_before)?),
        };
        out.push((name, status, decided));
    }
    Ok(out)
}

fn add_days(d: NaiveDate, n: u64) -> anyhow::Result<NaiveDate> {
    d.checked_add_days(Days::new(n))
        .with_context(|| format!("{n} days after {d}"))
}

fn sub_days(d: NaiveDate, n: u64) -> anyhow::Result<NaiveDate> {
    d.checked_sub_days(Days::new(n))
        .with_context(|| format!("{n} days before {d}"))
}

/// Inserts the deployments, reads their keys back, then their gates and service level reports.
pub(super) async fn load(txn: &DatabaseTransaction, keys: &mut Keys) -> anyhow::Result<()> {
    let sites = sites()?;
    keys.resolve_codes(txn, sites.iter().map(|s| s.org)).await?;
    let mut rows = Vec::with_capacity(sites.len());
    for site in &sites {
        rows.push(deployment::ActiveModel {
            service_id: Set(keys.service(site.service)?),
            organisation_id: Set(keys.org(site.org)?),
            status: Set(site.status),
            planned_go_live: Set(Some(site.planned_go_live)),
            went_live_on: Set(site.went_live_on),
            ..Default::default()
        });
    }
    insert_all(txn, rows, "deployments").await?;
    let service_ids: Vec<i32> = keys.services.values().copied().collect();
    let ids: HashMap<(i32, i32), i32> = deployment::Entity::find()
        .select_only()
        .column(deployment::Column::ServiceId)
        .column(deployment::Column::OrganisationId)
        .column(deployment::Column::Id)
        .filter(deployment::Column::ServiceId.is_in(service_ids))
        .into_tuple::<(i32, i32, i32)>()
        .all(txn)
        .await
        .context("reading the deployments back")?
        .into_iter()
        .map(|(service, org, id)| ((service, org), id))
        .collect();
    let mut deployment_ids = HashMap::new();
    let mut gate_rows = Vec::new();
    for site in &sites {
        let key = (keys.service(site.service)?, keys.org(site.org)?);
        let id = *ids
            .get(&key)
            .with_context(|| format!("deployment of {} at {} not found", site.service, site.org))?;
        deployment_ids.insert((site.service, site.org), id);
        for (name, status, decided_on) in gates(site)? {
            gate_rows.push(readiness_gate::ActiveModel {
                deployment_id: Set(id),
                name: Set(name.to_owned()),
                status: Set(status),
                decided_on: Set(decided_on),
                ..Default::default()
            });
        }
    }
    insert_all(txn, gate_rows, "readiness gates").await?;
    service_levels::load(txn, keys, &deployment_ids).await
}
