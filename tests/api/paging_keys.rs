//! Top-level lists page by sort key: every page after or before a cursor is exactly the slice
//! of the whole list that the cursor's item bounds, in each order and direction, including
//! the organisations whose sort value is missing (no ODS code, no open date), which sort last
//! going up and first going down, on both databases.

use serde_json::{Value, json};

use crate::helpers::TestApp;

/// Regional teams, national bodies, suppliers and the like: 71 organisations in the demo, of
/// which 17 have no open date and 13 no ODS code.
const LIST: &str = r#"query($first: Int, $after: String, $last: Int, $before: String,
    $field: OrganisationOrderField!, $direction: OrderDirection!) {
  organisations(first: $first, after: $after, last: $last, before: $before,
      filter: { kinds: [REGIONAL_TEAM, SUPPLIER, NATIONAL_BODY, SHARED_SERVICE, AREA_TEAM] },
      orderBy: { field: $field, direction: $direction }) {
    edges { cursor node { name odsCode openedOn } }
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }"#;

/// The page size the lists are walked in: not a divisor of 71, so the last page is short.
const STEP: i64 = 7;
/// More pages than a walk of the 71 can take: a walk that goes on is a cursor going wrong.
const MOST_PAGES: usize = 71 / STEP as usize + 2;

fn nodes(page: &Value) -> Vec<Value> {
    let edges = page["edges"].as_array().expect("edges");
    edges.iter().map(|e| e["node"].clone()).collect()
}

/// The whole list walked `STEP` at a time, forwards from its start or backwards from its end,
/// checking on each page that it says whether items lie behind it.
async fn walk(app: &TestApp, order: &Value, backwards: bool) -> Vec<Value> {
    let (size, bound, ahead, behind, next) = match backwards {
        false => (
            "first",
            "after",
            "hasNextPage",
            "hasPreviousPage",
            "endCursor",
        ),
        true => (
            "last",
            "before",
            "hasPreviousPage",
            "hasNextPage",
            "startCursor",
        ),
    };
    let (mut pages, mut cursor) = (Vec::new(), Value::Null);
    for _ in 0..MOST_PAGES {
        let mut variables = json!({ "field": order["field"], "direction": order["direction"] });
        variables[size] = json!(STEP);
        variables[bound] = cursor.clone();
        let page = app.query_uncached(LIST, variables).await["organisations"].clone();
        assert_eq!(page["pageInfo"][behind], !cursor.is_null(), "{page}");
        pages.push(nodes(&page));
        if page["pageInfo"][ahead] != json!(true) {
            if backwards {
                pages.reverse();
            }
            return pages.concat();
        }
        cursor = page["pageInfo"][next].clone();
    }
    panic!("{order}, backwards {backwards}: more than {MOST_PAGES} pages");
}

#[actix_web::test]
async fn pages_walked_either_way_make_the_whole_list_in_every_order() {
    let app = TestApp::spawn_with_demo().await;
    for (field, key) in [
        ("NAME", "name"),
        ("ODS_CODE", "odsCode"),
        ("OPENED_ON", "openedOn"),
    ] {
        let mut lists = Vec::new();
        for direction in ["ASC", "DESC"] {
            let order = json!({ "field": field, "direction": direction });
            let mut variables = order.clone();
            variables["first"] = json!(100);
            let whole = nodes(&app.query_uncached(LIST, variables).await["organisations"]);
            assert_eq!(whole.len(), 71, "{field} {direction}");
            assert_eq!(
                walk(&app, &order, false).await,
                whole,
                "{field} {direction} forwards"
            );
            assert_eq!(
                walk(&app, &order, true).await,
                whole,
                "{field} {direction} backwards"
            );
            lists.push(whole);
        }
        let (up, mut down) = (lists[0].clone(), lists[1].clone());
        // Missing values sort last going up: every row after the first missing one misses it.
        let missing = up.iter().position(|n| n[key].is_null());
        if field != "NAME" {
            let first = missing.unwrap_or_else(|| panic!("the demo has {key} missing"));
            assert!(up[first..].iter().all(|n| n[key].is_null()), "{field}");
        }
        // Ties (equal values) are broken by the id the same way round, so going down is going
        // up reversed.
        down.reverse();
        assert_eq!(down, up, "{field}");
    }
}

/// A window between two cursors, read from either end, is the slice of the whole list between
/// their items, including windows across the boundary of the organisations without a value.
#[actix_web::test]
async fn a_window_between_two_cursors_is_the_slice_between_them() {
    let app = TestApp::spawn_with_demo().await;
    for field in ["NAME", "ODS_CODE", "OPENED_ON"] {
        for direction in ["ASC", "DESC"] {
            let order = json!({ "field": field, "direction": direction, "first": 100 });
            let whole = app.query_uncached(LIST, order.clone()).await["organisations"].clone();
            let edges = whole["edges"].as_array().expect("edges");
            assert_eq!(edges.len(), 71, "{field} {direction}");
            for (from, to) in [(0, 70), (10, 65), (40, 69), (3, 4), (2, 9)] {
                let expected: Vec<Value> = (edges[from + 1..to].iter())
                    .map(|e| e["node"].clone())
                    .collect();
                for size in ["first", "last"] {
                    let mut variables = json!({ "field": field, "direction": direction,
                        "after": edges[from]["cursor"], "before": edges[to]["cursor"] });
                    variables[size] = json!(100);
                    let page = app.query_uncached(LIST, variables).await["organisations"].clone();
                    let window = format!("{field} {direction} {size} ({from}, {to})");
                    assert_eq!(nodes(&page), expected, "{window}");
                }
            }
        }
    }
}

#[actix_web::test]
async fn a_cursor_of_another_order_is_refused() {
    let app = TestApp::spawn_with_demo().await;
    let by_name = json!({ "first": 3, "field": "NAME", "direction": "ASC" });
    let page = app.query_uncached(LIST, by_name).await["organisations"].clone();
    let name_cursor = page["pageInfo"]["endCursor"].clone();
    let by_date = json!({ "first": 3, "after": name_cursor, "field": "OPENED_ON",
                          "direction": "ASC" });
    let response = app.graphql(LIST, by_date).await;
    let message = response["errors"][0]["message"]
        .as_str()
        .unwrap_or_default();
    assert!(message.contains("cursor"), "{response}");
    assert_eq!(
        response["errors"][0]["extensions"]["code"],
        "BAD_USER_INPUT"
    );
}

/// A page of people, with or without the whole list's length.
const PEOPLE: &str = r#"query($after: String) { people(first: 3, after: $after) {
  TOTAL edges { node { name } } pageInfo { endCursor } } }"#;

