//! The plan and monthly series of one commitment of the scale data set: pure functions of the
//! seed number and the commitment's natural key, so the same seed gives the same figures on
//! every backend and every run.

use chrono::{Days, Months, NaiveDate};

use super::catalogue::BenefitSpec;
use entity::enums::{Direction, Rollup};

/// Months measured, one value at each month end from the baseline month.
pub(super) const MONTHS: u32 = 24;

/// The plan window every commitment shares: baseline on 1 April 2024, target on 31 March 2026.
pub(super) fn baseline_on() -> NaiveDate {
    NaiveDate::from_ymd_opt(2024, 4, 1).unwrap_or_default()
}

/// See [`baseline_on`].
pub(super) fn target_on() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 3, 31).unwrap_or_default()
}

/// The trajectory as (date, fraction of the way from baseline to target).
fn trajectory_fractions() -> [(NaiveDate, f64); 3] {
    let d = |y, m, dd| NaiveDate::from_ymd_opt(y, m, dd).unwrap_or_default();
    [
        (d(2024, 12, 31), 0.3),
        (d(2025, 6, 30), 0.6),
        (d(2025, 12, 31), 0.85),
    ]
}

/// The last day of the `index`-th month (0-based) from the baseline month.
pub(super) fn month_end(index: u32) -> NaiveDate {
    baseline_on()
        .checked_add_months(Months::new(index + 1))
        .and_then(|d| d.checked_sub_days(Days::new(1)))
        .unwrap_or_default()
}

/// SplitMix64 (Steele, Lea and Flood): a fast, well-mixed, portable stream of numbers.
pub(super) struct Rng(u64);

impl Rng {
    /// The stream of `key` (an ODS code, a commitment's codes) under the seed number `seed`.
    pub(super) fn new(seed: u64, key: &str) -> Self {
        // FNV-1a of the key, so streams do not depend on database keys or insertion order.
        let hash = key.bytes().fold(0xcbf2_9ce4_8422_2325_u64, |h, b| {
            (h ^ u64::from(b)).wrapping_mul(0x0000_0100_0000_01b3)
        });
        let mut rng = Rng(seed ^ hash);
        rng.next_u64();
        rng
    }

    fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    /// A number in [0, 1).
    pub(super) fn unit(&mut self) -> f64 {
        (self.next_u64() >> 11) as f64 / (1u64 << 53) as f64
    }

    /// A number in [lo, hi).
    pub(super) fn between(&mut self, lo: f64, hi: f64) -> f64 {
        lo + (hi - lo) * self.unit()
    }
}

/// The plan and measurements of one commitment.
#[derive(Debug, Clone, PartialEq)]
pub(super) struct Generated {
    /// Baseline value.
    pub(super) baseline: f64,
    /// Target value.
    pub(super) target: f64,
    /// Planned values between baseline and target.
    pub(super) trajectory: Vec<(NaiveDate, f64)>,
    /// One value at each month end, [`MONTHS`] of them.
    pub(super) measurements: Vec<(NaiveDate, f64)>,
}

/// The course a commitment's measurements take.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Course {
    /// Follows the plan at its own pace, with noise.
    Paced,
    /// Barely moves for a year, then steps up: an SPC shift.
    Step,
    /// Flat, then improves month on month: an SPC trend.
    Late,
    /// Moves early, then stalls.
    Stalled,
}

