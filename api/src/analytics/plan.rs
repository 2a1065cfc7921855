//! The plan of one commitment: where it starts, where it must get to, and the way there.

use chrono::NaiveDate;

/// Which way the measure moves when the benefit improves (the benefit's `direction`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Direction {
    /// Higher values are better (e.g. cash released, patients seen).
    Increase,
    /// Lower values are better (e.g. waiting minutes, prescribing errors).
    Decrease,
}

/// A commitment's baseline, target and planned trajectory.
///
/// A DECREASE benefit simply has `target < baseline`; nothing here depends on the direction.
#[derive(Debug, Clone, PartialEq)]
pub struct Plan {
    /// The value of the measure when the commitment starts (`b`).
    pub baseline: f64,
    /// The date the baseline was measured.
    pub baseline_on: NaiveDate,
    /// The value the organisation commits to reach (`t`).
    pub target: f64,
    /// The date by which the target is to be reached.
    pub target_on: NaiveDate,
    /// Planned values on dates between the baseline and the target, in any order.
    pub trajectory: Vec<(NaiveDate, f64)>,
}

impl Plan {
    /// The planned value on `d`: `planned(d)` in DESIGN.md.
    ///
    /// Piecewise linear (by days) through `(baseline_on, baseline)`, the trajectory points in
    /// date order and `(target_on, target)`; the baseline before `baseline_on` and the target
    /// after `target_on`. Trajectory points on or outside the baseline and target dates are
    /// ignored, because those two dates already have their values fixed by the baseline and
    /// the target. When two trajectory points share a date the one listed last wins, as a
    /// later entry is the more likely correction.
    #[must_use]
    pub fn planned_value_at(&self, d: NaiveDate) -> f64 {
        if d <= self.baseline_on {
            return self.baseline;
        }
        if d >= self.target_on {
            return self.target;
        }
        let knots = self.knots();
        // `d` is strictly between the first and last knot, so exactly one segment
        // `start <= d < end` holds it; starting at `start` keeps knot values exact.
        for pair in knots.windows(2) {
            let ((start_on, start), (end_on, end)) = (pair[0], pair[1]);
            if start_on <= d && d < end_on {
                let span = (end_on - start_on).num_days() as f64;
                let elapsed = (d - start_on).num_days() as f64;
                return start + (end - start) * elapsed / span;
            }
        }
        // Unreachable for a well-formed plan; the target is the safest answer.
        self.target
    }

    /// The points the planned line passes through, in date order, without duplicate dates.
    fn knots(&self) -> Vec<(NaiveDate, f64)> {
        let mut inner: Vec<(NaiveDate, f64)> = self
            .trajectory
            .iter()
            .copied()
            .filter(|(on, _)| self.baseline_on < *on && *on < self.target_on)
            .collect();
        // Stable sort keeps the listed order among equal dates, so "last listed wins" holds.
        inner.sort_by_key(|(on, _)| *on);
        let mut knots = Vec::with_capacity(inner.len() + 2);
        knots.push((self.baseline_on, self.baseline));
        for (on, value) in inner {
            match knots.last_mut() {
                Some(last) if last.0 == on => last.1 = value,
                _ => knots.push((on, value)),
            }
        }
        knots.push((self.target_on, self.target));
        knots
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analytics::test_support::date;

    /// Baseline 100 on 1 Jan 2024, target 160 on 31 Jan (30 days later), trajectory 110 on
    /// 11 Jan and 140 on 21 Jan, listed out of order and with points outside the plan.
    fn increase_plan() -> Plan {
        Plan {
            baseline: 100.0,
            baseline_on: date(2024, 1, 1),
            target: 160.0,
            target_on: date(2024, 1, 31),
            trajectory: vec![
                (date(2024, 1, 21), 140.0),
                (date(2023, 12, 1), 999.0),
                (date(2024, 1, 11), 110.0),
                (date(2024, 1, 1), 999.0),
                (date(2024, 2, 10), 999.0),
            ],
        }
    }

    #[test]
    fn planned_value_follows_baseline_trajectory_and_target() {
        let plan = increase_plan();
        let cases = [
            ("before the baseline date", date(2023, 12, 25), 100.0),
            ("on the baseline date", date(2024, 1, 1), 100.0),
            // 100 + (110 - 100) * 5/10
            ("between baseline and first point", date(2024, 1, 6), 105.0),
            ("on a trajectory point", date(2024, 1, 11), 110.0),
            // 110 + (140 - 110) * 5/10
            ("between trajectory points", date(2024, 1, 16), 125.0),
            ("on the second trajectory point", date(2024, 1, 21), 140.0),
            // 140 + (160 - 140) * 5/10
            ("between last point and target", date(2024, 1, 26), 150.0),
            ("on the target date", date(2024, 1, 31), 160.0),
            ("after the target date", date(2024, 3, 1), 160.0),
        ];
        for (name, d, expected) in cases {
            assert_eq!(plan.planned_value_at(d), expected, "{name}");
        }
    }

    #[test]
    fn planned_value_without_trajectory_is_a_straight_line() {
        let plan = Plan {
            trajectory: vec![],
            ..increase_plan()
        };
        // 100 + (160 - 100) * 15/30
        assert_eq!(plan.planned_value_at(date(2024, 1, 16)), 130.0);
        // 100 + 60 * 1/30 = 102
        assert_eq!(plan.planned_value_at(date(2024, 1, 2)), 102.0);
    }

    #[test]
    fn planned_value_for_a_decrease_benefit() {
        let plan = Plan {
            baseline: 50.0,
            baseline_on: date(2024, 1, 1),
            target: 20.0,
            target_on: date(2024, 1, 31),
            trajectory: vec![],
        };
        let cases = [
            (date(2023, 6, 1), 50.0),
            // 50 + (20 - 50) * 10/30
            (date(2024, 1, 11), 40.0),
            (date(2024, 6, 1), 20.0),
        ];
        for (d, expected) in cases {
            assert_eq!(plan.planned_value_at(d), expected, "{d}");
        }
    }

    #[test]
    fn duplicate_trajectory_dates_keep_the_last_listed() {
        let plan = Plan {
            trajectory: vec![(date(2024, 1, 11), 999.0), (date(2024, 1, 11), 130.0)],
            ..increase_plan()
        };
        assert_eq!(plan.planned_value_at(date(2024, 1, 11)), 130.0);
        // 130 + (160 - 130) * 10/20
        assert_eq!(plan.planned_value_at(date(2024, 1, 21)), 145.0);
    }
}
