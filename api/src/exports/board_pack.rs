//! `GET /exports/board-pack.xlsx` (and `.csv`) `?programme=<id>&asAt=YYYY-MM-DD`: what a
//! programme board takes to its meeting, from the same snapshot as the dashboard. A summary
//! (headline figures, RAG and status counts, the local ownership index, coverage), the figures
//! by region and by benefit, the organisations eligible for a benefit but not signed up to it,
//! and the commitments whose latest value is a special cause of concern.

mod concerns;

use std::collections::HashMap;

use sea_orm::DbErr;

use super::columns::{OrganisationName, RAGS, organisations_by_id, rag_name};
use super::download::{Download, Programme};
use super::params::{Query, file_name};
use super::table::{Cell, Table};
use crate::analytics::Realisation;
use crate::db::Db;

/// The board pack, as CSV (the sheets one after another) or as a workbook.
pub struct BoardPack;

impl Download for BoardPack {
    const WHAT: &'static str = "the board pack";

    async fn build(db: &Db, p: &Programme, q: &Query) -> Result<Vec<Table>, DbErr> {
        let s = &p.snapshot;
        let concerns = concerns::rows(db, s, p.row.id).await?;
        let not_signed_up = concerns::not_signed_up(db, s).await?;
        let regions: Vec<i32> = s.regions.iter().filter_map(|(r, _)| *r).collect();
        let names = organisations_by_id(&db.conn, &regions).await?;
        let stem = |what: &str| format!("{what}-{}", file_name(&p.row.name, q.as_at));
        Ok(vec![
            summary(
                p,
                q,
                concerns.len(),
                not_signed_up.len(),
                stem("board-pack"),
            ),
            by_region(p, q, &names),
            by_benefit(p, q),
            Table {
                title: title(p, q, "Eligible but not signed up"),
                columns: &concerns::NOT_SIGNED_UP,
                rows: not_signed_up,
                more: None,
                file_stem: String::new(),
                sheet: "Not signed up",
            },
            Table {
                title: title(p, q, "Special-cause concerns"),
                columns: &concerns::CONCERNS,
                rows: concerns,
                more: None,
                file_stem: String::new(),
                sheet: "Concerns",
            },
        ])
    }
}

fn title(p: &Programme, q: &Query, what: &str) -> Vec<(String, String)> {
    vec![
        (what.to_owned(), p.row.name.clone()),
        ("As at".into(), q.as_at.to_string()),
    ]
}

fn count(n: usize) -> Cell {
    Cell::Number(Some(n as f64))
}

/// The RAG and status counts of a roll-up, in the columns' order.
fn counts(r: &Realisation) -> Vec<Cell> {
    let (rag, status) = (&r.rag_counts, &r.by_status);
    [
        r.live_commitments,
        rag.blue,
        rag.green,
        rag.amber,
        rag.red,
        rag.not_measured,
        status.signed_off,
        status.realised,
    ]
    .into_iter()
    .map(count)
    .collect()
}

const COUNTS: [&str; 8] = [
    "Live commitments",
    "BLUE",
    "GREEN",
    "AMBER",
    "RED",
    "NOT_MEASURED",
    "Signed off",
    "Realised",
];

