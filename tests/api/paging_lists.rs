//! Nested lists read a page at a time (`graphql::children`): a first page reads only its own
//! rows, in SQL, with its filter and order there too, and says exactly the same whether its
//! next page is told by the list's count (`totalCount` asked) or by one row read past it. Each
//! list is checked at several page sizes and filters over the demo, which has lists longer
//! than a page. Later pages are walked in `paging_walks`.

use sea_orm::ConnectionTrait;
use serde_json::{Value, json};

use crate::helpers::TestApp;

const PAGE: &str = "TOTAL edges { cursor node { NODE } } \
                    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }";

/// (the lists' names, a query with `LIST(name, node fields)` for each list)
const QUERIES: [(&[&str], &str); 5] = [
    (
        &["deployments"],
        "query($first: Int!, $statuses: [DeploymentStatus!]) { services(first: 30) {
          edges { node { name deployments(first: $first, statuses: $statuses) {
            LIST(id status organisation { odsCode }) } } } } }",
    ),
    (
        &["benefits", "engagements"],
        "query($first: Int!) { programmes(first: 5) { edges { node { name
          benefits(first: $first) { LIST(code title) }
          engagements(first: $first) { LIST(id occurredOn) } } } } }",
    ),
    (
        &["commitmentsOwned", "commitmentsSignedOff"],
        "query($first: Int!, $statuses: [CommitmentStatus!]) { people(first: 60) {
          edges { node { name commitmentsOwned(first: $first, statuses: $statuses) {
            LIST(id status) }
            commitmentsSignedOff(first: $first) { LIST(id signedOffOn) } } } } }",
    ),
    (
        &["auditTrail"],
        "query($first: Int!) { commitments(first: 40) { edges { node { id
          auditTrail(first: $first) { LIST(id action occurredAt) } } } } }",
    ),
    (
        &["people", "deployments"],
        "query($first: Int!) { organisations(first: 60, filter: { kinds: [NHS_TRUST] }) {
          edges { node { odsCode people(first: $first) { LIST(name) }
            deployments(first: $first) { LIST(id status) } } } } }",
    ),
];

/// `query` with each `LIST(fields)` made a page of those fields, with or without its total.
fn with_pages(query: &str, total: bool) -> String {
    let mut out = String::new();
    let mut rest = query;
    while let Some(start) = rest.find("LIST(") {
        out.push_str(&rest[..start]);
        let after = &rest[start + 5..];
        let end = after.find(") }").expect("LIST(...) closes");
        let page = PAGE
            .replace("TOTAL", if total { "totalCount" } else { "" })
            .replace("NODE", &after[..end]);
        out.push_str(&page);
        rest = &after[end + 1..];
    }
    out.push_str(rest);
    out
}

/// Removes every `totalCount`, so that the two ways of reading can be compared.
fn without_totals(value: &mut Value) {
    match value {
        Value::Object(map) => {
            map.remove("totalCount");
            map.values_mut().for_each(without_totals);
        }
        Value::Array(items) => items.iter_mut().for_each(without_totals),
        _ => {}
    }
}

/// Every page of the list `name` in a response.
fn pages<'a>(value: &'a Value, name: &str, found: &mut Vec<&'a Value>) {
    match value {
        Value::Object(map) => {
            if let Some(page) = map.get(name).filter(|p| p.get("edges").is_some()) {
                found.push(page);
            }
            map.values().for_each(|v| pages(v, name, found));
        }
        Value::Array(items) => items.iter().for_each(|v| pages(v, name, found)),
        _ => {}
    }
}

/// (a list, the field it is ordered by, whether newest first): the order each documents.
const ORDERS: [(&str, &str, bool); 4] = [
    ("auditTrail", "occurredAt", true),
    ("benefits", "code", false),
    ("engagements", "occurredOn", true),
    ("commitmentsSignedOff", "signedOffOn", false),
];

