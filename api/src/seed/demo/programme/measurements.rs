//! The plans and monthly measurement series of the commitments, generated without randomness.
//!
//! Each benefit has one plan window (baseline date, target date, trajectory as fractions of
//! the way from baseline to target, and the months that are measured). A commitment's series
//! is a closed-form shape scaled to its baseline and target, with a little noise from a
//! fixed-seed xorshift, whose *last* point lands exactly on the progress its [`Aim`] names.
//! Every target date and measurement is on or before 2011-12-31, so from 2012-01-01 on the
//! planned progress is 1 and the RAG of a commitment is its aim, whenever it is computed.

use anyhow::Context;
use chrono::{Days, Months, NaiveDate};

use super::benefits::BenefitRow;
use super::{Ymd, day};

/// The RAG a commitment's last measurement shows once its target date has passed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Aim {
    /// Target reached (progress 1.06).
    Blue,
    /// Short of target by half the tolerance.
    Green,
    /// Short of target by one and a half times the tolerance.
    Amber,
    /// Short of target by four times the tolerance.
    Red,
}

/// The shape of a commitment's monthly series, and where it ends.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Series {
    /// No measurement at all (NOT_MEASURED).
    Unmeasured,
    /// A noisy straight climb to the aim.
    Ramp(Aim),
    /// Reaches the aim by half way, then flat and noisy.
    Plateau(Aim),
    /// Flat near the baseline, then a step to the aim for the last 9 months: an SPC shift.
    Shift(Aim),
    /// Flat, then 8 months each better than the one before: an SPC trend.
    Trend(Aim),
    /// At the aim after 6 months, with one exceptional month half way: outside the limits.
    Spike(Aim),
    /// At the aim, give or take a little, from the first month: common-cause variation only.
    Steady(Aim),
    /// Well past the aim, then slips back to it for the last 8 months: a shift on the wrong
    /// side of the mean, so the latest point is a special-cause concern.
    Slip(Aim),
}

/// The plan window every commitment to a benefit shares: baseline date, target date, the
/// trajectory (date, fraction of the way from baseline to target), and the months measured.
type Window = (
    &'static str,
    Ymd,
    Ymd,
    &'static [(Ymd, f64)],
    (i32, u32),
    u32,
);

#[rustfmt::skip]
const WINDOWS: &[Window] = &[
    ("NPFIT-B01", (2006, 4, 1), (2009, 3, 31), &[((2007, 3, 31), 0.25), ((2008, 3, 31), 0.6)], (2006, 4), 36),
    ("NPFIT-B02", (2006, 10, 1), (2008, 9, 30), &[((2007, 6, 30), 0.35), ((2008, 3, 31), 0.75)], (2006, 10), 30),
    ("NPFIT-B03", (2006, 4, 1), (2009, 3, 31), &[((2007, 3, 31), 0.3), ((2008, 3, 31), 0.65)], (2006, 4), 36),
    ("NPFIT-B04", (2009, 4, 1), (2011, 9, 30), &[((2010, 3, 31), 0.3), ((2010, 12, 31), 0.7)], (2009, 4), 30),
    ("NPFIT-B05", (2008, 1, 1), (2009, 12, 31), &[((2008, 6, 30), 0.2), ((2009, 3, 31), 0.65)], (2008, 1), 24),
    ("NPFIT-B06", (2009, 4, 1), (2011, 3, 31), &[((2009, 12, 31), 0.3), ((2010, 6, 30), 0.55), ((2010, 12, 31), 0.9)], (2009, 4), 33),
    ("NPFIT-B07", (2008, 4, 1), (2010, 3, 31), &[((2008, 12, 31), 0.3), ((2009, 6, 30), 0.6)], (2008, 4), 24),
    ("NPFIT-B08", (2007, 4, 1), (2009, 3, 31), &[((2007, 12, 31), 0.3), ((2008, 9, 30), 0.7)], (2007, 4), 24),
    ("NPFIT-B09", (2007, 4, 1), (2010, 3, 31), &[((2008, 3, 31), 0.3), ((2009, 3, 31), 0.7)], (2007, 4), 36),
    ("NPFIT-B10", (2006, 10, 1), (2008, 3, 31), &[((2007, 3, 31), 0.3), ((2007, 9, 30), 0.7)], (2006, 10), 12),
    ("NPFIT-B11", (2009, 4, 1), (2011, 9, 30), &[((2010, 3, 31), 0.25), ((2010, 12, 31), 0.6)], (2009, 4), 30),
    ("NPFIT-B12", (2004, 4, 1), (2006, 3, 31), &[((2004, 12, 31), 0.35), ((2005, 9, 30), 0.75)], (2004, 4), 24),
    ("NPFIT-B13", (2010, 4, 1), (2011, 12, 31), &[((2010, 12, 31), 0.4), ((2011, 6, 30), 0.7)], (2010, 4), 21),
    ("NPFIT-B14", (2009, 4, 1), (2011, 12, 31), &[((2010, 3, 31), 0.2), ((2010, 12, 31), 0.55), ((2011, 6, 30), 0.8)], (2009, 4), 33),
];

/// Corrections: (organisation, benefit, month end measured, corrected value, note). Each
/// supersedes the value first reported for that commitment and date.
#[rustfmt::skip]
pub(super) const CORRECTIONS: &[(&str, &str, Ymd, f64, &str)] = &[
    ("RWP", "NPFIT-B01", (2008, 6, 30), 321_500.0, "Correction: the first return double-counted the May film invoice."),
    ("RTD", "NPFIT-B02", (2007, 11, 30), 1_150.0, "Correction: the first return was taken from an incomplete radiology system extract."),
    ("A81001", "NPFIT-B06", (2010, 9, 30), 41.5, "Correction: the first figure counted records queued for upload, not uploaded."),
    ("RJ1", "NPFIT-B08", (2008, 12, 31), 46_200.0, "Correction: franking costs of a second site added."),
];

