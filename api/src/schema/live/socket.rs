//! GraphQL over a WebSocket at `/graphql`, in the `graphql-transport-ws` protocol. The server
//! reads `connection_init` itself, so that a caller without a valid token is closed with the
//! protocol's 4401 (4403 for a caller Realise refuses), then hands the socket to async-graphql's
//! protocol machine. It closes the socket when the token expires, when the client stops
//! answering pings, when it holds no subscription for the idle time, and when a subscriber
//! falls behind the feed (see `streams.rs`).

use std::sync::Arc;
use std::time::{Duration, Instant};

use actix_web::http::header::{self, HeaderValue};
use actix_web::web::Bytes;
use actix_web::{HttpRequest, HttpResponse, web};
use actix_ws::{AggregatedMessage, CloseCode, Session};
use async_graphql::Data;
use async_graphql::http::{WebSocket, WebSocketProtocols, WsMessage};
use futures_util::{StreamExt, stream};
use tokio::sync::mpsc;

use super::LiveArgs;
use super::connection::{Closing, Connection, Connections};
use super::sign_in::{authenticate, until};
use crate::auth::{Caller, Verifier};
use crate::db::Db;
use crate::graphql::context::RequestContext;
use crate::live::Feed;
use crate::realisation::{SnapshotCache, SnapshotLoader};
use crate::schema::AppSchema;
use crate::schema::http::{GraphqlSettings, MAX_BODY_BYTES};

/// The subprotocol served.
pub const PROTOCOL: &str = "graphql-transport-ws";

/// How long a client has to send `connection_init`.
const INIT_WAIT: Duration = Duration::from_secs(10);

/// How often the server pings; a client silent for three of these is gone.
const HEARTBEAT: Duration = Duration::from_secs(15);

/// How long one message may take to leave before the client counts as a slow consumer.
const SEND_WAIT: Duration = Duration::from_secs(5);

/// How many client messages may wait for the protocol machine.
const INBOX: usize = 32;

/// What serving a socket needs of the application.
pub struct Socket {
    schema: web::Data<AppSchema>,
    db: web::Data<Db>,
    settings: web::Data<GraphqlSettings>,
    verifier: web::Data<Verifier>,
    snapshots: web::Data<SnapshotCache>,
    feed: web::Data<Feed>,
    connections: web::Data<Connections>,
    limits: web::Data<LiveArgs>,
}

crate::http::from_app_data!(Socket {
    schema,
    db,
    settings,
    verifier,
    snapshots,
    feed,
    connections,
    limits
});

/// Whether the request asks to upgrade to a WebSocket.
pub fn is_upgrade(req: &actix_web::dev::RequestHead) -> bool {
    req.headers
        .get(header::UPGRADE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.eq_ignore_ascii_case("websocket"))
}

/// Accepts the upgrade, when the client offers the protocol served.
pub async fn upgrade(
    req: HttpRequest,
    body: web::Payload,
    socket: Socket,
) -> actix_web::Result<HttpResponse> {
    let offered = req
        .headers()
        .get_all(header::SEC_WEBSOCKET_PROTOCOL)
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(','))
        .any(|p| p.trim() == PROTOCOL);
    if !offered {
        return Ok(HttpResponse::BadRequest()
            .content_type("text/plain; charset=utf-8")
            .body(format!(
                "GraphQL over WebSocket is served in the {PROTOCOL} protocol: offer it in \
                 Sec-WebSocket-Protocol"
            )));
    }
    let (mut response, session, messages) = actix_ws::handle(&req, body)?;
    response.headers_mut().insert(
        header::SEC_WEBSOCKET_PROTOCOL,
        HeaderValue::from_static(PROTOCOL),
    );
    let messages = messages
        .max_frame_size(MAX_BODY_BYTES)
        .aggregate_continuations()
        .max_continuation_size(MAX_BODY_BYTES);
    actix_web::rt::spawn(serve(session, messages, socket));
    Ok(response)
}

async fn close(session: Session, code: u16, reason: impl Into<String>) {
    let reason = actix_ws::CloseReason {
        code: CloseCode::Other(code),
        description: Some(reason.into()),
    };
    // A client that reads nothing cannot take even the close: past the wait the session is
    // dropped, which ends the response, and the socket's task with its subscriptions ends.
    let _ = tokio::time::timeout(SEND_WAIT, session.close(Some(reason))).await;
}

/// The next text (or binary) message, answering pings on the way; `None` once the client is
/// gone.
async fn next_text(
    messages: &mut actix_ws::AggregatedMessageStream,
    session: &mut Session,
) -> Option<Bytes> {
    loop {
        match messages.next().await? {
            Ok(AggregatedMessage::Text(text)) => return Some(text.into_bytes()),
            Ok(AggregatedMessage::Binary(bytes)) => return Some(bytes),
            Ok(AggregatedMessage::Ping(ping)) => {
                let _ = session.pong(&ping).await;
            }
            Ok(AggregatedMessage::Pong(_)) => {}
            Ok(AggregatedMessage::Close(_)) | Err(_) => return None,
        }
    }
}

