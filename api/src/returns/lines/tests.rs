use chrono::NaiveDate;

use super::*;
use crate::returns::grid::Merged;

fn t(s: &str) -> Given {
    Given::Text(s.to_owned())
}

fn day(y: i32, m: u32, d: u32) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(y, m, d)
}

fn grid(rows: Vec<(u32, Vec<Given>)>) -> Grid {
    Grid {
        rows,
        ..Grid::default()
    }
}

fn header(line: u32) -> (u32, Vec<Given>) {
    (
        line,
        vec![
            t("Commitment"),
            t("Benefit"),
            t("Date measured"),
            t("Value"),
            t("Note"),
        ],
    )
}

#[test]
fn values_are_numbers_or_text_that_reads_as_one() {
    for (cell, expected) in [
        (None, Ok(None)),
        (Some(Given::Empty), Ok(None)),
        (Some(Given::Number(12.5)), Ok(Some(12.5))),
        (Some(t(" 1,234.5 ")), Ok(Some(1234.5))),
        (Some(t("-3")), Ok(Some(-3.0))),
        (Some(t("twelve")), Err("\"twelve\" is not a number")),
        (Some(t("NaN")), Err("\"NaN\" is not a number")),
        (Some(t("1e999")), Err("\"1e999\" is not a number")),
        (
            Some(Given::Bool(true)),
            Err("the cell holds TRUE or FALSE, not a number"),
        ),
        (
            Some(Given::Date(46356.0)),
            Err("the cell holds a date, not a number"),
        ),
        (
            Some(Given::Error("#DIV/0!".into())),
            Err("the cell holds the error #DIV/0!, not a number"),
        ),
    ] {
        assert_eq!(
            number(cell.as_ref()),
            expected.map_err(str::to_owned),
            "{cell:?}"
        );
    }
}

#[test]
fn dates_are_dates_serial_numbers_or_text() {
    for (cell, expected) in [
        (None, Some(None)),
        (Some(Given::Date(46356.0)), Some(day(2026, 11, 30))),
        (Some(Given::Date(46356.75)), Some(day(2026, 11, 30))),
        (Some(Given::Number(46327.0)), Some(day(2026, 11, 1))),
        (Some(t("46356")), Some(day(2026, 11, 30))),
        (Some(t("2026-11-30")), Some(day(2026, 11, 30))),
        (Some(t("30/11/2026")), Some(day(2026, 11, 30))),
        (Some(t("11/30/2026")), None),
        (Some(t("yesterday")), None),
        (Some(Given::Number(-4.0)), None),
        (Some(Given::Number(3_000_000.0)), None),
        (Some(Given::Bool(false)), None),
    ] {
        assert_eq!(date(cell.as_ref()).ok(), expected, "{cell:?}");
    }
}

#[test]
fn periods_are_read_as_written_or_as_excel_rewrites_them() {
    for (written, expected) in [
        ("2026-11", Some("2026-11")),
        ("Nov-26", Some("2026-11")),
        ("November 2026", Some("2026-11")),
        ("Nov 2026", Some("2026-11")),
        ("2026-13", None),
        ("soon", None),
    ] {
        assert_eq!(period_text(written).as_deref(), expected, "{written}");
    }
}

