//! Gives every request an id (the caller's `X-Request-Id` when it is sensible, else a new one),
//! runs the request inside a tracing span that carries it, echoes it back, and counts the
//! request in the metrics.

use std::hash::{BuildHasher, Hasher};
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Instant;

use actix_web::body::MessageBody;
use actix_web::dev::{ServiceRequest, ServiceResponse};
use actix_web::http::header::{HeaderName, HeaderValue};
use actix_web::middleware::Next;
use actix_web::{Error, web};
use tracing::Instrument;

use crate::telemetry::metrics::Metrics;

const REQUEST_ID: HeaderName = HeaderName::from_static("x-request-id");

/// The middleware: see the module docs.
pub async fn request_context(
    req: ServiceRequest,
    next: Next<impl MessageBody>,
) -> Result<ServiceResponse<impl MessageBody>, Error> {
    let id = req
        .headers()
        .get(&REQUEST_ID)
        .and_then(|v| v.to_str().ok())
        .filter(|v| is_sensible_id(v))
        .map(str::to_owned)
        .unwrap_or_else(new_request_id);
    let span = tracing::info_span!("request", request_id = %id, method = %req.method(), path = %req.path());
    let metrics = req.app_data::<web::Data<Metrics>>().cloned();
    let started = Instant::now();
    let mut res = next.call(req).instrument(span.clone()).await?;
    let elapsed = started.elapsed();
    let status = res.status().as_u16();
    if let Some(metrics) = metrics {
        metrics.record_http(status, elapsed);
    }
    if let Ok(value) = HeaderValue::from_str(&id) {
        res.headers_mut().insert(REQUEST_ID, value);
    }
    span.in_scope(|| {
        tracing::info!(
            status,
            elapsed_ms = elapsed.as_secs_f64() * 1e3,
            "request finished"
        )
    });
    Ok(res)
}

fn is_sensible_id(v: &str) -> bool {
    !v.is_empty()
        && v.len() <= 64
        && v.bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
}

/// A 64-bit id, unique within the process and unpredictable across processes.
fn new_request_id() -> String {
    static SEQUENCE: AtomicU64 = AtomicU64::new(0);
    let mut hasher = std::collections::hash_map::RandomState::new().build_hasher();
    hasher.write_u64(SEQUENCE.fetch_add(1, Ordering::Relaxed));
    format!("{:016x}", hasher.finish())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepts_only_plain_ids() {
        assert!(is_sensible_id("abc-123_X"));
        assert!(!is_sensible_id(""));
        assert!(!is_sensible_id("a b"));
        assert!(!is_sensible_id(&"x".repeat(65)));
    }

    #[test]
    fn new_ids_differ() {
        assert_ne!(new_request_id(), new_request_id());
    }
}
