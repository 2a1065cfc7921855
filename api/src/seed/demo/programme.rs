//! The National Programme for IT (NPfIT, 2002-2011), as a deterministic demonstration built
//! from public facts: the national bodies and suppliers that ran it, a shared informatics
//! service, the programme's services and benefits, deployments at real trusts and practices
//! (by ODS code), and local commitments with trajectories and measurements. The NHS it ran in
//! (authorities, PCTs and their successor CCGs, trusts, practices, by date) is the landscape
//! (`landscape/`), loaded first.
//!
//! Everything happens in 2002-2012, except the reorganisation of 2013 (PCTs and SHAs closed on
//! 2013-03-31, CCGs succeeded them on 2013-04-01, and the PCTs' live commitments passed to the
//! CCG that took most of each). Every target date and measurement is on or before 2011-12-31,
//! so every derived figure as at any date from 2012-01-01 is the same whenever it is computed.
//! No randomness: series are closed-form shapes plus fixed-seed noise.
//!
//! # Facts tests can rely on
//! - Programme "National Programme for IT": CLOSED, 2002-10-01 to 2011-09-30, budget
//!   1_270_000_000_000 pence, SRO Richard Granger (`richard.granger@nhs.example`).
//! - 13 organisations beyond the landscape (2 national bodies, 10 suppliers, 1 shared service);
//!   37 people; 12 services; 14 benefits `NPFIT-B01` to `NPFIT-B14`; 7 benefit links; 27
//!   enablements; 16 assessments; 10 engagements. The 10 strategic health authorities are
//!   PART_OF the Department of Health to 2013.
//! - "Worcestershire Health Informatics Service" HOSTED_BY `RWP`; SERVED_BY from `RWP` (from
//!   2006-04-01) and `R1A` (from 2011-07-01), `5PL` (to 2013-03-31), `05T` `06D` `05J`.
//! - SUCCEEDED_BY from 2013-04-01 (the 2013 file): `5D9` and `5E1` -> `00K`; `5PL` -> `05T`
//!   (54.08%) `05J` (27.54%) `06D` (18.38%); `5K8` (Islington) -> `08H`.
//! - 178 deployments (129 LIVE, 22 DECOMMISSIONED, 13 READINESS_REVIEW, 14 PLANNED), 568 gates
//!   (539 PASSED, 4 FAILED, 25 PENDING); 228 service level reports, 24 below target.
//! - 81 commitments (21 AGREED, 5 DRAFT, 5 PROPOSED, 9 REALISED, 34 SIGNED_OFF, 3 TRANSFERRED,
//!   4 WITHDRAWN), 175 trajectory points, 1,933 measurements of which 4 are corrections.
//! - Each commitment's history steps through the statuses to its own, dated from its plan
//!   (`standings.rs`): none exists before 2004-03-02; 54 on 2008-06-30; on 2012-04-01 the three
//!   PCT commitments still stand SIGNED_OFF and their CCG copies do not yet exist.
//! - As at any date from 2012-01-01, each commitment shows the RAG its row in `register.rs`
//!   aims for: `programme/tests.rs` checks it with `crate::analytics`, and its ignored
//!   `demo_facts` test prints every figure.

mod benefits;
mod commitments;
mod deployments;
mod measurements;
mod organisations;
mod people;
mod register;
mod service_levels;
mod services;
mod stakeholders;
pub(in crate::seed) mod standings;
mod successors;
#[cfg(test)]
mod tests;

use std::collections::HashMap;
use std::time::Instant;

use anyhow::Context;
use chrono::NaiveDate;
use entity::enums::ProgrammeStatus;
use entity::{organisation, programme};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, DatabaseTransaction, EntityTrait, QueryFilter, QuerySelect, Set,
    TransactionTrait,
};

use crate::db::Db;

/// The programme's name, as tests look it up.
pub const PROGRAMME_NAME: &str = "National Programme for IT";

/// A calendar date in a data table, as (year, month, day).
pub(super) type Ymd = (i32, u32, u32);

/// The date of a table entry; a typo in a table is an error, not a panic.
pub(super) fn day((y, m, d): Ymd) -> anyhow::Result<NaiveDate> {
    NaiveDate::from_ymd_opt(y, m, d).with_context(|| format!("{y}-{m:02}-{d:02} is not a date"))
}

