//! What every programme download shares: the caller signed in and charged, the query string
//! checked, the programme and its snapshot of derived figures read once, and the tables built
//! written as the format asked for, as an attachment. A download differs only in the tables it
//! builds.

use std::sync::Arc;

use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, web};
use entity::programme;
use futures_util::{StreamExt, TryStreamExt, stream};
use sea_orm::{DbErr, EntityTrait};

use super::access::{Refused, charged, signed_in};
use super::params::{Params, Query};
use super::table::{Table, WriteFailed};
use crate::auth::Verifier;
use crate::db::Db;
use crate::graphql::cost::Budgets;
use crate::realisation::SnapshotCache;
use crate::realisation::snapshot::Snapshot;

/// What a download costs from the caller's budget: a snapshot, and as much again as the most
/// costly query allowed (the whole register, where a query reads a page). With the default
/// budget a caller can take about twenty at once, then one every five seconds.
const EXPORT_COST: usize = crate::graphql::cost::SNAPSHOT_COST + crate::graphql::MAX_COMPLEXITY;

/// The file formats offered, named by the download's extension (`register.csv`).
#[derive(Clone, Copy, Debug, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Format {
    /// RFC 4180 CSV: the tables one after another.
    Csv,
    /// An Excel workbook: a sheet per table.
    Xlsx,
}

impl Format {
    /// The file name's extension.
    fn extension(self) -> &'static str {
        match self {
            Format::Csv => "csv",
            Format::Xlsx => "xlsx",
        }
    }

    /// The media type.
    fn media_type(self) -> &'static str {
        match self {
            Format::Csv => super::csv::MEDIA_TYPE,
            Format::Xlsx => super::xlsx::MEDIA_TYPE,
        }
    }
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

/// A programme and its figures as at the query's date.
pub struct Programme {
    /// The programme's row.
    pub row: programme::Model,
    /// Its derived figures.
    pub snapshot: Arc<Snapshot>,
}

/// The programme the query names, with its snapshot; `None` when there is none.
async fn programme(
    db: &Db,
    snapshots: &SnapshotCache,
    q: &Query,
) -> Result<Option<Programme>, DbErr> {
    let Some(row) = programme::Entity::find_by_id(q.programme)
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
    Ok(Some(Programme { row, snapshot }))
}

/// A file made from a programme as at a date: the register or the board pack.
pub trait Download {
    /// What the file is, for messages: "the register".
    const WHAT: &'static str;

    /// Makes the file's tables.
    fn build(
        db: &Db,
        programme: &Programme,
        query: &Query,
    ) -> impl Future<Output = Result<Vec<Table>, DbErr>>;
}

/// Answers `GET /exports/<file>.{format}` for the download `D`.
pub async fn download<D: Download>(
    req: HttpRequest,
    format: web::Path<Format>,
    params: web::Query<Params>,
    services: Services,
) -> HttpResponse {
    let (format, what) = (format.into_inner(), D::WHAT);
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
        Err(why) => return Refused::new(StatusCode::BAD_REQUEST, "BAD_REQUEST", why).text(),
    };
    if let Err(refused) = charged(&budgets, &caller, EXPORT_COST) {
        return refused.text();
    }
    let tables = match programme(&db, &snapshots, &query).await {
        Ok(Some(p)) => D::build(&db, &p, &query).await,
        Ok(None) => {
            return Refused::new(
                StatusCode::NOT_FOUND,
                "NOT_FOUND",
                "no programme has that id",
            )
            .text();
        }
        Err(e) => Err(e),
    };
    match tables {
        Ok(tables) => attachment(tables, format, what).await,
        Err(e) => {
            tracing::error!(error = %e, "exporting {what}");
            Refused::new(
                StatusCode::SERVICE_UNAVAILABLE,
                "SERVICE_UNAVAILABLE",
                format!("{what} could not be read: try again shortly"),
            )
            .text()
        }
    }
}

/// `tables` as a file to save, named after the first table, streamed as it is written.
pub async fn attachment(tables: Vec<Table>, format: Format, what: &str) -> HttpResponse {
    let stem = tables
        .first()
        .map_or("download".to_owned(), |t| t.file_stem.clone());
    let unwritten = |e: WriteFailed| {
        tracing::error!(error = %e, "writing {what}");
        Refused::new(
            StatusCode::SERVICE_UNAVAILABLE,
            "SERVICE_UNAVAILABLE",
            format!("{what} could not be written: try again shortly"),
        )
        .text()
    };
    let mut response = HttpResponse::Ok();
    response
        .insert_header((
            "content-disposition",
            format!("attachment; filename=\"{stem}.{}\"", format.extension()),
        ))
        .insert_header(("cache-control", "no-store"));
    if let Format::Xlsx = format {
        // A workbook is a zip archive already: compressing it again costs time and saves nothing.
        response.insert_header(actix_web::http::header::ContentEncoding::Identity);
    }
    let mut chunks = match format {
        Format::Csv => super::csv::chunks(tables).boxed_local(),
        Format::Xlsx => super::xlsx::chunks(tables).boxed_local(),
    };
    // The first chunk is made before answering, so a failure to read or write at all is still
    // a clear 503; a later failure can only cut the transfer short, which the client sees as
    // an incomplete chunked body, never as a shorter file.
    let first = match chunks.try_next().await {
        Ok(first) => first,
        Err(e) => return unwritten(e),
    };
    let what = what.to_owned();
    let rest = chunks.inspect_err(move |e| {
        tracing::error!(error = %e, "writing {what}: the download was cut short");
    });
    response
        .content_type(format.media_type())
        .streaming(stream::iter(first.map(Ok)).chain(rest))
}
