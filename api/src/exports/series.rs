//! What each commitment's whole series of values says as at a snapshot's date, beyond the
//! snapshot's own figures (which need only the latest value): the forecast, whether it reaches
//! the target, and SPC. A few commitments are read by key; a programme's worth in one
//! streamed pass, each series analysed as it completes. Only these few figures are kept, so a
//! national programme's millions of values never sit in memory together.

use std::collections::HashMap;
use std::pin::pin;

use async_graphql::dataloader::Loader;
use chrono::NaiveDate;
use entity::{benefit, commitment};
use sea_orm::{ColumnTrait, DbErr, EntityTrait, QueryFilter};

use crate::analytics::{Assurance, Variation};
use crate::db::Db;
use crate::graphql::loader::DbLoader;
use crate::realisation::inputs::{CommitmentColumns, CommitmentRows, PlannedValue, RecordedValue};
use crate::realisation::loaders::{PlanOfCommitment, ValuesOfCommitment};
use crate::realisation::series::{self as series_store, ByCommitment, rows_of};
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

/// Below this share of a programme's commitments (a filtered register), their series are read
/// by key; from it, the whole programme's values are streamed in one pass, which costs about
/// as much as reading a quarter of them by key.
const STREAM_SHARE: usize = 4;

/// The figures of the snapshot's items at `positions` (of `programme`), in their order.
pub async fn of(
    db: &Db,
    s: &Snapshot,
    programme: i32,
    positions: &[usize],
) -> Result<Vec<SeriesFigures>, DbErr> {
    if positions.len() * STREAM_SHARE < s.items.len() {
        return by_key(db, s, positions).await;
    }
    let all = whole_programme(db, s, programme).await?;
    Ok(positions
        .iter()
        .map(|&n| all.get(&s.items[n].commitment).copied().unwrap_or_default())
        .collect())
}

/// What one commitment's series says as at `as_at`.
fn figures(
    columns: &CommitmentColumns,
    trajectory: &[PlannedValue],
    measurements: &[RecordedValue],
    benefit: &benefit::Model,
    as_at: NaiveDate,
) -> SeriesFigures {
    let series = CommitmentRows {
        commitment: columns,
        trajectory,
        measurements,
        direction: benefit.direction,
    };
    let progress = series.assess(as_at);
    SeriesFigures {
        forecast: progress.forecast.filter(|f| f.is_finite()),
        on_track: progress.on_track_to_target,
        spc: series.spc(as_at, benefit.measure_kind).map(|a| Spc {
            variation: a.variation,
            assurance: a.assurance,
            mean: a.mean,
            lower: a.lower_process_limit,
            upper: a.upper_process_limit,
            reliable: a.reliable,
            latest: a.points.last().map(|p| (p.value, p.measured_on)),
        }),
    }
}

/// Every commitment of the programme with its plan and its values: the plans read at once,
/// the values streamed in the same commitment order and merged with them. Each series is
/// analysed as soon as it is whole, and dropped.
async fn whole_programme(
    db: &Db,
    s: &Snapshot,
    programme: i32,
) -> Result<HashMap<i32, SeriesFigures>, DbErr> {
    let benefit_of: HashMap<i32, &benefit::Model> = s
        .items
        .iter()
        .map(|i| (i.commitment, &s.benefits[i.benefit]))
        .collect();
    let (commitments, points) = series_store::plans(&db.conn, programme, s.as_at).await?;
    let values = pin!(series_store::values(&db.conn, programme, s.as_at).await?);
    let mut values = ByCommitment::new(values);
    let (mut plans, mut series) = (&points[..], Vec::new());
    let mut found = HashMap::with_capacity(benefit_of.len());
    for c in &commitments {
        let plan = rows_of(&mut plans, c.id);
        values.take(c.id, &mut series).await?;
        if let Some(b) = benefit_of.get(&c.id)
            && !series.is_empty()
        {
            found.insert(c.id, figures(c, plan, &series, b, s.as_at));
        }
    }
    Ok(found)
}

/// A few commitments, their series read by key a chunk at a time through the same loaders as
/// `Commitment.progress` and `Commitment.spc`.
async fn by_key(db: &Db, s: &Snapshot, positions: &[usize]) -> Result<Vec<SeriesFigures>, DbErr> {
    let loader = DbLoader { db: db.clone() };
    let mut found = Vec::with_capacity(positions.len());
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
        found.extend(chunk.iter().map(|&n| {
            let item = &s.items[n];
            let Some(row) = rows.get(&item.commitment) else {
                return SeriesFigures::default();
            };
            figures(
                &row.into(),
                plans
                    .get(&PlanOfCommitment(row.id))
                    .map_or(&[], Vec::as_slice),
                values
                    .get(&ValuesOfCommitment(row.id))
                    .map_or(&[], Vec::as_slice),
                &s.benefits[item.benefit],
                s.as_at,
            )
        }));
    }
    Ok(found)
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
