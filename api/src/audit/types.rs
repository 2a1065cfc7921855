//! The GraphQL type of an audit event.

use async_graphql::{ID, Object, Scalar, ScalarType, Value};
use entity::audit_event;

use crate::graphql::ids::NodeType;
use crate::graphql::scalars::Timestamp;

/// A JSON document: an object as it was stored, before or after a change.
#[derive(Clone, Debug)]
pub struct Json(pub serde_json::Value);

/// A JSON document: an object as it was stored, before or after a change.
#[Scalar(name = "JSON")]
impl ScalarType for Json {
    fn parse(value: Value) -> async_graphql::InputValueResult<Self> {
        Ok(Json(value.into_json()?))
    }

    fn to_value(&self) -> Value {
        Value::from_json(self.0.clone()).unwrap_or(Value::Null)
    }
}

/// One change to the graph.
#[derive(Clone)]
pub struct AuditEvent(pub audit_event::Model);

/// One change to the graph: who made it, in which role, to which object, and the object before
/// and after. Never changed or deleted.
#[Object]
impl AuditEvent {
    /// Global id.
    async fn id(&self) -> ID {
        NodeType::AuditEvent.id(self.0.id)
    }
    /// Who made the change: the subject of their token.
    async fn actor(&self) -> &str {
        &self.0.actor
    }
    /// The role they made it in.
    async fn actor_role(&self) -> &str {
        &self.0.actor_role
    }
    /// The mutation, e.g. `signOffCommitment`.
    async fn action(&self) -> &str {
        &self.0.action
    }
    /// The type of the changed object, e.g. `Commitment`; `Import` for an import of a file, which
    /// changes many.
    async fn entity_type(&self) -> &str {
        &self.0.entity_type
    }
    /// The global id of the changed object; null for an import.
    async fn entity_id(&self) -> Option<ID> {
        NodeType::from_name(&self.0.entity_type).map(|t| t.id(self.0.entity_id))
    }
    /// The object before the change (null when it was created, and for an import).
    async fn before(&self) -> Option<Json> {
        self.0.before.clone().map(Json)
    }
    /// The object after the change (null when it was deleted); for an import, the file it read
    /// and its counts.
    async fn after(&self) -> Option<Json> {
        self.0.after.clone().map(Json)
    }
    /// When the change was made.
    async fn occurred_at(&self) -> Timestamp {
        Timestamp(self.0.occurred_at)
    }
}
