//! A GraphQL object that is one row of a table, found under a global id of its node type.
//! The object type says once which table, node type and loader it belongs to, so that the
//! audited write path files a change under the object's own node type, and `node(id)` finds it
//! by its own loader, without either being told again (and so never told wrongly).

use std::hash::Hash;

use async_graphql::dataloader::Loader;

use super::context::RequestContext;
use super::error::ApiResult;
use super::ids::NodeType;
use super::loader::{DbLoader, LoadError, load_one};

/// A GraphQL object wrapping one row, declared with [`row_object!`].
pub trait RowObject: Sized + Send + Sync + 'static {
    /// The row.
    type Row: Send + Sync + Clone + 'static;
    /// The DataLoader key that reads rows by their key.
    type ById: Send + Sync + Hash + Eq + Clone + 'static;
    /// The node type of its global ids.
    const NODE: NodeType;
    /// The object of a row.
    fn of(row: Self::Row) -> Self;
    /// Its row.
    fn row(&self) -> &Self::Row;
    /// A row's key.
    fn key(row: &Self::Row) -> i32;
    /// The loader key of row `key`.
    fn by_id(key: i32) -> Self::ById;
}

/// The object of row `key`, read through the request's loader, or `None` when there is none.
pub async fn load_object<O>(request: &RequestContext, key: i32) -> ApiResult<Option<O>>
where
    O: RowObject,
    DbLoader: Loader<O::ById, Value = O::Row, Error = LoadError>,
{
    Ok(load_one(request, O::by_id(key)).await?.map(O::of))
}

/// `impl RowObject for $object`, a newtype over `$row` read by `$by_id` (a `load_by_id!` key)
/// with global ids of `NodeType::$object`.
macro_rules! row_object {
    ($object:ident, $row:ty, $by_id:path) => {
        impl $crate::graphql::row_object::RowObject for $object {
            type Row = $row;
            type ById = $by_id;
            const NODE: $crate::graphql::ids::NodeType = $crate::graphql::ids::NodeType::$object;
            fn of(row: $row) -> Self {
                Self(row)
            }
            fn row(&self) -> &$row {
                &self.0
            }
            fn key(row: &$row) -> i32 {
                row.id
            }
            fn by_id(key: i32) -> $by_id {
                $by_id(key)
            }
        }
    };
}
pub(crate) use row_object;