/// Checks that each page of the lists `ORDERS` names is in its documented order.
fn assert_in_order(data: &Value) {
    for (name, field, newest_first) in ORDERS {
        let mut found = Vec::new();
        pages(data, name, &mut found);
        for page in found {
            let keys: Vec<&str> = page["edges"]
                .as_array()
                .expect("edges")
                .iter()
                .map(|e| e["node"][field].as_str().unwrap_or_default())
                .collect();
            let mut sorted = keys.clone();
            sorted.sort();
            if newest_first {
                sorted.reverse();
            }
            assert_eq!(keys, sorted, "{name} by {field}");
        }
    }
}

/// Gives the commitments audit trails of 0 to 4 events (by key), a day apart, and files as
/// many events under benefits with the same keys, which no commitment's trail may show.
async fn arrange_trails(app: &TestApp) {
    for day in 1..=4 {
        for (kind, action) in [
            ("Commitment", "updateCommitment"),
            ("Benefit", "updateBenefit"),
        ] {
            let sql = format!(
                "INSERT INTO audit_events (actor, actor_role, action, entity_type, entity_id, \
                 occurred_at) SELECT 'test', 'ADMIN', '{action}', '{kind}', id, \
                 '2026-01-0{day} 00:00:00+00:00' FROM commitments WHERE id % 5 >= {day}"
            );
            app.db.conn.execute_unprepared(&sql).await.expect(&sql);
        }
    }
}

#[actix_web::test]
async fn a_first_page_of_a_nested_list_says_the_same_counted_or_not() {
    let app = TestApp::spawn_with_demo().await;
    arrange_trails(&app).await;
    for (lists, query) in QUERIES {
        let statuses = match query.contains("CommitmentStatus") {
            true => vec![
                json!(null),
                json!(["AGREED", "SIGNED_OFF", "AGREED"]),
                json!([]),
            ],
            false if query.contains("DeploymentStatus") => {
                vec![
                    json!(null),
                    json!(["LIVE"]),
                    json!(["PLANNED", "LIVE"]),
                    json!([]),
                ]
            }
            false => vec![json!(null)],
        };
        // For each list: pages full to their size, and pages with more after them.
        let mut full = vec![0; lists.len()];
        let mut cut = vec![0; lists.len()];
        for first in [0, 1, 3, 20] {
            for statuses in &statuses {
                let variables = json!({ "first": first, "statuses": statuses });
                let paged = app
                    .query_uncached(&with_pages(query, false), variables.clone())
                    .await;
                let mut whole = app
                    .query_uncached(&with_pages(query, true), variables)
                    .await;
                without_totals(&mut whole);
                assert_eq!(paged, whole, "first {first}, statuses {statuses}: {query}");
                assert_in_order(&paged);
                let text = paged.to_string();
                assert!(
                    !text.contains("updateBenefit"),
                    "a benefit's event in {text}"
                );
                for (i, name) in lists.iter().enumerate() {
                    let mut found = Vec::new();
                    pages(&paged, name, &mut found);
                    assert!(!found.is_empty(), "no {name} in {paged}");
                    for page in found {
                        let edges = page["edges"].as_array().expect("edges").len() as i64;
                        assert!(edges <= first, "{name}: {page}");
                        full[i] += usize::from(edges == first && first > 0);
                        cut[i] += usize::from(page["pageInfo"]["hasNextPage"] == json!(true));
                    }
                }
            }
        }
        eprintln!("{lists:?}: full pages {full:?}, pages with more after them {cut:?}");
        for (i, name) in lists.iter().enumerate() {
            assert!(full[i] > 0 && cut[i] > 0, "{name}: {} {}", full[i], cut[i]);
        }
    }
}

#[actix_web::test]
async fn a_level_of_nested_lists_is_one_statement_whatever_its_width() {
    let app = TestApp::spawn_with_demo().await;
    let query = with_pages(QUERIES[0].1, false);
    let mut counts = Vec::new();
    for first in [1, 20] {
        let before = app.statements();
        let data = app
            .query_uncached(&query, json!({ "first": first, "statuses": null }))
            .await;
        counts.push(app.statements() - before);
        let mut found = Vec::new();
        pages(&data, "deployments", &mut found);
        assert!(found.len() > 5, "{data}");
    }
    // The services; their deployments; the deployments' organisations.
    assert_eq!(counts, vec![3, 3]);
}
