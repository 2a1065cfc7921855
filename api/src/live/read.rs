//! Reading committed audit events and what they touched: a handful of statements per batch of
//! events, however many subscribers hear of them, with the measurements' and commitments' rows
//! that subscribers select.

use std::collections::HashMap;

use entity::{audit_event, benefit, commitment, deployment, enablement, measurement};
use sea_orm::{
    ColumnTrait, Condition, ConnectionTrait, DbErr, EntityTrait, QueryFilter, QueryOrder,
    QuerySelect,
};

use super::event::{CommitmentScope, LiveEvent, Touched, Touches};

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
    let rows: Vec<Row> = audit_event::Entity::find()
        .select_only()
        .columns([
            audit_event::Column::Id,
            audit_event::Column::Action,
            audit_event::Column::EntityType,
            audit_event::Column::EntityId,
        ])
        .filter(since(after, also))
        .order_by_asc(audit_event::Column::Id)
        .limit(limit)
        .into_tuple()
        .all(db)
        .await?;
    touched(db, rows).await
}

/// The events with a key above `after`, or among `also`.
pub fn since(after: i32, also: &[i32]) -> Condition {
    let wanted = Condition::any().add(audit_event::Column::Id.gt(after));
    if also.is_empty() {
        return wanted;
    }
    wanted.add(audit_event::Column::Id.is_in(also.to_vec()))
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

/// Finds what each row touched: measurements (with any correction that replaced them) and
/// their commitments, commitments with their benefits and organisations, benefits'
/// programmes, and the programmes whose benefits a service (or a deployment's) enables.
async fn touched<C: ConnectionTrait>(db: &C, rows: Vec<Row>) -> Result<Vec<LiveEvent>, DbErr> {
    let keys_of = |kind: &str| -> Vec<i32> {
        rows.iter()
            .filter(|(_, _, entity, _)| entity == kind)
            .map(|(_, _, _, id)| *id)
            .collect()
    };
    let measurement_keys = keys_of("Measurement");
    let measurements: HashMap<i32, measurement::Model> =
        by_keys::<measurement::Entity, _>(db, measurement::Column::Id, measurement_keys.clone())
            .await?
            .into_iter()
            .map(|m| (m.id, m))
            .collect();
    let replaced: HashMap<i32, i32> = pairs::<measurement::Entity, _>(
        db,
        [measurement::Column::SupersedesId, measurement::Column::Id],
        measurement_keys,
    )
    .await?
    .into_iter()
    .collect();
    let mut commitment_keys = keys_of("Commitment");
    commitment_keys.extend(measurements.values().map(|m| m.commitment_id));
    let commitments: HashMap<i32, commitment::Model> =
        by_keys::<commitment::Entity, _>(db, commitment::Column::Id, commitment_keys)
            .await?
            .into_iter()
            .map(|c| (c.id, c))
            .collect();
    let (deployed, enabled) =
        services_touched(db, keys_of("Service"), keys_of("Deployment")).await?;
    let mut benefit_keys = keys_of("Benefit");
    benefit_keys.extend(commitments.values().map(|c| c.benefit_id));
    benefit_keys.extend(enabled.values().flatten());
    let programmes: HashMap<i32, i32> = pairs::<benefit::Entity, _>(
        db,
        [benefit::Column::Id, benefit::Column::ProgrammeId],
        benefit_keys,
    )
    .await?
    .into_iter()
    .collect();
    let scope = |id: i32| -> Option<CommitmentScope> {
        let c = commitments.get(&id)?;
        Some(CommitmentScope {
            id,
            benefit: c.benefit_id,
            programme: *programmes.get(&c.benefit_id)?,
            organisation: c.organisation_id,
        })
    };
    Ok(rows
        .into_iter()
        .map(|(id, action, entity, key)| {
            let mut rows = Touched::default();
            let touches = match entity.as_str() {
                "Measurement" => measurements.get(&key).and_then(|m| {
                    rows.measurement = Some(m.clone());
                    rows.superseded_by = replaced.get(&key).copied();
                    rows.commitment = commitments.get(&m.commitment_id).cloned();
                    Some(Touches::Measurement {
                        id: key,
                        corrected: m.supersedes_id.is_some(),
                        commitment: scope(m.commitment_id)?,
                    })
                }),
                "Commitment" => {
                    rows.commitment = commitments.get(&key).cloned();
                    scope(key).map(Touches::Commitment)
                }
                "Benefit" => programmes.get(&key).map(|programme| Touches::Benefit {
                    id: key,
                    programme: *programme,
                }),
                "Programme" => Some(Touches::Programme(key)),
                "Service" | "Deployment" => {
                    let service = if entity == "Service" {
                        Some(key)
                    } else {
                        deployed.get(&key).copied()
                    };
                    service.map(|service| {
                        let mut of: Vec<i32> = enabled
                            .get(&service)
                            .into_iter()
                            .flatten()
                            .filter_map(|b| programmes.get(b).copied())
                            .collect();
                        of.sort_unstable();
                        of.dedup();
                        Touches::Service { programmes: of }
                    })
                }
                _ => None,
            };
            LiveEvent {
                id,
                action,
                touches: touches.unwrap_or(Touches::Other),
                rows,
            }
        })
        .collect())
}

/// The services of the deployments touched (deployment key to service key), and the benefits
/// each touched service enables (service key to benefit keys).
async fn services_touched<C: ConnectionTrait>(
    db: &C,
    mut services: Vec<i32>,
    deployments: Vec<i32>,
) -> Result<(HashMap<i32, i32>, HashMap<i32, Vec<i32>>), DbErr> {
    let deployed: HashMap<i32, i32> = pairs::<deployment::Entity, _>(
        db,
        [deployment::Column::Id, deployment::Column::ServiceId],
        deployments,
    )
    .await?
    .into_iter()
    .collect();
    services.extend(deployed.values());
    let mut enabled: HashMap<i32, Vec<i32>> = HashMap::new();
    let enablements = pairs::<enablement::Entity, _>(
        db,
        [enablement::Column::ServiceId, enablement::Column::BenefitId],
        services,
    )
    .await?;
    for (service, benefit) in enablements {
        enabled.entry(service).or_default().push(benefit);
    }
    Ok((deployed, enabled))
}

/// Every row of `E` whose `key` is among `keys` (no statement when there are none).
async fn by_keys<E: EntityTrait, C: ConnectionTrait>(
    db: &C,
    key: E::Column,
    keys: Vec<i32>,
) -> Result<Vec<E::Model>, DbErr> {
    if keys.is_empty() {
        return Ok(Vec::new());
    }
    E::find().filter(key.is_in(keys)).all(db).await
}

/// The two columns `[key, value]` of every row of `E` whose `key` is among `keys` (no
/// statement when there are none).
async fn pairs<E: EntityTrait, C: ConnectionTrait>(
    db: &C,
    [key, value]: [E::Column; 2],
    keys: Vec<i32>,
) -> Result<Vec<(i32, i32)>, DbErr> {
    if keys.is_empty() {
        return Ok(Vec::new());
    }
    E::find()
        .select_only()
        .columns([key, value])
        .filter(key.is_in(keys))
        .into_tuple()
        .all(db)
        .await
}
