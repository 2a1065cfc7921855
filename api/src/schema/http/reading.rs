//! Reading a GraphQL request out of an HTTP request: a POST's JSON body, or a GET's query
//! string. Anything that is not a request is answered here, with the status the
//! GraphQL-over-HTTP specification gives, before any of it runs.

use actix_web::http::StatusCode;
use actix_web::http::header;
use actix_web::{HttpRequest, HttpResponse, web};
use async_graphql::Request;
use serde::Deserialize;

use super::MAX_BODY_BYTES;
use super::responses::{accepts_html, is_mutation, request_error};

/// The answer to an HTTP request that holds no GraphQL request (boxed: it is large, and rare).
pub(super) type Refusal = Box<HttpResponse>;

/// The query string of a GET request.
#[derive(Deserialize)]
struct GetParams {
    query: Option<String>,
    #[serde(rename = "operationName")]
    operation_name: Option<String>,
    variables: Option<String>,
    extensions: Option<String>,
}

/// The request in a POST's body: JSON, within the size limit, with a document.
pub(super) async fn from_post(
    req: &HttpRequest,
    payload: web::Payload,
    media: &'static str,
) -> Result<Request, Refusal> {
    let refuse = |status, message: &str| Box::new(request_error(media, status, message));
    let body = match payload.to_bytes_limited(MAX_BODY_BYTES).await {
        Ok(Ok(body)) => body,
        Ok(Err(e)) => {
            let message = format!("the body could not be read: {e}");
            return Err(refuse(StatusCode::BAD_REQUEST, &message));
        }
        Err(_) => {
            let message = format!("the body is larger than {MAX_BODY_BYTES} bytes");
            return Err(refuse(StatusCode::PAYLOAD_TOO_LARGE, &message));
        }
    };
    let is_json = req
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.split(';').next())
        .is_some_and(|v| v.trim().eq_ignore_ascii_case("application/json"));
    if !is_json {
        let message = "send the request as application/json";
        return Err(refuse(StatusCode::UNSUPPORTED_MEDIA_TYPE, message));
    }
    let request: Request = serde_json::from_slice(&body).map_err(|e| {
        let message = format!("the body is not a GraphQL request: {e}");
        refuse(StatusCode::BAD_REQUEST, &message)
    })?;
    // A persisted query may come as its hash alone (`extensions.persistedQuery`).
    if request.query.trim().is_empty() && !request.extensions.contains_key("persistedQuery") {
        let message = "the body has no `query`: send the GraphQL document in it";
        return Err(refuse(StatusCode::BAD_REQUEST, message));
    }
    Ok(request)
}

/// The query in a GET's query string. A browser asking for the page with no query is sent to
/// GraphiQL; a mutation is refused with 405, as GET must not change anything.
pub(super) fn from_get(req: &HttpRequest, media: &'static str) -> Result<Request, Refusal> {
    let refuse = |status, message: &str| Box::new(request_error(media, status, message));
    let params = web::Query::<GetParams>::from_query(req.query_string())
        .map_err(|e| refuse(StatusCode::BAD_REQUEST, &format!("bad query string: {e}")))?
        .into_inner();
    let Some(query) = params.query else {
        if accepts_html(req) {
            // GraphiQL is part of the front end's own bundle (no CDN, so it works on a closed
            // network) and signs its requests with the browser's token.
            return Err(Box::new(
                HttpResponse::SeeOther()
                    .insert_header((header::LOCATION, "/graphiql"))
                    .finish(),
            ));
        }
        let message = "give the query in the `query` parameter";
        return Err(refuse(StatusCode::BAD_REQUEST, message));
    };
    let mut request = Request::new(query);
    if let Some(name) = params.operation_name {
        request = request.operation_name(name);
    }
    for (name, raw) in [
        ("variables", params.variables),
        ("extensions", params.extensions),
    ] {
        let Some(raw) = raw else { continue };
        match serde_json::from_str::<serde_json::Value>(&raw) {
            Ok(serde_json::Value::Object(map)) if name == "variables" => {
                let variables = serde_json::Value::Object(map);
                request = request.variables(async_graphql::Variables::from_json(variables));
            }
            Ok(serde_json::Value::Object(_)) => {}
            _ => {
                let message = format!("`{name}` must be a JSON object");
                return Err(refuse(StatusCode::BAD_REQUEST, &message));
            }
        }
    }
    if is_mutation(&request) {
        let mut res = refuse(
            StatusCode::METHOD_NOT_ALLOWED,
            "mutations must be sent with POST",
        );
        res.headers_mut()
            .insert(header::ALLOW, header::HeaderValue::from_static("POST"));
        return Err(res);
    }
    Ok(request)
}
