//! Every page of a nested list is its own slice of the whole list: walked forwards (`first`,
//! `after`), backwards from the end (`last`, then `before`), and between two cursors, with and
//! without the list's length, under a filter and in either direction, over the demo. Each page
//! reads only its own rows (`graphql::children`), so each walk checks offsets, counts and page
//! info against the list read whole in one page.

use serde_json::{Value, json};

use crate::helpers::TestApp;

/// A nested list to walk: `field` of the parents `parents` lists (a level, read in one
/// statement), or of one parent of type `on` read by its id.
struct List {
    name: &'static str,
    /// The root field listing the parents.
    parents: &'static str,
    /// The parents' type.
    on: &'static str,
    field: &'static str,
    /// The list's filter, if it has one: its argument, the argument's type, and the values
    /// walked.
    filter: Option<(&'static str, &'static str, &'static [&'static str])>,
    /// The fields of an item beside its id.
    node: &'static str,
}

const LISTS: [List; 7] = [
    List {
        name: "deployments",
        parents: "services(first: 20)",
        on: "Service",
        field: "deployments",
        filter: Some((
            "statuses",
            "[DeploymentStatus!]",
            &["null", r#"["LIVE"]"#, r#"["PLANNED", "READINESS_REVIEW"]"#],
        )),
        node: "",
    },
    List {
        // Read with each commitment's benefit and owner in the page's one statement.
        name: "a benefit's commitments",
        parents: "benefits(first: 20)",
        on: "Benefit",
        field: "commitments",
        filter: Some((
            "statuses",
            "[CommitmentStatus!]",
            &["null", r#"["SIGNED_OFF", "AGREED"]"#],
        )),
        node: "status benefit { code } owner { name }",
    },
    List {
        name: "an organisation's commitments",
        parents: r#"organisations(first: 12, filter: { odsCodes: ["RWP", "RR8", "RM1", "RGT"] })"#,
        on: "Organisation",
        field: "commitments",
        filter: Some(("statuses", "[CommitmentStatus!]", &["null"])),
        node: "status benefit { code } owner { name }",
    },
    List {
        // Newest first.
        name: "engagements",
        parents: "programmes(first: 20)",
        on: "Programme",
        field: "engagements",
        filter: None,
        node: "",
    },
    List {
        // Newest first, each value marked when a correction replaced it; without those values
        // the list and its count leave them out in SQL.
        name: "a commitment's measurements",
        parents: "commitments(first: 20)",
        on: "Commitment",
        field: "measurements",
        filter: Some(("includeSuperseded", "Boolean!", &["true", "false"])),
        node: "measuredOn superseded",
    },
    List {
        // By name, through the relationships that hold today.
        name: "an organisation's children",
        parents: "organisations(first: 20, filter: { kinds: [REGIONAL_TEAM] })",
        on: "Organisation",
        field: "children",
        filter: Some((
            "kinds",
            "[OrganisationKind!]",
            &["null", r#"["INTEGRATED_CARE_BOARD"]"#],
        )),
        node: "name kind",
    },
    List {
        name: "the organisations an organisation commissions",
        parents: r#"organisations(first: 12, filter: { odsCodes: ["QOC", "QT6", "14A", "13X"] })"#,
        on: "Organisation",
        field: "commissioned",
        filter: None,
        node: "name",
    },
];

impl List {
    /// The filters walked: none but "no filter" for a list without one.
    fn filters(&self) -> &'static [&'static str] {
        self.filter.map_or(&["null"], |(_, _, values)| values)
    }

    /// A query for a page of the list of each parent (`level`) or of the parent `$id`, with
    /// the list's length or without.
    fn query(&self, level: bool, total: bool) -> String {
        let (declared, filtered) = match self.filter {
            Some((argument, kind, _)) => (
                format!(", $filter: {kind}"),
                format!(", {argument}: $filter"),
            ),
            None => (String::new(), String::new()),
        };
        let page = format!(
            "{} edges {{ cursor node {{ id {} }} }} \
             pageInfo {{ hasNextPage hasPreviousPage startCursor endCursor }}",
            if total { "totalCount" } else { "" },
            self.node
        );
        let list = format!(
            "list: {}(first: $first, after: $after, last: $last, before: $before{filtered}) \
             {{ {page} }}",
            self.field
        );
        let paging = format!("$first: Int, $after: String, $last: Int, $before: String{declared}");
        match level {
            true => format!(
                "query({paging}) {{ {} {{ edges {{ node {{ id {list} }} }} }} }}",
                self.parents
            ),
            false => format!(
                "query($id: ID!, {paging}) {{ node(id: $id) {{ ... on {} {{ {list} }} }} }}",
                self.on
            ),
        }
    }
}

/// Each parent's page of the list, by the parent's id.
async fn level(app: &TestApp, list: &List, total: bool, variables: Value) -> Vec<(String, Value)> {
    let data = app
        .query_uncached(&list.query(true, total), variables)
        .await;
    let root = data
        .as_object()
        .and_then(|o| o.values().next())
        .expect("a list");
    let edges = root["edges"].as_array().expect("edges");
    let pages = edges
        .iter()
        .map(|e| (e["node"]["id"].to_string(), e["node"]["list"].clone()));
    pages.collect()
}

/// A page of one parent's list: its items' ids and cursors, and its page info.
async fn read(app: &TestApp, list: &List, total: bool, variables: Value) -> Value {
    let data = app
        .query_uncached(&list.query(false, total), variables.clone())
        .await;
    let page = data["node"]["list"].clone();
    assert!(page["edges"].is_array(), "{variables}: {data}");
    page
}

/// Each item of a page as it reads: its id and fields.
fn ids(page: &Value) -> Vec<String> {
    let edges = page["edges"].as_array().expect("edges");
    edges.iter().map(|e| e["node"].to_string()).collect()
}

/// Checks that `page` is the slice `start..end` of `whole`, placed as such in a list of
/// `total` (its length shown when asked).
fn assert_slice(page: &Value, whole: &[String], (start, end): (usize, usize), what: &str) {
    assert_eq!(ids(page), whole[start..end], "{what}: {page}");
    let info = &page["pageInfo"];
    assert_eq!(info["hasPreviousPage"], start > 0, "{what}: {page}");
    assert_eq!(info["hasNextPage"], end < whole.len(), "{what}: {page}");
    if let Some(total) = page.get("totalCount") {
        assert_eq!(total, &json!(whole.len()), "{what}: {page}");
    }
}

/// The paging variables `first`, `after`, `last` and `before` (and the list's filter).
fn paging(filter: &Value, first: i32, after: &Value, last: i32, before: &Value) -> Value {
    let size = |n: i32| if n > 0 { json!(n) } else { json!(null) };
    json!({ "filter": filter, "first": size(first), "after": after, "last": size(last),
            "before": before })
}

/// Where a page lies in a list of `n` items: its first item and the end.
type Slice = fn(usize) -> (usize, usize);

#[actix_web::test]
async fn every_page_of_a_nested_list_is_its_slice_of_the_whole_list() {
    let app = TestApp::spawn_with_demo().await;
    let none = Value::Null;
    for list in &LISTS {
        for filter in list.filters() {
            let filter: Value = serde_json::from_str(filter).expect("a filter");
            // Every parent's whole list, where it fits one page; the longest is walked.
            let all = level(&app, list, true, paging(&filter, 100, &none, 0, &none)).await;
            let wholes: Vec<(String, Value)> = all
                .into_iter()
                .filter(|(_, page)| page["totalCount"].as_u64() <= Some(100))
                .collect();
            let (id, longest) = wholes
                .iter()
                .max_by_key(|(_, page)| ids(page).len())
                .expect("a parent");
            let total = ids(longest).len();
            eprintln!("{} {filter}: a list of {total}", list.name);
            assert!(total >= 7, "{}: the longest list has {total}", list.name);
            let cursor = |i: usize| longest["edges"][i]["cursor"].clone();
            for counted in [false, true] {
                let what = format!("{} {filter}, counted {counted}", list.name);
                let mut variables = paging(&filter, 0, &none, 0, &none);
                variables["id"] = serde_json::from_str(id).expect("an id");
                walk(&app, list, counted, variables, &ids(longest), &what).await;
                // A level of parents, each at the same place in its own list (a nested list's
                // cursor is an offset), in one statement: the window of each parent's rows.
                let windows: [(Value, Slice); 4] = [
                    (paging(&filter, 3, &cursor(4), 0, &none), |n| {
                        (5.min(n), 8.min(n))
                    }),
                    (paging(&filter, 0, &none, 2, &cursor(4)), |n| {
                        (2.min(n), 4.min(n))
                    }),
                    (paging(&filter, 0, &none, 3, &none), |n| {
                        (n.saturating_sub(3), n)
                    }),
                    (paging(&filter, 2, &cursor(1), 0, &cursor(6)), |n| {
                        (2.min(n), 4.min(n))
                    }),
                ];
                for (variables, slice) in windows {
                    let pages = level(&app, list, counted, variables.clone()).await;
                    for (id, whole) in &wholes {
                        let page = &pages.iter().find(|(p, _)| p == id).expect("the parent").1;
                        let whole = ids(whole);
                        let (start, end) = slice(whole.len());
                        let what = format!("{what}, {id}: {variables}");
                        // A short list's page info under a cursor past its end is the window's,
                        // not the list's: only its items are compared.
                        match whole.len() >= 7 {
                            true => assert_slice(page, &whole, (start, end), &what),
                            false => assert_eq!(ids(page), whole[start..end], "{what}: {page}"),
                        }
                    }
                }
            }
        }
    }
}

/// Walks one parent's list (`whole`, at least 7 long) forwards three at a time, backwards from
/// its end four at a time (the first page placed by the list's count), and reads windows
/// between two cursors, from either end.
async fn walk(app: &TestApp, list: &List, counted: bool, at: Value, whole: &[String], what: &str) {
    let total = whole.len();
    let page_at = |first: i32, after: &Value, last: i32, before: &Value| {
        let mut variables = paging(&at["filter"], first, after, last, before);
        variables["id"] = at["id"].clone();
        read(app, list, counted, variables)
    };
    let none = Value::Null;
    let (mut start, mut after) = (0, none.clone());
    while start < total {
        let page = page_at(3, &after, 0, &none).await;
        let end = (start + 3).min(total);
        assert_slice(&page, whole, (start, end), &format!("{what}, forwards"));
        (start, after) = (end, page["pageInfo"]["endCursor"].clone());
    }
    let (mut end, mut before) = (total, none.clone());
    while end > 0 {
        let page = page_at(0, &none, 4, &before).await;
        let start = end.saturating_sub(4);
        assert_slice(&page, whole, (start, end), &format!("{what}, backwards"));
        (end, before) = (start, page["pageInfo"]["startCursor"].clone());
    }
    let all = page_at(100, &none, 0, &none).await;
    let cursor = |i: usize| all["edges"][i]["cursor"].clone();
    let between = [((10, 0), (2, 6)), ((0, 2), (4, 6)), ((2, 0), (2, 4))];
    for ((first, last), (start, end)) in between {
        let page = page_at(first, &cursor(1), last, &cursor(6)).await;
        let what = format!("{what}, between 1 and 6, first {first}, last {last}");
        assert_eq!(ids(&page), whole[start..end], "{what}: {page}");
    }
}
