//! The scale programme's catalogue: 10 services, each enabling 3 of the 30 benefits, and how
//! widely each service is deployed at trusts and at GP practices.

use anyhow::Context;
use entity::enums::BenefitCategory::{
    self, CashReleasing, NonCashReleasing, PatientExperience, Quality, Safety, Strategic,
};
use entity::enums::Direction::{self, Decrease, Increase};
use entity::enums::Rollup::{self, Mean, Sum};
use entity::enums::{
    BenefitStatus, MeasureKind, ProgrammeStatus, Reach, ServiceLifecycle, ValueType,
};
use entity::{benefit, enablement, programme, service};
use sea_orm::{ActiveModelTrait, DatabaseTransaction, Set};

use super::PROGRAMME_NAME;

/// A benefit of the scale programme.
pub(super) struct BenefitSpec {
    /// Title.
    pub(super) title: &'static str,
    /// Category.
    pub(super) category: BenefitCategory,
    /// The KPI's name.
    pub(super) measure: &'static str,
    /// Unit.
    pub(super) unit: &'static str,
    /// Which way is improvement.
    pub(super) direction: Direction,
    /// How local figures add up.
    pub(super) rollup: Rollup,
    /// A typical trust's baseline; a practice's is a tenth of it for SUM measures (practices
    /// are smaller) and the same for MEAN ones (rates do not scale with size).
    pub(super) baseline: f64,
    /// The committed change as a fraction of the baseline, in the improvement direction (a
    /// SUM measure that starts at 0 uses `baseline` as the size of the change instead).
    pub(super) change: f64,
}

/// A service, the probability that a trust and that a practice has deployed it, and the three
/// benefits it enables (indexes into [`BENEFITS`]).
pub(super) struct ServiceSpec {
    /// Name.
    pub(super) name: &'static str,
    /// Share of trusts with a deployment.
    pub(super) at_trusts: f64,
    /// Share of GP practices with a deployment.
    pub(super) at_practices: f64,
}

#[expect(
    clippy::too_many_arguments,
    reason = "one argument per column keeps the table below readable"
)]
const fn b(
    title: &'static str,
    category: BenefitCategory,
    measure: &'static str,
    unit: &'static str,
    direction: Direction,
    rollup: Rollup,
    baseline: f64,
    change: f64,
) -> BenefitSpec {
    BenefitSpec {
        title,
        category,
        measure,
        unit,
        direction,
        rollup,
        baseline,
        change,
    }
}

