//! `GET /exports/register.csv` and `.xlsx`: the benefits register of a programme as at a date,
//! filtered and sorted as the register page and `Programme.register` are, one row per
//! commitment. The first rows say what it is: the programme, the date and the filters.

use std::sync::Arc;

use actix_web::{HttpRequest, HttpResponse, web};
use sea_orm::DbErr;

use crate::db::Db;
use crate::realisation::snapshot::Snapshot;
use crate::schema::realisation::register::select;

use super::columns::{COLUMNS, Names, row};
use super::download::{Format, Programme, Services, download};
use super::params::{Params, Query, file_name};
use super::series;
use super::table::{Cell, MoreRows, Table};

/// The CSV download.
pub async fn csv(req: HttpRequest, params: web::Query<Params>, services: Services) -> HttpResponse {
    download(req, params, services, Format::Csv, "the register", build).await
}

/// The workbook download.
pub async fn xlsx(
    req: HttpRequest,
    params: web::Query<Params>,
    services: Services,
) -> HttpResponse {
    download(req, params, services, Format::Xlsx, "the register", build).await
}

/// How many rows are made at once: the names and series of a chunk are read together.
const CHUNK: usize = 2_000;

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
    Ok(vec![Table {
        title,
        columns: &COLUMNS,
        rows: Vec::new(),
        more: Some(Box::new(RegisterRows {
            db: db.clone(),
            snapshot: p.snapshot.clone(),
            series: series::of(db, snapshot, p.row.id, &rows).await?,
            rows,
            done: 0,
        })),
        file_stem: format!("register-{}", file_name(&p.row.name, q.as_at)),
        sheet: "Benefits register",
    }])
}

/// The register's rows (positions in the snapshot), made a chunk at a time.
struct RegisterRows {
    db: Db,
    snapshot: Arc<Snapshot>,
    rows: Vec<usize>,
    /// What each row's whole series says, read before the rows are written.
    series: Vec<series::SeriesFigures>,
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
        let names = Names::load(&self.db.conn, s, chunk).await?;
        let cells = chunk
            .iter()
            .zip(&self.series[self.done..end])
            .map(|(&n, figures)| row(s, n, &names, figures))
            .collect();
        self.done = end;
        Ok(Some(cells))
    }
}
