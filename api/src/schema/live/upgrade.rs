//! The WebSocket handshake. actix-http hands every WebSocket upgrade here with the connection
//! itself, instead of to actix-web's routes: at `/graphql`, offering the protocol served, it
//! becomes a socket served on its own task (`socket::serve`); any other is answered with why
//! not, and closed.

use std::convert::Infallible;

use actix_codec::Framed;
use actix_http::body::{BodySize, BoxBody, MessageBody};
use actix_http::header::{self, HeaderMap};
use actix_http::ws;
use actix_http::{ConnectionType, Request, Response, StatusCode, h1};
use actix_web::rt::net::TcpStream;
use futures_util::SinkExt;

use super::socket::{Socket, serve};
use super::wire::Wire;
use crate::schema::http::MAX_BODY_BYTES;

/// The subprotocol served.
pub const PROTOCOL: &str = "graphql-transport-ws";

/// The one path that serves WebSockets.
const PATH: &str = "/graphql";

/// Takes a request to upgrade its connection: at `/graphql`, offering the protocol served, it
/// becomes a socket served on its own task; any other is answered with why not, and closed.
pub async fn accept(
    req: Request,
    mut framed: Framed<TcpStream, h1::Codec>,
    socket: Socket,
) -> Result<(), Infallible> {
    let switching = match handshake(&req) {
        Ok(switching) => switching,
        Err(refused) => {
            let status = refused.status().as_u16();
            tracing::info!(path = %req.path(), status, "WebSocket upgrade refused");
            refuse(framed, refused).await;
            return Ok(());
        }
    };
    let sent = framed.send(h1::Message::Item((switching, BodySize::None)));
    if let Err(error) = sent.await {
        tracing::debug!(%error, "a WebSocket upgrade could not be answered");
        return Ok(());
    }
    tracing::debug!("WebSocket opened");
    let parts = framed.into_parts();
    let wire = Wire::new(parts.io, parts.read_buf, MAX_BODY_BYTES);
    actix_web::rt::spawn(serve(wire, socket));
    Ok(())
}

/// The answer switching to the protocol served, or the answer saying why not.
fn handshake(req: &Request) -> Result<Response<()>, Response<BoxBody>> {
    if let Some(refused) = refusal(req) {
        return Err(refused);
    }
    let mut switching = ws::handshake(req.head())?;
    switching.insert_header((header::SEC_WEBSOCKET_PROTOCOL, PROTOCOL));
    Ok(switching.message_body(())?)
}

/// Why an upgrade is not served, as the answer to send.
fn refusal(req: &Request) -> Option<Response<BoxBody>> {
    let text = |status, text: String| {
        Response::build(status)
            .content_type("text/plain; charset=utf-8")
            .body(text)
            .map_into_boxed_body()
    };
    if req.path() != PATH {
        return Some(text(
            StatusCode::NOT_FOUND,
            format!("WebSockets are served at {PATH} only"),
        ));
    }
    (!offers_protocol(&req.head().headers)).then(|| {
        text(
            StatusCode::BAD_REQUEST,
            format!(
                "GraphQL over WebSocket is served in the {PROTOCOL} protocol: offer it in \
                 Sec-WebSocket-Protocol"
            ),
        )
    })
}

fn offers_protocol(headers: &HeaderMap) -> bool {
    headers
        .get_all(header::SEC_WEBSOCKET_PROTOCOL)
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(','))
        .any(|p| p.trim() == PROTOCOL)
}

/// Answers an upgrade that is not served, then closes the connection.
async fn refuse(mut framed: Framed<TcpStream, h1::Codec>, refused: Response<BoxBody>) {
    let (mut head, body) = refused.into_parts();
    head.head_mut().set_connection_type(ConnectionType::Close);
    let body = body.try_into_bytes().unwrap_or_default();
    let size = BodySize::Sized(body.len() as u64);
    for message in [
        h1::Message::Item((head, size)),
        h1::Message::Chunk(Some(body)),
        h1::Message::Chunk(None),
    ] {
        if framed.send(message).await.is_err() {
            return;
        }
    }
}
