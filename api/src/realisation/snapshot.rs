//! A programme's figures as at a date: every commitment assessed once (through
//! [`super::inputs`]) and the roll-ups a dashboard reads (the programme's, each region's, each
//! benefit's) computed once, with the hierarchy and eligibility that other scopes need.
//! Snapshots are immutable and shared: one per programme, date and data version.

use std::collections::{BTreeSet, HashMap};
use std::ops::Range;
use std::sync::{Arc, Mutex};

use chrono::NaiveDate;
use entity::benefit;

use super::hierarchy::Hierarchy;
use super::inputs;
use super::store::ProgrammeRows;
use crate::analytics::{self, CommitmentFigures, Coverage, Realisation, Rollup};
use crate::live::AuditPosition;

mod assess;
mod patch;

use assess::assess;
pub use patch::{Patch, patch_for};

/// Scopes whose roll-ups a snapshot remembers (regions, areas, trusts a dashboard opens).
const REMEMBERED_SCOPES: usize = 256;

/// One commitment of the programme with its figures.
#[derive(Debug, Clone)]
pub struct Item {
    /// The commitment's key.
    pub commitment: i32,
    /// The committed organisation's key.
    pub organisation: i32,
    /// The position of its benefit in [`Snapshot::benefits`].
    pub benefit: usize,
    /// Its named owner as at the date.
    pub owner: Option<i32>,
    /// The date of its baseline.
    pub baseline_on: NaiveDate,
    /// The date its target is due.
    pub target_on: NaiveDate,
    /// The region its organisation is PART_OF as at the date.
    pub region: Option<i32>,
    /// Its figures as at the date.
    pub figures: CommitmentFigures,
}

/// The roll-ups of a set of commitments.
#[derive(Debug, Clone)]
pub struct Aggregate {
    /// RAG and status counts over every benefit (counts do not depend on the rule).
    pub counts: Realisation,
    /// Each benefit's realisation, in the order of [`Snapshot::benefits`].
    pub by_benefit: Vec<Realisation>,
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
    /// The whole programme.
    pub programme: Aggregate,
    /// Each region's commitments (`None`: organisations in no region), by region key, the
    /// organisations in no region last.
    pub regions: Vec<(Option<i32>, Arc<Aggregate>)>,
    /// The local ownership index over every live commitment.
    pub ownership_index: Option<f64>,
    /// Coverage in (organisation, benefit) pairs over the whole programme.
    pub programme_coverage: Coverage,
    /// `items[spans[i]]` are the commitments to `benefits[i]`.
    spans: Vec<Range<usize>>,
    /// The organisations eligible for each benefit (see [`ProgrammeRows`]).
    eligible: Arc<Vec<BTreeSet<i64>>>,
    hierarchy: Arc<Hierarchy>,
    /// How far the rows had seen the audit trail (see [`AuditPosition`]).
    position: AuditPosition,
    scopes: Mutex<HashMap<i32, Arc<Aggregate>>>,
}

impl Snapshot {
    /// Assesses every commitment of `rows` as at `as_at` and rolls them up; `position` is how
    /// far the rows had seen the audit trail, for updating the snapshot later.
    pub fn build(rows: ProgrammeRows, as_at: NaiveDate, position: AuditPosition) -> Self {
        let hierarchy = Arc::new(Hierarchy::new(&rows.part_of, &rows.regions));
        let items = assess(
            &rows.benefits,
            &hierarchy,
            &rows.commitments,
            &rows.trajectory,
            rows.latest,
            as_at,
        );
        let mut eligible = vec![BTreeSet::new(); rows.benefits.len()];
        for (organisation, benefit) in rows.eligible {
            if let Some(b) = rows.benefits.iter().position(|x| x.id == benefit) {
                eligible[b].insert(i64::from(organisation));
            }
        }
        Self::rolled_up(
            as_at,
            rows.benefits,
            items,
            Arc::new(eligible),
            hierarchy,
            position,
        )
    }

    /// The snapshot of `items` (in any order): sorted, grouped by benefit and rolled up.
    fn rolled_up(
        as_at: NaiveDate,
        benefits: Vec<benefit::Model>,
        mut items: Vec<Item>,
        eligible: Arc<Vec<BTreeSet<i64>>>,
        hierarchy: Arc<Hierarchy>,
        position: AuditPosition,
    ) -> Self {
        items.sort_unstable_by_key(|i| (i.benefit, i.organisation, i.commitment));
        let spans = (0..benefits.len())
            .map(|b| {
                items.partition_point(|i| i.benefit < b)..items.partition_point(|i| i.benefit <= b)
            })
            .collect();
        let programme = aggregate(&benefits, items.iter());
        let regions = by_region(&benefits, &items);
        let all = figures(&items);
        Self {
            as_at,
            programme,
            regions,
            ownership_index: analytics::local_ownership_index(&all),
            programme_coverage: programme_coverage(&items, &eligible),
            benefits,
            items,
            spans,
            eligible,
            hierarchy,
            position,
            scopes: Mutex::new(HashMap::new()),
        }
    }

