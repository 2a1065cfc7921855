//! Derived figures: pure functions over plain values, with no database access.
//!
//! Everything here follows the "Derived figures" section of DESIGN.md and is computed "as at"
//! a date `d`, so every code path (API, exports, front end) gets identical numbers:
//!
//! - [`plan`]: the planned value of a commitment on a date (baseline, trajectory, target);
//! - [`measurements`]: the effective measurement series once corrections are applied;
//! - [`progress`]: progress, planned progress, variance and RAG for one commitment;
//! - [`forecast`](mod@forecast): the least-squares forecast at the target date, and whether
//!   it is on track;
//! - [`spc`]: the NHS "Making Data Count" XmR analysis (NHSRplotthedots rules);
//! - [`rollup`]: roll-ups over many commitments, the local ownership index and coverage.
//!
//! Floating point: comparisons that decide a category (a RAG boundary, a side of the mean, a
//! process limit, on-track) allow for rounding noise of about one part in 10^9 (the private
//! helper `exceeds`), so that a figure that is exactly on a boundary in decimal arithmetic is
//! treated as on it, whichever way the binary arithmetic happened to round.

pub mod forecast;
pub mod measurements;
pub mod plan;
pub mod progress;
pub mod rollup;
pub mod spc;

pub use forecast::{forecast, on_track_to_target};
pub use measurements::{MeasuredValue, effective_series, latest_on_or_before};
pub use plan::{Direction, Plan};
pub use progress::{Progress, Rag, assess};
pub use rollup::{
    CommitmentFigures, CommitmentState, Coverage, RagCounts, Realisation, Rollup, StatusCounts,
    coverage, local_ownership_index, realisation,
};
pub use spc::{
    Assurance, SpcAnalysis, SpcPoint, Variation, analyse, per_period, planned_per_period,
};

/// Relative size of the rounding noise that category decisions ignore.
const EPSILON: f64 = 1e-9;

/// Whether `a` is greater than `b` by more than rounding noise.
///
/// The allowance is relative (scaled by the larger magnitude, and never below an absolute
/// 1e-9) because the same rule serves fractions such as progress and raw measures that may be
/// millions of pounds. `!exceeds(a, b)` reads as "a <= b, allowing for rounding".
pub(crate) fn exceeds(a: f64, b: f64) -> bool {
    a - b > EPSILON * a.abs().max(b.abs()).max(1.0)
}

/// Helpers shared by the test modules of the analytics tree.
#[cfg(test)]
pub(crate) mod test_support {
    use chrono::{Days, NaiveDate};

    /// A calendar date; panics on an impossible one, which is a bug in the test.
    pub(crate) fn date(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).expect("a valid calendar date")
    }

    /// Day `n` counted from 1 January 2024 (day 0), for series where only spacing matters.
    pub(crate) fn day(n: u64) -> NaiveDate {
        date(2024, 1, 1)
            .checked_add_days(Days::new(n))
            .expect("a date within chrono's range")
    }

    /// Whether two figures agree to 1e-9, for results that went through division.
    pub(crate) fn close(a: f64, b: f64) -> bool {
        (a - b).abs() < 1e-9
    }
}

#[cfg(test)]
mod tests {
    use super::exceeds;

    #[test]
    fn exceeds_ignores_rounding_noise_but_not_real_differences() {
        let cases = [
            // 0.8 - 0.7 is 0.10000000000000009 in binary: noise, not more than 0.1.
            (0.8 - 0.7, 0.1, false),
            (0.1, 0.1, false),
            (0.100_001, 0.1, true),
            // Relative: 1e-6 on a million is noise, 1.0 on a million is not.
            (1_000_000.000_000_1, 1_000_000.0, false),
            (1_000_001.0, 1_000_000.0, true),
            (-1.0, 0.0, false),
        ];
        for (a, b, expected) in cases {
            assert_eq!(exceeds(a, b), expected, "exceeds({a}, {b})");
        }
    }
}
