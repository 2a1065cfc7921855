//! A kept snapshot follows writes through just the commitments they changed: after a value, a
//! correction and an agreement, an instance that updated its snapshot shows the same figures
//! as one that reads the programme whole.

use serde_json::{Value, json};

use crate::helpers::{TestApp, TestDb};
use crate::realisation_rollups::programme;
use crate::world::{AGREE, CORRECT_MEASUREMENT, RECORD_MEASUREMENT, admin};

/// The first commitment of the demo in `status`, with its version.
async fn one_in(app: &TestApp, status: &str) -> (String, i64) {
    let q = format!(
        "{{ commitments(filter: {{ statuses: [{status}] }}, first: 1) {{ edges {{ node {{ id version }} }} }} }}"
    );
    let node = app.query(&q, json!({})).await["commitments"]["edges"][0]["node"].clone();
    (
        node["id"].as_str().unwrap().to_owned(),
        node["version"].as_i64().unwrap(),
    )
}

/// How many snapshots `app` has updated rather than read whole.
async fn patches(app: &TestApp) -> f64 {
    let (_, body) = app.get("/metrics").await;
    body.lines()
        .find_map(|l| l.strip_prefix("realise_snapshot_cache_patches_total "))
        .unwrap_or_else(|| panic!("the patches counter in\n{body}"))
        .parse()
        .unwrap()
}

#[actix_web::test]
async fn a_snapshot_updated_through_the_changed_commitments_equals_one_read_whole() {
    let one = TestApp::spawn_with_demo().await;
    let today = chrono::Utc::now().date_naive().to_string();
    let before: Value = programme(&one, &today).await;
    assert_eq!(patches(&one).await, 0.0);

    let (live, _) = one_in(&one, "SIGNED_OFF").await;
    let recorded = admin(
        &one,
        RECORD_MEASUREMENT,
        json!({ "commitment": live, "measuredOn": today, "value": 1.0e6 }),
    )
    .await;
    let after_value = programme(&one, &today).await;
    assert_ne!(after_value, before, "a value moved the figures");
    let measurement = recorded["measurement"]["id"].clone();
    admin(
        &one,
        CORRECT_MEASUREMENT,
        json!({ "measurement": measurement, "value": 0.5 }),
    )
    .await;
    let (proposed, version) = one_in(&one, "PROPOSED").await;
    admin(&one, AGREE, json!({ "id": proposed, "version": version })).await;
    let patched = programme(&one, &today).await;
    assert!(
        patches(&one).await >= 2.0,
        "the snapshot was updated, not read whole"
    );

    let two = TestApp::start_on(TestDb::borrowed(one.database_url())).await;
    let whole = programme(&two, &today).await;
    assert_eq!(
        patches(&two).await,
        0.0,
        "the second instance read it whole"
    );
    assert_eq!(patched, whole);
    assert_ne!(
        patched, after_value,
        "the correction and the agreement moved them again"
    );
}
