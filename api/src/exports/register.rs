//! `GET /exports/register.csv` and `.xlsx`: the benefits register of a programme as at a date,
//! filtered and sorted as the register page and `Programme.register` are, one row per
//! commitment. The first rows say what it is: the programme, the date and the filters.

use actix_web::{HttpRequest, HttpResponse, web};
use sea_orm::DbErr;

use crate::db::Db;
use crate::schema::realisation::register::select;

use super::columns::{COLUMNS, Names, row};
use super::download::{Format, Programme, Services, download};
use super::params::{Params, Query, file_name};
use super::series;
use super::table::Table;

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

/// The register as a table.
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
    let names = Names::load(&db.conn, snapshot, &rows).await?;
    let series = series::of(db, snapshot, &rows).await?;
    let mut title: Vec<(String, String)> = vec![
        ("Benefits register".into(), p.row.name.clone()),
        ("As at".into(), q.as_at.to_string()),
    ];
    title.extend(q.described.iter().cloned());
    Ok(vec![Table {
        title,
        columns: &COLUMNS,
        rows: rows
            .iter()
            .zip(&series)
            .map(|(&n, figures)| row(snapshot, n, &names, figures))
            .collect(),
        file_stem: format!("register-{}", file_name(&p.row.name, q.as_at)),
        sheet: "Benefits register",
    }])
}
