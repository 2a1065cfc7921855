//! What a request costs, and each caller's budget. The cost is async-graphql's complexity,
//! where a derived figure at a date costs a snapshot build ([`SNAPSHOT_COST`]). It comes back
//! in `extensions.cost`, as the GitHub and Shopify APIs report it, and it is charged to the
//! caller's (token subject's) bucket, which refills over time: over budget, nothing runs and
//! the answer is THROTTLED with the seconds to wait.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::Instant;

use std::collections::HashSet;

use async_graphql::extensions::{
    Extension, ExtensionContext, ExtensionFactory, NextParseQuery, NextRequest, NextValidation,
};
use async_graphql::parser::types::{ExecutableDocument, Selection, SelectionSet};
use async_graphql::{Response, ServerError, ServerResult, ValidationResult, Variables, value};

use super::MAX_COMPLEXITY;
use super::context::RequestContext;

/// What each distinct date of derived figures costs: reading and assessing a programme's
/// commitments. With [`MAX_COMPLEXITY`] of 50,000, one request asks for at most 19 dates.
pub const SNAPSHOT_COST: usize = 2_500;

/// The fields whose figures come from a programme's snapshot at a date (`asAt`, default
/// today): each distinct date a request asks for costs a snapshot build.
const SNAPSHOT_FIELDS: [&str; 4] = ["realisation", "ownership", "register", "coverage"];

/// The distinct dates the snapshot fields of `document` ask for ("today" when none is given).
pub fn snapshot_dates(document: &ExecutableDocument, variables: &Variables) -> HashSet<String> {
    let mut dates = HashSet::new();
    let mut seen_fragments = HashSet::new();
    for (_, operation) in document.operations.iter() {
        walk(
            &operation.node.selection_set.node,
            document,
            variables,
            &mut dates,
            &mut seen_fragments,
        );
    }
    dates
}

fn walk(
    set: &SelectionSet,
    document: &ExecutableDocument,
    variables: &Variables,
    dates: &mut HashSet<String>,
    seen_fragments: &mut HashSet<String>,
) {
    for item in &set.items {
        match &item.node {
            Selection::Field(field) => {
                let field = &field.node;
                if SNAPSHOT_FIELDS.contains(&field.name.node.as_str()) {
                    let as_at = field
                        .arguments
                        .iter()
                        .find(|(name, _)| name.node.as_str() == "asAt")
                        .and_then(|(_, v)| {
                            v.node
                                .clone()
                                .into_const_with(|name| variables.get(&name).cloned().ok_or(()))
                                .ok()
                        })
                        .filter(|v| *v != async_graphql::Value::Null)
                        .map_or_else(|| "today".to_owned(), |v| v.to_string());
                    dates.insert(as_at);
                }
                walk(
                    &field.selection_set.node,
                    document,
                    variables,
                    dates,
                    seen_fragments,
                );
            }
            Selection::InlineFragment(fragment) => {
                walk(
                    &fragment.node.selection_set.node,
                    document,
                    variables,
                    dates,
                    seen_fragments,
                );
            }
            Selection::FragmentSpread(spread) => {
                let name = spread.node.fragment_name.node.to_string();
                // A fragment is counted once; cycles (refused later by validation) end here.
                if seen_fragments.insert(name.clone())
                    && let Some(fragment) = document
                        .fragments
                        .get(spread.node.fragment_name.node.as_str())
                {
                    walk(
                        &fragment.node.selection_set.node,
                        document,
                        variables,
                        dates,
                        seen_fragments,
                    );
                }
            }
        }
    }
}

/// How callers' budgets fill and refill.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Budget {
    /// The most a caller can spend at once, in cost points.
    pub capacity: f64,
    /// Points returned to each caller per second.
    pub refill_per_second: f64,
}

/// The default budget: a million points, refilled at 10,000 a second (a page of 100
/// organisations with their parents costs about 700; a dashboard two snapshots, 5,000).
pub const DEFAULT_BUDGET: Budget = Budget {
    capacity: 1_000_000.0,
    refill_per_second: 10_000.0,
};

