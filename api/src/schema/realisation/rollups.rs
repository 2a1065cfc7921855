//! The GraphQL types of roll-ups: a benefit's realisation, a scope's (an organisation and
//! everything PART_OF it, or a region), a programme's, and coverage and local ownership. Each
//! reads a shared [`Snapshot`]; the figures themselves come from [`crate::analytics`].

use std::sync::Arc;

use async_graphql::{Context, Object, SimpleObject};
use entity::enums::Rollup;

use super::progress::finite;
use crate::analytics::{self, Realisation};
use crate::graphql::context::ContextExt;
use crate::graphql::error::ApiResult;
use crate::graphql::loader::load_linked;
use crate::graphql::scalars::Date;
use crate::organisations::OrganisationById;
use crate::realisation::snapshot::{Aggregate, Snapshot};
use crate::schema::benefits::Benefit;
use crate::schema::organisations::Organisation;

/// A count as a GraphQL Int.
pub(crate) fn count(n: usize) -> i32 {
    i32::try_from(n).unwrap_or(i32::MAX)
}

/// Live commitments by RAG status.
#[derive(SimpleObject, Clone, Copy, Debug, PartialEq, Eq)]
pub struct RagCounts {
    /// Not measured yet.
    pub not_measured: i32,
    /// Target reached.
    pub blue: i32,
    /// Within tolerance of plan.
    pub green: i32,
    /// Within twice the tolerance.
    pub amber: i32,
    /// Further behind.
    pub red: i32,
}

impl From<analytics::RagCounts> for RagCounts {
    fn from(c: analytics::RagCounts) -> Self {
        Self {
            not_measured: count(c.not_measured),
            blue: count(c.blue),
            green: count(c.green),
            amber: count(c.amber),
            red: count(c.red),
        }
    }
}

/// All commitments, live or not, by lifecycle status.
#[derive(SimpleObject, Clone, Copy, Debug, PartialEq, Eq)]
pub struct StatusCounts {
    /// DRAFT.
    pub draft: i32,
    /// PROPOSED.
    pub proposed: i32,
    /// AGREED.
    pub agreed: i32,
    /// SIGNED_OFF.
    pub signed_off: i32,
    /// REALISED.
    pub realised: i32,
    /// WITHDRAWN (not live: left out of every other figure).
    pub withdrawn: i32,
    /// TRANSFERRED (not live: the successor's copy counts instead).
    pub transferred: i32,
}

impl From<analytics::StatusCounts> for StatusCounts {
    fn from(c: analytics::StatusCounts) -> Self {
        Self {
            draft: count(c.draft),
            proposed: count(c.proposed),
            agreed: count(c.agreed),
            signed_off: count(c.signed_off),
            realised: count(c.realised),
            withdrawn: count(c.withdrawn),
            transferred: count(c.transferred),
        }
    }
}

/// A benefit's realisation over the live commitments in a scope, as at a date.
pub struct BenefitRealisation {
    snapshot: Arc<Snapshot>,
    position: usize,
    figures: Realisation,
}

impl BenefitRealisation {
    /// The realisation of the benefit at `position` of `snapshot` over the commitments of
    /// `aggregate`.
    pub fn new(snapshot: Arc<Snapshot>, position: usize, aggregate: &Aggregate) -> Option<Self> {
        let figures = aggregate.by_benefit.get(position)?.clone();
        Some(Self {
            snapshot,
            position,
            figures,
        })
    }

    /// The realisation of every benefit of `snapshot` over the commitments of `aggregate`, by
    /// benefit code.
    pub fn by_benefit(snapshot: &Arc<Snapshot>, aggregate: &Aggregate) -> Vec<Self> {
        (0..snapshot.benefits.len())
            .filter_map(|b| Self::new(snapshot.clone(), b, aggregate))
            .collect()
    }
}

