//! Lists' lengths, kept under the graph version they were counted at. A list's `totalCount`
//! reads every row the filter lets through (16,407 for all organisations), and a client paging
//! through the list asks it again on every page; while the graph version stands, the rows and
//! so the count are the same, and the page reads only its own rows.
//!
//! A request uses the kept counts only when it runs under a version read as it started (which
//! the response cache reads for every request it may keep: see `schema::http::cached`); a
//! request that bypasses the cache with `Cache-Control: no-cache` counts afresh.

use std::num::NonZeroUsize;
use std::sync::Mutex;

use async_graphql::Context;
use lru::LruCache;
use sea_orm::{EntityTrait, PaginatorTrait, QueryTrait, Select};

use crate::graphql::context::ContextExt;
use crate::graphql::error::ApiResult;
use crate::telemetry::metrics::ResponseCacheStats;

/// How many lists' lengths an instance keeps: each is a statement's text and two numbers.
const KEPT: NonZeroUsize = NonZeroUsize::new(1024).unwrap();

/// The graph version the request's fields started under, when it was read.
#[derive(Clone, Copy, Debug)]
pub struct VersionAtStart(pub i64);

/// The instance's kept counts, by the counting statement's text (its filter, values inlined).
pub struct Counts {
    kept: Mutex<LruCache<String, (i64, u64)>>,
    stats: ResponseCacheStats,
}

impl Counts {
    /// Kept counts whose hits and misses count in `stats`.
    pub fn new(stats: ResponseCacheStats) -> Self {
        Self {
            kept: Mutex::new(LruCache::new(KEPT)),
            stats,
        }
    }

    fn get(&self, key: &str, version: i64) -> Option<u64> {
        let kept = self
            .kept
            .lock()
            .ok()
            .and_then(|mut kept| match kept.get(key) {
                Some(&(at, count)) if at == version => Some(count),
                _ => None,
            });
        match kept {
            Some(_) => self.stats.count_hits.inc(),
            None => self.stats.count_misses.inc(),
        };
        kept
    }

    fn put(&self, key: String, version: i64, count: u64) {
        if let Ok(mut kept) = self.kept.lock() {
            kept.put(key, (version, count));
        }
    }
}

/// How many rows `select` returns: kept from an earlier request under the same graph version
/// when there is one, counted otherwise.
pub(super) async fn count<E>(ctx: &Context<'_>, select: Select<E>) -> ApiResult<u64>
where
    E: EntityTrait,
    E::Model: Sync,
{
    let db = &ctx.request().db.conn;
    let key = || select.clone().build(db.get_database_backend()).to_string();
    kept_count(ctx, key, async { Ok(select.clone().count(db).await?) }).await
}

/// The length of the list `key` names (a counting statement's text, or any text naming the
/// list and its filter): kept from an earlier request under the same graph version when there
/// is one, `counted` otherwise (and then kept). The key is written only when counts are kept:
/// a request that counts afresh does not pay for it.
pub async fn kept_count(
    ctx: &Context<'_>,
    key: impl FnOnce() -> String,
    counted: impl Future<Output = ApiResult<u64>>,
) -> ApiResult<u64> {
    let (Some(counts), Some(&VersionAtStart(version))) = (
        ctx.data_opt::<std::sync::Arc<Counts>>(),
        ctx.data_opt::<VersionAtStart>(),
    ) else {
        return counted.await;
    };
    let key = key();
    if let Some(count) = counts.get(&key, version) {
        return Ok(count);
    }
    let count = counted.await?;
    counts.put(key, version, count);
    Ok(count)
}
