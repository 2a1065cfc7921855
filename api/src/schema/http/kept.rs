//! Answering a request from the response cache, without executing it: the kept answer,
//! charged to the caller's budget as if it had run; or, when whether it is current cannot be
//! known because the database cannot be reached, SERVICE_UNAVAILABLE at once.

use actix_web::HttpResponse;
use actix_web::http::StatusCode;
use sea_orm::DbErr;

use super::Endpoint;
use super::cached::Cached;
use super::operation::Operation;
use super::responses::coded_error;
use crate::graphql::error::{ApiError, is_unreachable};

/// The answer kept for a repeated read, charged to the caller's budget as if it had run; `None`
/// when their budget cannot pay for it (the request then runs, and is throttled as usual).
pub(super) fn answer_kept(
    kept: &Cached,
    caller: &crate::auth::Caller,
    media: &'static str,
    endpoint: &Endpoint,
    started: std::time::Instant,
) -> Option<HttpResponse> {
    let remaining = endpoint.budgets.spend(&caller.subject, kept.cost).ok()?;
    let body = format!(
        r#"{{"data":{},"extensions":{{"cost":{{"requested":{},"limit":{},"remainingBudget":{}}}}}}}"#,
        kept.data,
        kept.cost,
        crate::graphql::MAX_COMPLEXITY,
        remaining.floor() as u64
    );
    let operation = Operation::kept(&kept.operation, caller);
    let cost = Some(kept.cost as u64);
    operation.finish(&endpoint.metrics, started, StatusCode::OK, cost, 0, &[]);
    Some(HttpResponse::Ok().content_type(media).body(body))
}

/// The answer when the graph version cannot be read: 503 when the database cannot be reached
/// (as any read would be answered), 500 otherwise.
pub(super) fn unavailable(
    e: DbErr,
    operation: &Operation,
    media: &'static str,
    endpoint: &Endpoint,
    started: std::time::Instant,
) -> HttpResponse {
    let (status, error) = if is_unreachable(&e) {
        (StatusCode::SERVICE_UNAVAILABLE, ApiError::from(e))
    } else {
        tracing::error!(error = %e, "reading the graph version");
        (StatusCode::INTERNAL_SERVER_ERROR, ApiError::from(e))
    };
    let code = error.code();
    operation.finish(&endpoint.metrics, started, status, None, 0, &[code.into()]);
    coded_error(media, status, code, &error.to_string())
}
