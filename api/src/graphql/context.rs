//! What every resolver can reach: the database, the request's DataLoader, "today" and the
//! verified caller.

use std::any::TypeId;
use std::collections::HashSet;
use std::sync::Arc;
use std::time::Duration;

use async_graphql::Context;
use async_graphql::dataloader::DataLoader;
use chrono::NaiveDate;

use super::batching::Batches;
use super::loader::{DbLoader, Primed};
use crate::db::Db;

/// The most keys one batch reads.
const MAX_BATCH: usize = 1000;

/// Per-request data, attached with `request.data(..)`.
pub struct RequestContext {
    /// The database.
    pub db: Db,
    /// The request's loader: built per request, so its cache never leaks between callers. It
    /// keeps only the rows another read brought along ([`Primed`]), and only in a query
    /// ([`Self::keep_primed_rows`]): nothing a write changes can be answered from it.
    pub loader: DataLoader<DbLoader, Primed>,
    /// The loader's batches, started by [`Batches::drive`] when the execution waits on data.
    pub batches: Batches,
    /// Today's date, the default `asAt`.
    pub today: NaiveDate,
    /// The caller's organisations for permission checks, read at most once per request.
    pub organisation_scope: tokio::sync::OnceCell<Arc<HashSet<i32>>>,
    /// The person linked to the caller's sign-in (confirmed or not), read at most once per
    /// request.
    pub caller_link: tokio::sync::OnceCell<Option<entity::person::Model>>,
    /// How long a loader waits to gather keys into a batch.
    batch_delay: Duration,
}

impl RequestContext {
    /// A fresh context for one request; `primed` names the keys whose rows a read may bring
    /// along for later fields (see [`Primed`]).
    pub fn new(db: Db, batch_delay: Duration, primed: fn(TypeId) -> bool) -> Self {
        Self::with_batches(db, batch_delay, Batches::default(), primed)
    }

    /// A context for a subscription's events, whose batches start at once (nothing drives
    /// them, see `batching.rs`), and which keeps no row: it lives as long as the subscription.
    pub fn for_subscriptions(db: Db, batch_delay: Duration) -> Self {
        Self::with_batches(db, batch_delay, Batches::immediate(), |_| false)
    }

    fn with_batches(
        db: Db,
        batch_delay: Duration,
        batches: Batches,
        primed: fn(TypeId) -> bool,
    ) -> Self {
        let loader = DataLoader::with_cache(
            DbLoader { db: db.clone() },
            batches.spawner(),
            Primed::new(primed),
        )
        .delay(batch_delay)
        .max_batch_size(MAX_BATCH);
        // Off until the request is known to be a query.
        loader.enable_all_cache(false);
        Self {
            db,
            loader,
            batches,
            today: chrono::Utc::now().date_naive(),
            organisation_scope: tokio::sync::OnceCell::new(),
            caller_link: tokio::sync::OnceCell::new(),
            batch_delay,
        }
    }

    /// Another DataLoader of this request (a domain's own, over its own state), batched and
    /// driven like the request's loader.
    pub fn loader<L: Send + Sync + 'static>(&self, loader: L) -> DataLoader<L> {
        Self::batched(&self.batches, self.batch_delay, loader)
    }

    fn batched<L: Send + Sync + 'static>(
        batches: &Batches,
        delay: Duration,
        loader: L,
    ) -> DataLoader<L> {
        DataLoader::new(loader, batches.spawner())
            .delay(delay)
            .max_batch_size(MAX_BATCH)
    }

    /// Lets fields answer from the rows other reads of this request brought along: for a
    /// query only, which writes nothing while it runs.
    pub fn keep_primed_rows(&self) {
        self.loader.enable_all_cache(true);
    }

    /// With today taken as `today` (the day a response cache key was made for).
    pub fn dated(mut self, today: NaiveDate) -> Self {
        self.today = today;
        self
    }
}

/// Shorthand for resolvers.
pub trait ContextExt {
    /// The request context.
    fn request(&self) -> &RequestContext;
    /// The given date, or today.
    fn as_at(&self, as_at: Option<super::scalars::Date>) -> NaiveDate {
        as_at.map_or(self.request().today, |d| d.0)
    }
}

impl ContextExt for Context<'_> {
    fn request(&self) -> &RequestContext {
        // The handler always attaches it; a schema executed without one is a programming error
        // caught by every test.
        self.data_unchecked::<RequestContext>()
    }
}
