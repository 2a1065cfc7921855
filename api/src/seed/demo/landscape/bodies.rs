//! The bodies the files know only by code (regions, area teams, local offices, strategic health
//! authorities, Welsh health boards, the Crown dependencies' groupings), named and dated from
//! public facts, and the lifetimes every organisation of a kind shares (PCTs, CCGs, networks,
//! integrated care boards).

use anyhow::Context;
use chrono::NaiveDate;
use entity::enums::OrganisationKind::{
    self, AreaTeam, ClinicalCommissioningGroup, IntegratedCareBoard, Other, PrimaryCareNetwork,
    PrimaryCareTrust, RegionalTeam, StrategicHealthAuthority,
};
use entity::enums::OrganisationStatus;
use entity::organisation;
use sea_orm::sea_query::Expr;
use sea_orm::{ColumnTrait, DatabaseTransaction, EntityTrait, QueryFilter};

use super::super::programme::{Ymd, day};
use crate::import::named::{self, Named};

/// The day the 2006 strategic health authorities opened.
pub(super) const SHAS_OPENED: Ymd = (2006, 7, 1);
/// The last day of the PCTs and SHAs.
pub(super) const CLOSED_2013: Ymd = (2013, 3, 31);
/// The first day of NHS England's regions and area teams, and of the CCGs.
pub(super) const OPENED_2013: Ymd = (2013, 4, 1);
/// NHS England's area teams gave way to local offices.
const OFFICES_OPENED: Ymd = (2015, 4, 1);
const TEAMS_CLOSED: Ymd = (2015, 3, 31);
/// Greater Manchester's devolution split Lancashire and Greater Manchester's office.
const DEVOLVED: Ymd = (2016, 4, 1);
/// The seven regions of NHS England and NHS Improvement replaced the four.
pub(super) const REGIONS_2018: Ymd = (2018, 4, 1);
const FOUR_REGIONS_CLOSED: Ymd = (2018, 3, 31);
/// The last day of the CCGs and the first of the integrated care boards.
pub(super) const CCGS_CLOSED: Ymd = (2022, 6, 30);
pub(super) const ICBS_OPENED: Ymd = (2022, 7, 1);

/// (code, name, kind, opened, closed).
type Body = (
    &'static str,
    &'static str,
    OrganisationKind,
    Option<Ymd>,
    Option<Ymd>,
);

const SHA: OrganisationKind = StrategicHealthAuthority;

