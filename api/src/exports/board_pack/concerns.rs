//! The two lists of a board pack that name organisations: those eligible for a benefit (a
//! service that enables it is live there) but not signed up to it, and the live commitments
//! whose latest value is a special cause of concern (SPC over each whole series: see
//! [`series`]).

use sea_orm::DbErr;

use super::super::columns::{organisations_by_id, rag_name};
use super::super::series::{self, Spc, assurance_name};
use super::super::table::Cell;
use crate::analytics::Variation;
use crate::db::Db;
use crate::graphql::ids::NodeType;
use crate::realisation::snapshot::Snapshot;

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

/// The live commitments whose latest value is a special cause of concern, as at the
/// snapshot's date, in the snapshot's order.
pub async fn rows(db: &Db, s: &Snapshot, programme: i32) -> Result<Vec<Vec<Cell>>, DbErr> {
    let live: Vec<usize> = (0..s.items.len())
        .filter(|&n| s.items[n].figures.state.is_live())
        .collect();
    let figures = series::of(db, s, programme, &live).await?;
    let found: Vec<(usize, Spc)> = live
        .into_iter()
        .zip(figures)
        .filter_map(|(n, f)| f.spc.map(|spc| (n, spc)))
        .filter(|(_, spc)| spc.variation == Variation::SpecialCauseConcern)
        .collect();
    let orgs: Vec<i32> = found
        .iter()
        .map(|(n, _)| s.items[*n].organisation)
        .collect();
    let names = organisations_by_id(&db.conn, &orgs).await?;
    Ok(found
        .into_iter()
        .map(|(n, spc)| {
            let item = &s.items[n];
            let benefit = &s.benefits[item.benefit];
            let org = names.get(&item.organisation);
            vec![
                Cell::Text(benefit.code.clone()),
                Cell::Text(benefit.title.clone()),
                Cell::Text(org.map(|o| o.name.clone()).unwrap_or_default()),
                Cell::Text(org.and_then(|o| o.ods_code.clone()).unwrap_or_default()),
                Cell::Number(spc.latest.map(|l| l.0)),
                Cell::Date(spc.latest.map(|l| l.1)),
                Cell::Number(Some(spc.mean)),
                Cell::Number(Some(spc.lower)),
                Cell::Number(Some(spc.upper)),
                Cell::Text(assurance_name(spc.assurance).to_owned()),
                Cell::YesNo(spc.reliable),
                Cell::Rag(rag_name(item.figures.rag)),
                Cell::Text(NodeType::Commitment.id(item.commitment).to_string()),
            ]
        })
        .collect())
}
