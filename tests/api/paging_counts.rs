//! When a nested list is counted: once while the graph stands, kept for the next page, and
//! not at all when the page the query reads ends the list, whose length is then its rows.

use serde_json::{Value, json};

use crate::helpers::TestApp;

/// A nested list's length is kept while the graph stands, for the next page as for the first,
/// and a write makes it stale at once.
#[actix_web::test]
async fn a_nested_lists_length_is_counted_once_while_nothing_changes() {
    let app = TestApp::spawn_with_demo().await;
    let people = r#"query($id: ID!, $after: String) { node(id: $id) { ... on Organisation {
        people(first: 1, after: $after) { totalCount pageInfo { endCursor } } } } }"#;
    let trust = app.org_id("RWP").await;
    let page = async |after: &Value| {
        let data = app
            .query(people, json!({ "id": trust, "after": after }))
            .await;
        data["node"]["people"].clone()
    };
    let before = app.statements();
    let first = page(&Value::Null).await;
    let counted = app.statements() - before;
    let total = first["totalCount"].as_i64().expect("a count");
    assert!(total > 1, "{first}");
    // The next page shows the same length, read without counting: a statement fewer.
    let before = app.statements();
    let next = page(&first["pageInfo"]["endCursor"]).await;
    assert_eq!(next["totalCount"].as_i64(), Some(total), "{next}");
    assert_eq!(app.statements() - before, counted - 1, "the kept length");
    // A write makes the kept length stale at once.
    let person = json!({ "name": "Counted Once", "organisation": trust });
    crate::world::admin(&app, crate::world::CREATE_PERSON, person).await;
    let after = page(&first["pageInfo"]["endCursor"]).await;
    assert_eq!(after["totalCount"].as_i64(), Some(total + 1), "{after}");
}

/// A page on which the list ends tells its length by itself: `totalCount` costs no count. A
/// page that does not reach the end, or an empty page after an offset, is counted.
#[actix_web::test]
async fn a_list_that_ends_on_its_page_is_not_counted() {
    let app = TestApp::spawn_with_demo().await;
    let deployments = |total: &str| {
        format!(
            r#"query($first: Int, $after: String) {{
                services(first: 1, filter: {{ nameContains: "Choose and Book" }}) {{ edges {{ node {{
                  list: deployments(first: $first, after: $after) {{ {total} edges {{ cursor }} }}
                }} }} }} }}"#
        )
    };
    let read = async |total: &str, first: i32, after: &Value| {
        let before = app.statements();
        let variables = json!({ "first": first, "after": after });
        let data = app.query_uncached(&deployments(total), variables).await;
        let list = data["services"]["edges"][0]["node"]["list"].clone();
        (list, app.statements() - before)
    };
    let none = Value::Null;
    let (whole, plain) = read("", 100, &none).await;
    let edges = whole["edges"].as_array().expect("edges").len();
    assert!(edges > 2, "{whole}");
    // The whole list on one page: its length is its rows.
    let (counted, statements) = read("totalCount", 100, &none).await;
    assert_eq!(counted["totalCount"], json!(edges), "{counted}");
    assert_eq!(
        statements, plain,
        "no count for a list that ends on its page"
    );
    // A page short of the end is counted: one statement more.
    let (short, statements) = read("totalCount", 2, &none).await;
    assert_eq!(short["totalCount"], json!(edges), "{short}");
    assert_eq!(statements, plain + 1, "a count for a page short of the end");
    // The last rows after a cursor end the list: no count.
    let (last, statements) = read("totalCount", 100, &whole["edges"][1]["cursor"]).await;
    assert_eq!(last["totalCount"], json!(edges), "{last}");
    assert_eq!(last["edges"].as_array().map(Vec::len), Some(edges - 2));
    assert_eq!(statements, plain, "no count for the list's last rows");
    // An empty page past the end cannot tell how far the list fell short: counted.
    let past = whole["edges"][edges - 1]["cursor"].clone();
    let (empty, statements) = read("totalCount", 5, &past).await;
    assert_eq!(empty["totalCount"], json!(edges), "{empty}");
    assert_eq!(
        statements,
        plain + 1,
        "a count for an empty page after an offset"
    );
}

/// The children of a level of regions are one statement, however many regions there are, and
/// counting them is one more; each page holds its own region's first children.
#[actix_web::test]
async fn a_level_of_childrens_pages_is_one_statement_and_counted_in_one_more() {
    let app = TestApp::spawn_with_demo().await;
    let children = |total: &str| {
        format!(
            r#"query($n: Int!) {{
                organisations(first: $n, filter: {{ kinds: [REGIONAL_TEAM] }}) {{ edges {{ node {{
                  whole: children(first: 100) {{ edges {{ node {{ name }} }} }}
                }} }} }}
                again: organisations(first: $n, filter: {{ kinds: [REGIONAL_TEAM] }}) {{
                  edges {{ node {{ list: children(first: 2) {{ {total} edges {{ node {{ name }} }} }} }} }}
                }} }}"#
        )
    };
    let read = async |total: &str, n: usize| {
        let before = app.statements();
        let data = app
            .query_uncached(&children(total), json!({ "n": n }))
            .await;
        let statements = app.statements() - before;
        let wholes = data["organisations"]["edges"].as_array().expect("regions");
        let pages = data["again"]["edges"].as_array().expect("regions");
        assert_eq!(wholes.len(), n, "{data}");
        for (whole, page) in wholes.iter().zip(pages) {
            let whole = whole["node"]["whole"]["edges"].as_array().expect("edges");
            let page = &page["node"]["list"];
            let edges = page["edges"].as_array().expect("edges");
            assert_eq!(edges[..], whole[..2.min(whole.len())], "{page}");
            if let Some(total) = page.get("totalCount") {
                assert_eq!(total, &json!(whole.len()), "{page}");
            }
        }
        statements
    };
    let (few, all) = (read("", 2).await, read("", 12).await);
    assert_eq!(few, all, "statements grew with the regions");
    let (few_counted, all_counted) = (read("totalCount", 2).await, read("totalCount", 12).await);
    assert_eq!(few_counted, all_counted, "counts grew with the regions");
    assert_eq!(all_counted, all + 1, "one count for the level");
}
