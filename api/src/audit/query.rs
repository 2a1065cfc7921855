//! Reading the audit trail: one object's (`auditTrail` on the object) and everyone's, filtered
//! (`auditEvents`), newest first, for administrators and the programme board only.

use std::collections::HashMap;

use async_graphql::dataloader::Loader;
use async_graphql::{Context, ID, InputObject, Object};
use entity::audit_event::{self, Column};
use realise_macros::connections;
use sea_orm::{ColumnTrait, Condition, EntityTrait, QueryFilter, QueryOrder};

use super::types::AuditEvent;
use crate::auth::{Permission, require};
use crate::graphql::connection::{Connection, PageArgs, paginate, query_page};
use crate::graphql::context::ContextExt;
use crate::graphql::error::{ApiError, ApiResult};
use crate::graphql::filter::Where;
use crate::graphql::ids::{NodeType, decode_any};
use crate::graphql::loader::{DbLoader, LoadError, group_by, load_or_default};
use crate::graphql::scalars::Timestamp;

/// The events of one object, newest first.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct AuditTrailOf(pub NodeType, pub i32);

impl Loader<AuditTrailOf> for DbLoader {
    type Value = Vec<audit_event::Model>;
    type Error = LoadError;

    async fn load(
        &self,
        keys: &[AuditTrailOf],
    ) -> Result<HashMap<AuditTrailOf, Self::Value>, Self::Error> {
        // One statement per object type asked for, whatever the number of objects.
        let mut by_type: HashMap<NodeType, Vec<i32>> = HashMap::new();
        for k in keys {
            by_type.entry(k.0).or_default().push(k.1);
        }
        let mut rows = Vec::new();
        for (node_type, ids) in by_type {
            rows.extend(
                audit_event::Entity::find()
                    .filter(Column::EntityType.eq(node_type.name()))
                    .filter(Column::EntityId.is_in(ids))
                    .order_by_desc(Column::Id)
                    .all(&self.db.conn)
                    .await?,
            );
        }
        Ok(group_by(keys, rows, |m| {
            NodeType::from_name(&m.entity_type).map(|t| AuditTrailOf(t, m.entity_id))
        }))
    }
}

/// The `auditTrail` field of an object: its events, newest first.
pub async fn trail(
    ctx: &Context<'_>,
    entity: NodeType,
    id: i32,
    page: PageArgs,
) -> ApiResult<Connection<AuditEvent>> {
    require(ctx, Permission::ReadAudit)?;
    let rows = load_or_default(ctx.request(), AuditTrailOf(entity, id)).await?;
    Ok(paginate(page, rows, AuditEvent))
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
        let select = audit_event::Entity::find()
            .filter(condition)
            .order_by_desc(Column::Id);
        query_page(ctx, page, select, AuditEvent).await
    }
}
