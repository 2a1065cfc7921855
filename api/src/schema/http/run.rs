//! A request's run: its checks on the checking schema, then, if it passed, its fields on the
//! running one (see `graphql::checks` for why the two are apart).

use std::sync::Arc;

use async_graphql::{Data, Request, Response};

use super::ResponseCache;
use crate::db::Db;
use crate::graphql::checks::Checks;
use crate::graphql::connection::VersionAtStart;
use crate::graphql::cost::ChargedTo;
use crate::schema::Graph;

/// What a run answered, and the graph version its fields started under when it may be kept.
pub(super) struct Ran {
    pub(super) response: Response,
    pub(super) version: Option<i64>,
}

/// Checks `request` (parsed, validated and charged to `charged_to`), then runs its fields
/// with `data`. When `keep` is given, the graph version is read between the two, for the
/// response cache.
pub(super) async fn check_then_run(
    graph: &Graph,
    request: Request,
    charged_to: String,
    data: Data,
    keep: Option<(&ResponseCache, &Db)>,
) -> Ran {
    let Request {
        query,
        operation_name,
        variables,
        extensions,
        introspection_mode,
        ..
    } = request;
    let checks = Arc::new(Checks::default());
    let mut checking = Request::new(query)
        .variables(variables.clone())
        .data(ChargedTo(charged_to))
        .data(checks.clone());
    checking.operation_name.clone_from(&operation_name);
    checking.extensions = extensions;
    checking.introspection_mode = introspection_mode;
    let checked = graph.checking.execute(checking).await;
    let document = checks.take_document();
    let (Some(document), true) = (document, checked.errors.is_empty()) else {
        return Ran {
            response: checked,
            version: None,
        };
    };
    let version = match keep {
        Some((responses, db)) => match responses.version_at_start(db).await {
            Ok(version) => version,
            Err(response) => {
                return Ran {
                    response,
                    version: None,
                };
            }
        },
        None => None,
    };
    let mut running = Request::new(String::new()).variables(variables);
    running.operation_name = operation_name;
    running.introspection_mode = introspection_mode;
    running.data = data;
    if let Some(version) = version {
        running.data.insert(VersionAtStart(version));
    }
    running.set_parsed_query(document);
    let mut response = graph.running.execute(running).await;
    // What the checks reported (the cost) goes with the answer.
    response.extensions.extend(checked.extensions);
    Ran { response, version }
}
