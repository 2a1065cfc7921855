//! Answers to repeated reads, kept in memory and never stale.
//!
//! An answer is kept under everything it depends on: the document (or its persisted hash), the
//! operation, the variables, what the caller may see (their role and organisation, which decide
//! contact details and `viewerCan`; and who they are when the document asks for the `viewer`),
//! today's date (the default of every `asAt`) and the graph version it was computed under. The
//! version is read as execution starts, after validation, so an answer is never kept under a
//! version older than the rows it read; any committed write moves the version on (see
//! `db::GraphVersion`), after which the entry is not served again.
//!
//! Only queries that answered without an error are kept. A caller who sends
//! `Cache-Control: no-cache` (or `no-store`) bypasses the cache both ways.

use std::sync::{Arc, Mutex};

use actix_web::HttpRequest;
use actix_web::http::header;
use async_graphql::Pos;
use async_graphql::{Request, Response};
use chrono::NaiveDate;
use lru::LruCache;
use sea_orm::DbErr;

use crate::auth::Caller;
use crate::db::{Db, GraphVersion};
use crate::graphql::connection::Counts;
use crate::graphql::error::{ApiError, is_unreachable};
use crate::telemetry::metrics::ResponseCacheStats;

/// The cache's default size.
pub const DEFAULT_MIB: usize = 32;

/// One kept answer.
pub(super) struct Cached {
    /// The graph version it was computed under.
    version: i64,
    /// Its `data`, as JSON.
    pub(super) data: String,
    /// Its cost, charged again to each caller it is served to.
    pub(super) cost: usize,
    /// The operation's name, for the log line and the metrics.
    pub(super) operation: String,
}

impl Cached {
    fn bytes(&self, key: &str) -> usize {
        key.len() + self.data.len() + self.operation.len() + std::mem::size_of::<Self>()
    }
}

struct Entries {
    lru: LruCache<String, Arc<Cached>>,
    bytes: usize,
}

/// The instance's kept answers, bounded in bytes.
pub struct ResponseCache {
    entries: Mutex<Entries>,
    max_bytes: usize,
    version: GraphVersion,
    stats: ResponseCacheStats,
    /// Lists' lengths, kept under the same versions as the answers.
    counts: Arc<Counts>,
}

impl ResponseCache {
    /// A cache of at most `mib` MiB (0 turns it off) over `version`.
    pub fn new(mib: usize, version: GraphVersion) -> Self {
        let stats = ResponseCacheStats::default();
        Self {
            entries: Mutex::new(Entries {
                lru: LruCache::unbounded(),
                bytes: 0,
            }),
            max_bytes: mib * 1024 * 1024,
            version,
            counts: Arc::new(Counts::new(stats.clone())),
            stats,
        }
    }

    /// The lists' lengths kept beside the answers, for a request's fields to use.
    pub fn counts(&self) -> Arc<Counts> {
        self.counts.clone()
    }

    /// Its counts, for the metrics.
    pub fn stats(&self) -> ResponseCacheStats {
        self.stats.clone()
    }

    /// The key of a request whose answer may be kept, or `None`.
    pub(super) fn key(
        &self,
        http: &HttpRequest,
        request: &Request,
        caller: &Caller,
        today: NaiveDate,
    ) -> Option<String> {
        if self.max_bytes == 0 || bypasses(http) || !request.uploads.is_empty() {
            return None;
        }
        // A persisted query's hash is part of it: a wrong one is refused, not answered.
        let document = match request.extensions.get("persistedQuery") {
            Some(persisted) => format!("{}#{persisted}", request.query),
            None => request.query.clone(),
        };
        let who = if document.contains("viewer") {
            format!("{}\u{1}{}", caller.issuer, caller.subject)
        } else {
            String::new()
        };
        let variables = serde_json::to_string(&request.variables).ok()?;
        Some(
            [
                document.as_str(),
                request.operation_name.as_deref().unwrap_or(""),
                &variables,
                caller.role.as_str(),
                caller.organisation.as_deref().unwrap_or(""),
                &who,
                &today.to_string(),
            ]
            .join("\u{0}"),
        )
    }

    /// The answer kept under `key`, when it is current. Without the version (the database
    /// cannot be reached), none is: whether it is current cannot be known.
    pub(super) async fn get(&self, key: &str, db: &Db) -> Result<Option<Arc<Cached>>, DbErr> {
        let kept = match self.entries.lock() {
            Ok(entries) => entries.lru.peek(key).cloned(),
            Err(_) => None,
        };
        let Some(kept) = kept else {
            self.stats.misses.inc();
            return Ok(None);
        };
        let current = self.version.current(db).await?;
        let Ok(mut entries) = self.entries.lock() else {
            return Ok(None);
        };
        if kept.version == current {
            entries.lru.promote(key);
            self.stats.hits.inc();
            Ok(Some(kept))
        } else {
            if let Some(old) = entries.lru.pop(key) {
                entries.bytes = entries.bytes.saturating_sub(old.bytes(key));
            }
            self.stats.misses.inc();
            Ok(None)
        }
    }

    /// Keeps the answer to a query computed under `version`, when it answered without error,
    /// evicting the least recently used answers beyond the size.
    pub(super) fn put(
        &self,
        key: String,
        version: i64,
        response: &Response,
        cost: usize,
        operation: &str,
    ) {
        if !response.errors.is_empty() || response.data == async_graphql::Value::Null {
            return;
        }
        let Ok(data) = serde_json::to_string(&response.data) else {
            return;
        };
        let cached = Cached {
            version,
            data,
            cost,
            operation: operation.to_owned(),
        };
        let size = cached.bytes(&key);
        if size > self.max_bytes / 8 {
            return; // One answer never takes over the cache.
        }
        let Ok(mut entries) = self.entries.lock() else {
            return;
        };
        if let Some(old) = entries.lru.put(key.clone(), Arc::new(cached)) {
            entries.bytes = entries.bytes.saturating_sub(old.bytes(&key));
        }
        entries.bytes += size;
        while entries.bytes > self.max_bytes {
            let Some((k, old)) = entries.lru.pop_lru() else {
                break;
            };
            entries.bytes = entries.bytes.saturating_sub(old.bytes(&k));
        }
    }
}

/// Whether the request asks not to be answered from, or kept in, a cache.
fn bypasses(http: &HttpRequest) -> bool {
    http.headers()
        .get_all(header::CACHE_CONTROL)
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(','))
        .any(|d| matches!(d.trim(), "no-cache" | "no-store"))
}

impl ResponseCache {
    /// The graph version a keepable request's fields start under, read once its checks have
    /// passed, so a request refused before it runs reads nothing. `Ok(None)` when the read
    /// failed for a reason of its own (the answer is then not kept); an error response when
    /// the database cannot be reached, as nothing else would reach it either: answer now, not
    /// after a second wait for a connection.
    pub(super) async fn version_at_start(&self, db: &Db) -> Result<Option<i64>, Response> {
        match self.version.current(db).await {
            Ok(version) => Ok(Some(version)),
            Err(e) if is_unreachable(&e) => {
                let error = async_graphql::Error::from(ApiError::from(e));
                Err(Response::from_errors(vec![
                    error.into_server_error(Pos::default()),
                ]))
            }
            Err(e) => {
                tracing::warn!(error = %e, "reading the graph version");
                Ok(None)
            }
        }
    }
}
