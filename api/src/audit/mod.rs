//! The audit trail: every successful mutation writes one event (who, in which role, did what to
//! which object, with the object before and after as JSON) in the same transaction as the change
//! itself, so a change is never without its event nor an event without its change. Events are
//! never updated or deleted. Changes to parts of an object (a benefit's links and enablements, a
//! deployment's readiness gates, a service's level reports, a commitment's trajectory) are filed
//! under the object they belong to, so its `auditTrail` tells its whole story.
//!
//! Reading the trail is for administrators and the programme board: the snapshots can hold
//! contact details that other roles may not see.

mod query;
mod types;
mod write;

use chrono::Utc;
use entity::audit_event;
use sea_orm::ActiveValue::{NotSet, Set};
use sea_orm::{ActiveModelTrait, ConnectionTrait, DbErr};
use serde::Serialize;

use crate::auth::Caller;
use crate::graphql::ids::NodeType;

pub use query::{AuditQuery, trail};
pub use types::AuditEvent;
pub use write::{Written, write, write_as};

/// A row as JSON, for an event's before and after. A row that cannot be written as JSON fails
/// the change (and its transaction), rather than leave an event with nothing in it.
pub fn snapshot<T: Serialize>(row: &T) -> Result<Option<serde_json::Value>, DbErr> {
    serde_json::to_value(row)
        .map(Some)
        .map_err(|e| DbErr::Custom(format!("writing an audit snapshot: {e}")))
}

/// Records one event of `caller` doing `action` to `entity` `id`.
#[tracing::instrument(level = "debug", skip(db, caller, before, after))]
pub async fn record<C: ConnectionTrait>(
    db: &C,
    caller: &Caller,
    action: &str,
    entity: NodeType,
    id: i32,
    before: Option<serde_json::Value>,
    after: Option<serde_json::Value>,
) -> Result<(), DbErr> {
    insert(db, caller, action, (entity.name(), id), before, after).await
}

/// The entity type of an event about a whole import rather than one object; it has no id.
pub const IMPORT: &str = "Import";

/// Records one event of `caller` importing a file: `after` says what the import did.
pub async fn record_import<C: ConnectionTrait>(
    db: &C,
    caller: &Caller,
    action: &str,
    after: serde_json::Value,
) -> Result<(), DbErr> {
    insert(db, caller, action, (IMPORT, 0), None, Some(after)).await
}

async fn insert<C: ConnectionTrait>(
    db: &C,
    caller: &Caller,
    action: &str,
    (entity_type, entity_id): (&str, i32),
    before: Option<serde_json::Value>,
    after: Option<serde_json::Value>,
) -> Result<(), DbErr> {
    audit_event::ActiveModel {
        id: NotSet,
        actor: Set(caller.subject.clone()),
        actor_role: Set(caller.role.as_str().to_owned()),
        action: Set(action.to_owned()),
        entity_type: Set(entity_type.to_owned()),
        entity_id: Set(entity_id),
        before: Set(before),
        after: Set(after),
        occurred_at: Set(Utc::now()),
        created_at: NotSet,
        updated_at: NotSet,
    }
    .insert(db)
    .await?;
    Ok(())
}