#[rustfmt::skip]
pub(super) const BODIES: &[Body] = &[
    // The strategic health authorities of 2006-2013.
    ("Q30", "NHS North East", SHA, Some(SHAS_OPENED), Some(CLOSED_2013)),
    ("Q31", "NHS North West", SHA, Some(SHAS_OPENED), Some(CLOSED_2013)),
    ("Q32", "NHS Yorkshire and the Humber", SHA, Some(SHAS_OPENED), Some(CLOSED_2013)),
    ("Q33", "NHS East Midlands", SHA, Some(SHAS_OPENED), Some(CLOSED_2013)),
    ("Q34", "NHS West Midlands", SHA, Some(SHAS_OPENED), Some(CLOSED_2013)),
    ("Q35", "NHS East of England", SHA, Some(SHAS_OPENED), Some(CLOSED_2013)),
    ("Q36", "NHS London", SHA, Some(SHAS_OPENED), Some(CLOSED_2013)),
    ("Q37", "NHS South East Coast", SHA, Some(SHAS_OPENED), Some(CLOSED_2013)),
    ("Q38", "NHS South Central", SHA, Some(SHAS_OPENED), Some(CLOSED_2013)),
    ("Q39", "NHS South West", SHA, Some(SHAS_OPENED), Some(CLOSED_2013)),
    // NHS England's four regions of 2013-2018, and the seven that followed.
    ("Y54", "NHS England North", RegionalTeam, Some(OPENED_2013), Some(FOUR_REGIONS_CLOSED)),
    ("Y55", "NHS England Midlands and East", RegionalTeam, Some(OPENED_2013), Some(FOUR_REGIONS_CLOSED)),
    ("Y56", "London", RegionalTeam, Some(OPENED_2013), None),
    ("Y57", "NHS England South", RegionalTeam, Some(OPENED_2013), Some(FOUR_REGIONS_CLOSED)),
    ("Y58", "South West", RegionalTeam, Some(REGIONS_2018), None),
    ("Y59", "South East", RegionalTeam, Some(REGIONS_2018), None),
    ("Y60", "Midlands", RegionalTeam, Some(REGIONS_2018), None),
    ("Y61", "East of England", RegionalTeam, Some(REGIONS_2018), None),
    ("Y62", "North West", RegionalTeam, Some(REGIONS_2018), None),
    ("Y63", "North East and Yorkshire", RegionalTeam, Some(REGIONS_2018), None),
    // The national groupings outside England.
    ("W00", "Wales", RegionalTeam, None, None),
    ("YAC", "Isle of Man", RegionalTeam, None, None),
    ("YAD", "Jersey", RegionalTeam, None, None),
    ("YAE", "Guernsey", RegionalTeam, None, None),
    ("YAF", "Alderney", RegionalTeam, None, None),
    // NHS England's area teams of 2013-2015.
    ("Q44", "Cheshire, Warrington and Wirral Area Team", AreaTeam, Some(OPENED_2013), Some(TEAMS_CLOSED)),
    ("Q45", "Durham, Darlington and Tees Area Team", AreaTeam, Some(OPENED_2013), Some(TEAMS_CLOSED)),
    ("Q46", "Greater Manchester Area Team", AreaTeam, Some(OPENED_2013), Some(TEAMS_CLOSED)),
    ("Q47", "Lancashire Area Team", AreaTeam, Some(OPENED_2013), Some(TEAMS_CLOSED)),
    ("Q48", "Merseyside Area Team", AreaTeam, Some(OPENED_2013), Some(TEAMS_CLOSED)),
    ("Q49", "Cumbria, Northumberland, Tyne and Wear Area Team", AreaTeam, Some(OPENED_2013), Some(TEAMS_CLOSED)),
    ("Q50", "North Yorkshire and Humber Area Team", AreaTeam, Some(OPENED_2013), Some(TEAMS_CLOSED)),
    ("Q51", "South Yorkshire and Bassetlaw Area Team", AreaTeam, Some(OPENED_2013), Some(TEAMS_CLOSED)),
    ("Q52", "West Yorkshire Area Team", AreaTeam, Some(OPENED_2013), Some(TEAMS_CLOSED)),
    ("Q53", "Arden, Herefordshire and Worcestershire Area Team", AreaTeam, Some(OPENED_2013), Some(TEAMS_CLOSED)),
    ("Q54", "Birmingham and the Black Country Area Team", AreaTeam, Some(OPENED_2013), Some(TEAMS_CLOSED)),
    ("Q55", "Derbyshire and Nottinghamshire Area Team", AreaTeam, Some(OPENED_2013), Some(TEAMS_CLOSED)),
    ("Q56", "East Anglia Area Team", AreaTeam, Some(OPENED_2013), Some(TEAMS_CLOSED)),
    ("Q57", "Essex Area Team", AreaTeam, Some(OPENED_2013), Some(TEAMS_CLOSED)),
    ("Q58", "Hertfordshire and the South Midlands Area Team", AreaTeam, Some(OPENED_2013), Some(TEAMS_CLOSED)),
    ("Q59", "Leicestershire and Lincolnshire Area Team", AreaTeam, Some(OPENED_2013), Some(TEAMS_CLOSED)),
    ("Q60", "Shropshire and Staffordshire Area Team", AreaTeam, Some(OPENED_2013), Some(TEAMS_CLOSED)),
    ("Q64", "Bath, Gloucestershire, Swindon and Wiltshire Area Team", AreaTeam, Some(OPENED_2013), Some(TEAMS_CLOSED)),
    ("Q65", "Bristol, North Somerset, Somerset and South Gloucestershire Area Team", AreaTeam, Some(OPENED_2013), Some(TEAMS_CLOSED)),
    ("Q66", "Devon, Cornwall and Isles of Scilly Area Team", AreaTeam, Some(OPENED_2013), Some(TEAMS_CLOSED)),
    ("Q67", "Kent and Medway Area Team", AreaTeam, Some(OPENED_2013), Some(TEAMS_CLOSED)),
    ("Q68", "Surrey and Sussex Area Team", AreaTeam, Some(OPENED_2013), Some(TEAMS_CLOSED)),
    ("Q69", "Thames Valley Area Team", AreaTeam, Some(OPENED_2013), Some(TEAMS_CLOSED)),
    // Two area teams carried on as local offices. The southern offices carried on into the
    // seven regions (the trusts extract of 2020 still places trusts in them).
    ("Q70", "NHS England South (Wessex)", AreaTeam, Some(OPENED_2013), None),
    ("Q71", "NHS England London", AreaTeam, Some(OPENED_2013), None),
    // NHS England's local offices from 2015.
    ("Q72", "NHS England North (Yorkshire and Humber)", AreaTeam, Some(OFFICES_OPENED), None),
    ("Q73", "NHS England North (Lancashire and Greater Manchester)", AreaTeam, Some(OFFICES_OPENED), Some((2016, 3, 31))),
    ("Q74", "NHS England North (Cumbria and North East)", AreaTeam, Some(OFFICES_OPENED), None),
    ("Q75", "NHS England North (Cheshire and Merseyside)", AreaTeam, Some(OFFICES_OPENED), None),
    ("Q76", "NHS England Midlands and East (North Midlands)", AreaTeam, Some(OFFICES_OPENED), None),
    ("Q77", "NHS England Midlands and East (West Midlands)", AreaTeam, Some(OFFICES_OPENED), None),
    ("Q78", "NHS England Midlands and East (Central Midlands)", AreaTeam, Some(OFFICES_OPENED), None),
    ("Q79", "NHS England Midlands and East (East)", AreaTeam, Some(OFFICES_OPENED), None),
    ("Q80", "NHS England South (South West)", AreaTeam, Some(OFFICES_OPENED), None),
    ("Q81", "NHS England South (South East)", AreaTeam, Some(OFFICES_OPENED), None),
    ("Q82", "NHS England South (South Central)", AreaTeam, Some(OFFICES_OPENED), None),
    ("Q83", "NHS England North (Greater Manchester)", AreaTeam, Some(DEVOLVED), None),
    ("Q84", "NHS England North (Lancashire and South Cumbria)", AreaTeam, Some(DEVOLVED), None),
    ("Q85", "NHS England South West (South West South)", AreaTeam, Some(REGIONS_2018), None),
    ("Q86", "NHS England South West (South West North)", AreaTeam, Some(REGIONS_2018), None),
    ("Q87", "NHS England South East (Hampshire, Isle of Wight and Thames Valley)", AreaTeam, Some(REGIONS_2018), None),
    ("Q88", "NHS England South East (Kent, Surrey and Sussex)", AreaTeam, Some(REGIONS_2018), None),
    ("Q99", "NHS Wales", AreaTeam, None, None),
    // The Welsh local health boards of 2009, which commission Welsh practices.
    ("7A1", "Betsi Cadwaladr University Local Health Board", Other, Some((2009, 10, 1)), None),
    ("7A2", "Hywel Dda University Local Health Board", Other, Some((2009, 10, 1)), None),
    ("7A3", "Swansea Bay University Local Health Board", Other, Some((2009, 10, 1)), None),
    ("7A4", "Cardiff and Vale University Local Health Board", Other, Some((2009, 10, 1)), None),
    ("7A5", "Cwm Taf Morgannwg University Local Health Board", Other, Some((2009, 10, 1)), None),
    ("7A6", "Aneurin Bevan University Local Health Board", Other, Some((2009, 10, 1)), None),
    ("7A7", "Powys Teaching Local Health Board", Other, Some((2009, 10, 1)), None),
    // CCGs the 2013 and 2022 files do not name: three that merged into Newcastle Gateshead CCG
    // in 2015, and one formed in 2018 that merged again in 2021.
    ("00F", "NHS Gateshead CCG", ClinicalCommissioningGroup, Some(OPENED_2013), Some(TEAMS_CLOSED)),
    ("00G", "NHS Newcastle North and East CCG", ClinicalCommissioningGroup, Some(OPENED_2013), Some(TEAMS_CLOSED)),
    ("00H", "NHS Newcastle West CCG", ClinicalCommissioningGroup, Some(OPENED_2013), Some(TEAMS_CLOSED)),
    ("15D", "NHS East Berkshire CCG", ClinicalCommissioningGroup, Some(REGIONS_2018), Some((2021, 3, 31))),
    // NHS England's direct commissioning of the armed forces, the secure hospitals and the
    // prisons (health and justice), by the area its practices show.
    ("13Q", "NHS England Armed Forces Commissioning", Other, Some(OPENED_2013), None),
    ("15L", "NHS England High Secure Hospitals Commissioning", Other, Some(REGIONS_2018), None),
    ("12G", "NHS England Health and Justice Commissioning (national)", Other, Some(OPENED_2013), None),
    ("12K", "NHS England Health and Justice Commissioning (Lancashire)", Other, Some(OPENED_2013), None),
    ("12V", "NHS England Health and Justice Commissioning (Nottinghamshire)", Other, Some(OPENED_2013), None),
    ("13C", "NHS England Health and Justice Commissioning (Shropshire)", Other, Some(OPENED_2013), None),
    ("13H", "NHS England Health and Justice Commissioning (Gloucestershire and Somerset)", Other, Some(OPENED_2013), None),
    ("13M", "NHS England Health and Justice Commissioning (Wessex)", Other, Some(OPENED_2013), None),
    ("13R", "NHS England Health and Justice Commissioning (London)", Other, Some(OPENED_2013), None),
    ("13V", "NHS England Health and Justice Commissioning (Yorkshire and Humber)", Other, Some(OPENED_2013), None),
    ("13X", "NHS England Health and Justice Commissioning (Cumbria and North East)", Other, Some(OPENED_2013), None),
    ("14A", "NHS England Health and Justice Commissioning (Midlands)", Other, Some(OFFICES_OPENED), None),
    ("14E", "NHS England Health and Justice Commissioning (East)", Other, Some(OFFICES_OPENED), None),
    ("14F", "NHS England Health and Justice Commissioning (South West)", Other, Some(OFFICES_OPENED), None),
    ("14G", "NHS England Health and Justice Commissioning (Kent, Surrey and Sussex)", Other, Some(OFFICES_OPENED), None),
    ("14H", "NHS England Health and Justice Commissioning (Thames Valley and Wessex)", Other, Some(OFFICES_OPENED), None),
    ("14K", "NHS England Health and Justice Commissioning (North West)", Other, Some(OFFICES_OPENED), None),
];

