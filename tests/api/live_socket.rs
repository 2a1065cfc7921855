//! The WebSocket itself, as a client on the wire meets it. actix-http hands an upgraded
//! connection to Realise's own frame handling (so that an idle socket holds no HTTP buffers),
//! which makes these Realise's to get right: an upgrade it does not serve is answered with why,
//! a message sent in fragments is one message, a ping is answered with its payload, an
//! oversized message is refused, and a client's close is returned.

use std::time::Duration;

use actix_http::ws::Item;
use actix_web::web::Bytes;
use awc::ws::{CloseCode, Frame, Message};
use realise_api::auth::Role;
use serde_json::json;
use tokio::io::AsyncReadExt;
use tokio::net::TcpSocket;

use crate::helpers::TestApp;
use crate::live_client::{Heard, Live, upgrade};

fn socket() -> TcpSocket {
    TcpSocket::new_v4().expect("a socket")
}

/// The next frame that is not the server's own ping.
async fn next_but_pings(live: &mut Live<tokio::net::TcpStream>) -> Option<Frame> {
    loop {
        match live.next_frame(Duration::from_secs(5)).await {
            Some(Frame::Ping(_)) => continue,
            other => return other,
        }
    }
}

#[actix_web::test]
async fn an_upgrade_that_is_not_served_is_answered_with_why_and_the_server_goes_on() {
    let app = TestApp::spawn().await;
    let (head, mut stream) = upgrade(&app, socket(), "/graphql", None).await;
    assert!(head.starts_with("HTTP/1.1 400"), "{head}");
    let mut body = String::new();
    stream.read_to_string(&mut body).await.expect("the body");
    assert!(body.contains("graphql-transport-ws"), "{body}");

    let (head, mut stream) =
        upgrade(&app, socket(), "/elsewhere", Some("graphql-transport-ws")).await;
    assert!(head.starts_with("HTTP/1.1 404"), "{head}");
    let mut body = String::new();
    stream.read_to_string(&mut body).await.expect("the body");
    assert!(body.contains("/graphql"), "{body}");

    // Neither harmed the server: a socket opens and signs in, and plain requests are served.
    Live::signed_in(&app, &app.token(Role::Partner, None)).await;
    let health = awc::Client::new()
        .get(format!("{}/healthz", app.address))
        .send()
        .await
        .expect("answered");
    assert!(health.status().is_success(), "{}", health.status());
}

#[actix_web::test]
async fn a_message_in_fragments_is_one_and_a_ping_and_a_close_are_answered() {
    let app = TestApp::spawn().await;
    let mut live = Live::raw(&app, socket()).await;
    let token = app.token(Role::Partner, None);
    let init = json!({ "type": "connection_init",
                       "payload": { "authorization": format!("Bearer {token}") } })
    .to_string();
    let (first, rest) = init.split_at(12);
    let (middle, last) = rest.split_at(40);
    for part in [
        Item::FirstText(Bytes::copy_from_slice(first.as_bytes())),
        Item::Continue(Bytes::copy_from_slice(middle.as_bytes())),
        Item::Last(Bytes::copy_from_slice(last.as_bytes())),
    ] {
        live.send_frame(Message::Continuation(part)).await;
    }
    match live.hear(Duration::from_secs(5)).await {
        Heard::Message(m) if m["type"] == "connection_ack" => {}
        other => panic!("the joined connection_init is acknowledged, heard {other:?}"),
    }

    live.send_frame(Message::Ping(Bytes::from_static(b"are you there")))
        .await;
    match next_but_pings(&mut live).await {
        Some(Frame::Pong(payload)) => assert_eq!(&payload[..], b"are you there"),
        other => panic!("expected the pong, got {other:?}"),
    }

    live.send_frame(Message::Close(Some(CloseCode::Normal.into())))
        .await;
    match next_but_pings(&mut live).await {
        Some(Frame::Close(Some(reason))) => assert_eq!(u16::from(reason.code), 1000),
        other => panic!("expected the close returned, got {other:?}"),
    }
    assert!(
        live.next_frame(Duration::from_secs(3)).await.is_none(),
        "the server lets go of the connection after the close"
    );
}

#[actix_web::test]
async fn a_message_over_the_size_limit_closes_the_socket_with_1009() {
    let app = TestApp::spawn().await;
    let mut live = Live::raw(&app, socket()).await;
    live.init(&app.token(Role::Partner, None)).await;
    assert!(matches!(
        live.hear(Duration::from_secs(5)).await,
        Heard::Message(m) if m["type"] == "connection_ack"
    ));
    let huge = "x".repeat(realise_api::schema::http::MAX_BODY_BYTES + 1);
    live.send_frame(Message::Text(huge.into())).await;
    match live.hear(Duration::from_secs(5)).await {
        Heard::Closed(1009, _) => {}
        other => panic!("expected close 1009, heard {other:?}"),
    }
}
