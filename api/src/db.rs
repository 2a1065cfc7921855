//! Connecting to the database (SQLite or PostgreSQL), migrating it, and counting the SQL
//! statements it runs: in all (exported at `/metrics`, and how tests prove the DataLoaders
//! batch) and per request (for the request's log line).

use std::cell::Cell;
use std::future::Future;
use std::time::Duration;

use anyhow::Context;
use migration::{Migrator, MigratorTrait};
use prometheus_client::metrics::counter::Counter;
use sea_orm::{ConnectOptions, ConnectionTrait, Database, DatabaseConnection, DbBackend};

mod graph_version;

pub use graph_version::{GraphVersion, counter};

tokio::task_local! {
    /// The statements run by the task serving one request (see [`counting_statements`]).
    static REQUEST_STATEMENTS: Cell<u64>;
}

/// Runs `work` and counts the SQL statements it runs. A request's DataLoader batches run in
/// the request's own task (see `graphql::batching`), so they are counted too; a snapshot
/// build is counted for the request that built it.
pub async fn counting_statements<F: Future>(work: F) -> (F::Output, u64) {
    REQUEST_STATEMENTS
        .scope(Cell::new(0), async move {
            let out = work.await;
            (out, REQUEST_STATEMENTS.with(Cell::get))
        })
        .await
}

/// The connection pool as it stands.
#[derive(Clone, Copy, Debug)]
pub struct PoolStatus {
    /// Open connections.
    pub size: u32,
    /// Open connections not in use.
    pub idle: usize,
    /// The most the pool opens.
    pub max: u32,
}

/// The pool's default size on SQLite: readers run side by side under WAL, one writer at once.
pub const SQLITE_POOL: u32 = 8;
/// The pool's default size on PostgreSQL. On two cores the read benchmark ran clearly slower
/// with 4 connections; between 8, 16 and 32 its run-to-run noise was larger than any difference.
pub const POSTGRES_POOL: u32 = 16;

/// A connected, migrated database and its statement counter.
#[derive(Clone)]
pub struct Db {
    /// The connection pool.
    pub conn: DatabaseConnection,
    /// SQL statements executed since start.
    pub statements: Counter,
}

impl Db {
    /// Connects to `url`, creating the SQLite file (and its folder) when needed, with the
    /// default pool size.
    pub async fn connect(url: &str) -> anyhow::Result<Self> {
        Self::connect_pooled(url, None).await
    }

    /// Connects to `url` with a pool of at most `pool_size` connections (default
    /// [`SQLITE_POOL`] on SQLite, [`POSTGRES_POOL`] on PostgreSQL).
    #[tracing::instrument(skip_all, fields(backend))]
    pub async fn connect_pooled(url: &str, pool_size: Option<u32>) -> anyhow::Result<Self> {
        if let Some(path) = sqlite_path(url)
            && let Some(dir) = std::path::Path::new(&path).parent()
            && !dir.as_os_str().is_empty()
        {
            std::fs::create_dir_all(dir)
                .with_context(|| format!("creating the database folder {}", dir.display()))?;
        }
        let is_sqlite = url.starts_with("sqlite:");
        let mut options = ConnectOptions::new(url.to_owned());
        options
            .max_connections(pool_size.unwrap_or(if is_sqlite {
                SQLITE_POOL
            } else {
                POSTGRES_POOL
            }))
            .min_connections(1)
            // Fail fast when the database is gone: a request waits about 2 s for a connection,
            // then answers SERVICE_UNAVAILABLE, rather than hanging for half a minute.
            .connect_timeout(Duration::from_secs(2))
            .acquire_timeout(Duration::from_secs(2))
            .sqlx_logging(false);
        if is_sqlite {
            // WAL lets readers run while one writer commits; NORMAL sync is safe with WAL.
            options.map_sqlx_sqlite_opts(|o| {
                o.journal_mode(sea_orm::sqlx::sqlite::SqliteJournalMode::Wal)
                    .synchronous(sea_orm::sqlx::sqlite::SqliteSynchronous::Normal)
                    .foreign_keys(true)
                    .busy_timeout(Duration::from_secs(30))
                    // Up to this many rows wait between the connection's thread and the
                    // request's (sqlx's default is 50), so the two wake each other less often:
                    // a national programme's 1.8 million values stream about a tenth faster.
                    .row_buffer_size(1_024)
                    // Each connection keeps its own page cache (2 MiB by default, on its own
                    // thread); the operating system caches the file for all of them. A
                    // national programme's figures read on seven connections at once held
                    // 27 MiB of pages that way.
                    .pragma("cache_size", "-512")
            });
        }
        let mut conn = Database::connect(options)
            .await
            .with_context(|| format!("connecting to the database at {}", redact(url)))?;
        tracing::Span::current().record("backend", format!("{:?}", conn.get_database_backend()));
        let statements = Counter::default();
        let counter = statements.clone();
        conn.set_metric_callback(move |_info| {
            counter.inc();
            // Outside a request (migrations, seeding) there is no per-request count.
            let _ = REQUEST_STATEMENTS.try_with(|n| n.set(n.get() + 1));
        });
        Ok(Self { conn, statements })
    }

