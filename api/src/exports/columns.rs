//! The columns of the benefits register download, and how one commitment of a snapshot fills
//! a row of them.

use std::collections::HashMap;

use entity::{commitment, organisation, person};
use sea_orm::{ColumnTrait, DatabaseConnection, DbErr, EntityTrait, QueryFilter};

use crate::analytics;
use crate::graphql::ids::NodeType;
use crate::realisation::snapshot::Snapshot;
use crate::schema::realisation::register::status_of;

use super::series::{SeriesFigures, assurance_name, variation_name};
use super::table::Cell;

/// How many ids go into one `IN (...)`: well inside SQLite's limit on bound parameters.
const CHUNK: usize = 5_000;

/// The organisations of `ids`, read a chunk at a time.
pub(super) async fn organisations_by_id(
    db: &DatabaseConnection,
    ids: &[i32],
) -> Result<HashMap<i32, organisation::Model>, DbErr> {
    let mut organisations = HashMap::new();
    for chunk in ids.chunks(CHUNK) {
        for o in organisation::Entity::find()
            .filter(organisation::Column::Id.is_in(chunk.to_vec()))
            .all(db)
            .await?
        {
            organisations.insert(o.id, o);
        }
    }
    Ok(organisations)
}

/// The names the rows show, read in a few statements.
pub(super) struct Names {
    organisations: HashMap<i32, organisation::Model>,
    commitments: HashMap<i32, commitment::Model>,
    people: HashMap<i32, String>,
}

impl Names {
    pub(super) async fn load(
        db: &DatabaseConnection,
        snapshot: &Snapshot,
        rows: &[usize],
    ) -> Result<Self, DbErr> {
        let items: Vec<_> = rows.iter().map(|&n| &snapshot.items[n]).collect();
        let mut org_ids: Vec<i32> = items
            .iter()
            .flat_map(|i| [Some(i.organisation), i.region])
            .flatten()
            .collect();
        org_ids.sort_unstable();
        org_ids.dedup();
        let organisations = organisations_by_id(db, &org_ids).await?;
        let ids: Vec<i32> = items.iter().map(|i| i.commitment).collect();
        let mut commitments = HashMap::new();
        for chunk in ids.chunks(CHUNK) {
            for c in commitment::Entity::find()
                .filter(commitment::Column::Id.is_in(chunk.to_vec()))
                .all(db)
                .await?
            {
                commitments.insert(c.id, c);
            }
        }
        let mut owners: Vec<i32> = items.iter().filter_map(|i| i.owner).collect();
        owners.sort_unstable();
        owners.dedup();
        let mut people = HashMap::new();
        for chunk in owners.chunks(CHUNK) {
            for p in person::Entity::find()
                .filter(person::Column::Id.is_in(chunk.to_vec()))
                .all(db)
                .await?
            {
                people.insert(p.id, p.name);
            }
        }
        Ok(Self {
            organisations,
            commitments,
            people,
        })
    }
}

pub(super) const COLUMNS: [&str; 24] = [
    "Benefit code",
    "Benefit",
    "Organisation",
    "ODS code",
    "Region",
    "Owner",
    "Status",
    "Baseline",
    "Baseline date",
    "Target",
    "Target date",
    "Unit",
    "Actual",
    "Planned",
    "Progress",
    "Planned progress",
    "Variance",
    "RAG",
    "Forecast",
    "On track",
    "SPC variation",
    "Assurance",
    "Enabling service live",
    "Commitment id",
];

/// One commitment's row, with what its whole series says.
pub(super) fn row(
    snapshot: &Snapshot,
    n: usize,
    names: &Names,
    series: &SeriesFigures,
) -> Vec<Cell> {
    let item = &snapshot.items[n];
    let f = &item.figures;
    let benefit = &snapshot.benefits[item.benefit];
    let org = names.organisations.get(&item.organisation);
    let region = item.region.and_then(|r| names.organisations.get(&r));
    let c = names.commitments.get(&item.commitment);
    let owner = item.owner.and_then(|o| names.people.get(&o));
    let status = serde_json::to_value(status_of(f.state))
        .ok()
        .and_then(|s| s.as_str().map(str::to_owned))
        .unwrap_or_default();
    let text = |t: Option<&String>| Cell::Text(t.cloned().unwrap_or_default());
    vec![
        Cell::Text(benefit.code.clone()),
        Cell::Text(benefit.title.clone()),
        text(org.map(|o| &o.name)),
        text(org.and_then(|o| o.ods_code.as_ref())),
        text(region.map(|r| &r.name)),
        text(owner),
        Cell::Text(status),
        Cell::Number(Some(f.baseline)),
        Cell::Date(c.map(|c| c.baseline_on)),
        Cell::Number(Some(f.target)),
        Cell::Date(c.map(|c| c.target_on)),
        Cell::Text(benefit.unit.clone()),
        Cell::Number(f.actual),
        Cell::Number(Some(f.planned)),
        Cell::Fraction(f.progress),
        Cell::Fraction(Some(f.planned_progress)),
        Cell::Fraction(f.progress.map(|p| p - f.planned_progress)),
        Cell::Rag(rag_name(f.rag)),
        Cell::Number(series.forecast),
        Cell::Text(match series.on_track {
            Some(true) => "yes".into(),
            Some(false) => "no".into(),
            None => String::new(),
        }),
        Cell::Text(
            series
                .spc
                .map(|s| variation_name(s.variation))
                .unwrap_or_default()
                .to_owned(),
        ),
        Cell::Text(assurance_name(series.spc.and_then(|s| s.assurance)).to_owned()),
        Cell::YesNo(snapshot.enabled(item.benefit, item.organisation)),
        Cell::Text(NodeType::Commitment.id(item.commitment).to_string()),
    ]
}

pub(super) const RAGS: [analytics::Rag; 5] = [
    analytics::Rag::Red,
    analytics::Rag::Amber,
    analytics::Rag::Green,
    analytics::Rag::Blue,
    analytics::Rag::NotMeasured,
];

pub(super) fn rag_name(rag: analytics::Rag) -> &'static str {
    match rag {
        analytics::Rag::Red => "RED",
        analytics::Rag::Amber => "AMBER",
        analytics::Rag::Green => "GREEN",
        analytics::Rag::Blue => "BLUE",
        analytics::Rag::NotMeasured => "NOT_MEASURED",
    }
}
