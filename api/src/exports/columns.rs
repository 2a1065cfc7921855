//! The columns of the benefits register download, and how one commitment of a snapshot fills
//! a row of them.

use std::collections::HashMap;

use entity::{organisation, person};
use sea_orm::{
    ColumnTrait, DatabaseConnection, DbErr, DerivePartialModel, EntityTrait, QueryFilter,
};

use crate::analytics;
use crate::graphql::ids::NodeType;
use crate::realisation::snapshot::Snapshot;
use crate::schema::realisation::register::status_of;

use super::series::{SeriesFigures, assurance_name, variation_name};
use super::table::Cell;

/// How many ids go into one `IN (...)`: well inside SQLite's limit on bound parameters.
const CHUNK: usize = 5_000;

/// What a download shows of an organisation.
#[derive(Debug, DerivePartialModel)]
#[sea_orm(entity = "organisation::Entity", from_query_result)]
pub(super) struct OrganisationName {
    /// The organisation's key.
    pub id: i32,
    /// Its name.
    pub name: String,
    /// Its ODS code.
    pub ods_code: Option<String>,
}

/// What a download shows of a person.
#[derive(Debug, DerivePartialModel)]
#[sea_orm(entity = "person::Entity", from_query_result)]
struct PersonName {
    id: i32,
    name: String,
}

/// The organisations of `ids`, read a chunk at a time.
pub(super) async fn organisations_by_id(
    db: &DatabaseConnection,
    ids: &[i32],
) -> Result<HashMap<i32, OrganisationName>, DbErr> {
    let mut organisations = HashMap::with_capacity(ids.len());
    for chunk in ids.chunks(CHUNK) {
        for o in organisation::Entity::find()
            .filter(organisation::Column::Id.is_in(chunk.iter().copied()))
            .into_partial_model::<OrganisationName>()
            .all(db)
            .await?
        {
            organisations.insert(o.id, o);
        }
    }
    Ok(organisations)
}

/// `ids` sorted, each once.
fn distinct(ids: impl Iterator<Item = i32>) -> Vec<i32> {
    let mut ids: Vec<i32> = ids.collect();
    ids.sort_unstable();
    ids.dedup();
    ids
}

/// The names the rows show: each organisation, region and owner read once, in a few
/// statements, however many rows name them (a national register names 15,000 organisations
/// 100,000 times).
pub(super) struct Names {
    organisations: HashMap<i32, OrganisationName>,
    people: HashMap<i32, String>,
}

impl Names {
    pub(super) async fn load(
        db: &DatabaseConnection,
        snapshot: &Snapshot,
        rows: &[usize],
    ) -> Result<Self, DbErr> {
        let items = || rows.iter().map(|&n| &snapshot.items[n]);
        let org_ids = distinct(
            items()
                .flat_map(|i| [Some(i.organisation), i.region])
                .flatten(),
        );
        let owners = distinct(items().filter_map(|i| i.owner));
        let mut people = HashMap::with_capacity(owners.len());
        let (organisations, ()) =
            futures_util::try_join!(organisations_by_id(db, &org_ids), async {
                for chunk in owners.chunks(CHUNK) {
                    for p in person::Entity::find()
                        .filter(person::Column::Id.is_in(chunk.iter().copied()))
                        .into_partial_model::<PersonName>()
                        .all(db)
                        .await?
                    {
                        people.insert(p.id, p.name);
                    }
                }
                Ok(())
            })?;
        Ok(Self {
            organisations,
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
        Cell::Date(Some(item.baseline_on)),
        Cell::Number(Some(f.target)),
        Cell::Date(Some(item.target_on)),
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
