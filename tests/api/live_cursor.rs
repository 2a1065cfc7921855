//! Starting live updates without a gap: a page reads `liveCursor`, then its data, then
//! subscribes from the cursor, and hears every change made after the cursor was read, even one
//! made before its subscription reached the server.

use std::time::Duration;

use realise_api::auth::Role;
use serde_json::json;

use crate::helpers::TestApp;
use crate::live::{MEASUREMENTS, measured, record};
use crate::live_client::{Heard, Live};
use crate::world::{CREATE_COMMITMENT, World, admin};

const CURSOR: &str = "{ liveCursor }";

#[actix_web::test]
async fn a_change_between_the_page_read_and_the_subscription_is_heard() {
    let app = TestApp::spawn().await;
    let w = World::build(&app).await;
    let benefit = w.benefit(&app).await;
    let input = w.commitment_input(&w.trust, &benefit);
    let commitment = admin(&app, CREATE_COMMITMENT, input).await["commitment"]["id"]
        .as_str()
        .unwrap()
        .to_owned();
    let token = app.token(Role::Partner, None);

    // The page reads its cursor (and then its data); a colleague records a value before the
    // page's subscription reaches the server.
    let cursor = app.query_as(&token, CURSOR, json!({})).await["liveCursor"].clone();
    record(&app, &commitment, 90.0).await;
    let mut live = Live::signed_in(&app, &token).await;
    live.subscribe("m", MEASUREMENTS, json!({ "after": cursor }))
        .await;
    let between = live.next_data("m").await;
    assert_eq!(measured(&between).1, 90.0, "the change in between");
    record(&app, &commitment, 85.0).await;
    let next = live.next_data("m").await;
    assert_eq!(measured(&next).1, 85.0, "then live");
    let key = |data: &serde_json::Value| -> i64 {
        data["measurementRecorded"]["eventId"]
            .as_str()
            .unwrap()
            .parse()
            .unwrap()
    };

    // A cursor read after every change replays nothing: the next event is the next change.
    let now = app.query_as(&token, CURSOR, json!({})).await["liveCursor"].clone();
    assert_ne!(now, cursor, "the cursor moves with the changes");
    let mut later = Live::signed_in(&app, &token).await;
    later
        .subscribe("m", MEASUREMENTS, json!({ "after": now }))
        .await;
    assert!(
        later.quiet_for(Duration::from_millis(500)).await,
        "nothing to replay"
    );
    record(&app, &commitment, 80.0).await;
    assert_eq!(measured(&later.next_data("m").await).1, 80.0);

    // A cursor read while the first value's write had not committed names its key as a gap:
    // that value is sent, and nothing else up to the cursor.
    let with_gap = format!("{}:{}", key(&next), key(&between));
    let mut gapped = Live::signed_in(&app, &token).await;
    gapped
        .subscribe("m", MEASUREMENTS, json!({ "after": with_gap }))
        .await;
    assert_eq!(
        measured(&gapped.next_data("m").await).1,
        90.0,
        "the late key"
    );
    assert_eq!(
        measured(&gapped.next_data("m").await).1,
        80.0,
        "then after the cursor"
    );

    // Text that is no cursor is refused with a message, not ignored.
    for bad in ["12:x", "12:12", "-3"] {
        let mut refused = Live::signed_in(&app, &token).await;
        refused
            .subscribe("m", MEASUREMENTS, json!({ "after": bad }))
            .await;
        match refused.hear(Duration::from_secs(5)).await {
            Heard::Message(m) => assert_eq!(
                m["payload"]["errors"][0]["extensions"]["code"], "BAD_USER_INPUT",
                "{bad}: {m}"
            ),
            other => panic!("{bad}: expected an error, heard {other:?}"),
        }
    }
}
