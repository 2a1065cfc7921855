//! Set-based reads for roll-ups: everything a programme's figures need as at a date, in a fixed
//! number of statements whatever its size (at national scale: 100,000 commitments, 2.4 million
//! measurements).
//!
//! Only one read selects rather than fetches: the measurements. A roll-up needs each
//! commitment's actual, the latest effective value on or before the date, and nothing else of
//! its series (no forecast or SPC), so the database returns exactly that row per commitment:
//! among the commitment's values on or before the date that no correction supersedes, the
//! latest by date, then by id. That is the value
//! [`latest_on_or_before`](crate::analytics::latest_on_or_before) picks from the full series
//! (corrections apply whatever their own date), so [`super::inputs`] turns it into the same
//! actual, progress and RAG; black-box tests hold the two paths to agreement on the demo data,
//! corrections included. It walks `ix_measurements_commitment_id_measured_on_id` backwards once
//! per commitment instead of reading millions of rows.

use chrono::NaiveDate;
use entity::enums::{DeploymentStatus, OrganisationKind, RelationshipKind};
use entity::{
    benefit, commitment, deployment, enablement, organisation,
    organisation_relationship as relationship, trajectory_point,
};
use futures_util::{TryStreamExt, try_join};
use sea_orm::sea_query::{Query, SelectStatement};
use sea_orm::{
    ColumnTrait, Condition, ConnectionTrait, DbBackend, DbErr, EntityTrait, FromQueryResult,
    QueryFilter, QueryOrder, QuerySelect, Statement, StreamTrait,
};

mod sql;

use self::sql::commitments_as_at;
pub(super) use self::sql::latest_measurements;
use super::inputs::{CommitmentColumns, PlannedValue, RecordedValue};
use crate::organisations::valid_at;

/// The rows behind a programme's figures as at a date.
pub struct ProgrammeRows {
    /// The programme's benefits, by code.
    pub benefits: Vec<benefit::Model>,
    /// Their commitments that existed on the date, every status, as they stood then.
    pub commitments: Vec<CommitmentColumns>,
    /// The commitments' trajectory points, by commitment.
    pub trajectory: Vec<PlannedValue>,
    /// Each commitment's latest effective measurement on or before the date, if any.
    pub latest: Vec<RecordedValue>,
    /// (organisation, benefit) for each organisation with a LIVE deployment (live on or
    /// before the date) of a service that enables the benefit.
    pub eligible: Vec<(i32, i32)>,
    /// (organisation, organisation it is PART_OF) as at the date.
    pub part_of: Vec<(i32, i32)>,
    /// The REGIONAL_TEAM organisations.
    pub regions: Vec<i32>,
}

/// The counter every write to the figures' tables bumps (see the `track_data_version`
/// migration): equal counters mean equal rows.
#[tracing::instrument(level = "debug", skip(db))]
pub async fn data_version<C: ConnectionTrait>(db: &C) -> Result<i64, DbErr> {
    crate::db::counter(db, 1).await
}

/// `SELECT id FROM benefits WHERE programme_id = ?`.
fn benefits_of(programme: i32) -> SelectStatement {
    Query::select()
        .column(benefit::Column::Id)
        .from(benefit::Entity)
        .and_where(benefit::Column::ProgrammeId.eq(programme))
        .to_owned()
}

/// `SELECT id FROM commitments WHERE benefit_id IN (the programme's benefits)`.
pub(super) fn commitments_of(programme: i32) -> SelectStatement {
    Query::select()
        .column(commitment::Column::Id)
        .from(commitment::Entity)
        .and_where(commitment::Column::BenefitId.in_subquery(benefits_of(programme)))
        .to_owned()
}

/// Reads everything a programme's figures need as at `as_at`: seven statements, run at once
/// when `db` is a pool of connections (one after another in a transaction). The large
/// results are decoded row by row as they arrive, so memory holds only the few columns kept,
/// never the driver's rows for 100,000 commitments.
pub async fn programme_rows<C: ConnectionTrait + StreamTrait>(
    db: &C,
    programme: i32,
    as_at: NaiveDate,
) -> Result<ProgrammeRows, DbErr> {
    let (benefits, commitments, trajectory, latest, eligible, part_of, regions) = try_join!(
        benefit::Entity::find()
            .filter(benefit::Column::ProgrammeId.eq(programme))
            .order_by_asc(benefit::Column::Code)
            .order_by_asc(benefit::Column::Id)
            .all(db),
        commitments(db, programme, as_at),
        trajectories(db, programme),
        latest(db, programme, as_at),
        eligible(db, programme, as_at),
        relationship::Entity::find()
            .select_only()
            .column(relationship::Column::FromOrganisationId)
            .column(relationship::Column::ToOrganisationId)
            .filter(relationship::Column::Kind.eq(RelationshipKind::PartOf))
            .filter(valid_at(as_at))
            .into_tuple::<(i32, i32)>()
            .all(db),
        organisation::Entity::find()
            .select_only()
            .column(organisation::Column::Id)
            .filter(organisation::Column::Kind.is_in([
                // The regional tier of each era.
                OrganisationKind::RegionalTeam,
                OrganisationKind::StrategicHealthAuthority,
            ]))
            .into_tuple::<i32>()
            .all(db),
    )?;
    Ok(ProgrammeRows {
        benefits,
        commitments,
        trajectory,
        latest,
        eligible,
        part_of,
        regions,
    })
}

