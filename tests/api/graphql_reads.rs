//! Reading organisations through GraphQL on the demo data: filters, ordering, pagination both
//! ways, the hierarchy as at a date, and global ids.

use serde_json::{Value, json};

use crate::helpers::TestApp;

fn names(connection: &Value) -> Vec<String> {
    connection["edges"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["node"]["name"].as_str().unwrap().to_owned())
        .collect()
}

#[actix_web::test]
async fn organisations_filter_by_kind_status_name_and_code() {
    let app = TestApp::spawn_with_demo().await;
    let data = app
        .query(
            r#"{
              leeds: organisations(first: 100, filter: {nameContains: "leeds", kinds: [NHS_TRUST, FOUNDATION_TRUST]}) { totalCount edges { node { name kind } } }
              codes: organisations(filter: {odsCodes: ["rr8", "RBZ"]}) { totalCount edges { node { odsCode } } }
              closed: organisations(filter: {kinds: [GP_PRACTICE], statuses: [CLOSED]}) { totalCount }
              wildcard: organisations(filter: {nameContains: "%"}) { totalCount }
            }"#,
            json!({}),
        )
        .await;
    let leeds = &data["leeds"];
    assert!(leeds["totalCount"].as_i64().unwrap() >= 2, "{leeds}");
    for name in names(leeds) {
        assert!(name.contains("LEEDS"), "{name}");
    }
    assert_eq!(data["codes"]["totalCount"], 2);
    assert!(data["closed"]["totalCount"].as_i64().unwrap() > 1000);
    assert_eq!(
        data["wildcard"]["totalCount"], 0,
        "a % in the text matches literally"
    );
}

#[actix_web::test]
async fn organisations_sort_and_page_forwards_and_backwards() {
    let app = TestApp::spawn_with_demo().await;
    let q = r#"query($first: Int, $after: String, $last: Int, $before: String) {
      organisations(first: $first, after: $after, last: $last, before: $before,
                    filter: {kinds: [NHS_TRUST, FOUNDATION_TRUST]}, orderBy: {field: ODS_CODE, direction: DESC}) {
        totalCount
        pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
        edges { cursor node { odsCode name } }
      }
    }"#;
    let ten = app.query(q, json!({ "first": 10 })).await["organisations"].clone();
    let codes: Vec<&str> = ten["edges"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["node"]["odsCode"].as_str().unwrap())
        .collect();
    let mut sorted = codes.clone();
    sorted.sort_by(|a, b| b.cmp(a));
    assert_eq!(codes, sorted, "descending ODS codes");
    assert_eq!(ten["pageInfo"]["hasPreviousPage"], false);
    assert_eq!(ten["pageInfo"]["hasNextPage"], true);

    let first5 = app.query(q, json!({ "first": 5 })).await["organisations"].clone();
    let next5 = app
        .query(
            q,
            json!({ "first": 5, "after": first5["pageInfo"]["endCursor"] }),
        )
        .await["organisations"]
        .clone();
    assert_eq!([names(&first5), names(&next5)].concat(), names(&ten));
    assert_eq!(next5["pageInfo"]["hasPreviousPage"], true);

    // Backwards: the five before the tenth item are items 5 to 9.
    let tenth_cursor = ten["edges"][9]["cursor"].clone();
    let back = app
        .query(q, json!({ "last": 5, "before": tenth_cursor }))
        .await["organisations"]
        .clone();
    assert_eq!(names(&back), names(&ten)[4..9].to_vec());
    assert_eq!(back["pageInfo"]["hasPreviousPage"], true);
    assert_eq!(back["pageInfo"]["hasNextPage"], true);

    // The very end of the list, paging back from it.
    let total = ten["totalCount"].as_i64().unwrap();
    let tail = app.query(q, json!({ "last": 3 })).await["organisations"].clone();
    assert_eq!(tail["edges"].as_array().unwrap().len(), 3);
    assert_eq!(tail["pageInfo"]["hasNextPage"], false);
    assert_eq!(tail["pageInfo"]["hasPreviousPage"], total > 3);
    // The last three in descending order are the first three in ascending order, reversed.
    let ascending = app
        .query(
            r#"{ organisations(first: 3, filter: {kinds: [NHS_TRUST, FOUNDATION_TRUST]}, orderBy: {field: ODS_CODE, direction: ASC}) { edges { node { name } } } }"#,
            json!({}),
        )
        .await;
    let mut expected = names(&ascending["organisations"]);
    expected.reverse();
    assert_eq!(names(&tail), expected);
}

#[actix_web::test]
async fn part_of_reads_the_hierarchy_down_from_an_area_and_a_region() {
    let app = TestApp::spawn_with_demo().await;
    let area = app.org_id("Q74").await;
    let data = app
        .query(
            r#"query($area: ID!) {
              inArea: organisations(first: 100, filter: {partOf: $area}) { totalCount edges { node { odsCode parent { odsCode } } } }
              area: node(id: $area) { ... on Organisation { children(first: 1) { totalCount } parent { id } } }
            }"#,
            json!({ "area": area }),
        )
        .await;
    let in_area = &data["inArea"];
    assert_eq!(
        in_area["totalCount"], data["area"]["children"]["totalCount"],
        "an area's members are its children"
    );
    for edge in in_area["edges"].as_array().unwrap() {
        assert_eq!(edge["node"]["parent"]["odsCode"], "Q74");
    }
    let region = data["area"]["parent"]["id"].clone();
    let in_region = app
        .query(
            "query($r: ID!) { organisations(filter: {partOf: $r}) { totalCount } }",
            json!({ "r": region }),
        )
        .await;
    assert!(
        in_region["organisations"]["totalCount"].as_i64().unwrap()
            > in_area["totalCount"].as_i64().unwrap(),
        "a region holds its areas and everything in them"
    );
}

#[actix_web::test]
async fn as_at_lists_only_organisations_open_on_that_date() {
    let app = TestApp::spawn_with_demo().await;
    // A81003 VICTORIA MEDICAL PRACTICE: opened 1974-04-01, closed 2017-10-31.
    let q = r#"query($d: Date) { organisations(filter: {odsCodes: ["A81003"], asAt: $d}) { totalCount } }"#;
    assert_eq!(
        app.query(q, json!({ "d": "2010-01-01" })).await["organisations"]["totalCount"],
        1
    );
    assert_eq!(
        app.query(q, json!({ "d": "2018-01-01" })).await["organisations"]["totalCount"],
        0
    );
    assert_eq!(
        app.query(q, json!({ "d": "1970-01-01" })).await["organisations"]["totalCount"],
        0
    );
    let response = app.graphql(q, json!({ "d": "2018-13-01" })).await;
    assert_eq!(
        crate::helpers::error_code(&response),
        "BAD_USER_INPUT",
        "{response}"
    );
}

#[actix_web::test]
async fn global_ids_find_their_objects_again() {
    let app = TestApp::spawn_with_demo().await;
    let id = app.org_id("RR8").await;
    let data = app
        .query(
            r#"query($id: ID!) {
              node(id: $id) { id ... on Organisation { odsCode } }
              nodes(ids: [$id, $id]) { id }
            }"#,
            json!({ "id": id }),
        )
        .await;
    assert_eq!(data["node"]["odsCode"], "RR8");
    assert_eq!(data["node"]["id"], json!(id));
    assert_eq!(data["nodes"].as_array().unwrap().len(), 2);
}
