//! The CCG mergers of 2015 to 2021, which no shipped file records as such, read from what the
//! files do show (see [`infer`]): each merged CCG closed the day before, SUCCEEDED_BY the CCG it
//! merged into; a CCG formed by a merger opened that day; each practice commissioned by the
//! merged CCG until then, and by the new one from then.

mod infer;

use std::collections::{BTreeMap, BTreeSet, HashMap};

use anyhow::Context;
use chrono::{Days, NaiveDate};
use entity::enums::OrganisationKind::{self, *};
use entity::enums::OrganisationStatus;
use entity::enums::RelationshipKind::{self, CommissionedBy, PartOf, SucceededBy};
use entity::{organisation, organisation_relationship as relationship};
use sea_orm::sea_query::Expr;
use sea_orm::{ColumnTrait, DatabaseTransaction, EntityTrait, QueryFilter};

use super::bodies::OPENED_2013;
use super::eras::{Landscape, link};
use crate::seed::demo::programme::day;
use crate::seed::rows::insert_all;
use infer::{Commissioning, Merger, after_extract, before_extract};

/// The CCGs formed on 2021-04-01 have the five-character codes ODS gave from then (`D4U1Y`);
/// those formed by the mergers of 2020-04-01 have three.
fn formed_on(code: &str) -> anyhow::Result<NaiveDate> {
    day(if code.len() == 5 {
        (2021, 4, 1)
    } else {
        (2020, 4, 1)
    })
}

/// The outward part of a postcode (`"BS1 3NX"` -> `"BS1"`).
fn district(postcode: &str) -> Option<String> {
    let outward = postcode.split_whitespace().next()?;
    Some(outward.to_ascii_uppercase())
}