    /// The position of a benefit in [`Self::benefits`].
    pub fn benefit_position(&self, benefit: i32) -> Option<usize> {
        self.benefits.iter().position(|b| b.id == benefit)
    }

    /// The roll-ups of the commitments of `root` and of every organisation PART_OF it as at
    /// the date, remembered for the snapshot's life.
    pub fn scope(&self, root: i32) -> Arc<Aggregate> {
        let remembered = |scopes: &HashMap<i32, Arc<Aggregate>>| scopes.get(&root).cloned();
        if let Ok(scopes) = self.scopes.lock()
            && let Some(found) = remembered(&scopes)
        {
            return found;
        }
        let organisations = self.hierarchy.with_descendants(root);
        let computed = Arc::new(aggregate(
            &self.benefits,
            self.items
                .iter()
                .filter(|i| organisations.contains(&i.organisation)),
        ));
        if let Ok(mut scopes) = self.scopes.lock()
            && scopes.len() < REMEMBERED_SCOPES
        {
            scopes.insert(root, computed.clone());
        }
        computed
    }

    /// Whether `organisation` has a LIVE deployment of a service enabling the benefit at
    /// `position` (it is eligible for it, in coverage's terms).
    pub fn enabled(&self, position: usize, organisation: i32) -> bool {
        self.eligible
            .get(position)
            .is_some_and(|e| e.contains(&i64::from(organisation)))
    }

    /// `root` and every organisation PART_OF it as at the snapshot's date.
    pub fn within(&self, root: i32) -> std::collections::HashSet<i32> {
        self.hierarchy.with_descendants(root)
    }

    /// Coverage of the benefit at `position`: its eligible organisations against those with a
    /// live commitment to it.
    pub fn coverage(&self, position: usize) -> Coverage {
        let span = self.spans.get(position).cloned().unwrap_or(0..0);
        let committed: BTreeSet<i64> = self.items[span]
            .iter()
            .filter(|i| i.figures.state.is_live())
            .map(|i| i64::from(i.organisation))
            .collect();
        let none = BTreeSet::new();
        analytics::coverage(self.eligible.get(position).unwrap_or(&none), &committed)
    }
}

/// The roll-ups of `items` under the rules of `benefits`.
fn aggregate<'a>(benefits: &[benefit::Model], items: impl Iterator<Item = &'a Item>) -> Aggregate {
    let mut groups: Vec<Vec<CommitmentFigures>> = vec![Vec::new(); benefits.len()];
    for item in items {
        if let Some(group) = groups.get_mut(item.benefit) {
            group.push(item.figures.clone());
        }
    }
    let by_benefit = benefits
        .iter()
        .zip(&groups)
        .map(|(b, group)| analytics::realisation(inputs::rollup(b.rollup), group))
        .collect();
    let all: Vec<CommitmentFigures> = groups.into_iter().flatten().collect();
    Aggregate {
        counts: analytics::realisation(Rollup::Sum, &all),
        by_benefit,
    }
}

/// The roll-ups of each region's commitments, by region key, those in no region last.
fn by_region(benefits: &[benefit::Model], items: &[Item]) -> Vec<(Option<i32>, Arc<Aggregate>)> {
    // One pass to group, rather than one pass over every commitment per region.
    let mut groups: HashMap<Option<i32>, Vec<&Item>> = HashMap::new();
    for item in items {
        groups.entry(item.region).or_default().push(item);
    }
    let mut regions: Vec<(Option<i32>, Vec<&Item>)> = groups.into_iter().collect();
    regions.sort_by_key(|(r, _)| (r.is_none(), *r));
    regions
        .into_iter()
        .map(|(region, of_region)| (region, Arc::new(aggregate(benefits, of_region.into_iter()))))
        .collect()
}

/// Coverage counted in (organisation, benefit) pairs: how many of the pairs where the
/// benefit is achievable have a live commitment.
fn programme_coverage(items: &[Item], eligible: &[BTreeSet<i64>]) -> Coverage {
    // A pair is one number: the benefit's position in the high bits.
    let pair = |benefit: usize, organisation: i64| ((benefit as i64) << 32) | organisation;
    let eligible: BTreeSet<i64> = eligible
        .iter()
        .enumerate()
        .flat_map(|(b, orgs)| orgs.iter().map(move |o| pair(b, *o)))
        .collect();
    let committed: BTreeSet<i64> = items
        .iter()
        .filter(|i| i.figures.state.is_live())
        .map(|i| pair(i.benefit, i64::from(i.organisation)))
        .collect();
    analytics::coverage(&eligible, &committed)
}

/// The figures of `items`, for the roll-up functions.
fn figures<'a>(items: impl IntoIterator<Item = &'a Item>) -> Vec<CommitmentFigures> {
    items.into_iter().map(|i| i.figures.clone()).collect()
}
