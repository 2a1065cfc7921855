//! The snapshots of the last few (programme, date) pairs, kept per server instance.
//!
//! A snapshot of a national programme takes seconds to compute (100,000 commitments) and a
//! dashboard reads the same one again and again, so each instance keeps the latest few. Several
//! instances share the database, and any of them (or an import, or `psql`) may change the rows,
//! so a cached snapshot is only used while the database's `data_version` counter is the one it
//! was computed under: every write to the tables the figures read bumps the counter in the
//! writing transaction (see the `track_data_version` migration). The counter is read *before*
//! the rows, so a snapshot is never older than the version it is filed under.
//!
//! A snapshot kept under an older version is the start of the next one: the audit events
//! since it was read say what changed, and when that is only some of the programme's
//! commitments (a value recorded, a sign-off), only their rows are read and the roll-ups made
//! again ([`Snapshot::patched`]). Anything else reads the whole programme.
//!
//! One computation per key at a time: concurrent requests for the same cold snapshot wait for
//! the first rather than each loading the programme (which would multiply memory and time).
//! The entries are kept by the `lru` crate (least recently used goes first), and the single
//! flight is tokio's `OnceCell`.

use std::num::NonZeroUsize;
use std::sync::{Arc, Mutex};
use std::time::Instant;

use chrono::NaiveDate;
use lru::LruCache;
use prometheus_client::metrics::counter::Counter;
use sea_orm::{DatabaseConnection, DbBackend, DbErr, TransactionTrait};
use tokio::sync::OnceCell;

use super::changes;
use super::snapshot::{Patch, Snapshot, patch_for};
use super::store;
use crate::telemetry::metrics::CacheStats;

/// How many snapshots an instance keeps: the dates a dashboard is looking at, for a programme
/// or two. At national scale a snapshot is about 15 MB.
const CAPACITY: NonZeroUsize = NonZeroUsize::new(4).unwrap();

/// Which snapshot: a programme as at a date.
pub type SnapshotKey = (i32, NaiveDate);

/// A snapshot being built or built, under the data version it reads.
struct Entry {
    version: i64,
    cell: Arc<OnceCell<Arc<Snapshot>>>,
}

/// The instance's snapshots. Cloning shares them.
#[derive(Clone)]
pub struct SnapshotCache {
    entries: Arc<Mutex<LruCache<SnapshotKey, Entry>>>,
    stats: CacheStats,
    /// Snapshot builds run one at a time: a request asking for many dates (or many such
    /// requests) takes one core at most, and everyone else keeps the other.
    builds: Arc<tokio::sync::Semaphore>,
}

/// How many snapshots are built at once.
const CONCURRENT_BUILDS: usize = 1;

impl Default for SnapshotCache {
    fn default() -> Self {
        Self {
            entries: Arc::new(Mutex::new(LruCache::new(CAPACITY))),
            stats: CacheStats {
                hits: Counter::default(),
                misses: Counter::default(),
                patches: Counter::default(),
                build_seconds: crate::telemetry::metrics::duration_histogram(),
            },
            builds: Arc::new(tokio::sync::Semaphore::new(CONCURRENT_BUILDS)),
        }
    }
}

impl std::fmt::Debug for SnapshotCache {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("SnapshotCache")
    }
}

impl SnapshotCache {
    /// The cache's counts, shared with the metrics.
    pub fn stats(&self) -> CacheStats {
        self.stats.clone()
    }

    /// The snapshots of `keys` as the database stands now: one statement to read the data
    /// version, and the programme's rows for each key not cached under it.
    pub async fn get_many(
        &self,
        db: &DatabaseConnection,
        keys: &[SnapshotKey],
    ) -> Result<Vec<(SnapshotKey, Arc<Snapshot>)>, DbErr> {
        let version = store::data_version(db).await?;
        let mut out = Vec::with_capacity(keys.len());
        for &key in keys {
            let (cell, previous) = self.cell(key, version);
            let mut built = false;
            let snapshot = cell
                .get_or_try_init(|| async {
                    let _permit =
                        self.builds.acquire().await.map_err(|e| {
                            DbErr::Custom(format!("the snapshot builds stopped: {e}"))
                        })?;
                    built = true;
                    let started = Instant::now();
                    let snapshot = match previous {
                        Some(previous) => match patch(db, &previous, key.0).await? {
                            Some(patched) => {
                                self.stats.patches.inc();
                                Ok(patched)
                            }
                            None => compute(db, key, version).await,
                        },
                        None => compute(db, key, version).await,
                    };
                    self.stats
                        .build_seconds
                        .observe(started.elapsed().as_secs_f64());
                    snapshot
                })
                .await?
                .clone();
            if built {
                self.stats.misses.inc();
            } else {
                self.stats.hits.inc();
            }
            out.push((key, snapshot));
        }
        Ok(out)
    }

