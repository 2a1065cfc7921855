//! What the log line and the metrics of a GraphQL request say about it.

use std::num::NonZeroUsize;
use std::sync::{Arc, LazyLock, Mutex};

use actix_web::http::StatusCode;
use async_graphql::Request;
use async_graphql::parser::types::OperationType;
use lru::LruCache;

use crate::telemetry::metrics::{GraphqlOutcome, Metrics};

/// What the log line of a GraphQL request says about it.
pub(super) struct Operation {
    pub(super) name: String,
    pub(super) kind: &'static str,
    pub(super) caller: String,
    pub(super) role: &'static str,
    pub(super) organisation: Option<String>,
}

/// The operations of a document: each one's name (if it has one) and kind.
type Operations = Vec<(Option<String>, &'static str)>;

/// How many documents' operations are kept.
const KEPT: usize = 1_000;

/// The operations of the documents seen lately, by their text. Partners and the front end send
/// the same few documents again and again, and the log line needs each one's operation before
/// it runs; parsing it here as well as in async-graphql cost each request a second parse.
static SEEN: LazyLock<Mutex<LruCache<String, Arc<Operations>>>> = LazyLock::new(|| {
    Mutex::new(LruCache::new(
        NonZeroUsize::new(KEPT).unwrap_or(NonZeroUsize::MIN),
    ))
});

/// The operations of `query`, or `None` when it does not parse.
fn operations(query: &str) -> Option<Arc<Operations>> {
    let seen = SEEN
        .lock()
        .ok()
        .and_then(|mut seen| seen.get(query).cloned());
    if seen.is_some() {
        return seen;
    }
    let doc = async_graphql::parser::parse_query(query).ok()?;
    let kinds: Operations = doc
        .operations
        .iter()
        .map(|(name, op)| {
            let kind = match op.node.ty {
                OperationType::Query => "query",
                OperationType::Mutation => "mutation",
                OperationType::Subscription => "subscription",
            };
            (name.map(|n| n.to_string()), kind)
        })
        .collect();
    let kinds = Arc::new(kinds);
    if let Ok(mut seen) = SEEN.lock() {
        seen.put(query.to_owned(), kinds.clone());
    }
    Some(kinds)
}

impl Operation {
    pub(super) fn of(request: &Request, caller: &crate::auth::Caller) -> Self {
        let (name, kind) = match operations(&request.query) {
            Some(operations) => {
                let wanted = request.operation_name.as_deref();
                let found = operations
                    .iter()
                    .find(|(n, _)| wanted.is_none() || n.as_deref() == wanted);
                match found {
                    Some((n, kind)) => {
                        (n.clone().unwrap_or_else(|| "(anonymous)".to_owned()), *kind)
                    }
                    None => ("(none)".to_owned(), "unknown"),
                }
            }
            None => ("(unparsable)".to_owned(), "unknown"),
        };
        Self {
            name,
            kind,
            caller: caller.subject.clone(),
            role: caller.role.as_str(),
            organisation: caller.organisation.clone(),
        }
    }

    /// A query answered from the response cache, under the name it ran with.
    pub(super) fn kept(name: &str, caller: &crate::auth::Caller) -> Self {
        Self {
            name: name.to_owned(),
            kind: "query",
            caller: caller.subject.clone(),
            role: caller.role.as_str(),
            organisation: caller.organisation.clone(),
        }
    }

    /// One line per GraphQL request (what ran, for whom, how long, with how many SQL
    /// statements, at what cost, how it ended), and the request in the metrics.
    pub(super) fn finish(
        &self,
        metrics: &Metrics,
        started: std::time::Instant,
        status: StatusCode,
        cost: Option<u64>,
        statements: u64,
        codes: &[String],
    ) {
        let duration = started.elapsed();
        metrics.record_graphql(&GraphqlOutcome {
            operation: &self.name,
            kind: self.kind,
            duration,
            codes,
            statements,
        });
        tracing::info!(
            operation = %self.name,
            operation_type = self.kind,
            caller = %self.caller,
            role = self.role,
            organisation = self.organisation.as_deref().unwrap_or(""),
            status = status.as_u16(),
            duration_ms = duration.as_secs_f64() * 1e3,
            sql_statements = statements,
            cost = cost.unwrap_or(0),
            errors = %codes.join(","),
            "graphql request"
        );
    }
}
