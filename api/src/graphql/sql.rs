//! What the hand-written statements of the read graph share: values bound as the SQL names
//! them (so `?` on SQLite and `$n` on PostgreSQL both line up), a list of parents, and the
//! window of each parent's rows that a page reads.

use sea_orm::{DbBackend, Statement, Value};

use super::loader::key_list;

/// The values a statement binds, and the placeholder that names each in its SQL.
pub struct Params {
    backend: DbBackend,
    values: Vec<Value>,
}

impl Params {
    /// No value bound yet, for a statement on `backend`.
    pub fn new(backend: DbBackend) -> Self {
        Self {
            backend,
            values: Vec::new(),
        }
    }

    /// Binds `value`; returns its placeholder.
    pub fn bind(&mut self, value: impl Into<Value>) -> String {
        self.values.push(value.into());
        match self.backend {
            DbBackend::Postgres => format!("${}", self.values.len()),
            _ => "?".to_owned(),
        }
    }

    /// One placeholder a value, joined for an `IN (...)`.
    pub fn each<V: Into<Value> + Clone>(&mut self, values: &[V]) -> String {
        let list: Vec<String> = values.iter().map(|v| self.bind(v.clone())).collect();
        list.join(", ")
    }

    /// The parents matched by a column: `= ANY(...)` of one text value on PostgreSQL (one
    /// statement text for any number of parents), `IN (...)` on SQLite.
    pub fn any_of(&mut self, parents: &[i32]) -> String {
        match self.backend {
            DbBackend::Postgres => {
                let list = self.bind(key_list(parents));
                format!("= ANY(string_to_array({list}, ',')::int[])")
            }
            _ => format!("IN ({})", self.each(parents)),
        }
    }

    /// `LIMIT n`, with `OFFSET m` when rows are passed over.
    pub fn limit(&mut self, first: u32, skip: u64) -> String {
        let limit = self.bind(i64::from(first));
        match skip {
            0 => format!("LIMIT {limit}"),
            skip => format!("LIMIT {limit} OFFSET {}", self.bind(clamped(skip))),
        }
    }

    /// The condition that keeps a page of rows numbered from 1 in `place`: the `first` after
    /// the `skip` first (SQLite's form of a window, which has no LATERAL).
    pub fn places(&mut self, place: &str, first: u32, skip: u64) -> String {
        match skip {
            0 => format!("{place} <= {}", self.bind(i64::from(first))),
            skip => {
                let after = self.bind(clamped(skip));
                let last = self.bind(clamped(skip).saturating_add(i64::from(first)));
                format!("{place} > {after} AND {place} <= {last}")
            }
        }
    }

    /// The statement of `sql` with the values bound.
    pub fn statement(self, sql: String) -> Statement {
        Statement::from_sql_and_values(self.backend, sql, self.values)
    }
}

/// An offset as SQL's integer: a cursor past every row stays past every row.
pub fn clamped(skip: u64) -> i64 {
    i64::try_from(skip).unwrap_or(i64::MAX)
}
