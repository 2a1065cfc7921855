//! What each commitment's whole series of values says as at a snapshot's date, beyond the
//! snapshot's own figures (which need only the latest value): the forecast, whether it reaches
//! the target, and SPC. The series are read a chunk of commitments at a time through the same
//! loaders as `Commitment.progress` and `Commitment.spc`, and only these few figures are kept,
//! so a national programme's millions of values never sit in memory together.

use std::collections::HashMap;

use async_graphql::dataloader::Loader;
use chrono::NaiveDate;
use entity::commitment;
use sea_orm::{ColumnTrait, DbErr, EntityTrait, QueryFilter};

use crate::analytics::{Assurance, Variation};
use crate::db::Db;
use crate::graphql::loader::DbLoader;
use crate::realisation::inputs::CommitmentRows;
use crate::realisation::loaders::{PlanOfCommitment, ValuesOfCommitment};
use crate::realisation::snapshot::Snapshot;

/// How many commitments' series are read at once.
const CHUNK: usize = 2_000;

/// The SPC of a series, without its points.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Spc {
    /// The variation of the latest point.
    pub variation: Variation,
    /// Assurance against the target.
    pub assurance: Option<Assurance>,
    /// The centre line.
    pub mean: f64,
    /// The lower process limit.
    pub lower: f64,
    /// The upper process limit.
    pub upper: f64,
    /// Whether there are enough points to trust the limits.
    pub reliable: bool,
    /// The latest point: its value and date.
    pub latest: Option<(f64, NaiveDate)>,
}

/// A commitment's figures from its whole series.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct SeriesFigures {
    /// The forecast value at the target date.
    pub forecast: Option<f64>,
    /// Whether the forecast reaches the target.
    pub on_track: Option<bool>,
    /// SPC, when there are values.
    pub spc: Option<Spc>,
}

fn db_error(e: std::sync::Arc<DbErr>) -> DbErr {
    DbErr::Custom(e.to_string())
}

/// The figures of the snapshot's items at `positions`, in their order.
pub async fn of(db: &Db, s: &Snapshot, positions: &[usize]) -> Result<Vec<SeriesFigures>, DbErr> {
    let loader = DbLoader { db: db.clone() };
    let mut figures = Vec::with_capacity(positions.len());
    for chunk in positions.chunks(CHUNK) {
        let ids: Vec<i32> = chunk.iter().map(|&n| s.items[n].commitment).collect();
        let value_keys: Vec<_> = ids.iter().map(|&c| ValuesOfCommitment(c)).collect();
        let plan_keys: Vec<_> = ids.iter().map(|&c| PlanOfCommitment(c)).collect();
        let values = loader.load(&value_keys).await.map_err(db_error)?;
        let plans = loader.load(&plan_keys).await.map_err(db_error)?;
        let rows: HashMap<i32, commitment::Model> = commitment::Entity::find()
            .filter(commitment::Column::Id.is_in(ids))
            .all(&db.conn)
            .await?
            .into_iter()
            .map(|c| (c.id, c))
            .collect();
        figures.extend(chunk.iter().map(|&n| {
            let item = &s.items[n];
            let benefit = &s.benefits[item.benefit];
            let Some(row) = rows.get(&item.commitment) else {
                return SeriesFigures::default();
            };
            let columns = row.into();
            let series = CommitmentRows {
                commitment: &columns,
                trajectory: plans
                    .get(&PlanOfCommitment(row.id))
                    .map_or(&[], Vec::as_slice),
                measurements: values
                    .get(&ValuesOfCommitment(row.id))
                    .map_or(&[], Vec::as_slice),
                direction: benefit.direction,
            };
            let progress = series.assess(s.as_at);
            SeriesFigures {
                forecast: progress.forecast.filter(|f| f.is_finite()),
                on_track: progress.on_track_to_target,
                spc: series.spc(s.as_at, benefit.measure_kind).map(|a| Spc {
                    variation: a.variation,
                    assurance: a.assurance,
                    mean: a.mean,
                    lower: a.lower_process_limit,
                    upper: a.upper_process_limit,
                    reliable: a.reliable,
                    latest: a.points.last().map(|p| (p.value, p.measured_on)),
                }),
            }
        }));
    }
    Ok(figures)
}

/// A variation as the API names it.
pub fn variation_name(v: Variation) -> &'static str {
    match v {
        Variation::SpecialCauseImprovement => "SPECIAL_CAUSE_IMPROVEMENT",
        Variation::SpecialCauseConcern => "SPECIAL_CAUSE_CONCERN",
        Variation::CommonCause => "COMMON_CAUSE",
    }
}

/// An assurance as the API names it.
pub fn assurance_name(a: Option<Assurance>) -> &'static str {
    match a {
        Some(Assurance::ConsistentlyPassing) => "CONSISTENTLY_PASSING",
        Some(Assurance::ConsistentlyFailing) => "CONSISTENTLY_FAILING",
        Some(Assurance::HitAndMiss) => "HIT_AND_MISS",
        None => "",
    }
}
