//! `POST /returns?organisation=<id>&period=YYYY-MM&mode=check|commit&allOrNothing=true`, the
//! filled file as the body: the report as JSON. `check` (the default) writes nothing; the file
//! is read off the request threads, refused whole where it is not a return of the organisation
//! and month chosen, and otherwise reported row by row.

use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, web};
use futures_util::StreamExt;

use super::commit::{NotWritten, commit};
use super::http::{MAX_UPLOAD_BYTES, Params, Services, admitted, failed, refused_file};
use super::report::{Counts, Report, ReturnOrganisation};
use super::target::{code_of, organisation_is_open, same_return};
use super::{check, grid, lines};
use crate::exports::access::Refused;
use crate::graphql::ids::NodeType;

/// The body, up to the limit.
async fn body(req: &HttpRequest, mut payload: web::Payload) -> Result<Vec<u8>, Refused> {
    let too_large = || {
        Refused::new(
            StatusCode::PAYLOAD_TOO_LARGE,
            "TOO_LARGE",
            format!(
                "the file is over {} MB, far more than a return needs",
                MAX_UPLOAD_BYTES / (1024 * 1024)
            ),
        )
    };
    let declared = req
        .headers()
        .get("content-length")
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse::<usize>().ok());
    if declared.is_some_and(|n| n > MAX_UPLOAD_BYTES) {
        return Err(too_large());
    }
    let mut bytes = Vec::with_capacity(declared.unwrap_or(0));
    while let Some(chunk) = payload.next().await {
        let chunk = chunk.map_err(|e| {
            Refused::new(
                StatusCode::BAD_REQUEST,
                "BAD_REQUEST",
                format!("the file could not be received: {e}"),
            )
        })?;
        if bytes.len() + chunk.len() > MAX_UPLOAD_BYTES {
            return Err(too_large());
        }
        bytes.extend_from_slice(&chunk);
    }
    Ok(bytes)
}

/// `POST /returns`: checks a return, and writes it when asked to.
pub async fn upload(
    req: HttpRequest,
    params: web::Query<Params>,
    payload: web::Payload,
    services: Services,
) -> HttpResponse {
    match answer(&req, &params, payload, &services).await {
        Ok(report) => HttpResponse::Ok()
            .insert_header(("cache-control", "no-store"))
            .json(report),
        Err(refused) => refused.json(),
    }
}

async fn answer(
    req: &HttpRequest,
    params: &Params,
    payload: web::Payload,
    services: &Services,
) -> Result<Report, Refused> {
    let committing = match params
        .mode
        .as_deref()
        .map(str::to_ascii_lowercase)
        .as_deref()
    {
        None | Some("check") => false,
        Some("commit") => true,
        Some(other) => {
            return Err(Refused::new(
                StatusCode::BAD_REQUEST,
                "BAD_REQUEST",
                format!("mode {other:?} is neither check nor commit"),
            ));
        }
    };
    let all_or_nothing = params.all_or_nothing.unwrap_or(false);
    let (caller, target) = admitted(req, params, services).await?;
    let bytes = body(req, payload).await?;
    // Unpacking and parsing a workbook is CPU work: off the server's request threads.
    let file = web::block(move || grid::read(&bytes).and_then(|g| lines::read(&g)))
        .await
        .map_err(failed)?
        .map_err(refused_file)?;
    same_return(&file, &target).map_err(refused_file)?;
    let conn = &services.db.conn;
    let (rows, written) = if committing {
        let person = crate::schema::stakeholders::identity::linked_person(conn, &caller)
            .await
            .map_err(failed)?
            .filter(|p| p.identity_confirmed)
            .map(|p| p.id);
        match commit(conn, &caller, person, &file, &target, all_or_nothing).await {
            Ok(done) => done,
            Err(NotWritten::Refused(problem)) => return Err(refused_file(problem)),
            Err(NotWritten::Failed(e)) => return Err(failed(e)),
        }
    } else {
        organisation_is_open(conn, &target)
            .await
            .map_err(failed)?
            .map_err(refused_file)?;
        (
            check::rows(conn, &file, &target).await.map_err(failed)?,
            false,
        )
    };
    if written {
        // Subscribers on this instance hear of it at once (others through the database).
        services.feed.wake();
    }
    let rows: Vec<_> = rows.into_iter().map(|r| r.report).collect();
    let org = &target.organisation;
    Ok(Report {
        organisation: ReturnOrganisation {
            id: NodeType::Organisation.id(org.id).to_string(),
            name: org.name.clone(),
            ods_code: code_of(org),
        },
        period: target.period.to_string(),
        period_label: target.period.label(),
        mode: if committing { "COMMIT" } else { "CHECK" },
        all_or_nothing,
        written,
        counts: Counts::of(&rows),
        rows,
        warnings: file.warnings,
    })
}
