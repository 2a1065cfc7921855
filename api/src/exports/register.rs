//! `GET /exports/register.csv` and `.xlsx`: the benefits register of a programme as at a date,
//! filtered and sorted as the register page and `Programme.register` are, one row per
//! commitment. The first rows say what it is: the programme, the date and the filters.

use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, web};
use sea_orm::{DbErr, EntityTrait};

use crate::auth::Verifier;
use crate::db::Db;
use crate::graphql::cost::Budgets;
use crate::realisation::SnapshotCache;
use crate::schema::realisation::register::select;

use super::access::{charged, signed_in};
use super::columns::{COLUMNS, Names, row};
use super::params::{Params, Query, file_name};
use super::table::Table;

/// What a download costs from the caller's budget: a snapshot, and as much again as the most
/// costly query allowed (the whole register, where a query reads a page). With the default
/// budget a caller can take about twenty at once, then one every five seconds.
const EXPORT_COST: usize = crate::graphql::cost::SNAPSHOT_COST + crate::graphql::MAX_COMPLEXITY;

fn problem(status: StatusCode, message: &str) -> HttpResponse {
    HttpResponse::build(status)
        .content_type("text/plain; charset=utf-8")
        .body(format!("{message}\n"))
}

/// The file formats offered.
#[derive(Clone, Copy, Debug)]
pub enum Format {
    /// RFC 4180 CSV.
    Csv,
    /// An Excel workbook.
    Xlsx,
}

/// What a download needs of the application.
pub struct Services {
    db: web::Data<Db>,
    snapshots: web::Data<SnapshotCache>,
    verifier: web::Data<Verifier>,
    budgets: web::Data<Budgets>,
}

crate::http::from_app_data!(Services {
    db,
    snapshots,
    verifier,
    budgets
});

/// The CSV download.
pub async fn csv(req: HttpRequest, params: web::Query<Params>, services: Services) -> HttpResponse {
    download(req, params, services, Format::Csv).await
}

/// The workbook download.
pub async fn xlsx(
    req: HttpRequest,
    params: web::Query<Params>,
    services: Services,
) -> HttpResponse {
    download(req, params, services, Format::Xlsx).await
}

async fn download(
    req: HttpRequest,
    params: web::Query<Params>,
    services: Services,
    format: Format,
) -> HttpResponse {
    let Services {
        db,
        snapshots,
        verifier,
        budgets,
    } = services;
    let caller = match signed_in(&req, &verifier, &db).await {
        Ok(caller) => caller,
        Err(refused) => return refused.text(),
    };
    let query = match Query::of(&params) {
        Ok(q) => q,
        Err(why) => return problem(StatusCode::BAD_REQUEST, &why),
    };
    if let Err(refused) = charged(&budgets, &caller, EXPORT_COST) {
        return refused.text();
    }
    let table = match build(&db, &snapshots, &query).await {
        Ok(Some(table)) => table,
        Ok(None) => return problem(StatusCode::NOT_FOUND, "no programme has that id"),
        Err(e) => {
            tracing::error!(error = %e, "exporting the register");
            return problem(
                StatusCode::SERVICE_UNAVAILABLE,
                "the register could not be read: try again shortly",
            );
        }
    };
    let (body, media, extension) = match format {
        Format::Csv => (super::csv::write(&table), super::csv::MEDIA_TYPE, "csv"),
        Format::Xlsx => match super::xlsx::write(&table) {
            Ok(body) => (body, super::xlsx::MEDIA_TYPE, "xlsx"),
            Err(e) => {
                tracing::error!(error = %e, "writing the register workbook");
                return problem(
                    StatusCode::INTERNAL_SERVER_ERROR,
                    "the workbook could not be written",
                );
            }
        },
    };
    HttpResponse::Ok()
        .content_type(media)
        .insert_header((
            "content-disposition",
            format!("attachment; filename=\"{}.{extension}\"", table.file_stem),
        ))
        .insert_header(("cache-control", "no-store"))
        .body(body)
}

/// The register as a table, or `None` when there is no such programme.
async fn build(db: &Db, snapshots: &SnapshotCache, q: &Query) -> Result<Option<Table>, DbErr> {
    let Some(programme) = entity::programme::Entity::find_by_id(q.programme)
        .one(&db.conn)
        .await?
    else {
        return Ok(None);
    };
    let snapshot = snapshots
        .get_many(&db.conn, &[(q.programme, q.as_at)])
        .await?
        .pop()
        .map(|(_, s)| s)
        .ok_or_else(|| DbErr::Custom("no snapshot was built".into()))?;
    let within = q.within.map(|root| snapshot.within(root));
    let rows = select(
        &snapshot,
        q.benefit,
        within.as_ref(),
        q.rags.as_deref(),
        q.statuses.as_deref(),
        &q.order,
    );
    let names = Names::load(&db.conn, &snapshot, &rows).await?;
    let mut title: Vec<(String, String)> = vec![
        ("Benefits register".into(), programme.name.clone()),
        ("As at".into(), q.as_at.to_string()),
    ];
    title.extend(q.described.iter().cloned());
    Ok(Some(Table {
        title,
        columns: &COLUMNS,
        rows: rows.iter().map(|&n| row(&snapshot, n, &names)).collect(),
        file_stem: format!("register-{}", file_name(&programme.name, q.as_at)),
        sheet: "Benefits register",
    }))
}
