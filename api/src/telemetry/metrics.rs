//! The Prometheus metrics served at `/metrics` (OpenMetrics text, from the Prometheus project's
//! `prometheus-client`): HTTP requests, GraphQL operations and their errors, throttled and
//! timed-out requests, the connection pool and the realisation snapshot cache.
//!
//! Labels are bounded: the status class, the operation type, error codes (a closed set), and
//! operation names up to [`MAX_OPERATION_NAMES`] distinct ones, after which further names are
//! counted as `(other)`, so a caller inventing names cannot grow the server's memory.

use std::collections::HashSet;
use std::sync::{Mutex, PoisonError};
use std::time::Duration;

use prometheus_client::encoding::EncodeLabelSet;
use prometheus_client::metrics::counter::Counter;
use prometheus_client::metrics::family::Family;
use prometheus_client::metrics::gauge::Gauge;
use prometheus_client::metrics::histogram::{Histogram, exponential_buckets};
use prometheus_client::registry::Registry;

use crate::db::Db;

/// How many distinct operation names get their own label values.
pub const MAX_OPERATION_NAMES: usize = 200;
/// The longest operation name kept as a label value.
const MAX_NAME_LEN: usize = 100;

mod caches;

pub use caches::{CacheStats, ResponseCacheStats};

/// Seconds, from 1 ms to about 16 s: a read takes milliseconds, a cold national snapshot seconds.
pub fn duration_histogram() -> Histogram {
    Histogram::new(exponential_buckets(0.001, 2.0, 15))
}

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct StatusClass {
    status: &'static str,
}

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct OperationLabels {
    operation: String,
    r#type: &'static str,
}

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct CodeLabel {
    code: String,
}

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct PoolState {
    state: &'static str,
}

/// One GraphQL request as the metrics see it.
#[derive(Debug)]
pub struct GraphqlOutcome<'a> {
    /// The operation's name, `(anonymous)` and the like when it has none.
    pub operation: &'a str,
    /// query, mutation, subscription or unknown.
    pub kind: &'static str,
    /// How long it took.
    pub duration: Duration,
    /// The error codes it answered with.
    pub codes: &'a [String],
    /// SQL statements it ran.
    pub statements: u64,
}

/// The server's metrics. One per application; `/metrics` renders it.
pub struct Metrics {
    registry: Registry,
    http_requests: Family<StatusClass, Counter>,
    http_duration: Histogram,
    graphql_duration: Family<OperationLabels, Histogram>,
    graphql_statements: Histogram,
    graphql_errors: Family<CodeLabel, Counter>,
    throttled: Counter,
    timed_out: Counter,
    pool: Family<PoolState, Gauge>,
    pool_max: Gauge,
    operation_names: BoundedNames,
}

impl std::fmt::Debug for Metrics {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Metrics")
    }
}

impl Metrics {
    /// The metrics of a server over `db`, including the database's own counters.
    pub fn new(db: &Db, cache: CacheStats, responses: ResponseCacheStats) -> Self {
        let mut registry = Registry::with_prefix("realise");
        let http_requests = Family::<StatusClass, Counter>::default();
        registry.register(
            "http_requests",
            "HTTP requests served, by status class",
            http_requests.clone(),
        );
        let http_duration = duration_histogram();
        registry.register_with_unit(
            "http_request_duration",
            "Time to serve an HTTP request",
            prometheus_client::registry::Unit::Seconds,
            http_duration.clone(),
        );
        let graphql_duration = Family::<OperationLabels, Histogram>::new_with_constructor(
            duration_histogram as fn() -> Histogram,
        );
        registry.register_with_unit(
            "graphql_request_duration",
            "Time to answer a GraphQL request, by operation name and type",
            prometheus_client::registry::Unit::Seconds,
            graphql_duration.clone(),
        );
        let graphql_statements = Histogram::new(exponential_buckets(1.0, 2.0, 12));
        registry.register(
            "graphql_request_sql_statements",
            "SQL statements run to answer one GraphQL request",
            graphql_statements.clone(),
        );
        let graphql_errors = Family::<CodeLabel, Counter>::default();
        registry.register(
            "graphql_errors",
            "GraphQL errors answered, by code",
            graphql_errors.clone(),
        );
        let throttled = Counter::default();
        registry.register(
            "graphql_throttled_requests",
            "GraphQL requests refused because the caller's cost budget was spent",
            throttled.clone(),
        );
        let timed_out = Counter::default();
        registry.register(
            "graphql_timed_out_requests",
            "GraphQL requests stopped at their deadline",
            timed_out.clone(),
        );
        registry.register(
            "sql_statements",
            "SQL statements executed",
            db.statements.clone(),
        );
        let pool = Family::<PoolState, Gauge>::default();
        registry.register(
            "db_pool_connections",
            "Open database connections: in use and idle",
            pool.clone(),
        );
        let pool_max = Gauge::default();
        registry.register(
            "db_pool_max_connections",
            "The most connections the pool opens; requests beyond wait for one (at most the acquire timeout)",
            pool_max.clone(),
        );
        caches::register(&mut registry, cache, responses);
        Self {
            registry,
            http_requests,
            http_duration,
            graphql_duration,
            graphql_statements,
            graphql_errors,
            throttled,
            timed_out,
            pool,
            pool_max,
            operation_names: BoundedNames::default(),
        }
    }