/// What a commitment starts from, aims for and reports.
pub(super) struct Generated {
    pub(super) baseline_on: NaiveDate,
    pub(super) target_on: NaiveDate,
    /// Planned values between baseline and target.
    pub(super) trajectory: Vec<(NaiveDate, f64)>,
    /// Monthly values (month ends), with a note for exceptional months.
    pub(super) measurements: Vec<(NaiveDate, f64, Option<&'static str>)>,
}

/// The plan and series of one commitment; `seed` makes its noise its own.
pub(super) fn generate(
    benefit: &BenefitRow,
    baseline: f64,
    target: f64,
    tolerance: f64,
    series: Series,
    seed: u32,
) -> anyhow::Result<Generated> {
    let &(_, baseline_on, target_on, trajectory, (year, month), months) = WINDOWS
        .iter()
        .find(|w| w.0 == benefit.code)
        .with_context(|| format!("no plan window for {}", benefit.code))?;
    let places = decimal_places(benefit.unit);
    let value_at = |fraction: f64| round(baseline + (target - baseline) * fraction, places);
    let trajectory = trajectory
        .iter()
        .map(|&(on, fraction)| Ok((day(on)?, value_at(fraction))))
        .collect::<anyhow::Result<Vec<_>>>()?;
    let first = day((year, month, 1))?;
    let mut measurements = Vec::new();
    for (i, fraction) in fractions(series, tolerance, months as usize, seed)
        .into_iter()
        .enumerate()
    {
        let on = month_end(first, i as u32)?;
        let note = (series_spike_at(series, months as usize) == Some(i))
            .then_some("Exceptional month: reporting disrupted by a system outage.");
        measurements.push((on, value_at(fraction), note));
    }
    Ok(Generated {
        baseline_on: day(baseline_on)?,
        target_on: day(target_on)?,
        trajectory,
        measurements,
    })
}

/// The last day of the month `offset` months after `first` (a first of the month).
pub(super) fn month_end(first: NaiveDate, offset: u32) -> anyhow::Result<NaiveDate> {
    first
        .checked_add_months(Months::new(offset + 1))
        .and_then(|d| d.checked_sub_days(Days::new(1)))
        .with_context(|| format!("no month end {offset} months after {first}"))
}

/// Progress (fraction of the way from baseline to target) the last point of an aim shows.
fn final_progress(aim: Aim, tolerance: f64) -> f64 {
    match aim {
        Aim::Blue => 1.06,
        Aim::Green => 1.0 - 0.5 * tolerance,
        Aim::Amber => 1.0 - 1.5 * tolerance,
        Aim::Red => 1.0 - 4.0 * tolerance,
    }
}

fn series_spike_at(series: Series, n: usize) -> Option<usize> {
    matches!(series, Series::Spike(_)).then_some(n / 2)
}

/// The series as fractions of the way from baseline to target, one a month.
fn fractions(series: Series, tolerance: f64, n: usize, seed: u32) -> Vec<f64> {
    let mut rng = XorShift(seed | 1);
    let aim = match series {
        Series::Unmeasured => return Vec::new(),
        Series::Ramp(a)
        | Series::Plateau(a)
        | Series::Shift(a)
        | Series::Trend(a)
        | Series::Spike(a)
        | Series::Steady(a)
        | Series::Slip(a) => a,
    };
    let p = final_progress(aim, tolerance);
    let spike = series_spike_at(series, n);
    let mut out: Vec<f64> = (0..n)
        .map(|i| {
            let step = (i + 1) as f64;
            match series {
                Series::Ramp(_) => p * step / n as f64 + rng.noise(0.04),
                Series::Plateau(_) => p * (2.0 * step / n as f64).min(1.0) + rng.noise(0.03),
                Series::Shift(_) if i + 9 < n => 0.12 * p + rng.noise(0.03),
                Series::Shift(_) => p + rng.noise(0.02),
                Series::Trend(_) if i + 8 < n => 0.35 * p + rng.noise(0.03),
                // Eight strictly improving months, the last exactly at the aim.
                Series::Trend(_) => 0.35 * p + 0.65 * p * (i + 9 - n) as f64 / 8.0,
                Series::Spike(_) if Some(i) == spike => p - 0.6,
                Series::Spike(_) if i < 6 => p * step / 6.0,
                Series::Spike(_) => p + rng.noise(0.01),
                Series::Steady(_) => p + rng.noise(0.03),
                Series::Slip(_) if i + 8 < n => (p + 0.35).min(1.0) + rng.noise(0.02),
                Series::Slip(_) => p + rng.noise(0.02),
                Series::Unmeasured => 0.0,
            }
        })
        .collect();
    if let Some(last) = out.last_mut() {
        *last = p;
    }
    out
}

/// Decimal places a unit is reported to.
fn decimal_places(unit: &str) -> i32 {
    match unit {
        "GBP" | "minutes" | "hours" => 0,
        "%" | "per 100 admissions" => 1,
        _ => 2,
    }
}

fn round(value: f64, places: i32) -> f64 {
    let scale = 10f64.powi(places);
    (value * scale).round() / scale
}

/// Marsaglia's xorshift32: deterministic noise, the same on every platform.
struct XorShift(u32);

impl XorShift {
    /// A value in [-amplitude, amplitude].
    fn noise(&mut self, amplitude: f64) -> f64 {
        let mut x = self.0;
        x ^= x << 13;
        x ^= x >> 17;
        x ^= x << 5;
        self.0 = x;
        (f64::from(x) / f64::from(u32::MAX) * 2.0 - 1.0) * amplitude
    }
}
