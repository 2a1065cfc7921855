//! Each caller's budget: a bucket of cost points that refills over time.

use std::collections::HashMap;
use std::sync::Mutex;
use std::time::Instant;

/// How callers' budgets fill and refill.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Budget {
    /// The most a caller can spend at once, in cost points.
    pub capacity: f64,
    /// Points returned to each caller per second.
    pub refill_per_second: f64,
}

/// The default budget: a million points, refilled at 10,000 a second (a page of 100
/// organisations with their parents costs about 700; a dashboard two snapshots, 5,000).
pub const DEFAULT_BUDGET: Budget = Budget {
    capacity: 1_000_000.0,
    refill_per_second: 10_000.0,
};

impl Budget {
    /// `points` refilled for `elapsed_seconds`, up to the capacity.
    fn refilled(self, points: f64, elapsed_seconds: f64) -> f64 {
        (points + elapsed_seconds * self.refill_per_second).min(self.capacity)
    }

    /// The seconds until `wanted` more points have refilled.
    fn wait_for(self, wanted: f64) -> f64 {
        wanted / self.refill_per_second.max(f64::MIN_POSITIVE)
    }
}

/// A caller's bucket: points left, as of `at`.
#[derive(Clone, Copy, Debug)]
struct Bucket {
    points: f64,
    at: Instant,
}

/// Every caller's bucket, shared by all requests.
#[derive(Debug)]
pub struct Budgets {
    budget: Budget,
    buckets: Mutex<HashMap<String, Bucket>>,
}

/// Charges `cost` to a bucket holding `points`, refilled for `elapsed_seconds` first: the
/// points left, or (charging nothing) the seconds until `cost` points are there.
pub fn charge(
    points: &mut f64,
    budget: Budget,
    cost: f64,
    elapsed_seconds: f64,
) -> Result<f64, f64> {
    *points = budget.refilled(*points, elapsed_seconds);
    if cost <= *points {
        *points -= cost;
        Ok(*points)
    } else {
        Err(budget.wait_for(cost - *points))
    }
}

impl Bucket {
    /// The seconds since the bucket was last filled or charged, which it now is as of `now`.
    fn elapsed(&mut self, now: Instant) -> f64 {
        let elapsed = now.duration_since(self.at).as_secs_f64();
        self.at = now;
        elapsed
    }
}

impl Budgets {
    /// Full buckets for everyone, as `budget` says.
    pub fn new(budget: Budget) -> Self {
        Self {
            budget,
            buckets: Mutex::new(HashMap::new()),
        }
    }

    /// The seconds `caller` must wait while their bucket is in debt (see [`Self::penalise`]).
    pub fn in_debt(&self, caller: &str) -> Option<f64> {
        let now = Instant::now();
        let mut buckets = self.buckets.lock().unwrap_or_else(|p| p.into_inner());
        let bucket = buckets.get_mut(caller)?;
        bucket.points = self.budget.refilled(bucket.points, bucket.elapsed(now));
        (bucket.points < 0.0).then(|| self.budget.wait_for(-bucket.points))
    }

    /// Takes `cost` from `caller` for a request refused as too costly, down to a debt of one
    /// whole budget: whoever sends such requests waits before the next is even read.
    pub(super) fn penalise(&self, caller: &str, cost: usize) {
        let now = Instant::now();
        let mut buckets = self.buckets.lock().unwrap_or_else(|p| p.into_inner());
        let bucket = self.bucket_of(&mut buckets, caller, now);
        let refilled = self.budget.refilled(bucket.points, bucket.elapsed(now));
        bucket.points = (refilled - cost as f64).max(-self.budget.capacity);
    }

    /// Charges `cost` to `caller`: the points left, or the seconds to wait.
    pub fn spend(&self, caller: &str, cost: usize) -> Result<f64, f64> {
        let now = Instant::now();
        let mut buckets = self.buckets.lock().unwrap_or_else(|p| p.into_inner());
        let bucket = self.bucket_of(&mut buckets, caller, now);
        let elapsed = bucket.elapsed(now);
        let result = charge(&mut bucket.points, self.budget, cost as f64, elapsed);
        // A full bucket is the default: forget it, so the map holds only recent spenders.
        if bucket.points >= self.budget.capacity {
            buckets.remove(caller);
        }
        result
    }

    /// `caller`'s bucket: a full one for a caller not seen lately.
    fn bucket_of<'a>(
        &self,
        buckets: &'a mut HashMap<String, Bucket>,
        caller: &str,
        now: Instant,
    ) -> &'a mut Bucket {
        buckets.entry(caller.to_owned()).or_insert(Bucket {
            points: self.budget.capacity,
            at: now,
        })
    }
}
