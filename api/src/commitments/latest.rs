//! A page of many commitments' measurements, newest first, in one statement that reads no
//! more: a window over each commitment's values from the page's first (`OFFSET`) to its last
//! (and one more, to tell whether a next page exists). Reading a trust's 20 commitments with
//! their latest value this way reads 20 rows, not the thousands of their whole histories. Cut
//! at a date, its newest effective value is a commitment's actual as at that date.

use std::collections::HashMap;

use async_graphql::dataloader::Loader;
use chrono::NaiveDate;
use entity::measurement;
use sea_orm::{ConnectionTrait, DbBackend, FromQueryResult, Statement};

use crate::graphql::loader::{DbLoader, LoadError, by_shape, key_list};
use crate::graphql::sql::Params;

/// `rows` values of a commitment after its newest `skip`, newest first; only those no
/// correction replaced when `effective_only`, and only those measured on or before
/// `on_or_before` when given.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct LatestMeasurementsOf {
    /// The commitment.
    pub commitment: i32,
    /// How many of the newest values are passed over.
    pub skip: u64,
    /// How many values, at most.
    pub rows: u32,
    /// Leave out values a correction replaced (whatever the correction's own date).
    pub effective_only: bool,
    /// Leave out values measured after this date.
    pub on_or_before: Option<NaiveDate>,
}

/// What the keys of one statement share.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
struct Shape {
    skip: u64,
    rows: u32,
    effective_only: bool,
    on_or_before: Option<NaiveDate>,
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
        let shapes = by_shape(keys, |k| {
            let shape = Shape {
                skip: k.skip,
                rows: k.rows,
                effective_only: k.effective_only,
                on_or_before: k.on_or_before,
            };
            (shape, k.commitment)
        });
        let mut found: HashMap<LatestMeasurementsOf, Self::Value> =
            keys.iter().map(|k| (*k, Vec::new())).collect();
        for (shape, commitments) in shapes {
            let statement = newest(self.db.backend(), &commitments, shape);
            for row in self.db.conn.query_all_raw(statement).await? {
                let value = measurement::Model::from_query_result(&row, "")?;
                let corrected_by: Option<i32> = row.try_get("", "superseded_by_id")?;
                let key = LatestMeasurementsOf {
                    commitment: value.commitment_id,
                    skip: shape.skip,
                    rows: shape.rows,
                    effective_only: shape.effective_only,
                    on_or_before: shape.on_or_before,
                };
                found.entry(key).or_default().push((value, corrected_by));
            }
        }
        Ok(found)
    }
}

/// `SELECT` the page `shape` names of each of `commitments`' values, newest first. PostgreSQL
/// walks each commitment's index backwards (from the date, if cut at one) and stops at the
/// page (LATERAL ... LIMIT ... OFFSET); SQLite, which has no LATERAL, numbers each
/// commitment's values in a window and keeps the page's range of numbers.
fn newest(backend: DbBackend, commitments: &[i32], shape: Shape) -> Statement {
    let effective = if shape.effective_only {
        "AND NOT EXISTS (SELECT 1 FROM measurements s WHERE s.supersedes_id = m.id)"
    } else {
        ""
    };
    let mut p = Params::new(backend);
    let sql = match backend {
        DbBackend::Postgres => {
            let asked = p.bind(key_list(commitments));
            let window = p.limit(shape.rows, shape.skip);
            let cut = cut(&mut p, shape.on_or_before);
            format!(
                "SELECT m.*, s.id AS superseded_by_id \
                 FROM unnest(string_to_array({asked}, ',')::int[]) AS asked(commitment_id) \
                 CROSS JOIN LATERAL (\
                   SELECT * FROM measurements m WHERE m.commitment_id = asked.commitment_id {effective}{cut} \
                   ORDER BY m.measured_on DESC, m.id DESC {window}\
                 ) m \
                 LEFT JOIN measurements s ON s.supersedes_id = m.id \
                 ORDER BY m.commitment_id, m.measured_on DESC, m.id DESC"
            )
        }
        _ => {
            let asked = p.each(commitments);
            let cut = cut(&mut p, shape.on_or_before);
            let places = p.places("newest", shape.rows, shape.skip);
            format!(
                "SELECT * FROM (\
                   SELECT m.*, s.id AS superseded_by_id, ROW_NUMBER() OVER (\
                     PARTITION BY m.commitment_id ORDER BY m.measured_on DESC, m.id DESC) AS newest \
                   FROM measurements m LEFT JOIN measurements s ON s.supersedes_id = m.id \
                   WHERE m.commitment_id IN ({asked}) {effective}{cut}\
                 ) ranked WHERE {places} ORDER BY commitment_id, newest"
            )
        }
    };
    p.statement(sql)
}

