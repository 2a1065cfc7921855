//! The benefits register on the demo data: every commitment once, filtered by region, RAG and
//! status to the same counts as the dashboard's roll-ups, sorted on the server, and each row's
//! figures the same as the commitment's own progress.

use serde_json::{Value, json};

use crate::helpers::TestApp;
use crate::realisation_commitments::{nodes, same};

const REGISTER: &str = r#"query($p: ID!, $asAt: Date!, $f: RegisterFilter, $o: RegisterOrder, $after: String) {
  node(id: $p) { ... on Programme { register(asAt: $asAt, filter: $f, orderBy: $o, first: 100, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { node { status actual planned progress plannedProgress variance rag enablingServiceLive
      commitment { id status organisation { id } benefit { code }
        progress(asAt: $asAt) { actual planned progress plannedProgress variance rag } } } } } } } }"#;

const AS_AT: &str = "2008-06-30";
const LIVE: [&str; 5] = ["DRAFT", "PROPOSED", "AGREED", "SIGNED_OFF", "REALISED"];

/// Every row of the register for `filter` and `order`, page after page.
async fn rows(app: &TestApp, programme: &str, filter: Value, order: Value) -> (i64, Vec<Value>) {
    let mut all = Vec::new();
    let mut after = Value::Null;
    loop {
        let vars =
            json!({ "p": programme, "asAt": AS_AT, "f": filter, "o": order, "after": after });
        let data = app.query(REGISTER, vars).await;
        let register = &data["node"]["register"];
        all.extend(nodes(register));
        if register["pageInfo"]["hasNextPage"] != true {
            return (register["totalCount"].as_i64().unwrap(), all);
        }
        after = register["pageInfo"]["endCursor"].clone();
    }
}

#[actix_web::test]
async fn the_register_lists_filters_and_sorts_the_programmes_commitments() {
    let app = TestApp::spawn_with_demo().await;
    let q = r#"query($asAt: Date!) { programmes(first: 1) { edges { node { id
        realisation(asAt: $asAt) { liveCommitments ragCounts { red }
          byRegion { organisation { id } liveCommitments } } } } } }"#;
    let data = app.query(q, json!({ "asAt": AS_AT })).await;
    let programme = &nodes(&data["programmes"])[0];
    let id = programme["id"].as_str().unwrap();
    let realisation = &programme["realisation"];

    // Every commitment made by the date once (54 of today's 81: `commitment_history` checks
    // the count of each status), each row's figures the commitment's own.
    let (total, all) = rows(&app, id, json!(null), json!(null)).await;
    assert_eq!(total, 54);
    assert_eq!(all.len(), 54);
    for row in &all {
        let own = &row["commitment"]["progress"];
        for k in [
            "actual",
            "planned",
            "progress",
            "plannedProgress",
            "variance",
        ] {
            assert!(same(&row[k], own[k].as_f64()), "{k}: {row}");
        }
        assert_eq!(row["rag"], own["rag"], "{row}");
    }

    // A live commitment where an enabling service is live is one that coverage counts.
    let q = r#"query($asAt: Date!) { programmes(first: 1) { edges { node {
        benefits(first: 50) { edges { node { code coverage(asAt: $asAt) { committed } } } } } } } }"#;
    let data = app.query(q, json!({ "asAt": AS_AT })).await;
    let benefits = nodes(&nodes(&data["programmes"])[0]["benefits"]);
    for benefit in &benefits {
        let code = benefit["code"].as_str().unwrap();
        let enabled_and_live = all
            .iter()
            .filter(|r| r["commitment"]["benefit"]["code"] == code)
            .filter(|r| LIVE.contains(&r["status"].as_str().unwrap()))
            .filter(|r| r["enablingServiceLive"] == true)
            .count();
        assert_eq!(
            enabled_and_live as i64,
            benefit["coverage"]["committed"].as_i64().unwrap(),
            "{code}"
        );
    }
    assert!(all.iter().any(|r| r["enablingServiceLive"] == true));

    // Filters add up to the dashboard's roll-ups.
    let (red, _) = rows(
        &app,
        id,
        json!({ "rags": ["RED"], "statuses": LIVE }),
        json!(null),
    )
    .await;
    assert_eq!(red, realisation["ragCounts"]["red"].as_i64().unwrap());
    let (live, _) = rows(&app, id, json!({ "statuses": LIVE }), json!(null)).await;
    assert_eq!(live, realisation["liveCommitments"].as_i64().unwrap());
    let mut regions_total = 0;
    for region in realisation["byRegion"].as_array().unwrap() {
        let Some(org) = region["organisation"]["id"].as_str() else {
            continue;
        };
        let (n, in_region) = rows(
            &app,
            id,
            json!({ "within": org, "statuses": LIVE }),
            json!(null),
        )
        .await;
        assert_eq!(n, region["liveCommitments"].as_i64().unwrap(), "{org}");
        assert_eq!(in_region.len() as i64, n);
        regions_total += n;
    }
    assert!(regions_total > 0, "the demo has commitments in regions");

    // Sorted on the server: most behind first, unmeasured last; RAG worst first.
    let (_, by_variance) = rows(&app, id, json!(null), json!({ "by": "VARIANCE" })).await;
    let variances: Vec<Option<f64>> = by_variance.iter().map(|r| r["variance"].as_f64()).collect();
    let measured = variances.iter().take_while(|v| v.is_some()).count();
    assert!(measured > 10 && variances[measured..].iter().all(Option::is_none));
    assert!(
        variances[..measured].windows(2).all(|w| w[0] <= w[1]),
        "{variances:?}"
    );
    let (_, by_rag) = rows(
        &app,
        id,
        json!(null),
        json!({ "by": "RAG", "direction": "DESCENDING" }),
    )
    .await;
    let rank = |r: &Value| {
        ["RED", "AMBER", "GREEN", "BLUE", "NOT_MEASURED"]
            .iter()
            .position(|x| r["rag"] == *x)
            .unwrap()
    };
    assert!(by_rag.windows(2).all(|w| rank(&w[0]) >= rank(&w[1])));
}
