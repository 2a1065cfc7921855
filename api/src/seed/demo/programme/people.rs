//! The people of the demo: the programme's SRO and national leads (public roles; the SRO and
//! the DH CIO are the real office holders), supplier and SHA contacts, and the local executives
//! and benefit owners of the organisations that commit to benefits (plausible fictional names).
//! Emails are on the reserved `.example` domain, so none is a real address.

use entity::person;
use sea_orm::{DatabaseTransaction, Set};

use super::Keys;
use super::organisations::SHARED_SERVICE;
use crate::seed::rows::insert_one;

/// The domain of every demo email address.
const EMAIL_DOMAIN: &str = "nhs.example";

const CFH: &str = "NHS Connecting for Health";

/// (key = email local part, name, job title, organisation, signs commitments off for it).
#[rustfmt::skip]
const PEOPLE: &[(&str, &str, &str, &str, bool)] = &[
    ("richard.granger", "Richard Granger", "Director General of NHS IT", CFH, false),
    ("christine.connelly", "Christine Connelly", "Chief Information Officer for Health", "Department of Health", false),
    ("helen.marsh", "Helen Marsh", "National PACS Programme Lead", CFH, false),
    ("david.okafor", "David Okafor", "Head of Choose and Book", CFH, false),
    ("ruth.pearson", "Ruth Pearson", "Head of Summary Care Record", CFH, false),
    ("alan.whitfield", "Alan Whitfield", "Head of Infrastructure Services", CFH, false),
    ("priya.shah", "Priya Shah", "Head of Electronic Prescription Service and GP2GP", CFH, false),
    ("simon.clarke", "Simon Clarke", "Head of Benefits Realisation", CFH, false),
    ("mark.dunn", "Mark Dunn", "Head of Care Records Delivery", CFH, false),
    ("graham.lowe", "Graham Lowe", "Client Director, NHS", "BT", false),
    ("karen.fisher", "Karen Fisher", "Client Director, NHS", "CSC", false),
    ("julie.armstrong", "Julie Armstrong", "Director of Informatics", "Q30", false),
    ("peter.vaughan", "Peter Vaughan", "Director of Informatics", "Q34", false),
    ("sarah.bennett", "Sarah Bennett", "Programme Director, London Programme for IT", "Q36", false),
    ("tom.kendall", "Tom Kendall", "Director of Informatics", "Q39", false),
    ("lesley.hutchinson", "Lesley Hutchinson", "Director of Commissioning", "5D9", true),
    ("nigel.parry", "Nigel Parry", "Head of Primary Care Informatics", "5PL", true),
    ("anna.kowalski", "Anna Kowalski", "Choose and Book Lead", "5K8", true),
    ("ian.mercer", "Ian Mercer", "Head of Health Informatics", SHARED_SERVICE, false),
    ("john.rowley", "John Rowley", "Chief Executive", "RWP", true),
    ("fiona.grant", "Fiona Grant", "Benefits Realisation Manager", "RWP", false),
    ("michael.byrne", "Michael Byrne", "Chief Executive", "R1A", true),
    ("catherine.shaw", "Catherine Shaw", "Director of Informatics", "RTD", true),
    ("rajesh.patel", "Rajesh Patel", "Clinical Lead for Imaging", "RTD", false),
    ("emma.lawson", "Emma Lawson", "Director of Finance", "RTR", true),
    ("stephen.moore", "Stephen Moore", "Chief Information Officer", "RAL", true),
    ("claire.hughes", "Claire Hughes", "Clinical Lead, Care Records", "RAL", false),
    ("gillian.ross", "Gillian Ross", "Chief Executive", "RTX", true),
    ("paul.ashworth", "Paul Ashworth", "Chief Information Officer", "RTX", false),
    ("owen.price", "Owen Price", "Medical Director", "RK9", true),
    ("margaret.ellis", "Margaret Ellis", "Chief Executive", "RTH", true),
    ("daniel.webb", "Daniel Webb", "Director of Finance", "RM1", true),
    ("laura.chen", "Laura Chen", "Director of Strategy", "RJ1", true),
    ("susan.wright", "Susan Wright", "Senior Partner", "A81001", true),
    ("james.holloway", "James Holloway", "Senior Partner", "M81008", true),
    ("nadia.rahman", "Nadia Rahman", "GP Partner", "F83002", true),
    ("rachel.dixon", "Rachel Dixon", "Chief Finance Officer", "00K", true),
];

/// The person who signs commitments off for an organisation (ODS code), if the demo has one.
pub(super) fn signatory(org: &str) -> Option<&'static str> {
    PEOPLE.iter().find(|p| p.3 == org && p.4).map(|p| p.0)
}

/// How many people the demo holds.
#[cfg(test)]
pub(super) fn count() -> usize {
    PEOPLE.len()
}

/// Inserts the people one by one, for their keys.
pub(super) async fn load(txn: &DatabaseTransaction, keys: &mut Keys) -> anyhow::Result<()> {
    keys.resolve_codes(txn, PEOPLE.iter().map(|p| p.3)).await?;
    for &(key, name, title, org, _) in PEOPLE {
        let row = person::ActiveModel {
            name: Set(name.to_owned()),
            job_title: Set(Some(title.to_owned())),
            email: Set(Some(format!("{key}@{EMAIL_DOMAIN}"))),
            organisation_id: Set(Some(keys.org(org)?)),
            ..Default::default()
        };
        let id = insert_one(txn, row, || format!("person {name}")).await?.id;
        keys.people.insert(key, id);
    }
    Ok(())
}
