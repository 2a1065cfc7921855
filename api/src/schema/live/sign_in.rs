//! Who a socket serves: the bearer token in `connection_init`, checked as for HTTP, and the
//! close code a refusal gets (4401, or 4403 for someone Realise refuses).

use std::time::Duration;

use crate::auth::{Caller, TokenError, Verifier};
use crate::db::Db;

/// The bearer token in `connection_init`'s payload: `authorization` ("Bearer ..."), or `token`.
fn token_of(init: &serde_json::Value) -> Option<String> {
    let payload = init.get("payload")?;
    let field = |name: &str| payload.get(name).and_then(|v| v.as_str());
    if let Some(header) = field("authorization").or_else(|| field("Authorization")) {
        let (scheme, token) = header.trim().split_once(' ')?;
        return scheme
            .eq_ignore_ascii_case("bearer")
            .then(|| token.trim().to_owned());
    }
    field("token").map(str::to_owned)
}

/// The caller `connection_init` names, with when their token expires, or how to close.
pub(super) async fn authenticate(
    init: &serde_json::Value,
    verifier: &Verifier,
    db: &Db,
) -> Result<(Caller, Option<u64>), (u16, String)> {
    let token = token_of(init);
    let verified = match &token {
        Some(token) => verifier.verify(token).await,
        None => Err(TokenError::Missing),
    };
    match crate::auth::admit(verifier, &db.conn, verified).await {
        Ok(caller) => Ok((caller, token.as_deref().and_then(crate::auth::expires_at))),
        Err(refusal) => Err((
            match refusal.status {
                401 => 4401,
                403 => 4403,
                _ => 1011,
            },
            refusal.message,
        )),
    }
}

/// The instant a token that expires at `exp` (seconds since the epoch) runs out; far off when
/// it has no expiry.
pub(super) fn until(exp: Option<u64>) -> tokio::time::Instant {
    let now = jsonwebtoken::get_current_timestamp();
    let left = exp.map_or(Duration::from_secs(365 * 24 * 3600), |exp| {
        Duration::from_secs(exp.saturating_sub(now))
    });
    tokio::time::Instant::now() + left
}

#[cfg(test)]
mod tests {
    use super::token_of;
    use serde_json::json;

    #[test]
    fn the_token_is_read_from_the_init_payload() {
        let init = |payload| json!({ "type": "connection_init", "payload": payload });
        for (payload, token) in [
            (json!({ "authorization": "Bearer abc" }), Some("abc")),
            (json!({ "Authorization": "bearer  abc " }), Some("abc")),
            (json!({ "token": "abc" }), Some("abc")),
            (json!({ "authorization": "Basic abc" }), None),
            (json!({}), None),
        ] {
            assert_eq!(token_of(&init(payload)).as_deref(), token);
        }
        assert_eq!(token_of(&json!({ "type": "connection_init" })), None);
    }
}