#[test]
fn a_return_is_its_title_rows_its_header_and_its_rows() {
    let file = read(&grid(vec![
        (1, vec![t("Measurement return"), t("Norfolk and Norwich")]),
        (2, vec![t("Organisation code"), t("RM1")]),
        (3, vec![t("Period"), Given::Date(46356.0)]),
        (
            5,
            vec![
                t("Value"),
                t("Commitment"),
                t("Note"),
                t("Colour"),
                t("Date measured"),
            ],
        ),
        (
            6,
            vec![
                Given::Number(4.0),
                t("Q29tbWl0bWVudDox"),
                t("fine"),
                t("red"),
            ],
        ),
        (7, vec![Given::Empty, t("Q29tbWl0bWVudDoy")]),
        (8, vec![Given::Empty, Given::Empty, t("a remark")]),
        (
            9,
            vec![
                t("n/a"),
                t("Q29tbWl0bWVudDoz"),
                Given::Empty,
                Given::Empty,
                t("31/11/2026"),
            ],
        ),
    ]));
    let file = file.unwrap_or_default();
    assert_eq!(file.organisation.as_deref(), Some("RM1"));
    assert_eq!(file.period.as_deref(), Some("2026-11"));
    let lines: Vec<u32> = file.rows.iter().map(|r| r.line).collect();
    assert_eq!(lines, vec![6, 7, 9], "line 8 has nothing to record");
    assert_eq!(file.rows[0].value, Some(4.0));
    assert_eq!(file.rows[0].note.as_deref(), Some("fine"));
    assert_eq!(file.rows[0].commitment.as_deref(), Some("Q29tbWl0bWVudDox"));
    assert!(file.rows[0].issues.is_empty());
    assert_eq!((file.rows[1].value, file.rows[1].measured_on), (None, None));
    let codes: Vec<(&str, Option<&str>)> = file.rows[2]
        .issues
        .iter()
        .map(|i| (i.code.as_str(), i.column.as_deref()))
        .collect();
    assert_eq!(
        codes,
        vec![
            ("NOT_A_NUMBER", Some("Value")),
            ("NOT_A_DATE", Some("Date measured"))
        ]
    );
    assert_eq!(
        file.warnings
            .iter()
            .map(|w| (w.line, w.code.as_str(), w.column.as_deref()))
            .collect::<Vec<_>>(),
        vec![
            (5, "EXTRA_COLUMN", Some("Colour")),
            (8, "IGNORED_ROW", None)
        ]
    );
}

#[test]
fn rows_with_nothing_to_record_are_passed_over_with_a_warning() {
    let file = read(&grid(vec![
        header(1),
        (2, vec![Given::Empty, t("just a benefit name")]),
    ]))
    .unwrap_or_default();
    assert!(file.rows.is_empty());
    assert_eq!(
        file.warnings.first().map(|w| (w.line, w.code.as_str())),
        Some((2, "IGNORED_ROW"))
    );
}

#[test]
fn without_a_header_there_is_no_return() {
    for rows in [
        vec![],
        vec![(1, vec![t("Organisation code"), t("RM1")])],
        vec![
            (1, vec![t("Commitment"), t("Amount")]),
            (2, vec![t("x"), t("1")]),
        ],
    ] {
        assert_eq!(
            read(&grid(rows)).err().map(|p| p.code),
            Some("MISSING_HEADER")
        );
    }
}

#[test]
fn formulas_and_merged_cells_in_a_row_are_its_issues() {
    let mut g = grid(vec![
        header(1),
        (
            2,
            vec![
                t("Q29tbWl0bWVudDox"),
                Given::Empty,
                Given::Empty,
                Given::Number(8.0),
            ],
        ),
        (
            3,
            vec![
                t("Q29tbWl0bWVudDoy"),
                Given::Empty,
                Given::Empty,
                Given::Number(9.0),
            ],
        ),
        (
            4,
            vec![
                t("Q29tbWl0bWVudDoz"),
                Given::Empty,
                Given::Empty,
                Given::Number(1.0),
            ],
        ),
    ]);
    g.formulas.insert((2, 3), "=4*2".into());
    g.merged.push(Merged {
        lines: (3, 3),
        columns: (3, 4),
    });
    let file = read(&g).unwrap_or_default();
    let codes: Vec<Vec<&str>> = file
        .rows
        .iter()
        .map(|r| r.issues.iter().map(|i| i.code.as_str()).collect())
        .collect();
    assert_eq!(
        codes,
        vec![
            vec!["FORMULA"],
            vec!["MERGED_CELLS", "MERGED_CELLS"],
            vec![]
        ]
    );
}
