//! The service catalogue of the programme: the national services and the care record and
//! imaging systems it delivered, with their providers, owners, lifecycles and targets.

use entity::enums::Reach::{self, External, Internal};
use entity::enums::ServiceLifecycle::{self, Live, Pipeline, Retired};
use entity::enums::ValueType::{self, InformedDecisions, WorkingSmarter};
use entity::service;
use sea_orm::{DatabaseTransaction, Set};

use super::Keys;
use super::organisations::SHARED_SERVICE;
use crate::seed::rows::insert_one;

/// (name, provider, owner, lifecycle, availability target %, value type, reach, description).
type ServiceRow = (
    &'static str,
    &'static str,
    &'static str,
    ServiceLifecycle,
    f64,
    ValueType,
    Reach,
    &'static str,
);

#[rustfmt::skip]
pub(super) const SERVICES: &[ServiceRow] = &[
    ("Spine", "BT", "alan.whitfield", Live, 99.9, InformedDecisions, External,
     "The national database and messaging service behind patient demographics, the Summary Care Record, electronic prescriptions and Choose and Book."),
    ("N3 network", "BT", "alan.whitfield", Retired, 99.9, WorkingSmarter, Internal,
     "The national broadband network that connected NHS organisations from 2004; retired, replaced by the Health and Social Care Network (HSCN)."),
    ("NHSmail", "Cable & Wireless", "alan.whitfield", Live, 99.9, WorkingSmarter, Internal,
     "Secure national email and directory for NHS staff."),
    ("Choose and Book", "Atos Origin", "david.okafor", Live, 99.5, InformedDecisions, External,
     "Electronic referral and booking of first outpatient appointments, with a choice of hospital."),
    ("Summary Care Record", "BT", "ruth.pearson", Live, 99.9, InformedDecisions, External,
     "Key information from the GP record (medicines, allergies, adverse reactions) available to clinicians in urgent and emergency care."),
    ("Electronic Prescription Service", "BT", "priya.shah", Live, 99.9, WorkingSmarter, External,
     "Prescriptions sent electronically from GP practices to the patient's nominated pharmacy."),
    ("GP2GP", "BT", "priya.shah", Live, 99.5, WorkingSmarter, Internal,
     "Electronic transfer of a patient's GP record when they register with a new practice."),
    ("PACS imaging (GE Centricity)", "GE Healthcare", "helen.marsh", Live, 99.5, InformedDecisions, Internal,
     "Picture archiving and communication system: digital radiology images in place of film."),
    ("PACS imaging (Agfa IMPAX)", "Agfa HealthCare", "helen.marsh", Live, 99.5, InformedDecisions, Internal,
     "Picture archiving and communication system: digital radiology images in place of film."),
    ("Cerner Millennium care records", "Cerner", "mark.dunn", Live, 99.5, InformedDecisions, Internal,
     "Detailed hospital care records, patient administration and order communications."),
    ("Lorenzo care records", "iSOFT", "mark.dunn", Pipeline, 99.5, InformedDecisions, Internal,
     "Detailed care records for the North, Midlands and East; early adopters in readiness review."),
    ("Worcestershire HIS service desk", SHARED_SERVICE, "ian.mercer", Live, 99.0, WorkingSmarter, Internal,
     "First- and second-line IT support for the NHS organisations the shared service serves."),
];

/// Inserts the services one by one, for their keys.
pub(super) async fn load(txn: &DatabaseTransaction, keys: &mut Keys) -> anyhow::Result<()> {
    for &(name, provider, owner, lifecycle, target, value_type, reach, description) in SERVICES {
        let row = service::ActiveModel {
            name: Set(name.to_owned()),
            description: Set(Some(description.to_owned())),
            provider_id: Set(Some(keys.org(provider)?)),
            owner_id: Set(Some(keys.person(owner)?)),
            lifecycle: Set(lifecycle),
            availability_target: Set(Some(target)),
            value_type: Set(value_type),
            reach: Set(reach),
            ..Default::default()
        };
        let id = insert_one(txn, row, || format!("service {name}")).await?.id;
        keys.services.insert(name, id);
    }
    Ok(())
}
