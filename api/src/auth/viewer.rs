//! `viewer`: who the caller is, as their token says.

use async_graphql::{Context, Object};
use entity::organisation;
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};

use super::permissions::caller;
use super::token::{Caller, Role};
use crate::graphql::context::ContextExt;
use crate::graphql::error::ApiResult;
use crate::organisations::{Organisation, OrganisationRow};

/// The caller of a request.
pub struct Viewer(Caller);

/// The caller of a request, as their bearer token names them.
#[Object]
impl Viewer {
    /// The token's subject: who they are to the identity provider.
    async fn subject(&self) -> &str {
        &self.0.subject
    }
    /// Their display name, when the token carries one.
    async fn name(&self) -> Option<&str> {
        self.0.name.as_deref()
    }
    /// Their role, which decides what they may do.
    async fn role(&self) -> Role {
        self.0.role
    }
    /// The ODS code of their organisation, when the token carries one.
    async fn organisation_code(&self) -> Option<&str> {
        self.0.organisation.as_deref()
    }
    /// Their organisation, when the token names one that Realise knows.
    async fn organisation(&self, ctx: &Context<'_>) -> ApiResult<Option<Organisation>> {
        let Some(code) = &self.0.organisation else {
            return Ok(None);
        };
        Ok(organisation::Entity::find()
            .filter(organisation::Column::OdsCode.eq(code.as_str()))
            .into_partial_model::<OrganisationRow>()
            .one(&ctx.request().db.conn)
            .await?
            .map(Organisation))
    }
}

/// Who is asking.
#[derive(Default)]
pub struct ViewerQuery;

/// Who is asking.
#[Object]
impl ViewerQuery {
    /// The caller of this request.
    async fn viewer(&self, ctx: &Context<'_>) -> ApiResult<Viewer> {
        Ok(Viewer(caller(ctx)?.clone()))
    }
}
