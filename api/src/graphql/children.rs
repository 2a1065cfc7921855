//! A parent's list of child rows read as a connection asks for it: a first page whose total is
//! not asked for reads only the rows it shows (and one more when the query asks whether a next
//! page exists), for many parents in one statement; any other page is cut from the whole list.
//! A filter on one column (a status, say) and the list's direction are applied in SQL on both
//! paths, so the two cannot disagree.
//!
//! PostgreSQL walks each parent's rows and stops at the page (`LATERAL ... LIMIT`); SQLite, which
//! has no LATERAL, numbers each parent's rows in a window and keeps the first. A list under one
//! parent is a plain `LIMIT` on both.

use std::collections::HashMap;
use std::fmt::Debug;
use std::hash::Hash;

use async_graphql::dataloader::Loader;
use async_graphql::{Context, OutputType};
use sea_orm::{
    ActiveEnum, ConnectionTrait, DbBackend, EntityName, EntityTrait, FromQueryResult, IdenStatic,
    Statement, Value,
};

use super::connection::{Connection, Edge, PageArgs, page, paginate};
use super::context::ContextExt;
use super::error::ApiResult;
use super::loader::{DbLoader, LoadError, by_shape, key_list, load_or_default};

/// A list of child rows by parent key, as `load_children!` declares one: the table, the column
/// holding the parent's key and the column the list is ordered by (then by key).
pub trait ChildList: Copy + Debug + Hash + Eq + Send + Sync + 'static {
    /// The child table.
    type Entity: EntityTrait;
    /// What is read of a row: the whole row or a partial model.
    type Row: FromQueryResult + Clone + Send + Sync + 'static;
    /// The list of a parent.
    fn of(parent: i32) -> Self;
    /// The parent's key.
    fn parent(self) -> i32;
    /// The parent a row belongs to.
    fn parent_of(row: &Self::Row) -> Option<i32>;
    /// The column holding the parent's key.
    fn parent_column() -> <Self::Entity as EntityTrait>::Column;
    /// The column the list is ordered by.
    fn order_column() -> <Self::Entity as EntityTrait>::Column;

    /// The whole list, oldest (or first by its order) first.
    fn rows(self) -> ChildRows<Self> {
        ChildRows {
            of: self,
            first: None,
            newest_first: false,
            only: None,
        }
    }
}

/// Only the rows whose column holds one of these values.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Only {
    column: &'static str,
    /// Sorted, without repeats, so that equal filters share a statement.
    values: Vec<String>,
}

/// What is read of a parent's list: how many rows (all when `None`), in which direction, and
/// which rows.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct ChildRows<K> {
    /// Whose list.
    pub of: K,
    /// How many rows at most, or all.
    pub first: Option<u32>,
    /// The list's order reversed: newest first.
    pub newest_first: bool,
    /// Only rows holding one of these values, or all.
    pub only: Option<Only>,
}

impl<K> ChildRows<K> {
    /// The same read of another parent's list (of none: the shape of the read).
    fn of_parent<L>(&self, of: L) -> ChildRows<L> {
        ChildRows {
            of,
            first: self.first,
            newest_first: self.newest_first,
            only: self.only.clone(),
        }
    }
}

impl<K: ChildList> ChildRows<K> {
    /// The list newest (or last by its order) first.
    pub fn newest_first(self) -> Self {
        Self {
            newest_first: true,
            ..self
        }
    }

    /// Only the rows whose `column` holds one of `values`, when given (all rows otherwise).
    pub fn only<V>(self, column: <K::Entity as EntityTrait>::Column, values: Option<Vec<V>>) -> Self
    where
        V: ActiveEnum<Value = String>,
    {
        let values = values.map(|values| values.iter().map(ActiveEnum::to_value).collect());
        self.only_text(column, values)
    }

    /// Only the rows whose text `column` holds one of `values`, when given.
    pub fn only_text(
        self,
        column: <K::Entity as EntityTrait>::Column,
        values: Option<Vec<String>>,
    ) -> Self {
        let only = values.map(|mut values| {
            values.sort();
            values.dedup();
            Only {
                column: column.as_str(),
                values,
            }
        });
        Self { only, ..self }
    }
}

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
            let statement = statement::<K>(self.db.backend(), &shape, &parents);
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

