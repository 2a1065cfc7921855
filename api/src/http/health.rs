//! `/healthz` says the process is up; `/readyz` says it can reach its database.

use actix_web::{HttpResponse, web};

use crate::db::Db;

/// The process is alive.
pub async fn healthz() -> HttpResponse {
    HttpResponse::Ok().json(serde_json::json!({ "status": "ok" }))
}

/// How long readiness waits for the database before saying it is unreachable.
const READY_WITHIN: std::time::Duration = std::time::Duration::from_secs(2);

/// The database answers, within 2 s.
pub async fn readyz(db: web::Data<Db>) -> HttpResponse {
    let ready = tokio::time::timeout(READY_WITHIN, db.is_ready())
        .await
        .unwrap_or(false);
    if ready {
        HttpResponse::Ok().json(serde_json::json!({ "status": "ready" }))
    } else {
        tracing::warn!("readiness check failed: the database does not answer");
        HttpResponse::ServiceUnavailable()
            .json(serde_json::json!({ "status": "database unreachable" }))
    }
}
