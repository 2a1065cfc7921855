//! Reading committed audit events and what they touched: a handful of statements per batch of
//! events, however many subscribers hear of them.

use std::collections::HashMap;

use entity::{audit_event, benefit, commitment, measurement};
use sea_orm::{
    ColumnTrait, Condition, ConnectionTrait, DbErr, EntityTrait, QueryFilter, QueryOrder,
    QuerySelect,
};

use super::event::{CommitmentScope, LiveEvent, Touches};

/// The most events read at once; a larger backlog is read in several batches.
pub const BATCH: u64 = 500;

/// One audit row, as much of it as a live event needs.
type Row = (i32, String, String, i32);

/// The events with a key above `after`, or among `also` (keys skipped earlier whose
/// transactions may commit late), in key order, at most `limit`.
pub async fn events<C: ConnectionTrait>(
    db: &C,
    after: i32,
    also: &[i32],
    limit: u64,
) -> Result<Vec<LiveEvent>, DbErr> {
    let mut wanted = Condition::any().add(audit_event::Column::Id.gt(after));
    if !also.is_empty() {
        wanted = wanted.add(audit_event::Column::Id.is_in(also.to_vec()));
    }
    let rows: Vec<Row> = audit_event::Entity::find()
        .select_only()
        .columns([
            audit_event::Column::Id,
            audit_event::Column::Action,
            audit_event::Column::EntityType,
            audit_event::Column::EntityId,
        ])
        .filter(wanted)
        .order_by_asc(audit_event::Column::Id)
        .limit(limit)
        .into_tuple()
        .all(db)
        .await?;
    touched(db, rows).await
}

/// The highest event key so far (0 when there is none).
pub async fn latest<C: ConnectionTrait>(db: &C) -> Result<i32, DbErr> {
    let max: Option<Option<i32>> = audit_event::Entity::find()
        .select_only()
        .column_as(audit_event::Column::Id.max(), "max")
        .into_tuple()
        .one(db)
        .await?;
    Ok(max.flatten().unwrap_or(0))
}

/// Finds what each row touched: measurements' commitments, commitments' benefits and
/// organisations, benefits' programmes.
async fn touched<C: ConnectionTrait>(db: &C, rows: Vec<Row>) -> Result<Vec<LiveEvent>, DbErr> {
    let keys_of = |kind: &str| -> Vec<i32> {
        rows.iter()
            .filter(|(_, _, entity, _)| entity == kind)
            .map(|(_, _, _, id)| *id)
            .collect()
    };
    let measured: HashMap<i32, (i32, bool)> = if keys_of("Measurement").is_empty() {
        HashMap::new()
    } else {
        measurement::Entity::find()
            .select_only()
            .columns([
                measurement::Column::Id,
                measurement::Column::CommitmentId,
                measurement::Column::SupersedesId,
            ])
            .filter(measurement::Column::Id.is_in(keys_of("Measurement")))
            .into_tuple::<(i32, i32, Option<i32>)>()
            .all(db)
            .await?
            .into_iter()
            .map(|(id, commitment, supersedes)| (id, (commitment, supersedes.is_some())))
            .collect()
    };
    let mut commitment_keys = keys_of("Commitment");
    commitment_keys.extend(measured.values().map(|(c, _)| *c));
    let commitments: HashMap<i32, (i32, i32)> = if commitment_keys.is_empty() {
        HashMap::new()
    } else {
        commitment::Entity::find()
            .select_only()
            .columns([
                commitment::Column::Id,
                commitment::Column::BenefitId,
                commitment::Column::OrganisationId,
            ])
            .filter(commitment::Column::Id.is_in(commitment_keys))
            .into_tuple::<(i32, i32, i32)>()
            .all(db)
            .await?
            .into_iter()
            .map(|(id, benefit, organisation)| (id, (benefit, organisation)))
            .collect()
    };
    let mut benefit_keys = keys_of("Benefit");
    benefit_keys.extend(commitments.values().map(|(b, _)| *b));
    let programmes: HashMap<i32, i32> = if benefit_keys.is_empty() {
        HashMap::new()
    } else {
        benefit::Entity::find()
            .select_only()
            .columns([benefit::Column::Id, benefit::Column::ProgrammeId])
            .filter(benefit::Column::Id.is_in(benefit_keys))
            .into_tuple::<(i32, i32)>()
            .all(db)
            .await?
            .into_iter()
            .collect()
    };
    let scope = |id: i32| -> Option<CommitmentScope> {
        let (benefit, organisation) = *commitments.get(&id)?;
        Some(CommitmentScope {
            id,
            benefit,
            programme: *programmes.get(&benefit)?,
            organisation,
        })
    };
    Ok(rows
        .into_iter()
        .map(|(id, action, entity, key)| {
            let touches = match entity.as_str() {
                "Measurement" => measured.get(&key).and_then(|(commitment, corrected)| {
                    Some(Touches::Measurement {
                        id: key,
                        corrected: *corrected,
                        commitment: scope(*commitment)?,
                    })
                }),
                "Commitment" => scope(key).map(Touches::Commitment),
                "Benefit" => programmes.get(&key).map(|programme| Touches::Benefit {
                    id: key,
                    programme: *programme,
                }),
                "Programme" => Some(Touches::Programme(key)),
                _ => None,
            };
            LiveEvent {
                id,
                action,
                touches: touches.unwrap_or(Touches::Other),
            }
        })
        .collect())
}
