use async_graphql::dataloader::Loader;
use sea_orm::{ConnectOptions, ConnectionTrait, Database, DbBackend};

use super::*;
use crate::db::Db;
use crate::graphql::loader::{DbLoader, bound, load_children};

/// A child table of the tests' own, so that the kernel's tests name no domain.
mod child {
    use sea_orm::entity::prelude::*;

    #[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
    #[sea_orm(table_name = "children")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i32,
        pub parent_id: i32,
        pub position: i32,
        pub status: Status,
        /// The row this one replaces, as a correction replaces a value.
        pub replaces_id: Option<i32>,
    }

    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}

    impl ActiveModelBehavior for ActiveModel {}

    #[derive(Clone, Copy, Debug, PartialEq, Eq, EnumIter, DeriveActiveEnum)]
    #[sea_orm(rs_type = "String", db_type = "String(StringLen::N(10))")]
    pub enum Status {
        #[sea_orm(string_value = "LIVE")]
        Live,
        #[sea_orm(string_value = "PLANNED")]
        Planned,
    }
}

use child::Status::{Live, Planned};

load_children!(ChildrenOf, child::Entity, ParentId, parent_id, Position);

fn read(first: Option<u32>, newest_first: bool, only: Option<Vec<child::Status>>) -> ChildRows<()> {
    window(0, first, newest_first, only)
}

/// A read of `first` rows after the `skip` first.
fn window(
    skip: u64,
    first: Option<u32>,
    newest_first: bool,
    only: Option<Vec<child::Status>>,
) -> ChildRows<()> {
    let list = ChildRows {
        skip,
        first,
        ..ChildrenOf(0).rows()
    };
    let list = if newest_first {
        list.newest_first()
    } else {
        list
    };
    list.only(child::Column::Status, only).of_parent(())
}

#[test]
fn each_database_reads_each_parents_rows_in_its_own_form() {
    // (backend, the read, what the SQL must hold, the values bound in order)
    let cases = [
        (
            DbBackend::Postgres,
            read(Some(21), false, None),
            vec![
                "FROM unnest(string_to_array($1, ',')::int[]) AS asked(parent)",
                "WHERE c.\"parent_id\" = asked.parent ORDER BY c.\"position\" ASC, c.id ASC LIMIT $2",
            ],
            vec!["7,9", "21"],
        ),
        (
            DbBackend::Postgres,
            read(Some(5), true, Some(vec![Planned, Live, Live])),
            vec![
                "= asked.parent AND c.\"status\" IN ($2, $3) ORDER BY c.\"position\" DESC, c.id DESC LIMIT $4",
            ],
            vec!["7,9", "LIVE", "PLANNED", "5"],
        ),
        (
            DbBackend::Postgres,
            read(None, false, Some(vec![Live])),
            vec![
                "WHERE c.\"parent_id\" = ANY(string_to_array($1, ',')::int[]) AND c.\"status\" IN ($2)",
            ],
            vec!["7,9", "LIVE"],
        ),
        (
            DbBackend::Sqlite,
            read(Some(21), false, Some(vec![Live])),
            vec![
                "PARTITION BY c.\"parent_id\" ORDER BY c.\"position\" ASC, c.id ASC",
                "WHERE c.\"parent_id\" IN (?, ?) AND c.\"status\" IN (?)) c WHERE c.place <= ?",
            ],
            vec!["7", "9", "LIVE", "21"],
        ),
        (
            DbBackend::Sqlite,
            read(Some(3), false, Some(vec![])),
            vec!["IN (?, ?) AND 1 = 0) c WHERE c.place <= ?"],
            vec!["7", "9", "3"],
        ),
        (
            DbBackend::Sqlite,
            read(None, true, None),
            vec!["WHERE c.\"parent_id\" IN (?, ?) ORDER BY c.\"parent_id\", c.\"position\" DESC"],
            vec!["7", "9"],
        ),
        // A later page: the rows after the first 40, in each database's form.
        (
            DbBackend::Postgres,
            window(40, Some(21), false, Some(vec![Live])),
            vec!["IN ($2) ORDER BY c.\"position\" ASC, c.id ASC LIMIT $3 OFFSET $4) c"],
            vec!["7,9", "LIVE", "21", "40"],
        ),
        (
            DbBackend::Sqlite,
            window(40, Some(21), true, None),
            vec!["IN (?, ?)) c WHERE c.place > ? AND c.place <= ? ORDER BY"],
            vec!["7", "9", "40", "61"],
        ),
    ];
    for (backend, shape, holds, values) in cases {
        let statement = sql::rows::<ChildrenOf>(backend, &shape, &[7, 9]);
        for text in holds {
            assert!(
                statement.sql.contains(text),
                "{shape:?}: {text} not in {}",
                statement.sql
            );
        }
        assert_eq!(bound(&statement), values, "{backend:?} {shape:?}");
    }
    // One parent: a plain LIMIT on both databases.
    let one = [
        (
            DbBackend::Postgres,
            "WHERE c.\"parent_id\" = $1 AND c.\"status\" IN ($2) ORDER BY c.\"position\" ASC, c.id ASC LIMIT $3",
        ),
        (
            DbBackend::Sqlite,
            "WHERE c.\"parent_id\" = ? AND c.\"status\" IN (?) ORDER BY c.\"position\" ASC, c.id ASC LIMIT ?",
        ),
    ];
    for (backend, holds) in one {
        let statement =
            sql::rows::<ChildrenOf>(backend, &read(Some(4), false, Some(vec![Live])), &[7]);
        assert!(statement.sql.contains(holds), "{}", statement.sql);
        assert_eq!(bound(&statement), ["7", "LIVE", "4"], "{backend:?}");
        let later = window(8, Some(4), false, None);
        let statement = sql::rows::<ChildrenOf>(backend, &later, &[7]);
        assert!(
            statement.sql.ends_with("LIMIT $2 OFFSET $3")
                || statement.sql.ends_with("LIMIT ? OFFSET ?"),
            "{}",
            statement.sql
        );
        assert_eq!(bound(&statement), ["7", "4", "8"], "{backend:?}");
    }
}