/// Three benefits per service, in service order: benefit `i` is enabled by service `i / 3`.
#[rustfmt::skip]
pub(super) const BENEFITS: [BenefitSpec; 30] = [
    b("Paper records costs released", CashReleasing, "Records storage and retrieval costs released", "GBP", Increase, Sum, 400_000.0, 1.0),
    b("Clinician time released from notes", NonCashReleasing, "Clinician hours a month released from note-keeping", "hours", Increase, Sum, 2_000.0, 1.0),
    b("Complete records at the point of care", Quality, "Share of encounters with a complete electronic record", "%", Increase, Mean, 55.0, 0.6),
    b("Fewer prescribing errors", Safety, "Prescribing errors per 1,000 items", "per 1,000 items", Decrease, Mean, 12.0, 0.4),
    b("Pharmacy time released", NonCashReleasing, "Pharmacy hours a month released", "hours", Increase, Sum, 600.0, 1.0),
    b("Prescriptions sent electronically", Strategic, "Share of items prescribed electronically", "%", Increase, Mean, 40.0, 1.2),
    b("Patients managing appointments online", PatientExperience, "Share of appointments booked online", "%", Increase, Mean, 15.0, 2.0),
    b("Reception calls avoided", NonCashReleasing, "Reception calls a month", "count", Decrease, Sum, 9_000.0, 0.25),
    b("Letters sent digitally", CashReleasing, "Postage costs released", "GBP", Increase, Sum, 60_000.0, 1.0),
    b("Tests not repeated", CashReleasing, "Costs of repeated tests released", "GBP", Increase, Sum, 150_000.0, 1.0),
    b("Fewer medication discrepancies at admission", Safety, "Medication discrepancies per 100 admissions", "per 100 admissions", Decrease, Mean, 30.0, 0.5),
    b("Shared records viewed in urgent care", Quality, "Share of urgent care contacts with the shared record viewed", "%", Increase, Mean, 20.0, 2.0),
    b("Faster imaging reports", Quality, "Time to report an image", "minutes", Decrease, Mean, 1_800.0, 0.6),
    b("Film costs released", CashReleasing, "Film and chemical costs released", "GBP", Increase, Sum, 300_000.0, 1.0),
    b("Images shared, not re-taken", Safety, "Repeat imaging per 1,000 examinations", "per 1,000 items", Decrease, Mean, 25.0, 0.4),
    b("Bed days saved by remote monitoring", NonCashReleasing, "Bed days a month saved", "count", Increase, Sum, 300.0, 1.0),
    b("Fewer emergency admissions of monitored patients", Quality, "Emergency admissions per 100 monitored patients", "per 100 admissions", Decrease, Mean, 18.0, 0.3),
    b("Patients confident managing their condition", PatientExperience, "Share of monitored patients confident managing their condition", "%", Increase, Mean, 45.0, 0.4),
    b("Referrals booked electronically", Strategic, "Share of referrals booked electronically", "%", Increase, Mean, 50.0, 0.8),
    b("Fewer missed first appointments", PatientExperience, "First appointments not attended", "%", Decrease, Mean, 9.0, 0.35),
    b("Referral letters costs released", CashReleasing, "Referral letter costs released", "GBP", Increase, Sum, 25_000.0, 1.0),
    b("Practice time released by online consultation", NonCashReleasing, "Clinician hours a month released", "hours", Increase, Sum, 150.0, 1.0),
    b("Same-day access", PatientExperience, "Share of requests answered the same day", "%", Increase, Mean, 35.0, 0.8),
    b("Fewer avoidable face-to-face appointments", Quality, "Avoidable face-to-face appointments a month", "count", Decrease, Sum, 1_200.0, 0.3),
    b("Back-office costs released by automation", CashReleasing, "Back-office costs released", "GBP", Increase, Sum, 200_000.0, 1.0),
    b("Administrative hours released", NonCashReleasing, "Administrative hours a month released", "hours", Increase, Sum, 900.0, 1.0),
    b("Invoices paid on time", Quality, "Share of invoices paid within 30 days", "%", Increase, Mean, 70.0, 0.3),
    b("Sepsis recognised early", Safety, "Share of sepsis cases treated within the hour", "%", Increase, Mean, 60.0, 0.4),
    b("Fewer adverse drug events", Safety, "Adverse drug events per 1,000 admissions", "per 1,000 items", Decrease, Mean, 8.0, 0.35),
    b("Guideline-concordant care", Quality, "Share of care concordant with guidelines", "%", Increase, Mean, 65.0, 0.25),
];

/// The services, in the order their benefits are listed in [`BENEFITS`].
#[rustfmt::skip]
pub(super) const SERVICES: [ServiceSpec; 10] = [
    ServiceSpec { name: "Electronic patient record", at_trusts: 0.85, at_practices: 0.10 },
    ServiceSpec { name: "Electronic prescribing", at_trusts: 0.75, at_practices: 0.60 },
    ServiceSpec { name: "Patient portal", at_trusts: 0.50, at_practices: 0.50 },
    ServiceSpec { name: "Shared care record", at_trusts: 0.80, at_practices: 0.55 },
    ServiceSpec { name: "Digital imaging", at_trusts: 0.80, at_practices: 0.0 },
    ServiceSpec { name: "Remote monitoring", at_trusts: 0.40, at_practices: 0.20 },
    ServiceSpec { name: "Electronic referral", at_trusts: 0.70, at_practices: 0.55 },
    ServiceSpec { name: "Online consultation", at_trusts: 0.20, at_practices: 0.50 },
    ServiceSpec { name: "Robotic process automation", at_trusts: 0.45, at_practices: 0.10 },
    ServiceSpec { name: "Clinical decision support", at_trusts: 0.50, at_practices: 0.20 },
];

