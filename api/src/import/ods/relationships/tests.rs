//! Table tests of the dating rules: when a relationship moves, and when an area moves region.

use super::*;

fn d(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").expect("a date")
}

#[test]
fn a_move_is_dated_by_the_file_when_it_can_be_and_never_before_the_old_start() {
    // (old start, date in the file, extract date, the day of the move)
    let cases = [
        // The join date is later than the old start: it dates the move.
        (
            Some("2013-04-01"),
            Some("2018-04-01"),
            "2020-01-15",
            "2018-04-01",
        ),
        // The join date is earlier than the old start: the extract's date.
        (
            Some("2016-04-01"),
            Some("2013-04-01"),
            "2020-01-15",
            "2020-01-15",
        ),
        // No date in the file.
        (Some("2013-04-01"), None, "2020-01-15", "2020-01-15"),
        // No known start.
        (None, Some("2013-04-01"), "2020-01-15", "2013-04-01"),
        // An extract older than the old start: not before it.
        (Some("2021-04-01"), None, "2020-01-15", "2021-04-01"),
    ];
    for (old, file, extract, expected) in cases {
        let got = change_date(old.map(d), file.map(d), d(extract));
        assert_eq!(got, d(expected), "{old:?} {file:?} {extract}");
    }
}

#[test]
fn an_area_moves_region_only_with_a_newer_extract() {
    // (current relationship's start, last extract naming the area, this extract, moves)
    let cases = [
        // Named by a 2015 extract, regrouped by a 2020 one.
        (None, Some("2015-09-30"), "2020-01-01", true),
        // The 2015 extract again after the 2020 one: the move stands.
        (Some("2020-01-01"), Some("2020-01-01"), "2015-09-30", false),
        // The other extract of the same date: the first one's grouping stands.
        (None, Some("2020-01-01"), "2020-01-01", false),
        // Never dated (imported before areas were marked): a later extract than the start.
        (None, None, "2020-01-01", true),
        (Some("2020-01-01"), None, "2019-06-30", false),
        // Moved in 2020 and again by a 2022 extract.
        (Some("2020-01-01"), Some("2020-01-01"), "2022-01-01", true),
    ];
    for (start, named, extract, moves) in cases {
        let got = derived_moves(start.map(d), named.map(d), d(extract));
        assert_eq!(got, moves, "{start:?} {named:?} {extract}");
    }
}

#[test]
fn a_relationship_reopens_only_when_a_newer_extract_says_it_holds_with_no_end() {
    // (recorded end, end in the file, extract date, the end that reopens)
    let cases = [
        // Ended, and the newer extract has it open: it reopens.
        (Some("2020-03-31"), None, "2021-03-31", Some("2020-03-31")),
        // Still open: nothing to reopen.
        (None, None, "2021-03-31", None),
        // The file ends it too: it has not reopened.
        (Some("2020-03-31"), Some("2020-04-30"), "2021-03-31", None),
        // An older extract, from before the end, imported late: it reopens nothing.
        (Some("2020-03-31"), None, "2020-01-31", None),
        // An extract of the very day it ended: not yet reopened.
        (Some("2020-03-31"), None, "2020-03-31", None),
    ];
    for (recorded, file, extract, expected) in cases {
        assert_eq!(
            reopened(recorded.map(d), file.map(d), d(extract)),
            expected.map(d),
            "{recorded:?} {file:?} {extract}"
        );
    }
}
