//! Relay cursor connections: `first`/`after` page forwards and `last`/`before` backwards, at
//! most 100 items a page (20 by default). A nested list's cursors are offsets into the
//! parent's list; a top-level list's are sort keys (`keyset`).

use std::borrow::Cow;

use async_graphql::{OutputType, SimpleObject, TypeName};

use super::error::{ApiError, ApiResult};

mod counts;
mod cursor;
mod keyset;
pub use counts::{Counts, VersionAtStart, kept_count};
use cursor::{Cursor, decode_cursor, encode_cursor, foreign};
pub use keyset::{Keyset, query_page};

/// The most items a page may hold.
pub const MAX_PAGE: i32 = 100;
/// Items per page when neither `first` nor `last` is given.
pub const DEFAULT_PAGE: i32 = 20;

/// The query complexity of a connection field: its page size times the cost of one item, so
/// that nested lists are priced by how much they can return.
pub fn cost(first: Option<i32>, last: Option<i32>, child_complexity: usize) -> usize {
    let size = first.or(last).unwrap_or(DEFAULT_PAGE).clamp(1, MAX_PAGE) as usize;
    size.saturating_mul(child_complexity.max(1))
}

/// Where a page is in the whole list.
#[derive(SimpleObject, Clone, Debug, PartialEq)]
pub struct PageInfo {
    /// Whether items follow this page.
    pub has_next_page: bool,
    /// Whether items precede this page.
    pub has_previous_page: bool,
    /// The cursor of the first item on the page.
    pub start_cursor: Option<String>,
    /// The cursor of the last item on the page.
    pub end_cursor: Option<String>,
}

// Named after its item (`CommitmentEdge` for `Commitment`), so the kernel names no domain type.
/// One item of a page and its cursor.
#[derive(SimpleObject)]
#[graphql(name_type)]
pub struct Edge<T: OutputType> {
    /// Where this item is, for `after` and `before`.
    pub cursor: String,
    /// The item.
    pub node: T,
}

impl<T: OutputType> TypeName for Edge<T> {
    fn type_name() -> Cow<'static, str> {
        format!("{}Edge", T::type_name()).into()
    }
}

// Named after its item (`CommitmentConnection` for `Commitment`).
/// A page of a longer list, in the Relay cursor connection shape.
#[derive(SimpleObject)]
#[graphql(name_type)]
pub struct Connection<T: OutputType> {
    /// The items on this page, each with its cursor.
    pub edges: Vec<Edge<T>>,
    /// Where this page is in the whole list.
    pub page_info: PageInfo,
    /// How many items the whole list holds.
    pub total_count: i64,
}

impl<T: OutputType> TypeName for Connection<T> {
    fn type_name() -> Cow<'static, str> {
        format!("{}Connection", T::type_name()).into()
    }
}

/// The checked paging arguments of a connection field.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PageArgs {
    first: Option<i32>,
    after: Option<Cursor>,
    last: Option<i32>,
    before: Option<Cursor>,
}

/// The rows a page covers: `offset` and `limit` into the ordered list.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Window {
    /// Index of the first row of the page.
    pub offset: u64,
    /// Rows on the page.
    pub limit: u64,
    /// Exclusive end the caller bounded the page by (`before`), if any.
    pub end: Option<u64>,
}

impl PageArgs {
    /// Checks the raw arguments: sizes within 0..=100, cursors well formed, not both `first`
    /// and `last`.
    pub fn new(
        first: Option<i32>,
        after: Option<String>,
        last: Option<i32>,
        before: Option<String>,
    ) -> ApiResult<Self> {
        for (name, size) in [("first", first), ("last", last)] {
            if let Some(n) = size
                && !(0..=MAX_PAGE).contains(&n)
            {
                return Err(ApiError::BadUserInput(format!(
                    "`{name}` must be between 0 and {MAX_PAGE}, got {n}"
                )));
            }
        }
        if first.is_some() && last.is_some() {
            return Err(ApiError::BadUserInput(
                "give `first` or `last`, not both".into(),
            ));
        }
        Ok(Self {
            first,
            after: after.as_deref().map(decode_cursor).transpose()?,
            last,
            before: before.as_deref().map(decode_cursor).transpose()?,
        })
    }

