//! Limits, and which rules fire, at each rule's threshold.

use super::*;

#[test]
fn empty_series_has_no_analysis() {
    assert_eq!(analyse(&[], Direction::Increase, Some(1.0)), None);
}

#[test]
fn centre_line_and_limits() {
    // (series, [mean, mr, upper limit, lower limit])
    let cases: [(&str, &[f64], [f64; 4]); 3] = [
        ("one point: no moving range", &[5.0], [5.0, 0.0, 5.0, 5.0]),
        // 10 ± 2.66 × 1
        ("shift of 7", &SHIFT_OF_7, [10.0, 1.0, 12.66, 7.34]),
        // mr 178/12 = 14.8333..., 2.66 × 178/12 = 39.456666..., 14 ± 39.456666...
        (
            "outside above",
            &OUTSIDE_ABOVE,
            [14.0, 14.833_333_333, 53.456_666_667, -25.456_666_667],
        ),
    ];
    for (name, values, expected) in cases {
        let a = run(values, Direction::Increase);
        let got = [
            a.mean,
            a.moving_range_mean,
            a.upper_process_limit,
            a.lower_process_limit,
        ];
        let agree = got.iter().zip(expected).all(|(g, e)| (g - e).abs() < 1e-6);
        assert!(agree, "{name}: got {got:?}, expected {expected:?}");
    }
}

#[test]
fn single_point_is_common_cause() {
    let a = run(&[5.0], Direction::Increase);
    assert_eq!(a.points.len(), 1);
    assert!(!a.points[0].special_cause);
    assert_eq!(a.variation, Variation::CommonCause);
}

#[test]
fn each_rule_at_its_threshold() {
    let all = |n: usize| vec![true; n];
    let none = |n: usize| vec![false; n];
    let at = |n: usize, hits: &[usize]| (0..n).map(|i| hits.contains(&i)).collect::<Vec<_>>();
    type Rule = fn(&SpcPoint) -> bool;
    let shift: Rule = |p| p.in_shift;
    let trend: Rule = |p| p.in_trend;
    let outside: Rule = |p| p.outside_limits;
    let two: Rule = |p| p.in_two_of_three;
    let special: Rule = |p| p.special_cause;
    let cases: [(&str, &[f64], Rule, Vec<bool>); 18] = [
        ("7 on one side: shift", &SHIFT_OF_7, shift, all(14)),
        ("6 on one side: no shift", &SHIFT_OF_6, shift, none(12)),
        (
            "6 on one side: nothing special",
            &SHIFT_OF_6,
            special,
            none(12),
        ),
        (
            "a point on the mean breaks a shift",
            &BROKEN_BY_MEAN,
            special,
            none(16),
        ),
        ("the same off the mean: shift", &NOT_BROKEN, shift, all(16)),
        (
            "7 rising points (6 rises): trend",
            &RISING_7,
            trend,
            at(9, &[1, 2, 3, 4, 5, 6, 7]),
        ),
        ("7 rising points: no shift", &RISING_7, shift, none(9)),
        ("6 rising points: no trend", &RISING_6, trend, none(8)),
        (
            "6 rising points: nothing special",
            &RISING_6,
            special,
            none(8),
        ),
        (
            "7 falling points: trend",
            &FALLING_7,
            trend,
            at(9, &[1, 2, 3, 4, 5, 6, 7]),
        ),
        ("outside above", &OUTSIDE_ABOVE, outside, at(13, &[12])),
        (
            "outside above: nothing else",
            &OUTSIDE_ABOVE,
            special,
            at(13, &[12]),
        ),
        ("outside below", &OUTSIDE_BELOW, outside, at(13, &[12])),
        (
            "outside below: nothing else",
            &OUTSIDE_BELOW,
            special,
            at(13, &[12]),
        ),
        // The 11 in the window is not close, so it is not flagged.
        (
            "two of three: the close points",
            &TWO_OF_THREE,
            two,
            at(16, &[10, 11]),
        ),
        (
            "two of three: nothing else",
            &TWO_OF_THREE,
            special,
            at(16, &[10, 11]),
        ),
        (
            "straddling the mean: no two of three",
            &STRADDLING,
            special,
            none(16),
        ),
        (
            "only one close: no two of three",
            &ONLY_ONE_CLOSE,
            special,
            none(16),
        ),
    ];
    for (name, values, rule, expected) in cases {
        assert_eq!(
            flags(&run(values, Direction::Increase), rule),
            expected,
            "{name}"
        );
    }
}
