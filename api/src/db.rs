//! Connecting to the database (SQLite or PostgreSQL), migrating it, and counting the SQL
//! statements it runs (exported at `/metrics`, and how tests prove the DataLoaders batch).

use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;

use anyhow::Context;
use migration::{Migrator, MigratorTrait};
use sea_orm::{ConnectOptions, ConnectionTrait, Database, DatabaseConnection, DbBackend};

/// A connected, migrated database and its statement counter.
#[derive(Clone)]
pub struct Db {
    /// The connection pool.
    pub conn: DatabaseConnection,
    /// SQL statements executed since start.
    pub statements: Arc<AtomicU64>,
    /// Roll-up snapshots computed from this database, checked against its data version.
    pub snapshots: crate::realisation::SnapshotCache,
}

impl Db {
    /// Connects to `url`, creating the SQLite file (and its folder) when needed.
    #[tracing::instrument(skip_all, fields(backend))]
    pub async fn connect(url: &str) -> anyhow::Result<Self> {
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
            .max_connections(if is_sqlite { 8 } else { 16 })
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
            });
        }
        let mut conn = Database::connect(options)
            .await
            .with_context(|| format!("connecting to the database at {}", redact(url)))?;
        tracing::Span::current().record("backend", format!("{:?}", conn.get_database_backend()));
        let statements = Arc::new(AtomicU64::new(0));
        let counter = statements.clone();
        conn.set_metric_callback(move |_info| {
            counter.fetch_add(1, Ordering::Relaxed);
        });
        Ok(Self {
            conn,
            statements,
            snapshots: crate::realisation::SnapshotCache::default(),
        })
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
        self.statements.load(Ordering::Relaxed)
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
