//! The benefits register: a programme's commitments in one list with their figures as at a
//! date, filtered and sorted on the server from the programme's [`Snapshot`], so a board can
//! page through 100,000 commitments by RAG or variance without any figure computed twice.

use std::cmp::Ordering;
use std::sync::Arc;

use async_graphql::{Context, Enum, ID, InputObject, Object};
use entity::enums::CommitmentStatus;

use super::progress::Rag;
use crate::analytics::{self, CommitmentState};
use crate::commitments::CommitmentById;
use crate::graphql::connection::{Connection, PageArgs, page_in_memory};
use crate::graphql::context::ContextExt;
use crate::graphql::error::ApiResult;
use crate::graphql::ids::{NodeType, decode_as};
use crate::graphql::loader::load_one;
use crate::graphql::scalars::Date;
use crate::realisation::snapshot::{Item, Snapshot};
use crate::schema::commitments::Commitment;
use crate::schema::stakeholders::Person;
use crate::stakeholders::PersonById;

/// Which commitments of the register to list.
#[derive(InputObject, Default)]
pub struct RegisterFilter {
    /// Only commitments to this benefit.
    pub benefit: Option<ID>,
    /// Only commitments of this organisation and of the organisations PART_OF it as at the
    /// date (a region, an area team, a trust).
    pub within: Option<ID>,
    /// Only commitments with these RAG ratings.
    pub rags: Option<Vec<Rag>>,
    /// Only commitments in these statuses.
    pub statuses: Option<Vec<CommitmentStatus>>,
}

/// What the register is sorted by.
#[derive(Enum, Clone, Copy, PartialEq, Eq, Debug, Default)]
pub enum RegisterSort {
    /// Benefit code, then organisation (the register's natural order).
    #[default]
    Benefit,
    /// RAG, worst first (RED, AMBER, GREEN, BLUE, NOT_MEASURED) when ascending.
    Rag,
    /// Variance (progress minus planned progress), most behind first when ascending;
    /// commitments without a measurement last.
    Variance,
    /// Progress towards the target, least first when ascending; unmeasured last.
    Progress,
}

/// Which way a sort runs.
#[derive(Enum, Clone, Copy, PartialEq, Eq, Debug, Default)]
pub enum SortDirection {
    /// As the sort's description says.
    #[default]
    Ascending,
    /// The other way round (ties stay in benefit and organisation order).
    Descending,
}

/// How to sort the register.
#[derive(InputObject, Default)]
pub struct RegisterOrder {
    /// The key.
    #[graphql(default)]
    pub by: RegisterSort,
    /// The direction.
    #[graphql(default)]
    pub direction: SortDirection,
}

/// One row of the register: a commitment with its figures as at the register's date.
pub struct RegisterEntry {
    snapshot: Arc<Snapshot>,
    index: usize,
}

impl RegisterEntry {
    fn item(&self) -> &Item {
        &self.snapshot.items[self.index]
    }
}

/// One row of the benefits register: a commitment and its figures as at the register's date.
#[Object]
impl RegisterEntry {
    /// The commitment (its organisation, benefit, owner, status and what the viewer may do).
    async fn commitment(&self, ctx: &Context<'_>) -> ApiResult<Option<Commitment>> {
        Ok(
            load_one(ctx.request(), CommitmentById(self.item().commitment))
                .await?
                .map(Commitment),
        )
    }
    /// The date the figures are as at.
    async fn as_at(&self) -> Date {
        Date(self.snapshot.as_at)
    }
    /// The commitment's status as it stood on the date (its history's), which the register's
    /// status filter reads; `commitment.status` is today's.
    async fn status(&self) -> CommitmentStatus {
        status_of(self.item().figures.state)
    }
    /// The commitment's named owner as it stood on the date.
    async fn owner(&self, ctx: &Context<'_>) -> ApiResult<Option<Person>> {
        Ok(match self.item().owner {
            Some(id) => load_one(ctx.request(), PersonById(id)).await?.map(Person),
            None => None,
        })
    }
    /// The latest measured value on or before the date; null when none.
    async fn actual(&self) -> Option<f64> {
        self.item().figures.actual
    }
    /// The planned value on the date.
    async fn planned(&self) -> f64 {
        self.item().figures.planned
    }
    /// (actual - baseline) / (target - baseline); null when unmeasured.
    async fn progress(&self) -> Option<f64> {
        self.item().figures.progress
    }
    /// (planned - baseline) / (target - baseline).
    async fn planned_progress(&self) -> f64 {
        self.item().figures.planned_progress
    }
    /// progress - planned progress; null when unmeasured.
    async fn variance(&self) -> Option<f64> {
        let f = &self.item().figures;
        f.progress.map(|p| p - f.planned_progress)
    }
    /// The RAG rating.
    async fn rag(&self) -> Rag {
        self.item().figures.rag.into()
    }
    /// Whether a service that enables the benefit is LIVE at the organisation: whether the
    /// benefit is achievable there at all.
    async fn enabling_service_live(&self) -> bool {
        let item = self.item();
        self.snapshot.enabled(item.benefit, item.organisation)
    }
}

