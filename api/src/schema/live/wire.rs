//! WebSocket frames over a connection's own TCP stream, holding no buffer while the socket is
//! idle. actix-http's dispatcher keeps two 8 KiB buffers for every connection it serves, which
//! was most of what an idle subscriber cost; an upgraded socket is handed here instead (see
//! `socket::accept`). Incoming bytes are read only once the stream is readable, into a buffer
//! dropped again when every frame in it is decoded; outgoing frames are encoded when sent and
//! their buffer dropped once the kernel has taken them.

use std::io;
use std::time::Duration;

use actix_codec::{Decoder, Encoder};
use actix_http::ws::{self, CloseCode, Frame, Item, Message, ProtocolError};
use actix_web::web::{Bytes, BytesMut};
use tokio::io::AsyncWriteExt;
use tokio::net::TcpStream;

/// How much is read at a time.
const READ_CHUNK: usize = 4096;

/// How long one message may take to leave before the client counts as a slow consumer.
const SEND_WAIT: Duration = Duration::from_secs(5);

/// How long a closing socket waits for the client's own close before it lets go.
const LINGER: Duration = Duration::from_secs(1);

/// A message from the client.
#[derive(Debug)]
pub enum Incoming {
    /// A whole text or binary message, its fragments joined.
    Message(Bytes),
    /// A ping, to be answered with its payload.
    Ping(Bytes),
    /// An answer to the server's ping.
    Pong,
    /// The client closes the socket, with its code when it gave one.
    Close(Option<u16>),
}

/// Why a socket cannot be read on.
#[derive(Debug)]
pub enum Broken {
    /// The client broke the protocol (a bad frame, a message over the size limit).
    Protocol(ProtocolError),
    /// The stream ended or failed.
    Gone,
}

/// One upgraded socket.
pub struct Wire {
    stream: TcpStream,
    codec: ws::Codec,
    /// Bytes read and not yet decoded: empty, and holding no memory, while the socket is idle.
    inbound: BytesMut,
    /// A fragmented message being joined, with the most it may grow to.
    fragments: Option<BytesMut>,
    max_message: usize,
    /// Bytes encoded and not yet taken by the kernel (a send that timed out leaves its rest
    /// here, so that a close sent after it still starts on a frame boundary).
    outbound: BytesMut,
}

impl Wire {
    /// A socket over `stream`, starting with the bytes the HTTP layer read past the upgrade.
    pub fn new(stream: TcpStream, read_ahead: BytesMut, max_message: usize) -> Self {
        Self {
            stream,
            codec: ws::Codec::new().max_size(max_message),
            inbound: read_ahead,
            fragments: None,
            max_message,
            outbound: BytesMut::new(),
        }
    }

    /// The next message from the client. Cancel-safe: what was read stays for the next call.
    pub async fn next(&mut self) -> Result<Incoming, Broken> {
        loop {
            while let Some(frame) = self
                .codec
                .decode(&mut self.inbound)
                .map_err(Broken::Protocol)?
            {
                if let Some(incoming) = self.join(frame)? {
                    return Ok(incoming);
                }
            }
            if self.inbound.is_empty() {
                self.inbound = BytesMut::new();
            }
            self.stream.readable().await.map_err(|_| Broken::Gone)?;
            self.inbound.reserve(READ_CHUNK);
            match self.stream.try_read_buf(&mut self.inbound) {
                Ok(0) => return Err(Broken::Gone),
                Ok(_) => {}
                Err(e) if e.kind() == io::ErrorKind::WouldBlock => {}
                Err(_) => return Err(Broken::Gone),
            }
        }
    }

    /// A frame as a message, once its message is whole.
    fn join(&mut self, frame: Frame) -> Result<Option<Incoming>, Broken> {
        let part = match frame {
            Frame::Text(bytes) | Frame::Binary(bytes) => {
                return Ok(Some(Incoming::Message(bytes)));
            }
            Frame::Ping(bytes) => return Ok(Some(Incoming::Ping(bytes))),
            Frame::Pong(_) => return Ok(Some(Incoming::Pong)),
            Frame::Close(reason) => {
                return Ok(Some(Incoming::Close(reason.map(|r| r.code.into()))));
            }
            Frame::Continuation(part) => part,
        };
        let (first, bytes, last) = match part {
            Item::FirstText(bytes) | Item::FirstBinary(bytes) => (true, bytes, false),
            Item::Continue(bytes) => (false, bytes, false),
            Item::Last(bytes) => (false, bytes, true),
        };
        let joined = match (first, self.fragments.as_mut()) {
            (true, None) => self.fragments.insert(BytesMut::new()),
            (false, Some(joined)) => joined,
            _ => return Err(Broken::Protocol(ProtocolError::ContinuationNotStarted)),
        };
        if joined.len() + bytes.len() > self.max_message {
            return Err(Broken::Protocol(ProtocolError::Overflow));
        }
        joined.extend_from_slice(&bytes);
        if !last {
            return Ok(None);
        }
        let whole = self.fragments.take().unwrap_or_default().freeze();
        Ok(Some(Incoming::Message(whole)))
    }

    /// Sends a message, waiting at most 5 s for the kernel to take it. A message that waited
    /// too long is kept, to go before anything sent after it.
    pub async fn send(&mut self, message: Message) -> Result<(), SendError> {
        self.codec
            .encode(message, &mut self.outbound)
            .map_err(|_| SendError::Gone)?;
        match tokio::time::timeout(SEND_WAIT, self.flush()).await {
            Ok(Ok(())) => Ok(()),
            Ok(Err(_)) => Err(SendError::Gone),
            Err(_) => Err(SendError::TimedOut),
        }
    }

    /// Writes what is waiting to leave. Cancel-safe: what was not written stays.
    async fn flush(&mut self) -> io::Result<()> {
        while !self.outbound.is_empty() {
            let written = self.stream.write(&self.outbound).await?;
            if written == 0 {
                return Err(io::ErrorKind::WriteZero.into());
            }
            let _ = self.outbound.split_to(written);
        }
        self.outbound = BytesMut::new();
        Ok(())
    }

    /// Closes the socket with `code` and `reason`: the close frame waits as any message does
    /// to leave, then the server stops sending and lingers briefly for the client's own close.
    pub async fn close(mut self, code: u16, reason: impl Into<String>) {
        let reason: String = reason.into();
        let reason = ws::CloseReason {
            code: CloseCode::from(code),
            description: (!reason.is_empty()).then_some(reason),
        };
        // A client that reads nothing cannot take even the close: past the wait it is dropped.
        if self.send(Message::Close(Some(reason))).await.is_err() {
            return;
        }
        let _ = self.stream.shutdown().await;
        let _ = tokio::time::timeout(LINGER, async {
            while let Ok(incoming) = self.next().await {
                if matches!(incoming, Incoming::Close(_)) {
                    break;
                }
            }
        })
        .await;
    }
}

/// Why a message was not sent.
#[derive(Debug, PartialEq, Eq)]
pub enum SendError {
    /// The client took nothing for the whole wait: a slow consumer.
    TimedOut,
    /// The stream failed.
    Gone,
}
