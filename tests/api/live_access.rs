//! Who may hold a live connection, and for how long: refused without a valid token, closed when
//! the token expires, limited in subscriptions, and closed when it stops reading.

use std::time::Duration;

use realise_api::auth::{Role, TokenArgs};
use serde_json::{Value, json};

use crate::helpers::TestApp;
use crate::live::{COMMITMENTS, MEASUREMENTS, measured, record};
use crate::live_client::{Heard, Live};
use crate::world::{CREATE_COMMITMENT, World, admin};

#[actix_web::test]
async fn a_socket_without_a_valid_token_is_closed_with_4401() {
    let app = TestApp::spawn().await;
    let mut nothing = Live::open(&app).await;
    nothing
        .send(json!({ "type": "connection_init", "payload": {} }))
        .await;
    assert!(matches!(
        nothing.hear(Duration::from_secs(5)).await,
        Heard::Closed(4401, _)
    ));
    let mut forged = Live::open(&app).await;
    forged.init("not.a.token").await;
    assert!(matches!(
        forged.hear(Duration::from_secs(5)).await,
        Heard::Closed(4401, _)
    ));
    let mut hasty = Live::open(&app).await;
    hasty.subscribe("1", COMMITMENTS, json!({})).await;
    match hasty.hear(Duration::from_secs(5)).await {
        Heard::Closed(4401, reason) => assert!(reason.contains("connection_init"), "{reason}"),
        other => panic!("a subscribe before connection_init is refused, heard {other:?}"),
    }
}

#[actix_web::test]
async fn a_socket_closes_when_its_token_expires() {
    let app = TestApp::spawn().await;
    let args = TokenArgs {
        role: Role::Partner,
        ttl: 2,
        ..TokenArgs::default()
    };
    let token = realise_api::auth::mint(&crate::helpers::test_auth(), &args).expect("a token");
    let mut live = Live::signed_in(&app, &token).await;
    live.subscribe("1", COMMITMENTS, json!({})).await;
    match live.hear(Duration::from_secs(10)).await {
        Heard::Closed(4401, reason) => assert!(reason.contains("expired"), "{reason}"),
        other => panic!("expected the socket to close as the token expired, heard {other:?}"),
    }
}

#[actix_web::test]
async fn a_subscriber_that_stops_reading_is_closed_and_the_server_goes_on() {
    let app = TestApp::spawn_with_live_buffer(16).await;
    let w = World::build(&app).await;
    // Each event carries the commitment's long notes, 96 KB, so the buffers on the way (the
    // kernel's take up to 4 MB) fill within the writes.
    let benefit = w.benefit(&app).await;
    let mut input = w.commitment_input(&w.trust, &benefit);
    input["notes"] = json!("n".repeat(96 * 1024));
    let created = admin(&app, CREATE_COMMITMENT, input).await;
    let commitment = created["commitment"]["id"].as_str().unwrap().to_owned();
    let token = app.token(Role::Partner, None);
    let mut stalled = Live::narrow(&app, &token).await;
    stalled
        .subscribe(
            "m",
            "subscription { measurementRecorded { eventId commitment { notes } } }",
            json!({}),
        )
        .await;
    let mut reader = Live::signed_in(&app, &token).await;
    reader.subscribe("m", MEASUREMENTS, json!({})).await;
    tokio::time::sleep(Duration::from_millis(200)).await;

    // The stalled client reads nothing while 100 values are recorded.
    const WRITES: usize = 150;
    for i in 0..WRITES {
        record(&app, &commitment, i as f64).await;
    }
    // A subscriber that keeps reading hears every one.
    let mut last = Value::Null;
    for _ in 0..WRITES {
        last = reader.next_data("m").await["measurementRecorded"]["eventId"].clone();
    }
    // The stalled one, reading at last, finds what was sent before the server gave up on it,
    // then the close and its reason.
    let mut heard = 0;
    let closed = loop {
        match stalled.hear(Duration::from_secs(10)).await {
            Heard::Message(m) if m["type"] == "next" => heard += 1,
            Heard::Message(m) if m["type"] == "complete" => {
                panic!(
                    "a subscriber dropped for falling behind is not completed: a client would never subscribe again"
                )
            }
            other => break other,
        }
    };
    match closed {
        Heard::Closed(4008, reason) => {
            assert!(reason.starts_with("slow consumer"), "{reason}");
        }
        other => panic!("expected close 4008 after {heard} events, heard {other:?}"),
    }
    assert!(
        heard < WRITES,
        "the server stopped sending: {heard} of {WRITES} sent"
    );
    eprintln!("the stalled subscriber was sent {heard} of {WRITES} events before the close");

    // The server goes on: a new connection resumes where the reader left off.
    record(&app, &commitment, 1.0).await;
    let mut again = Live::signed_in(&app, &token).await;
    again
        .subscribe("m", MEASUREMENTS, json!({ "after": last }))
        .await;
    assert_eq!(measured(&again.next_data("m").await).1, 1.0);
}

#[actix_web::test]
async fn a_connection_holds_at_most_its_subscriptions() {
    let app = TestApp::spawn().await;
    let mut live = Live::signed_in(&app, &app.token(Role::Partner, None)).await;
    for id in 0..32 {
        live.subscribe(&id.to_string(), COMMITMENTS, json!({}))
            .await;
    }
    live.subscribe("one too many", COMMITMENTS, json!({})).await;
    // The subscriptions start in no set order: exactly one of the 33 is refused.
    let mut refused = Vec::new();
    while let Heard::Message(m) = live.hear(Duration::from_secs(1)).await {
        if m["payload"]["errors"][0]["extensions"]["code"] == "LIMIT_REACHED" {
            refused.push(m["id"].clone());
        }
    }
    assert_eq!(refused.len(), 1, "{refused:?}");
}
