//! The request's DataLoader. One loader type, `DbLoader`, serves every relationship: each
//! relationship has its own key type (declared beside its domain's types) and a `Loader` impl,
//! usually written with the macros below, so one query reads each relationship once per level
//! of the GraphQL query, whatever the number of rows.

use std::any::TypeId;
use std::collections::HashMap;
use std::hash::Hash;
use std::sync::Arc;

use async_graphql::dataloader::{CacheFactory, CacheStorage, HashMapCache, Loader, NoCache};
use sea_orm::DbErr;

use super::context::RequestContext;
use super::error::ApiResult;
use crate::db::Db;

/// Loads rows for the keys a request collects, in batches.
pub struct DbLoader {
    /// The database.
    pub db: Db,
}

/// The request loader's cache. A read that brings linked rows along (a commitment's benefit
/// and owner, read with the page of commitments) feeds them in with `feed_many`, and the
/// fields that ask for those rows later find them there instead of making a statement of
/// their own. Only the keys `keeps` names are kept; every other read runs as asked, so the
/// cache costs nothing (no copy of each loaded list) where nothing is fed.
pub struct Primed {
    keeps: fn(TypeId) -> bool,
}

impl Primed {
    /// A cache keeping the keys `keeps` names.
    pub fn new(keeps: fn(TypeId) -> bool) -> Self {
        Self { keeps }
    }
}

impl CacheFactory for Primed {
    fn create<K, V>(&self) -> Box<dyn CacheStorage<Key = K, Value = V>>
    where
        K: Send + Sync + Clone + Eq + Hash + 'static,
        V: Send + Sync + Clone + 'static,
    {
        match (self.keeps)(TypeId::of::<K>()) {
            true => HashMapCache::default().create(),
            false => NoCache.create(),
        }
    }
}

/// The error every loader returns (shared between the fields that wait on one batch).
pub type LoadError = Arc<DbErr>;

/// Groups `rows` by `key`, giving every asked key an entry (empty when it has no rows).
pub fn group_by<K, M>(keys: &[K], rows: Vec<M>, key: impl Fn(&M) -> Option<K>) -> HashMap<K, Vec<M>>
where
    K: Hash + Eq + Clone,
{
    let mut map: HashMap<K, Vec<M>> = keys.iter().map(|k| (k.clone(), Vec::new())).collect();
    for row in rows {
        if let Some(k) = key(&row) {
            map.entry(k).or_default().push(row);
        }
    }
    map
}

/// Keys as one text parameter, which PostgreSQL splits with
/// `unnest(string_to_array($1, ',')::int[])`: one statement for any number of keys, and no
/// array type needed of the driver.
pub fn key_list(keys: &[i32]) -> sea_orm::Value {
    let keys: Vec<String> = keys.iter().map(i32::to_string).collect();
    keys.join(",").into()
}

/// The values a statement binds, as text, in order: what the tests of hand-built statements
/// compare.
#[cfg(test)]
pub fn bound(statement: &sea_orm::Statement) -> Vec<String> {
    use sea_orm::Value;
    let values = statement.values.as_ref().map(|v| v.0.clone());
    values
        .unwrap_or_default()
        .iter()
        .map(|v| match v {
            Value::String(Some(s)) => s.clone(),
            Value::Int(Some(n)) => n.to_string(),
            Value::BigInt(Some(n)) => n.to_string(),
            Value::ChronoDate(Some(d)) => d.to_string(),
            other => format!("{other:?}"),
        })
        .collect()
}

/// Groups keys by the shape of what they ask (all of a key but its parent), so that the keys
/// of one shape are read in one statement: a query asks for one shape at each place.
pub fn by_shape<K, S>(keys: &[K], split: impl Fn(&K) -> (S, i32)) -> HashMap<S, Vec<i32>>
where
    S: Hash + Eq,
{
    let mut shapes: HashMap<S, Vec<i32>> = HashMap::new();
    for key in keys {
        let (shape, parent) = split(key);
        shapes.entry(shape).or_default().push(parent);
    }
    shapes
}

/// `impl Loader<$key> for DbLoader` reading `$entity` rows by primary key: whole rows, or only
/// the columns of a partial model (`as $partial`) for types that most queries read in part.
macro_rules! load_by_id {
    ($key:ident, $entity:path) => {
        $crate::graphql::loader::load_by_id!(
            @impl $key, $entity, <$entity as sea_orm::EntityTrait>::Model, []
        );
    };
    ($key:ident, $entity:path, as $row:ty) => {
        $crate::graphql::loader::load_by_id!(
            @impl $key, $entity, $row, [.into_partial_model::<$row>()]
        );
    };
    (@impl $key:ident, $entity:path, $row:ty, [$($select:tt)*]) => {
        /// Loads rows by key.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub struct $key(pub i32);

        impl async_graphql::dataloader::Loader<$key> for $crate::graphql::loader::DbLoader {
            type Value = $row;
            type Error = $crate::graphql::loader::LoadError;

            async fn load(
                &self,
                keys: &[$key],
            ) -> Result<std::collections::HashMap<$key, Self::Value>, Self::Error> {
                #[allow(unused_imports)]
                use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QuerySelect};
                let ids: Vec<i32> = keys.iter().map(|k| k.0).collect();
                let rows = <$entity>::find()
                    .filter(<$entity as EntityTrait>::Column::Id.is_in(ids))
                    $($select)*
                    .all(&self.db.conn)
                    .await?;
                Ok(rows.into_iter().map(|m| ($key(m.id), m)).collect())
            }
        }
    };
}
pub(crate) use load_by_id;

