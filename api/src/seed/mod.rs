//! Loading data sets: the demo (the real ODS extracts plus a deterministic demonstration of a
//! national programme) and the national-scale data set for benchmarks.

pub mod demo;
mod rows;
pub mod scale;

use anyhow::Context;
use entity::organisation;
use sea_orm::{EntityTrait, PaginatorTrait};

use crate::db::Db;

/// Whether the database holds no organisations yet.
pub async fn is_empty(db: &Db) -> anyhow::Result<bool> {
    let count = organisation::Entity::find()
        .count(&db.conn)
        .await
        .context("counting organisations")?;
    Ok(count == 0)
}
