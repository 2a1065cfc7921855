//! The loaders of parents' lists: a level's pages of one shape in one statement, and a
//! level's counts under one filter in one statement.

use std::collections::HashMap;

use async_graphql::dataloader::Loader;
use sea_orm::{ConnectionTrait, FromQueryResult};

use super::{ChildList, ChildRows, ChildTotal, sql};
use crate::graphql::loader::{DbLoader, LoadError, by_shape};

impl<K: ChildList> Loader<ChildRows<K>> for DbLoader {
    type Value = Vec<K::Row>;
    type Error = LoadError;

    async fn load(
        &self,
        keys: &[ChildRows<K>],
    ) -> Result<HashMap<ChildRows<K>, Self::Value>, Self::Error> {
        let mut found: HashMap<ChildRows<K>, Self::Value> =
            keys.iter().map(|k| (k.clone(), Vec::new())).collect();
        let shapes = by_shape(keys, |k| (k.of_parent(()), k.of.parent()));
        for (shape, parents) in shapes {
            let statement = sql::rows::<K>(self.db.backend(), &shape, &parents);
            for row in self.db.conn.query_all_raw(statement).await? {
                let row = K::Row::from_query_result(&row, "")?;
                let Some(parent) = K::parent_of(&row) else {
                    continue;
                };
                found
                    .entry(shape.of_parent(K::of(parent)))
                    .or_default()
                    .push(row);
            }
        }
        Ok(found)
    }
}

impl<K: ChildList> Loader<ChildTotal<K>> for DbLoader {
    type Value = u64;
    type Error = LoadError;

    async fn load(
        &self,
        keys: &[ChildTotal<K>],
    ) -> Result<HashMap<ChildTotal<K>, Self::Value>, Self::Error> {
        let mut found: HashMap<ChildTotal<K>, u64> = keys.iter().map(|k| (k.clone(), 0)).collect();
        // Counts under one filter are one statement.
        for (only, parents) in by_shape(keys, |k| (k.only.clone(), k.of.parent())) {
            let statement = sql::totals::<K>(self.db.backend(), &only, &parents);
            for row in self.db.conn.query_all_raw(statement).await? {
                let parent: i32 = row.try_get("", "parent")?;
                let total: i64 = row.try_get("", "total")?;
                let of = K::of(parent);
                let only = only.clone();
                found.insert(ChildTotal { of, only }, total.max(0) as u64);
            }
        }
        Ok(found)
    }
}
