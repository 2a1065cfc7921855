//! The HTTP answers of the GraphQL endpoint: status codes, media types, refusals and capped
//! errors.

use actix_web::http::header;
use actix_web::http::{Method, StatusCode};
use actix_web::{HttpRequest, HttpResponse};
use async_graphql::parser::types::OperationType;
use async_graphql::{Request, Response, ServerError};

use super::GRAPHQL_RESPONSE;

/// 429 with `Retry-After` and the THROTTLED error; nothing ran.
pub(super) fn throttled_response(
    media: &'static str,
    errors: &[ServerError],
    wait: f64,
) -> HttpResponse {
    HttpResponse::build(StatusCode::TOO_MANY_REQUESTS)
        .content_type(media)
        .insert_header((
            header::RETRY_AFTER,
            (wait.ceil().max(1.0) as u64).to_string(),
        ))
        .json(serde_json::json!({ "errors": errors }))
}

/// The seconds to wait, when the caller was over budget and nothing ran.
pub(super) fn throttled_for(response: &Response) -> Option<u64> {
    if response.data != async_graphql::Value::Null {
        return None;
    }
    response.errors.iter().find_map(|e| {
        let ext = e.extensions.as_ref()?;
        if ext.get("code") != Some(&async_graphql::Value::String("THROTTLED".into())) {
            return None;
        }
        match ext.get("retryAfterSeconds") {
            Some(async_graphql::Value::Number(n)) => n.as_u64(),
            _ => Some(1),
        }
    })
}

/// The most errors one response carries: 10,000 repeated mistakes are one mistake.
pub const MAX_ERRORS: usize = 50;

/// Keeps the first errors and says how many more were left out, in at most [`MAX_ERRORS`].
pub(super) fn cap_errors(response: &mut Response) {
    let total = response.errors.len();
    if total <= MAX_ERRORS {
        return;
    }
    response.errors.truncate(MAX_ERRORS - 1);
    let mut more = ServerError::new(
        format!(
            "{} more errors were left out ({total} in all)",
            total - (MAX_ERRORS - 1)
        ),
        None,
    );
    more.extensions = Some({
        let mut ext = async_graphql::ErrorExtensionValues::default();
        ext.set("code", "BAD_USER_INPUT");
        ext
    });
    response.errors.push(more);
}

/// A request that never executed (parse or validation errors, limits) is a 400 with the
/// `application/graphql-response+json` media type; `application/json` keeps 200 for any
/// well-formed request, as the specification requires for legacy clients.
/// A request that produced no data because the database could not be reached is a 503, so
/// clients and the metrics count it as the failure it is.
pub(super) fn status_of(response: &Response, media: &str) -> StatusCode {
    let unavailable = response.errors.iter().any(|e| {
        e.extensions.as_ref().and_then(|x| x.get("code"))
            == Some(&async_graphql::Value::String("SERVICE_UNAVAILABLE".into()))
    });
    let no_data = match &response.data {
        async_graphql::Value::Null => true,
        async_graphql::Value::Object(fields) => {
            fields.values().all(|v| *v == async_graphql::Value::Null)
        }
        _ => false,
    };
    if unavailable && no_data {
        return StatusCode::SERVICE_UNAVAILABLE;
    }
    let never_executed = response.data == async_graphql::Value::Null
        && !response.errors.is_empty()
        && response.errors.iter().all(|e| e.path.is_empty());
    if never_executed && media == GRAPHQL_RESPONSE {
        StatusCode::BAD_REQUEST
    } else {
        StatusCode::OK
    }
}

pub(super) fn is_mutation(request: &Request) -> bool {
    let Ok(doc) = async_graphql::parser::parse_query(&request.query) else {
        return false;
    };
    let name = request.operation_name.as_deref();
    doc.operations.iter().any(|(op_name, op)| {
        op.node.ty == OperationType::Mutation
            && (name.is_none() || op_name.map(|n| n.as_str()) == name)
    })
}

pub(super) fn response_media(req: &HttpRequest) -> &'static str {
    let accept = req
        .headers()
        .get(header::ACCEPT)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("");
    if accept.contains(GRAPHQL_RESPONSE) {
        GRAPHQL_RESPONSE
    } else {
        "application/json"
    }
}

pub(super) fn accepts_html(req: &HttpRequest) -> bool {
    req.method() == Method::GET
        && req
            .headers()
            .get(header::ACCEPT)
            .and_then(|v| v.to_str().ok())
            .is_some_and(|a| a.contains("text/html"))
}

/// A caller turned away: their refusal as a GraphQL error, challenging for a bearer token
/// (`WWW-Authenticate`) when none valid was sent.
pub(super) fn refused(media: &'static str, refusal: &crate::auth::Refusal) -> HttpResponse {
    let status = StatusCode::from_u16(refusal.status).unwrap_or(StatusCode::UNAUTHORIZED);
    let mut response = coded_error(media, status, refusal.code, &refusal.message);
    if refusal.challenge {
        response.headers_mut().insert(
            header::WWW_AUTHENTICATE,
            header::HeaderValue::from_static("Bearer realm=\"realise\""),
        );
    }
    response
}

/// An error response for a request that could not be executed at all.
pub(super) fn request_error(
    media: &'static str,
    status: StatusCode,
    message: &str,
) -> HttpResponse {
    coded_error(media, status, "BAD_USER_INPUT", message)
}

/// A response of one error with `code`, and no data.
pub(super) fn coded_error(
    media: &'static str,
    status: StatusCode,
    code: &'static str,
    message: &str,
) -> HttpResponse {
    let mut error = ServerError::new(message, None);
    error.extensions = Some({
        let mut ext = async_graphql::ErrorExtensionValues::default();
        ext.set("code", code);
        ext
    });
    HttpResponse::build(status)
        .content_type(media)
        .json(serde_json::json!({ "errors": [error] }))
}
