//! Documents parsed and validated once. Partner tools and the front end send the same few
//! documents again and again; parsing and validating one is work that gives the same answer
//! every time, so the result is kept, by the document's text (and, for validation, the
//! variables, which set page sizes and so the cost).
//!
//! Only what succeeded is kept: a document refused by a limit is refused again in full. A
//! validation with several operations in the document is not kept, as it depends on which one
//! the request names, which this hook cannot see.

use std::num::NonZeroUsize;
use std::sync::{Arc, Mutex};

use async_graphql::extensions::{
    Extension, ExtensionContext, ExtensionFactory, NextParseQuery, NextValidation,
};
use async_graphql::parser::types::{DocumentOperations, ExecutableDocument, OperationType};
use async_graphql::{ServerError, ServerResult, ValidationResult, Variables};
use lru::LruCache;

/// How many documents, and validations, are kept.
const CAPACITY: usize = 1_000;

/// The documents and validations kept, shared by every request of the schema.
#[derive(Clone)]
pub struct Documents {
    parsed: Arc<Mutex<LruCache<String, ExecutableDocument>>>,
    validated: Arc<Mutex<LruCache<(String, String), ValidationResult>>>,
}

impl Default for Documents {
    fn default() -> Self {
        let capacity = NonZeroUsize::new(CAPACITY).unwrap_or(NonZeroUsize::MIN);
        Self {
            parsed: Arc::new(Mutex::new(LruCache::new(capacity))),
            validated: Arc::new(Mutex::new(LruCache::new(capacity))),
        }
    }
}

impl Documents {
    /// The operations of `query` (each one's name, if any, and type), from the document kept
    /// for it, which is parsed and kept here when it is not yet: so the HTTP layer can name a
    /// request's operation before it runs, and the execution then finds the document parsed.
    /// `None` when it does not parse (the execution reports why).
    pub fn operations(&self, query: &str) -> Option<Vec<(Option<String>, OperationType)>> {
        let mut parsed = self.parsed.lock().ok()?;
        if !parsed.contains(query) {
            let document = async_graphql::parser::parse_query(query).ok()?;
            parsed.put(query.to_owned(), document);
        }
        let document = parsed.get(query)?;
        Some(
            document
                .operations
                .iter()
                .map(|(name, op)| (name.map(|n| n.to_string()), op.node.ty))
                .collect(),
        )
    }
}

impl ExtensionFactory for Documents {
    fn create(&self) -> Arc<dyn Extension> {
        Arc::new(DocumentOfRequest {
            documents: self.clone(),
            key: Mutex::new(None),
        })
    }
}

struct DocumentOfRequest {
    documents: Documents,
    /// The document and variables, when a validation of them may be kept.
    key: Mutex<Option<(String, String)>>,
}

#[async_trait::async_trait]
impl Extension for DocumentOfRequest {
    async fn parse_query(
        &self,
        ctx: &ExtensionContext<'_>,
        query: &str,
        variables: &Variables,
        next: NextParseQuery<'_>,
    ) -> ServerResult<ExecutableDocument> {
        if query.is_empty() {
            // A persisted query: it arrives parsed, with no text to key it by.
            return next.run(ctx, query, variables).await;
        }
        let kept = self
            .documents
            .parsed
            .lock()
            .ok()
            .and_then(|mut parsed| parsed.get(query).cloned());
        let document = match kept {
            Some(document) => document,
            None => {
                let document = next.run(ctx, query, variables).await?;
                if let Ok(mut parsed) = self.documents.parsed.lock() {
                    parsed.put(query.to_owned(), document.clone());
                }
                document
            }
        };
        if matches!(document.operations, DocumentOperations::Single(_))
            && let (Ok(variables), Ok(mut key)) =
                (serde_json::to_string(variables), self.key.lock())
        {
            *key = Some((query.to_owned(), variables));
        }
        Ok(document)
    }

    async fn validation(
        &self,
        ctx: &ExtensionContext<'_>,
        next: NextValidation<'_>,
    ) -> Result<ValidationResult, Vec<ServerError>> {
        let key = self.key.lock().ok().and_then(|mut key| key.take());
        let Some(key) = key else {
            return next.run(ctx).await;
        };
        let kept = self
            .documents
            .validated
            .lock()
            .ok()
            .and_then(|mut validated| validated.get(&key).map(copy));
        if let Some(result) = kept {
            return Ok(result);
        }
        let result = next.run(ctx).await?;
        if let Ok(mut validated) = self.documents.validated.lock() {
            validated.put(key, copy(&result));
        }
        Ok(result)
    }
}

/// `ValidationResult` is not `Clone`; its fields are public.
fn copy(result: &ValidationResult) -> ValidationResult {
    ValidationResult {
        cache_control: result.cache_control,
        complexity: result.complexity,
        depth: result.depth,
    }
}
