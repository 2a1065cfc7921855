//! The HTTP surface: health checks, metrics, how to sign in, the GraphQL endpoint and the front
//! end.

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
        .route("/metrics", web::get().to(metrics::render))
        .route("/auth/providers", web::get().to(sign_in_providers));
    frontend::configure(cfg, frontend_dir);
}

/// The identity providers the front end may sign in through (no token needed: the sign-in
/// page reads it).
async fn sign_in_providers(verifier: web::Data<crate::auth::Verifier>) -> actix_web::HttpResponse {
    actix_web::HttpResponse::Ok()
        .insert_header(("cache-control", "no-store"))
        .json(serde_json::json!({ "providers": verifier.browser_sign_ins() }))
}

/// The application's shared data of type `T`, for extractors that gather several (a missing
/// one is a configuration error, answered 500).
pub fn app_data<T: 'static>(
    req: &actix_web::HttpRequest,
) -> Result<web::Data<T>, actix_web::Error> {
    req.app_data::<web::Data<T>>().cloned().ok_or_else(|| {
        actix_web::error::ErrorInternalServerError(format!(
            "{} is not configured",
            std::any::type_name::<T>()
        ))
    })
}
