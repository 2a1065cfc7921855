//! The graph version: a counter that every committed write to any table bumps (the
//! `track_graph_version` migration), whichever instance or client makes it. Equal versions
//! mean equal rows, so whatever was computed from the rows under one version (a cached
//! response) may be served while it is current.
//!
//! "Current" is exact: a request is told a version read by a statement that *started after the
//! request asked*, so every write committed before it asked is counted. Requests asking at
//! once share one read: while a read is running, those that arrive wait for the next one, which
//! starts as soon as it ends, and serves them all. Under load a round trip is spent per batch
//! of requests, not per request; alone, a request spends one.

use std::sync::{Arc, Mutex};

use sea_orm::{ConnAcquireErr, ConnectionTrait, DbErr, Statement};
use tokio::sync::watch;

use super::Db;

/// One read's outcome: which read it was (they are numbered as they start), and what it found
/// or why it failed (whether the database could not be reached, and the error).
type Outcome = (u64, Result<i64, (bool, String)>);

struct Reads {
    /// How many reads have started.
    started: u64,
    /// Whether one is running now.
    running: bool,
}

/// This instance's reader of the graph version. Cloning shares it.
#[derive(Clone)]
pub struct GraphVersion {
    reads: Arc<Mutex<Reads>>,
    outcomes: watch::Sender<Option<Outcome>>,
}

impl Default for GraphVersion {
    fn default() -> Self {
        Self {
            reads: Arc::new(Mutex::new(Reads {
                started: 0,
                running: false,
            })),
            outcomes: watch::Sender::new(None),
        }
    }
}

impl GraphVersion {
    /// The current version: read by a statement that started after this call.
    pub async fn current(&self, db: &Db) -> Result<i64, DbErr> {
        let mut outcomes = self.outcomes.subscribe();
        // Reads numbered up to `started` may have begun before this call: only a later one
        // counts every write committed before it.
        let needed = self.lock().started + 1;
        loop {
            if let Some((read, outcome)) = outcomes.borrow_and_update().as_ref()
                && *read >= needed
            {
                return outcome.clone().map_err(|(unreachable, message)| {
                    if unreachable {
                        DbErr::ConnectionAcquire(ConnAcquireErr::ConnectionClosed)
                    } else {
                        DbErr::Custom(message)
                    }
                });
            }
            let mine = {
                let mut reads = self.lock();
                (!reads.running).then(|| {
                    reads.running = true;
                    reads.started += 1;
                    reads.started
                })
            };
            match mine {
                Some(read) => return self.read(db, read).await,
                // Wait for the running read to end; the next starts then.
                None => {
                    if outcomes.changed().await.is_err() {
                        return read(db).await;
                    }
                }
            }
        }
    }

    /// Runs read number `read` and tells everyone waiting.
    async fn read(&self, db: &Db, number: u64) -> Result<i64, DbErr> {
        let outcome = read(db).await;
        self.lock().running = false;
        let shared = outcome.as_ref().map(|v| *v).map_err(|e| {
            let unreachable = matches!(e, DbErr::ConnectionAcquire(_) | DbErr::Conn(_));
            (unreachable, e.to_string())
        });
        self.outcomes.send_replace(Some((number, shared)));
        outcome
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, Reads> {
        self.reads.lock().unwrap_or_else(|p| p.into_inner())
    }
}

/// The graph version as the database holds it now.
async fn read(db: &Db) -> Result<i64, DbErr> {
    counter(&db.conn, GRAPH_VERSION).await
}

/// The graph version's row of `data_version`.
const GRAPH_VERSION: i32 = 2;

/// Row `row` of `data_version`: 1 is the derived figures' version, 2 the graph version (see
/// the `track_data_version` and `track_graph_version` migrations).
pub async fn counter<C: ConnectionTrait>(db: &C, row: i32) -> Result<i64, DbErr> {
    let found = db
        .query_one_raw(Statement::from_sql_and_values(
            db.get_database_backend(),
            match db.get_database_backend() {
                sea_orm::DbBackend::Postgres => "SELECT version FROM data_version WHERE id = $1",
                _ => "SELECT version FROM data_version WHERE id = ?",
            },
            [row.into()],
        ))
        .await?
        .ok_or_else(|| DbErr::RecordNotFound(format!("data_version row {row} is missing")))?;
    found.try_get_by_index::<i64>(0)
}
