//! Errors of the GraphQL layer. What a caller can fix carries its message and an
//! `extensions.code`; what they cannot is logged with its cause and returned as INTERNAL
//! without internals (the `custom-error-conversion` feature stops async-graphql from copying
//! any error's text into the response).

use std::sync::Arc;

use async_graphql::ErrorExtensions;

/// An error a resolver returns. It is `Clone` because async-graphql requires it of resolver
/// errors, hence the `Arc` around the cause.
#[derive(Debug, Clone, thiserror::Error)]
pub enum ApiError {
    /// The request is wrong in a way the caller can fix (a malformed id, a page too large).
    #[error("{0}")]
    BadUserInput(String),
    /// No valid credentials.
    #[error("authentication required: send a valid bearer token")]
    Unauthenticated,
    /// Valid credentials, not allowed.
    #[error("{0}")]
    Forbidden(String),
    /// The database cannot be reached (no connection within the pool's acquire timeout, or
    /// the connection failed): nothing the caller did; worth retrying shortly.
    #[error("the database cannot be reached: try again shortly")]
    ServiceUnavailable(Arc<sea_orm::DbErr>),
    /// A limit of the caller's connection is reached (subscriptions on one socket): asking again
    /// once something is released helps, asking harder does not.
    #[error("{0}")]
    LimitReached(String),
    /// A subscription asked to resume after an event that has left the replay window: read the
    /// current state again and subscribe afresh.
    #[error("{0}")]
    ResumeTooFar(String),
    /// Anything else: logged, never shown.
    #[error("internal error")]
    Internal(Arc<anyhow::Error>),
}

impl ApiError {
    /// The `extensions.code` of this error.
    pub fn code(&self) -> &'static str {
        match self {
            Self::BadUserInput(_) => "BAD_USER_INPUT",
            Self::Unauthenticated => "UNAUTHENTICATED",
            Self::Forbidden(_) => "FORBIDDEN",
            Self::ServiceUnavailable(_) => "SERVICE_UNAVAILABLE",
            Self::LimitReached(_) => "LIMIT_REACHED",
            Self::ResumeTooFar(_) => "RESUME_TOO_FAR",
            Self::Internal(_) => "INTERNAL",
        }
    }
}

/// Whether a database error means the database cannot be reached, rather than a fault.
pub fn is_unreachable(e: &sea_orm::DbErr) -> bool {
    matches!(
        e,
        sea_orm::DbErr::ConnectionAcquire(_) | sea_orm::DbErr::Conn(_)
    )
}

impl From<sea_orm::DbErr> for ApiError {
    fn from(e: sea_orm::DbErr) -> Self {
        if is_unreachable(&e) {
            Self::ServiceUnavailable(Arc::new(e))
        } else {
            Self::Internal(Arc::new(anyhow::Error::new(e)))
        }
    }
}

impl From<Arc<sea_orm::DbErr>> for ApiError {
    fn from(e: Arc<sea_orm::DbErr>) -> Self {
        if is_unreachable(&e) {
            Self::ServiceUnavailable(e)
        } else {
            Self::Internal(Arc::new(anyhow::anyhow!("{e}")))
        }
    }
}

impl From<anyhow::Error> for ApiError {
    fn from(e: anyhow::Error) -> Self {
        Self::Internal(Arc::new(e))
    }
}

impl From<ApiError> for async_graphql::Error {
    fn from(e: ApiError) -> Self {
        match &e {
            ApiError::Internal(cause) => {
                tracing::error!(
                    error = format!("{cause:#}"),
                    "internal error while resolving"
                );
            }
            ApiError::ServiceUnavailable(cause) => {
                tracing::warn!(error = %cause, "the database cannot be reached");
            }
            _ => {}
        }
        let code = e.code();
        async_graphql::Error::new(e.to_string()).extend_with(|_, ext| ext.set("code", code))
    }
}

/// The result type of resolvers.
pub type ApiResult<T> = Result<T, ApiError>;
