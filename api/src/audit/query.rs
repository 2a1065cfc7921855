//! Reading the audit trail: one object's (`auditTrail` on the object) and everyone's, filtered
//! (`auditEvents`), newest first, for administrators and the programme board only.

use async_graphql::{Context, ID, InputObject, Object};
use entity::audit_event::{self, Column};
use realise_macros::connections;
use sea_orm::{ColumnTrait, Condition, EntityTrait, QueryFilter};

use super::types::AuditEvent;
use crate::auth::{Permission, require};
use crate::graphql::children::{ChildList, children_page};
use crate::graphql::connection::{Connection, Keyset, PageArgs, query_page};
use crate::graphql::error::{ApiError, ApiResult};
use crate::graphql::filter::Where;
use crate::graphql::ids::{NodeType, decode_any};
use crate::graphql::loader::load_children;
use crate::graphql::scalars::Timestamp;

// The events of one object, newest first: the audit table's rows by object key, which an
// object's trail narrows to its type.
load_children!(EventsOf, audit_event::Entity, EntityId, entity_id, Id);

/// The `auditTrail` field of an object: its events, newest first.
pub async fn trail(
    ctx: &Context<'_>,
    entity: NodeType,
    id: i32,
    page: PageArgs,
) -> ApiResult<Connection<AuditEvent>> {
    require(ctx, Permission::ReadAudit)?;
    let events = EventsOf(id).rows().newest_first();
    let events = events.only_text(Column::EntityType, Some(vec![entity.name().to_owned()]));
    children_page(ctx, page, events, AuditEvent).await
}

/// Which audit events to list.
#[derive(InputObject, Default)]
pub struct AuditEventFilter {
    /// Only events of this object.
    pub entity: Option<ID>,
    /// Only events of objects of this type (e.g. `Commitment`), or `Import` for imports.
    pub entity_type: Option<String>,
    /// Only events of this actor (a token subject).
    pub actor: Option<String>,
    /// Only events of this mutation (e.g. `agreeCommitment`).
    pub action: Option<String>,
    /// Only events at or after this instant.
    pub since: Option<Timestamp>,
    /// Only events before this instant.
    pub until: Option<Timestamp>,
}

/// Reading the audit trail.
#[derive(Default)]
pub struct AuditQuery;

/// Reading the audit trail.
#[connections]
#[Object]
impl AuditQuery {
    /// Every change to the graph, newest first (administrators and the programme board only).
    #[connection]
    async fn audit_events(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "Which events to list.")] filter: Option<AuditEventFilter>,
    ) -> ApiResult<Connection<AuditEvent>> {
        require(ctx, Permission::ReadAudit)?;
        let filter = filter.unwrap_or_default();
        let entity = filter.entity.as_ref().map(decode_any).transpose()?;
        let entity = entity.map(|(node_type, key)| {
            Condition::all()
                .add(Column::EntityType.eq(node_type.name()))
                .add(Column::EntityId.eq(key))
        });
        let entity_type = match &filter.entity_type {
            Some(t) => Some(match t.trim() {
                super::IMPORT => super::IMPORT,
                other => NodeType::from_name(other)
                    .ok_or_else(|| ApiError::BadUserInput(format!("{t:?} is not an object type")))?
                    .name(),
            }),
            None => None,
        };
        let (actor, action) = (filter.actor.as_deref(), filter.action.as_deref());
        let condition = Where::all()
            .and(entity)
            .and(entity_type.map(|name| Column::EntityType.eq(name)))
            .and(actor.map(|actor| Column::Actor.eq(actor)))
            .and(action.map(|action| Column::Action.eq(action)))
            .and(filter.since.map(|since| Column::OccurredAt.gte(since.0)))
            .and(filter.until.map(|until| Column::OccurredAt.lt(until.0)));
        let select = audit_event::Entity::find().filter(condition);
        let order = Keyset::desc([Column::Id]);
        query_page(ctx, page, select, order, AuditEvent).await
    }
}