/// Records the mergers, the merged CCGs' closing and their practices' commissioning.
pub(super) async fn apply(txn: &DatabaseTransaction) -> anyhow::Result<()> {
    let Landscape { orgs, rels, .. } = &Landscape::read(txn).await?;
    let kind = |id: i32| orgs.get(&id).map(|o| o.kind);
    let between = |r: &relationship::Model, k: RelationshipKind, a: OrganisationKind, b| {
        r.kind == k
            && kind(r.from_organisation_id) == Some(a)
            && kind(r.to_organisation_id) == Some(b)
    };
    // Every site a CCG commissioned shows where it was, whatever its kind: a closed practice's
    // prescribing setting is often given as 0, "other".
    let commissioning: Vec<(&relationship::Model, Commissioning)> = rels
        .iter()
        .filter(|r| {
            r.kind == CommissionedBy
                && kind(r.to_organisation_id) == Some(ClinicalCommissioningGroup)
        })
        .filter_map(|r| {
            let site = orgs.get(&r.from_organisation_id)?;
            let open = site.status == OrganisationStatus::Active;
            let link = Commissioning {
                practice: r.from_organisation_id,
                ccg: r.to_organisation_id,
                from: r.valid_from,
                practice_opened: site.opened_on,
                current: open && r.valid_to.is_none(),
            };
            Some((r, link))
        })
        .collect();
    let links: Vec<Commissioning> = commissioning.iter().map(|(_, l)| l.clone()).collect();
    // The CCGs of 2013 are the PCTs' successors: they opened then, whatever merged into them.
    let of_2013: BTreeSet<i32> = rels
        .iter()
        .filter(|r| between(r, SucceededBy, PrimaryCareTrust, ClinicalCommissioningGroup))
        .map(|r| r.to_organisation_id)
        .collect();
    // The CCGs that commissioned before the extract and no longer do.
    let commissioning_now: BTreeSet<i32> =
        links.iter().filter(|l| l.current).map(|l| l.ccg).collect();
    let gone: BTreeSet<i32> = links
        .iter()
        .map(|l| l.ccg)
        .filter(|c| !commissioning_now.contains(c))
        .collect();
    let district_of = |p: i32| orgs.get(&p)?.postcode.as_deref().and_then(district);
    let opened = day(OPENED_2013)?;
    let (mut mergers, spells) = before_extract(&gone, &links, &district_of, opened);

    // The map: each practice's CCG through its network, and the CCGs it lists.
    let part_of = |a, b| -> HashMap<i32, i32> {
        rels.iter()
            .filter(|r| between(r, PartOf, a, b))
            .map(|r| (r.from_organisation_id, r.to_organisation_id))
            .collect()
    };
    let network_ccg = part_of(PrimaryCareNetwork, ClinicalCommissioningGroup);
    let mapped: BTreeMap<i32, i32> = part_of(GpPractice, PrimaryCareNetwork)
        .into_iter()
        .filter_map(|(p, n)| Some((p, *network_ccg.get(&n)?)))
        .collect();
    let listed: BTreeSet<i32> = part_of(ClinicalCommissioningGroup, IntegratedCareBoard)
        .into_keys()
        .collect();
    let formed: HashMap<i32, NaiveDate> = listed
        .iter()
        .map(|&c| {
            Ok((
                c,
                formed_on(orgs[&c].ods_code.as_deref().unwrap_or_default())?,
            ))
        })
        .collect::<anyhow::Result<_>>()?;
    let formed_of = |c: i32| formed.get(&c).copied().unwrap_or(opened);
    let later = after_extract(&links, &listed, &mapped, &formed_of);

    // After the extract, each site still with a merged CCG moves on its new CCG's first day:
    // to the CCG the map puts it under, or (a site the map does not list, such as a dormant
    // practice) to the one its CCG merged into.
    let merged_into: HashMap<i32, i32> = later.iter().map(|m| (m.from, m.into)).collect();
    let mut ended: BTreeMap<NaiveDate, Vec<i32>> = BTreeMap::new();
    let mut new = Vec::new();
    for (row, was) in &commissioning {
        let Some(&successor) = merged_into.get(&was.ccg) else {
            continue;
        };
        if row.valid_to.is_none() {
            let into = mapped.get(&was.practice).copied().unwrap_or(successor);
            let on = formed_of(into);
            ended.entry(on).or_default().push(row.id);
            new.push(link(was.practice, CommissionedBy, into, Some(on), None));
        }
    }
    mergers.extend(later);
    for (on, ids) in ended {
        relationship::Entity::update_many()
            .col_expr(relationship::Column::ValidTo, Expr::value(on))
            .filter(relationship::Column::Id.is_in(ids))
            .exec(txn)
            .await
            .context("ending the merged CCGs' commissioning")?;
    }
    new.extend(
        spells
            .iter()
            .map(|s| link(s.practice, CommissionedBy, s.ccg, Some(s.from), Some(s.to))),
    );
    new.extend(
        mergers
            .iter()
            .map(|m| link(m.from, SucceededBy, m.into, Some(m.on), None)),
    );
    tracing::info!(
        mergers = mergers.len(),
        spells = spells.len(),
        "the CCG mergers of 2015-2021, read from the files"
    );
    date(txn, &mergers, &of_2013).await?;
    insert_all(txn, new, "the CCG mergers").await?;
    Ok(())
}

/// Closes each merged CCG the day before its merger, and opens each CCG formed by one (not a
/// CCG of 2013 that took others in) on the day of its first.
async fn date(
    txn: &DatabaseTransaction,
    mergers: &[Merger],
    of_2013: &BTreeSet<i32>,
) -> anyhow::Result<()> {
    // (CCG, whether it is the day it opened) -> the day.
    let mut days: BTreeMap<(i32, bool), NaiveDate> = BTreeMap::new();
    for m in mergers {
        let last =
            m.on.checked_sub_days(Days::new(1))
                .context("a merger's day")?;
        days.insert((m.from, false), last);
        if !of_2013.contains(&m.into) {
            let first = days.entry((m.into, true)).or_insert(m.on);
            *first = (*first).min(m.on);
        }
    }
    for ((ccg, opens), on) in days {
        let column = if opens {
            organisation::Column::OpenedOn
        } else {
            organisation::Column::ClosedOn
        };
        organisation::Entity::update_many()
            .col_expr(column, Expr::value(on))
            .filter(organisation::Column::Id.eq(ccg))
            .exec(txn)
            .await
            .context("dating a CCG by its mergers")?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_postcode_gives_its_district_and_a_code_its_merger_day() {
        assert_eq!(district("bs1 3nx").as_deref(), Some("BS1"));
        assert_eq!(district(" "), None);
        let day = |code| formed_on(code).expect("a day").to_string();
        assert_eq!(day("16C"), "2020-04-01");
        assert_eq!(day("D4U1Y"), "2021-04-01");
    }
}
