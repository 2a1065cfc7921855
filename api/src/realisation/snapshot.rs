//! A programme's figures as at a date: every commitment assessed once (through
//! [`super::inputs`]), in the groupings the roll-ups read (by benefit, by region, by scope),
//! with the hierarchy and eligibility they need. Snapshots are immutable and shared: one is
//! computed per programme, date and data version, and every roll-up field reads it.

use std::collections::{BTreeSet, HashMap};
use std::ops::Range;
use std::sync::OnceLock;

use chrono::NaiveDate;
use entity::{benefit, measurement, trajectory_point};

use super::hierarchy::Hierarchy;
use super::inputs::{self, CommitmentRows};
use super::store::ProgrammeRows;
use crate::analytics::{self, CommitmentFigures, Coverage, Realisation, Rollup};

/// One commitment of the programme with its figures.
#[derive(Debug, Clone)]
pub struct Item {
    /// The commitment's key.
    pub commitment: i32,
    /// The committed organisation's key.
    pub organisation: i32,
    /// The position of its benefit in [`Snapshot::benefits`].
    pub benefit: usize,
    /// The region its organisation is PART_OF as at the date.
    pub region: Option<i32>,
    /// Its figures as at the date.
    pub figures: CommitmentFigures,
}

/// A programme's figures as at a date.
#[derive(Debug)]
pub struct Snapshot {
    /// The date.
    pub as_at: NaiveDate,
    /// The programme's benefits, by code.
    pub benefits: Vec<benefit::Model>,
    /// Every commitment, grouped by benefit in the order of `benefits`, then by organisation.
    pub items: Vec<Item>,
    /// `items[spans[i]]` are the commitments to `benefits[i]`.
    spans: Vec<Range<usize>>,
    /// The organisations eligible for each benefit (see [`super::store::ProgrammeRows`]).
    eligible: Vec<BTreeSet<i64>>,
    hierarchy: Hierarchy,
    /// Coverage of (organisation, benefit) pairs over the whole programme, computed once.
    programme_coverage: OnceLock<Coverage>,
}

impl Snapshot {
    /// Assesses every commitment of `rows` as at `as_at`.
    pub fn build(rows: ProgrammeRows, as_at: NaiveDate) -> Self {
        let position: HashMap<i32, usize> = rows
            .benefits
            .iter()
            .enumerate()
            .map(|(i, b)| (b.id, i))
            .collect();
        let mut trajectories: HashMap<i32, Vec<trajectory_point::Model>> = HashMap::new();
        for point in rows.trajectory {
            trajectories
                .entry(point.commitment_id)
                .or_default()
                .push(point);
        }
        let latest: HashMap<i32, measurement::Model> = rows
            .latest
            .into_iter()
            .map(|m| (m.commitment_id, m))
            .collect();
        let hierarchy = Hierarchy::new(&rows.part_of, &rows.regions);
        let mut regions: HashMap<i32, Option<i32>> = HashMap::new();
        let mut items: Vec<Item> = rows
            .commitments
            .iter()
            .filter_map(|c| {
                let b = *position.get(&c.benefit_id)?;
                let measured = latest.get(&c.id);
                let rows = CommitmentRows {
                    commitment: c,
                    trajectory: trajectories.get(&c.id).map_or(&[], Vec::as_slice),
                    measurements: measured.map_or(&[], std::slice::from_ref),
                    direction: rows.benefits[b].direction,
                };
                let region = *regions
                    .entry(c.organisation_id)
                    .or_insert_with(|| hierarchy.region_of(c.organisation_id));
                Some(Item {
                    commitment: c.id,
                    organisation: c.organisation_id,
                    benefit: b,
                    region,
                    figures: rows.figures(as_at),
                })
            })
            .collect();
        items.sort_by_key(|i| (i.benefit, i.organisation, i.commitment));
        let spans = (0..rows.benefits.len())
            .map(|b| {
                let start = items.partition_point(|i| i.benefit < b);
                let end = items.partition_point(|i| i.benefit <= b);
                start..end
            })
            .collect();
        let mut eligible = vec![BTreeSet::new(); rows.benefits.len()];
        for (organisation, benefit) in rows.eligible {
            if let Some(b) = position.get(&benefit) {
                eligible[*b].insert(i64::from(organisation));
            }
        }
        Self {
            as_at,
            benefits: rows.benefits,
            items,
            spans,
            eligible,
            hierarchy,
            programme_coverage: OnceLock::new(),
        }
    }

