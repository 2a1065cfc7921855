//! GraphQL over a WebSocket at `/graphql`, in the `graphql-transport-ws` protocol, once
//! `upgrade.rs` has accepted it: the socket is served over its own stream (`wire.rs`), which
//! holds no buffer while idle. The server reads `connection_init` itself, so that a caller
//! without a valid token is closed with the protocol's 4401 (4403 for a caller Realise
//! refuses), then hands the socket to async-graphql's protocol machine. It closes the socket
//! when the token expires, when the client stops answering pings, when it holds no
//! subscription for the idle time, and when a subscriber falls behind the feed (see
//! `streams.rs`) or cannot take a message for 5 s (see `wire.rs`).

use std::sync::Arc;
use std::time::{Duration, Instant};

use actix_http::ws::{self, Message};
use actix_web::web::{self, Bytes};
use async_graphql::Data;
use async_graphql::http::{WebSocket, WebSocketProtocols, WsMessage};
use futures_util::{StreamExt, stream};
use tokio::sync::mpsc;

use super::LiveArgs;
use super::connection::{Closing, Connection, Connections};
use super::sign_in::{authenticate, until};
use super::wire::{Broken, Incoming, SendError, Wire};
use crate::auth::{Caller, Verifier};
use crate::db::Db;
use crate::graphql::context::RequestContext;
use crate::graphql::cost::ChargedTo;
use crate::live::Feed;
use crate::realisation::{SnapshotCache, SnapshotLoader};
use crate::schema::AppSchema;
use crate::schema::http::GraphqlSettings;

/// How long a client has to send `connection_init`.
const INIT_WAIT: Duration = Duration::from_secs(10);

/// How often the server pings; a client silent for three of these is gone.
const HEARTBEAT: Duration = Duration::from_secs(15);

/// How many client messages may wait for the protocol machine.
const INBOX: usize = 32;

/// What serving a socket needs of the application.
#[derive(Clone)]
pub struct Socket {
    pub schema: web::Data<AppSchema>,
    pub db: web::Data<Db>,
    pub settings: web::Data<GraphqlSettings>,
    pub verifier: web::Data<Verifier>,
    pub snapshots: web::Data<SnapshotCache>,
    pub feed: web::Data<Feed>,
    pub connections: web::Data<Connections>,
    pub limits: web::Data<LiveArgs>,
}

/// The next text (or binary) message, answering pings on the way; `None` once the client is
/// gone.
async fn next_text(wire: &mut Wire) -> Option<Bytes> {
    loop {
        match wire.next().await.ok()? {
            Incoming::Message(text) => return Some(text),
            Incoming::Ping(ping) => wire.send(Message::Pong(ping)).await.ok()?,
            Incoming::Pong => {}
            Incoming::Close(_) => return None,
        }
    }
}

/// Serves one socket until it closes.
pub(super) async fn serve(mut wire: Wire, socket: Socket) {
    let init = match tokio::time::timeout(INIT_WAIT, next_text(&mut wire)).await {
        Err(_) => return wire.close(4408, "Connection initialisation timeout").await,
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
        Err((code, reason)) => return wire.close(code, reason).await,
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
        return wire.close(4429, reason).await;
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
            message = wire.next() => match message {
                Ok(Incoming::Message(text)) => {
                    heard = Instant::now();
                    if inbox.try_send(text).is_err() {
                        return wire.close(4429, "too many messages at once").await;
                    }
                }
                Ok(Incoming::Ping(ping)) => {
                    heard = Instant::now();
                    if let Err(lost) = wire.send(Message::Pong(ping)).await {
                        return end(wire, lost).await;
                    }
                }
                Ok(Incoming::Pong) => heard = Instant::now(),
                Ok(Incoming::Close(code)) => {
                    return wire.close(code.unwrap_or(1000), "").await;
                }
                Err(Broken::Protocol(error)) => {
                    let code = match error {
                        ws::ProtocolError::Overflow => 1009,
                        _ => 1002,
                    };
                    return wire.close(code, error.to_string()).await;
                }
                Err(Broken::Gone) => return,
            },
            out = protocol.next() => match out {
                Some(WsMessage::Text(text)) => {
                    if let Err(lost) = wire.send(Message::Text(text.into())).await {
                        return end(wire, lost).await;
                    }
                }
                Some(WsMessage::Close(code, reason)) => return wire.close(code, reason).await,
                None => return wire.close(1000, "").await,
            },
            reason = closing.asked() => {
                return wire.close(reason.code, reason.reason).await;
            }
            () = &mut expiry => {
                let reason = "the token has expired: connect again with a fresh one";
                return wire.close(4401, reason).await;
            }
            _ = heartbeat.tick() => {
                if heard.elapsed() > 3 * HEARTBEAT {
                    return wire.close(1001, "no answer to pings").await;
                }
                if connection.subscriptions() > 0 {
                    busy = Instant::now();
                } else if busy.elapsed() >= idle {
                    let reason = format!("idle: no subscription for {} s", idle.as_secs());
                    return wire.close(1000, reason).await;
                }
                if let Err(lost) = wire.send(Message::Ping(Bytes::new())).await {
                    return end(wire, lost).await;
                }
            }
        }
    }
}

/// Ends a socket whose message could not be sent: a client that took nothing for the whole
/// wait is told it is a slow consumer (the close goes after what it has not read yet).
async fn end(wire: Wire, lost: SendError) {
    if lost == SendError::TimedOut {
        let reason = "slow consumer: a message waited too long to leave";
        wire.close(super::SLOW_CONSUMER, reason).await;
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
    data.insert(context);
    data.insert(ChargedTo(caller.subject.clone()));
    data.insert(caller);
    data.insert(snapshots);
    data.insert(socket.feed.clone().into_inner());
    data.insert(connection);
    data
}
