//! GraphQL over HTTP, as the GraphQL-over-HTTP specification says: `POST /graphql` with a
//! JSON body, `GET /graphql` for queries only (GraphiQL when a browser asks for HTML), the
//! response media type chosen from `Accept`, 4xx for requests that cannot be parsed or
//! validated, and bodies over the limit refused with 413 (read only once the caller is known
//! not to be in debt).

use std::time::Duration;

use actix_web::http::StatusCode;
use actix_web::http::header;
use actix_web::{HttpRequest, HttpResponse, web};
use async_graphql::Request;
use tracing::Instrument;

use super::Graph;
use crate::auth::{TokenError, Verifier};
use crate::db::{Db, counting_statements};
use crate::graphql::context::RequestContext;
use crate::graphql::cost::Budgets;
use crate::realisation::{SnapshotCache, SnapshotLoader};
use crate::telemetry::metrics::{GraphqlOutcome, Metrics};

mod cached;
mod kept;
mod operation;
mod reading;
mod responses;
mod run;
mod sdl;

pub use cached::{DEFAULT_MIB as DEFAULT_RESPONSE_CACHE_MIB, ResponseCache};
use kept::{answer_kept, unavailable};

use operation::Operation;
pub use responses::MAX_ERRORS;
use responses::{
    cap_errors, coded_error, refused, response_media, status_of, throttled_for, throttled_response,
};

/// The largest request body accepted.
pub const MAX_BODY_BYTES: usize = 256 * 1024;

pub(super) const GRAPHQL_RESPONSE: &str = "application/graphql-response+json";

/// Settings of the GraphQL endpoint.
#[derive(Clone, Copy, Debug)]
pub struct GraphqlSettings {
    /// How long the DataLoader waits to gather keys into a batch.
    pub batch_delay: Duration,
    /// How long one request may run before it is answered with TIMEOUT and its work dropped.
    pub deadline: Duration,
}

/// What answering a request needs of the application, taken from its shared data.
struct Endpoint {
    graph: web::Data<Graph>,
    db: web::Data<Db>,
    settings: web::Data<GraphqlSettings>,
    verifier: web::Data<Verifier>,
    budgets: web::Data<Budgets>,
    metrics: web::Data<Metrics>,
    snapshots: web::Data<SnapshotCache>,
    responses: web::Data<ResponseCache>,
    feed: web::Data<crate::live::Feed>,
    documents: web::Data<crate::graphql::documents::Documents>,
}

crate::http::from_app_data!(Endpoint {
    graph,
    db,
    settings,
    verifier,
    budgets,
    metrics,
    snapshots,
    responses,
    feed,
    documents
});

/// Registers `/graphql`.
pub fn routes(cfg: &mut web::ServiceConfig) {
    cfg.service(
        web::resource("/graphql")
            .route(web::post().to(post))
            .route(web::get().to(get)),
    )
    .route("/schema.graphql", web::get().to(sdl::download));
}

async fn post(req: HttpRequest, payload: web::Payload, endpoint: Endpoint) -> HttpResponse {
    let media = response_media(&req);
    // The token is verified once. A caller in debt for costly requests is turned away before
    // their body is even read; the rest is answered as before (401 once the body is a request).
    let caller = authenticate(&req, &endpoint.verifier).await;
    if let Ok(caller) = &caller
        && let Some(wait) = endpoint.budgets.in_debt(&caller.subject)
    {
        endpoint.metrics.record_graphql(&GraphqlOutcome {
            operation: "(not read)",
            kind: "unknown",
            duration: Duration::ZERO,
            codes: &["THROTTLED".to_owned()],
            statements: 0,
        });
        return throttled_response(media, &[crate::graphql::cost::throttled(0, wait)], wait);
    }
    match reading::from_post(&req, payload, media).await {
        Ok(request) => execute(&req, caller, request, media, &endpoint).await,
        Err(refusal) => *refusal,
    }
}

async fn get(req: HttpRequest, endpoint: Endpoint) -> HttpResponse {
    let media = response_media(&req);
    match reading::from_get(&req, media) {
        Ok(request) => {
            let caller = authenticate(&req, &endpoint.verifier).await;
            execute(&req, caller, request, media, &endpoint).await
        }
        Err(refusal) => *refusal,
    }
}

/// The caller the request's `Authorization` header names, when its token is valid.
async fn authenticate(
    req: &HttpRequest,
    verifier: &Verifier,
) -> Result<crate::auth::Caller, TokenError> {
    let header = req
        .headers()
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok());
    verifier.verify_header(header).await
}