    /// The position of a benefit in [`Self::benefits`].
    pub fn benefit_position(&self, benefit: i32) -> Option<usize> {
        self.benefits.iter().position(|b| b.id == benefit)
    }

    /// The positions in [`Self::items`] of the commitments to the benefit at `position`.
    pub fn span(&self, position: usize) -> Range<usize> {
        self.spans.get(position).cloned().unwrap_or(0..0)
    }

    /// The commitments to the benefit at `position`.
    pub fn items_of_benefit(&self, position: usize) -> &[Item] {
        self.items.get(self.span(position)).unwrap_or_default()
    }

    /// The realisation of the benefit at `position` over `items` (all of them its own).
    pub fn realisation<'a>(
        &self,
        position: usize,
        items: impl IntoIterator<Item = &'a Item>,
    ) -> Realisation {
        let rollup = self
            .benefits
            .get(position)
            .map_or(Rollup::Sum, |b| inputs::rollup(b.rollup));
        analytics::realisation(rollup, &figures(items))
    }

    /// The positions in [`Self::items`] of the commitments of `root` and of every organisation
    /// PART_OF it as at the date.
    pub fn scope(&self, root: i32) -> Vec<usize> {
        let organisations = self.hierarchy.with_descendants(root);
        (0..self.items.len())
            .filter(|i| organisations.contains(&self.items[*i].organisation))
            .collect()
    }

    /// The positions in [`Self::items`] grouped by region, in the order of the regions' keys,
    /// the organisations in no region last.
    pub fn by_region(&self) -> Vec<(Option<i32>, Vec<usize>)> {
        let mut groups: HashMap<Option<i32>, Vec<usize>> = HashMap::new();
        for (i, item) in self.items.iter().enumerate() {
            groups.entry(item.region).or_default().push(i);
        }
        let mut groups: Vec<(Option<i32>, Vec<usize>)> = groups.into_iter().collect();
        groups.sort_by_key(|(region, _)| (region.is_none(), *region));
        groups
    }

    /// Coverage of the benefit at `position`: its eligible organisations against those with a
    /// live commitment to it.
    pub fn coverage(&self, position: usize) -> Coverage {
        let committed: BTreeSet<i64> = self
            .items_of_benefit(position)
            .iter()
            .filter(|i| i.figures.state.is_live())
            .map(|i| i64::from(i.organisation))
            .collect();
        let none = BTreeSet::new();
        analytics::coverage(self.eligible.get(position).unwrap_or(&none), &committed)
    }

    /// Coverage over the whole programme, counted in (organisation, benefit) pairs: how many
    /// of the pairs where the benefit is achievable have a live commitment.
    pub fn programme_coverage(&self) -> &Coverage {
        self.programme_coverage.get_or_init(|| {
            // A pair is one number: the benefit's position in the high bits.
            let pair = |benefit: usize, organisation: i64| ((benefit as i64) << 32) | organisation;
            let eligible: BTreeSet<i64> = self
                .eligible
                .iter()
                .enumerate()
                .flat_map(|(b, orgs)| orgs.iter().map(move |o| pair(b, *o)))
                .collect();
            let committed: BTreeSet<i64> = self
                .items
                .iter()
                .filter(|i| i.figures.state.is_live())
                .map(|i| pair(i.benefit, i64::from(i.organisation)))
                .collect();
            analytics::coverage(&eligible, &committed)
        })
    }
}

/// The figures of `items`, for the roll-up functions.
pub fn figures<'a>(items: impl IntoIterator<Item = &'a Item>) -> Vec<CommitmentFigures> {
    items.into_iter().map(|i| i.figures.clone()).collect()
}
