//! The rules a commitment's figures, its trajectory and its measurements obey, as checked
//! values built from the inputs.

use chrono::NaiveDate;

use super::inputs::{CreateCommitmentInput, TrajectoryPointInput};
use crate::graphql::mutation::{Checks, UserError, UserErrorCode};

/// Baseline, target, their dates and the tolerance, checked.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Figures {
    pub baseline: f64,
    pub baseline_on: NaiveDate,
    pub target: f64,
    pub target_on: NaiveDate,
    pub tolerance: f64,
}

impl Figures {
    /// A stored commitment's figures (checked when they were stored).
    pub fn of(row: &entity::commitment::Model) -> Self {
        Self {
            baseline: row.baseline,
            baseline_on: row.baseline_on,
            target: row.target,
            target_on: row.target_on,
            tolerance: row.tolerance,
        }
    }

    /// The figures when they describe something to realise: finite numbers, a target that
    /// differs from the baseline, a target date after the baseline's, a tolerance of 0 to 1.
    pub fn checked(self) -> Result<Self, Vec<UserError>> {
        let mut checks = Checks::default();
        checks.finite(self.baseline, "baseline");
        checks.finite(self.target, "target");
        checks.finite(self.tolerance, "tolerance");
        checks.check(
            self.target != self.baseline || !self.target.is_finite(),
            "target",
            UserErrorCode::TargetEqualsBaseline,
            "the target must differ from the baseline",
        );
        checks.check(
            self.baseline_on < self.target_on,
            "targetOn",
            UserErrorCode::DatesOutOfOrder,
            "the target date must be after the baseline date",
        );
        checks.check(
            !self.tolerance.is_finite() || (0.0..=1.0).contains(&self.tolerance),
            "tolerance",
            UserErrorCode::OutOfRange,
            "the tolerance is a fraction from 0 to 1",
        );
        checks.finish(self)
    }
}

impl TryFrom<&CreateCommitmentInput> for Figures {
    type Error = Vec<UserError>;

    fn try_from(input: &CreateCommitmentInput) -> Result<Self, Self::Error> {
        Figures {
            baseline: input.baseline,
            baseline_on: input.baseline_on.0,
            target: input.target,
            target_on: input.target_on.0,
            tolerance: input.tolerance,
        }
        .checked()
    }
}

/// A checked measured value and its date.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Reading {
    pub measured_on: NaiveDate,
    pub value: f64,
}

impl Reading {
    /// The reading when its value is a number and its date is not after `today`.
    pub fn parse(
        measured_on: NaiveDate,
        value: f64,
        today: NaiveDate,
    ) -> Result<Self, Vec<UserError>> {
        let mut checks = Checks::default();
        checks.finite(value, "value");
        checks.check(
            measured_on <= today,
            "measuredOn",
            UserErrorCode::FutureMeasurement,
            "a measurement cannot be dated in the future",
        );
        checks.finish(Reading { measured_on, value })
    }
}

