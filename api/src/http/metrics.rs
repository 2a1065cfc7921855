//! `/metrics`: the server's Prometheus metrics (see `telemetry::metrics`) in the OpenMetrics
//! text format.

use actix_web::{HttpResponse, web};

use crate::db::Db;
use crate::telemetry::metrics::Metrics;

/// Renders the metrics.
pub async fn render(metrics: web::Data<Metrics>, db: web::Data<Db>) -> HttpResponse {
    HttpResponse::Ok()
        .content_type("application/openmetrics-text; version=1.0.0; charset=utf-8")
        .body(metrics.render(&db))
}
