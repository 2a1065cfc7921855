//! The hierarchy before 2013, which the files no longer hold: the strategic health authorities
//! over trusts and PCTs, and the PCTs commissioning practices.

use std::collections::{BTreeMap, HashMap};

use entity::enums::OrganisationKind::*;
use entity::enums::RelationshipKind::{CommissionedBy, PartOf, SucceededBy};
use entity::organisation_relationship as relationship;

use super::super::bodies::OPENED_2013;
use super::super::postcodes::sha_of;
use super::{Landscape, link, most};
use crate::seed::demo::programme::day;

/// Before 2013: each trust under its area's strategic health authority, each practice
/// commissioned by the PCT its 2013 CCG took most from, and each PCT under the authority of
/// most of its practices.
pub(super) fn before_2013(land: &Landscape) -> anyhow::Result<Vec<relationship::ActiveModel>> {
    let ends = day(OPENED_2013)?;
    let sha = |id: i32| -> anyhow::Result<Option<i32>> {
        let postcode = land.orgs.get(&id).and_then(|o| o.postcode.as_deref());
        postcode.and_then(sha_of).map(|c| land.id(c)).transpose()
    };
    let mut new = Vec::new();
    for o in land.orgs.values() {
        if matches!(o.kind, NhsTrust | FoundationTrust)
            && let Some(authority) = sha(o.id)?
        {
            new.push(link(o.id, PartOf, authority, None, Some(ends)));
        }
    }
    // The PCT each CCG took the largest share of.
    let mut largest: HashMap<i32, (i32, f64)> = HashMap::new();
    for r in land.rels.iter().filter(|r| r.kind == SucceededBy) {
        let share = r.share_percent.unwrap_or(0.0);
        let best = largest
            .entry(r.to_organisation_id)
            .or_insert((r.from_organisation_id, share));
        if share > best.1 {
            *best = (r.from_organisation_id, share);
        }
    }
    let mut authorities: BTreeMap<i32, BTreeMap<i32, usize>> = BTreeMap::new();
    let mut fallback: BTreeMap<i32, BTreeMap<i32, usize>> = BTreeMap::new();
    for (practice, ccg, from) in land.targets(CommissionedBy) {
        let Some(&(pct, _)) = largest.get(&ccg) else {
            continue;
        };
        if from.is_some_and(|d| d > ends) || land.kind(practice) != Some(GpPractice) {
            continue;
        }
        new.push(link(practice, CommissionedBy, pct, None, Some(ends)));
        if let Some(authority) = sha(practice)? {
            *authorities
                .entry(pct)
                .or_default()
                .entry(authority)
                .or_default() += 1;
        }
    }
    // A PCT none of whose practices stayed with its successor from 2013: the authority of all
    // the practices its successors ever commissioned.
    for r in land.rels.iter().filter(|r| r.kind == SucceededBy) {
        let pct = r.from_organisation_id;
        if land.kind(pct) != Some(PrimaryCareTrust) || authorities.contains_key(&pct) {
            continue;
        }
        let counts = fallback.entry(pct).or_default();
        for (practice, ccg, _) in land.targets(CommissionedBy) {
            if ccg == r.to_organisation_id
                && let Some(authority) = sha(practice)?
            {
                *counts.entry(authority).or_default() += 1;
            }
        }
    }
    for (pct, counts) in authorities.into_iter().chain(fallback) {
        if let Some(authority) = most(&counts) {
            new.push(link(pct, PartOf, authority, None, Some(ends)));
        }
    }
    Ok(new)
}
