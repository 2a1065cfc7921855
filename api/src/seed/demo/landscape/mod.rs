//! The NHS of England (and the practices' Welsh and Crown dependency neighbours) as it stood on
//! any date from 2006 to today, built from the four shipped files: the trusts and practices
//! extracts (2020), the 2013 reorganisation, and the practice map (January 2022), each imported
//! as at its own date, then completed from public facts:
//!
//! - the bodies the files know only by code, named and dated (`bodies.rs`);
//! - the CCG mergers of 2015-2021, read from the practices' commissioners (`mergers.rs`);
//! - the hierarchy of each era: strategic health authorities to 2013, NHS England's regions,
//!   area teams and local offices after, and the integrated care boards from 2022-07-01
//!   (`eras.rs`);
//! - every PART_OF and COMMISSIONED_BY fitted inside the lives of its two organisations
//!   (`lifetimes.rs`).

mod bodies;
mod eras;
mod lifetimes;
mod mergers;
mod postcodes;

use anyhow::Context;
use sea_orm::TransactionTrait;

use super::{PCT_CCG_GZ, PRACTICE_MAP_GZ, gunzip, load_organisations};
use crate::db::Db;
use crate::import::{practice_map, reorganisation};

/// Imports the four files, then dates and completes what they leave undated or unnamed, in one
/// transaction.
pub async fn load(db: &Db) -> anyhow::Result<()> {
    load_organisations(db).await?;
    reorganisation::import(db, gunzip(PCT_CCG_GZ)?.as_slice())
        .await
        .context("importing the 2013 reorganisation")?;
    practice_map::import(db, gunzip(PRACTICE_MAP_GZ)?.as_slice())
        .await
        .context("importing the practice map")?;
    let txn = db.conn.begin().await.context("starting the eras")?;
    bodies::apply(&txn).await?;
    mergers::apply(&txn).await?;
    eras::apply(&txn).await?;
    lifetimes::fit(&txn).await?;
    txn.commit().await.context("committing the eras")
}
