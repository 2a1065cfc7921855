//! What the derived-figure fields of `Commitment`, `Benefit`, `Organisation` and `Programme`
//! do; their resolvers only delegate here. A commitment's own figures read its rows through
//! the DataLoader; roll-ups read the programme's [`Snapshot`] (one per programme and date per
//! request, see [`SnapshotOf`]).

use std::sync::Arc;

use async_graphql::{Context, ID};
use chrono::NaiveDate;
use entity::enums::{Direction, MeasureKind};
use entity::{benefit, commitment, programme};
use futures_util::try_join;

use super::programme::{BenefitCoverage, ProgrammeRealisation};
use super::progress::{CommitmentProgress, SpcAnalysis};
use super::register::{RegisterEntry, RegisterFilter, RegisterOrder, register};
use super::rollups::{BenefitRealisation, ProgrammeOwnership, ScopeRealisation};
use crate::analytics::forecast::FORECAST_WINDOW;
use crate::benefits::{BenefitById, ProgrammeById};
use crate::commitments::LatestMeasurementsOf;
use crate::graphql::connection::{Connection, PageArgs};
use crate::graphql::context::ContextExt;
use crate::graphql::error::{ApiError, ApiResult};
use crate::graphql::ids::{NodeType, decode_as};
use crate::graphql::loader::{load_one, load_or_default};
use crate::graphql::scalars::Date;
use crate::realisation::inputs::{CommitmentColumns, CommitmentRows, PlannedValue, RecordedValue};
use crate::realisation::loaders::{
    PlanOfCommitment, SnapshotLoader, SnapshotOf, ValuesOfCommitment,
};
use crate::realisation::snapshot::Snapshot;
use async_graphql::dataloader::DataLoader;

/// A commitment's rows, as the analytics read them.
struct Loaded {
    commitment: CommitmentColumns,
    trajectory: Vec<PlannedValue>,
    measurements: Vec<RecordedValue>,
    direction: Direction,
    measure_kind: MeasureKind,
}

impl Loaded {
    fn rows(&self) -> CommitmentRows<'_> {
        CommitmentRows {
            commitment: &self.commitment,
            trajectory: &self.trajectory,
            measurements: &self.measurements,
            direction: self.direction,
        }
    }
}

/// Which of a commitment's measurements a figure reads.
#[derive(Clone, Copy)]
enum Values {
    /// Every one, corrections included: the SPC analysis reads the whole series.
    All,
    /// Only the latest `rows` effective values on or before the date: one is the actual, which
    /// is all that progress, variance and RAG read; the forecast's line runs through the
    /// latest [`FORECAST_WINDOW`].
    LatestAsAt { on: NaiveDate, rows: u32 },
}

/// The fields of [`CommitmentProgress`] that read the forecast's window of values, not only
/// the actual.
const FROM_THE_WINDOW: [&str; 2] = ["forecast", "onTrackToTarget"];

/// A commitment's trajectory, measurements and benefit, loaded together.
async fn load(
    ctx: &Context<'_>,
    commitment: &commitment::Model,
    values: Values,
) -> ApiResult<Loaded> {
    let request = ctx.request();
    let measurements = async {
        Ok(match values {
            Values::All => load_one(request, ValuesOfCommitment(commitment.id))
                .await?
                .unwrap_or_default(),
            Values::LatestAsAt { on, rows } => {
                let key = LatestMeasurementsOf {
                    commitment: commitment.id,
                    skip: 0,
                    rows,
                    effective_only: true,
                    on_or_before: Some(on),
                };
                let latest = load_or_default(request, key).await?;
                latest.into_iter().map(|(m, _)| m.into()).collect()
            }
        })
    };
    let (trajectory, measurements, benefit) = try_join!(
        load_one(request, PlanOfCommitment(commitment.id)),
        measurements,
        load_one(request, BenefitById(commitment.benefit_id)),
    )?;
    let benefit = benefit.ok_or_else(|| {
        ApiError::from(anyhow::anyhow!(
            "commitment {} refers to a missing benefit",
            commitment.id
        ))
    })?;
    Ok(Loaded {
        commitment: commitment.into(),
        trajectory: trajectory.unwrap_or_default(),
        measurements,
        direction: benefit.direction,
        measure_kind: benefit.measure_kind,
    })
}

/// `Commitment.progress(asAt)`.
pub async fn commitment_progress(
    ctx: &Context<'_>,
    commitment: &commitment::Model,
    as_at: Option<Date>,
) -> ApiResult<CommitmentProgress> {
    let as_at = ctx.as_at(as_at);
    let selection = ctx.look_ahead();
    let latest = if FROM_THE_WINDOW.iter().any(|f| selection.field(f).exists()) {
        FORECAST_WINDOW as u32
    } else {
        1
    };
    let values = Values::LatestAsAt {
        on: as_at,
        rows: latest,
    };
    let loaded = load(ctx, commitment, values).await?;
    let rows = loaded.rows();
    Ok(CommitmentProgress::new(
        as_at,
        rows.assess(as_at),
        rows.actual(as_at).map(|(on, _)| on),
    ))
}

