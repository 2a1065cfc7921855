//! The PART_OF hierarchy as at a date, in memory: the scope of an organisation (itself and
//! everything PART_OF it, transitively) and the region an organisation belongs to. It is read
//! once per roll-up snapshot (one statement, with the same validity rule as
//! [`crate::organisations::descendants`]), so scoping thousands of commitments needs no more.

use std::collections::{HashMap, HashSet};

/// Who is PART_OF whom, as at one date.
#[derive(Debug, Default)]
pub struct Hierarchy {
    parents: HashMap<i32, Vec<i32>>,
    children: HashMap<i32, Vec<i32>>,
    regions: HashSet<i32>,
}

impl Hierarchy {
    /// The hierarchy of `part_of` edges (child, parent), where `regions` are the organisations
    /// of the regional tier (REGIONAL_TEAM, or STRATEGIC_HEALTH_AUTHORITY before 2013).
    pub fn new(part_of: &[(i32, i32)], regions: &[i32]) -> Self {
        let mut parents: HashMap<i32, Vec<i32>> = HashMap::new();
        let mut children: HashMap<i32, Vec<i32>> = HashMap::new();
        for &(child, parent) in part_of {
            parents.entry(child).or_default().push(parent);
            children.entry(parent).or_default().push(child);
        }
        Self {
            parents,
            children,
            regions: regions.iter().copied().collect(),
        }
    }

    /// `root` and every organisation PART_OF it, directly or through others. A cycle in the
    /// data ends the walk rather than looping.
    pub fn with_descendants(&self, root: i32) -> HashSet<i32> {
        let mut seen = HashSet::from([root]);
        let mut level = vec![root];
        while !level.is_empty() {
            level = level
                .iter()
                .filter_map(|o| self.children.get(o))
                .flatten()
                .copied()
                .filter(|c| seen.insert(*c))
                .collect();
        }
        seen
    }

    /// The region `organisation` is PART_OF, transitively (itself, if it is a region). When
    /// the data puts it in several, the nearest wins, and of equally near ones the lowest key,
    /// so that every commitment counts in exactly one region.
    pub fn region_of(&self, organisation: i32) -> Option<i32> {
        let mut seen = HashSet::from([organisation]);
        let mut level = vec![organisation];
        while !level.is_empty() {
            if let Some(region) = level.iter().filter(|o| self.regions.contains(o)).min() {
                return Some(*region);
            }
            level = level
                .iter()
                .filter_map(|o| self.parents.get(o))
                .flatten()
                .copied()
                .filter(|p| seen.insert(*p))
                .collect();
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Region 1 > area 10 > trusts 100, 101; region 2 > area 20 > practice 200; 300 is in
    /// no region; 400 and 401 are PART_OF each other; 500 is PART_OF both areas.
    fn hierarchy() -> Hierarchy {
        Hierarchy::new(
            &[
                (10, 1),
                (100, 10),
                (101, 10),
                (20, 2),
                (200, 20),
                (400, 401),
                (401, 400),
                (500, 20),
                (500, 10),
            ],
            &[1, 2],
        )
    }

    #[test]
    fn scope_is_the_organisation_and_everything_part_of_it() {
        let h = hierarchy();
        let set = |ids: &[i32]| ids.iter().copied().collect::<HashSet<i32>>();
        assert_eq!(h.with_descendants(1), set(&[1, 10, 100, 101, 500]));
        assert_eq!(h.with_descendants(20), set(&[20, 200, 500]));
        assert_eq!(h.with_descendants(100), set(&[100]));
        assert_eq!(h.with_descendants(400), set(&[400, 401]), "a cycle ends");
    }

    #[test]
    fn region_of_each_organisation() {
        let h = hierarchy();
        let cases = [
            ("a trust through its area", 100, Some(1)),
            ("a practice", 200, Some(2)),
            ("a region is its own", 2, Some(2)),
            ("no region", 300, None),
            ("a cycle without a region", 400, None),
            (
                "two regions at the same distance: the lowest key",
                500,
                Some(1),
            ),
        ];
        for (name, org, expected) in cases {
            assert_eq!(h.region_of(org), expected, "{name}");
        }
    }
}