/// The plan and series of the commitment of an organisation of `size` (a trust is 1, a
/// practice 0.1) to `spec`, drawn from `rng`.
pub(super) fn generate(spec: &BenefitSpec, size: f64, rng: &mut Rng) -> Generated {
    let places = decimal_places(spec.unit);
    let scale = match spec.rollup {
        Rollup::Sum => size * rng.between(0.6, 1.6),
        Rollup::Mean => rng.between(0.8, 1.2),
    };
    let amount = spec.baseline * scale;
    let (baseline, target) = match (spec.rollup, spec.direction) {
        // Amounts released start from nothing.
        (Rollup::Sum, Direction::Increase) => (0.0, round(amount, places)),
        (_, Direction::Increase) => (
            round(amount, places),
            round(amount * (1.0 + spec.change), places),
        ),
        (_, Direction::Decrease) => (
            round(amount, places),
            round(amount * (1.0 - spec.change), places),
        ),
    };
    let value_at = |fraction: f64| round(baseline + (target - baseline) * fraction, places);
    let trajectory = trajectory_fractions()
        .iter()
        .map(|&(on, f)| (on, value_at(f)))
        .collect();
    let course = match rng.unit() {
        u if u < 0.75 => Course::Paced,
        u if u < 0.85 => Course::Step,
        u if u < 0.93 => Course::Late,
        _ => Course::Stalled,
    };
    let pace = rng.between(0.55, 1.25);
    let measurements = (0..MONTHS)
        .map(|i| {
            let planned = planned_fraction(i);
            let fraction = match course {
                Course::Paced => planned * pace + rng.between(-0.04, 0.04),
                Course::Step if i < 12 => 0.1 * pace + rng.between(-0.03, 0.03),
                Course::Step => planned * pace + rng.between(-0.03, 0.03),
                Course::Late if i < 14 => 0.15 * pace + rng.between(-0.03, 0.03),
                // Each month a little better than the last: a trend of 10 points.
                Course::Late => pace * (0.15 + 0.09 * f64::from(i - 13)),
                Course::Stalled => pace * planned.min(0.4) + rng.between(-0.03, 0.03),
            };
            (month_end(i), value_at(fraction))
        })
        .collect();
    Generated {
        baseline,
        target,
        trajectory,
        measurements,
    }
}

/// The planned fraction at the end of month `index`: straight through the trajectory.
fn planned_fraction(index: u32) -> f64 {
    let on = month_end(index);
    let mut knots = vec![(baseline_on(), 0.0)];
    knots.extend(trajectory_fractions());
    knots.push((target_on(), 1.0));
    for pair in knots.windows(2) {
        let ((from, a), (to, b)) = (pair[0], pair[1]);
        if on <= to {
            let span = (to - from).num_days() as f64;
            return a + (b - a) * (on - from).num_days() as f64 / span;
        }
    }
    1.0
}

/// Decimal places a unit is reported to.
fn decimal_places(unit: &str) -> i32 {
    match unit {
        "GBP" | "minutes" | "hours" | "count" => 0,
        "%" | "per 100 admissions" => 1,
        _ => 2,
    }
}

fn round(value: f64, places: i32) -> f64 {
    let scale = 10f64.powi(places);
    (value * scale).round() / scale
}

#[cfg(test)]
mod tests {
    use super::super::catalogue::BENEFITS;
    use super::*;

    #[test]
    fn the_same_key_and_seed_give_the_same_commitment() {
        let spec = &BENEFITS[0];
        let a = generate(spec, 1.0, &mut Rng::new(7, "RWP/NHS-B01"));
        let b = generate(spec, 1.0, &mut Rng::new(7, "RWP/NHS-B01"));
        let c = generate(spec, 1.0, &mut Rng::new(8, "RWP/NHS-B01"));
        assert_eq!(a, b);
        assert_ne!(a, c);
    }

    #[test]
    fn every_commitment_has_a_plan_that_moves_and_24_month_ends() {
        for (i, spec) in BENEFITS.iter().enumerate() {
            let g = generate(spec, 0.1, &mut Rng::new(1, &format!("A81001/{i}")));
            assert_ne!(g.baseline, g.target, "{}", spec.title);
            assert_eq!(g.measurements.len(), MONTHS as usize);
            assert_eq!(g.trajectory.len(), 3);
        }
        assert_eq!(
            month_end(0),
            NaiveDate::from_ymd_opt(2024, 4, 30).unwrap_or_default()
        );
        assert_eq!(month_end(MONTHS - 1), target_on());
    }

    #[test]
    fn planned_fraction_passes_through_the_trajectory() {
        // Month 8 ends on 31 December 2024, a trajectory point at 0.3.
        assert!((planned_fraction(8) - 0.3).abs() < 1e-12);
        assert!((planned_fraction(MONTHS - 1) - 1.0).abs() < 1e-12);
    }

    #[test]
    fn unit_numbers_stay_in_range() {
        let mut rng = Rng::new(42, "range");
        for _ in 0..10_000 {
            let u = rng.unit();
            assert!((0.0..1.0).contains(&u));
        }
    }
}
