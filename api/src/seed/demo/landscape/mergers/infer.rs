//! Which CCG merged into which, and when, read from what the files show (pure: the table tests
//! below give the cases by hand).
//!
//! - **Before the 2020 extract.** A CCG that commissions no open practice in 2020 merged
//!   into the CCG its neighbourhood's practices joined after 2013: the one most open practices
//!   in its own practices' postcode districts moved to (not joined on opening), on the day they
//!   moved. Each of those
//!   practices was the merged CCG's from 2013 until that day (where two merged CCGs shared a
//!   district, the one with more practices there).
//! - **Between the 2020 extract and the 2022 map.** A CCG that still commissions practices in
//!   2020 but is not in the 2022 map merged into the CCG most of its practices are under in the
//!   map, on the day that CCG was formed.

use std::collections::{BTreeMap, BTreeSet};

use chrono::NaiveDate;

/// A practice's commissioning, as an import recorded it.
#[derive(Clone, Debug)]
pub struct Commissioning {
    /// The practice.
    pub practice: i32,
    /// Its commissioner.
    pub ccg: i32,
    /// The day it joined.
    pub from: Option<NaiveDate>,
    /// The day the practice opened: joining then is opening, not moving.
    pub practice_opened: Option<NaiveDate>,
    /// Whether the practice is open and the link has no end.
    pub current: bool,
}

/// A CCG that merged into another, and the first day of the other's.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Merger {
    /// The CCG that merged.
    pub from: i32,
    /// The CCG it merged into.
    pub into: i32,
    /// The first day the practices were the other's.
    pub on: NaiveDate,
}

/// A practice's commissioner for a while, which no import recorded.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Spell {
    /// The practice.
    pub practice: i32,
    /// Its commissioner.
    pub ccg: i32,
    /// The first day.
    pub from: NaiveDate,
    /// The day after the last (the day its next commissioner's spell starts).
    pub to: NaiveDate,
}

/// The mergers before the 2020 extract, and the spells of the merged CCGs' practices.
///
/// `gone`: the CCGs that commissioned practices once but none now; `district`: each practice's postcode
/// district; `opened`: the CCGs' first day.
pub fn before_extract(
    gone: &BTreeSet<i32>,
    links: &[Commissioning],
    district: &dyn Fn(i32) -> Option<String>,
    opened: NaiveDate,
) -> (Vec<Merger>, Vec<Spell>) {
    // How many of each gone CCG's practices were in each district.
    let mut claims: BTreeMap<String, BTreeMap<i32, usize>> = BTreeMap::new();
    for link in links.iter().filter(|l| gone.contains(&l.ccg)) {
        if let Some(d) = district(link.practice) {
            *claims.entry(d).or_default().entry(link.ccg).or_default() += 1;
        }
    }
    // The current commissioning that began after the CCGs opened, by district.
    let joined_later: Vec<(&Commissioning, String, NaiveDate)> = links
        .iter()
        .filter(|l| l.current && !gone.contains(&l.ccg))
        .filter_map(|l| {
            let moved = |f: &NaiveDate| *f > opened && l.practice_opened.is_none_or(|o| *f > o);
            let from = l.from.filter(moved)?;
            Some((l, district(l.practice)?, from))
        })
        .collect();
    let mut mergers = Vec::new();
    for &ccg in gone {
        let mut votes: BTreeMap<(i32, NaiveDate), usize> = BTreeMap::new();
        for (link, d, from) in &joined_later {
            if claims.get(d).is_some_and(|c| c.contains_key(&ccg)) {
                *votes.entry((link.ccg, *from)).or_default() += 1;
            }
        }
        // The most votes; of a tie, the lowest key.
        if let Some(((into, on), _)) = votes
            .into_iter()
            .max_by(|a, b| a.1.cmp(&b.1).then(b.0.cmp(&a.0)))
        {
            mergers.push(Merger {
                from: ccg,
                into,
                on,
            });
        }
    }
    let mut spells = Vec::new();
    for (link, d, from) in &joined_later {
        let merged: BTreeSet<i32> = mergers
            .iter()
            .filter(|m| m.into == link.ccg && m.on == *from)
            .map(|m| m.from)
            .collect();
        // The district's own claim; where none of the merged CCGs had a practice there, the
        // nearest district of the same postcode area where one did.
        let claimed_by_merged = |d: &str| {
            claims
                .get(d)
                .is_some_and(|c| c.keys().any(|k| merged.contains(k)))
        };
        let here = if claimed_by_merged(d) {
            Some(d.as_str())
        } else {
            nearest(
                d,
                claims
                    .keys()
                    .map(String::as_str)
                    .filter(|c| claimed_by_merged(c)),
            )
        };
        let owner = here.and_then(|here| {
            claims[here]
                .iter()
                .filter(|(ccg, _)| merged.contains(ccg))
                .max_by(|a, b| a.1.cmp(b.1).then(b.0.cmp(a.0)))
        });
        if let Some((&ccg, _)) = owner {
            spells.push(Spell {
                practice: link.practice,
                ccg,
                from: opened,
                to: *from,
            });
        }
    }
    (mergers, spells)
}

/// The district of `candidates` in the same postcode area as `district` whose number is
/// closest to its (`"LS19"` is nearer `"LS18"` than `"LS6"`), if any; of a tie, the first.
pub fn nearest<'a>(district: &str, candidates: impl Iterator<Item = &'a str>) -> Option<&'a str> {
    let split = |d: &str| -> Option<(String, u32)> {
        let area: String = d.chars().take_while(char::is_ascii_alphabetic).collect();
        let number: String = d[area.len()..]
            .chars()
            .take_while(char::is_ascii_digit)
            .collect();
        Some((area, number.parse().ok()?))
    };
    let (area, number) = split(district)?;
    candidates
        .filter_map(|c| {
            let (a, n) = split(c)?;
            (a == area).then_some((c, n.abs_diff(number)))
        })
        .min_by_key(|(_, distance)| *distance)
        .map(|(c, _)| c)
}

/// The mergers after the 2020 extract: each CCG with current commissioning that the map does
/// not list, into the CCG most of its practices are under in the map (`mapped`), on the day
/// `formed` gives for that CCG.
pub fn after_extract(
    links: &[Commissioning],
    listed: &BTreeSet<i32>,
    mapped: &BTreeMap<i32, i32>,
    formed: &dyn Fn(i32) -> NaiveDate,
) -> Vec<Merger> {
    let mut votes: BTreeMap<i32, BTreeMap<i32, usize>> = BTreeMap::new();
    for link in links
        .iter()
        .filter(|l| l.current && !listed.contains(&l.ccg))
    {
        if let Some(&into) = mapped.get(&link.practice) {
            *votes.entry(link.ccg).or_default().entry(into).or_default() += 1;
        }
    }
    votes
        .into_iter()
        .filter_map(|(from, counts)| {
            let (into, _) = counts
                .into_iter()
                .max_by(|a, b| a.1.cmp(&b.1).then(b.0.cmp(&a.0)))?;
            Some(Merger {
                from,
                into,
                on: formed(into),
            })
        })
        .collect()
}

#[cfg(test)]
mod tests;
