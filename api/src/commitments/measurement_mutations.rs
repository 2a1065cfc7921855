//! Recording measurements against live commitments, and correcting them: a correction is a new
//! value that supersedes the old one, which is kept, so what was reported, and when, is never
//! lost (executives for their own organisations, and administrators).

use async_graphql::{Context, Object};
use chrono::Utc;
use entity::{commitment, measurement};
use sea_orm::{ActiveModelTrait, ColumnTrait, EntityTrait, QueryFilter, Set};

use super::figures::Reading;
use super::guards::caller_for_commitment;
use super::inputs::{CorrectMeasurementInput, RecordMeasurementInput};
use super::rules::organisation_open;
use super::types::Measurement;
use crate::audit::{record, snapshot};
use crate::auth::Caller;
use crate::auth::Permission;
use crate::graphql::context::ContextExt;
use crate::graphql::error::ApiResult;
use crate::graphql::ids::{NodeType, decode_as};
use crate::graphql::mutation::{UserErrorCode, begin, is_unique_violation, payload, refuse};
use crate::graphql::store::{found, or_refuse};

payload!(
    MeasurementPayload,
    measurement,
    Measurement,
    "a measurement"
);

/// Recording and correcting measurements.
#[derive(Default)]
pub struct MeasurementMutation;

fn already_superseded() -> Result<Measurement, Vec<crate::graphql::mutation::UserError>> {
    refuse(
        "measurement",
        UserErrorCode::AlreadySuperseded,
        "this value has been corrected already: correct the latest value",
    )
}

/// A new measurement row, recorded by `caller` (and the person they are, when linked).
fn new_row(
    caller: &Caller,
    person: Option<i32>,
    commitment_id: i32,
    reading: Reading,
    note: Option<String>,
    supersedes: Option<i32>,
) -> measurement::ActiveModel {
    let now = Utc::now();
    measurement::ActiveModel {
        commitment_id: Set(commitment_id),
        measured_on: Set(reading.measured_on),
        value: Set(reading.value),
        note: Set(note),
        recorded_by: Set(caller.subject.clone()),
        recorded_by_person_id: Set(person),
        recorded_at: Set(now),
        supersedes_id: Set(supersedes),
        created_at: Set(now),
        updated_at: Set(now),
        ..Default::default()
    }
}

/// Recording and correcting measurements.
#[Object]
impl MeasurementMutation {
    /// Records a value of a live commitment's measure.
    async fn record_measurement(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The value.")] input: RecordMeasurementInput,
    ) -> ApiResult<MeasurementPayload> {
        let id = decode_as(&input.commitment, NodeType::Commitment)?;
        let caller = caller_for_commitment(ctx, id, Permission::RecordMeasurements).await?;
        let reading = or_refuse!(Reading::parse(
            input.measured_on.0,
            input.value,
            ctx.request().today
        ));
        let txn = begin(ctx).await?;
        let target = or_refuse!(found::<commitment::Entity, _>(&txn, id, "commitment").await?);
        if !target.status.is_live() {
            return Ok(refuse::<Measurement>(
                "commitment",
                UserErrorCode::NotLive,
                "the commitment is withdrawn or transferred",
            )
            .into());
        }
        or_refuse!(
            organisation_open(
                &txn,
                target.organisation_id,
                "commitment",
                ctx.request().today
            )
            .await?
        );
        let row = new_row(
            caller,
            crate::auth::identity::caller_person(ctx)
                .await?
                .map(|p| p.id),
            id,
            reading,
            input.note,
            None,
        )
        .insert(&txn)
        .await?;
        record(
            &txn,
            caller,
            "recordMeasurement",
            NodeType::Measurement,
            row.id,
            None,
            snapshot(&row)?,
        )
        .await?;
        txn.commit().await?;
        Ok(Ok(Measurement {
            row,
            superseded_by: None,
        })
        .into())
    }

    /// Corrects a reported value: records a new value that supersedes it. The old value stays,
    /// marked superseded.
    async fn correct_measurement(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The correction.")] input: CorrectMeasurementInput,
    ) -> ApiResult<MeasurementPayload> {
        let id = decode_as(&input.measurement, NodeType::Measurement)?;
        let commitment_id = measurement::Entity::find_by_id(id)
            .one(&ctx.request().db.conn)
            .await?
            .map(|m| m.commitment_id);
        let caller = match commitment_id {
            Some(c) => caller_for_commitment(ctx, c, Permission::RecordMeasurements).await?,
            None => crate::auth::require(ctx, Permission::RecordMeasurements)?.0,
        };
        let txn = begin(ctx).await?;
        let old = or_refuse!(found::<measurement::Entity, _>(&txn, id, "measurement").await?);
        let owner = or_refuse!(
            found::<commitment::Entity, _>(&txn, old.commitment_id, "measurement").await?
        );
        or_refuse!(
            organisation_open(
                &txn,
                owner.organisation_id,
                "measurement",
                ctx.request().today
            )
            .await?
        );
        let on = input.measured_on.map_or(old.measured_on, |d| d.0);
        let reading = or_refuse!(Reading::parse(on, input.value, ctx.request().today));
        let successor = measurement::Entity::find()
            .filter(measurement::Column::SupersedesId.eq(id))
            .one(&txn)
            .await?;
        if successor.is_some() {
            return Ok(already_superseded().into());
        }
        let row = match new_row(
            caller,
            crate::auth::identity::caller_person(ctx)
                .await?
                .map(|p| p.id),
            old.commitment_id,
            reading,
            input.note,
            Some(id),
        )
        .insert(&txn)
        .await
        {
            Ok(row) => row,
            // Another correction of the same value won the race (the unique index on supersedes).
            Err(e) if is_unique_violation(&e) => return Ok(already_superseded().into()),
            Err(e) => return Err(e.into()),
        };
        record(
            &txn,
            caller,
            "correctMeasurement",
            NodeType::Measurement,
            row.id,
            snapshot(&old)?,
            snapshot(&row)?,
        )
        .await?;
        txn.commit().await?;
        Ok(Ok(Measurement {
            row,
            superseded_by: None,
        })
        .into())
    }
}