    /// Whether the page's place in a nested list needs the list's length: the last rows, with
    /// no `before` to count back from.
    pub fn counts_from_end(&self) -> bool {
        self.last.is_some() && self.before.is_none()
    }

    /// The offsets `after` and `before` name: a nested list's cursors, not a top-level one's.
    fn offsets(&self) -> ApiResult<(Option<u64>, Option<u64>)> {
        let offset = |cursor: &Option<Cursor>| match cursor {
            None => Ok(None),
            Some(Cursor::Offset(n)) => Ok(Some(*n)),
            Some(other) => Err(foreign(other)),
        };
        Ok((offset(&self.after)?, offset(&self.before)?))
    }

    /// The rows of a nested list to read, given the list's length when paging back from its
    /// end (`last` without `before`).
    pub fn window(&self, total: Option<u64>) -> ApiResult<Window> {
        let (after, before) = self.offsets()?;
        let start = after.map_or(0, |a| a + 1);
        let end = before.or(total).map(|e| e.max(start));
        match (self.last, end) {
            (Some(last), Some(end)) => {
                let offset = end.saturating_sub(last as u64).max(start);
                Ok(Window {
                    offset,
                    limit: end - offset,
                    end: Some(end),
                })
            }
            _ => {
                let first = self.first.unwrap_or(DEFAULT_PAGE) as u64;
                let limit = end.map_or(first, |e| first.min(e - start));
                Ok(Window {
                    offset: start,
                    limit,
                    end: before,
                })
            }
        }
    }
}

/// The rows of one page with their cursors, and where the page is in the whole list.
pub struct Page<M> {
    /// Each row with its cursor.
    pub items: Vec<(String, M)>,
    /// Where the page is.
    pub page_info: PageInfo,
    /// The list's length, when known.
    pub total: Option<u64>,
}

/// Cuts the rows read for `window` into a page. Without the list's length, read one row past
/// the window: its presence tells that a next page exists.
pub fn page<M>(window: Window, mut rows: Vec<M>, total: Option<u64>) -> Page<M> {
    let on_page = rows.len().min(window.limit as usize) as u64;
    let has_next = match total {
        Some(total) => window.offset + on_page < total,
        None => rows.len() as u64 > window.limit,
    };
    rows.truncate(window.limit as usize);
    let items: Vec<(String, M)> = rows
        .into_iter()
        .enumerate()
        .map(|(i, row)| (encode_cursor(window.offset + i as u64), row))
        .collect();
    let page_info = PageInfo {
        has_next_page: has_next,
        has_previous_page: window.offset > 0,
        start_cursor: items.first().map(|(c, _)| c.clone()),
        end_cursor: items.last().map(|(c, _)| c.clone()),
    };
    Page {
        items,
        page_info,
        total,
    }
}

/// Pages through a list already in memory.
pub fn page_in_memory<M>(args: PageArgs, rows: Vec<M>) -> ApiResult<Page<M>> {
    let total = rows.len() as u64;
    let window = args.window(Some(total))?;
    let rows: Vec<M> = rows
        .into_iter()
        .skip(window.offset as usize)
        .take(window.limit as usize)
        .collect();
    Ok(page(window, rows, Some(total)))
}

impl<M> Page<M> {
    /// The GraphQL connection of this page. `totalCount` is only shown when the caller asked
    /// for it, so it may be left unknown (-1) otherwise.
    pub fn into_connection<T>(self, to_node: impl Fn(M) -> T) -> Connection<T>
    where
        T: OutputType,
        Edge<T>: OutputType,
    {
        Connection {
            edges: self
                .items
                .into_iter()
                .map(|(cursor, row)| Edge {
                    cursor,
                    node: to_node(row),
                })
                .collect(),
            page_info: self.page_info,
            total_count: self.total.map_or(-1, |t| t as i64),
        }
    }
}

#[cfg(test)]
mod tests;
