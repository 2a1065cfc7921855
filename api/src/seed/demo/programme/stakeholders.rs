//! Stakeholder management: power/interest assessments of organisations and people over the
//! life of the programme (every attitude occurs), and dated engagements with who took part.

use entity::enums::Attitude::{self, Champion, Concerned, Neutral, Resistant, Supportive};
use entity::enums::EngagementKind::{
    self, Board, Briefing, Correspondence, Meeting, Other, SiteVisit, Workshop,
};
use entity::{engagement, engagement_participant, stakeholder_assessment};
use sea_orm::{DatabaseTransaction, Set};

use super::{Keys, Ymd, day};

/// Who is assessed: an organisation (ODS code or name) or a person (email local part).
#[derive(Clone, Copy)]
pub(super) enum Subject {
    Organisation(&'static str),
    Person(&'static str),
}
use crate::seed::rows::{insert_all, insert_one};
use Subject::{Organisation as Org, Person};

/// (subject, influence 1-5, interest 1-5, attitude, assessed on, notes).
#[rustfmt::skip]
pub(super) const ASSESSMENTS: &[(Subject, i32, i32, Attitude, Ymd, &str)] = &[
    (Person("richard.granger"), 5, 5, Champion, (2004, 6, 30), "Drives the national contracts and their timetable."),
    (Org("BT"), 5, 5, Supportive, (2004, 6, 30), "Spine, N3 and London LSP: the programme's largest supplier."),
    (Org("Accenture"), 4, 3, Concerned, (2006, 6, 30), "Losses on the North East and Eastern LSP contracts; exit under discussion."),
    (Org("Accenture"), 2, 1, Neutral, (2008, 1, 31), "Left the programme; its LSP contracts passed to CSC."),
    (Org("Fujitsu"), 4, 3, Concerned, (2007, 12, 31), "Southern LSP contract reset talks stalled."),
    (Org("Fujitsu"), 4, 2, Resistant, (2008, 5, 30), "Southern LSP contract terminated."),
    (Org("CSC"), 5, 5, Neutral, (2010, 3, 31), "Delivery of Lorenzo to early adopters behind plan."),
    (Org("Q30"), 4, 4, Supportive, (2008, 3, 31), "Leads the North East's benefits work with its trusts."),
    (Org("RAL"), 3, 5, Concerned, (2008, 7, 31), "Reporting and waiting-list problems after the Cerner Millennium go-live."),
    (Person("claire.hughes"), 3, 5, Resistant, (2008, 9, 30), "Clinicians' confidence in the new record low after go-live."),
    (Org("RWP"), 3, 4, Supportive, (2009, 6, 30), "Board signed off its commitments; hosts the county's informatics service."),
    (Person("john.rowley"), 4, 4, Champion, (2009, 6, 30), "Chairs the county informatics board."),
    (Person("james.holloway"), 2, 4, Resistant, (2007, 10, 31), "Opposes uploading records to the Summary Care Record without explicit consent."),
    (Org("5K8"), 2, 4, Neutral, (2010, 6, 30), "Summary Care Record uploads paused pending a consent review."),
    (Person("paul.ashworth"), 3, 5, Concerned, (2010, 3, 31), "Lorenzo data migration not yet proven."),
    (Person("susan.wright"), 2, 3, Supportive, (2009, 4, 30), "Early adopter of GP2GP and the Summary Care Record."),
];

/// (date, kind, summary, outcome, organisations, people).
type EngagementRow = (
    Ymd,
    EngagementKind,
    &'static str,
    &'static str,
    &'static [&'static str],
    &'static [&'static str],
);

