//! The hierarchy of each era, where the files give only today's: NHS England's areas moving
//! between regions, trusts and practices under the strategic health authorities before 2013
//! and under their region until their local office opened, practices commissioned by their
//! PCT before 2013, each PCT under its authority, and the integrated care boards taking over
//! from the CCGs on 2022-07-01. Undated ends are left to [`super::lifetimes`], which fits every
//! relationship inside the lives of both its organisations.

use std::collections::{BTreeMap, HashMap};

use anyhow::Context;
use chrono::NaiveDate;
use entity::enums::OrganisationKind::{self, *};
use entity::enums::RelationshipKind::{self, CommissionedBy, PartOf, SucceededBy};
use entity::{organisation, organisation_relationship as relationship};
use sea_orm::ActiveValue::NotSet;
use sea_orm::{ColumnTrait, DatabaseTransaction, EntityTrait, QueryFilter, Set};

use super::bodies::{OPENED_2013, REGIONS_2018};
use crate::seed::demo::programme::{Ymd, day};
use crate::seed::rows::insert_all;

mod before_2013;
mod boards;

use before_2013::before_2013;
use boards::boards;

/// Each area's region, with the day it moved when it did: (area, region, from, to).
#[rustfmt::skip]
const AREA_REGIONS: &[(&str, &str, Option<Ymd>, Option<Ymd>)] = &[
    ("Q44", "Y54", None, None), ("Q45", "Y54", None, None), ("Q46", "Y54", None, None),
    ("Q47", "Y54", None, None), ("Q48", "Y54", None, None), ("Q49", "Y54", None, None),
    ("Q50", "Y54", None, None), ("Q51", "Y54", None, None), ("Q52", "Y54", None, None),
    ("Q53", "Y55", None, None), ("Q54", "Y55", None, None), ("Q55", "Y55", None, None),
    ("Q56", "Y55", None, None), ("Q57", "Y55", None, None), ("Q58", "Y55", None, None),
    ("Q59", "Y55", None, None), ("Q60", "Y55", None, None),
    ("Q64", "Y57", None, None), ("Q65", "Y57", None, None), ("Q66", "Y57", None, None),
    ("Q67", "Y57", None, None), ("Q68", "Y57", None, None), ("Q69", "Y57", None, None),
    ("Q71", "Y56", None, None), ("Q73", "Y54", None, None),
    // The offices that moved to the seven regions of 2018.
    ("Q72", "Y54", None, Some(REGIONS_2018)), ("Q72", "Y63", Some(REGIONS_2018), None),
    ("Q74", "Y54", None, Some(REGIONS_2018)), ("Q74", "Y63", Some(REGIONS_2018), None),
    ("Q75", "Y54", None, Some(REGIONS_2018)), ("Q75", "Y62", Some(REGIONS_2018), None),
    ("Q83", "Y54", None, Some(REGIONS_2018)), ("Q83", "Y62", Some(REGIONS_2018), None),
    ("Q84", "Y54", None, Some(REGIONS_2018)), ("Q84", "Y62", Some(REGIONS_2018), None),
    ("Q76", "Y55", None, Some(REGIONS_2018)), ("Q76", "Y60", Some(REGIONS_2018), None),
    ("Q77", "Y55", None, Some(REGIONS_2018)), ("Q77", "Y60", Some(REGIONS_2018), None),
    ("Q78", "Y55", None, Some(REGIONS_2018)), ("Q78", "Y60", Some(REGIONS_2018), None),
    ("Q79", "Y55", None, Some(REGIONS_2018)), ("Q79", "Y61", Some(REGIONS_2018), None),
    ("Q70", "Y57", None, Some(REGIONS_2018)), ("Q70", "Y59", Some(REGIONS_2018), None),
    ("Q80", "Y57", None, Some(REGIONS_2018)), ("Q80", "Y58", Some(REGIONS_2018), None),
    ("Q81", "Y57", None, Some(REGIONS_2018)), ("Q81", "Y59", Some(REGIONS_2018), None),
    ("Q82", "Y57", None, Some(REGIONS_2018)), ("Q82", "Y59", Some(REGIONS_2018), None),
    ("Q85", "Y58", None, None), ("Q86", "Y58", None, None),
    ("Q87", "Y59", None, None), ("Q88", "Y59", None, None),
    ("Q99", "W00", None, None),
];