/// A caller's bucket: points left, as of `at`.
#[derive(Clone, Copy, Debug)]
struct Bucket {
    points: f64,
    at: Instant,
}

/// Every caller's bucket, shared by all requests.
#[derive(Debug)]
pub struct Budgets {
    budget: Budget,
    buckets: Mutex<HashMap<String, Bucket>>,
}

/// Charges `cost` to a bucket holding `points`, refilled for `elapsed_seconds` first: the
/// points left, or (charging nothing) the seconds until `cost` points are there.
pub fn charge(
    points: &mut f64,
    budget: Budget,
    cost: f64,
    elapsed_seconds: f64,
) -> Result<f64, f64> {
    *points = (*points + elapsed_seconds * budget.refill_per_second).min(budget.capacity);
    if cost <= *points {
        *points -= cost;
        Ok(*points)
    } else {
        Err((cost - *points) / budget.refill_per_second.max(f64::MIN_POSITIVE))
    }
}

impl Budgets {
    /// Full buckets for everyone, as `budget` says.
    pub fn new(budget: Budget) -> Self {
        Self {
            budget,
            buckets: Mutex::new(HashMap::new()),
        }
    }

    /// The seconds `caller` must wait while their bucket is in debt (see [`Self::penalise`]).
    pub fn in_debt(&self, caller: &str) -> Option<f64> {
        let now = Instant::now();
        let mut buckets = self.buckets.lock().unwrap_or_else(|p| p.into_inner());
        let bucket = buckets.get_mut(caller)?;
        let elapsed = now.duration_since(bucket.at).as_secs_f64();
        bucket.points =
            (bucket.points + elapsed * self.budget.refill_per_second).min(self.budget.capacity);
        bucket.at = now;
        (bucket.points < 0.0)
            .then(|| -bucket.points / self.budget.refill_per_second.max(f64::MIN_POSITIVE))
    }

    /// Takes `cost` from `caller` for a request refused as too costly, down to a debt of one
    /// whole budget: whoever sends such requests waits before the next is even read.
    fn penalise(&self, caller: &str, cost: usize) {
        let now = Instant::now();
        let mut buckets = self.buckets.lock().unwrap_or_else(|p| p.into_inner());
        let bucket = buckets.entry(caller.to_owned()).or_insert(Bucket {
            points: self.budget.capacity,
            at: now,
        });
        let elapsed = now.duration_since(bucket.at).as_secs_f64();
        let refilled =
            (bucket.points + elapsed * self.budget.refill_per_second).min(self.budget.capacity);
        bucket.points = (refilled - cost as f64).max(-self.budget.capacity);
        bucket.at = now;
    }

    /// Charges `cost` to `caller`: the points left, or the seconds to wait.
    pub fn spend(&self, caller: &str, cost: usize) -> Result<f64, f64> {
        let now = Instant::now();
        let mut buckets = self.buckets.lock().unwrap_or_else(|p| p.into_inner());
        let bucket = buckets.entry(caller.to_owned()).or_insert(Bucket {
            points: self.budget.capacity,
            at: now,
        });
        let elapsed = now.duration_since(bucket.at).as_secs_f64();
        let result = charge(&mut bucket.points, self.budget, cost as f64, elapsed);
        bucket.at = now;
        // A full bucket is the default: forget it, so the map holds only recent spenders.
        if bucket.points >= self.budget.capacity {
            buckets.remove(caller);
        }
        result
    }
}

/// The schema extension that measures, reports and charges each request's cost.
pub struct Cost(pub Arc<Budgets>);

impl ExtensionFactory for Cost {
    fn create(&self) -> Arc<dyn Extension> {
        Arc::new(CostOfRequest {
            budgets: self.0.clone(),
            snapshots: Mutex::new(0),
            charged: Mutex::new(None),
        })
    }
}

struct CostOfRequest {
    budgets: Arc<Budgets>,
    /// The distinct snapshot dates the document asks for.
    snapshots: Mutex<usize>,
    /// The complexity charged and the points left.
    charged: Mutex<Option<(usize, f64)>>,
}

