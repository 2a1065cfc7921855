//! The derived figures a request asks for: each distinct date of a programme's snapshot costs a
//! snapshot build.

use std::collections::HashSet;

use async_graphql::Variables;
use async_graphql::parser::types::{ExecutableDocument, Selection, SelectionSet};

/// What each distinct date of derived figures costs: reading and assessing a programme's
/// commitments. With [`MAX_COMPLEXITY`](crate::graphql::MAX_COMPLEXITY) of 50,000, one request asks for at most 19 dates.
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
        let inner = match &item.node {
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
                Some(&field.selection_set.node)
            }
            Selection::InlineFragment(fragment) => Some(&fragment.node.selection_set.node),
            Selection::FragmentSpread(spread) => {
                let name = &spread.node.fragment_name.node;
                // A fragment is counted once; cycles (refused later by validation) end here.
                seen_fragments
                    .insert(name.to_string())
                    .then(|| document.fragments.get(name.as_str()))
                    .flatten()
                    .map(|fragment| &fragment.node.selection_set.node)
            }
        };
        if let Some(inner) = inner {
            walk(inner, document, variables, dates, seen_fragments);
        }
    }
}