    /// Counts one finished HTTP request.
    pub fn record_http(&self, status: u16, duration: Duration) {
        let status = match status {
            200..=299 => "2xx",
            300..=399 => "3xx",
            400..=499 => "4xx",
            500..=599 => "5xx",
            _ => "other",
        };
        self.http_requests
            .get_or_create(&StatusClass { status })
            .inc();
        self.http_duration.observe(duration.as_secs_f64());
    }

    /// Counts one answered GraphQL request.
    pub fn record_graphql(&self, outcome: &GraphqlOutcome<'_>) {
        let labels = OperationLabels {
            operation: self.operation_names.label(outcome.operation),
            r#type: outcome.kind,
        };
        self.graphql_duration
            .get_or_create(&labels)
            .observe(outcome.duration.as_secs_f64());
        self.graphql_statements.observe(outcome.statements as f64);
        for code in outcome.codes {
            self.graphql_errors
                .get_or_create(&CodeLabel { code: code.clone() })
                .inc();
            match code.as_str() {
                "THROTTLED" => drop(self.throttled.inc()),
                "TIMEOUT" => drop(self.timed_out.inc()),
                _ => {}
            }
        }
    }

    /// The metrics in the OpenMetrics text format, with the pool read as it stands now.
    pub fn render(&self, db: &Db) -> String {
        let pool = db.pool_status();
        self.pool
            .get_or_create(&PoolState { state: "in_use" })
            .set(i64::from(pool.size) - pool.idle as i64);
        self.pool
            .get_or_create(&PoolState { state: "idle" })
            .set(pool.idle as i64);
        self.pool_max.set(i64::from(pool.max));
        let mut out = String::new();
        // Writing to a String cannot fail.
        let _ = prometheus_client::encoding::text::encode(&mut out, &self.registry);
        out
    }
}

/// Operation names as label values: the first [`MAX_OPERATION_NAMES`] distinct ones (cut to
/// [`MAX_NAME_LEN`] characters) as themselves, any later one as `(other)`.
#[derive(Default)]
struct BoundedNames {
    seen: Mutex<HashSet<String>>,
}

impl BoundedNames {
    fn label(&self, name: &str) -> String {
        let name = match name.char_indices().nth(MAX_NAME_LEN) {
            Some((end, _)) => &name[..end],
            None => name,
        };
        let mut seen = self.seen.lock().unwrap_or_else(PoisonError::into_inner);
        if seen.contains(name) || seen.len() < MAX_OPERATION_NAMES {
            seen.insert(name.to_owned());
            return name.to_owned();
        }
        "(other)".to_owned()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn operation_names_beyond_the_limit_are_counted_together() {
        let names = BoundedNames::default();
        for i in 0..MAX_OPERATION_NAMES {
            assert_eq!(names.label(&format!("Op{i}")), format!("Op{i}"));
        }
        assert_eq!(names.label("OneTooMany"), "(other)");
        assert_eq!(
            names.label("Op0"),
            "Op0",
            "a name seen before keeps its label"
        );
        assert_eq!(names.label("OneTooMany"), "(other)");
    }

    #[test]
    fn long_operation_names_are_cut() {
        let names = BoundedNames::default();
        let long = "Ä".repeat(300);
        assert_eq!(names.label(&long).chars().count(), MAX_NAME_LEN);
        assert_eq!(names.label(&long), names.label(&"Ä".repeat(MAX_NAME_LEN)));
    }
}
