#![allow(clippy::unwrap_used)]
//! The conditions a sort key gives, on a table of its own: keyed by a name that is never NULL,
//! or by an open date that may be, then the id.

use chrono::NaiveDate;
use sea_orm::entity::prelude::*;
use sea_orm::{DbBackend, QueryTrait};

use super::*;

mod site {
    use sea_orm::entity::prelude::*;

    #[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
    #[sea_orm(table_name = "sites")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i32,
        pub name: String,
        pub opened_on: Option<Date>,
    }

    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}

    impl ActiveModelBehavior for ActiveModel {}
}
use site::Column;

fn text(s: &str) -> KeyPart {
    KeyPart::Text(s.into())
}

fn date(s: &str) -> KeyPart {
    KeyPart::Date(NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap())
}

/// The WHERE clauses of the runs of rows beyond `key` in `keyset`, in list order, on SQLite.
fn beyond(keyset: &Keyset<Column>, key: Vec<KeyPart>, after: bool) -> String {
    let runs = keyset.beyond(&Cursor::Key(key), after).unwrap();
    let clauses = runs.into_iter().map(|run| {
        let sql = site::Entity::find()
            .select_only()
            .column(Column::Id)
            .filter(run)
            .build(DbBackend::Sqlite)
            .to_string();
        sql.split_once(" WHERE ").unwrap().1.to_owned()
    });
    clauses.collect::<Vec<_>>().join(" ; ")
}

#[test]
fn a_key_without_nulls_is_one_comparison_of_rows() {
    let by_name = Keyset::asc([Column::Name, Column::Id]);
    let key = || vec![text("Leeds"), KeyPart::Int(7)];
    let rows = r#"("sites"."name", "sites"."id")"#;
    let table = [
        (&by_name, true, format!("{rows} > ('Leeds', 7)")),
        (&by_name, false, format!("{rows} < ('Leeds', 7)")),
    ];
    for (keyset, after, expected) in table {
        assert_eq!(beyond(keyset, key(), after), expected, "after: {after}");
    }
    let newest_first = Keyset::desc([Column::Name, Column::Id]);
    assert_eq!(
        beyond(&newest_first, key(), true),
        format!("{rows} < ('Leeds', 7)")
    );
    assert_eq!(
        beyond(&newest_first, key(), false),
        format!("{rows} > ('Leeds', 7)")
    );
}

#[test]
fn null_sorts_last_going_up_and_first_going_down() {
    let rows = r#"("sites"."opened_on", "sites"."id")"#;
    let id = r#"("sites"."id")"#;
    let opened = r#""sites"."opened_on""#;
    let dated = || vec![date("2002-04-01"), KeyPart::Int(7)];
    let undated = || vec![KeyPart::Null, KeyPart::Int(7)];
    let up = Keyset::asc([Column::OpenedOn, Column::Id]);
    let down = Keyset::desc([Column::OpenedOn, Column::Id]);
    // Each run is one range of the index; runs are separated by " ; ", in list order.
    let table = [
        // Going up, the undated follow every dated row.
        (
            &up,
            dated(),
            true,
            format!("{rows} > ('2002-04-01', 7) ; {opened} IS NULL"),
        ),
        (&up, dated(), false, format!("{rows} < ('2002-04-01', 7)")),
        (
            &up,
            undated(),
            true,
            format!("{opened} IS NULL AND {id} > (7)"),
        ),
        (
            &up,
            undated(),
            false,
            format!("{opened} IS NOT NULL ; {opened} IS NULL AND {id} < (7)"),
        ),
        // Going down, they come first: the same list reversed.
        (&down, dated(), true, format!("{rows} < ('2002-04-01', 7)")),
        (
            &down,
            dated(),
            false,
            format!("{opened} IS NULL ; {rows} > ('2002-04-01', 7)"),
        ),
        (
            &down,
            undated(),
            true,
            format!("{opened} IS NULL AND {id} < (7) ; {opened} IS NOT NULL"),
        ),
        (
            &down,
            undated(),
            false,
            format!("{opened} IS NULL AND {id} > (7)"),
        ),
    ];
    for (keyset, key, after, expected) in table {
        assert_eq!(
            beyond(keyset, key.clone(), after),
            expected,
            "{key:?} after: {after}"
        );
    }
}

#[test]
fn a_cursor_of_another_list_is_refused() {
    let by_name = Keyset::asc([Column::Name, Column::Id]);
    let refused = [
        Cursor::Offset(3),
        Cursor::Key(vec![KeyPart::Int(7)]),
        Cursor::Key(vec![KeyPart::Int(7), KeyPart::Int(7)]),
        Cursor::Key(vec![KeyPart::Null, KeyPart::Int(7)]),
        Cursor::Key(vec![date("2002-04-01"), KeyPart::Int(7)]),
        Cursor::Key(vec![text("Leeds"), KeyPart::BigInt(7)]),
    ];
    for cursor in refused {
        assert!(by_name.beyond(&cursor, true).is_err(), "{cursor:?}");
    }
    let by_id = Keyset::asc([Column::Id]);
    assert!(
        by_id
            .beyond(&Cursor::Key(vec![KeyPart::Null]), true)
            .is_err()
    );
}

#[test]
fn a_key_cursor_reads_back_as_it_was_written() {
    let key = vec![
        text("St Mary's \"Trust\""),
        date("1999-12-31"),
        KeyPart::Null,
    ];
    let cursor = encode_key(&key);
    assert_eq!(
        super::super::decode_cursor(&cursor).unwrap(),
        Cursor::Key(key)
    );
    assert!(!cursor.contains("Mary"), "opaque: {cursor}");
}
