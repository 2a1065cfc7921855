//! A GraphQL-over-WebSocket subscriber (`graphql-transport-ws`), lean enough to run thousands
//! of on one machine: its own connection, one subscription, frames read as they come.

use std::sync::OnceLock;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use actix_codec::Framed;
use anyhow::{Context, bail};
use awc::ws::{Codec, Frame, Message};
use futures_util::{SinkExt, StreamExt};
use realise_api::auth::{AuthArgs, Role, TokenArgs};
use serde_json::{Value, json};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;

/// How long a subscriber waits for its next frame before it gives up.
const QUIET: Duration = Duration::from_secs(120);

/// One subscriber.
pub struct Subscriber {
    framed: Framed<TcpStream, Codec>,
}

impl Subscriber {
    /// Connects to `address` (host:port), signs in with `token` and starts `query` as
    /// subscription "1".
    pub async fn connect(address: &str, token: &str, query: &str) -> anyhow::Result<Self> {
        let mut stream = TcpStream::connect(address).await.context("connecting")?;
        stream.set_nodelay(true)?;
        let upgrade = format!(
            "GET /graphql HTTP/1.1\r\nHost: {address}\r\nUpgrade: websocket\r\n\
             Connection: Upgrade\r\nSec-WebSocket-Version: 13\r\n\
             Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n\
             Sec-WebSocket-Protocol: graphql-transport-ws\r\n\r\n"
        );
        stream.write_all(upgrade.as_bytes()).await?;
        // The response's head, a byte at a time so that no frame after it is read here.
        let mut head = Vec::new();
        while !head.ends_with(b"\r\n\r\n") {
            head.push(stream.read_u8().await.context("the upgrade's response")?);
        }
        if !head.starts_with(b"HTTP/1.1 101") {
            bail!(
                "the upgrade was refused: {}",
                String::from_utf8_lossy(&head)
            );
        }
        let mut subscriber = Subscriber {
            framed: Framed::new(stream, Codec::new().client_mode()),
        };
        subscriber
            .send(json!({ "type": "connection_init",
                          "payload": { "authorization": format!("Bearer {token}") } }))
            .await?;
        let ack = subscriber.next_message().await?;
        if ack["type"] != "connection_ack" {
            bail!("expected connection_ack, heard {ack}");
        }
        subscriber
            .send(json!({ "type": "subscribe", "id": "1", "payload": { "query": query } }))
            .await?;
        Ok(subscriber)
    }

    /// Hears measurements until the one whose value is `last`: for each, its value and the
    /// time since `sent[value]`. Counts itself in `warm` at the first.
    pub async fn hear_until(
        &mut self,
        last: usize,
        sent: &[OnceLock<Instant>],
        warm: &AtomicUsize,
    ) -> anyhow::Result<Vec<(usize, Duration)>> {
        let mut heard = Vec::new();
        loop {
            let message = self.next_message().await?;
            let received = Instant::now();
            let value = &message["payload"]["data"]["measurementRecorded"]["measurement"]["value"];
            let Some(i) = value.as_f64().map(|v| v as usize) else {
                bail!("not a measurement: {message}");
            };
            if heard.is_empty() {
                warm.fetch_add(1, Ordering::AcqRel);
            }
            if let Some(at) = sent.get(i).and_then(OnceLock::get) {
                heard.push((i, received.saturating_duration_since(*at)));
            }
            if i == last {
                return Ok(heard);
            }
        }
    }

    /// Starts `query` as subscription `id`, alongside the first.
    pub async fn also(&mut self, id: &str, query: &str) -> anyhow::Result<()> {
        self.send(json!({ "type": "subscribe", "id": id, "payload": { "query": query } }))
            .await
    }

    async fn send(&mut self, message: Value) -> anyhow::Result<()> {
        self.framed
            .send(Message::Text(message.to_string().into()))
            .await
            .context("sending")
    }

    /// The next protocol message, answering pings on the way.
    async fn next_message(&mut self) -> anyhow::Result<Value> {
        loop {
            let frame = tokio::time::timeout(QUIET, self.framed.next())
                .await
                .context("nothing heard")?
                .context("the server hung up")??;
            match frame {
                Frame::Text(text) => return Ok(serde_json::from_slice(&text)?),
                Frame::Ping(ping) => self.framed.send(Message::Pong(ping)).await?,
                Frame::Close(reason) => bail!("closed: {reason:?}"),
                _ => {}
            }
        }
    }
}

/// A partner's token for an hour, as `subject`: every subscriber is a caller of its own, so the
/// limit per caller is not what is measured.
pub fn caller_token(subject: &str) -> anyhow::Result<String> {
    let auth = AuthArgs {
        jwt_secret: Some(super::BENCH_SECRET.into()),
        ..AuthArgs::default()
    };
    let caller = TokenArgs {
        role: Role::Partner,
        sub: Some(subject.to_owned()),
        ttl: 3600,
        ..TokenArgs::default()
    };
    realise_api::auth::mint(&auth, &caller)
}

/// Each instance first serves a few sockets, which then close: the memory its first sockets
/// cost once (its worker threads' allocator heaps, its pool's connections) is not counted as
/// what each idle subscriber holds.
pub async fn warm_up(servers: &[super::Server], programme: &str) -> anyhow::Result<()> {
    const EACH: usize = 20;
    let query = format!(
        r#"subscription {{ measurementRecorded(programme: "{programme}") {{ eventId }} }}"#
    );
    let mut open = Vec::new();
    for (k, server) in servers.iter().enumerate() {
        let address = server.url.trim_start_matches("http://");
        for i in 0..EACH {
            let token = caller_token(&format!("bench-warm-up-{k}-{i}"))?;
            open.push(Subscriber::connect(address, &token, &query).await?);
        }
    }
    tokio::time::sleep(Duration::from_secs(1)).await;
    drop(open);
    tokio::time::sleep(Duration::from_secs(2)).await;
    println!(
        "each instance served {EACH} sockets first (closed again before the rounds), so that \
         what its first sockets cost once is not counted per subscriber"
    );
    Ok(())
}
