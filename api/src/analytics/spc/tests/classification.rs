//! How points and series are classified: variation, assurance, reliability.

use super::*;

#[test]
fn variation_by_side_and_direction() {
    use Direction::{Decrease, Increase};
    use Variation::SpecialCauseImprovement as Improvement;
    use Variation::{CommonCause as Common, SpecialCauseConcern as Concern};
    // (series, direction, index of the point, expected variation of that point)
    let cases: [(&str, &[f64], Direction, usize, Variation); 14] = [
        ("above, increase", &OUTSIDE_ABOVE, Increase, 12, Improvement),
        ("above, decrease", &OUTSIDE_ABOVE, Decrease, 12, Concern),
        ("below, increase", &OUTSIDE_BELOW, Increase, 12, Concern),
        ("below, decrease", &OUTSIDE_BELOW, Decrease, 12, Improvement),
        ("common cause point", &OUTSIDE_BELOW, Decrease, 11, Common),
        ("shift below, increase", &SHIFT_OF_7, Increase, 13, Concern),
        (
            "shift above, increase",
            &SHIFT_OF_7,
            Increase,
            0,
            Improvement,
        ),
        (
            "two of three above, decrease",
            &TWO_OF_THREE,
            Decrease,
            10,
            Concern,
        ),
        // A trend is read by side like any point: its part below the mean is below.
        (
            "rising trend below the mean, increase",
            &RISING_7,
            Increase,
            2,
            Concern,
        ),
        (
            "rising trend above the mean, increase",
            &RISING_7,
            Increase,
            6,
            Improvement,
        ),
        // On the mean, the trend's slope decides.
        (
            "rising trend on the mean, increase",
            &RISING_7,
            Increase,
            4,
            Improvement,
        ),
        (
            "rising trend on the mean, decrease",
            &RISING_7,
            Decrease,
            4,
            Concern,
        ),
        (
            "falling trend on the mean, decrease",
            &FALLING_7,
            Decrease,
            4,
            Improvement,
        ),
        (
            "falling trend on the mean, increase",
            &FALLING_7,
            Increase,
            4,
            Concern,
        ),
    ];
    for (name, values, direction, index, expected) in cases {
        assert_eq!(
            run(values, direction).points[index].variation,
            expected,
            "{name}"
        );
    }
}

#[test]
fn variation_of_the_series_is_that_of_the_latest_point() {
    let cases: [(&str, &[f64], Direction, Variation); 4] = [
        (
            "outside above, increase",
            &OUTSIDE_ABOVE,
            Direction::Increase,
            Variation::SpecialCauseImprovement,
        ),
        (
            "outside below, increase",
            &OUTSIDE_BELOW,
            Direction::Increase,
            Variation::SpecialCauseConcern,
        ),
        (
            "shift below, decrease",
            &SHIFT_OF_7,
            Direction::Decrease,
            Variation::SpecialCauseImprovement,
        ),
        // The trend ends at index 7; the last point is common cause.
        (
            "after a trend",
            &RISING_7,
            Direction::Increase,
            Variation::CommonCause,
        ),
    ];
    for (name, values, direction, expected) in cases {
        assert_eq!(run(values, direction).variation, expected, "{name}");
    }
}

#[test]
fn assurance_in_every_state_for_both_directions() {
    use Assurance::{ConsistentlyFailing as Failing, ConsistentlyPassing as Passing, HitAndMiss};
    // SHIFT_OF_7 has limits [7.34, 12.66].
    let cases = [
        (
            "increase, target above the upper limit",
            Direction::Increase,
            Some(13.0),
            Some(Failing),
        ),
        (
            "increase, target below the lower limit",
            Direction::Increase,
            Some(7.0),
            Some(Passing),
        ),
        (
            "increase, target within the limits",
            Direction::Increase,
            Some(10.0),
            Some(HitAndMiss),
        ),
        (
            "increase, target on the upper limit",
            Direction::Increase,
            Some(12.66),
            Some(HitAndMiss),
        ),
        (
            "decrease, target above the upper limit",
            Direction::Decrease,
            Some(13.0),
            Some(Passing),
        ),
        (
            "decrease, target below the lower limit",
            Direction::Decrease,
            Some(7.0),
            Some(Failing),
        ),
        (
            "decrease, target within the limits",
            Direction::Decrease,
            Some(10.0),
            Some(HitAndMiss),
        ),
        ("no target", Direction::Decrease, None, None),
    ];
    for (name, direction, target, expected) in cases {
        let a = analyse(&series(&SHIFT_OF_7), direction, target).expect("a non-empty series");
        assert_eq!(a.assurance, expected, "{name}");
    }
}

#[test]
fn reliable_from_15_points() {
    let alternating = |n: usize| -> Vec<f64> { (0..n).map(|i| [9.0, 11.0][i % 2]).collect() };
    let cases = [(1, false), (14, false), (15, true), (16, true)];
    for (n, expected) in cases {
        assert_eq!(
            run(&alternating(n), Direction::Increase).reliable,
            expected,
            "{n} points"
        );
    }
}

#[test]
fn series_is_put_in_date_order() {
    let shuffled = [(day(2), 3.0), (day(0), 1.0), (day(1), 2.0)];
    let a = analyse(&shuffled, Direction::Increase, None).expect("a non-empty series");
    let order: Vec<(NaiveDate, f64)> = a.points.iter().map(|p| (p.measured_on, p.value)).collect();
    assert_eq!(order, vec![(day(0), 1.0), (day(1), 2.0), (day(2), 3.0)]);
}

#[test]
fn flat_series_is_common_cause() {
    // mean 5, mr 0, limits 5 and 5; every point on the mean: no shift, no trend, no limits.
    let a = run(&[5.0; 8], Direction::Increase);
    assert_eq!((a.mean, a.moving_range_mean), (5.0, 0.0));
    assert!(a.points.iter().all(|p| !p.special_cause));
    assert_eq!(a.variation, Variation::CommonCause);
}
