//! Who may download or upload a spreadsheet: the same bearer sign-in as the API, and a charge
//! to the caller's request budget, since a file is the work of many queries. A refusal is
//! answered as plain text for a download (a person reads it in the browser) or as JSON for an
//! upload (the front end shows its code and message).

use actix_web::http::StatusCode;
use actix_web::http::header::{HeaderValue, RETRY_AFTER, WWW_AUTHENTICATE};
use actix_web::{HttpRequest, HttpResponse};

use crate::auth::{Caller, Verifier};
use crate::db::Db;
use crate::graphql::cost::Budgets;

/// Why a request is turned away.
#[derive(Debug)]
pub struct Refused {
    /// The HTTP status.
    pub status: StatusCode,
    /// What is wrong, for programs.
    pub code: &'static str,
    /// What is wrong, for people.
    pub message: String,
    /// Seconds to wait before trying again, when the budget is spent.
    retry_after: Option<u64>,
    /// Whether to challenge for a bearer token.
    challenge: bool,
}

impl Refused {
    /// A refusal with `status`.
    pub fn new(status: StatusCode, code: &'static str, message: impl Into<String>) -> Self {
        Self {
            status,
            code,
            message: message.into(),
            retry_after: None,
            challenge: false,
        }
    }

    fn headers(&self, mut response: HttpResponse) -> HttpResponse {
        if let Some(seconds) = self.retry_after
            && let Ok(value) = HeaderValue::from_str(&seconds.to_string())
        {
            response.headers_mut().insert(RETRY_AFTER, value);
        }
        if self.challenge {
            response
                .headers_mut()
                .insert(WWW_AUTHENTICATE, HeaderValue::from_static("Bearer"));
        }
        response
    }

    /// The refusal as plain text.
    pub fn text(self) -> HttpResponse {
        let response = HttpResponse::build(self.status)
            .content_type("text/plain; charset=utf-8")
            .body(format!("{}\n", self.message));
        self.headers(response)
    }

    /// The refusal as JSON: `{"code": ..., "message": ...}`.
    pub fn json(self) -> HttpResponse {
        let response = HttpResponse::build(self.status).json(serde_json::json!({
            "code": self.code,
            "message": self.message,
        }));
        self.headers(response)
    }
}

/// The caller of `req`, signed in.
pub async fn signed_in(req: &HttpRequest, verifier: &Verifier, db: &Db) -> Result<Caller, Refused> {
    let header = req
        .headers()
        .get("authorization")
        .and_then(|v| v.to_str().ok());
    let verified = verifier.verify_header(header).await;
    let caller = crate::auth::admit(verifier, &db.conn, verified)
        .await
        .map_err(|refusal| Refused {
            challenge: refusal.challenge,
            ..Refused::new(
                StatusCode::from_u16(refusal.status).unwrap_or(StatusCode::UNAUTHORIZED),
                refusal.code,
                refusal.message,
            )
        })?;
    Ok(caller)
}

/// Charges `cost` to `caller`'s budget, or refuses them until it has refilled.
pub fn charged(budgets: &Budgets, caller: &Caller, cost: usize) -> Result<(), Refused> {
    if let Err(wait) = budgets.spend(&caller.subject, cost) {
        let seconds = wait.ceil().max(1.0) as u64;
        return Err(Refused {
            retry_after: Some(seconds),
            ..Refused::new(
                StatusCode::TOO_MANY_REQUESTS,
                "THROTTLED",
                format!("your request budget is spent: try again in {seconds} s"),
            )
        });
    }
    Ok(())
}
