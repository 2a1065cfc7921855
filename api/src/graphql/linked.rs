//! A parent's list of rows reached through links (an organisation's children through its
//! relationships, a person's engagements through their participations), read as a connection
//! asks for it: each page returns only its rows, for many parents in one statement, and the
//! list is counted, in one grouped statement a level, only when the page needs its length
//! (`children::Planned`, as for a parent's own rows).
//!
//! The list is ordered by the rows' own columns (a name, a date), which the links do not hold:
//! the database reads every linked row of a parent to sort them, but sends only the page. A
//! row linked twice is listed once.
//!
//! PostgreSQL reads each parent's page apart (`LATERAL ... LIMIT ... OFFSET`); SQLite, which has
//! no LATERAL, numbers each parent's rows in a window and keeps a range of the numbers. A
//! single parent (an object's page) is a plain `LIMIT` on both.

use std::collections::HashMap;
use std::fmt::Debug;
use std::hash::Hash;

use async_graphql::dataloader::Loader;
use async_graphql::{Context, OutputType};
use sea_orm::{ConnectionTrait, DbBackend, FromQueryResult, Statement};

use super::children::Planned;
use super::connection::{Connection, Edge, PageArgs, kept_count, page};
use super::context::ContextExt;
use super::error::ApiResult;
use super::loader::{DbLoader, LoadError, by_shape, key_list, load_or_default};
use super::sql::Params;

/// A list of the rows of `TABLE` (aliased `t`) that a parent's links name, as a domain
/// declares one: the parent, and whatever else selects its rows (a date, a filter).
pub trait LinkedList: Clone + Debug + Hash + Eq + Send + Sync + 'static {
    /// What is read of a row.
    type Row: FromQueryResult + Clone + Send + Sync + 'static;
    /// The table of the rows.
    const TABLE: &'static str;
    /// The columns read of the table `t`, as `t.a, t.b` (or `t.*`).
    const COLUMNS: &'static str;
    /// The list's order, by columns of `t`, ending with its key so that it is total.
    const ORDER: &'static str;

    /// Whose list.
    fn parent(&self) -> i32;
    /// The same list of another parent.
    fn of_parent(&self, parent: i32) -> Self;
    /// `SELECT` the links of the parents `asked` names (a condition on the links' parent
    /// column, as `= x` or `IN (...)`), as `parent` and `member` (the row's key), each pair once.
    fn links(&self, p: &mut Params, asked: &str) -> String;
    /// ` AND` a condition on the rows `t` (a kind, a status), or nothing.
    fn only(&self, p: &mut Params) -> String;
    /// Whether the list's filter lets no row through, so there is nothing to read.
    fn lets_none(&self) -> bool;
}

/// `rows` rows of a parent's list after its first `skip`.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct LinkedPage<K> {
    /// Whose list.
    pub list: K,
    /// How many of the first rows are passed over.
    pub skip: u64,
    /// How many at most.
    pub rows: u32,
}

/// How many rows a parent's list has.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct LinkedTotal<K>(pub K);

/// The column naming each row's parent in a result.
const PARENT: &str = "linked_parent";

/// The page of `list` that `args` asks for, each row made a node by `to_node`.
pub async fn linked_page<K, T>(
    ctx: &Context<'_>,
    args: PageArgs,
    list: K,
    to_node: impl Fn(K::Row) -> T,
) -> ApiResult<Connection<T>>
where
    K: LinkedList,
    T: OutputType,
    Edge<T>: OutputType,
{
    let count = || count_linked(ctx, &list);
    let planned = Planned::new(ctx, &args, &count).await?;
    let rows = match list.lets_none() {
        true => Vec::new(),
        false => {
            let key = LinkedPage {
                list: list.clone(),
                skip: planned.window.offset,
                rows: planned.rows,
            };
            load_or_default(ctx.request(), key).await?
        }
    };
    let total = planned.total(&rows, &count).await?;
    Ok(page(planned.window, rows, total).into_connection(to_node))
}

/// How many rows `list` has: kept from an earlier request under the same graph version when
/// there is one, counted (with the other parents of the level) otherwise.
async fn count_linked<K: LinkedList>(ctx: &Context<'_>, list: &K) -> ApiResult<u64> {
    if list.lets_none() {
        return Ok(0);
    }
    let key = || format!("{} {list:?}", std::any::type_name::<K>());
    let counted = load_or_default(ctx.request(), LinkedTotal(list.clone()));
    kept_count(ctx, key, counted).await
}

impl<K: LinkedList> Loader<LinkedPage<K>> for DbLoader {
    type Value = Vec<K::Row>;
    type Error = LoadError;

