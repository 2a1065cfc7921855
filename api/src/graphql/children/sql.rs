//! The statements that read parents' lists: a window of each parent's rows, or each parent's
//! count. Values are pushed as the SQL names them, so `?` (SQLite) and `$n` (PostgreSQL) both
//! line up.

use sea_orm::{DbBackend, EntityName, IdenStatic, Statement, Value};

use super::{ChildList, ChildRows, Only};
use crate::graphql::loader::key_list;

/// The values a statement binds, and the placeholder that names each in its SQL.
struct Params {
    backend: DbBackend,
    values: Vec<Value>,
}

impl Params {
    fn new(backend: DbBackend) -> Self {
        Self {
            backend,
            values: Vec::new(),
        }
    }

    /// Binds `value`; returns its placeholder.
    fn bind(&mut self, value: impl Into<Value>) -> String {
        self.values.push(value.into());
        match self.backend {
            DbBackend::Postgres => format!("${}", self.values.len()),
            _ => "?".to_owned(),
        }
    }

    /// One placeholder a parent, for SQLite's `IN (...)`.
    fn each(&mut self, parents: &[i32]) -> String {
        let list: Vec<String> = parents.iter().map(|&p| self.bind(p)).collect();
        list.join(", ")
    }

    /// ` AND c.column IN (...)` for a filter (no row for a filter of no values), or nothing.
    fn only(&mut self, only: &Option<Only>) -> String {
        match only {
            None => String::new(),
            Some(Only { values, .. }) if values.is_empty() => " AND 1 = 0".to_owned(),
            Some(Only { column, values }) => {
                let list: Vec<String> = values.iter().map(|v| self.bind(v.clone())).collect();
                format!(" AND c.\"{column}\" IN ({})", list.join(", "))
            }
        }
    }

    /// The parents matched by `c.column`: `= ANY(...)` of one text value on PostgreSQL (one
    /// statement text for any number of parents), `IN (...)` on SQLite.
    fn any_of(&mut self, parents: &[i32]) -> String {
        match self.backend {
            DbBackend::Postgres => {
                let list = self.bind(key_list(parents));
                format!("= ANY(string_to_array({list}, ',')::int[])")
            }
            _ => format!("IN ({})", self.each(parents)),
        }
    }

    fn statement(self, sql: String) -> Statement {
        Statement::from_sql_and_values(self.backend, sql, self.values)
    }
}

/// `SELECT` the rows of each of `parents` that `shape` asks for, in the list's order: the
/// `first` rows after the `skip` first, or all of them.
pub(super) fn rows<K: ChildList>(
    backend: DbBackend,
    shape: &ChildRows<()>,
    parents: &[i32],
) -> Statement {
    let table = K::Entity::default().table_name();
    let parent = K::parent_column().as_str();
    let order = K::order_column().as_str();
    let dir = if shape.newest_first { "DESC" } else { "ASC" };
    let in_order = format!("c.\"{order}\" {dir}, c.id {dir}");
    let mut p = Params::new(backend);
    let sql = match (backend, shape.first) {
        // One parent (a list under one object): the plain form, cheaper to plan and run.
        (_, Some(first)) if parents.len() == 1 => {
            let asked = p.bind(parents[0]);
            let only = p.only(&shape.only);
            let window = limit(&mut p, first, shape.skip);
            format!(
                "SELECT c.* FROM \"{table}\" c WHERE c.\"{parent}\" = {asked}{only} \
                 ORDER BY {in_order} {window}"
            )
        }
        (DbBackend::Postgres, Some(first)) => {
            let asked = p.bind(key_list(parents));
            let only = p.only(&shape.only);
            let window = limit(&mut p, first, shape.skip);
            format!(
                "SELECT c.* FROM unnest(string_to_array({asked}, ',')::int[]) AS asked(parent) \
                 CROSS JOIN LATERAL (\
                   SELECT * FROM \"{table}\" c WHERE c.\"{parent}\" = asked.parent{only} \
                   ORDER BY {in_order} {window}\
                 ) c ORDER BY c.\"{parent}\", {in_order}"
            )
        }
        // SQLite has no LATERAL: each parent's rows are numbered in a window, and a page is a
        // range of those numbers.
        (_, Some(first)) => {
            let asked = p.each(parents);
            let only = p.only(&shape.only);
            let places = match shape.skip {
                0 => format!("c.place <= {}", p.bind(i64::from(first))),
                skip => {
                    let after = p.bind(clamped(skip));
                    let last = p.bind(clamped(skip).saturating_add(i64::from(first)));
                    format!("c.place > {after} AND c.place <= {last}")
                }
            };
            format!(
                "SELECT * FROM (\
                   SELECT c.*, ROW_NUMBER() OVER (PARTITION BY c.\"{parent}\" ORDER BY {in_order}) \
                     AS place \
                   FROM \"{table}\" c WHERE c.\"{parent}\" IN ({asked}){only}\
                 ) c WHERE {places} ORDER BY c.\"{parent}\", c.place"
            )
        }
        (_, None) => {
            let asked = p.any_of(parents);
            let only = p.only(&shape.only);
            format!(
                "SELECT c.* FROM \"{table}\" c WHERE c.\"{parent}\" {asked}{only} \
                 ORDER BY c.\"{parent}\", {in_order}"
            )
        }
    };
    p.statement(sql)
}

/// `SELECT` how many rows each of `parents` has that the filter `only` lets through. A parent
/// with none has no row.
pub(super) fn totals<K: ChildList>(
    backend: DbBackend,
    only: &Option<Only>,
    parents: &[i32],
) -> Statement {
    let table = K::Entity::default().table_name();
    let parent = K::parent_column().as_str();
    let mut p = Params::new(backend);
    let asked = p.any_of(parents);
    let only = p.only(only);
    p.statement(format!(
        "SELECT c.\"{parent}\" AS parent, COUNT(*) AS total FROM \"{table}\" c \
         WHERE c.\"{parent}\" {asked}{only} GROUP BY c.\"{parent}\""
    ))
}

/// `LIMIT n`, with `OFFSET m` when rows are passed over.
fn limit(p: &mut Params, first: u32, skip: u64) -> String {
    let limit = p.bind(i64::from(first));
    match skip {
        0 => format!("LIMIT {limit}"),
        skip => format!("LIMIT {limit} OFFSET {}", p.bind(clamped(skip))),
    }
}

/// An offset as SQL's integer: a cursor past every row stays past every row.
fn clamped(skip: u64) -> i64 {
    i64::try_from(skip).unwrap_or(i64::MAX)
}
