//! The benefits register of the programme, the benefits map (which benefit contributes to
//! which) and which services enable each benefit.

use anyhow::Context;
use entity::enums::BenefitCategory::{
    self, CashReleasing, NonCashReleasing, PatientExperience, Quality, Safety, Strategic,
};
use entity::enums::BenefitStatus::{self, Closed, Identified, InRealisation, Realised, Validated};
use entity::enums::Direction::{self, Decrease, Increase};
use entity::enums::MeasureKind;
use entity::enums::Reach::{self, External, Internal};
use entity::enums::Rollup::{self, Mean, Sum};
use entity::enums::ValueType::{self, InformedDecisions, WorkingSmarter};
use entity::{benefit, benefit_link, enablement};
use sea_orm::{DatabaseTransaction, Set};

use super::Keys;
use crate::seed::rows::{insert_all, insert_one};

/// One benefit profile.
pub(super) struct BenefitRow {
    pub(super) code: &'static str,
    pub(super) title: &'static str,
    pub(super) category: BenefitCategory,
    pub(super) is_disbenefit: bool,
    pub(super) measure: &'static str,
    pub(super) unit: &'static str,
    pub(super) direction: Direction,
    pub(super) rollup: Rollup,
    pub(super) value_type: ValueType,
    pub(super) reach: Reach,
    pub(super) owner: &'static str,
    pub(super) status: BenefitStatus,
}

impl BenefitRow {
    /// The measures the table calls cumulative are running totals; the rest are per period.
    pub(super) fn measure_kind(&self) -> MeasureKind {
        if self.measure.ends_with("(cumulative)") {
            MeasureKind::Cumulative
        } else {
            MeasureKind::Period
        }
    }
}

/// Shorthand for a table row: (code, title, category, disbenefit, measure, unit, direction,
/// rollup, value type, reach, national owner, status).
#[expect(
    clippy::too_many_arguments,
    reason = "one argument per column keeps the table one row a benefit"
)]
const fn b(
    code: &'static str,
    title: &'static str,
    category: BenefitCategory,
    is_disbenefit: bool,
    measure: &'static str,
    unit: &'static str,
    direction: Direction,
    rollup: Rollup,
    value_type: ValueType,
    reach: Reach,
    owner: &'static str,
    status: BenefitStatus,
) -> BenefitRow {
    BenefitRow {
        code,
        title,
        category,
        is_disbenefit,
        measure,
        unit,
        direction,
        rollup,
        value_type,
        reach,
        owner,
        status,
    }
}

#[rustfmt::skip]
pub(super) const BENEFITS: &[BenefitRow] = &[
    b("NPFIT-B01", "Film costs released", CashReleasing, false,
      "Film and chemical costs released (cumulative)", "GBP", Increase, Sum, WorkingSmarter, Internal, "helen.marsh", Realised),
    b("NPFIT-B02", "Faster radiology reporting", Quality, false,
      "Time to report a radiology image", "minutes", Decrease, Mean, InformedDecisions, External, "helen.marsh", InRealisation),
    b("NPFIT-B03", "Patient choice of hospital at referral", PatientExperience, false,
      "Share of referrals booked through Choose and Book", "%", Increase, Mean, InformedDecisions, External, "david.okafor", InRealisation),
    b("NPFIT-B04", "Safer prescribing", Safety, false,
      "Prescribing errors per 1,000 items", "per 1,000 items", Decrease, Mean, InformedDecisions, External, "priya.shah", Validated),
    b("NPFIT-B05", "Clinician time spent on IT training", NonCashReleasing, true,
      "Clinician hours spent on IT training per month", "hours", Decrease, Sum, WorkingSmarter, Internal, "helen.marsh", InRealisation),
    b("NPFIT-B06", "Summary Care Records for the registered population", Strategic, false,
      "Share of registered patients with a Summary Care Record", "%", Increase, Mean, InformedDecisions, External, "ruth.pearson", InRealisation),
    b("NPFIT-B07", "Records follow patients between practices", NonCashReleasing, false,
      "Share of patient record transfers made by GP2GP", "%", Increase, Mean, WorkingSmarter, Internal, "priya.shah", Realised),
    b("NPFIT-B08", "Postage and fax costs released by NHSmail", CashReleasing, false,
      "Postage and fax costs released (cumulative)", "GBP", Increase, Sum, WorkingSmarter, Internal, "alan.whitfield", InRealisation),
    b("NPFIT-B09", "Fewer missed first outpatient appointments", PatientExperience, false,
      "First outpatient appointments not attended", "%", Decrease, Mean, InformedDecisions, External, "david.okafor", InRealisation),
    b("NPFIT-B10", "Staff time released from film handling", NonCashReleasing, false,
      "Staff hours released from film handling per month", "hours", Increase, Sum, WorkingSmarter, Internal, "helen.marsh", Realised),
    b("NPFIT-B11", "Prescriptions sent electronically", Strategic, false,
      "Share of prescription items sent electronically", "%", Increase, Mean, WorkingSmarter, External, "priya.shah", Validated),
    b("NPFIT-B12", "Network costs released by N3", CashReleasing, false,
      "Local network costs released per year", "GBP", Increase, Sum, WorkingSmarter, Internal, "alan.whitfield", Closed),
    b("NPFIT-B13", "Fewer medication discrepancies at admission", Safety, false,
      "Medication discrepancies per 100 emergency admissions", "per 100 admissions", Decrease, Mean, InformedDecisions, External, "ruth.pearson", Identified),
    b("NPFIT-B14", "Clinicians working from an integrated care record", Strategic, false,
      "Share of clinical staff using an integrated care record", "%", Increase, Mean, InformedDecisions, Internal, "christine.connelly", Validated),
];

