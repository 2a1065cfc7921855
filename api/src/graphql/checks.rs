//! A request's checks, run apart from its fields.
//!
//! async-graphql sends every field of a request through each of the schema's extensions as
//! soon as the schema has one: a boxed future per extension and a registry lookup, per field.
//! Realise's extensions (the document cache, cost, persisted queries) hook only the phases
//! before any field runs, yet a page of 100 organisations (about 600 fields) spent up to a
//! third of its time passing fields through them. So the schema is built twice from the same
//! types (see `schema::Graph`): one with the extensions, which checks a request and, when the
//! request carries [`Checks`], stops before its fields ([`StopAfterChecks`]); and one with no
//! extension at all, which runs the fields of a request that passed, from the document the
//! checks parsed.

use std::sync::{Arc, Mutex};

use async_graphql::extensions::{
    Extension, ExtensionContext, ExtensionFactory, NextExecute, NextParseQuery,
};
use async_graphql::parser::types::ExecutableDocument;
use async_graphql::{Response, ServerResult, Value, Variables};

/// Request data that asks the checking schema to stop before the fields, and brings back the
/// document it parsed (from the document cache, a persisted query or the text).
#[derive(Default)]
pub struct Checks {
    document: Mutex<Option<ExecutableDocument>>,
}

impl Checks {
    /// The document of a request that passed its checks, once.
    pub fn take_document(&self) -> Option<ExecutableDocument> {
        self.document
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .take()
    }
}

/// The schema extension that ends a request marked with [`Checks`] once it has been parsed,
/// validated and charged; a request without the mark (a subscription's, on a socket) runs on.
/// It must be the schema's first extension, so that it sees the document every other one
/// passed on, and so that no other extension's execution hook runs for a marked request.
pub struct StopAfterChecks;

impl ExtensionFactory for StopAfterChecks {
    fn create(&self) -> Arc<dyn Extension> {
        Arc::new(StopAfterChecks)
    }
}

#[async_trait::async_trait]
impl Extension for StopAfterChecks {
    async fn parse_query(
        &self,
        ctx: &ExtensionContext<'_>,
        query: &str,
        variables: &Variables,
        next: NextParseQuery<'_>,
    ) -> ServerResult<ExecutableDocument> {
        let document = next.run(ctx, query, variables).await?;
        if let Some(checks) = ctx.data_opt::<Arc<Checks>>() {
            *checks.document.lock().unwrap_or_else(|p| p.into_inner()) = Some(document.clone());
        }
        Ok(document)
    }

    async fn execute(
        &self,
        ctx: &ExtensionContext<'_>,
        operation_name: Option<&str>,
        next: NextExecute<'_>,
    ) -> Response {
        if ctx.data_opt::<Arc<Checks>>().is_some() {
            return Response::new(Value::Null);
        }
        next.run(ctx, operation_name).await
    }
}