    /// Applies every pending migration.
    pub async fn migrate(&self) -> anyhow::Result<()> {
        Migrator::up(&self.conn, None)
            .await
            .context("running the migrations")
    }

    /// Refreshes the query planner's statistics for `tables` (all tables when empty) after a
    /// bulk load. Without them both databases guess that a freshly filled table is tiny and
    /// may pick a poor index: PostgreSQL read every PART_OF relationship to find one page's
    /// parents (2 ms instead of 0.1 ms) until autovacuum got round to the table.
    pub async fn analyze(&self, tables: &[&str]) -> anyhow::Result<()> {
        if tables.is_empty() {
            self.conn.execute_unprepared("ANALYZE").await?;
        }
        for table in tables {
            self.conn
                .execute_unprepared(&format!("ANALYZE {table}"))
                .await
                .with_context(|| format!("analysing {table}"))?;
        }
        Ok(())
    }

    /// SQL statements executed so far.
    pub fn statement_count(&self) -> u64 {
        self.statements.get()
    }

    /// The connection pool's size and idle connections now.
    pub fn pool_status(&self) -> PoolStatus {
        match self.backend() {
            DbBackend::Postgres => {
                let pool = self.conn.get_postgres_connection_pool();
                PoolStatus {
                    size: pool.size(),
                    idle: pool.num_idle(),
                    max: pool.options().get_max_connections(),
                }
            }
            DbBackend::Sqlite => {
                let pool = self.conn.get_sqlite_connection_pool();
                PoolStatus {
                    size: pool.size(),
                    idle: pool.num_idle(),
                    max: pool.options().get_max_connections(),
                }
            }
            // MySQL is not built in.
            _ => PoolStatus {
                size: 0,
                idle: 0,
                max: 0,
            },
        }
    }

    /// Whether the database answers a trivial query.
    pub async fn is_ready(&self) -> bool {
        self.conn.execute_unprepared("SELECT 1").await.is_ok()
    }

    /// The backend in use.
    pub fn backend(&self) -> DbBackend {
        self.conn.get_database_backend()
    }
}

/// The file of a `sqlite:` URL, or `None` for other databases and in-memory SQLite.
fn sqlite_path(url: &str) -> Option<String> {
    let rest = url
        .strip_prefix("sqlite://")
        .or_else(|| url.strip_prefix("sqlite:"))?;
    let path = rest.split('?').next().unwrap_or_default();
    (!path.is_empty() && path != ":memory:").then(|| path.to_owned())
}

/// The URL without its password, for logs and errors.
pub fn redact(url: &str) -> String {
    match (url.find("://"), url.rfind('@')) {
        (Some(scheme), Some(at)) if at > scheme => {
            let userinfo = &url[scheme + 3..at];
            match userinfo.split_once(':') {
                Some((user, _)) => format!("{}{}:***{}", &url[..scheme + 3], user, &url[at..]),
                None => url.to_owned(),
            }
        }
        _ => url.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_the_sqlite_file() {
        assert_eq!(
            sqlite_path("sqlite://data/realise.db?mode=rwc").as_deref(),
            Some("data/realise.db")
        );
        assert_eq!(sqlite_path("sqlite::memory:"), None);
        assert_eq!(sqlite_path("postgres://postgres@localhost/test"), None);
    }

    #[test]
    fn hides_passwords() {
        assert_eq!(redact("postgres://u:secret@h/db"), "postgres://u:***@h/db");
        assert_eq!(redact("postgres://u@h/db"), "postgres://u@h/db");
        assert_eq!(redact("sqlite://x.db"), "sqlite://x.db");
    }
}