/// (kind, opened when none is recorded, closed when none is recorded).
#[rustfmt::skip]
const KIND_LIFETIMES: &[(OrganisationKind, Option<Ymd>, Option<Ymd>)] = &[
    // The 152 PCTs of the October 2006 reorganisation (151 by 2013).
    (PrimaryCareTrust, Some((2006, 10, 1)), Some(CLOSED_2013)),
    (ClinicalCommissioningGroup, Some(OPENED_2013), Some(CCGS_CLOSED)),
    // Primary care networks began on 1 July 2019.
    (PrimaryCareNetwork, Some((2019, 7, 1)), None),
    (IntegratedCareBoard, Some(ICBS_OPENED), None),
];

/// Names and dates the bodies of [`BODIES`] (each is set as the table says, whatever an import
/// made of it), then gives each kind of [`KIND_LIFETIMES`] the dates its organisations lack.
pub(super) async fn apply(txn: &DatabaseTransaction) -> anyhow::Result<()> {
    let mut wanted = std::collections::BTreeMap::new();
    for &(code, name, kind, opened, closed) in BODIES {
        wanted.insert(
            code.to_owned(),
            Named {
                name: name.to_owned(),
                kind,
                opened_on: opened.map(day).transpose()?,
                closed_on: closed.map(day).transpose()?,
            },
        );
    }
    named::set(txn, &wanted).await?;
    for &(kind, opened, closed) in KIND_LIFETIMES {
        if let Some(opened) = opened {
            fill(txn, kind, organisation::Column::OpenedOn, day(opened)?).await?;
        }
        if let Some(closed) = closed {
            fill(txn, kind, organisation::Column::ClosedOn, day(closed)?).await?;
            organisation::Entity::update_many()
                .col_expr(
                    organisation::Column::Status,
                    Expr::value(OrganisationStatus::Closed),
                )
                .filter(organisation::Column::Kind.eq(kind))
                .exec(txn)
                .await
                .context("closing a kind of organisation")?;
        }
    }
    Ok(())
}

/// Sets `column` to `on` for the organisations of `kind` that have no date there.
async fn fill(
    txn: &DatabaseTransaction,
    kind: OrganisationKind,
    column: organisation::Column,
    on: NaiveDate,
) -> anyhow::Result<()> {
    organisation::Entity::update_many()
        .col_expr(column, Expr::value(on))
        .filter(organisation::Column::Kind.eq(kind))
        .filter(column.is_null())
        .exec(txn)
        .await
        .with_context(|| format!("dating the {kind:?} organisations"))?;
    Ok(())
}
