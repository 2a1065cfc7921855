//! A parent's list of child rows read as a connection asks for it: each page reads only the
//! rows it shows (and one more when the query asks whether a next page exists, or for the
//! list's length), for many parents in one statement. The list's length is counted, by a
//! statement of its own, only when the page's place needs it (`last` without `before`), or
//! when the query asks for `totalCount` and the page does not show where the list ends; it
//! is kept under the graph version like a top-level list's. A filter (a status, say, or "no
//! correction replaced it") and the list's direction are applied in SQL to the rows and to
//! the count alike.
//!
//! PostgreSQL walks each parent's rows and stops at the page (`LATERAL ... LIMIT ... OFFSET`);
//! SQLite, which has no LATERAL, numbers each parent's rows in a window and keeps a range of
//! the numbers. A list under one parent is a plain `LIMIT` on both.

use std::fmt::Debug;
use std::hash::Hash;

use async_graphql::{Context, OutputType};
use sea_orm::{ActiveEnum, EntityTrait, FromQueryResult, IdenStatic};

use super::connection::{Connection, Edge, PageArgs, Window, kept_count, page};
use super::context::ContextExt;
use super::error::ApiResult;
use super::loader::load_or_default;

mod load;
mod sql;

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
            skip: 0,
            first: None,
            newest_first: false,
            only: None,
        }
    }
}

/// Which rows of a list are read and counted.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Only {
    /// The rows whose column holds one of these values.
    Holding {
        /// The column.
        column: &'static str,
        /// Sorted, without repeats, so that equal filters share a statement.
        values: Vec<String>,
    },
    /// The rows that no row of the same table names in this column: the values no correction
    /// replaced, say.
    Unnamed {
        /// The column naming another row of the table.
        by: &'static str,
    },
}

/// What is read of a parent's list: how many rows (all when `None`) after how many, in which
/// direction, and which rows.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct ChildRows<K> {
    /// Whose list.
    pub of: K,
    /// How many of the list's first rows are passed over.
    pub skip: u64,
    /// How many rows at most, or all.
    pub first: Option<u32>,
    /// The list's order reversed: newest first.
    pub newest_first: bool,
    /// Only the rows the filter lets through, or all.
    pub only: Option<Only>,
}

impl<K> ChildRows<K> {
    /// The same read of another parent's list (of none: the shape of the read).
    fn of_parent<L>(&self, of: L) -> ChildRows<L> {
        ChildRows {
            of,
            skip: self.skip,
            first: self.first,
            newest_first: self.newest_first,
            only: self.only.clone(),
        }
    }

    /// Whether the filter lets no row through (one of no values), so there is nothing to read.
    pub fn lets_none(&self) -> bool {
        matches!(&self.only, Some(Only::Holding { values, .. }) if values.is_empty())
    }

    /// How many rows the list has that this read's filter lets through.
    fn total(&self) -> ChildTotal<K>
    where
        K: Clone,
    {
        ChildTotal {
            of: self.of.clone(),
            only: self.only.clone(),
        }
    }
}

/// The length of a parent's list under a filter.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct ChildTotal<K> {
    /// Whose list.
    pub of: K,
    /// Only the rows the filter lets through, or all.
    pub only: Option<Only>,
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
            Only::Holding {
                column: column.as_str(),
                values,
            }
        });
        Self { only, ..self }
    }

    /// Only the rows that no row of the list's table names in `by` (a reference to another
    /// row of the same table).
    pub fn unnamed_by(self, by: <K::Entity as EntityTrait>::Column) -> Self {
        let only = Some(Only::Unnamed { by: by.as_str() });
        Self { only, ..self }
    }
}

/// The page of a parent's list that `args` asks for, each row made a node by `to_node`. Only
/// the page's rows are read (see `Planned`).
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
    let count = || count_children(ctx, &list);
    let planned = Planned::new(ctx, &args, &count).await?;
    let rows = match list.lets_none() {
        true => Vec::new(),
        false => {
            let key = ChildRows {
                skip: planned.window.offset,
                first: Some(planned.rows),
                ..list.clone()
            };
            load_or_default(ctx.request(), key).await?
        }
    };
    let total = planned.total(&rows, &count).await?;
    Ok(page(planned.window, rows, total).into_connection(to_node))
}

/// What reading a page of a nested list takes: where the page lies, how many rows to read
/// from there, and the list's length when the page's place needed it.
pub struct Planned {
    /// The page's place in the list.
    pub window: Window,
    /// Rows to read from the page's first: one past the page when only that row can tell
    /// whether a next page exists, or whether the list ends on the page.
    pub rows: u32,
    /// The list's length, when counted to place the page.
    counted: Option<u64>,
    /// Whether the query asks for the list's length.
    wants_total: bool,
}

impl Planned {
    /// Plans the page `args` asks for. The list is counted (`count`) first only when the page
    /// is the list's last (`last` without `before`), whose place the count gives.
    pub async fn new<F>(
        ctx: &Context<'_>,
        args: &PageArgs,
        count: &impl Fn() -> F,
    ) -> ApiResult<Self>
    where
        F: Future<Output = ApiResult<u64>>,
    {
        let asked = ctx.look_ahead();
        let wants_total = asked.field("totalCount").exists();
        let counted = match args.counts_from_end() {
            true => Some(count().await?),
            false => None,
        };
        let window = args.window(counted)?;
        let next = counted.is_none()
            && (wants_total || asked.field("pageInfo").field("hasNextPage").exists());
        let rows = u32::try_from(window.limit).unwrap_or(u32::MAX);
        Ok(Self {
            window,
            rows: rows.saturating_add(u32::from(next)),
            counted,
            wants_total,
        })
    }

    /// The list's length for `totalCount`, given the page's `rows` as read: when the list ends
    /// on the page (the row past it is not there), its length is the page's end, and no count
    /// is run; otherwise it is counted (`count`), when the query asks for it.
    pub async fn total<R, F>(&self, rows: &[R], count: &impl Fn() -> F) -> ApiResult<Option<u64>>
    where
        F: Future<Output = ApiResult<u64>>,
    {
        if self.counted.is_some() || !self.wants_total {
            return Ok(self.counted);
        }
        let read = rows.len() as u64;
        // An empty page after an offset cannot tell whether the list ends there or before.
        let ends_here = read <= self.window.limit && (read > 0 || self.window.offset == 0);
        match ends_here {
            true => Ok(Some(self.window.offset + read)),
            false => Ok(Some(count().await?)),
        }
    }
}

/// The length of a parent's list under the read's filter: kept from an earlier request under
/// the same graph version when there is one, counted (with the other parents of the level)
/// otherwise.
pub async fn count_children<K: ChildList>(
    ctx: &Context<'_>,
    list: &ChildRows<K>,
) -> ApiResult<u64> {
    if list.lets_none() {
        return Ok(0);
    }
    let total = list.total();
    let key = || {
        let table = sea_orm::EntityName::table_name(&K::Entity::default());
        let column = K::parent_column();
        format!(
            "{table}.{}={} {:?}",
            column.as_str(),
            total.of.parent(),
            total.only
        )
    };
    let counted = load_or_default(ctx.request(), total.clone());
    kept_count(ctx, key, counted).await
}

#[cfg(test)]
mod tests;