/// Worst first: the order a board reads RAG in.
fn rag_rank(rag: analytics::Rag) -> u8 {
    match rag {
        analytics::Rag::Red => 0,
        analytics::Rag::Amber => 1,
        analytics::Rag::Green => 2,
        analytics::Rag::Blue => 3,
        analytics::Rag::NotMeasured => 4,
    }
}

/// The status a commitment in `state` shows.
pub fn status_of(state: CommitmentState) -> CommitmentStatus {
    match state {
        CommitmentState::Draft => CommitmentStatus::Draft,
        CommitmentState::Proposed => CommitmentStatus::Proposed,
        CommitmentState::Agreed => CommitmentStatus::Agreed,
        CommitmentState::SignedOff => CommitmentStatus::SignedOff,
        CommitmentState::Realised => CommitmentStatus::Realised,
        CommitmentState::Withdrawn => CommitmentStatus::Withdrawn,
        CommitmentState::Transferred => CommitmentStatus::Transferred,
    }
}

/// Missing values sort after every present one, whichever the direction.
fn by_value(a: Option<f64>, b: Option<f64>, direction: SortDirection) -> Ordering {
    match (a, b) {
        (Some(x), Some(y)) => {
            let o = x.total_cmp(&y);
            if direction == SortDirection::Descending {
                o.reverse()
            } else {
                o
            }
        }
        (Some(_), None) => Ordering::Less,
        (None, Some(_)) => Ordering::Greater,
        (None, None) => Ordering::Equal,
    }
}

/// The positions in `snapshot.items` that `filter` keeps, in `order`. Items are already in
/// benefit and organisation order, which a stable sort keeps for ties.
pub fn select(
    snapshot: &Snapshot,
    benefit: Option<i32>,
    within: Option<&std::collections::HashSet<i32>>,
    rags: Option<&[analytics::Rag]>,
    statuses: Option<&[CommitmentStatus]>,
    order: &RegisterOrder,
) -> Vec<usize> {
    let benefit = benefit.map(|b| snapshot.benefit_position(b));
    let mut rows: Vec<usize> = snapshot
        .items
        .iter()
        .enumerate()
        .filter(|(_, i)| benefit.is_none_or(|b| b == Some(i.benefit)))
        .filter(|(_, i)| within.is_none_or(|w| w.contains(&i.organisation)))
        .filter(|(_, i)| rags.is_none_or(|r| r.contains(&i.figures.rag)))
        .filter(|(_, i)| statuses.is_none_or(|s| s.contains(&status_of(i.figures.state))))
        .map(|(n, _)| n)
        .collect();
    let figures = |n: &usize| &snapshot.items[*n].figures;
    let variance = |n: &usize| figures(n).progress.map(|p| p - figures(n).planned_progress);
    match order.by {
        RegisterSort::Benefit => {
            if order.direction == SortDirection::Descending {
                rows.reverse();
            }
        }
        RegisterSort::Rag => rows.sort_by(|a, b| {
            let o = rag_rank(figures(a).rag).cmp(&rag_rank(figures(b).rag));
            if order.direction == SortDirection::Descending {
                o.reverse()
            } else {
                o
            }
        }),
        RegisterSort::Variance => {
            rows.sort_by(|a, b| by_value(variance(a), variance(b), order.direction));
        }
        RegisterSort::Progress => {
            rows.sort_by(|a, b| by_value(figures(a).progress, figures(b).progress, order.direction))
        }
    }
    rows
}

/// `Programme.register`.
pub fn register(
    snapshot: Arc<Snapshot>,
    filter: Option<RegisterFilter>,
    order: Option<RegisterOrder>,
    args: PageArgs,
) -> ApiResult<Connection<RegisterEntry>> {
    let filter = filter.unwrap_or_default();
    let order = order.unwrap_or_default();
    let benefit = filter
        .benefit
        .as_ref()
        .map(|b| decode_as(b, NodeType::Benefit))
        .transpose()?;
    let within = filter
        .within
        .as_ref()
        .map(|o| decode_as(o, NodeType::Organisation))
        .transpose()?
        .map(|root| snapshot.within(root));
    let rags: Option<Vec<analytics::Rag>> = filter
        .rags
        .map(|r| r.into_iter().map(analytics::Rag::from).collect());
    let rows = select(
        &snapshot,
        benefit,
        within.as_ref(),
        rags.as_deref(),
        filter.statuses.as_deref(),
        &order,
    );
    Ok(
        page_in_memory(args, rows)?.into_connection(|index| RegisterEntry {
            snapshot: snapshot.clone(),
            index,
        }),
    )
}
