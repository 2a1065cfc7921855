//! Monthly service level reports: the national services for April 2009 to March 2011, and a
//! few local deployments. The months below target are listed, so `met` is known: every other
//! month is a little above target.

use std::collections::HashMap;

use anyhow::Context;
use chrono::{Datelike, NaiveDate};
use entity::service_level_report;
use sea_orm::{DatabaseTransaction, Set};

use super::measurements::month_end;
use super::services::SERVICES;
use super::{Keys, day};
use crate::seed::rows::insert_all;

/// A calendar month, as (year, month).
type YearMonth = (i32, u32);

/// The months every national service reports: April 2009 to March 2011.
const NATIONAL_FROM: YearMonth = (2009, 4);
const NATIONAL_MONTHS: u32 = 24;

/// (service, the months it fell below its availability target).
#[rustfmt::skip]
pub(super) const NATIONAL: &[(&str, &[YearMonth])] = &[
    ("Spine", &[(2009, 7), (2010, 2)]),
    ("N3 network", &[(2009, 11)]),
    ("NHSmail", &[(2009, 5), (2010, 8), (2011, 1)]),
    ("Choose and Book", &[(2009, 4), (2009, 9), (2010, 3), (2010, 10)]),
    ("Summary Care Record", &[(2010, 5)]),
    ("Electronic Prescription Service", &[(2009, 12), (2010, 6)]),
    ("PACS imaging (GE Centricity)", &[(2010, 1)]),
    ("PACS imaging (Agfa IMPAX)", &[(2009, 8), (2010, 11)]),
];

/// (service, organisation, first month, months, the months below target), for one deployment.
type LocalReports = (
    &'static str,
    &'static str,
    YearMonth,
    u32,
    &'static [YearMonth],
);

#[rustfmt::skip]
pub(super) const LOCAL: &[LocalReports] = &[
    ("Worcestershire HIS service desk", "RWP", (2011, 1), 12, &[(2011, 2), (2011, 9)]),
    ("Worcestershire HIS service desk", "R1A", (2011, 7), 6, &[(2011, 7)]),
    ("PACS imaging (GE Centricity)", "RTD", (2010, 1), 6, &[]),
    ("PACS imaging (Agfa IMPAX)", "RTH", (2010, 1), 6, &[(2010, 3)]),
    // The troubled go-live of 2008: four of the first six months below target.
    ("Cerner Millennium care records", "RAL", (2008, 6), 6, &[(2008, 6), (2008, 7), (2008, 8), (2008, 10)]),
];

/// One month's report: (period start, period end, availability %, incidents, notes).
pub(super) type Month = (NaiveDate, NaiveDate, f64, i32, Option<&'static str>);

/// The reports of a service with this target over `months` months from `from`.
pub(super) fn months(
    target: f64,
    from: YearMonth,
    months: u32,
    below: &[YearMonth],
) -> anyhow::Result<Vec<Month>> {
    let first = day((from.0, from.1, 1))?;
    let mut out = Vec::with_capacity(months as usize);
    for i in 0..months {
        let end = month_end(first, i)?;
        let start = end
            .with_day0(0)
            .with_context(|| format!("no first day of the month of {end}"))?;
        let missed = below.contains(&(start.year(), start.month()));
        let wobble = f64::from(i % 5);
        // Hundredths of a point, so a met month is never equal to the target.
        let (availability, incidents, notes) = if missed {
            (
                target - 0.15 - 0.05 * wobble,
                4 + (i % 3) as i32,
                Some("Below target: unplanned outage."),
            )
        } else {
            (
                (target + 0.02 + 0.01 * wobble).min(100.0),
                (i % 3) as i32,
                None,
            )
        };
        out.push((
            start,
            end,
            (availability * 100.0).round() / 100.0,
            incidents,
            notes,
        ));
    }
    Ok(out)
}

fn target_of(service: &str) -> anyhow::Result<f64> {
    SERVICES
        .iter()
        .find(|s| s.0 == service)
        .map(|s| s.4)
        .with_context(|| format!("no demo service {service}"))
}

/// Inserts the national and the local reports.
pub(super) async fn load(
    txn: &DatabaseTransaction,
    keys: &Keys,
    deployments: &HashMap<(&str, &str), i32>,
) -> anyhow::Result<()> {
    let mut rows = Vec::new();
    let mut push = |service_id: i32, deployment_id: Option<i32>, report: Month| {
        let (period_start, period_end, availability, incidents, notes) = report;
        rows.push(service_level_report::ActiveModel {
            service_id: Set(service_id),
            deployment_id: Set(deployment_id),
            period_start: Set(period_start),
            period_end: Set(period_end),
            availability: Set(availability),
            incidents: Set(incidents),
            notes: Set(notes.map(str::to_owned)),
            ..Default::default()
        });
    };
    for &(service, below) in NATIONAL {
        for report in months(target_of(service)?, NATIONAL_FROM, NATIONAL_MONTHS, below)? {
            push(keys.service(service)?, None, report);
        }
    }
    for &(service, org, from, count, below) in LOCAL {
        let deployment = *deployments
            .get(&(service, org))
            .with_context(|| format!("no deployment of {service} at {org}"))?;
        for report in months(target_of(service)?, from, count, below)? {
            push(keys.service(service)?, Some(deployment), report);
        }
    }
    insert_all(txn, rows, "service level reports").await?;
    Ok(())
}
