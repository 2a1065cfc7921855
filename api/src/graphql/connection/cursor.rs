//! A page's cursors, made opaque as the ids are, so that a client treats them as tokens rather
//! than arithmetic. A nested list's cursor is an item's offset in the list (such lists are a
//! parent's few rows); a top-level list's is the item's sort key, so that the next page is read
//! from there through an index instead of past every row before it.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::graphql::error::{ApiError, ApiResult};
use crate::graphql::ids;

/// Where an item is in its list.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Cursor {
    /// Its offset (nested lists).
    Offset(u64),
    /// Its sort key, one part per column of the list's order (top-level lists).
    Key(Vec<KeyPart>),
}

/// One column's value in a sort key.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum KeyPart {
    /// Text.
    Text(String),
    /// A 32-bit integer.
    Int(i32),
    /// A 64-bit integer.
    BigInt(i64),
    /// A date.
    Date(NaiveDate),
    /// No value.
    Null,
}

pub(super) fn encode_cursor(offset: u64) -> String {
    ids::encode(format!("offset:{offset}").as_bytes())
}

pub(super) fn encode_key(key: &[KeyPart]) -> String {
    // Serialising a vector of plain enum values cannot fail.
    let json = serde_json::to_string(key).unwrap_or_default();
    ids::encode(format!("key:{json}").as_bytes())
}

pub(super) fn decode_cursor(cursor: &str) -> ApiResult<Cursor> {
    let text = ids::decode(cursor).and_then(|b| String::from_utf8(b).ok());
    let cursor_of = |text: &str| {
        if let Some(n) = text.strip_prefix("offset:") {
            return n.parse().ok().map(Cursor::Offset);
        }
        let key = serde_json::from_str(text.strip_prefix("key:")?).ok()?;
        Some(Cursor::Key(key))
    };
    text.as_deref()
        .and_then(cursor_of)
        .ok_or_else(|| ApiError::BadUserInput(format!("{cursor:?} is not a valid cursor")))
}

/// The error for a cursor of another kind of list than the one it was given to.
pub(super) fn foreign(cursor: &Cursor) -> ApiError {
    let kind = match cursor {
        Cursor::Offset(_) => "a nested list's",
        Cursor::Key(_) => "a top-level list's",
    };
    ApiError::BadUserInput(format!(
        "that cursor is {kind}: give a cursor this list returned"
    ))
}
