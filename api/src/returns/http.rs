//! What the returns' two endpoints share (the query string, who may send a return for which
//! organisation and month), and `GET /returns/template.xlsx` (or `.csv`)
//! `?organisation=<id>&period=YYYY-MM`, the template; the upload is in [`super::upload`].
//!
//! Both are for callers who may record measurements for the organisation, as
//! `recordMeasurement` allows: executives for their own organisations, and administrators.

use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, web};
use sea_orm::EntityTrait;
use serde::Deserialize;

use super::period::Period;
use super::report::FileProblem;
use super::target::Target;
use crate::auth::{Caller, Permission, Verifier, may_act_for};
use crate::db::Db;
use crate::exports::access::{Refused, charged, signed_in};
use crate::exports::download::{Format, attachment};
use crate::graphql::cost::{Budgets, SNAPSHOT_COST};
use crate::graphql::ids::{NodeType, decode_as};
use crate::live::Feed;

/// The largest file taken: a return of hundreds of rows is tens of kilobytes.
pub const MAX_UPLOAD_BYTES: usize = 2 * 1024 * 1024;

/// What a template or a return costs from the caller's budget: about one snapshot's worth.
const RETURN_COST: usize = SNAPSHOT_COST;

/// The query string of both.
#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Params {
    organisation: String,
    period: String,
    pub(super) mode: Option<String>,
    pub(super) all_or_nothing: Option<bool>,
}

/// What the returns need of the application.
pub struct Services {
    pub(super) db: web::Data<Db>,
    verifier: web::Data<Verifier>,
    budgets: web::Data<Budgets>,
    pub(super) feed: web::Data<Feed>,
}

crate::http::from_app_data!(Services {
    db,
    verifier,
    budgets,
    feed
});

pub(super) fn failed(e: impl std::fmt::Display) -> Refused {
    tracing::error!(error = %e, "answering a return");
    Refused::new(
        StatusCode::SERVICE_UNAVAILABLE,
        "SERVICE_UNAVAILABLE",
        "the database could not be reached: try again shortly",
    )
}

pub(super) fn refused_file(problem: FileProblem) -> Refused {
    Refused::new(
        StatusCode::from_u16(problem.status).unwrap_or(StatusCode::UNPROCESSABLE_ENTITY),
        problem.code,
        problem.message,
    )
}

/// The caller, signed in and charged, and the organisation and month they may send a return
/// for.
pub(super) async fn admitted(
    req: &HttpRequest,
    params: &Params,
    services: &Services,
) -> Result<(Caller, Target), Refused> {
    let caller = signed_in(req, &services.verifier, &services.db).await?;
    let bad = |message: String| Refused::new(StatusCode::BAD_REQUEST, "BAD_REQUEST", message);
    let id = decode_as(&params.organisation.as_str().into(), NodeType::Organisation)
        .map_err(|e| bad(e.to_string()))?;
    let period = Period::parse(&params.period).map_err(bad)?;
    charged(&services.budgets, &caller, RETURN_COST)?;
    let conn = &services.db.conn;
    let today = chrono::Utc::now().date_naive();
    let organisation = entity::organisation::Entity::find_by_id(id)
        .one(conn)
        .await
        .map_err(failed)?
        .ok_or_else(|| {
            Refused::new(
                StatusCode::NOT_FOUND,
                "NOT_FOUND",
                "no organisation has that id",
            )
        })?;
    if !may_act_for(conn, &caller, Permission::RecordMeasurements, id, today)
        .await
        .map_err(failed)?
    {
        return Err(Refused::new(
            StatusCode::FORBIDDEN,
            "FORBIDDEN",
            format!(
                "a {} may not record measurements for {}: only its own executives and \
                 administrators may",
                caller.role.as_str(),
                organisation.name
            ),
        ));
    }
    if !period.begun(today) {
        return Err(refused_file(FileProblem::content(
            "WRONG_PERIOD",
            format!(
                "{} has not begun: a return reports on a month that has",
                period.label()
            ),
        )));
    }
    Ok((
        caller,
        Target {
            organisation,
            period,
            today,
        },
    ))
}

/// The template as CSV.
pub async fn template_csv(
    req: HttpRequest,
    params: web::Query<Params>,
    services: Services,
) -> HttpResponse {
    template(req, params, services, false).await
}

/// The template as a workbook.
pub async fn template_xlsx(
    req: HttpRequest,
    params: web::Query<Params>,
    services: Services,
) -> HttpResponse {
    template(req, params, services, true).await
}

async fn template(
    req: HttpRequest,
    params: web::Query<Params>,
    services: Services,
    workbook: bool,
) -> HttpResponse {
    let target = match admitted(&req, &params, &services).await {
        Ok((_, target)) => target,
        Err(refused) => return refused.text(),
    };
    let table = match super::template::table(&services.db.conn, &target).await {
        Ok(table) => table,
        Err(e) => return failed(e).text(),
    };
    let format = if workbook { Format::Xlsx } else { Format::Csv };
    attachment(vec![table], format, "the return template").await
}
