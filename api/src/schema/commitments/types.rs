//! The GraphQL types of commitments, trajectory points and measurements.

use super::measurement::{Measurement, TrajectoryPoint};
use async_graphql::{Context, ID, Object};
use entity::enums::CommitmentStatus;
use entity::{commitment, measurement};
use realise_macros::connections;

use super::standing::{CommitmentStanding, history_of};
use super::viewer_can::CommitmentViewerCan;
use crate::benefits::BenefitById;
use crate::commitments::LatestMeasurementsOf;
use crate::commitments::history::as_at as as_at_date;
use crate::commitments::loaders::{
    CommitmentById, MeasurementsOfCommitment, TrajectoryOfCommitment, TransfersOfCommitment,
};
use crate::graphql::children::{ChildList, Planned, count_children};
use crate::graphql::connection::{self, Connection};
use crate::graphql::context::ContextExt;
use crate::graphql::error::ApiResult;
use crate::graphql::ids::NodeType;
use crate::graphql::loader::{load_linked, load_one, load_or_default};
use crate::graphql::scalars::Date;
use crate::organisations::OrganisationById;
use crate::schema::benefits::Benefit;
use crate::schema::organisations::Organisation;
use crate::schema::stakeholders::Person;
use crate::stakeholders::PersonById;

/// A local organisation's commitment to deliver its share of a benefit.
#[derive(Clone)]
pub struct Commitment(pub commitment::Model);
crate::graphql::row_object::row_object!(
    Commitment,
    commitment::Model,
    crate::commitments::CommitmentById
);

