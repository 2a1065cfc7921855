#![allow(clippy::unwrap_used)]
use super::*;

fn day(y: i32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, 4, 1).unwrap()
}

fn figures() -> Figures {
    Figures {
        baseline: 10.0,
        baseline_on: day(2024),
        target: 20.0,
        target_on: day(2026),
        tolerance: DEFAULT_TOLERANCE,
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
    let p = |y, value| (day(y), value);
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
            let inputs = points.clone();
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