    /// The cell for `key` at `version`: the cached one, or a new one that replaces an older
    /// version's (or the least recently used entry, when full), with the older version's
    /// snapshot to start from when there is one.
    fn cell(
        &self,
        key: SnapshotKey,
        version: i64,
    ) -> (Arc<OnceCell<Arc<Snapshot>>>, Option<Arc<Snapshot>>) {
        // A poisoned lock only means another request panicked mid-update: start afresh.
        let mut entries = self.entries.lock().unwrap_or_else(|poisoned| {
            let mut guard = poisoned.into_inner();
            guard.clear();
            guard
        });
        match entries.get_mut(&key) {
            Some(entry) if entry.version == version => (entry.cell.clone(), None),
            // This request read the counter before someone else's newer read: compute for this
            // request alone rather than replace the newer entry.
            Some(entry) if entry.version > version => (Arc::new(OnceCell::new()), None),
            Some(entry) => {
                let previous = entry.cell.get().cloned();
                *entry = Entry {
                    version,
                    cell: Arc::new(OnceCell::new()),
                };
                (entry.cell.clone(), previous)
            }
            None => {
                let cell = Arc::new(OnceCell::new());
                entries.put(
                    key,
                    Entry {
                        version,
                        cell: cell.clone(),
                    },
                );
                (cell, None)
            }
        }
    }
}

/// Reads and assesses a programme as at a date, logging how long each half took.
async fn compute(
    db: &DatabaseConnection,
    (programme, as_at): SnapshotKey,
    version: i64,
) -> Result<Arc<Snapshot>, DbErr> {
    let started = Instant::now();
    let position = crate::live::audit_position(db).await?;
    // On SQLite the seven reads share one read transaction, so they see one state of the file,
    // on one connection: read at once on seven, a national programme's first snapshot raised
    // a fresh server's memory by about 70 MiB, on one by about 50, in about the same 1 to 1.4 s.
    let rows = if db.get_database_backend() == DbBackend::Sqlite {
        let txn = db.begin().await?;
        let rows = store::programme_rows(&txn, programme, as_at).await?;
        txn.commit().await?;
        rows
    } else {
        store::programme_rows(db, programme, as_at).await?
    };
    let read = started.elapsed();
    // Assessing 100,000 commitments is CPU work: keep it off the async workers.
    let snapshot =
        tokio::task::spawn_blocking(move || Arc::new(Snapshot::build(rows, as_at, position)))
            .await
            .map_err(|e| DbErr::Custom(format!("computing a snapshot: {e}")))?;
    tracing::info!(
        programme,
        %as_at,
        version,
        commitments = snapshot.items.len(),
        read_ms = read.as_millis() as u64,
        assess_ms = (started.elapsed() - read).as_millis() as u64,
        "computed a realisation snapshot"
    );
    Ok(snapshot)
}

/// The most audit events a snapshot is updated through; more read the programme again.
const PATCH_EVENTS: u64 = 500;

/// `previous` updated through the changes since it was read, when they allow it (see
/// [`patch_for`]); `None` when the programme must be read again.
async fn patch(
    db: &DatabaseConnection,
    previous: &Arc<Snapshot>,
    programme: i32,
) -> Result<Option<Arc<Snapshot>>, DbErr> {
    let started = Instant::now();
    // Read before the events and rows, as for a whole snapshot.
    let position = crate::live::audit_position(db).await?;
    let since = previous.position();
    let events = crate::live::read::events(db, since.after, &since.gaps, PATCH_EVENTS).await?;
    if events.len() as u64 >= PATCH_EVENTS {
        return Ok(None);
    }
    let Patch::Commitments(changed) = patch_for(programme, &events) else {
        return Ok(None);
    };
    let keys: Vec<i32> = changed.iter().copied().collect();
    let rows = if keys.is_empty() {
        changes::ChangedRows::default()
    } else {
        changes::rows_of(db, programme, previous.as_at, &keys).await?
    };
    let previous = previous.clone();
    let snapshot =
        tokio::task::spawn_blocking(move || Arc::new(previous.patched(&changed, rows, position)))
            .await
            .map_err(|e| DbErr::Custom(format!("updating a snapshot: {e}")))?;
    tracing::info!(
        programme,
        as_at = %snapshot.as_at,
        events = events.len(),
        commitments = keys.len(),
        ms = started.elapsed().as_millis() as u64,
        "updated a realisation snapshot"
    );
    Ok(Some(snapshot))
}
