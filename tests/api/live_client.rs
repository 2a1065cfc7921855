//! A GraphQL-over-WebSocket client (`graphql-transport-ws`), as a partner tool would use it.

use std::time::Duration;

use awc::ws::{Codec, Frame, Message};
use futures_util::{SinkExt, StreamExt};
use serde_json::{Value, json};

use crate::helpers::TestApp;

/// What the server sent.
#[derive(Debug, PartialEq)]
pub enum Heard {
    /// A protocol message.
    Message(Value),
    /// The socket closed with this code and reason.
    Closed(u16, String),
    /// Nothing within the wait.
    Nothing,
}

/// One open socket.
pub struct Live {
    framed: actix_codec::Framed<awc::BoxedSocket, Codec>,
}

impl Live {
    /// Opens a socket, sending nothing yet.
    pub async fn open(app: &TestApp) -> Live {
        let url = format!("{}/graphql", app.address).replace("http://", "ws://");
        let (response, framed) = awc::Client::new()
            .ws(url)
            .protocols(["graphql-transport-ws"])
            .connect()
            .await
            .expect("the socket opens");
        assert_eq!(
            response
                .headers()
                .get("sec-websocket-protocol")
                .and_then(|v| v.to_str().ok()),
            Some("graphql-transport-ws")
        );
        Live { framed }
    }

    /// Opens a socket and signs in with `token`, expecting the acknowledgement.
    pub async fn signed_in(app: &TestApp, token: &str) -> Live {
        let mut live = Live::open(app).await;
        live.init(token).await;
        match live.hear(Duration::from_secs(5)).await {
            Heard::Message(m) if m["type"] == "connection_ack" => live,
            other => panic!("expected connection_ack, heard {other:?}"),
        }
    }

    /// Sends `connection_init` with the token.
    pub async fn init(&mut self, token: &str) {
        self.send(json!({ "type": "connection_init",
                          "payload": { "authorization": format!("Bearer {token}") } }))
            .await;
    }

    /// Sends a message.
    pub async fn send(&mut self, message: Value) {
        self.framed
            .send(Message::Text(message.to_string().into()))
            .await
            .expect("sent");
    }

    /// Starts subscription `id`.
    pub async fn subscribe(&mut self, id: &str, query: &str, variables: Value) {
        self.send(json!({ "type": "subscribe", "id": id,
                          "payload": { "query": query, "variables": variables } }))
            .await;
    }

    /// The next protocol message or close, within `wait` (pings are answered on the way).
    pub async fn hear(&mut self, wait: Duration) -> Heard {
        let deadline = tokio::time::Instant::now() + wait;
        loop {
            let frame = match tokio::time::timeout_at(deadline, self.framed.next()).await {
                Err(_) => return Heard::Nothing,
                Ok(None) => return Heard::Closed(1006, "gone".into()),
                Ok(Some(frame)) => frame.expect("a frame"),
            };
            match frame {
                Frame::Text(text) => {
                    return Heard::Message(serde_json::from_slice(&text).expect("JSON"));
                }
                Frame::Close(reason) => {
                    let reason = reason.expect("a close reason");
                    let code: u16 = reason.code.into();
                    return Heard::Closed(code, reason.description.unwrap_or_default());
                }
                Frame::Ping(ping) => {
                    let _ = self.framed.send(Message::Pong(ping)).await;
                }
                _ => {}
            }
        }
    }

    /// The `data` of the next `next` message of subscription `id`; panics on anything else.
    pub async fn next_data(&mut self, id: &str) -> Value {
        match self.hear(Duration::from_secs(5)).await {
            Heard::Message(m) if m["type"] == "next" && m["id"] == id => {
                assert!(m["payload"]["errors"].is_null(), "{m}");
                m["payload"]["data"].clone()
            }
            other => panic!("expected an event of {id}, heard {other:?}"),
        }
    }

    /// Whether nothing arrives for `wait`.
    pub async fn quiet_for(&mut self, wait: Duration) -> bool {
        matches!(self.hear(wait).await, Heard::Nothing)
    }
}