/// How many benefits each service enables.
pub(super) const BENEFITS_PER_SERVICE: usize = BENEFITS.len() / SERVICES.len();

/// The benefit code of the benefit at `index`.
pub(super) fn code(index: usize) -> String {
    format!("NHS-B{:02}", index + 1)
}

/// The keys of the catalogue's rows, in the order of [`BENEFITS`] and [`SERVICES`].
pub(super) struct Catalogue {
    /// Benefit keys.
    pub(super) benefits: Vec<i32>,
    /// Service keys.
    pub(super) services: Vec<i32>,
}

/// Inserts the programme, its benefits, the services and the enablements (a few dozen rows,
/// one by one for their keys).
pub(super) async fn load(txn: &DatabaseTransaction) -> anyhow::Result<Catalogue> {
    let date = |y, m, d| chrono::NaiveDate::from_ymd_opt(y, m, d);
    let programme = programme::ActiveModel {
        name: Set(PROGRAMME_NAME.to_owned()),
        description: Set(Some(
            "A national programme of digital services for trusts and GP practices, generated \
             at scale for benchmarks (`realise seed --scale nhs`)."
                .to_owned(),
        )),
        senior_responsible_owner_id: Set(None),
        budget_pence: Set(Some(250_000_000_000)),
        starts_on: Set(date(2024, 4, 1)),
        ends_on: Set(date(2026, 3, 31)),
        status: Set(ProgrammeStatus::Active),
        ..Default::default()
    }
    .insert(txn)
    .await
    .context("inserting the scale programme")?;
    let mut benefits = Vec::with_capacity(BENEFITS.len());
    for (i, spec) in BENEFITS.iter().enumerate() {
        let row = benefit::ActiveModel {
            programme_id: Set(programme.id),
            code: Set(code(i)),
            title: Set(spec.title.to_owned()),
            description: Set(None),
            category: Set(spec.category),
            is_disbenefit: Set(false),
            measure: Set(spec.measure.to_owned()),
            unit: Set(spec.unit.to_owned()),
            direction: Set(spec.direction),
            rollup: Set(spec.rollup),
            // The generated series are each month's level, not running totals.
            measure_kind: Set(MeasureKind::Period),
            value_type: Set(ValueType::WorkingSmarter),
            reach: Set(if i % 2 == 0 {
                Reach::Internal
            } else {
                Reach::External
            }),
            national_owner_id: Set(None),
            status: Set(BenefitStatus::InRealisation),
            ..Default::default()
        }
        .insert(txn)
        .await
        .with_context(|| format!("inserting benefit {}", code(i)))?;
        benefits.push(row.id);
    }
    let mut services = Vec::with_capacity(SERVICES.len());
    for (s, spec) in SERVICES.iter().enumerate() {
        let row = service::ActiveModel {
            name: Set(spec.name.to_owned()),
            description: Set(None),
            provider_id: Set(None),
            owner_id: Set(None),
            lifecycle: Set(ServiceLifecycle::Live),
            availability_target: Set(Some(99.5)),
            value_type: Set(ValueType::WorkingSmarter),
            reach: Set(Reach::Internal),
            ..Default::default()
        }
        .insert(txn)
        .await
        .with_context(|| format!("inserting service {}", spec.name))?;
        for b in &benefits[s * BENEFITS_PER_SERVICE..(s + 1) * BENEFITS_PER_SERVICE] {
            enablement::ActiveModel {
                service_id: Set(row.id),
                benefit_id: Set(*b),
                ..Default::default()
            }
            .insert(txn)
            .await
            .context("inserting an enablement")?;
        }
        services.push(row.id);
    }
    Ok(Catalogue { benefits, services })
}