#[test]
fn each_database_counts_each_parents_rows_in_one_statement() {
    let live = read(None, false, Some(vec![Live])).total();
    let cases = [
        (
            DbBackend::Postgres,
            "SELECT c.\"parent_id\" AS parent, COUNT(*) AS total FROM \"children\" c \
             WHERE c.\"parent_id\" = ANY(string_to_array($1, ',')::int[]) \
             AND c.\"status\" IN ($2) GROUP BY c.\"parent_id\"",
            vec!["7,9", "LIVE"],
        ),
        (
            DbBackend::Sqlite,
            "SELECT c.\"parent_id\" AS parent, COUNT(*) AS total FROM \"children\" c \
             WHERE c.\"parent_id\" IN (?, ?) AND c.\"status\" IN (?) GROUP BY c.\"parent_id\"",
            vec!["7", "9", "LIVE"],
        ),
    ];
    for (backend, sql, values) in cases {
        let statement = sql::totals::<ChildrenOf>(backend, &live.only, &[7, 9]);
        assert_eq!(statement.sql, sql, "{backend:?}");
        assert_eq!(bound(&statement), values, "{backend:?}");
    }
    let unreplaced = ChildrenOf(0).rows().unnamed_by(child::Column::ReplacesId);
    let statement = sql::totals::<ChildrenOf>(DbBackend::Postgres, &unreplaced.only, &[7, 9]);
    assert!(
        statement.sql.ends_with(
            "AND NOT EXISTS (SELECT 1 FROM \"children\" n WHERE n.\"replaces_id\" = c.id) \
             GROUP BY c.\"parent_id\""
        ),
        "{}",
        statement.sql
    );
}