#[rustfmt::skip]
pub(super) const ENGAGEMENTS: &[EngagementRow] = &[
    ((2004, 1, 20), Briefing, "Briefing on the national and local service provider contracts.",
     "Suppliers' mobilisation plans shared with the Department.",
     &["Department of Health", "BT", "Accenture", "CSC", "Fujitsu"], &["richard.granger"]),
    ((2006, 9, 14), Workshop, "Choose and Book workshop with Islington GPs.",
     "Practices agreed to book first outpatient referrals through Choose and Book by default.",
     &["5K8", "F83002", "F83004", "Atos Origin"], &["anna.kowalski", "nadia.rahman", "david.okafor"]),
    ((2007, 3, 20), Meeting, "PACS benefits baseline review, North East.",
     "Film cost and reporting time baselines agreed for the trusts' commitments.",
     &["Q30", "RTD", "RTR"], &["julie.armstrong", "rajesh.patel", "emma.lawson", "helen.marsh"]),
    ((2008, 5, 30), Correspondence, "Termination of the Southern local service provider contract.",
     "Southern trusts told how PACS support continues and which care record deployments stop.",
     &["NHS Connecting for Health", "Fujitsu", "Q39", "RTH", "RK9"], &["mark.dunn", "tom.kendall", "margaret.ellis"]),
    ((2008, 7, 2), SiteVisit, "Review of the Cerner Millennium go-live at the Royal Free.",
     "Recovery plan for reporting and waiting lists; extra training for clinicians.",
     &["RAL", "BT", "Cerner", "Q36"], &["stephen.moore", "claire.hughes", "sarah.bennett", "graham.lowe", "mark.dunn"]),
    ((2009, 6, 10), Board, "Trust board: sign-off of the trust's NPfIT benefit commitments.",
     "Commitments for film costs, reporting times and Choose and Book signed off.",
     &["RWP", "Worcestershire Health Informatics Service"], &["john.rowley", "fiona.grant", "ian.mercer"]),
    ((2010, 3, 18), Meeting, "Lorenzo readiness review at University Hospitals of Morecambe Bay.",
     "Go-live deferred: the data migration rehearsal failed its gate.",
     &["RTX", "CSC", "iSOFT", "NHS Connecting for Health"], &["gillian.ross", "paul.ashworth", "karen.fisher", "mark.dunn"]),
    ((2010, 11, 4), Workshop, "Summary Care Record public information programme, Hartlepool.",
     "Patient letters and opt-out arrangements agreed with practices.",
     &["5D9", "A81011", "A81031"], &["lesley.hutchinson", "ruth.pearson"]),
    ((2011, 5, 18), Other, "National Audit Office report on the delivery of detailed care records.",
     "Programme board asked trusts to re-baseline care record benefits.",
     &["NHS Connecting for Health", "Department of Health"], &["simon.clarke", "christine.connelly"]),
    ((2011, 9, 22), Briefing, "Announcement that the National Programme for IT will be dismantled.",
     "Local commitments continue under the organisations that own them.",
     &["Department of Health", "NHS Connecting for Health", "Q30", "Q34", "Q36", "Q39"], &["simon.clarke", "alan.whitfield"]),
];

/// Inserts the assessments, the engagements (one by one, for their keys) and participants.
pub(super) async fn load(txn: &DatabaseTransaction, keys: &mut Keys) -> anyhow::Result<()> {
    let codes = ASSESSMENTS
        .iter()
        .filter_map(|a| match a.0 {
            Org(key) => Some(key),
            Person(_) => None,
        })
        .chain(ENGAGEMENTS.iter().flat_map(|e| e.4.iter().copied()));
    keys.resolve_codes(txn, codes).await?;
    let mut rows = Vec::with_capacity(ASSESSMENTS.len());
    for &(subject, influence, interest, attitude, on, notes) in ASSESSMENTS {
        let (organisation_id, person_id) = match subject {
            Org(key) => (Some(keys.org(key)?), None),
            Person(key) => (None, Some(keys.person(key)?)),
        };
        rows.push(stakeholder_assessment::ActiveModel {
            programme_id: Set(keys.programme),
            person_id: Set(person_id),
            organisation_id: Set(organisation_id),
            influence: Set(influence),
            interest: Set(interest),
            attitude: Set(attitude),
            assessed_on: Set(day(on)?),
            notes: Set(Some(notes.to_owned())),
            ..Default::default()
        });
    }
    insert_all(txn, rows, "stakeholder assessments").await?;
    let mut participants = Vec::new();
    for &(on, kind, summary, outcome, orgs, people) in ENGAGEMENTS {
        let row = engagement::ActiveModel {
            programme_id: Set(keys.programme),
            occurred_on: Set(day(on)?),
            kind: Set(kind),
            summary: Set(summary.to_owned()),
            outcome: Set(Some(outcome.to_owned())),
            ..Default::default()
        };
        let id = insert_one(txn, row, || format!("engagement {summary}"))
            .await?
            .id;
        for org in orgs {
            participants.push(participant(id, Some(keys.org(org)?), None));
        }
        for person in people {
            participants.push(participant(id, None, Some(keys.person(person)?)));
        }
    }
    insert_all(txn, participants, "engagement participants").await?;
    Ok(())
}

fn participant(
    engagement_id: i32,
    organisation_id: Option<i32>,
    person_id: Option<i32>,
) -> engagement_participant::ActiveModel {
    engagement_participant::ActiveModel {
        engagement_id: Set(engagement_id),
        organisation_id: Set(organisation_id),
        person_id: Set(person_id),
        ..Default::default()
    }
}
