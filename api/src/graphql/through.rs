//! Rows reached through a link table, read with their links in one statement: a benefit's
//! enabling services are `enablements` joined to `services`, one statement for all the
//! benefits of a page, where reading the links and then the rows they name took two.

use std::collections::HashMap;

use sea_orm::sea_query::{Alias, Asterisk, Expr, ExprTrait, Order, Query};
use sea_orm::{ConnectionTrait, DbErr, EntityTrait, FromQueryResult};

/// The column naming each row's parent (the link's own column) in the joined result.
const PARENT: &str = "through_parent";

/// Reads the `T` rows that the links of `L` name in their `target` column, for every parent
/// in `parents` (the links' `parent` column): grouped by parent, each group in the links'
/// order (by their key), every parent with an entry. Both tables are keyed by `id`.
pub async fn read_through<T, L>(
    db: &impl ConnectionTrait,
    parents: &[i32],
    parent: L::Column,
    target: L::Column,
) -> Result<HashMap<i32, Vec<T::Model>>, DbErr>
where
    T: EntityTrait,
    L: EntityTrait,
{
    let (rows, links) = (T::default(), L::default());
    let id = || Alias::new("id");
    let query = Query::select()
        .column((rows, Asterisk))
        .expr_as(Expr::col((links, parent)), Alias::new(PARENT))
        .from(links)
        .inner_join(rows, Expr::col((rows, id())).equals((links, target)))
        .and_where(Expr::col((links, parent)).is_in(parents.iter().copied()))
        .order_by((links, parent), Order::Asc)
        .order_by((links, id()), Order::Asc)
        .to_owned();
    let statement = db.get_database_backend().build(&query);
    let mut found: HashMap<i32, Vec<T::Model>> = parents.iter().map(|&p| (p, Vec::new())).collect();
    for row in db.query_all_raw(statement).await? {
        let parent: i32 = row.try_get("", PARENT)?;
        found
            .entry(parent)
            .or_default()
            .push(T::Model::from_query_result(&row, "")?);
    }
    Ok(found)
}

/// `impl Loader<$key> for DbLoader` reading the `$entity` rows that the links of `$link` name
/// in their `$target` column, for parents in the links' `$parent` column (see
/// [`read_through`]).
macro_rules! load_through {
    ($key:ident, $entity:path, $link:path, $parent:ident, $target:ident) => {
        /// Loads the rows linked to a parent key.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub struct $key(pub i32);

        impl async_graphql::dataloader::Loader<$key> for $crate::graphql::loader::DbLoader {
            type Value = Vec<<$entity as sea_orm::EntityTrait>::Model>;
            type Error = $crate::graphql::loader::LoadError;

            async fn load(
                &self,
                keys: &[$key],
            ) -> Result<std::collections::HashMap<$key, Self::Value>, Self::Error> {
                type Link = <$link as sea_orm::EntityTrait>::Column;
                let parents: Vec<i32> = keys.iter().map(|k| k.0).collect();
                let found = $crate::graphql::through::read_through::<$entity, $link>(
                    &self.db.conn,
                    &parents,
                    Link::$parent,
                    Link::$target,
                )
                .await?;
                Ok(found.into_iter().map(|(p, rows)| ($key(p), rows)).collect())
            }
        }
    };
}
pub(crate) use load_through;