/// Runs the reads on SQLite: each parent gets its own rows, cut, ordered and filtered.
#[tokio::test]
async fn a_read_gives_each_parent_its_own_rows() {
    let options = ConnectOptions::new("sqlite::memory:")
        .max_connections(1)
        .to_owned();
    let conn = Database::connect(options).await.expect("connect");
    // Row 4 replaces row 2, and row 7 row 6.
    let setup = "CREATE TABLE children (id INTEGER PRIMARY KEY, parent_id INTEGER NOT NULL, \
                 position INTEGER NOT NULL, status TEXT NOT NULL, replaces_id INTEGER); \
                 INSERT INTO children VALUES (1, 1, 5, 'LIVE', NULL), (2, 1, 3, 'PLANNED', NULL), \
                 (3, 1, 1, 'LIVE', NULL), (4, 1, 4, 'LIVE', 2), (5, 1, 2, 'PLANNED', NULL), \
                 (6, 2, 1, 'PLANNED', NULL), (7, 2, 1, 'LIVE', 6);";
    conn.execute_unprepared(setup).await.expect("arrange");
    let loader = DbLoader {
        db: Db {
            conn,
            statements: Default::default(),
        },
    };
    // (the read, the ids read for parents 1, 2 and 3)
    let cases: [(ChildRows<()>, [&[i32]; 3]); 8] = [
        (read(None, false, None), [&[3, 5, 2, 4, 1], &[6, 7], &[]]),
        (read(Some(3), false, None), [&[3, 5, 2], &[6, 7], &[]]),
        // Ties on position fall back to the key, reversed too.
        (read(Some(2), true, None), [&[1, 4], &[7, 6], &[]]),
        (read(None, false, Some(vec![Live])), [&[3, 4, 1], &[7], &[]]),
        (read(Some(1), false, Some(vec![])), [&[], &[], &[]]),
        // Later pages: the rows after the first two (or one), in either direction.
        (window(2, Some(2), false, None), [&[2, 4], &[], &[]]),
        (window(1, Some(2), true, None), [&[4, 2], &[6], &[]]),
        (
            window(1, Some(5), false, Some(vec![Live])),
            [&[4, 1], &[], &[]],
        ),
    ];
    for (shape, expected) in cases {
        let keys: Vec<ChildRows<ChildrenOf>> =
            (1..=3).map(|p| shape.of_parent(ChildrenOf(p))).collect();
        let found = loader.load(&keys).await.expect("read");
        for (key, ids) in keys.iter().zip(expected) {
            let read: Vec<i32> = found[key].iter().map(|row| row.id).collect();
            assert_eq!(read, ids, "{shape:?}, parent {}", key.of.0);
        }
    }
    // One parent alone is read in the plain form, to the same rows.
    let key = read(Some(3), true, Some(vec![Live])).of_parent(ChildrenOf(1));
    let found = loader.load(std::slice::from_ref(&key)).await.expect("read");
    let ids: Vec<i32> = found[&key].iter().map(|row| row.id).collect();
    assert_eq!(ids, [1, 4, 3]);
    let key = window(1, Some(3), true, Some(vec![Live])).of_parent(ChildrenOf(1));
    let found = loader.load(std::slice::from_ref(&key)).await.expect("read");
    let ids: Vec<i32> = found[&key].iter().map(|row| row.id).collect();
    assert_eq!(ids, [4, 3]);
    // Each parent's count under each filter (a parent with no rows counts none).
    let counts: [(Option<Vec<child::Status>>, [u64; 3]); 3] = [
        (None, [5, 2, 0]),
        (Some(vec![Live]), [3, 1, 0]),
        (Some(vec![]), [0, 0, 0]),
    ];
    for (only, expected) in counts {
        let shape = read(None, false, only).total();
        let keys: Vec<ChildTotal<ChildrenOf>> = (1..=3)
            .map(|p| ChildTotal {
                of: ChildrenOf(p),
                only: shape.only.clone(),
            })
            .collect();
        let found = loader.load(&keys).await.expect("count");
        let totals: Vec<u64> = keys.iter().map(|k| found[k]).collect();
        assert_eq!(totals, expected, "{shape:?}");
    }
    // Only the rows no other row replaces: read and counted alike.
    let unreplaced = ChildrenOf(0).rows().unnamed_by(child::Column::ReplacesId);
    let keys: Vec<ChildRows<ChildrenOf>> = (1..=3)
        .map(|p| unreplaced.of_parent(ChildrenOf(p)))
        .collect();
    let found = loader.load(&keys).await.expect("read");
    let read: Vec<Vec<i32>> = keys
        .iter()
        .map(|k| found[k].iter().map(|row| row.id).collect())
        .collect();
    assert_eq!(read, [vec![3, 5, 4, 1], vec![7], vec![]]);
    let keys: Vec<ChildTotal<ChildrenOf>> = keys.iter().map(ChildRows::total).collect();
    let found = loader.load(&keys).await.expect("count");
    let totals: Vec<u64> = keys.iter().map(|k| found[k]).collect();
    assert_eq!(totals, [4, 1, 0]);
}
