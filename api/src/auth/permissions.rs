//! The permission table of DESIGN.md ("Who may do what"), and the checks every resolver makes
//! against it. Reads: any verified caller reads the graph (the HTTP handler refuses callers
//! without a valid token before anything runs), except people's contact details. Writes: see
//! [`scope_of`], the one place that says who may write what.

use std::collections::HashSet;
use std::sync::Arc;

use async_graphql::Context;
use chrono::NaiveDate;
use entity::organisation;
use sea_orm::{ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, QuerySelect};

use super::token::{Caller, Role};
use crate::graphql::context::ContextExt;
use crate::graphql::error::{ApiError, ApiResult};
use crate::organisations::descendants;

/// Something a caller may be allowed to do.
#[derive(Clone, Copy, Debug, PartialEq, Eq, sea_orm::EnumIter)]
pub enum Permission {
    /// Create and change programmes.
    WriteProgrammes,
    /// Create and change benefits, the benefits map and enablements.
    WriteBenefits,
    /// Create and change services and their service level reports.
    WriteServices,
    /// Create and change deployments and their readiness gates.
    WriteDeployments,
    /// Agree a proposed commitment (the programme board's step).
    AgreeCommitments,
    /// Record stakeholder assessments.
    WriteAssessments,
    /// Record engagements.
    WriteEngagements,
    /// Draft, change, propose, withdraw, transfer and mark realised commitments, and set their
    /// trajectories.
    WriteCommitments,
    /// Record and correct measurements.
    RecordMeasurements,
    /// Sign off an agreed commitment (the organisation's executive's step).
    SignOffCommitments,
    /// Create and change people.
    WritePeople,
    /// Read the audit trail.
    ReadAudit,
}

/// Where a granted permission holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Scope {
    /// For every organisation.
    Everywhere,
    /// For the caller's organisation and the organisations PART_OF it, as at today.
    OwnOrganisations,
}

/// The table: where `role` may do `permission`, or `None` where it may not at all.
pub fn scope_of(role: Role, permission: Permission) -> Option<Scope> {
    use Permission::*;
    match role {
        Role::Admin => Some(Scope::Everywhere),
        Role::ProgrammeBoard => matches!(
            permission,
            WriteProgrammes
                | WriteBenefits
                | WriteServices
                | WriteDeployments
                | AgreeCommitments
                | WriteAssessments
                | WriteEngagements
                | ReadAudit
        )
        .then_some(Scope::Everywhere),
        Role::Executive => matches!(
            permission,
            WriteCommitments | RecordMeasurements | WriteEngagements | SignOffCommitments
        )
        .then_some(Scope::OwnOrganisations),
        Role::Partner => None,
    }
}

/// The verified caller; every resolver can rely on one (see the module docs).
pub fn caller<'a>(ctx: &'a Context<'_>) -> ApiResult<&'a Caller> {
    ctx.data_opt::<Caller>().ok_or(ApiError::Unauthenticated)
}

/// The caller, when they hold `permission` somewhere; FORBIDDEN otherwise.
pub fn require<'a>(ctx: &'a Context<'_>, permission: Permission) -> ApiResult<(&'a Caller, Scope)> {
    let caller = caller(ctx)?;
    match scope_of(caller.role, permission) {
        Some(scope) => Ok((caller, scope)),
        None => Err(forbidden(caller, permission)),
    }
}

/// The caller, when they hold `permission` for every one of `organisations`; FORBIDDEN
/// otherwise.
pub async fn require_for<'a>(
    ctx: &'a Context<'_>,
    permission: Permission,
    organisations: &[i32],
) -> ApiResult<&'a Caller> {
    let (caller, scope) = require(ctx, permission)?;
    if scope == Scope::OwnOrganisations {
        let own = organisation_scope(ctx).await?;
        if organisations.is_empty() || !organisations.iter().all(|o| own.contains(o)) {
            return Err(ApiError::Forbidden(format!(
                "a {} may do this only for their own organisation and the organisations part of it",
                caller.role.as_str()
            )));
        }
    }
    Ok(caller)
}

fn forbidden(caller: &Caller, permission: Permission) -> ApiError {
    ApiError::Forbidden(format!(
        "the {} role may not do this ({permission:?})",
        caller.role.as_str()
    ))
}

