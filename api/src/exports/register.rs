//! `GET /exports/register.csv` and `.xlsx`: the benefits register of a programme as at a date,
//! filtered and sorted as the register page and `Programme.register` are, one row per
//! commitment. The first rows say what it is: the programme, the date and the filters.

use std::sync::Arc;

use sea_orm::DbErr;

use crate::db::Db;
use crate::realisation::snapshot::Snapshot;
use crate::schema::realisation::register::select;

use super::columns::{COLUMNS, Names, row};
use super::download::{Download, Programme};
use super::params::{Query, file_name};
use super::series;
use super::table::{Cell, MoreRows, Table};

/// The register, as CSV or as a workbook.
pub struct Register;

impl Download for Register {
    const WHAT: &'static str = "the register";

    /// The register as a table, its rows made a chunk at a time as the file is written.
    async fn build(db: &Db, p: &Programme, q: &Query) -> Result<Vec<Table>, DbErr> {
        let snapshot = &p.snapshot;
        let within = q.within.map(|root| snapshot.within(root));
        let rows = select(
            snapshot,
            q.benefit,
            within.as_ref(),
            q.rags.as_deref(),
            q.statuses.as_deref(),
            &q.order,
        );
        let mut title: Vec<(String, String)> = vec![
            ("Benefits register".into(), p.row.name.clone()),
            ("As at".into(), q.as_at.to_string()),
        ];
        title.extend(q.described.iter().cloned());
        // The series are read on their own connection while the names are read on another.
        let (series, names) = futures_util::try_join!(
            series::of(db, snapshot, p.row.id, &rows),
            Names::load(&db.conn, snapshot, &rows)
        )?;
        Ok(vec![Table {
            title,
            columns: &COLUMNS,
            rows: Vec::new(),
            more: Some(Box::new(RegisterRows {
                snapshot: p.snapshot.clone(),
                series,
                names,
                rows,
                done: 0,
            })),
            file_stem: format!("register-{}", file_name(&p.row.name, q.as_at)),
            sheet: "Benefits register",
        }])
    }
}

/// How many rows are made (and, as CSV, sent) at once.
const CHUNK: usize = 2_000;

/// The register's rows (positions in the snapshot), made a chunk at a time from what was read
/// before the first: the snapshot's figures, each row's series figures and the names.
struct RegisterRows {
    snapshot: Arc<Snapshot>,
    rows: Vec<usize>,
    /// What each row's whole series says.
    series: Vec<series::SeriesFigures>,
    names: Names,
    done: usize,
}

#[async_trait::async_trait(?Send)]
impl MoreRows for RegisterRows {
    async fn next_chunk(&mut self) -> Result<Option<Vec<Vec<Cell>>>, DbErr> {
        let end = (self.done + CHUNK).min(self.rows.len());
        let chunk = &self.rows[self.done..end];
        if chunk.is_empty() {
            return Ok(None);
        }
        let s = &self.snapshot;
        let cells = chunk
            .iter()
            .zip(&self.series[self.done..end])
            .map(|(&n, figures)| row(s, n, &self.names, figures))
            .collect();
        self.done = end;
        Ok(Some(cells))
    }
}