/// The programme's commitments that existed on `as_at`, every status, each with the status,
/// owner and sign-off of its history on that date; only the columns the figures read (no
/// text, no timestamps to decode). A commitment with no history at all (written before
/// histories were kept, and not backfilled) stands as it is now.
pub(super) async fn commitments<C: ConnectionTrait + StreamTrait>(
    db: &C,
    programme: i32,
    as_at: NaiveDate,
) -> Result<Vec<CommitmentColumns>, DbErr> {
    commitments_among(db, programme, as_at, None).await
}

/// [`commitments`], only those among `only` when given.
pub(super) async fn commitments_among<C: ConnectionTrait + StreamTrait>(
    db: &C,
    programme: i32,
    as_at: NaiveDate,
    only: Option<&[i32]>,
) -> Result<Vec<CommitmentColumns>, DbErr> {
    let backend = ConnectionTrait::get_database_backend(db);
    let sql = commitments_as_at(backend, only);
    streamed(db, as_at_statement(backend, sql, programme, as_at)).await
}

/// The trajectory points of the programme's commitments.
pub(super) async fn trajectories<C: ConnectionTrait + StreamTrait>(
    db: &C,
    programme: i32,
) -> Result<Vec<PlannedValue>, DbErr> {
    trajectory_point::Entity::find()
        .filter(trajectory_point::Column::CommitmentId.in_subquery(commitments_of(programme)))
        .order_by_asc(trajectory_point::Column::CommitmentId)
        .order_by_asc(trajectory_point::Column::PlannedOn)
        .order_by_asc(trajectory_point::Column::Id)
        .into_partial_model::<PlannedValue>()
        .stream(db)
        .await?
        .try_collect()
        .await
}

/// Each commitment's latest effective measurement on or before `as_at` (see the module
/// documentation).
async fn latest<C: ConnectionTrait + StreamTrait>(
    db: &C,
    programme: i32,
    as_at: NaiveDate,
) -> Result<Vec<RecordedValue>, DbErr> {
    let backend = ConnectionTrait::get_database_backend(db);
    let sql = latest_measurements(backend, None);
    streamed(db, as_at_statement(backend, sql, programme, as_at)).await
}

/// A statement of the programme's rows as at a date: `sql` takes the date, then the programme.
pub(super) fn as_at_statement(
    backend: DbBackend,
    sql: String,
    programme: i32,
    as_at: NaiveDate,
) -> Statement {
    Statement::from_sql_and_values(backend, sql, [as_at.into(), programme.into()])
}

/// The rows of `statement`, decoded as they stream in.
async fn streamed<R, C>(db: &C, statement: Statement) -> Result<Vec<R>, DbErr>
where
    R: FromQueryResult + Send + 'static,
    C: ConnectionTrait + StreamTrait,
{
    R::find_by_statement(statement)
        .stream(db)
        .await?
        .try_collect()
        .await
}

/// (organisation, benefit) where a service that enables the benefit is LIVE at the
/// organisation, and went live on or before `as_at`.
async fn eligible<C: ConnectionTrait + StreamTrait>(
    db: &C,
    programme: i32,
    as_at: NaiveDate,
) -> Result<Vec<(i32, i32)>, DbErr> {
    deployment::Entity::find()
        .select_only()
        .column(deployment::Column::OrganisationId)
        .column(enablement::Column::BenefitId)
        .join(sea_orm::JoinType::InnerJoin, enabled_by())
        .filter(deployment::Column::Status.eq(DeploymentStatus::Live))
        .filter(
            Condition::any()
                .add(deployment::Column::WentLiveOn.is_null())
                .add(deployment::Column::WentLiveOn.lte(as_at)),
        )
        .filter(enablement::Column::BenefitId.in_subquery(benefits_of(programme)))
        .distinct()
        .into_tuple::<(i32, i32)>()
        .stream(db)
        .await?
        .try_collect()
        .await
}

/// deployments JOIN enablements ON the service (the entities declare no relations).
fn enabled_by() -> sea_orm::RelationDef {
    sea_orm::RelationDef::from(
        deployment::Entity::belongs_to(enablement::Entity)
            .from(deployment::Column::ServiceId)
            .to(enablement::Column::ServiceId),
    )
}
