//! The organisations the landscape (`../landscape`) does not hold (national bodies, suppliers,
//! a shared informatics service) and how they relate to each other and to those it does hold.
//!
//! Only relationships *from* these organisations are added (plus SERVED_BY from the trusts a
//! shared service serves): PART_OF and COMMISSIONED_BY from ODS organisations belong to the
//! importer, which treats the latest one as current on re-import.

use entity::enums::OrganisationKind::{self, NationalBody, SharedService, Supplier};
use entity::enums::OrganisationStatus::{self, Active, Closed};
use entity::enums::RelationshipKind::{self, HostedBy, PartOf, ServedBy};
use entity::{organisation, organisation_relationship};
use sea_orm::{DatabaseTransaction, Set};

use super::{Keys, Ymd, day};
use crate::seed::rows::{insert_all, insert_one};

/// PCTs and SHAs closed when the 2012 Act's reorganisation took effect.
const CLOSED_2013: Option<Ymd> = Some((2013, 3, 31));

/// (ODS code, name, kind, status, opened on, closed on, town, postcode). Real codes for the
/// SHAs and PCTs; suppliers and national bodies have none and are keyed by name.
type OrganisationRow = (
    Option<&'static str>,
    &'static str,
    OrganisationKind,
    OrganisationStatus,
    Option<Ymd>,
    Option<Ymd>,
    Option<&'static str>,
    Option<&'static str>,
);

#[rustfmt::skip]
const ORGANISATIONS: &[OrganisationRow] = &[
    (None, "Department of Health", NationalBody, Active, None, None, Some("LONDON"), Some("SW1A 2NS")),
    (None, "NHS Connecting for Health", NationalBody, Closed, Some((2005, 4, 1)), CLOSED_2013, Some("LEEDS"), Some("LS1 4HY")),
    (None, "BT", Supplier, Active, None, None, None, None),
    (None, "Accenture", Supplier, Active, None, None, None, None),
    (None, "CSC", Supplier, Active, None, None, None, None),
    (None, "Fujitsu", Supplier, Active, None, None, None, None),
    (None, "Cable & Wireless", Supplier, Active, None, None, None, None),
    (None, "Atos Origin", Supplier, Active, None, None, None, None),
    (None, "iSOFT", Supplier, Active, None, None, None, None),
    (None, "Cerner", Supplier, Active, None, None, None, None),
    (None, "GE Healthcare", Supplier, Active, None, None, None, None),
    (None, "Agfa HealthCare", Supplier, Active, None, None, None, None),
    (None, SHARED_SERVICE, SharedService, Active, Some((2006, 4, 1)), None, Some("WORCESTER"), Some("WR5 1DD")),
];

/// The shared informatics service of the demo.
pub(super) const SHARED_SERVICE: &str = "Worcestershire Health Informatics Service";

/// (from, kind, to, valid from, valid to): organisations by ODS code or, without one, name.
#[rustfmt::skip]
const RELATIONSHIPS: &[(&str, RelationshipKind, &str, Ymd, Option<Ymd>)] = &[
    ("NHS Connecting for Health", PartOf, "Department of Health", (2005, 4, 1), CLOSED_2013),
    // The strategic health authorities answered to the Department (the PCTs' lineage and the
    // authorities themselves come from the landscape).
    ("Q30", PartOf, "Department of Health", (2006, 7, 1), CLOSED_2013),
    ("Q31", PartOf, "Department of Health", (2006, 7, 1), CLOSED_2013),
    ("Q32", PartOf, "Department of Health", (2006, 7, 1), CLOSED_2013),
    ("Q33", PartOf, "Department of Health", (2006, 7, 1), CLOSED_2013),
    ("Q34", PartOf, "Department of Health", (2006, 7, 1), CLOSED_2013),
    ("Q35", PartOf, "Department of Health", (2006, 7, 1), CLOSED_2013),
    ("Q36", PartOf, "Department of Health", (2006, 7, 1), CLOSED_2013),
    ("Q37", PartOf, "Department of Health", (2006, 7, 1), CLOSED_2013),
    ("Q38", PartOf, "Department of Health", (2006, 7, 1), CLOSED_2013),
    ("Q39", PartOf, "Department of Health", (2006, 7, 1), CLOSED_2013),
    // The shared service, hosted by the county's acute trust, serving the county's NHS bodies.
    (SHARED_SERVICE, HostedBy, "RWP", (2006, 4, 1), None),
    ("RWP", ServedBy, SHARED_SERVICE, (2006, 4, 1), None),
    ("R1A", ServedBy, SHARED_SERVICE, (2011, 7, 1), None),
    ("5PL", ServedBy, SHARED_SERVICE, (2006, 10, 1), CLOSED_2013),
    ("05T", ServedBy, SHARED_SERVICE, (2013, 4, 1), None),
    ("06D", ServedBy, SHARED_SERVICE, (2013, 4, 1), None),
    ("05J", ServedBy, SHARED_SERVICE, (2013, 4, 1), None),
];

/// Inserts the organisations (one by one, for their keys) and their relationships.
pub(super) async fn load(txn: &DatabaseTransaction, keys: &mut Keys) -> anyhow::Result<()> {
    for &(code, name, kind, status, opened, closed, town, postcode) in ORGANISATIONS {
        let row = organisation::ActiveModel {
            ods_code: Set(code.map(str::to_owned)),
            name: Set(name.to_owned()),
            kind: Set(kind),
            status: Set(status),
            opened_on: Set(opened.map(day).transpose()?),
            closed_on: Set(closed.map(day).transpose()?),
            address_line4: Set(town.map(str::to_owned)),
            postcode: Set(postcode.map(str::to_owned)),
            ..Default::default()
        };
        let id = insert_one(txn, row, || format!("organisation {name}"))
            .await?
            .id;
        keys.orgs.insert(code.unwrap_or(name).to_owned(), id);
    }
    keys.resolve_codes(txn, RELATIONSHIPS.iter().flat_map(|r| [r.0, r.2]))
        .await?;
    let mut rows = Vec::with_capacity(RELATIONSHIPS.len());
    for &(from, kind, to, valid_from, valid_to) in RELATIONSHIPS {
        rows.push(organisation_relationship::ActiveModel {
            from_organisation_id: Set(keys.org(from)?),
            to_organisation_id: Set(keys.org(to)?),
            kind: Set(kind),
            valid_from: Set(Some(day(valid_from)?)),
            valid_to: Set(valid_to.map(day).transpose()?),
            share_percent: Set(None),
            ..Default::default()
        });
    }
    insert_all(txn, rows, "organisation relationships").await?;
    Ok(())
}
