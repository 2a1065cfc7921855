//! The HTTP surface every part of the application shares: the request context, health checks,
//! metrics and the front end. The GraphQL endpoint, sign-in and the downloads register their
//! own routes.

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

/// Implements `FromRequest` for a struct whose every field is a piece of the application's
/// shared data (`web::Data<_>`), each taken with [`app_data`].
macro_rules! from_app_data {
    ($name:ident { $($field:ident),+ $(,)? }) => {
        impl actix_web::FromRequest for $name {
            type Error = actix_web::Error;
            type Future = std::future::Ready<Result<Self, Self::Error>>;

            fn from_request(
                req: &actix_web::HttpRequest,
                _: &mut actix_web::dev::Payload,
            ) -> Self::Future {
                use $crate::http::app_data;
                std::future::ready((|| Ok(Self { $($field: app_data(req)?),+ }))())
            }
        }
    };
}
pub(crate) use from_app_data;
