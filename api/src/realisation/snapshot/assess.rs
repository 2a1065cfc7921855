//! Each commitment of a programme assessed as at a date, from its rows: its trajectory, its
//! latest effective measurement and the region its organisation is PART_OF.

use std::collections::HashMap;

use chrono::NaiveDate;
use entity::benefit;

use super::Item;
use crate::realisation::hierarchy::Hierarchy;
use crate::realisation::inputs::{CommitmentColumns, CommitmentRows, PlannedValue, RecordedValue};

/// Each commitment's trajectory points, found by binary search in the points (read in
/// commitment order) rather than grouped in a map: a national programme has 300,000 points.
struct Plans<'a> {
    points: &'a [PlannedValue],
}

impl<'a> Plans<'a> {
    fn new(points: &'a [PlannedValue]) -> Self {
        debug_assert!(points.is_sorted_by_key(|p| p.commitment_id));
        Self { points }
    }

    /// The points of `commitment`.
    fn of(&self, commitment: i32) -> &'a [PlannedValue] {
        let start = self
            .points
            .partition_point(|p| p.commitment_id < commitment);
        let rest = &self.points[start..];
        &rest[..rest.partition_point(|p| p.commitment_id == commitment)]
    }
}

/// Each of `commitments` assessed as at `as_at`, with its trajectory (`trajectory`, in
/// commitment order) and its latest effective measurement (`latest`).
pub(super) fn assess(
    benefits: &[benefit::Model],
    hierarchy: &Hierarchy,
    commitments: &[CommitmentColumns],
    trajectory: &[PlannedValue],
    latest: Vec<RecordedValue>,
    as_at: NaiveDate,
) -> Vec<Item> {
    let position: HashMap<i32, usize> = benefits
        .iter()
        .enumerate()
        .map(|(i, b)| (b.id, i))
        .collect();
    let latest: HashMap<i32, RecordedValue> =
        latest.into_iter().map(|m| (m.commitment_id, m)).collect();
    let mut regions: HashMap<i32, Option<i32>> = HashMap::new();
    let plans = Plans::new(trajectory);
    let mut items: Vec<Item> = Vec::with_capacity(commitments.len());
    for c in commitments {
        let Some(&b) = position.get(&c.benefit_id) else {
            continue;
        };
        let series = CommitmentRows {
            commitment: c,
            trajectory: plans.of(c.id),
            measurements: latest.get(&c.id).map_or(&[], std::slice::from_ref),
            direction: benefits[b].direction,
        };
        let region = *regions
            .entry(c.organisation_id)
            .or_insert_with(|| hierarchy.region_of(c.organisation_id));
        items.push(Item {
            commitment: c.id,
            organisation: c.organisation_id,
            benefit: b,
            owner: c.owner_id,
            baseline_on: c.baseline_on,
            target_on: c.target_on,
            region,
            figures: series.figures(as_at),
        });
    }
    items
}
