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
            Self::Internal(_) => "INTERNAL",
        }
    }
}

impl From<sea_orm::DbErr> for ApiError {
    fn from(e: sea_orm::DbErr) -> Self {
        Self::Internal(Arc::new(anyhow::Error::new(e)))
    }
}

impl From<Arc<sea_orm::DbErr>> for ApiError {
    fn from(e: Arc<sea_orm::DbErr>) -> Self {
        Self::Internal(Arc::new(anyhow::anyhow!("{e}")))
    }
}

impl From<anyhow::Error> for ApiError {
    fn from(e: anyhow::Error) -> Self {
        Self::Internal(Arc::new(e))
    }
}

impl From<ApiError> for async_graphql::Error {
    fn from(e: ApiError) -> Self {
        if let ApiError::Internal(cause) = &e {
            tracing::error!(
                error = format!("{cause:#}"),
                "internal error while resolving"
            );
        }
        let code = e.code();
        async_graphql::Error::new(e.to_string()).extend_with(|_, ext| ext.set("code", code))
    }
}

/// The result type of resolvers.
pub type ApiResult<T> = Result<T, ApiError>;