/// ` AND m.measured_on <= ...` when the values are cut at a date, or nothing.
fn cut(p: &mut Params, on_or_before: Option<NaiveDate>) -> String {
    on_or_before.map_or_else(String::new, |day| {
        format!(" AND m.measured_on <= {}", p.bind(day))
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use sea_orm::Value;

    #[test]
    fn each_database_gets_its_own_form_and_values() {
        let day = NaiveDate::from_ymd_opt(2025, 3, 31);
        // (backend, effective only, cut at, what the SQL must hold, the values in order)
        type Case = (DbBackend, bool, Option<NaiveDate>, &'static str, Vec<Value>);
        let cases: [Case; 6] = [
            (
                DbBackend::Postgres,
                false,
                None,
                "unnest(string_to_array($1, ',')::int[])",
                vec!["7,9".into(), 2i64.into()],
            ),
            (
                DbBackend::Postgres,
                true,
                None,
                "AND NOT EXISTS",
                vec!["7,9".into(), 2i64.into()],
            ),
            (
                DbBackend::Postgres,
                true,
                day,
                "m.id) AND m.measured_on <= $3 ORDER BY",
                vec!["7,9".into(), 2i64.into(), day.into()],
            ),
            (
                DbBackend::Sqlite,
                false,
                None,
                "IN (?, ?) ) ranked WHERE newest <= ?",
                vec![7.into(), 9.into(), 2i64.into()],
            ),
            (
                DbBackend::Sqlite,
                true,
                None,
                "AND NOT EXISTS",
                vec![7.into(), 9.into(), 2i64.into()],
            ),
            (
                DbBackend::Sqlite,
                false,
                day,
                "IN (?, ?)  AND m.measured_on <= ?) ranked WHERE newest <= ?",
                vec![7.into(), 9.into(), day.into(), 2i64.into()],
            ),
        ];
        for (backend, effective_only, on_or_before, expected, values) in cases {
            let shape = Shape {
                skip: 0,
                rows: 2,
                effective_only,
                on_or_before,
            };
            let statement = newest(backend, &[7, 9], shape);
            assert!(statement.sql.contains(expected), "{}", statement.sql);
            assert_eq!(
                statement.values.map(|v| v.0),
                Some(values),
                "{}",
                statement.sql
            );
        }
    }

    #[test]
    fn a_later_page_passes_over_the_newest_values_on_each_database() {
        let day = NaiveDate::from_ymd_opt(2025, 3, 31);
        let shape = Shape {
            skip: 4,
            rows: 3,
            effective_only: false,
            on_or_before: day,
        };
        // (backend, what the SQL must hold, the values in order)
        let cases: [(DbBackend, &str, Vec<Value>); 2] = [
            (
                DbBackend::Postgres,
                "AND m.measured_on <= $4 ORDER BY m.measured_on DESC, m.id DESC LIMIT $2 OFFSET $3)",
                vec!["7,9".into(), 3i64.into(), 4i64.into(), day.into()],
            ),
            (
                DbBackend::Sqlite,
                "AND m.measured_on <= ?) ranked WHERE newest > ? AND newest <= ? ORDER BY",
                vec![7.into(), 9.into(), day.into(), 4i64.into(), 7i64.into()],
            ),
        ];
        for (backend, expected, values) in cases {
            let statement = newest(backend, &[7, 9], shape);
            assert!(statement.sql.contains(expected), "{}", statement.sql);
            assert_eq!(statement.values.map(|v| v.0), Some(values));
        }
    }
}
