//! The two lists of a board pack that name organisations: those eligible for a benefit (a
//! service that enables it is live there) but not signed up to it, and the live commitments
//! whose latest value is a special cause of concern. SPC needs each commitment's whole series,
//! so the series are read a chunk of commitments at a time, through the same loaders as
//! `Commitment.spc`, and only the concerns are kept.

use std::collections::HashMap;

use async_graphql::dataloader::Loader;
use entity::commitment;
use sea_orm::{ColumnTrait, DbErr, EntityTrait, QueryFilter};

use super::super::columns::{organisations_by_id, rag_name};
use super::super::table::Cell;
use crate::analytics::{Assurance, Variation};
use crate::db::Db;
use crate::graphql::ids::NodeType;
use crate::graphql::loader::DbLoader;
use crate::realisation::inputs::CommitmentRows;
use crate::realisation::loaders::{PlanOfCommitment, ValuesOfCommitment};
use crate::realisation::snapshot::Snapshot;

/// How many commitments' series are read at once: a national programme's 2.4 million values
/// never sit in memory together.
const CHUNK: usize = 2_000;

/// The columns of the organisations not signed up.
pub const NOT_SIGNED_UP: [&str; 5] = [
    "Benefit code",
    "Benefit",
    "Organisation",
    "ODS code",
    "Organisation id",
];

/// The columns of the concerns.
pub const CONCERNS: [&str; 13] = [
    "Benefit code",
    "Benefit",
    "Organisation",
    "ODS code",
    "Latest point",
    "Latest point on",
    "Mean",
    "Lower process limit",
    "Upper process limit",
    "Assurance",
    "Enough points",
    "RAG",
    "Commitment id",
];

fn db_error(e: std::sync::Arc<DbErr>) -> DbErr {
    DbErr::Custom(e.to_string())
}

/// Each benefit's eligible organisations without a live commitment to it.
pub async fn not_signed_up(db: &Db, s: &Snapshot) -> Result<Vec<Vec<Cell>>, DbErr> {
    let lists: Vec<Vec<i32>> = (0..s.benefits.len())
        .map(|position| {
            s.coverage(position)
                .not_committed
                .iter()
                .filter_map(|&o| i32::try_from(o).ok())
                .collect()
        })
        .collect();
    let mut ids: Vec<i32> = lists.iter().flatten().copied().collect();
    ids.sort_unstable();
    ids.dedup();
    let orgs = organisations_by_id(&db.conn, &ids).await?;
    Ok(s.benefits
        .iter()
        .zip(lists)
        .flat_map(|(b, list)| {
            let orgs = &orgs;
            list.into_iter().map(move |id| {
                let org = orgs.get(&id);
                vec![
                    Cell::Text(b.code.clone()),
                    Cell::Text(b.title.clone()),
                    Cell::Text(org.map(|o| o.name.clone()).unwrap_or_default()),
                    Cell::Text(org.and_then(|o| o.ods_code.clone()).unwrap_or_default()),
                    Cell::Text(NodeType::Organisation.id(id).to_string()),
                ]
            })
        })
        .collect())
}

fn assurance_name(a: Option<Assurance>) -> String {
    match a {
        Some(Assurance::ConsistentlyPassing) => "Consistently passing",
        Some(Assurance::ConsistentlyFailing) => "Consistently failing",
        Some(Assurance::HitAndMiss) => "Hit and miss",
        None => "",
    }
    .to_owned()
}

/// The live commitments whose latest value is a special cause of concern, as at the
/// snapshot's date, in the snapshot's order.
pub async fn rows(db: &Db, s: &Snapshot) -> Result<Vec<Vec<Cell>>, DbErr> {
    let loader = DbLoader { db: db.clone() };
    let live: Vec<usize> = (0..s.items.len())
        .filter(|&n| s.items[n].figures.state.is_live())
        .collect();
    let mut found = Vec::new();
    for chunk in live.chunks(CHUNK) {
        let ids: Vec<i32> = chunk.iter().map(|&n| s.items[n].commitment).collect();
        let values_keys: Vec<ValuesOfCommitment> =
            ids.iter().map(|&c| ValuesOfCommitment(c)).collect();
        let plan_keys: Vec<PlanOfCommitment> = ids.iter().map(|&c| PlanOfCommitment(c)).collect();
        let values = loader.load(&values_keys).await.map_err(db_error)?;
        let plans = loader.load(&plan_keys).await.map_err(db_error)?;
        let rows: HashMap<i32, commitment::Model> = commitment::Entity::find()
            .filter(commitment::Column::Id.is_in(ids.clone()))
            .all(&db.conn)
            .await?
            .into_iter()
            .map(|c| (c.id, c))
            .collect();
        for &n in chunk {
            let item = &s.items[n];
            let benefit = &s.benefits[item.benefit];
            let Some(row) = rows.get(&item.commitment) else {
                continue;
            };
            let columns = row.into();
            let rows = CommitmentRows {
                commitment: &columns,
                trajectory: plans
                    .get(&PlanOfCommitment(row.id))
                    .map_or(&[], Vec::as_slice),
                measurements: values
                    .get(&ValuesOfCommitment(row.id))
                    .map_or(&[], Vec::as_slice),
                direction: benefit.direction,
            };
            let Some(spc) = rows.spc(s.as_at, benefit.measure_kind) else {
                continue;
            };
            if spc.variation != Variation::SpecialCauseConcern {
                continue;
            }
            let latest = spc.points.last();
            found.push((n, latest.map(|p| (p.value, p.measured_on)), spc));
        }
    }
    let orgs: Vec<i32> = found
        .iter()
        .map(|(n, ..)| s.items[*n].organisation)
        .collect();
    let names = organisations_by_id(&db.conn, &orgs).await?;
    Ok(found
        .into_iter()
        .map(|(n, latest, spc)| {
            let item = &s.items[n];
            let benefit = &s.benefits[item.benefit];
            let org = names.get(&item.organisation);
            vec![
                Cell::Text(benefit.code.clone()),
                Cell::Text(benefit.title.clone()),
                Cell::Text(org.map(|o| o.name.clone()).unwrap_or_default()),
                Cell::Text(org.and_then(|o| o.ods_code.clone()).unwrap_or_default()),
                Cell::Number(latest.map(|l| l.0)),
                Cell::Date(latest.map(|l| l.1)),
                Cell::Number(Some(spc.mean)),
                Cell::Number(Some(spc.lower_process_limit)),
                Cell::Number(Some(spc.upper_process_limit)),
                Cell::Text(assurance_name(spc.assurance)),
                Cell::YesNo(spc.reliable),
                Cell::Rag(rag_name(item.figures.rag)),
                Cell::Text(NodeType::Commitment.id(item.commitment).to_string()),
            ]
        })
        .collect())
}