/// Authenticates the caller, then runs the request. Without a valid bearer token nothing runs:
/// the answer is 401 with an UNAUTHENTICATED error, and no data (DESIGN: "no token reads
/// nothing but health checks").
async fn execute(
    req: &HttpRequest,
    caller: Result<crate::auth::Caller, TokenError>,
    request: Request,
    media: &'static str,
    endpoint: &Endpoint,
) -> HttpResponse {
    let (db, settings): (&Db, &GraphqlSettings) = (&endpoint.db, &endpoint.settings);
    let caller = match crate::auth::admit(&endpoint.verifier, &db.conn, caller).await {
        Ok(caller) => caller,
        Err(refusal) => return refused(media, &refusal),
    };
    if caller.email.is_some()
        && endpoint.verifier.first_seen(&caller)
        && let Err(e) =
            crate::schema::stakeholders::identity::propose_by_email(&db.conn, &caller).await
    {
        tracing::warn!(error = %e, "proposing a person for a new sign-in");
    }
    let started = std::time::Instant::now();
    let today = chrono::Utc::now().date_naive();
    let responses = &endpoint.responses;
    let key = responses.key(req, &request, &caller, today);
    if let Some(key) = &key {
        match responses.get(key, db).await {
            Ok(Some(kept)) => {
                if let Some(answer) = answer_kept(&kept, &caller, media, endpoint, started) {
                    return answer;
                }
            }
            Ok(None) => {}
            Err(e) => {
                let operation = Operation::of(&request, &caller, &endpoint.documents);
                return unavailable(e, &operation, media, endpoint, started);
            }
        }
    }
    // Only a request that runs pays for what running needs: its context and its loaders.
    let context = RequestContext::new(
        db.clone(),
        settings.batch_delay,
        crate::commitments::brings_along,
    )
    // The day the key was made under, so that an answer is kept under the day it is for.
    .dated(today);
    let operation = Operation::of(&request, &caller, &endpoint.documents);
    let snapshots = context.loader(SnapshotLoader {
        db: db.clone(),
        cache: endpoint.snapshots.get_ref().clone(),
    });
    if operation.kind == "query" {
        context.keep_primed_rows();
    }
    let batches = context.batches.clone();
    let charged_to = caller.subject.clone();
    let mut data = async_graphql::Data::default();
    data.insert(context);
    data.insert(caller);
    data.insert(snapshots);
    data.insert(endpoint.responses.counts());
    // Writes wake the instance's live feed as they commit.
    data.insert(endpoint.feed.clone().into_inner());
    let keep = (key.is_some() && operation.kind == "query").then_some((responses.get_ref(), db));
    let ran = run::check_then_run(&endpoint.graph, request, charged_to, data, keep);
    // The batches start only when the execution waits on data (see `batching.rs`), and outside
    // tokio's cooperative budget, which would otherwise make the execution yield for nothing
    // half-way through a list. It still yields whenever it waits on the database.
    let run = tokio::task::unconstrained(batches.drive(ran));
    // Past the deadline the execution is dropped, and with it every batch it was driving.
    // The operation's own span, inside the request's: every log line and database statement of
    // the execution carries its name and kind.
    let span = tracing::info_span!("graphql", operation = %operation.name, kind = operation.kind);
    let (answered, statements) = counting_statements(tokio::time::timeout(settings.deadline, run))
        .instrument(span)
        .await;
    let Ok(run::Ran {
        mut response,
        version,
    }) = answered
    else {
        tracing::warn!(deadline = ?settings.deadline, "request stopped at its deadline");
        operation.finish(
            &endpoint.metrics,
            started,
            StatusCode::SERVICE_UNAVAILABLE,
            None,
            statements,
            &["TIMEOUT".into()],
        );
        return coded_error(
            media,
            StatusCode::SERVICE_UNAVAILABLE,
            "TIMEOUT",
            &format!(
                "the request ran past its deadline of {} ms and was stopped: ask for less at once",
                settings.deadline.as_millis()
            ),
        );
    };
    cap_errors(&mut response);
    // Errors raised by async-graphql itself (syntax, validation, limits, input coercion) carry
    // no code; they are all the caller's to fix. Ours always carry one (see `error.rs`).
    for error in &mut response.errors {
        let ext = error.extensions.get_or_insert_with(Default::default);
        if ext.get("code").is_none() {
            ext.set("code", "BAD_USER_INPUT");
        }
    }
    let status = status_of(&response, media);
    let codes: Vec<String> = response
        .errors
        .iter()
        .filter_map(|e| match e.extensions.as_ref()?.get("code")? {
            async_graphql::Value::String(code) => Some(code.clone()),
            _ => None,
        })
        .collect();
    let cost = match response.extensions.get("cost") {
        Some(async_graphql::Value::Object(cost)) => match cost.get("requested") {
            Some(async_graphql::Value::Number(n)) => n.as_u64(),
            _ => None,
        },
        _ => None,
    };
    if let (Some(key), Some(version), Some(cost), StatusCode::OK) = (key, version, cost, status) {
        responses.put(key, version, &response, cost as usize, &operation.name);
    }
    let throttled = throttled_for(&response);
    let logged_status = if throttled.is_some() {
        StatusCode::TOO_MANY_REQUESTS
    } else {
        status
    };
    operation.finish(
        &endpoint.metrics,
        started,
        logged_status,
        cost,
        statements,
        &codes,
    );
    if let Some(wait) = throttled {
        return throttled_response(media, &response.errors, wait as f64);
    }
    if status == StatusCode::BAD_REQUEST {
        // Nothing ran: the GraphQL-over-HTTP specification wants no `data` key at all.
        return HttpResponse::build(status)
            .content_type(media)
            .json(serde_json::json!({ "errors": response.errors }));
    }
    HttpResponse::build(status)
        .content_type(media)
        .json(response)
}
