use super::*;

fn on(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).expect("a day")
}

fn link(practice: i32, ccg: i32, from: NaiveDate, current: bool) -> Commissioning {
    Commissioning {
        practice,
        ccg,
        from: Some(from),
        practice_opened: None,
        current,
    }
}

#[test]
fn a_gone_ccg_merged_into_the_one_its_neighbours_joined_and_its_practices_were_its_own_till_then() {
    let opened = on(2013, 4, 1);
    let merged = on(2018, 4, 1);
    let links = [
        // CCG 1's closed practices, in BS1 and BS2.
        link(10, 1, opened, false),
        link(11, 1, opened, false),
        // CCG 2's, in BS3 and (two) in BS2.
        link(12, 2, opened, false),
        link(13, 2, opened, false),
        link(15, 2, opened, false),
        // CCG 4's one closed practice, where no practice is open now.
        link(14, 4, opened, false),
        // Open practices that joined CCG 5 when it formed in 2018.
        link(20, 5, merged, true),
        link(21, 5, merged, true),
        link(22, 5, merged, true),
        // One in BS4, where neither merged CCG had a practice.
        link(27, 5, merged, true),
        // One with CCG 6 since 2013 (no merger), and one that moved to CCG 7 in 2019.
        link(23, 6, opened, true),
        link(24, 7, on(2019, 4, 1), true),
        // Two that opened in BS3 in 2016 with CCG 5: opening there is no move.
        Commissioning {
            practice_opened: Some(on(2016, 12, 1)),
            ..link(25, 5, on(2016, 12, 1), true)
        },
        Commissioning {
            practice_opened: Some(on(2016, 12, 1)),
            ..link(26, 5, on(2016, 12, 1), true)
        },
    ];
    let districts = [
        (10, "BS1"),
        (11, "BS2"),
        (12, "BS3"),
        (13, "BS2"),
        (15, "BS2"),
        (14, "ZZ9"),
        (20, "BS1"),
        (21, "BS2"),
        (22, "BS3"),
        (27, "BS4"),
        (23, "BS2"),
        (24, "BS1"),
        (25, "BS3"),
        (26, "BS3"),
    ];
    let district = |p: i32| {
        districts
            .iter()
            .find(|(q, _)| *q == p)
            .map(|(_, d)| (*d).to_owned())
    };
    let gone = BTreeSet::from([1, 2, 4]);
    let (mergers, spells) = before_extract(&gone, &links, &district, opened);
    // CCG 1's districts: two votes for (5, 2018), one for (7, 2019). CCG 2's: two for (5,
    // 2018). CCG 4's: none, so no merger is made up.
    let merger = |from| Merger {
        from,
        into: 5,
        on: merged,
    };
    assert_eq!(mergers, [merger(1), merger(2)]);
    let spell = |practice, ccg| Spell {
        practice,
        ccg,
        from: opened,
        to: merged,
    };
    // BS1 was CCG 1's; BS2 had one practice of CCG 1 and two of CCG 2; BS3 was CCG 2's, and
    // BS4 is nearest BS3. The practice that moved to CCG 7 and the one that stayed with CCG 6
    // get no spell.
    let expected = [spell(20, 1), spell(21, 2), spell(22, 2), spell(27, 2)];
    assert_eq!(spells, expected);
}

#[test]
fn a_ccg_the_map_no_longer_lists_merged_into_the_one_most_of_its_practices_are_under() {
    let opened = on(2013, 4, 1);
    let links = [
        link(30, 8, opened, true),
        link(31, 8, opened, true),
        link(32, 8, opened, true),
        // A practice of a CCG the map lists, and one of an unlisted CCG the map does not show.
        link(33, 9, opened, true),
        link(34, 11, opened, true),
        // A closed practice does not vote.
        link(35, 12, opened, false),
    ];
    let listed = BTreeSet::from([9, 10]);
    let mapped = BTreeMap::from([(30, 9), (31, 9), (32, 10), (33, 9), (35, 10)]);
    let formed = |ccg: i32| {
        if ccg == 9 {
            on(2020, 4, 1)
        } else {
            on(2021, 4, 1)
        }
    };
    let merger = Merger {
        from: 8,
        into: 9,
        on: on(2020, 4, 1),
    };
    assert_eq!(after_extract(&links, &listed, &mapped, &formed), [merger]);
}

#[test]
fn the_nearest_district_is_the_closest_number_in_the_same_area() {
    let claimed = ["LS6", "LS18", "LS27", "BD1", "L19", "SW1A"];
    // (district, nearest claimed)
    let cases = [
        ("LS19", Some("LS18")),
        ("LS5", Some("LS6")),
        ("LS25", Some("LS27")),
        // L is not LS; a district of an area with none claimed has no nearest.
        ("L20", Some("L19")),
        ("YO1", None),
        ("SW1P", Some("SW1A")),
        ("", None),
    ];
    for (district, expected) in cases {
        assert_eq!(
            nearest(district, claimed.into_iter()),
            expected,
            "{district}"
        );
    }
}