/// `impl Loader<$key> for DbLoader` reading the `$entity` rows whose `$column` is the key,
/// in `$order` (then by id): whole rows, or only the columns of a partial model (`as $partial`)
/// when the rows are read for figures and their other columns would only cost decoding.
macro_rules! load_children {
    ($key:ident, $entity:path, $column:ident, $field:ident, $order:ident) => {
        $crate::graphql::loader::load_children!(
            @impl $key, $entity, $column, $field, $order,
            <$entity as sea_orm::EntityTrait>::Model, []
        );

        // Whole rows can also be read a page at a time (`graphql::children`).
        impl $crate::graphql::children::ChildList for $key {
            type Entity = $entity;
            type Row = <$entity as sea_orm::EntityTrait>::Model;
            fn of(parent: i32) -> Self {
                $key(parent)
            }
            fn parent(self) -> i32 {
                self.0
            }
            fn parent_of(row: &Self::Row) -> Option<i32> {
                Option::<i32>::from(row.$field)
            }
            fn parent_column() -> <$entity as sea_orm::EntityTrait>::Column {
                <$entity as sea_orm::EntityTrait>::Column::$column
            }
            fn order_column() -> <$entity as sea_orm::EntityTrait>::Column {
                <$entity as sea_orm::EntityTrait>::Column::$order
            }
        }
    };
    ($key:ident, $entity:path, $column:ident, $field:ident, $order:ident, as $row:ty) => {
        $crate::graphql::loader::load_children!(
            @impl $key, $entity, $column, $field, $order,
            $row, [.into_partial_model::<$row>()]
        );
    };
    (@impl $key:ident, $entity:path, $column:ident, $field:ident, $order:ident, $row:ty,
        [$($select:tt)*]) => {
        /// Loads the child rows of a parent key.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub struct $key(pub i32);

        impl async_graphql::dataloader::Loader<$key> for $crate::graphql::loader::DbLoader {
            type Value = Vec<$row>;
            type Error = $crate::graphql::loader::LoadError;

            async fn load(
                &self,
                keys: &[$key],
            ) -> Result<std::collections::HashMap<$key, Self::Value>, Self::Error> {
                #[allow(unused_imports)]
                use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryOrder, QuerySelect};
                type Column = <$entity as EntityTrait>::Column;
                let ids: Vec<i32> = keys.iter().map(|k| k.0).collect();
                let rows = <$entity>::find()
                    .filter(Column::$column.is_in(ids))
                    .order_by_asc(Column::$order)
                    .order_by_asc(Column::Id)
                    $($select)*
                    .all(&self.db.conn)
                    .await?;
                Ok($crate::graphql::loader::group_by(keys, rows, |m| {
                    Option::<i32>::from(m.$field).map($key)
                }))
            }
        }
    };
}
pub(crate) use load_children;

/// Loads one value through the request's loader.
pub async fn load_one<K>(
    request: &RequestContext,
    key: K,
) -> ApiResult<Option<<DbLoader as Loader<K>>::Value>>
where
    K: Send + Sync + Hash + Eq + Clone + 'static,
    DbLoader: Loader<K, Error = LoadError>,
{
    Ok(request.loader.load_one(key).await?)
}

/// Loads the value of a key that may be absent (an optional link): `None` without one.
pub async fn load_linked<K>(
    request: &RequestContext,
    key: Option<K>,
) -> ApiResult<Option<<DbLoader as Loader<K>>::Value>>
where
    K: Send + Sync + Hash + Eq + Clone + 'static,
    DbLoader: Loader<K, Error = LoadError>,
{
    match key {
        Some(key) => load_one(request, key).await,
        None => Ok(None),
    }
}

/// Loads the value of one key, or its default when there is none: a parent with no children
/// has an empty list.
pub async fn load_or_default<K>(
    request: &RequestContext,
    key: K,
) -> ApiResult<<DbLoader as Loader<K>>::Value>
where
    K: Send + Sync + Hash + Eq + Clone + 'static,
    DbLoader: Loader<K, Error = LoadError>,
    <DbLoader as Loader<K>>::Value: Default,
{
    Ok(load_one(request, key).await?.unwrap_or_default())
}

/// Loads the values of many keys, in the keys' order, skipping keys with no row.
pub async fn load_many<K>(
    request: &RequestContext,
    keys: Vec<K>,
) -> ApiResult<Vec<<DbLoader as Loader<K>>::Value>>
where
    K: Send + Sync + Hash + Eq + Clone + 'static,
    DbLoader: Loader<K, Error = LoadError>,
    <DbLoader as Loader<K>>::Value: Clone,
{
    let found = request.loader.load_many(keys.iter().cloned()).await?;
    Ok(keys.iter().filter_map(|k| found.get(k).cloned()).collect())
}
