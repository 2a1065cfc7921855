//! `/healthz` says the process is up; `/readyz` says it can reach its database.

use actix_web::{HttpResponse, web};

use crate::db::Db;

/// The process is alive.
pub async fn healthz() -> HttpResponse {
    HttpResponse::Ok().json(serde_json::json!({ "status": "ok" }))
}

/// The database answers.
pub async fn readyz(db: web::Data<Db>) -> HttpResponse {
    if db.is_ready().await {
        HttpResponse::Ok().json(serde_json::json!({ "status": "ready" }))
    } else {
        tracing::warn!("readiness check failed: the database does not answer");
        HttpResponse::ServiceUnavailable()
            .json(serde_json::json!({ "status": "database unreachable" }))
    }
}