#[actix_web::test]
async fn a_lists_length_is_counted_once_while_nothing_changes() {
    let app = TestApp::spawn_with_demo().await;
    let (counted, bare) = (
        PEOPLE.replace("TOTAL", "totalCount"),
        PEOPLE.replace("TOTAL", ""),
    );
    let first = app.query(&counted, json!({ "after": null })).await["people"].clone();
    let total = first["totalCount"].as_i64().expect("a count");
    assert!(total > 6, "{first}");
    // Each later page, with its length or without, reads the graph version and its own rows.
    let mut after = first["pageInfo"]["endCursor"].clone();
    let mut spent = Vec::new();
    for query in [&counted, &bare, &counted] {
        let before = app.statements();
        let page = app.query(query, json!({ "after": after })).await["people"].clone();
        spent.push(app.statements() - before);
        if query == &counted {
            assert_eq!(page["totalCount"].as_i64(), Some(total), "{page}");
        }
        after = page["pageInfo"]["endCursor"].clone();
    }
    assert!(
        spent.iter().all(|n| *n == spent[1]),
        "statements per page: {spent:?}"
    );
    // A write makes the kept length stale at once.
    let person = json!({ "name": "Counted Once", "jobTitle": "Analyst" });
    crate::world::admin(&app, crate::world::CREATE_PERSON, person).await;
    let page = app.query(&counted, json!({ "after": after })).await["people"].clone();
    assert_eq!(page["totalCount"].as_i64(), Some(total + 1), "{page}");
    // Each filter's length is its own, though the statements differ only in their values.
    let named = r#"query($name: String) {
      people(first: 1, filter: { nameContains: $name }) { totalCount } }"#;
    let count = async |name: &str| {
        app.query(named, json!({ "name": name })).await["people"]["totalCount"].as_i64()
    };
    assert!(count("o").await > Some(1));
    assert_eq!(count("counted once").await, Some(1));
    // The metrics tell: two later pages served the kept length; the first page, the page
    // after the write and the two filters counted.
    let (_, body) = app.get("/metrics").await;
    let metrics = crate::health::parse_openmetrics(&body);
    assert_eq!(
        metrics.get("realise_list_count_hits_total"),
        Some(&2.0),
        "{body}"
    );
    assert_eq!(
        metrics.get("realise_list_count_misses_total"),
        Some(&4.0),
        "{body}"
    );
}
