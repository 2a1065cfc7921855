//! Live updates over a real WebSocket (`graphql-transport-ws`): what each subscriber hears,
//! nothing for a write that rolled back, resuming after a reconnect, and a write through one
//! instance heard on another. Who may connect, and for how long: `live_access.rs`.

use std::time::Duration;

use realise_api::auth::Role;
use serde_json::{Value, json};

use crate::helpers::{TestApp, TestDb};
use crate::live_client::{Heard, Live};
use crate::world::{
    AGREE, CREATE_COMMITMENT, CREATE_ENABLEMENT, RECORD_MEASUREMENT, UPDATE_DEPLOYMENT, World,
    admin, error_codes, executive,
};

pub const MEASUREMENTS: &str = "subscription($programme: ID, $organisation: ID, $after: ID) {
  measurementRecorded(programme: $programme, organisation: $organisation, after: $after) {
    eventId kind measurement { value }
    commitment { organisation { odsCode } owner { name email } } } }";

pub const COMMITMENTS: &str = "subscription($organisation: ID) {
  commitmentChanged(organisation: $organisation) { eventId change action commitment { status } } }";

/// A commitment of `org` to a new benefit, owned by its person; returns its id.
async fn owned_commitment(app: &TestApp, w: &World, org: &str) -> String {
    let benefit = w.benefit(app).await;
    let mut input = w.commitment_input(org, &benefit);
    input["owner"] = json!(w.person_of(org));
    admin(app, CREATE_COMMITMENT, input).await["commitment"]["id"]
        .as_str()
        .unwrap()
        .to_owned()
}

pub async fn record(app: &TestApp, commitment: &str, value: f64) {
    let input = json!({ "commitment": commitment, "measuredOn": "2025-01-31", "value": value });
    admin(app, RECORD_MEASUREMENT, input).await;
}

pub fn measured(data: &Value) -> (String, f64, Value) {
    let event = &data["measurementRecorded"];
    (
        event["commitment"]["organisation"]["odsCode"]
            .as_str()
            .unwrap()
            .to_owned(),
        event["measurement"]["value"].as_f64().unwrap(),
        event["commitment"]["owner"]["email"].clone(),
    )
}

#[actix_web::test]
async fn subscribers_hear_what_they_asked_for_with_what_their_role_may_see() {
    let app = TestApp::spawn().await;
    let w = World::build(&app).await;
    let trusts = owned_commitment(&app, &w, &w.trust).await;
    let neighbours = owned_commitment(&app, &w, &w.neighbour).await;

    let mut everything = Live::signed_in(&app, &executive(&app)).await;
    everything.subscribe("all", MEASUREMENTS, json!({})).await;
    let mut partner = Live::signed_in(&app, &app.token(Role::Partner, None)).await;
    partner
        .subscribe("trust", MEASUREMENTS, json!({ "organisation": w.trust }))
        .await;
    // Nothing is missed between subscribing and the first write.
    tokio::time::sleep(Duration::from_millis(200)).await;

    record(&app, &neighbours, 80.0).await;
    record(&app, &trusts, 90.0).await;

    // The area's executive hears both, and sees the contact details of the trust PART_OF the
    // area only.
    assert_eq!(
        measured(&everything.next_data("all").await),
        ("T02".into(), 80.0, Value::Null)
    );
    assert_eq!(
        measured(&everything.next_data("all").await),
        ("T01".into(), 90.0, json!("tess@nhs.example"))
    );
    // The partner asked for the trust only, and sees no contact details.
    let heard = partner.next_data("trust").await;
    assert_eq!(measured(&heard), ("T01".into(), 90.0, Value::Null));
    assert_eq!(heard["measurementRecorded"]["kind"], "RECORDED");
    assert!(partner.quiet_for(Duration::from_millis(500)).await);
}

#[actix_web::test]
async fn a_subscriber_follows_one_commitment_or_every_organisation_within_one() {
    let app = TestApp::spawn().await;
    let w = World::build(&app).await;
    let trusts = owned_commitment(&app, &w, &w.trust).await;
    let neighbours = owned_commitment(&app, &w, &w.neighbour).await;
    let token = app.token(Role::Partner, None);
    // The area Q01 and what is PART_OF it: the trust T01, not its neighbour T02.
    let mut area = Live::signed_in(&app, &token).await;
    area.subscribe(
        "area",
        "subscription($within: ID) { commitmentChanged(within: $within) {
           commitment { organisation { odsCode } } } }",
        json!({ "within": app.org_id("Q01").await }),
    )
    .await;
    let mut one = Live::signed_in(&app, &token).await;
    one.subscribe(
        "one",
        "subscription($commitment: ID) { commitmentChanged(commitment: $commitment) {
           commitment { id } } }",
        json!({ "commitment": neighbours }),
    )
    .await;
    tokio::time::sleep(Duration::from_millis(200)).await;

    record(&app, &neighbours, 80.0).await;
    record(&app, &trusts, 90.0).await;
    let heard = area.next_data("area").await;
    assert_eq!(
        heard["commitmentChanged"]["commitment"]["organisation"]["odsCode"],
        "T01"
    );
    assert!(area.quiet_for(Duration::from_millis(500)).await);
    let heard = one.next_data("one").await;
    assert_eq!(
        heard["commitmentChanged"]["commitment"]["id"],
        neighbours.as_str()
    );
    assert!(one.quiet_for(Duration::from_millis(300)).await);
}

