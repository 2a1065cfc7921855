//! The newest few measurements of many commitments, in one statement that reads no more: a
//! window over each commitment's values, newest first, cut at the rows the page shows (and one
//! more, to tell whether a next page exists). Reading a trust's 20 commitments with their
//! latest value this way reads 20 rows, not the thousands of their whole histories.

use std::collections::HashMap;

use async_graphql::dataloader::Loader;
use entity::measurement;
use sea_orm::{ConnectionTrait, DbBackend, FromQueryResult, Statement, Value};

use crate::graphql::loader::{DbLoader, LoadError};

/// The newest `rows` values of a commitment, newest first; only those no correction replaced
/// when `effective_only`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct LatestMeasurementsOf {
    /// The commitment.
    pub commitment: i32,
    /// How many values, at most.
    pub rows: u32,
    /// Leave out values a correction replaced.
    pub effective_only: bool,
}

/// A value and the correction that replaced it, if one did.
pub type MeasurementAndCorrection = (measurement::Model, Option<i32>);

impl Loader<LatestMeasurementsOf> for DbLoader {
    type Value = Vec<MeasurementAndCorrection>;
    type Error = LoadError;

    async fn load(
        &self,
        keys: &[LatestMeasurementsOf],
    ) -> Result<HashMap<LatestMeasurementsOf, Self::Value>, Self::Error> {
        // One statement per shape of page; a query asks for one shape at each place.
        let mut shapes: HashMap<(u32, bool), Vec<i32>> = HashMap::new();
        for key in keys {
            let ids = shapes.entry((key.rows, key.effective_only)).or_default();
            ids.push(key.commitment);
        }
        let mut found: HashMap<LatestMeasurementsOf, Self::Value> =
            keys.iter().map(|k| (*k, Vec::new())).collect();
        for ((rows, effective_only), commitments) in shapes {
            let statement = newest(self.db.backend(), &commitments, rows, effective_only);
            for row in self.db.conn.query_all_raw(statement).await? {
                let value = measurement::Model::from_query_result(&row, "")?;
                let corrected_by: Option<i32> = row.try_get("", "superseded_by_id")?;
                let key = LatestMeasurementsOf {
                    commitment: value.commitment_id,
                    rows,
                    effective_only,
                };
                found.entry(key).or_default().push((value, corrected_by));
            }
        }
        Ok(found)
    }
}

/// `SELECT` the newest `rows` values of each of `commitments`, newest first.
fn newest(backend: DbBackend, commitments: &[i32], rows: u32, effective_only: bool) -> Statement {
    let placeholder = |n: usize| match backend {
        DbBackend::Postgres => format!("${n}"),
        _ => "?".to_owned(),
    };
    let list: Vec<String> = (1..=commitments.len()).map(placeholder).collect();
    let limit = placeholder(commitments.len() + 1);
    let effective = if effective_only {
        "AND s.id IS NULL"
    } else {
        ""
    };
    let sql = format!(
        "SELECT * FROM (\
           SELECT m.*, s.id AS superseded_by_id, ROW_NUMBER() OVER (\
             PARTITION BY m.commitment_id ORDER BY m.measured_on DESC, m.id DESC) AS newest \
           FROM measurements m LEFT JOIN measurements s ON s.supersedes_id = m.id \
           WHERE m.commitment_id IN ({}) {effective}\
         ) ranked WHERE newest <= {limit} ORDER BY commitment_id, newest",
        list.join(", ")
    );
    let mut values: Vec<Value> = commitments.iter().map(|&c| c.into()).collect();
    values.push(i64::from(rows).into());
    Statement::from_sql_and_values(backend, sql, values)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_statement_numbers_its_placeholders_for_each_database() {
        // (backend, effective only, what the SQL must hold)
        let cases = [
            (
                DbBackend::Postgres,
                false,
                "IN ($1, $2) ) ranked WHERE newest <= $3",
            ),
            (
                DbBackend::Sqlite,
                false,
                "IN (?, ?) ) ranked WHERE newest <= ?",
            ),
            (
                DbBackend::Sqlite,
                true,
                "IN (?, ?) AND s.id IS NULL) ranked",
            ),
        ];
        for (backend, effective_only, expected) in cases {
            let statement = newest(backend, &[7, 9], 2, effective_only);
            assert!(statement.sql.contains(expected), "{}", statement.sql);
            assert_eq!(statement.values.map(|v| v.0.len()), Some(3));
        }
    }
}
