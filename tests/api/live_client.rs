//! A GraphQL-over-WebSocket client (`graphql-transport-ws`), as a partner tool would use it.

use std::time::Duration;

use actix_codec::{AsyncRead, AsyncWrite, Framed};
use awc::ws::{Codec, Frame, Message};
use futures_util::{SinkExt, StreamExt};
use serde_json::{Value, json};
use tokio::io::{AsyncReadExt, AsyncWriteExt};

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
pub struct Live<Io = awc::BoxedSocket> {
    framed: Framed<Io, Codec>,
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
        live.acknowledged(token).await;
        live
    }
}

/// Asks for a WebSocket at `path` over a plain TCP stream, offering `protocol` when given, and
/// returns the response's head with the stream, positioned at the first byte after the head.
/// (awc sets no socket options and hides a refused upgrade's body, so this is written by hand.)
pub async fn upgrade(
    app: &TestApp,
    socket: tokio::net::TcpSocket,
    path: &str,
    protocol: Option<&str>,
) -> (String, tokio::net::TcpStream) {
    let host = app.address.trim_start_matches("http://");
    let mut stream = socket
        .connect(host.parse().expect("an address"))
        .await
        .expect("connected");
    let offer = protocol
        .map(|p| format!("Sec-WebSocket-Protocol: {p}\r\n"))
        .unwrap_or_default();
    let upgrade = format!(
        "GET {path} HTTP/1.1\r\nHost: {host}\r\nUpgrade: websocket\r\n\
         Connection: Upgrade\r\nSec-WebSocket-Version: 13\r\n\
         Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n{offer}\r\n"
    );
    stream.write_all(upgrade.as_bytes()).await.expect("sent");
    // The response's head, a byte at a time so that no frame after it is read here.
    let mut head = Vec::new();
    while !head.ends_with(b"\r\n\r\n") {
        head.push(stream.read_u8().await.expect("the response"));
    }
    (String::from_utf8_lossy(&head).into_owned(), stream)
}

impl Live<tokio::net::TcpStream> {
    /// Opens a socket whose receive window is a few kilobytes, as a client on a slow link has:
    /// once it stops reading, the server soon cannot send to it.
    pub async fn narrow(app: &TestApp, token: &str) -> Self {
        let socket = tokio::net::TcpSocket::new_v4().expect("a socket");
        socket.set_recv_buffer_size(4096).expect("SO_RCVBUF");
        let mut live = Live::raw(app, socket).await;
        live.acknowledged(token).await;
        live
    }

    /// Opens a socket over a plain TCP stream, sending nothing yet.
    pub async fn raw(app: &TestApp, socket: tokio::net::TcpSocket) -> Self {
        let (head, stream) = upgrade(app, socket, "/graphql", Some("graphql-transport-ws")).await;
        assert!(head.starts_with("HTTP/1.1 101"), "{head}");
        Live {
            framed: Framed::new(stream, Codec::new().client_mode().max_size(1 << 20)),
        }
    }

    /// Sends a raw frame (a fragment, a ping, a close).
    pub async fn send_frame(&mut self, message: Message) {
        self.framed.send(message).await.expect("sent");
    }

    /// The next frame, whatever it is, within `wait`.
    pub async fn next_frame(&mut self, wait: Duration) -> Option<Frame> {
        match tokio::time::timeout(wait, self.framed.next()).await {
            Ok(Some(frame)) => Some(frame.expect("a frame")),
            _ => None,
        }
    }
}

impl<Io: AsyncRead + AsyncWrite + Unpin> Live<Io> {
    /// Signs in with `token`, expecting the acknowledgement.
    async fn acknowledged(&mut self, token: &str) {
        self.init(token).await;
        match self.hear(Duration::from_secs(5)).await {
            Heard::Message(m) if m["type"] == "connection_ack" => {}
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