#[actix_web::test]
async fn a_deployment_going_live_moves_the_figures_of_the_programmes_its_service_enables() {
    let app = TestApp::spawn().await;
    let w = World::build(&app).await;
    let benefit = w.benefit(&app).await;
    let link = json!({ "service": w.service, "benefit": benefit });
    admin(&app, CREATE_ENABLEMENT, link).await;
    let mut live = Live::signed_in(&app, &app.token(Role::Partner, None)).await;
    live.subscribe(
        "r",
        "subscription($programme: ID!) { realisationChanged(programme: $programme) {
           changes programme { id } } }",
        json!({ "programme": w.programme }),
    )
    .await;
    tokio::time::sleep(Duration::from_millis(200)).await;

    let live_now = json!({ "id": w.deployment, "status": "LIVE", "wentLiveOn": "2025-01-31" });
    admin(&app, UPDATE_DEPLOYMENT, live_now).await;
    let heard = live.next_data("r").await;
    assert_eq!(heard["realisationChanged"]["changes"], 1);
    assert_eq!(
        heard["realisationChanged"]["programme"]["id"],
        w.programme.as_str()
    );
}

#[actix_web::test]
async fn a_refused_write_is_never_heard() {
    let app = TestApp::spawn().await;
    let w = World::build(&app).await;
    let commitment = owned_commitment(&app, &w, &w.trust).await;
    let mut live = Live::signed_in(&app, &app.token(Role::Partner, None)).await;
    live.subscribe("c", COMMITMENTS, json!({ "organisation": w.trust }))
        .await;
    // A subscription made just as a write commits may or may not hear it: let the creation
    // above pass either way.
    while let Heard::Message(_) = live.hear(Duration::from_millis(300)).await {}

    // A draft cannot be agreed: the change is refused and its transaction rolled back.
    let input = w.step_input(&app, AGREE, &commitment).await;
    let refused = app.query(AGREE, json!({ "input": input })).await;
    assert_eq!(
        error_codes(&refused["agreeCommitment"]),
        ["ILLEGAL_TRANSITION"]
    );
    let heard = live.hear(Duration::from_millis(700)).await;
    assert_eq!(heard, Heard::Nothing);
    // The next write that commits is the next event.
    record(&app, &commitment, 95.0).await;
    let data = live.next_data("c").await;
    assert_eq!(data["commitmentChanged"]["change"], "MEASURED");
    assert_eq!(data["commitmentChanged"]["action"], "recordMeasurement");
    assert_eq!(data["commitmentChanged"]["commitment"]["status"], "DRAFT");
}

#[actix_web::test]
async fn a_subscriber_resumes_after_the_last_event_it_saw() {
    let app = TestApp::spawn().await;
    let w = World::build(&app).await;
    let commitment = owned_commitment(&app, &w, &w.trust).await;
    let token = app.token(Role::Partner, None);
    let mut live = Live::signed_in(&app, &token).await;
    live.subscribe("m", MEASUREMENTS, json!({})).await;
    tokio::time::sleep(Duration::from_millis(200)).await;
    record(&app, &commitment, 90.0).await;
    let seen = live.next_data("m").await["measurementRecorded"]["eventId"].clone();
    drop(live);

    // Two values are recorded while it is away.
    record(&app, &commitment, 85.0).await;
    record(&app, &commitment, 80.0).await;
    let mut again = Live::signed_in(&app, &token).await;
    again
        .subscribe("m", MEASUREMENTS, json!({ "after": seen }))
        .await;
    let values: Vec<f64> = [again.next_data("m").await, again.next_data("m").await]
        .iter()
        .map(|d| measured(d).1)
        .collect();
    assert_eq!(values, [85.0, 80.0], "the missed events, in order");
    // Then live again.
    record(&app, &commitment, 75.0).await;
    assert_eq!(measured(&again.next_data("m").await).1, 75.0);

    // An `after` that is no event id is refused with a message, not ignored.
    let mut stale = Live::signed_in(&app, &token).await;
    stale
        .subscribe("m", MEASUREMENTS, json!({ "after": "x" }))
        .await;
    match stale.hear(Duration::from_secs(5)).await {
        Heard::Message(m) => {
            assert_eq!(
                m["payload"]["errors"][0]["extensions"]["code"], "BAD_USER_INPUT",
                "{m}"
            );
        }
        other => panic!("expected an error, heard {other:?}"),
    }
}

#[actix_web::test]
async fn a_write_through_one_instance_reaches_a_subscriber_on_another_within_a_second() {
    let one = TestApp::spawn().await;
    let two = TestApp::start_on(TestDb::borrowed(one.database_url())).await;
    let w = World::build(&one).await;
    let commitment = owned_commitment(&one, &w, &w.trust).await;
    let mut live = Live::signed_in(&two, &two.token(Role::Partner, None)).await;
    live.subscribe("m", MEASUREMENTS, json!({ "programme": w.programme }))
        .await;
    tokio::time::sleep(Duration::from_millis(200)).await;
    for round in 0..3 {
        let value = 90.0 - f64::from(round);
        let started = std::time::Instant::now();
        record(&one, &commitment, value).await;
        // On PostgreSQL the commit's notification wakes instance two; on SQLite (one process
        // per database in production) it finds the write by its poll.
        let wait = if crate::helpers::postgres_url().is_some() {
            Duration::from_secs(1)
        } else {
            Duration::from_secs(3)
        };
        match live.hear(wait).await {
            Heard::Message(m) => {
                assert_eq!(measured(&m["payload"]["data"]).1, value, "round {round}");
            }
            other => panic!("round {round}: nothing within {wait:?}: {other:?}"),
        }
        eprintln!(
            "round {round}: heard on the other instance in {:?}",
            started.elapsed()
        );
    }
}
