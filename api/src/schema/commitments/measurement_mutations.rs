//! Recording measurements against live commitments, and correcting them: a correction is a new
//! value that supersedes the old one, which is kept, so what was reported, and when, is never
//! lost (executives for their own organisations, and administrators).

use async_graphql::{Context, Object};
use entity::{commitment, measurement};
use sea_orm::{ActiveModelTrait, ColumnTrait, EntityTrait, QueryFilter};

use super::inputs::{CorrectMeasurementInput, RecordMeasurementInput};
use super::measurement::Measurement;
use crate::audit::{Written, write_as};
use crate::auth::{Permission, require};
use crate::commitments::figures::Reading;
use crate::commitments::guards::{caller_for_commitment, live};
use crate::commitments::measurements::new_row;
use crate::commitments::rules::organisation_open;
use crate::graphql::context::ContextExt;
use crate::graphql::error::ApiResult;
use crate::graphql::ids::{NodeType, decode_as};
use crate::graphql::mutation::payload;
use crate::graphql::write::{UserErrorCode, WriteResult, begin, found, refused, unless_duplicate};
use crate::schema::stakeholders::identity::caller_person;

payload!(
    MeasurementPayload,
    measurement,
    Measurement,
    "a measurement"
);

/// Recording and correcting measurements.
#[derive(Default)]
pub struct MeasurementMutation;

fn already_superseded<T>() -> WriteResult<T> {
    refused(
        "measurement",
        UserErrorCode::AlreadySuperseded,
        "this value has been corrected already: correct the latest value",
    )
}

/// A measurement just recorded: nothing supersedes it yet.
fn latest(row: measurement::Model) -> Measurement {
    Measurement {
        row,
        superseded_by: None,
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
        write_as(ctx, caller, async |caller| {
            let today = ctx.request().today;
            let reading = Reading::parse(input.measured_on.0, input.value, today)?;
            // Who the caller is, read before the transaction opens: a read on a second pooled
            // connection inside a write transaction can wait for a connection that writers
            // queued on the write lock hold, until the pool's timeout.
            let person = caller_person(ctx).await?.map(|p| p.id);
            let txn = begin(ctx).await?;
            let target = found::<commitment::Entity, _>(&txn, id, "commitment").await?;
            live(
                &target,
                "commitment",
                "the commitment is withdrawn or transferred",
            )?;
            organisation_open(&txn, target.organisation_id, "commitment", today).await?;
            let row = new_row(caller, person, id, reading, input.note, None)
                .insert(&txn)
                .await?;
            Written::created_as(txn, NodeType::Measurement, row.id, row, latest)
        })
        .await
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
            None => require(ctx, Permission::RecordMeasurements)?.0,
        };
        write_as(ctx, caller, async |caller| {
            let today = ctx.request().today;
            // Who the caller is, read before the transaction opens: a read on a second pooled
            // connection inside a write transaction can wait for a connection that writers
            // queued on the write lock hold, until the pool's timeout.
            let person = caller_person(ctx).await?.map(|p| p.id);
            let txn = begin(ctx).await?;
            let old = found::<measurement::Entity, _>(&txn, id, "measurement").await?;
            let owner =
                found::<commitment::Entity, _>(&txn, old.commitment_id, "measurement").await?;
            organisation_open(&txn, owner.organisation_id, "measurement", today).await?;
            let on = input.measured_on.map_or(old.measured_on, |d| d.0);
            let reading = Reading::parse(on, input.value, today)?;
            let successor = measurement::Entity::find()
                .filter(measurement::Column::SupersedesId.eq(id))
                .one(&txn)
                .await?;
            if successor.is_some() {
                return already_superseded();
            }
            let new = new_row(
                caller,
                person,
                old.commitment_id,
                reading,
                input.note,
                Some(id),
            );
            // Another correction of the same value may have won the race (the unique index on
            // supersedes).
            let row = unless_duplicate(new.insert(&txn).await, already_superseded)?;
            Written::changed_as(txn, NodeType::Measurement, row.id, &old, row, latest)
        })
        .await
    }
}