/// The region each of the seven regions of 2018 took its area from: (region, the one before).
const REGIONS_BEFORE_2018: &[(&str, &str)] = &[
    ("Y58", "Y57"),
    ("Y59", "Y57"),
    ("Y60", "Y55"),
    ("Y61", "Y55"),
    ("Y62", "Y54"),
    ("Y63", "Y54"),
];

/// What the eras are worked out from: every organisation, and the PART_OF, COMMISSIONED_BY and
/// SUCCEEDED_BY relationships the imports recorded.
pub(super) struct Landscape {
    /// Every organisation, by key.
    pub(super) orgs: HashMap<i32, organisation::Model>,
    ids: HashMap<String, i32>,
    /// Every PART_OF, COMMISSIONED_BY and SUCCEEDED_BY.
    pub(super) rels: Vec<relationship::Model>,
}

impl Landscape {
    /// Reads the organisations and their relationships as the imports (and the steps before)
    /// left them.
    pub(super) async fn read(txn: &DatabaseTransaction) -> anyhow::Result<Self> {
        let orgs: HashMap<i32, organisation::Model> = organisation::Entity::find()
            .all(txn)
            .await
            .context("reading the organisations")?
            .into_iter()
            .map(|o| (o.id, o))
            .collect();
        let ids = orgs
            .values()
            .filter_map(|o| Some((o.ods_code.clone()?, o.id)))
            .collect();
        let rels = relationship::Entity::find()
            .filter(relationship::Column::Kind.is_in([PartOf, CommissionedBy, SucceededBy]))
            .all(txn)
            .await
            .context("reading the relationships")?;
        Ok(Self { orgs, ids, rels })
    }

    fn id(&self, code: &str) -> anyhow::Result<i32> {
        self.ids
            .get(code)
            .copied()
            .with_context(|| format!("{code} is not loaded: the demo expects the shipped files"))
    }

    pub(super) fn kind(&self, id: i32) -> Option<OrganisationKind> {
        self.orgs.get(&id).map(|o| o.kind)
    }

    /// Each organisation's targets of a kind of relationship, with the relationship's start.
    fn targets(&self, kind: RelationshipKind) -> Vec<(i32, i32, Option<NaiveDate>)> {
        self.rels
            .iter()
            .filter(|r| r.kind == kind)
            .map(|r| (r.from_organisation_id, r.to_organisation_id, r.valid_from))
            .collect()
    }
}

/// A new relationship.
pub(super) fn link(
    from: i32,
    kind: RelationshipKind,
    to: i32,
    valid_from: Option<NaiveDate>,
    valid_to: Option<NaiveDate>,
) -> relationship::ActiveModel {
    relationship::ActiveModel {
        id: NotSet,
        from_organisation_id: Set(from),
        to_organisation_id: Set(to),
        kind: Set(kind),
        valid_from: Set(valid_from),
        valid_to: Set(valid_to),
        share_percent: Set(None),
        created_at: NotSet,
        updated_at: NotSet,
    }
}

/// Records the hierarchy of each era.
pub(super) async fn apply(txn: &DatabaseTransaction) -> anyhow::Result<()> {
    let land = Landscape::read(txn).await?;
    let ccg_areas = ccg_areas(&land);
    let mut new = area_regions(txn, &land).await?;
    new.extend(
        ccg_areas
            .iter()
            .map(|&(ccg, area)| link(ccg, PartOf, area, None, None)),
    );
    new.extend(before_offices(&land, &ccg_areas)?);
    new.extend(before_2013(&land)?);
    new.extend(boards(&land)?);
    insert_all(txn, new, "the eras' relationships").await?;
    Ok(())
}