/// Loads the demonstration programme in one transaction, after the ODS organisations.
pub async fn load(db: &Db) -> anyhow::Result<()> {
    let started = Instant::now();
    let txn = db
        .conn
        .begin()
        .await
        .context("starting the demo programme transaction")?;
    let mut keys = Keys::default();
    organisations::load(&txn, &mut keys).await?;
    people::load(&txn, &mut keys).await?;
    load_programme(&txn, &mut keys).await?;
    services::load(&txn, &mut keys).await?;
    benefits::load(&txn, &mut keys).await?;
    deployments::load(&txn, &mut keys).await?;
    commitments::load(&txn, &mut keys).await?;
    stakeholders::load(&txn, &mut keys).await?;
    txn.commit()
        .await
        .context("committing the demo programme")?;
    tracing::info!(
        elapsed_ms = started.elapsed().as_millis() as u64,
        "loaded the National Programme for IT demo"
    );
    Ok(())
}

async fn load_programme(txn: &DatabaseTransaction, keys: &mut Keys) -> anyhow::Result<()> {
    let row = programme::ActiveModel {
        name: Set(PROGRAMME_NAME.to_owned()),
        description: Set(Some(
            "The Department of Health's programme to bring modern IT to the NHS in England: \
             national services (the Spine, N3, NHSmail, Choose and Book, the Summary Care Record, \
             the Electronic Prescription Service, GP2GP, PACS) and detailed care records delivered \
             by local service providers. Run by NHS Connecting for Health from 2005; its \
             dismantling was announced in September 2011."
                .to_owned(),
        )),
        senior_responsible_owner_id: Set(Some(keys.person("richard.granger")?)),
        // £12.7bn, the figure the National Audit Office reported.
        budget_pence: Set(Some(1_270_000_000_000)),
        starts_on: Set(Some(day((2002, 10, 1))?)),
        ends_on: Set(Some(day((2011, 9, 30))?)),
        status: Set(ProgrammeStatus::Closed),
        ..Default::default()
    };
    keys.programme = row.insert(txn).await.context("inserting the programme")?.id;
    Ok(())
}

/// The generated keys of what the demo refers to, by natural key.
#[derive(Default)]
struct Keys {
    /// Organisations by ODS code, or by name for those without one (suppliers, national bodies).
    orgs: HashMap<String, i32>,
    /// People by the local part of their email (`richard.granger`).
    people: HashMap<&'static str, i32>,
    /// Services by name.
    services: HashMap<&'static str, i32>,
    /// Benefits by code.
    benefits: HashMap<&'static str, i32>,
    /// The programme.
    programme: i32,
}

impl Keys {
    fn org(&self, key: &str) -> anyhow::Result<i32> {
        self.orgs.get(key).copied().with_context(|| {
            format!("organisation {key} is not loaded: the demo expects the shipped ODS extracts")
        })
    }

    fn person(&self, key: &str) -> anyhow::Result<i32> {
        self.people
            .get(key)
            .copied()
            .with_context(|| format!("no demo person {key}"))
    }

    fn service(&self, name: &str) -> anyhow::Result<i32> {
        self.services
            .get(name)
            .copied()
            .with_context(|| format!("no demo service {name}"))
    }

    fn benefit(&self, code: &str) -> anyhow::Result<i32> {
        self.benefits
            .get(code)
            .copied()
            .with_context(|| format!("no demo benefit {code}"))
    }

    /// Looks up the organisations of these ODS codes that are not known yet, in one query.
    async fn resolve_codes<'a>(
        &mut self,
        txn: &DatabaseTransaction,
        codes: impl IntoIterator<Item = &'a str>,
    ) -> anyhow::Result<()> {
        let mut missing: Vec<String> = codes
            .into_iter()
            .filter(|c| !self.orgs.contains_key(*c))
            .map(str::to_owned)
            .collect();
        missing.sort();
        missing.dedup();
        if missing.is_empty() {
            return Ok(());
        }
        let found: Vec<(i32, Option<String>)> = organisation::Entity::find()
            .select_only()
            .column(organisation::Column::Id)
            .column(organisation::Column::OdsCode)
            .filter(organisation::Column::OdsCode.is_in(missing))
            .into_tuple()
            .all(txn)
            .await
            .context("looking up organisations by ODS code")?;
        for (id, code) in found {
            if let Some(code) = code {
                self.orgs.insert(code, id);
            }
        }
        Ok(())
    }
}