/// The benefits map: (from, CONTRIBUTES_TO to).
#[rustfmt::skip]
pub(super) const LINKS: &[(&str, &str)] = &[
    ("NPFIT-B10", "NPFIT-B02"),
    ("NPFIT-B03", "NPFIT-B09"),
    ("NPFIT-B11", "NPFIT-B04"),
    ("NPFIT-B06", "NPFIT-B13"),
    ("NPFIT-B03", "NPFIT-B14"),
    ("NPFIT-B06", "NPFIT-B14"),
    ("NPFIT-B07", "NPFIT-B14"),
];

/// (service, the benefits it ENABLES).
#[rustfmt::skip]
pub(super) const ENABLEMENTS: &[(&str, &[&str])] = &[
    ("Spine", &["NPFIT-B03", "NPFIT-B06", "NPFIT-B07", "NPFIT-B11"]),
    ("N3 network", &["NPFIT-B08", "NPFIT-B12"]),
    ("NHSmail", &["NPFIT-B08"]),
    ("Choose and Book", &["NPFIT-B03", "NPFIT-B09"]),
    ("Summary Care Record", &["NPFIT-B06", "NPFIT-B13"]),
    ("Electronic Prescription Service", &["NPFIT-B04", "NPFIT-B11"]),
    ("GP2GP", &["NPFIT-B07"]),
    ("PACS imaging (GE Centricity)", &["NPFIT-B01", "NPFIT-B02", "NPFIT-B05", "NPFIT-B10"]),
    ("PACS imaging (Agfa IMPAX)", &["NPFIT-B01", "NPFIT-B02", "NPFIT-B05", "NPFIT-B10"]),
    ("Cerner Millennium care records", &["NPFIT-B05", "NPFIT-B13", "NPFIT-B14"]),
    ("Lorenzo care records", &["NPFIT-B05", "NPFIT-B14"]),
];

/// The benefit of a code.
pub(super) fn find(code: &str) -> anyhow::Result<&'static BenefitRow> {
    BENEFITS
        .iter()
        .find(|b| b.code == code)
        .with_context(|| format!("no demo benefit {code}"))
}

/// Inserts the benefits (one by one, for their keys), the links and the enablements.
pub(super) async fn load(txn: &DatabaseTransaction, keys: &mut Keys) -> anyhow::Result<()> {
    for row in BENEFITS {
        let model = benefit::ActiveModel {
            programme_id: Set(keys.programme),
            code: Set(row.code.to_owned()),
            title: Set(row.title.to_owned()),
            description: Set(Some(format!(
                "{}: measured as \"{}\" ({}).",
                row.title, row.measure, row.unit
            ))),
            category: Set(row.category),
            is_disbenefit: Set(row.is_disbenefit),
            measure: Set(row.measure.to_owned()),
            unit: Set(row.unit.to_owned()),
            direction: Set(row.direction),
            rollup: Set(row.rollup),
            measure_kind: Set(row.measure_kind()),
            value_type: Set(row.value_type),
            reach: Set(row.reach),
            national_owner_id: Set(Some(keys.person(row.owner)?)),
            status: Set(row.status),
            ..Default::default()
        };
        let id = insert_one(txn, model, || format!("benefit {}", row.code))
            .await?
            .id;
        keys.benefits.insert(row.code, id);
    }
    let mut links = Vec::with_capacity(LINKS.len());
    for &(from, to) in LINKS {
        links.push(benefit_link::ActiveModel {
            from_benefit_id: Set(keys.benefit(from)?),
            to_benefit_id: Set(keys.benefit(to)?),
            ..Default::default()
        });
    }
    insert_all(txn, links, "benefit links").await?;
    let mut enables = Vec::new();
    for &(service, codes) in ENABLEMENTS {
        for code in codes {
            enables.push(enablement::ActiveModel {
                service_id: Set(keys.service(service)?),
                benefit_id: Set(keys.benefit(code)?),
                ..Default::default()
            });
        }
    }
    insert_all(txn, enables, "enablements").await?;
    Ok(())
}