fn summary(p: &Programme, q: &Query, concerns: usize, unsigned: usize, stem: String) -> Table {
    let s = &p.snapshot;
    let all = &s.programme.counts;
    let cover = &s.programme_coverage;
    let mut rows: Vec<Vec<Cell>> = COUNTS
        .iter()
        .zip(counts(all))
        .map(|(label, value)| {
            let label = if analytics_rag(label) {
                Cell::Rag(label)
            } else {
                Cell::Text((*label).to_owned())
            };
            vec![label, value]
        })
        .collect();
    let status = &all.by_status;
    for (label, n) in [
        ("Draft", status.draft),
        ("Proposed", status.proposed),
        ("Agreed", status.agreed),
        ("Withdrawn", status.withdrawn),
        ("Transferred", status.transferred),
    ] {
        rows.push(vec![Cell::Text(label.into()), count(n)]);
    }
    rows.extend([
        vec![
            Cell::Text("Local ownership index".into()),
            Cell::Fraction(s.ownership_index),
        ],
        vec![
            Cell::Text("Eligible (organisation, benefit) pairs".into()),
            count(cover.eligible),
        ],
        vec![
            Cell::Text("Of which signed up".into()),
            count(cover.committed),
        ],
        vec![Cell::Text("Coverage".into()), Cell::Fraction(cover.ratio)],
        vec![
            Cell::Text("Eligible but not signed up".into()),
            count(unsigned),
        ],
        vec![Cell::Text("Special-cause concerns".into()), count(concerns)],
    ]);
    Table {
        title: title(p, q, "Board pack"),
        columns: &["Figure", "Value"],
        rows,
        more: None,
        file_stem: stem,
        sheet: "Summary",
    }
}

/// Whether a summary label is a RAG rating, shown in its colour.
fn analytics_rag(label: &str) -> bool {
    RAGS.iter().any(|r| rag_name(*r) == label)
}

const BY_REGION: [&str; 10] = [
    "Region", "ODS code", COUNTS[0], COUNTS[1], COUNTS[2], COUNTS[3], COUNTS[4], COUNTS[5],
    COUNTS[6], COUNTS[7],
];

fn by_region(p: &Programme, q: &Query, names: &HashMap<i32, OrganisationName>) -> Table {
    // By name, those in no region last, as `ProgrammeRealisation.byRegion`.
    let mut regions: Vec<_> = p.snapshot.regions.iter().collect();
    regions.sort_by_cached_key(|(region, _)| {
        let name = region.and_then(|r| names.get(&r)).map(|o| o.name.clone());
        (region.is_none(), name, *region)
    });
    let rows = regions
        .into_iter()
        .map(|(region, aggregate)| {
            let org = region.and_then(|r| names.get(&r));
            let mut row = vec![
                Cell::Text(org.map_or("In no region".into(), |o| o.name.clone())),
                Cell::Text(org.and_then(|o| o.ods_code.clone()).unwrap_or_default()),
            ];
            row.extend(counts(&aggregate.counts));
            row
        })
        .collect();
    Table {
        title: title(p, q, "By region"),
        columns: &BY_REGION,
        rows,
        more: None,
        file_stem: String::new(),
        sheet: "By region",
    }
}

const BY_BENEFIT: [&str; 20] = [
    "Benefit code",
    "Benefit",
    "Measure",
    "Unit",
    "Committed change",
    "Planned change to date",
    "Realised change to date",
    "Mean progress",
    "Mean planned progress",
    COUNTS[0],
    COUNTS[1],
    COUNTS[2],
    COUNTS[3],
    COUNTS[4],
    COUNTS[5],
    COUNTS[6],
    COUNTS[7],
    "Eligible organisations",
    "Signed up",
    "Coverage",
];

fn by_benefit(p: &Programme, q: &Query) -> Table {
    let s = &p.snapshot;
    let rows = s
        .benefits
        .iter()
        .zip(&s.programme.by_benefit)
        .enumerate()
        .map(|(position, (b, r))| {
            let cover = s.coverage(position);
            let mut row = vec![
                Cell::Text(b.code.clone()),
                Cell::Text(b.title.clone()),
                Cell::Text(b.measure.clone()),
                Cell::Text(b.unit.clone()),
                Cell::Number(r.committed),
                Cell::Number(r.planned_to_date),
                Cell::Number(r.realised_to_date),
                Cell::Fraction(r.mean_progress),
                Cell::Fraction(r.mean_planned_progress),
            ];
            row.extend(counts(r));
            row.extend([
                count(cover.eligible),
                count(cover.committed),
                Cell::Fraction(cover.ratio),
            ]);
            row
        })
        .collect();
    Table {
        title: title(p, q, "By benefit"),
        columns: &BY_BENEFIT,
        rows,
        more: None,
        file_stem: String::new(),
        sheet: "By benefit",
    }
}