/// The caller's organisation and every organisation PART_OF it as at today (empty for callers
/// without an organisation, or whose ODS code is unknown). Read once per request.
pub async fn organisation_scope(ctx: &Context<'_>) -> ApiResult<Arc<HashSet<i32>>> {
    let request = ctx.request();
    let set = request
        .organisation_scope
        .get_or_try_init(|| async {
            let Some(caller) = ctx.data_opt::<Caller>() else {
                return Ok::<_, ApiError>(Arc::new(HashSet::new()));
            };
            Ok(Arc::new(
                own_organisations(&request.db.conn, caller, request.today).await?,
            ))
        })
        .await?;
    Ok(set.clone())
}

/// `caller`'s organisation and every organisation PART_OF it on `today` (empty for callers
/// without an organisation, or whose ODS code is unknown): where an executive acts.
pub async fn own_organisations<C: ConnectionTrait>(
    db: &C,
    caller: &Caller,
    today: NaiveDate,
) -> Result<HashSet<i32>, DbErr> {
    let Some(code) = caller.organisation.as_deref() else {
        return Ok(HashSet::new());
    };
    let root: Option<i32> = organisation::Entity::find()
        .select_only()
        .column(organisation::Column::Id)
        .filter(organisation::Column::OdsCode.eq(code))
        .into_tuple()
        .one(db)
        .await?;
    let Some(root) = root else {
        return Ok(HashSet::new());
    };
    let mut set: HashSet<i32> = descendants(db, root, today).await?.into_iter().collect();
    set.insert(root);
    Ok(set)
}

/// Whether `caller` may do `permission` for `org` on `today`: the permission table, outside
/// a GraphQL request (the spreadsheet returns).
pub async fn may_act_for<C: ConnectionTrait>(
    db: &C,
    caller: &Caller,
    permission: Permission,
    org: i32,
    today: NaiveDate,
) -> Result<bool, DbErr> {
    Ok(match scope_of(caller.role, permission) {
        None => false,
        Some(Scope::Everywhere) => true,
        Some(Scope::OwnOrganisations) => own_organisations(db, caller, today).await?.contains(&org),
    })
}

/// Whether the caller may see the contact details (email) of a person of `organisation`:
/// administrators and the programme board always; executives for people of their own
/// organisation and the organisations PART_OF it (the organisations they act for); partners
/// never.
pub async fn can_see_contact_details(
    ctx: &Context<'_>,
    organisation: Option<i32>,
) -> ApiResult<bool> {
    match caller(ctx)?.role {
        Role::Admin | Role::ProgrammeBoard => Ok(true),
        Role::Partner => Ok(false),
        Role::Executive => match organisation {
            Some(org) => Ok(organisation_scope(ctx).await?.contains(&org)),
            None => Ok(false),
        },
    }
}

#[cfg(test)]
mod tests {
    use sea_orm::Iterable;

    use super::*;
    use Permission::*;

    const ALL: Option<Scope> = Some(Scope::Everywhere);
    const OWN: Option<Scope> = Some(Scope::OwnOrganisations);
    const NO: Option<Scope> = None;

    /// DESIGN.md's "who may do what", a row a permission: where the programme board and an
    /// executive may do it. An administrator may do everything everywhere, a partner nothing.
    const TABLE: [(Permission, Option<Scope>, Option<Scope>); 12] = [
        (WriteProgrammes, ALL, NO),
        (WriteBenefits, ALL, NO),
        (WriteServices, ALL, NO),
        (WriteDeployments, ALL, NO),
        (AgreeCommitments, ALL, NO),
        (WriteAssessments, ALL, NO),
        (WriteEngagements, ALL, OWN),
        (WriteCommitments, NO, OWN),
        (RecordMeasurements, NO, OWN),
        (SignOffCommitments, NO, OWN),
        (WritePeople, NO, NO),
        (ReadAudit, ALL, NO),
    ];

    #[test]
    fn the_table_of_design_md() {
        for (permission, board, executive) in TABLE {
            assert_eq!(scope_of(Role::Admin, permission), ALL, "{permission:?}");
            assert_eq!(
                scope_of(Role::ProgrammeBoard, permission),
                board,
                "{permission:?}"
            );
            assert_eq!(
                scope_of(Role::Executive, permission),
                executive,
                "{permission:?}"
            );
            assert_eq!(scope_of(Role::Partner, permission), NO, "{permission:?}");
        }
        let listed: Vec<Permission> = TABLE.iter().map(|row| row.0).collect();
        assert_eq!(
            listed,
            Permission::iter().collect::<Vec<_>>(),
            "a row for every permission"
        );
    }
}
