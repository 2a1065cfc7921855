//! What the log line and the metrics of a GraphQL request say about it.

use actix_web::http::StatusCode;
use async_graphql::Request;
use async_graphql::parser::types::OperationType;

use crate::graphql::documents::Documents;
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
    pub(super) fn of(
        request: &Request,
        caller: &crate::auth::Caller,
        documents: &Documents,
    ) -> Self {
        let (name, kind) = match documents.operations(&request.query) {
            Some(operations) => {
                let wanted = request.operation_name.as_deref();
                let found = operations
                    .into_iter()
                    .find(|(n, _)| wanted.is_none() || n.as_deref() == wanted);
                match found {
                    Some((n, ty)) => (
                        n.unwrap_or_else(|| "(anonymous)".to_owned()),
                        match ty {
                            OperationType::Query => "query",
                            OperationType::Mutation => "mutation",
                            OperationType::Subscription => "subscription",
                        },
                    ),
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
