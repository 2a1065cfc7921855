//! The run rules of the XmR chart, over plain slices, one function per rule.
//!
//! Each returns, for every point, whether the point is part of a run that fires the rule, so
//! that every point of a qualifying run is flagged, not just the one that completes it (as
//! NHSRplotthedots does with `ptd_part_of_seven_trend`).

/// How many consecutive points make a shift or a trend.
pub(super) const RUN_LENGTH: usize = 7;

/// Where a point lies relative to the mean.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Side {
    /// Above the mean.
    Above,
    /// Below the mean.
    Below,
    /// On the mean (within rounding): on neither side, so it breaks a shift.
    On,
}

/// The direction of a trend.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Slope {
    /// Each point higher than the one before.
    Rising,
    /// Each point lower than the one before.
    Falling,
}

/// Shift: part of a run of [`RUN_LENGTH`] or more consecutive points on the same side of the
/// mean. A point on the mean belongs to no side, so it ends the run.
pub(super) fn shift_members(sides: &[Side]) -> Vec<bool> {
    let mut members = vec![false; sides.len()];
    let mut start = 0;
    while start < sides.len() {
        let side = sides[start];
        let end = start + sides[start..].iter().take_while(|s| **s == side).count();
        if side != Side::On && end - start >= RUN_LENGTH {
            members[start..end].fill(true);
        }
        start = end;
    }
    members
}

/// Trend: part of a run of [`RUN_LENGTH`] or more consecutive points each strictly higher (or
/// each strictly lower) than the one before, i.e. `RUN_LENGTH - 1` rises. An equal value
/// breaks the run. A point that ends one trend and starts the opposite one (a peak or a trough)
/// takes the slope of the later trend, as NHSRplotthedots does ("use right side").
pub(super) fn trend_members(values: &[f64]) -> Vec<Option<Slope>> {
    let steps: Vec<Option<Slope>> = values
        .windows(2)
        .map(|pair| {
            if pair[1] > pair[0] {
                Some(Slope::Rising)
            } else if pair[1] < pair[0] {
                Some(Slope::Falling)
            } else {
                None
            }
        })
        .collect();
    let mut members = vec![None; values.len()];
    let mut start = 0;
    while start < steps.len() {
        let step = steps[start];
        let end = start + steps[start..].iter().take_while(|s| **s == step).count();
        // Steps start..end join points start..=end: (end - start) steps, one more point.
        if step.is_some() && end - start + 1 >= RUN_LENGTH {
            members[start..=end].fill(step);
        }
        start = end;
    }
    members
}

/// Two in three: a point close to the limits within some window of 3 consecutive points that
/// are all on the same side of the mean and of which at least 2 are close to the limits.
/// Only the close points of such a window are flagged, not the third one.
pub(super) fn two_in_three_members(sides: &[Side], close: &[bool]) -> Vec<bool> {
    let mut members = vec![false; sides.len()];
    for start in 0..sides.len().saturating_sub(2) {
        let window = start..start + 3;
        let side = sides[start];
        let one_side = side != Side::On && sides[window.clone()].iter().all(|s| *s == side);
        let close_count = close[window.clone()].iter().filter(|c| **c).count();
        if one_side && close_count >= 2 {
            for i in window {
                members[i] |= close[i];
            }
        }
    }
    members
}

#[cfg(test)]
mod tests {
    use super::Side::{Above as A, Below as B, On as O};
    use super::Slope::{Falling as F, Rising as R};
    use super::*;

    #[test]
    fn shift_cases() {
        let cases: [(&str, Vec<Side>, Vec<bool>); 6] = [
            ("empty", vec![], vec![]),
            (
                "6 above: no shift",
                vec![A, A, A, A, A, A, B],
                vec![false; 7],
            ),
            (
                "7 above: a shift",
                vec![B, A, A, A, A, A, A, A],
                [vec![false], vec![true; 7]].concat(),
            ),
            ("7 below: a shift", vec![B; 7], vec![true; 7]),
            // A flat series sits on its own mean: not a shift.
            ("7 on the mean: no shift", vec![O; 7], vec![false; 7]),
            (
                "a point on the mean breaks 8 into 4 and 3",
                vec![A, A, A, A, O, A, A, A],
                vec![false; 8],
            ),
        ];
        for (name, sides, expected) in cases {
            assert_eq!(shift_members(&sides), expected, "{name}");
        }
    }

    #[test]
    fn trend_cases() {
        let cases = [
            ("empty", vec![], vec![]),
            (
                "6 points rising (5 rises): no trend",
                vec![1., 2., 3., 4., 5., 6.],
                vec![None; 6],
            ),
            (
                "7 points rising (6 rises): a trend",
                vec![1., 2., 3., 4., 5., 6., 7.],
                vec![Some(R); 7],
            ),
            (
                "7 points falling inside other values",
                vec![2., 9., 8., 7., 6., 5., 4., 3., 5.],
                [vec![None], vec![Some(F); 7], vec![None]].concat(),
            ),
            (
                "an equal value breaks the run",
                vec![1., 2., 3., 3., 4., 5., 6.],
                vec![None; 7],
            ),
            (
                "a peak takes the later trend",
                vec![1., 2., 3., 4., 5., 6., 7., 6., 5., 4., 3., 2., 1.],
                [vec![Some(R); 6], vec![Some(F); 7]].concat(),
            ),
        ];
        for (name, values, expected) in cases {
            assert_eq!(trend_members(&values), expected, "{name}");
        }
    }

    #[test]
    fn two_in_three_cases() {
        let (t, f) = (true, false);
        let cases = [
            ("too short", vec![A, A], vec![t, t], vec![f, f]),
            (
                "2 close of 3 above: the close ones",
                vec![A, A, A],
                vec![t, f, t],
                vec![t, f, t],
            ),
            (
                "3 close of 3 below",
                vec![B, B, B],
                vec![t, t, t],
                vec![t, t, t],
            ),
            (
                "only 1 close",
                vec![A, A, A, A],
                vec![f, t, f, f],
                vec![f; 4],
            ),
            (
                "straddling the mean",
                vec![B, A, A, B],
                vec![f, t, t, f],
                vec![f; 4],
            ),
            (
                "a point on the mean in the window",
                vec![A, O, A],
                vec![t, f, t],
                vec![f; 3],
            ),
        ];
        for (name, sides, close, expected) in cases {
            assert_eq!(two_in_three_members(&sides, &close), expected, "{name}");
        }
    }
}
