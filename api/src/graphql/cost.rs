//! What a request costs, and each caller's budget. The cost is async-graphql's complexity,
//! where a derived figure at a date costs a snapshot build ([`SNAPSHOT_COST`]). It comes back
//! in `extensions.cost`, as the GitHub and Shopify APIs report it, and it is charged to the
//! caller's (token subject's) bucket, which refills over time: over budget, nothing runs and
//! the answer is THROTTLED with the seconds to wait.

use std::sync::{Arc, Mutex};

use async_graphql::extensions::{
    Extension, ExtensionContext, ExtensionFactory, NextParseQuery, NextRequest, NextValidation,
};
use async_graphql::parser::types::ExecutableDocument;
use async_graphql::{Response, ServerError, ServerResult, ValidationResult, Variables, value};

use super::MAX_COMPLEXITY;

mod budget;
mod snapshots;

pub use budget::{Budget, Budgets, DEFAULT_BUDGET, charge};
pub use snapshots::{SNAPSHOT_COST, snapshot_dates};

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

/// Request data: whose budget the request is charged to, the verified caller's token subject.
/// A request without it (a tool's, with no caller) is measured but charged to no one.
pub struct ChargedTo(pub String);

fn caller_of(ctx: &ExtensionContext<'_>) -> Option<String> {
    ctx.data_opt::<ChargedTo>().map(|charged| charged.0.clone())
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
mod tests;
