//! The GraphQL types of a programme's realisation (by benefit and by region) and of a
//! benefit's coverage with the eligible organisations that have not committed.

use std::collections::HashMap;
use std::sync::Arc;

use async_graphql::{Context, Object};

use super::rollups::{BenefitRealisation, RagCounts, ScopeRealisation, StatusCounts, count};
use crate::analytics::Coverage;
use crate::graphql::connection::{Connection, Page, PageArgs, page_in_memory};
use crate::graphql::context::ContextExt;
use crate::graphql::error::ApiResult;
use crate::graphql::loader::load_many;
use crate::graphql::scalars::Date;
use crate::organisations::{OrganisationById, OrganisationRow};
use crate::realisation::snapshot::Snapshot;
use crate::schema::organisations::Organisation;

/// A programme's realisation as at a date.
pub struct ProgrammeRealisation {
    snapshot: Arc<Snapshot>,
}

impl ProgrammeRealisation {
    /// The realisation of the programme of `snapshot`.
    pub fn new(snapshot: Arc<Snapshot>) -> Self {
        Self { snapshot }
    }
}

/// A programme's realisation as at a date: over all its commitments, by benefit and by region.
#[Object]
impl ProgrammeRealisation {
    /// The date the figures are as at.
    async fn as_at(&self) -> Date {
        Date(self.snapshot.as_at)
    }
    /// Live commitments by RAG status, over every benefit.
    async fn rag_counts(&self) -> RagCounts {
        self.snapshot.programme.counts.rag_counts.into()
    }
    /// All commitments, live or not, by status.
    async fn by_status(&self) -> StatusCounts {
        self.snapshot.programme.counts.by_status.into()
    }
    /// How many commitments are live.
    async fn live_commitments(&self) -> i32 {
        count(self.snapshot.programme.counts.live_commitments)
    }
    /// Each benefit over all its commitments, by benefit code.
    async fn by_benefit(&self) -> Vec<BenefitRealisation> {
        BenefitRealisation::by_benefit(&self.snapshot, &self.snapshot.programme)
    }
    /// Each region (a REGIONAL_TEAM organisation, or before 2013 a STRATEGIC_HEALTH_AUTHORITY)
    /// with commitments, by name, then the commitments of organisations in no region as at the
    /// date (with a null organisation): a commitment counts in the region its organisation is
    /// PART_OF, transitively, so the regions' counts add up to the programme's.
    async fn by_region(&self, ctx: &Context<'_>) -> ApiResult<Vec<ScopeRealisation>> {
        let keys = self
            .snapshot
            .regions
            .iter()
            .filter_map(|(region, _)| region.map(OrganisationById))
            .collect();
        let names: HashMap<i32, String> = load_many(ctx.request(), keys)
            .await?
            .into_iter()
            .map(|o| (o.id, o.name))
            .collect();
        let mut scopes: Vec<ScopeRealisation> = self
            .snapshot
            .regions
            .iter()
            .map(|(region, aggregate)| {
                ScopeRealisation::new(self.snapshot.clone(), *region, aggregate.clone())
            })
            .collect();
        scopes.sort_by_cached_key(|s| {
            let key = s.organisation_key();
            (key.is_none(), key.and_then(|k| names.get(&k).cloned()), key)
        });
        Ok(scopes)
    }
}

/// Which organisations that could realise a benefit have committed to it, as at a date.
pub struct BenefitCoverage {
    as_at: chrono::NaiveDate,
    coverage: Coverage,
    page: PageArgs,
}

impl BenefitCoverage {
    /// The coverage of the benefit at `position` of `snapshot`, with the page of the
    /// organisations not committed that the caller asked for.
    pub fn new(snapshot: &Snapshot, position: usize, page: PageArgs) -> Self {
        Self {
            as_at: snapshot.as_at,
            coverage: snapshot.coverage(position),
            page,
        }
    }
}

/// Which organisations that could realise a benefit have committed to it, as at a date. An
/// organisation is eligible when a service that enables the benefit is LIVE there (and went
/// live on or before the date).
#[Object]
impl BenefitCoverage {
    /// The date the figures are as at.
    async fn as_at(&self) -> Date {
        Date(self.as_at)
    }
    /// Organisations with a LIVE deployment of a service that enables the benefit.
    async fn eligible(&self) -> i32 {
        count(self.coverage.eligible)
    }
    /// Of those, how many have a live commitment to it.
    async fn committed(&self) -> i32 {
        count(self.coverage.committed)
    }
    /// committed / eligible; null when no organisation is eligible.
    async fn ratio(&self) -> Option<f64> {
        self.coverage.ratio
    }
    /// The eligible organisations without a live commitment, in key order, paged by the
    /// coverage field's `first`, `after`, `last` and `before`.
    async fn not_committed(&self, ctx: &Context<'_>) -> ApiResult<Connection<Organisation>> {
        let page = page_in_memory(self.page.clone(), self.coverage.not_committed.clone())?;
        let keys = page
            .items
            .iter()
            .filter_map(|(_, id)| i32::try_from(*id).ok().map(OrganisationById))
            .collect();
        let mut found: HashMap<i32, OrganisationRow> = load_many(ctx.request(), keys)
            .await?
            .into_iter()
            .map(|o| (o.id, o))
            .collect();
        let items = page
            .items
            .into_iter()
            .filter_map(|(cursor, id)| Some((cursor, found.remove(&i32::try_from(id).ok()?)?)))
            .collect();
        let page = Page {
            items,
            page_info: page.page_info,
            total: page.total,
        };
        Ok(page.into_connection(Organisation))
    }
}