/// The token subject of the request, when it has a caller.
fn caller_of(ctx: &ExtensionContext<'_>) -> Option<String> {
    ctx.data_opt::<RequestContext>()
        .and_then(|r| r.caller.as_ref())
        .map(|c| c.subject.clone())
}

fn too_costly(cost: usize, snapshots: usize) -> ServerError {
    let mut error = ServerError::new(
        format!(
            "the query costs {cost}, over the limit of {MAX_COMPLEXITY} \
             ({snapshots} dates of derived figures at {SNAPSHOT_COST} each): ask for less at once"
        ),
        None,
    );
    error.extensions = Some({
        let mut ext = async_graphql::ErrorExtensionValues::default();
        ext.set("code", "BAD_USER_INPUT");
        ext
    });
    error
}

/// The error of a caller over budget: THROTTLED, with the whole seconds to wait.
pub fn throttled(cost: usize, wait: f64) -> ServerError {
    let seconds = wait.ceil().max(1.0) as u64;
    let mut error = ServerError::new(
        format!(
            "your budget of cost points is spent (this request costs {cost}): retry in {seconds} s"
        ),
        None,
    );
    error.extensions = Some({
        let mut ext = async_graphql::ErrorExtensionValues::default();
        ext.set("code", "THROTTLED");
        ext.set("retryAfterSeconds", seconds);
        ext
    });
    error
}

#[async_trait::async_trait]
impl Extension for CostOfRequest {
    async fn request(&self, ctx: &ExtensionContext<'_>, next: NextRequest<'_>) -> Response {
        let response = next.run(ctx).await;
        let charged = *self.charged.lock().unwrap_or_else(|p| p.into_inner());
        match charged {
            Some((requested, remaining)) => response.extension(
                "cost",
                value!({
                    "requested": requested,
                    "limit": MAX_COMPLEXITY,
                    "remainingBudget": remaining.floor() as u64,
                }),
            ),
            None => response,
        }
    }

    async fn parse_query(
        &self,
        ctx: &ExtensionContext<'_>,
        query: &str,
        variables: &Variables,
        next: NextParseQuery<'_>,
    ) -> ServerResult<ExecutableDocument> {
        let caller = caller_of(ctx);
        // A caller in debt is turned away before their document is even read.
        if let Some(caller) = &caller
            && let Some(wait) = self.budgets.in_debt(caller)
        {
            return Err(throttled(0, wait));
        }
        let document = next.run(ctx, query, variables).await?;
        let snapshots = snapshot_dates(&document, variables).len();
        *self.snapshots.lock().unwrap_or_else(|p| p.into_inner()) = snapshots;
        // Too many dates is refused before validation, the costliest step for a large document.
        let cost = snapshots.saturating_mul(SNAPSHOT_COST);
        if cost > MAX_COMPLEXITY {
            if let Some(caller) = &caller {
                self.budgets.penalise(caller, cost);
            }
            return Err(too_costly(cost, snapshots));
        }
        Ok(document)
    }

    async fn validation(
        &self,
        ctx: &ExtensionContext<'_>,
        next: NextValidation<'_>,
    ) -> Result<ValidationResult, Vec<ServerError>> {
        let mut result = next.run(ctx).await?;
        let snapshots = *self.snapshots.lock().unwrap_or_else(|p| p.into_inner());
        result.complexity = result
            .complexity
            .saturating_add(snapshots.saturating_mul(SNAPSHOT_COST));
        let caller = caller_of(ctx);
        if result.complexity > MAX_COMPLEXITY {
            if let Some(caller) = &caller {
                self.budgets.penalise(caller, result.complexity);
            }
            return Err(vec![too_costly(result.complexity, snapshots)]);
        }
        if let Some(caller) = caller {
            match self.budgets.spend(&caller, result.complexity) {
                Ok(remaining) => {
                    *self.charged.lock().unwrap_or_else(|p| p.into_inner()) =
                        Some((result.complexity, remaining));
                }
                Err(wait) => {
                    tracing::info!(caller, cost = result.complexity, "request throttled");
                    return Err(vec![throttled(result.complexity, wait)]);
                }
            }
        }
        Ok(result)
    }
}

#[cfg(test)]
mod tests {
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
}
