//! The integrated care boards of 2022, which took over from the CCGs.

use std::collections::HashMap;

use entity::enums::OrganisationKind::{self, *};
use entity::enums::RelationshipKind::{CommissionedBy, PartOf, SucceededBy};
use entity::organisation_relationship as relationship;

use super::super::bodies::ICBS_OPENED;
use super::{Landscape, link};
use crate::seed::demo::programme::day;

/// From 2022-07-01: each CCG SUCCEEDED_BY the integrated care board its STP became, each
/// network PART_OF that board, and each practice in a network COMMISSIONED_BY it.
pub(super) fn boards(land: &Landscape) -> anyhow::Result<Vec<relationship::ActiveModel>> {
    let opened = day(ICBS_OPENED)?;
    let parent_of = |kind: OrganisationKind, parent: OrganisationKind| {
        land.targets(PartOf)
            .into_iter()
            .filter(|(from, to, _)| {
                land.kind(*from) == Some(kind) && land.kind(*to) == Some(parent)
            })
            .map(|(from, to, _)| (from, to))
            .collect::<HashMap<i32, i32>>()
    };
    let board_of_ccg = parent_of(ClinicalCommissioningGroup, IntegratedCareBoard);
    let ccg_of_network = parent_of(PrimaryCareNetwork, ClinicalCommissioningGroup);
    let network_of_practice = parent_of(GpPractice, PrimaryCareNetwork);
    let mut new = Vec::new();
    for (&ccg, &board) in &board_of_ccg {
        new.push(link(ccg, SucceededBy, board, Some(opened), None));
    }
    let board_of_network: HashMap<i32, i32> = ccg_of_network
        .iter()
        .filter_map(|(n, c)| Some((*n, *board_of_ccg.get(c)?)))
        .collect();
    for (&network, &board) in &board_of_network {
        new.push(link(network, PartOf, board, Some(opened), None));
    }
    for (&practice, network) in &network_of_practice {
        if let Some(&board) = board_of_network.get(network) {
            new.push(link(practice, CommissionedBy, board, Some(opened), None));
        }
    }
    Ok(new)
}
