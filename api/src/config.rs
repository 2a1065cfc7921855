//! Configuration from flags, environment variables and a `.env` file (loaded by `main`).

use std::path::PathBuf;

use crate::auth::AuthArgs;

/// Where the embedded default keeps its SQLite database, relative to the working directory.
pub const DEFAULT_SQLITE_PATH: &str = "data/realise.db";

/// Which database to use; shared by every subcommand.
#[derive(clap::Args, Clone, Debug, Default)]
pub struct DatabaseArgs {
    /// Database URL: `sqlite://PATH` or `postgres://USER@HOST/DB`. Defaults to a SQLite file
    /// at `data/realise.db`, created on first use.
    #[arg(long, env = "DATABASE_URL", global = true)]
    pub database_url: Option<String>,
    /// The most connections the pool opens (default 8 on SQLite, 16 on PostgreSQL).
    #[arg(long, env = "REALISE_DB_POOL_SIZE", global = true, value_parser = clap::value_parser!(u32).range(1..=1000))]
    pub db_pool_size: Option<u32>,
}

impl DatabaseArgs {
    /// The URL to connect to, with the embedded default filled in.
    pub fn url(&self) -> String {
        match &self.database_url {
            Some(url) if !url.trim().is_empty() => url.trim().to_owned(),
            _ => format!("sqlite://{DEFAULT_SQLITE_PATH}?mode=rwc"),
        }
    }
}

/// How the HTTP server runs.
#[derive(clap::Args, Clone, Debug)]
pub struct ServeArgs {
    /// Address to listen on (`HOST:PORT`; port 0 picks a free one).
    #[arg(long, env = "REALISE_BIND", default_value = "127.0.0.1:8080")]
    pub bind: String,
    /// Folder of the built front end, served at `/`.
    #[arg(long, env = "REALISE_FRONTEND_DIR", default_value = "frontend/dist")]
    pub frontend_dir: PathBuf,
    /// Load the demo data set when the database has no organisations yet.
    #[arg(long, env = "REALISE_DEMO")]
    pub demo: bool,
    /// Worker threads (default: one per core).
    #[arg(long, env = "REALISE_WORKERS")]
    pub workers: Option<usize>,
    /// How long, in microseconds, the GraphQL DataLoader waits to gather keys into one batch.
    #[arg(long, env = "REALISE_BATCH_DELAY_US", default_value_t = DEFAULT_BATCH_DELAY_US)]
    pub batch_delay_us: u64,
    /// How long one GraphQL request may run, in milliseconds, before it is stopped and answered
    /// with a TIMEOUT error.
    #[arg(long, env = "REALISE_REQUEST_TIMEOUT_MS", default_value_t = DEFAULT_REQUEST_TIMEOUT_MS)]
    pub request_timeout_ms: u64,
    /// Each caller's budget of cost points (a request's cost is in `extensions.cost`).
    #[arg(long, env = "REALISE_COST_BUDGET", default_value_t = crate::graphql::cost::DEFAULT_BUDGET.capacity)]
    pub cost_budget: f64,
    /// Cost points returned to each caller's budget per second.
    #[arg(long, env = "REALISE_COST_REFILL_PER_SECOND", default_value_t = crate::graphql::cost::DEFAULT_BUDGET.refill_per_second)]
    pub cost_refill_per_second: f64,
    /// The most memory, in MiB, the cache of answers to repeated reads takes (0 turns it off).
    #[arg(long, env = "REALISE_RESPONSE_CACHE_MIB", default_value_t = crate::schema::http::DEFAULT_RESPONSE_CACHE_MIB)]
    pub response_cache_mib: usize,
    /// How callers are authenticated.
    #[command(flatten)]
    pub auth: AuthArgs,
    /// Live updates over WebSockets.
    #[command(flatten)]
    pub live: crate::schema::live::LiveArgs,
}

/// The DataLoader's default batching delay. Sibling fields register their keys before the
/// loader's task first runs, so batching does not need a wait; see the benchmark figures.
pub const DEFAULT_BATCH_DELAY_US: u64 = 0;

/// The default deadline of one GraphQL request: 10 s.
pub const DEFAULT_REQUEST_TIMEOUT_MS: u64 = 10_000;

impl Default for ServeArgs {
    fn default() -> Self {
        Self {
            bind: "127.0.0.1:0".into(),
            frontend_dir: PathBuf::from("frontend/dist"),
            demo: false,
            workers: None,
            batch_delay_us: DEFAULT_BATCH_DELAY_US,
            request_timeout_ms: DEFAULT_REQUEST_TIMEOUT_MS,
            cost_budget: crate::graphql::cost::DEFAULT_BUDGET.capacity,
            cost_refill_per_second: crate::graphql::cost::DEFAULT_BUDGET.refill_per_second,
            response_cache_mib: crate::schema::http::DEFAULT_RESPONSE_CACHE_MIB,
            auth: AuthArgs::default(),
            live: crate::schema::live::LiveArgs::default(),
        }
    }
}

/// Everything the application needs to start.
#[derive(Clone, Debug, Default)]
pub struct Settings {
    /// The database.
    pub database: DatabaseArgs,
    /// The server.
    pub serve: ServeArgs,
}
