//! The GraphQL types of a commitment's trajectory points and measurements.
use async_graphql::{Context, ID, Object};
use entity::{measurement, trajectory_point};
use realise_macros::connections;

use super::types::Commitment;
use crate::commitments::loaders::{CommitmentById, MeasurementById, MeasurementsOfCommitment};
use crate::graphql::context::ContextExt;
use crate::graphql::error::ApiResult;
use crate::graphql::ids::NodeType;
use crate::graphql::loader::{load_linked, load_one, load_or_default};
use crate::graphql::scalars::{Date, Timestamp};
use crate::schema::stakeholders::Person;
use crate::stakeholders::PersonById;

/// A planned value on a date.
pub struct TrajectoryPoint(pub trajectory_point::Model);

/// A planned value of a commitment on a date.
#[connections]
#[Object]
impl TrajectoryPoint {
    /// The date.
    async fn planned_on(&self) -> Date {
        Date(self.0.planned_on)
    }
    /// The planned value.
    async fn value(&self) -> f64 {
        self.0.value
    }
}

/// A reported value, with whether a correction has replaced it.
#[derive(Clone)]
pub struct Measurement {
    /// The row.
    pub row: measurement::Model,
    /// The correction that replaced it, if any.
    pub superseded_by: Option<i32>,
}

impl Measurement {
    /// The measurement with key `key`, marked replaced where a correction has replaced it.
    pub async fn by_key(
        request: &crate::graphql::context::RequestContext,
        key: i32,
    ) -> ApiResult<Option<Self>> {
        let Some(row) = load_one(request, MeasurementById(key)).await? else {
            return Ok(None);
        };
        let series = load_or_default(request, MeasurementsOfCommitment(row.commitment_id)).await?;
        Ok(Self::from_series(series)
            .into_iter()
            .find(|m| m.row.id == key))
    }

    /// Marks which values of one commitment's series later corrections replaced.
    pub fn from_series(rows: Vec<measurement::Model>) -> Vec<Measurement> {
        let replaced: std::collections::HashMap<i32, i32> = rows
            .iter()
            .filter_map(|m| Some((m.supersedes_id?, m.id)))
            .collect();
        rows.into_iter()
            .map(|row| Measurement {
                superseded_by: replaced.get(&row.id).copied(),
                row,
            })
            .collect()
    }
}

/// A reported value of a commitment's measure. Nothing is overwritten: a correction is a new
/// value that supersedes the old one, so the history of what was reported, and when, is kept.
#[connections]
#[Object]
impl Measurement {
    /// Global id.
    pub async fn id(&self) -> ID {
        NodeType::Measurement.id(self.row.id)
    }
    /// The date the value is for.
    async fn measured_on(&self) -> Date {
        Date(self.row.measured_on)
    }
    /// The value.
    async fn value(&self) -> f64 {
        self.row.value
    }
    /// Note.
    async fn note(&self) -> Option<&str> {
        self.row.note.as_deref()
    }
    /// Who recorded it: the subject of their sign-in.
    async fn recorded_by(&self) -> &str {
        &self.row.recorded_by
    }
    /// The person who recorded it, when their sign-in was linked to one.
    async fn recorder(&self, ctx: &Context<'_>) -> ApiResult<Option<Person>> {
        Ok(load_linked(
            ctx.request(),
            self.row.recorded_by_person_id.map(PersonById),
        )
        .await?
        .map(Person))
    }
    /// When it was recorded.
    async fn recorded_at(&self) -> Timestamp {
        Timestamp(self.row.recorded_at)
    }
    /// Whether a correction has replaced this value.
    async fn superseded(&self) -> bool {
        self.superseded_by.is_some()
    }
    /// The value this one corrects.
    async fn supersedes(&self, ctx: &Context<'_>) -> ApiResult<Option<Measurement>> {
        let Some(id) = self.row.supersedes_id else {
            return Ok(None);
        };
        // Read through the series so the returned value knows it is superseded (by this one).
        Ok(load_one(ctx.request(), MeasurementById(id))
            .await?
            .map(|row| Measurement {
                row,
                superseded_by: Some(self.row.id),
            }))
    }
    /// The correction that replaced this value.
    async fn superseded_by(&self, ctx: &Context<'_>) -> ApiResult<Option<Measurement>> {
        let Some(id) = self.superseded_by else {
            return Ok(None);
        };
        let series = load_one(
            ctx.request(),
            MeasurementsOfCommitment(self.row.commitment_id),
        )
        .await?
        .unwrap_or_default();
        Ok(Measurement::from_series(series)
            .into_iter()
            .find(|m| m.row.id == id))
    }
    /// The commitment it is reported against.
    async fn commitment(&self, ctx: &Context<'_>) -> ApiResult<Option<Commitment>> {
        Ok(
            load_one(ctx.request(), CommitmentById(self.row.commitment_id))
                .await?
                .map(Commitment),
        )
    }
}
