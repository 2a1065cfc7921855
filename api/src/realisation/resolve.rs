//! What the derived-figure fields of `Commitment`, `Benefit`, `Organisation` and `Programme`
//! do; their resolvers only delegate here. A commitment's own figures read its rows through
//! the DataLoader; roll-ups read the programme's [`Snapshot`] (one per programme and date per
//! request, see [`SnapshotOf`]).

use std::sync::Arc;

use async_graphql::{Context, ID};
use entity::{benefit, commitment, organisation, programme};
use futures_util::try_join;

use super::inputs::CommitmentRows;
use super::loaders::SnapshotOf;
use super::programme::{BenefitCoverage, ProgrammeRealisation};
use super::progress::{CommitmentProgress, SpcAnalysis};
use super::rollups::{BenefitRealisation, ProgrammeOwnership, ScopeRealisation};
use super::snapshot::Snapshot;
use crate::analytics;
use crate::benefits::{BenefitById, ProgrammeById};
use crate::commitments::{MeasurementsOfCommitment, TrajectoryOfCommitment};
use crate::graphql::connection::PageArgs;
use crate::graphql::context::ContextExt;
use crate::graphql::error::{ApiError, ApiResult};
use crate::graphql::ids::{NodeType, decode_as};
use crate::graphql::loader::load_one;
use crate::graphql::scalars::Date;

/// A commitment's trajectory, measurements and benefit, loaded together.
async fn rows_of(
    ctx: &Context<'_>,
    commitment: &commitment::Model,
) -> ApiResult<(
    Vec<entity::trajectory_point::Model>,
    Vec<entity::measurement::Model>,
    benefit::Model,
)> {
    let request = ctx.request();
    let (trajectory, measurements, benefit) = try_join!(
        load_one(request, TrajectoryOfCommitment(commitment.id)),
        load_one(request, MeasurementsOfCommitment(commitment.id)),
        load_one(request, BenefitById(commitment.benefit_id)),
    )?;
    let benefit = benefit.ok_or_else(|| {
        ApiError::from(anyhow::anyhow!(
            "commitment {} refers to a missing benefit",
            commitment.id
        ))
    })?;
    Ok((
        trajectory.unwrap_or_default(),
        measurements.unwrap_or_default(),
        benefit,
    ))
}

/// `Commitment.progress(asAt)`.
pub async fn commitment_progress(
    ctx: &Context<'_>,
    commitment: &commitment::Model,
    as_at: Option<Date>,
) -> ApiResult<CommitmentProgress> {
    let as_at = ctx.as_at(as_at);
    let (trajectory, measurements, benefit) = rows_of(ctx, commitment).await?;
    let rows = CommitmentRows {
        commitment,
        trajectory: &trajectory,
        measurements: &measurements,
        direction: benefit.direction,
    };
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
    let (trajectory, measurements, benefit) = rows_of(ctx, commitment).await?;
    let rows = CommitmentRows {
        commitment,
        trajectory: &trajectory,
        measurements: &measurements,
        direction: benefit.direction,
    };
    let analysis = analytics::analyse(
        &rows.series(as_at),
        super::inputs::direction(benefit.direction),
        Some(commitment.target),
    );
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
    load_one(ctx.request(), key).await?.ok_or_else(|| {
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
    let items: Vec<usize> = snapshot.span(b).collect();
    Ok(BenefitRealisation::new(snapshot, b, &items))
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
    organisation: &organisation::Model,
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
    let items = snapshot.scope(organisation.id);
    Ok(Some(ScopeRealisation::new(
        snapshot,
        Some(organisation.id),
        items,
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

/// `Programme.ownership(asAt)`.
pub async fn programme_ownership(
    ctx: &Context<'_>,
    programme: &programme::Model,
    as_at: Option<Date>,
) -> ApiResult<ProgrammeOwnership> {
    let snapshot = snapshot(ctx, programme.id, as_at).await?;
    Ok(ProgrammeOwnership::new(&snapshot))
}
