//! The newest few measurements of many commitments, in one statement that reads no more: a
//! window over each commitment's values, newest first, cut at the rows the page shows (and one
//! more, to tell whether a next page exists). Reading a trust's 20 commitments with their
//! latest value this way reads 20 rows, not the thousands of their whole histories.

use std::collections::HashMap;

use async_graphql::dataloader::Loader;
use entity::measurement;
use sea_orm::{ConnectionTrait, DbBackend, FromQueryResult, Statement, Value};

use crate::graphql::loader::{DbLoader, LoadError, by_shape, key_list};

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
        let shapes = by_shape(keys, |k| ((k.rows, k.effective_only), k.commitment));
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

/// `SELECT` the newest `rows` values of each of `commitments`, newest first. PostgreSQL walks
/// each commitment's index backwards and stops at `rows` (LATERAL ... LIMIT); SQLite, which has
/// no LATERAL, numbers each commitment's values in a window and keeps the first `rows`.
fn newest(backend: DbBackend, commitments: &[i32], rows: u32, effective_only: bool) -> Statement {
    let effective = if effective_only {
        "AND NOT EXISTS (SELECT 1 FROM measurements s WHERE s.supersedes_id = m.id)"
    } else {
        ""
    };
    let sql = match backend {
        DbBackend::Postgres => format!(
            "SELECT m.*, s.id AS superseded_by_id \
             FROM unnest(string_to_array($1, ',')::int[]) AS asked(commitment_id) \
             CROSS JOIN LATERAL (\
               SELECT * FROM measurements m WHERE m.commitment_id = asked.commitment_id {effective} \
               ORDER BY m.measured_on DESC, m.id DESC LIMIT $2\
             ) m \
             LEFT JOIN measurements s ON s.supersedes_id = m.id \
             ORDER BY m.commitment_id, m.measured_on DESC, m.id DESC"
        ),
        _ => {
            let list = vec!["?"; commitments.len()].join(", ");
            format!(
                "SELECT * FROM (\
                   SELECT m.*, s.id AS superseded_by_id, ROW_NUMBER() OVER (\
                     PARTITION BY m.commitment_id ORDER BY m.measured_on DESC, m.id DESC) AS newest \
                   FROM measurements m LEFT JOIN measurements s ON s.supersedes_id = m.id \
                   WHERE m.commitment_id IN ({list}) {effective}\
                 ) ranked WHERE newest <= ? ORDER BY commitment_id, newest"
            )
        }
    };
    let values: Vec<Value> = match backend {
        DbBackend::Postgres => vec![key_list(commitments), i64::from(rows).into()],
        _ => {
            let mut values: Vec<Value> = commitments.iter().map(|&c| c.into()).collect();
            values.push(i64::from(rows).into());
            values
        }
    };
    Statement::from_sql_and_values(backend, sql, values)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_database_gets_its_own_form_and_values() {
        // (backend, effective only, what the SQL must hold, how many values)
        let cases = [
            (
                DbBackend::Postgres,
                false,
                "unnest(string_to_array($1, ',')::int[])",
                2,
            ),
            (DbBackend::Postgres, true, "AND NOT EXISTS", 2),
            (
                DbBackend::Sqlite,
                false,
                "IN (?, ?) ) ranked WHERE newest <= ?",
                3,
            ),
            (DbBackend::Sqlite, true, "AND NOT EXISTS", 3),
        ];
        for (backend, effective_only, expected, values) in cases {
            let statement = newest(backend, &[7, 9], 2, effective_only);
            assert!(statement.sql.contains(expected), "{}", statement.sql);
            assert_eq!(statement.values.map(|v| v.0.len()), Some(values));
        }
    }
}