/// A benefit's realisation over the live commitments in a scope, as at a date. SUM benefits
/// add up amounts (committed, plannedToDate, realisedToDate); MEAN benefits average progress.
#[Object]
impl BenefitRealisation {
    /// The benefit.
    async fn benefit(&self) -> Option<Benefit> {
        self.snapshot
            .benefits
            .get(self.position)
            .map(|b| Benefit(b.clone()))
    }
    /// The date the figures are as at.
    async fn as_at(&self) -> Date {
        Date(self.snapshot.as_at)
    }
    /// How the benefit's local figures add up.
    async fn rollup(&self) -> Option<Rollup> {
        self.snapshot.benefits.get(self.position).map(|b| b.rollup)
    }
    /// SUM: the committed change, the sum of (target - baseline). Null for MEAN.
    async fn committed(&self) -> Option<f64> {
        self.figures.committed
    }
    /// SUM: the change planned by the date, the sum of (planned - baseline). Null for MEAN.
    async fn planned_to_date(&self) -> Option<f64> {
        self.figures.planned_to_date
    }
    /// SUM: the change realised by the date, the sum of (actual - baseline) over the measured
    /// commitments; null when none is measured, and for MEAN.
    async fn realised_to_date(&self) -> Option<f64> {
        self.figures.realised_to_date
    }
    /// MEAN: the mean progress of the measured commitments; null when none is measured, and
    /// for SUM.
    async fn mean_progress(&self) -> Option<f64> {
        self.figures.mean_progress.and_then(finite)
    }
    /// MEAN: the mean planned progress of the live commitments; null when none is live, and
    /// for SUM.
    async fn mean_planned_progress(&self) -> Option<f64> {
        self.figures.mean_planned_progress.and_then(finite)
    }
    /// Live commitments by RAG status.
    async fn rag_counts(&self) -> RagCounts {
        self.figures.rag_counts.into()
    }
    /// All commitments in scope, live or not, by status.
    async fn by_status(&self) -> StatusCounts {
        self.figures.by_status.into()
    }
    /// How many commitments in scope are live.
    async fn live_commitments(&self) -> i32 {
        count(self.figures.live_commitments)
    }
}

/// Realisation over a set of organisations: an organisation and everything PART_OF it, or a
/// region, as at a date.
pub struct ScopeRealisation {
    snapshot: Arc<Snapshot>,
    organisation: Option<i32>,
    aggregate: Arc<Aggregate>,
}

impl ScopeRealisation {
    /// The roll-ups of `aggregate`, the commitments under `organisation`.
    pub fn new(
        snapshot: Arc<Snapshot>,
        organisation: Option<i32>,
        aggregate: Arc<Aggregate>,
    ) -> Self {
        Self {
            snapshot,
            organisation,
            aggregate,
        }
    }

    /// The scope's organisation key.
    pub fn organisation_key(&self) -> Option<i32> {
        self.organisation
    }
}

/// Realisation over a set of organisations: an organisation and everything PART_OF it, or a
/// region, as at a date.
#[Object]
impl ScopeRealisation {
    /// The organisation at the head of the scope (the region); null for the commitments of
    /// organisations in no region on the date.
    async fn organisation(&self, ctx: &Context<'_>) -> ApiResult<Option<Organisation>> {
        Ok(
            load_linked(ctx.request(), self.organisation.map(OrganisationById))
                .await?
                .map(Organisation),
        )
    }
    /// The date the figures are as at.
    async fn as_at(&self) -> Date {
        Date(self.snapshot.as_at)
    }
    /// Live commitments in scope by RAG status, over every benefit.
    async fn rag_counts(&self) -> RagCounts {
        self.aggregate.counts.rag_counts.into()
    }
    /// All commitments in scope, live or not, by status.
    async fn by_status(&self) -> StatusCounts {
        self.aggregate.counts.by_status.into()
    }
    /// How many commitments in scope are live.
    async fn live_commitments(&self) -> i32 {
        count(self.aggregate.counts.live_commitments)
    }
    /// Each benefit of the programme over the commitments in scope, by benefit code.
    async fn by_benefit(&self) -> Vec<BenefitRealisation> {
        BenefitRealisation::by_benefit(&self.snapshot, &self.aggregate)
    }
}

/// Coverage counts: how many of the places where a benefit is achievable have committed to it.
#[derive(SimpleObject, Clone, Copy, Debug, PartialEq)]
pub struct CoverageSummary {
    /// Eligible: organisations (for a programme, organisation and benefit pairs) with a LIVE
    /// deployment of a service that enables the benefit.
    pub eligible: i32,
    /// Of those, how many have a live commitment to it.
    pub committed: i32,
    /// committed / eligible; null when nothing is eligible.
    pub ratio: Option<f64>,
}

impl From<&analytics::Coverage> for CoverageSummary {
    fn from(c: &analytics::Coverage) -> Self {
        Self {
            eligible: count(c.eligible),
            committed: count(c.committed),
            ratio: c.ratio,
        }
    }
}

/// Local ownership across a programme as at a date.
#[derive(SimpleObject, Clone, Copy, Debug, PartialEq)]
pub struct ProgrammeOwnership {
    /// The date the figures are as at.
    pub as_at: Date,
    /// How many commitments are live.
    pub live_commitments: i32,
    /// The share of live commitments that have a named owner and a board sign-off; null when
    /// none is live.
    pub local_ownership_index: Option<f64>,
    /// Coverage over every benefit, in (organisation, benefit) pairs.
    pub coverage: CoverageSummary,
}

impl ProgrammeOwnership {
    /// Local ownership of the programme of `snapshot`.
    pub fn new(snapshot: &Snapshot) -> Self {
        Self {
            as_at: Date(snapshot.as_at),
            live_commitments: count(snapshot.programme.counts.live_commitments),
            local_ownership_index: snapshot.ownership_index,
            coverage: (&snapshot.programme_coverage).into(),
        }
    }
}
