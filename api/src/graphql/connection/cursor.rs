//! A page's cursors: an item's offset in the whole list, made opaque as the ids are, so that
//! a client treats it as a token rather than arithmetic.

use crate::graphql::error::{ApiError, ApiResult};
use crate::graphql::ids;

pub(super) fn encode_cursor(offset: u64) -> String {
    ids::encode(format!("offset:{offset}").as_bytes())
}

pub(super) fn decode_cursor(cursor: &str) -> ApiResult<u64> {
    ids::decode(cursor)
        .and_then(|b| String::from_utf8(b).ok())
        .and_then(|s| s.strip_prefix("offset:").and_then(|n| n.parse().ok()))
        .ok_or_else(|| ApiError::BadUserInput(format!("{cursor:?} is not a valid cursor")))
}
