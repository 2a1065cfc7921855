//! Prometheus metrics at `/metrics`, kept in atomics: no registry crate needed for a handful of
//! counters.

use std::fmt::Write;
use std::sync::atomic::{AtomicU64, Ordering};

use actix_web::{HttpResponse, web};

use crate::db::Db;

/// Request counters of one server.
#[derive(Default)]
pub struct Metrics {
    requests_2xx: AtomicU64,
    requests_4xx: AtomicU64,
    requests_5xx: AtomicU64,
    requests_other: AtomicU64,
    duration_micros: AtomicU64,
}

impl Metrics {
    /// Counts one finished request.
    pub fn record(&self, status: u16, micros: u64) {
        let counter = match status {
            200..=299 => &self.requests_2xx,
            400..=499 => &self.requests_4xx,
            500..=599 => &self.requests_5xx,
            _ => &self.requests_other,
        };
        counter.fetch_add(1, Ordering::Relaxed);
        self.duration_micros.fetch_add(micros, Ordering::Relaxed);
    }
}

/// Renders the Prometheus text format.
pub async fn render(metrics: web::Data<Metrics>, db: web::Data<Db>) -> HttpResponse {
    let mut out = String::new();
    let count = |c: &AtomicU64| c.load(Ordering::Relaxed);
    let _ = writeln!(
        out,
        "# HELP realise_http_requests_total HTTP requests served, by status class."
    );
    let _ = writeln!(out, "# TYPE realise_http_requests_total counter");
    for (class, counter) in [
        ("2xx", &metrics.requests_2xx),
        ("4xx", &metrics.requests_4xx),
        ("5xx", &metrics.requests_5xx),
        ("other", &metrics.requests_other),
    ] {
        let _ = writeln!(
            out,
            "realise_http_requests_total{{status=\"{class}\"}} {}",
            count(counter)
        );
    }
    let _ = writeln!(
        out,
        "# HELP realise_http_request_duration_seconds_sum Time spent serving requests."
    );
    let _ = writeln!(
        out,
        "# TYPE realise_http_request_duration_seconds_sum counter"
    );
    let _ = writeln!(
        out,
        "realise_http_request_duration_seconds_sum {:.6}",
        count(&metrics.duration_micros) as f64 / 1e6
    );
    let _ = writeln!(
        out,
        "# HELP realise_sql_statements_total SQL statements executed."
    );
    let _ = writeln!(out, "# TYPE realise_sql_statements_total counter");
    let _ = writeln!(out, "realise_sql_statements_total {}", db.statement_count());
    HttpResponse::Ok()
        .content_type("text/plain; version=0.0.4; charset=utf-8")
        .body(out)
}
