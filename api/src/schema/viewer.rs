//! `viewer`: who the caller is, as their token says.

use async_graphql::{Context, Object};
use entity::organisation;
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};

use crate::auth::{Caller, Permission, Role, caller, scope_of};
use crate::graphql::context::ContextExt;
use crate::graphql::error::ApiResult;
use crate::organisations::OrganisationRow;
use crate::schema::organisations::Organisation;
use async_graphql::SimpleObject;

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
    /// What their role lets them do somewhere (for an executive: for their own organisations),
    /// from the same permission table that guards the mutations.
    async fn can(&self) -> ViewerCan {
        let may = |p: Permission| scope_of(self.0.role, p).is_some();
        ViewerCan {
            write_programmes: may(Permission::WriteProgrammes),
            write_benefits: may(Permission::WriteBenefits),
            write_services: may(Permission::WriteServices),
            write_deployments: may(Permission::WriteDeployments),
            agree_commitments: may(Permission::AgreeCommitments),
            write_commitments: may(Permission::WriteCommitments),
            record_measurements: may(Permission::RecordMeasurements),
            sign_off_commitments: may(Permission::SignOffCommitments),
            write_stakeholders: may(Permission::WriteAssessments),
            write_engagements: may(Permission::WriteEngagements),
            write_people: may(Permission::WritePeople),
            read_audit: may(Permission::ReadAudit),
        }
    }
    /// The person they are: the person whose sign-in an administrator has confirmed is theirs.
    /// Sign-offs they make and measurements they record carry this person.
    async fn person(
        &self,
        ctx: &Context<'_>,
    ) -> ApiResult<Option<crate::schema::stakeholders::Person>> {
        Ok(crate::schema::stakeholders::identity::caller_person(ctx)
            .await?
            .map(crate::schema::stakeholders::Person))
    }
    /// Whether a person has been proposed as theirs (by email, on their first sign-in) and
    /// awaits an administrator's confirmation.
    async fn identity_awaiting_confirmation(&self, ctx: &Context<'_>) -> ApiResult<bool> {
        let linked = crate::schema::stakeholders::identity::caller_link(ctx).await?;
        Ok(linked.is_some_and(|p| !p.identity_confirmed))
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

/// What a caller's role lets them do somewhere. Per object, `viewerCan` fields (e.g.
/// `Commitment.viewerCan`) say what they may do with that object.
#[derive(SimpleObject)]
pub struct ViewerCan {
    /// Create and change programmes.
    pub write_programmes: bool,
    /// Create and change benefits, the benefits map and enablements.
    pub write_benefits: bool,
    /// Create and change services and their service level reports.
    pub write_services: bool,
    /// Create and change deployments and their readiness gates.
    pub write_deployments: bool,
    /// Agree proposed commitments.
    pub agree_commitments: bool,
    /// Draft and change commitments (executives: of their own organisations).
    pub write_commitments: bool,
    /// Record and correct measurements (executives: of their own organisations).
    pub record_measurements: bool,
    /// Sign off agreed commitments (executives: of their own organisations).
    pub sign_off_commitments: bool,
    /// Record stakeholder assessments.
    pub write_stakeholders: bool,
    /// Record engagements.
    pub write_engagements: bool,
    /// Create and change people.
    pub write_people: bool,
    /// Read the audit trail.
    pub read_audit: bool,
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
