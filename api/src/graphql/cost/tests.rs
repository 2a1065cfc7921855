use super::*;

const BUDGET: Budget = Budget {
    capacity: 1_000.0,
    refill_per_second: 100.0,
};

#[test]
fn a_bucket_spends_refills_and_says_how_long_to_wait() {
    // (points before, cost, seconds since the last charge) -> points after or the wait
    let cases: [(f64, f64, f64, Result<f64, f64>); 5] = [
        (1_000.0, 400.0, 0.0, Ok(600.0)),
        (600.0, 700.0, 0.0, Err(1.0)),
        (600.0, 700.0, 1.0, Ok(0.0)),
        (0.0, 500.0, 2.0, Err(3.0)),
        (900.0, 0.0, 60.0, Ok(1_000.0)),
    ];
    for (before, cost, elapsed, expected) in cases {
        let mut points = before;
        assert_eq!(
            charge(&mut points, BUDGET, cost, elapsed),
            expected,
            "{before} {cost} {elapsed}"
        );
    }
}

fn dates(query: &str, variables: serde_json::Value) -> usize {
    let document = async_graphql::parser::parse_query(query).unwrap_or_else(|e| panic!("{e}"));
    snapshot_dates(&document, &Variables::from_json(variables)).len()
}

#[test]
fn each_distinct_date_of_derived_figures_is_counted_once() {
    let none = serde_json::json!({});
    assert_eq!(dates("{ programmes { totalCount } }", none.clone()), 0);
    // No date is today; the same date twice is one snapshot.
    assert_eq!(
        dates(
            "{ a: node(id: 1) { ... on Programme { realisation { asAt } ownership { asAt } } } }",
            none.clone()
        ),
        1
    );
    let q = r#"query($d: Date) { node(id: 1) { ... on Programme {
        a: realisation(asAt: "2010-01-01") { asAt } b: realisation(asAt: "2011-01-01") { asAt }
        c: realisation(asAt: $d) { asAt } ...F } } }
        fragment F on Programme { d: register(asAt: "2010-01-01") { totalCount } ...F }"#;
    assert_eq!(dates(q, serde_json::json!({ "d": "2012-01-01" })), 3);
    assert_eq!(dates(q, serde_json::json!({ "d": "2010-01-01" })), 2);
    assert_eq!(
        dates(q, serde_json::json!({})),
        3,
        "an unset variable is today"
    );
}

#[test]
fn a_refused_costly_request_puts_its_sender_in_debt() {
    let budgets = Budgets::new(BUDGET);
    assert_eq!(budgets.in_debt("a"), None);
    budgets.penalise("a", 1_500);
    let wait = budgets.in_debt("a").expect("in debt");
    assert!(
        (4.9..=5.0).contains(&wait),
        "500 points of debt at 100 a second: {wait}"
    );
    budgets.penalise("a", 1_000_000);
    let wait = budgets.in_debt("a").expect("in debt");
    assert!(
        (9.9..=10.0).contains(&wait),
        "debt is capped at one budget: {wait}"
    );
    assert_eq!(budgets.in_debt("b"), None, "others are not");
}

#[test]
fn each_caller_has_a_bucket_of_their_own() {
    let budgets = Budgets::new(BUDGET);
    assert_eq!(budgets.spend("a", 800), Ok(200.0));
    assert!(budgets.spend("a", 800).is_err());
    assert_eq!(budgets.spend("b", 800), Ok(200.0));
}
