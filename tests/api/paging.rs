//! Nested pages read in SQL: a first page of commitments without its total reads only its own
//! rows, with the benefit and owner each shows, and says exactly what the page cut from the
//! whole list says.

use serde_json::{Value, json};

use crate::helpers::TestApp;

/// The fields of a commitment page that both ways of reading it must agree on.
const ORGANISATIONS: &str =
    "query($first: Int!, $statuses: [CommitmentStatus!], $codes: [String!]) {
  organisations(first: 100, filter: { odsCodes: $codes }) {
    edges { node { odsCode commitments(first: $first, statuses: $statuses) { TOTAL
      edges { cursor node { id status benefit { code title } owner { name jobTitle } } }
      pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } } }
  }
}";

const BENEFITS: &str = "query($first: Int!, $statuses: [CommitmentStatus!]) {
  programmes(first: 5) { edges { node { benefits(first: 30) { edges { node { code
    commitments(first: $first, statuses: $statuses) { TOTAL
      edges { cursor node { id status organisation { odsCode } owner { name } } }
      pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } } } } } }
  }
}";

/// The page info both queries ask for.
const PAGE_INFO: &str = "pageInfo { hasNextPage hasPreviousPage startCursor endCursor }";

/// Removes every `key` from a response, so that two ways of reading it can be compared.
fn without(value: &mut Value, key: &str) {
    match value {
        Value::Object(map) => {
            map.remove(key);
            map.values_mut().for_each(|v| without(v, key));
        }
        Value::Array(items) => items.iter_mut().for_each(|v| without(v, key)),
        _ => {}
    }
}

/// The commitment pages of `query`, read as first pages (no total asked) and cut from the
/// whole lists (the total asked), which must agree; and, once, read without their page info
/// (which reads no row past the page), which must give the same edges.
async fn both_ways(
    app: &TestApp,
    query: &str,
    codes: &Value,
    first: i64,
    statuses: Value,
) -> Value {
    let variables = json!({ "first": first, "statuses": statuses, "codes": codes });
    let paged = app
        .query_uncached(&query.replace("TOTAL", ""), variables.clone())
        .await;
    let mut whole = app
        .query_uncached(&query.replace("TOTAL", "totalCount"), variables.clone())
        .await;
    without(&mut whole, "totalCount");
    assert_eq!(paged, whole, "first {first}, statuses {statuses}");
    if first != 3 || !statuses.is_null() {
        // Once for a page with more after it is proof enough, within the caller's cost budget.
        return paged;
    }
    let bare_query = query.replace("TOTAL", "").replace(PAGE_INFO, "");
    let bare = app.query_uncached(&bare_query, variables).await;
    let mut edges_only = paged.clone();
    without(&mut edges_only, "pageInfo");
    assert_eq!(bare, edges_only, "first {first}, statuses {statuses}");
    paged
}

/// Every commitment page in a response.
fn pages(value: &Value) -> Vec<&Value> {
    let mut found = Vec::new();
    fn walk<'a>(value: &'a Value, found: &mut Vec<&'a Value>) {
        match value {
            Value::Object(map) => {
                if let Some(page) = map.get("commitments") {
                    found.push(page);
                }
                map.values().for_each(|v| walk(v, found));
            }
            Value::Array(items) => items.iter().for_each(|v| walk(v, found)),
            _ => {}
        }
    }
    walk(value, &mut found);
    found
}

/// The codes of up to 100 organisations with commitments in the demo.
async fn committed(app: &TestApp) -> Value {
    const COMMITTED: &str = "{ programmes(first: 2) { edges { node { benefits(first: 20) {
      edges { node { commitments(first: 40) { edges { node { organisation { odsCode } } } } } } } } } } }";
    let data = app.query_uncached(COMMITTED, json!({})).await;
    let mut codes: Vec<String> = Vec::new();
    for page in pages(&data) {
        for edge in page["edges"].as_array().unwrap() {
            let code = edge["node"]["organisation"]["odsCode"].as_str().unwrap();
            if !codes.iter().any(|c| c == code) {
                codes.push(code.to_owned());
            }
        }
    }
    codes.truncate(100);
    assert!(codes.len() > 10, "{codes:?}");
    json!(codes)
}

#[actix_web::test]
async fn a_first_page_read_in_sql_is_the_page_cut_from_the_whole_list() {
    let app = TestApp::spawn_with_demo().await;
    let codes = committed(&app).await;
    let statuses = [
        json!(null),
        json!(["AGREED", "SIGNED_OFF"]),
        json!(["SIGNED_OFF", "AGREED", "AGREED"]),
        json!(["PROPOSED"]),
        json!([]),
    ];
    for query in [ORGANISATIONS, BENEFITS] {
        let (mut full, mut cut, mut owned) = (0, 0, 0);
        for first in [0, 1, 3, 20] {
            for statuses in &statuses {
                let data = both_ways(&app, query, &codes, first, statuses.clone()).await;
                for page in pages(&data) {
                    let edges = page["edges"].as_array().unwrap();
                    assert!(edges.len() as i64 <= first, "{page}");
                    full += usize::from(edges.len() as i64 == first && first > 0);
                    cut += usize::from(page["pageInfo"]["hasNextPage"] == json!(true));
                    owned += edges
                        .iter()
                        .filter(|e| e["node"]["owner"]["name"].is_string())
                        .count();
                }
            }
        }
        // The demo gives both ways something to disagree on: full pages, pages with more
        // after them, and owners.
        assert!(full > 10 && cut > 10 && owned > 10, "{full} {cut} {owned}");
    }
}

#[actix_web::test]
async fn a_trust_with_its_commitments_benefits_owners_and_latest_values_is_three_statements() {
    let app = TestApp::spawn_with_demo().await;
    const TRUST: &str = r#"query($first: Int!) { organisation(odsCode: "RWP") { name
      commitments(first: $first) { edges { node { status target benefit { code title unit }
        owner { name } measurements(first: 1, includeSuperseded: false) {
          edges { node { measuredOn value } } } } } } } }"#;
    let mut counts = Vec::new();
    for first in [2, 20] {
        let before = app.statements();
        let data = app.query_uncached(TRUST, json!({ "first": first })).await;
        counts.push(app.statements() - before);
        let edges = data["organisation"]["commitments"]["edges"]
            .as_array()
            .unwrap();
        assert!(edges.len() >= 2, "{data}");
        for edge in edges {
            assert!(edge["node"]["benefit"]["code"].is_string(), "{edge}");
        }
        assert!(
            edges.iter().any(|e| e["node"]["owner"]["name"].is_string()),
            "{data}"
        );
    }
    // The organisation; its commitments with their benefits and owners; their latest values.
    assert_eq!(counts, vec![3, 3]);
}