/// `Commitment.spc(asAt)`: null when nothing was measured on or before the date.
pub async fn commitment_spc(
    ctx: &Context<'_>,
    commitment: &commitment::Model,
    as_at: Option<Date>,
) -> ApiResult<Option<SpcAnalysis>> {
    let as_at = ctx.as_at(as_at);
    let loaded = load(ctx, commitment, Values::All).await?;
    let analysis = loaded.rows().spc(as_at, loaded.measure_kind);
    Ok(analysis.map(|a| SpcAnalysis::new(as_at, a)))
}

async fn snapshot(
    ctx: &Context<'_>,
    programme: i32,
    as_at: Option<Date>,
) -> ApiResult<Arc<Snapshot>> {
    let key = SnapshotOf {
        programme,
        as_at: ctx.as_at(as_at),
    };
    let snapshots = ctx.data_unchecked::<DataLoader<SnapshotLoader>>();
    snapshots.load_one(key).await?.ok_or_else(|| {
        ApiError::from(anyhow::anyhow!(
            "no snapshot was computed for programme {programme}"
        ))
    })
}

/// A benefit's position in its programme's snapshot.
fn position(snapshot: &Snapshot, benefit: &benefit::Model) -> ApiResult<usize> {
    snapshot.benefit_position(benefit.id).ok_or_else(|| {
        ApiError::from(anyhow::anyhow!(
            "benefit {} is missing from its programme's snapshot",
            benefit.id
        ))
    })
}

/// `Benefit.realisation(asAt)`: over all its commitments.
pub async fn benefit_realisation(
    ctx: &Context<'_>,
    benefit: &benefit::Model,
    as_at: Option<Date>,
) -> ApiResult<BenefitRealisation> {
    let snapshot = snapshot(ctx, benefit.programme_id, as_at).await?;
    let b = position(&snapshot, benefit)?;
    let programme = &snapshot.programme;
    BenefitRealisation::new(snapshot.clone(), b, programme)
        .ok_or_else(|| ApiError::from(anyhow::anyhow!("benefit {b} has no realisation")))
}

/// `Benefit.coverage(asAt, first, after, last, before)`.
pub async fn benefit_coverage(
    ctx: &Context<'_>,
    benefit: &benefit::Model,
    as_at: Option<Date>,
    page: PageArgs,
) -> ApiResult<BenefitCoverage> {
    let snapshot = snapshot(ctx, benefit.programme_id, as_at).await?;
    let b = position(&snapshot, benefit)?;
    Ok(BenefitCoverage::new(&snapshot, b, page))
}

/// `Organisation.realisation(programme, asAt)`: over the organisation and everything PART_OF
/// it as at the date; null when the programme does not exist.
pub async fn organisation_realisation(
    ctx: &Context<'_>,
    organisation: i32,
    programme: &ID,
    as_at: Option<Date>,
) -> ApiResult<Option<ScopeRealisation>> {
    let programme = decode_as(programme, NodeType::Programme)?;
    if load_one(ctx.request(), ProgrammeById(programme))
        .await?
        .is_none()
    {
        return Ok(None);
    }
    let snapshot = snapshot(ctx, programme, as_at).await?;
    let aggregate = snapshot.scope(organisation);
    Ok(Some(ScopeRealisation::new(
        snapshot,
        Some(organisation),
        aggregate,
    )))
}

/// `Programme.realisation(asAt)`.
pub async fn programme_realisation(
    ctx: &Context<'_>,
    programme: &programme::Model,
    as_at: Option<Date>,
) -> ApiResult<ProgrammeRealisation> {
    Ok(ProgrammeRealisation::new(
        snapshot(ctx, programme.id, as_at).await?,
    ))
}

/// `Programme.register(asAt, filter, orderBy, ...)`.
pub async fn programme_register(
    ctx: &Context<'_>,
    programme: &programme::Model,
    as_at: Option<Date>,
    filter: Option<RegisterFilter>,
    order: Option<RegisterOrder>,
    args: PageArgs,
) -> ApiResult<Connection<RegisterEntry>> {
    let snapshot = snapshot(ctx, programme.id, as_at).await?;
    register(snapshot, filter, order, args)
}

/// `Programme.ownership(asAt)`.
pub async fn programme_ownership(
    ctx: &Context<'_>,
    programme: &programme::Model,
    as_at: Option<Date>,
) -> ApiResult<ProgrammeOwnership> {
    let snapshot = snapshot(ctx, programme.id, as_at).await?;
    Ok(ProgrammeOwnership::new(&snapshot))
}
