//! Whether a request's caller may act at all, decided once for every endpoint (GraphQL and the
//! downloads): no valid token, a signed-in person with no role, an executive's organisation
//! Realise does not know, or the database unreachable while checking it.

use sea_orm::DatabaseConnection;

use super::token::{Caller, Role, TokenError, Verifier};
use crate::graphql::error::ApiError;

/// Why a caller is turned away, as the HTTP answer says it.
#[derive(Debug, PartialEq, Eq)]
pub struct Refusal {
    /// The HTTP status.
    pub status: u16,
    /// The error code (`UNAUTHENTICATED`, `FORBIDDEN`, `SERVICE_UNAVAILABLE`).
    pub code: &'static str,
    /// What to tell the caller.
    pub message: String,
    /// Whether to challenge for a bearer token (`WWW-Authenticate`): when none valid was sent.
    pub challenge: bool,
}

impl Refusal {
    fn new(status: u16, code: &'static str, message: String) -> Self {
        Self {
            status,
            code,
            message,
            challenge: false,
        }
    }
}

/// The caller, once their token (verified or refused as `verified` says) lets them act.
pub async fn admit(
    verifier: &Verifier,
    db: &DatabaseConnection,
    verified: Result<Caller, TokenError>,
) -> Result<Caller, Refusal> {
    let caller = match verified {
        Ok(caller) => caller,
        Err(TokenError::NoRole { subject, name }) => {
            tracing::info!(%subject, "request refused: signed in without a role in Realise");
            return Err(Refusal::new(
                403,
                "FORBIDDEN",
                format!(
                    "you are signed in as {}, but you have no role in Realise: ask a Realise \
                     administrator to give you one",
                    name.unwrap_or(subject)
                ),
            ));
        }
        Err(why) => {
            // The reason is for the operator's log only: telling the caller which check failed
            // would help someone forging tokens.
            tracing::info!(reason = %why, "request refused: no valid bearer token");
            return Err(Refusal {
                challenge: true,
                ..Refusal::new(
                    401,
                    "UNAUTHENTICATED",
                    ApiError::Unauthenticated.to_string(),
                )
            });
        }
    };
    if caller.role == Role::Executive
        && let Some(code) = caller.organisation.as_deref()
    {
        match verifier.organisation_known(db, code).await {
            Ok(true) => {}
            Ok(false) => {
                return Err(Refusal::new(
                    401,
                    "UNAUTHENTICATED",
                    format!("the token's organisation {code} is not one Realise knows"),
                ));
            }
            Err(e) => {
                tracing::error!(error = %e, "checking the caller's organisation");
                return Err(Refusal::new(
                    503,
                    "SERVICE_UNAVAILABLE",
                    "the database cannot be reached: try again shortly".into(),
                ));
            }
        }
    }
    Ok(caller)
}