/// Replaces each area's region, which the importer takes from the extract's rows, with the
/// regions [`AREA_REGIONS`] dates.
async fn area_regions(
    txn: &DatabaseTransaction,
    land: &Landscape,
) -> anyhow::Result<Vec<relationship::ActiveModel>> {
    let areas: Vec<i32> = AREA_REGIONS
        .iter()
        .map(|a| land.id(a.0))
        .collect::<anyhow::Result<_>>()?;
    let regions: Vec<i32> = land
        .orgs
        .values()
        .filter(|o| o.kind == RegionalTeam)
        .map(|o| o.id)
        .collect();
    relationship::Entity::delete_many()
        .filter(relationship::Column::Kind.eq(PartOf))
        .filter(relationship::Column::FromOrganisationId.is_in(areas))
        .filter(relationship::Column::ToOrganisationId.is_in(regions))
        .exec(txn)
        .await
        .context("clearing the areas' regions")?;
    AREA_REGIONS
        .iter()
        .map(|&(area, region, from, to)| {
            Ok(link(
                land.id(area)?,
                PartOf,
                land.id(region)?,
                from.map(day).transpose()?,
                to.map(day).transpose()?,
            ))
        })
        .collect()
}

/// The region of each area that opened after 2013-04-01, as it was when it opened.
fn first_regions(land: &Landscape) -> anyhow::Result<HashMap<i32, (i32, NaiveDate)>> {
    let since = day(OPENED_2013)?;
    let mut first = HashMap::new();
    for &(area, region, _, _) in AREA_REGIONS {
        let id = land.id(area)?;
        let opened = land.orgs.get(&id).and_then(|o| o.opened_on);
        if let Some(opened) = opened.filter(|d| *d > since) {
            first.entry(id).or_insert((land.id(region)?, opened));
        }
    }
    Ok(first)
}

/// Each CCG under the area or office most of its practices are under.
fn ccg_areas(land: &Landscape) -> Vec<(i32, i32)> {
    let mut area_of: HashMap<i32, i32> = HashMap::new();
    for (from, to, _) in land.targets(PartOf) {
        if land.kind(from) == Some(GpPractice) && land.kind(to) == Some(AreaTeam) {
            area_of.insert(from, to);
        }
    }
    let mut counts: BTreeMap<i32, BTreeMap<i32, usize>> = BTreeMap::new();
    for (practice, ccg, _) in land.targets(CommissionedBy) {
        if land.kind(ccg) == Some(ClinicalCommissioningGroup)
            && let Some(&area) = area_of.get(&practice)
        {
            *counts.entry(ccg).or_default().entry(area).or_default() += 1;
        }
    }
    counts
        .into_iter()
        .filter_map(|(ccg, areas)| Some((ccg, most(&areas)?)))
        .collect()
}

/// The key counted most often (the lowest of a tie).
fn most(counts: &BTreeMap<i32, usize>) -> Option<i32> {
    counts
        .iter()
        .max_by_key(|(id, n)| (**n, -**id))
        .map(|(id, _)| *id)
}

/// A trust, practice or CCG under a local office that opened after 2013-04-01 was under the
/// office's region from 2013-04-01 until the office opened; where that region is one of 2018,
/// under the region it took its area from until then.
fn before_offices(
    land: &Landscape,
    ccg_areas: &[(i32, i32)],
) -> anyhow::Result<Vec<relationship::ActiveModel>> {
    let first = first_regions(land)?;
    let since = day(OPENED_2013)?;
    let mut earlier: HashMap<i32, (i32, NaiveDate)> = HashMap::new();
    for &(region, before) in REGIONS_BEFORE_2018 {
        let region = land.id(region)?;
        if let Some(opened) = land.orgs.get(&region).and_then(|o| o.opened_on) {
            earlier.insert(region, (land.id(before)?, opened));
        }
    }
    let mut new = Vec::new();
    let sites = land.targets(PartOf).into_iter().filter(|(from, _, _)| {
        matches!(
            land.kind(*from),
            Some(NhsTrust | FoundationTrust | GpPractice)
        )
    });
    for (from, office) in sites
        .map(|(from, office, _)| (from, office))
        .chain(ccg_areas.iter().copied())
    {
        let Some(&(region, opened)) = first.get(&office) else {
            continue;
        };
        new.push(link(from, PartOf, region, Some(since), Some(opened)));
        if let Some(&(before, region_opened)) = earlier.get(&region) {
            let until = region_opened.min(opened);
            new.push(link(from, PartOf, before, Some(since), Some(until)));
        }
    }
    Ok(new)
}
