//! What the log line and the metrics of a GraphQL request say about it.

use actix_web::http::StatusCode;
use async_graphql::Request;
use async_graphql::parser::types::OperationType;

use crate::telemetry::metrics::{GraphqlOutcome, Metrics};

/// What the log line of a GraphQL request says about it.
pub(super) struct Operation {
    pub(super) name: String,
    pub(super) kind: &'static str,
    pub(super) caller: String,
    pub(super) role: &'static str,
    pub(super) organisation: Option<String>,
}

impl Operation {
    pub(super) fn of(request: &Request, caller: &crate::auth::Caller) -> Self {
        let (name, kind) = match async_graphql::parser::parse_query(&request.query) {
            Ok(doc) => {
                let wanted = request.operation_name.as_deref();
                let found = doc
                    .operations
                    .iter()
                    .find(|(n, _)| wanted.is_none() || n.map(|n| n.as_str()) == wanted);
                match found {
                    Some((n, op)) => (
                        n.map_or_else(|| "(anonymous)".to_owned(), |n| n.to_string()),
                        match op.node.ty {
                            OperationType::Query => "query",
                            OperationType::Mutation => "mutation",
                            OperationType::Subscription => "subscription",
                        },
                    ),
                    None => ("(none)".to_owned(), "unknown"),
                }
            }
            Err(_) => ("(unparsable)".to_owned(), "unknown"),
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