    async fn load(
        &self,
        keys: &[LinkedPage<K>],
    ) -> Result<HashMap<LinkedPage<K>, Self::Value>, Self::Error> {
        let shape_of = |k: &LinkedPage<K>| ((k.list.of_parent(0), k.skip, k.rows), k.list.parent());
        let mut found = HashMap::with_capacity(keys.len());
        for ((list, skip, rows), parents) in by_shape(keys, shape_of) {
            let statement = page_rows(self.db.backend(), &list, skip, rows, &parents);
            for row in self.db.conn.query_all_raw(statement).await? {
                let parent: i32 = row.try_get("", PARENT)?;
                let list = list.of_parent(parent);
                let key = LinkedPage { list, skip, rows };
                let row = K::Row::from_query_result(&row, "")?;
                found.entry(key).or_insert_with(Vec::new).push(row);
            }
        }
        Ok(found)
    }
}

impl<K: LinkedList> Loader<LinkedTotal<K>> for DbLoader {
    type Value = u64;
    type Error = LoadError;

    async fn load(
        &self,
        keys: &[LinkedTotal<K>],
    ) -> Result<HashMap<LinkedTotal<K>, Self::Value>, Self::Error> {
        let mut found = HashMap::with_capacity(keys.len());
        for (list, parents) in by_shape(keys, |k| (k.0.of_parent(0), k.0.parent())) {
            let statement = totals(self.db.backend(), &list, &parents);
            for row in self.db.conn.query_all_raw(statement).await? {
                let parent: i32 = row.try_get("", PARENT)?;
                let total: i64 = row.try_get("", "total")?;
                let total = u64::try_from(total).unwrap_or_default();
                found.insert(LinkedTotal(list.of_parent(parent)), total);
            }
        }
        Ok(found)
    }
}

/// `SELECT` each of `parents`' rows from the first `skip` on, `rows` of them, in order.
pub(crate) fn page_rows<K: LinkedList>(
    backend: DbBackend,
    list: &K,
    skip: u64,
    rows: u32,
    parents: &[i32],
) -> Statement {
    let (table, columns, order) = (K::TABLE, K::COLUMNS, K::ORDER);
    let mut p = Params::new(backend);
    let sql = match (backend, parents) {
        (_, [parent]) => {
            let shown = p.bind(*parent);
            let asked = p.bind(*parent);
            let links = list.links(&mut p, &format!("= {asked}"));
            let only = list.only(&mut p);
            let window = p.limit(rows, skip);
            format!(
                "SELECT {shown} AS {PARENT}, {columns} FROM \"{table}\" t \
                 WHERE t.id IN (SELECT l.member FROM ({links}) l){only} ORDER BY {order} {window}"
            )
        }
        (DbBackend::Postgres, _) => {
            let asked = p.bind(key_list(parents));
            let links = list.links(&mut p, "= asked.parent");
            let only = list.only(&mut p);
            let window = p.limit(rows, skip);
            format!(
                "SELECT asked.parent AS {PARENT}, {columns} \
                 FROM unnest(string_to_array({asked}, ',')::int[]) AS asked(parent) \
                 CROSS JOIN LATERAL (\
                   SELECT * FROM \"{table}\" t \
                   WHERE t.id IN (SELECT l.member FROM ({links}) l){only} \
                   ORDER BY {order} {window}\
                 ) t ORDER BY asked.parent, {order}"
            )
        }
        _ => {
            let asked = p.any_of(parents);
            let links = list.links(&mut p, &asked);
            let only = list.only(&mut p);
            let places = p.places("m.place", rows, skip);
            format!(
                "SELECT * FROM (\
                   SELECT l.parent AS {PARENT}, {columns}, \
                     ROW_NUMBER() OVER (PARTITION BY l.parent ORDER BY {order}) AS place \
                   FROM ({links}) l JOIN \"{table}\" t ON t.id = l.member{only}\
                 ) m WHERE {places} ORDER BY m.{PARENT}, m.place"
            )
        }
    };
    p.statement(sql)
}

/// `SELECT` how many rows each of `parents` has. A parent with none has no row.
fn totals<K: LinkedList>(backend: DbBackend, list: &K, parents: &[i32]) -> Statement {
    let mut p = Params::new(backend);
    let asked = p.any_of(parents);
    let links = list.links(&mut p, &asked);
    let only = list.only(&mut p);
    let table = K::TABLE;
    p.statement(format!(
        "SELECT l.parent AS {PARENT}, COUNT(*) AS total \
         FROM ({links}) l JOIN \"{table}\" t ON t.id = l.member{only} GROUP BY l.parent"
    ))
}