/// The trajectory's points when each value is a number, each date lies between the baseline's
/// and the target's, and no date repeats; sorted by date.
pub fn checked_trajectory(
    mut points: Vec<TrajectoryPointInput>,
    figures: &Figures,
) -> Result<Vec<(NaiveDate, f64)>, Vec<UserError>> {
    let mut checks = Checks::default();
    points.sort_by_key(|p| p.planned_on);
    for (i, p) in points.iter().enumerate() {
        checks.finite(p.value, "points");
        checks.check(
            figures.baseline_on < p.planned_on.0 && p.planned_on.0 < figures.target_on,
            "points",
            UserErrorCode::DatesOutOfOrder,
            "each point must fall between the baseline and target dates",
        );
        checks.check(
            i == 0 || points[i - 1].planned_on != p.planned_on,
            "points",
            UserErrorCode::Duplicate,
            "one point per date",
        );
    }
    checks.finish(
        points
            .into_iter()
            .map(|p| (p.planned_on.0, p.value))
            .collect(),
    )
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;
    use crate::graphql::scalars::Date;

    fn day(y: i32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, 4, 1).unwrap()
    }

    fn figures() -> Figures {
        Figures {
            baseline: 10.0,
            baseline_on: day(2024),
            target: 20.0,
            target_on: day(2026),
            tolerance: super::super::inputs::DEFAULT_TOLERANCE,
        }
    }

    fn codes(r: Result<impl std::fmt::Debug, Vec<UserError>>) -> Vec<UserErrorCode> {
        r.unwrap_err().into_iter().map(|e| e.code).collect()
    }

    #[test]
    fn figures_must_describe_something_to_realise() {
        assert!(figures().checked().is_ok());
        use UserErrorCode::*;
        let cases = [
            (
                Figures {
                    target: 10.0,
                    ..figures()
                },
                vec![TargetEqualsBaseline],
            ),
            (
                Figures {
                    target_on: day(2023),
                    ..figures()
                },
                vec![DatesOutOfOrder],
            ),
            (
                Figures {
                    target_on: day(2024),
                    ..figures()
                },
                vec![DatesOutOfOrder],
            ),
            (
                Figures {
                    baseline: f64::NAN,
                    ..figures()
                },
                vec![NotANumber],
            ),
            (
                Figures {
                    target: f64::INFINITY,
                    ..figures()
                },
                vec![NotANumber],
            ),
            (
                Figures {
                    tolerance: 1.5,
                    ..figures()
                },
                vec![OutOfRange],
            ),
            (
                Figures {
                    tolerance: -0.1,
                    ..figures()
                },
                vec![OutOfRange],
            ),
        ];
        for (f, expected) in cases {
            assert_eq!(codes(f.checked()), expected, "{f:?}");
        }
    }

    #[test]
    fn readings_are_numbers_of_today_or_before() {
        let today = day(2026);
        assert!(Reading::parse(today, 1.0, today).is_ok());
        assert_eq!(
            codes(Reading::parse(day(2027), 1.0, today)),
            [UserErrorCode::FutureMeasurement]
        );
        assert_eq!(
            codes(Reading::parse(today, f64::NAN, today)),
            [UserErrorCode::NotANumber]
        );
    }

    #[test]
    fn trajectories_lie_between_baseline_and_target() {
        let p = |y, value| TrajectoryPointInput {
            planned_on: Date(day(y)),
            value,
        };
        let ok = checked_trajectory(vec![p(2025, 15.0)], &figures()).unwrap();
        assert_eq!(ok, vec![(day(2025), 15.0)]);
        assert_eq!(
            codes(checked_trajectory(vec![p(2027, 1.0)], &figures())),
            [UserErrorCode::DatesOutOfOrder]
        );
        assert_eq!(
            codes(checked_trajectory(
                vec![p(2025, 1.0), p(2025, 2.0)],
                &figures()
            )),
            [UserErrorCode::Duplicate]
        );
    }

    mod props {
        use proptest::prelude::*;

        use super::*;

        /// Any number, the awkward ones (NaN, infinities, -0) as often as the plain.
        fn number() -> impl Strategy<Value = f64> {
            prop_oneof![
                any::<f64>(),
                -1e6f64..1e6,
                Just(f64::NAN),
                Just(f64::INFINITY),
                Just(-0.0),
                Just(0.0),
                Just(1.0)
            ]
        }

        fn date() -> impl Strategy<Value = NaiveDate> {
            (2000i32..2040, 1u32..=365).prop_map(|(y, d)| NaiveDate::from_yo_opt(y, d).unwrap())
        }

        proptest! {
            #[test]
            fn figures_are_accepted_exactly_when_every_rule_holds(
                baseline in number(), target in number(), tolerance in number(),
                baseline_on in date(), target_on in date(),
            ) {
                let figures = Figures { baseline, baseline_on, target, target_on, tolerance };
                let holds = baseline.is_finite()
                    && target.is_finite()
                    && tolerance.is_finite()
                    && target != baseline
                    && baseline_on < target_on
                    && (0.0..=1.0).contains(&tolerance);
                match figures.checked() {
                    Ok(checked) => {
                        prop_assert!(holds);
                        prop_assert_eq!(checked, figures);
                    }
                    Err(errors) => {
                        prop_assert!(!holds);
                        prop_assert!(!errors.is_empty());
                    }
                }
            }

            #[test]
            fn a_reading_is_accepted_when_it_is_a_number_not_in_the_future(
                value in number(), measured_on in date(), today in date(),
            ) {
                let accepted = Reading::parse(measured_on, value, today).is_ok();
                prop_assert_eq!(accepted, value.is_finite() && measured_on <= today);
            }

            #[test]
            fn a_trajectory_is_accepted_sorted_when_every_point_is_inside_and_dated_once(
                points in proptest::collection::vec((date(), number()), 0..12),
            ) {
                let figures = Figures {
                    baseline: 0.0,
                    baseline_on: day(2005),
                    target: 10.0,
                    target_on: day(2035),
                    tolerance: 0.1,
                };
                let inputs = points
                    .iter()
                    .map(|&(d, value)| TrajectoryPointInput { planned_on: Date(d), value })
                    .collect();
                let mut dates: Vec<NaiveDate> = points.iter().map(|p| p.0).collect();
                dates.sort();
                let holds = points.iter().all(|&(d, v)| {
                    v.is_finite() && figures.baseline_on < d && d < figures.target_on
                }) && dates.windows(2).all(|w| w[0] != w[1]);
                match checked_trajectory(inputs, &figures) {
                    Ok(accepted) => {
                        prop_assert!(holds);
                        prop_assert_eq!(accepted.iter().map(|p| p.0).collect::<Vec<_>>(), dates);
                    }
                    Err(errors) => {
                        prop_assert!(!holds);
                        prop_assert!(errors.iter().all(|e| e.field.as_deref() == Some("points")));
                    }
                }
            }
        }
    }
}