/// Serves one socket until it closes.
async fn serve(
    mut session: Session,
    mut messages: actix_ws::AggregatedMessageStream,
    socket: Socket,
) {
    let init = match tokio::time::timeout(INIT_WAIT, next_text(&mut messages, &mut session)).await {
        Err(_) => return close(session, 4408, "Connection initialisation timeout").await,
        Ok(None) => return,
        Ok(Some(init)) => init,
    };
    // Boxed, and the parsed message dropped with it: what a connection keeps while it lives
    // is what an idle subscriber costs.
    let signed_in = Box::pin(async {
        let parsed: serde_json::Value = serde_json::from_slice(&init).unwrap_or_default();
        if parsed.get("type").and_then(|t| t.as_str()) != Some("connection_init") {
            return Err((4401, "Unauthorized: send connection_init first".to_owned()));
        }
        authenticate(&parsed, &socket.verifier, &socket.db).await
    });
    let (caller, expires) = match signed_in.await {
        Ok(found) => found,
        Err((code, reason)) => return close(session, code, reason).await,
    };
    let limits = *socket.limits.get_ref();
    let Some(_held) = socket
        .connections
        .hold(&caller.subject, limits.ws_connections_per_caller)
    else {
        let reason = format!(
            "too many connections: a caller may hold {} at once",
            limits.ws_connections_per_caller
        );
        return close(session, 4429, reason).await;
    };
    let closing = Arc::new(Closing::default());
    let connection = Arc::new(Connection::new(
        limits.ws_subscriptions_per_connection,
        closing.clone(),
    ));
    let data = connection_data(&socket, caller, connection.clone());
    let (inbox, inbox_rx) = mpsc::channel::<Bytes>(INBOX);
    let _ = inbox.try_send(init);
    let incoming = stream::unfold(inbox_rx, |mut rx| async move {
        rx.recv().await.map(|m| (m, rx))
    });
    let schema = socket.schema.get_ref().clone();
    let mut protocol = Box::pin(
        WebSocket::new(schema, incoming, WebSocketProtocols::GraphQLWS)
            .on_connection_init(move |_| async move { Ok(data) }),
    );
    let expiry = tokio::time::sleep_until(until(expires));
    tokio::pin!(expiry);
    let mut heartbeat = tokio::time::interval(HEARTBEAT);
    let idle = Duration::from_secs(limits.ws_idle_seconds);
    let (mut heard, mut busy) = (Instant::now(), Instant::now());
    loop {
        tokio::select! {
            message = messages.next() => match message {
                Some(Ok(AggregatedMessage::Text(text))) => {
                    heard = Instant::now();
                    if inbox.try_send(text.into_bytes()).is_err() {
                        return close(session, 4429, "too many messages at once").await;
                    }
                }
                Some(Ok(AggregatedMessage::Binary(bytes))) => {
                    heard = Instant::now();
                    if inbox.try_send(bytes).is_err() {
                        return close(session, 4429, "too many messages at once").await;
                    }
                }
                Some(Ok(AggregatedMessage::Ping(ping))) => {
                    heard = Instant::now();
                    let _ = tokio::time::timeout(SEND_WAIT, session.pong(&ping)).await;
                }
                Some(Ok(AggregatedMessage::Pong(_))) => heard = Instant::now(),
                Some(Ok(AggregatedMessage::Close(_))) | Some(Err(_)) | None => return,
            },
            out = protocol.next() => match out {
                Some(WsMessage::Text(text)) => {
                    match tokio::time::timeout(SEND_WAIT, session.text(text)).await {
                        Ok(Ok(())) => {}
                        Ok(Err(_)) => return,
                        Err(_) => {
                            let reason = "slow consumer: a message waited too long to leave";
                            return close(session, super::SLOW_CONSUMER, reason).await;
                        }
                    }
                }
                Some(WsMessage::Close(code, reason)) => return close(session, code, reason).await,
                None => return close(session, 1000, "").await,
            },
            reason = closing.asked() => {
                return close(session, reason.code, reason.reason).await;
            }
            () = &mut expiry => {
                let reason = "the token has expired: connect again with a fresh one";
                return close(session, 4401, reason).await;
            }
            _ = heartbeat.tick() => {
                if heard.elapsed() > 3 * HEARTBEAT {
                    return close(session, 1001, "no answer to pings").await;
                }
                if connection.subscriptions() > 0 {
                    busy = Instant::now();
                } else if busy.elapsed() >= idle {
                    let reason = format!("idle: no subscription for {} s", idle.as_secs());
                    return close(session, 1000, reason).await;
                }
                let _ = tokio::time::timeout(SEND_WAIT, session.ping(b"")).await;
            }
        }
    }
}

/// What every subscription on the connection reads: its caller, a context whose batches
/// start at once, the derived figures, the feed and the connection itself.
fn connection_data(socket: &Socket, caller: Caller, connection: Arc<Connection>) -> Data {
    let context =
        RequestContext::for_subscriptions(socket.db.get_ref().clone(), socket.settings.batch_delay);
    let snapshots = context.loader(SnapshotLoader {
        db: socket.db.get_ref().clone(),
        cache: socket.snapshots.get_ref().clone(),
    });
    let mut data = Data::default();
    data.insert(context.charged_to(caller.subject.clone()));
    data.insert(caller);
    data.insert(snapshots);
    data.insert(socket.feed.clone().into_inner());
    data.insert(connection);
    data
}
