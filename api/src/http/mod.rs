//! The HTTP surface: health checks, metrics, the GraphQL endpoint and the front end.

mod frontend;
mod health;
pub mod metrics;
mod request_context;

pub use request_context::request_context;

use std::path::Path;

use actix_web::web;

/// Registers every route of the application; the front end last, as it matches every path.
pub fn routes(cfg: &mut web::ServiceConfig, frontend_dir: &Path) {
    cfg.route("/healthz", web::get().to(health::healthz))
        .route("/readyz", web::get().to(health::readyz))
        .route("/metrics", web::get().to(metrics::render));
    frontend::configure(cfg, frontend_dir);
}