/// A local organisation's commitment to deliver its share of a benefit: target, trajectory,
/// named owner and board sign-off.
#[connections]
#[Object]
impl Commitment {
    /// Global id.
    pub async fn id(&self) -> ID {
        NodeType::Commitment.id(self.0.id)
    }
    /// Changes to this commitment, newest first (administrators and the programme board only).
    #[connection]
    async fn audit_trail(
        &self,
        ctx: &Context<'_>,
    ) -> ApiResult<Connection<crate::audit::AuditEvent>> {
        crate::audit::trail(ctx, NodeType::Commitment, self.0.id, page).await
    }
    /// Lifecycle status.
    async fn status(&self) -> CommitmentStatus {
        self.0.status
    }
    /// Its status, owner and sign-off as they stood on a date; null before it was made.
    #[dated("The date to read the standing at (default today).")]
    async fn standing(&self, ctx: &Context<'_>) -> ApiResult<Option<CommitmentStanding>> {
        let on = ctx.as_at(as_at);
        let rows = history_of(ctx, self.0.id).await?;
        Ok(as_at_date(&rows, on).cloned().map(CommitmentStanding))
    }
    /// Every change of its status, owner or sign-off, oldest first.
    async fn history(&self, ctx: &Context<'_>) -> ApiResult<Vec<CommitmentStanding>> {
        let rows = history_of(ctx, self.0.id).await?;
        Ok(rows.into_iter().map(CommitmentStanding).collect())
    }
    /// Whether it is live (not withdrawn or transferred): live commitments count in roll-ups.
    async fn is_live(&self) -> bool {
        self.0.status.is_live()
    }
    /// What the caller may do with this commitment now, from the same permission table and
    /// lifecycle that guard the mutations.
    async fn viewer_can(&self, ctx: &Context<'_>) -> ApiResult<CommitmentViewerCan> {
        CommitmentViewerCan::for_caller(ctx, &self.0).await
    }
    /// The committed organisation.
    async fn organisation(&self, ctx: &Context<'_>) -> ApiResult<Option<Organisation>> {
        Ok(
            load_one(ctx.request(), OrganisationById(self.0.organisation_id))
                .await?
                .map(Organisation),
        )
    }
    /// The benefit.
    async fn benefit(&self, ctx: &Context<'_>) -> ApiResult<Option<Benefit>> {
        Ok(load_one(ctx.request(), BenefitById(self.0.benefit_id))
            .await?
            .map(Benefit))
    }
    /// The named local owner.
    async fn owner(&self, ctx: &Context<'_>) -> ApiResult<Option<Person>> {
        Ok(load_linked(ctx.request(), self.0.owner_id.map(PersonById))
            .await?
            .map(Person))
    }
    /// Baseline value of the measure.
    async fn baseline(&self) -> f64 {
        self.0.baseline
    }
    /// Date of the baseline.
    async fn baseline_on(&self) -> Date {
        Date(self.0.baseline_on)
    }
    /// Target value.
    async fn target(&self) -> f64 {
        self.0.target
    }
    /// Date the target is due.
    async fn target_on(&self) -> Date {
        Date(self.0.target_on)
    }
    /// RAG tolerance, a fraction of the baseline-to-target distance (default 0.10).
    async fn tolerance(&self) -> f64 {
        self.0.tolerance
    }
    /// When the organisation's executive signed it off.
    async fn signed_off_on(&self) -> Option<Date> {
        self.0.signed_off_on.map(Date)
    }
    /// Who signed it off.
    async fn signed_off_by(&self, ctx: &Context<'_>) -> ApiResult<Option<Person>> {
        Ok(
            load_linked(ctx.request(), self.0.signed_off_by_id.map(PersonById))
                .await?
                .map(Person),
        )
    }
    /// The commitment this one was transferred from (a predecessor organisation's).
    async fn transferred_from(&self, ctx: &Context<'_>) -> ApiResult<Option<Commitment>> {
        Ok(load_linked(
            ctx.request(),
            self.0.transferred_from_id.map(CommitmentById),
        )
        .await?
        .map(Commitment))
    }
    /// The commitment that took this one over when it was transferred (a successor
    /// organisation's); the latest, should it have been transferred more than once.
    async fn transferred_to(&self, ctx: &Context<'_>) -> ApiResult<Option<Commitment>> {
        let transfers = load_or_default(ctx.request(), TransfersOfCommitment(self.0.id)).await?;
        Ok(transfers.into_iter().next_back().map(Commitment))
    }
    /// Why it was withdrawn.
    async fn withdrawal_reason(&self) -> Option<&str> {
        self.0.withdrawal_reason.as_deref()
    }
    /// Version for optimistic concurrency: send it back with an update.
    async fn version(&self) -> i32 {
        self.0.version
    }
    /// Notes.
    async fn notes(&self) -> Option<&str> {
        self.0.notes.as_deref()
    }
    /// Progress against plan as at a date: actual, planned, progress, RAG and forecast.
    #[dated("The date of the figures (default today).")]
    async fn progress(
        &self,
        ctx: &Context<'_>,
    ) -> ApiResult<crate::schema::realisation::CommitmentProgress> {
        crate::schema::realisation::commitment_progress(ctx, &self.0, as_at).await
    }
    /// The SPC (XmR) analysis of the measurements on or before a date; null with none.
    #[dated("The date of the figures (default today).")]
    async fn spc(
        &self,
        ctx: &Context<'_>,
    ) -> ApiResult<Option<crate::schema::realisation::SpcAnalysis>> {
        crate::schema::realisation::commitment_spc(ctx, &self.0, as_at).await
    }
    /// The planned values between baseline and target, in date order.
    async fn trajectory(&self, ctx: &Context<'_>) -> ApiResult<Vec<TrajectoryPoint>> {
        let rows = load_or_default(ctx.request(), TrajectoryOfCommitment(self.0.id)).await?;
        Ok(rows.into_iter().map(TrajectoryPoint).collect())
    }
    /// Reported values, newest first; corrected values stay, marked `superseded`.
    #[connection]
    async fn measurements(
        &self,
        ctx: &Context<'_>,
        #[graphql(
            desc = "Include values that a correction replaced (default true).",
            default = true
        )]
        include_superseded: bool,
    ) -> ApiResult<Connection<Measurement>> {
        // Every page reads only its own rows; the series is counted only when the page needs
        // its length.
        let series = MeasurementsOfCommitment(self.0.id).rows();
        let series = match include_superseded {
            true => series,
            false => series.unnamed_by(measurement::Column::SupersedesId),
        };
        let count = || count_children(ctx, &series);
        let planned = Planned::new(ctx, &page, &count).await?;
        let key = LatestMeasurementsOf {
            commitment: self.0.id,
            skip: planned.window.offset,
            rows: planned.rows,
            effective_only: !include_superseded,
            on_or_before: None,
        };
        let rows = load_or_default(ctx.request(), key).await?;
        let total = planned.total(&rows, &count).await?;
        Ok(connection::page(planned.window, rows, total)
            .into_connection(|(row, superseded_by)| Measurement { row, superseded_by }))
    }
}