/// The page of a parent's list that `args` asks for, each row made a node by `to_node`.
pub async fn children_page<K, T>(
    ctx: &Context<'_>,
    args: PageArgs,
    list: ChildRows<K>,
    to_node: impl Fn(K::Row) -> T,
) -> ApiResult<Connection<T>>
where
    K: ChildList,
    T: OutputType,
    Edge<T>: OutputType,
{
    if let Some(first) = args.first_rows(&ctx.look_ahead()) {
        let key = ChildRows {
            first: Some(first),
            ..list
        };
        let rows = load_or_default(ctx.request(), key).await?;
        return Ok(page(args.window(None)?, rows, None).into_connection(to_node));
    }
    let rows = load_or_default(
        ctx.request(),
        ChildRows {
            first: None,
            ..list
        },
    )
    .await?;
    paginate(args, rows, to_node)
}

/// `SELECT` the rows of each of `parents` that `shape` asks for, in the list's order. Values
/// are pushed as the SQL names them, so `?` (SQLite) and `$n` (PostgreSQL) both line up.
fn statement<K: ChildList>(
    backend: DbBackend,
    shape: &ChildRows<()>,
    parents: &[i32],
) -> Statement {
    let table = K::Entity::default().table_name();
    let parent = K::parent_column().as_str();
    let order = K::order_column().as_str();
    let dir = if shape.newest_first { "DESC" } else { "ASC" };
    let mut values: Vec<Value> = Vec::new();
    let mut param = |value: Value| {
        values.push(value);
        match backend {
            DbBackend::Postgres => format!("${}", values.len()),
            _ => "?".to_owned(),
        }
    };
    let in_order = format!("c.\"{order}\" {dir}, c.id {dir}");
    let sql = match (backend, shape.first) {
        // One parent (a list under one object): the plain form, cheaper to plan and run.
        (_, Some(first)) if parents.len() == 1 => {
            let asked = param(parents[0].into());
            let only = only(&shape.only, &mut param);
            let limit = param(i64::from(first).into());
            format!(
                "SELECT c.* FROM \"{table}\" c WHERE c.\"{parent}\" = {asked}{only} \
                 ORDER BY {in_order} LIMIT {limit}"
            )
        }
        (DbBackend::Postgres, Some(first)) => {
            let asked = param(key_list(parents));
            let only = only(&shape.only, &mut param);
            let limit = param(i64::from(first).into());
            format!(
                "SELECT c.* FROM unnest(string_to_array({asked}, ',')::int[]) AS asked(parent) \
                 CROSS JOIN LATERAL (\
                   SELECT * FROM \"{table}\" c WHERE c.\"{parent}\" = asked.parent{only} \
                   ORDER BY {in_order} LIMIT {limit}\
                 ) c ORDER BY c.\"{parent}\", {in_order}"
            )
        }
        (_, Some(first)) => {
            let asked = in_list(parents, &mut param);
            let only = only(&shape.only, &mut param);
            let limit = param(i64::from(first).into());
            format!(
                "SELECT * FROM (\
                   SELECT c.*, ROW_NUMBER() OVER (PARTITION BY c.\"{parent}\" ORDER BY {in_order}) \
                     AS place \
                   FROM \"{table}\" c WHERE c.\"{parent}\" IN ({asked}){only}\
                 ) c WHERE c.place <= {limit} ORDER BY c.\"{parent}\", c.place"
            )
        }
        (_, None) => {
            let asked = match backend {
                DbBackend::Postgres => {
                    format!(
                        "= ANY(string_to_array({}, ',')::int[])",
                        param(key_list(parents))
                    )
                }
                _ => format!("IN ({})", in_list(parents, &mut param)),
            };
            let only = only(&shape.only, &mut param);
            format!(
                "SELECT c.* FROM \"{table}\" c WHERE c.\"{parent}\" {asked}{only} \
                 ORDER BY c.\"{parent}\", {in_order}"
            )
        }
    };
    Statement::from_sql_and_values(backend, sql, values)
}

/// One placeholder a parent, for SQLite's `IN (...)`.
fn in_list(parents: &[i32], param: &mut impl FnMut(Value) -> String) -> String {
    let list: Vec<String> = parents.iter().map(|&p| param(p.into())).collect();
    list.join(", ")
}

/// ` AND c.column IN (...)` for a filter (no row for a filter of no values), or nothing.
fn only(only: &Option<Only>, param: &mut impl FnMut(Value) -> String) -> String {
    match only {
        None => String::new(),
        Some(Only { values, .. }) if values.is_empty() => " AND 1 = 0".to_owned(),
        Some(Only { column, values }) => {
            let list: Vec<String> = values.iter().map(|v| param(v.clone().into())).collect();
            format!(" AND c.\"{column}\" IN ({})", list.join(", "))
        }
    }
}

#[cfg(test)]
mod tests;
