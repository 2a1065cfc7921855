//! Each row of a return checked exactly as `recordMeasurement` checks a value (the commitment
//! is live and the organisation's, the organisation open, the value a number, the date not in
//! the future), and against the period: a row for a period already reported is the same value
//! (nothing to do) or a correction of it. The reads run on whatever connection is given: the
//! pool for a check, the commit's own transaction for a commit, so what is written is what was
//! checked.

use std::collections::{HashMap, HashSet};

use async_graphql::ID;
use entity::{benefit, commitment, measurement};
use sea_orm::{ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter};

use super::lines::{COMMITMENT, DATE, Line, ReturnFile, VALUE};
use super::period::Period;
use super::report::{Issue, Outcome, RowReport};
use super::target::Target;
use super::values;
use crate::commitments::figures::Reading;
use crate::commitments::guards::live;
use crate::graphql::ids::{NodeType, decode_as};
use crate::graphql::mutation::{UserError, UserErrorCode};
use crate::graphql::write::WriteError;

/// A row that will write: a new value, or a correction of `supersedes`.
#[derive(Clone, Debug)]
pub struct ToWrite {
    /// The commitment.
    pub commitment: i32,
    /// The checked value and date.
    pub reading: Reading,
    /// The note.
    pub note: Option<String>,
    /// The value it corrects.
    pub supersedes: Option<measurement::Model>,
}

/// A row checked: its report, and what it writes if anything.
#[derive(Clone, Debug)]
pub struct Checked {
    /// What the report says of it.
    pub report: RowReport,
    /// What a commit writes for it.
    pub write: Option<ToWrite>,
}

/// The name of a user error code, as the GraphQL API writes it.
fn code_name(code: UserErrorCode) -> String {
    match async_graphql::InputType::to_value(&code) {
        async_graphql::Value::Enum(name) => name.to_string(),
        _ => format!("{code:?}"),
    }
}

/// The rows' issues for `recordMeasurement`'s refusals, each under its column.
fn issues_of(line: u32, errors: Vec<UserError>) -> Vec<Issue> {
    errors
        .into_iter()
        .map(|e| {
            let column = match e.field.as_deref() {
                Some("measuredOn") => Some(DATE),
                Some("value") => Some(VALUE),
                _ => Some(COMMITMENT),
            };
            Issue::new(line, column, &code_name(e.code), e.message)
        })
        .collect()
}

/// What is already known of the commitments a return names.
struct Known {
    commitments: HashMap<i32, commitment::Model>,
    benefits: HashMap<i32, benefit::Model>,
    /// The value each commitment already has for the period: its newest uncorrected one.
    reported: HashMap<i32, measurement::Model>,
}

async fn known<C: ConnectionTrait>(db: &C, ids: &[i32], period: Period) -> Result<Known, DbErr> {
    let commitments: HashMap<i32, commitment::Model> = commitment::Entity::find()
        .filter(commitment::Column::Id.is_in(ids.to_vec()))
        .all(db)
        .await?
        .into_iter()
        .map(|c| (c.id, c))
        .collect();
    let benefit_ids: HashSet<i32> = commitments.values().map(|c| c.benefit_id).collect();
    let benefits = values::benefits(db, benefit_ids).await?;
    let in_period = measurement::Entity::find()
        .filter(measurement::Column::CommitmentId.is_in(ids.to_vec()))
        .filter(measurement::Column::MeasuredOn.between(period.first_day(), period.last_day()))
        .all(db)
        .await?;
    let reported = values::newest_uncorrected(&in_period, |_| true)
        .into_iter()
        .map(|(c, m)| (c, m.clone()))
        .collect();
    Ok(Known {
        commitments,
        benefits,
        reported,
    })
}

/// The rows of `file`, checked.
pub async fn rows<C: ConnectionTrait>(
    db: &C,
    file: &ReturnFile,
    target: &Target,
) -> Result<Vec<Checked>, DbErr> {
    let ids: Vec<Option<i32>> = file
        .rows
        .iter()
        .map(|r| {
            r.commitment
                .as_deref()
                .and_then(|c| decode_as(&ID::from(c), NodeType::Commitment).ok())
        })
        .collect();
    let wanted: Vec<i32> = ids.iter().flatten().copied().collect();
    let known = known(db, &wanted, target.period).await?;
    let mut seen: HashMap<i32, u32> = HashMap::new();
    Ok(file
        .rows
        .iter()
        .zip(ids)
        .map(|(row, id)| one(row, id, &known, target, &mut seen))
        .collect())
}

fn one(
    row: &Line,
    id: Option<i32>,
    known: &Known,
    target: &Target,
    seen: &mut HashMap<i32, u32>,
) -> Checked {
    let line = row.line;
    let commitment = id.and_then(|id| known.commitments.get(&id));
    let mut report = RowReport {
        line,
        commitment: row.commitment.clone(),
        benefit: commitment
            .and_then(|c| known.benefits.get(&c.benefit_id))
            .map(|b| format!("{}: {}", b.code, b.title)),
        measured_on: row.measured_on,
        value: row.value,
        note: row.note.clone(),
        previous: None,
        outcome: Outcome::Refused,
        issues: row.issues.clone(),
        measurement: None,
    };
    let refuse = |mut report: RowReport, code: &str, column: &str, message: String| {
        report
            .issues
            .push(Issue::new(line, Some(column), code, message));
        Checked {
            report,
            write: None,
        }
    };
    let org = &target.organisation;
    let Some(commitment) = commitment else {
        let message = match &row.commitment {
            None => "the row gives a value but names no commitment".to_owned(),
            Some(given) => format!("no commitment has the id {given:?}"),
        };
        return refuse(report, "NOT_FOUND", COMMITMENT, message);
    };
    if commitment.organisation_id != org.id {
        return refuse(
            report,
            "NOT_OF_ORGANISATION",
            COMMITMENT,
            format!("this commitment is not one of {}'s", org.name),
        );
    }
    if let Some(first) = seen.insert(commitment.id, line) {
        return refuse(
            report,
            "DUPLICATE_ROW",
            COMMITMENT,
            format!("line {first} already gives this commitment's value"),
        );
    }
    if let Err(WriteError::Refused(errors)) = live(
        commitment,
        "commitment",
        "the commitment is withdrawn or transferred",
    ) {
        report.issues.extend(issues_of(line, errors));
    }
    let Some(value) = row.value else {
        if report.issues.is_empty() && row.note.is_none() {
            report.outcome = Outcome::NoValue;
            return Checked {
                report,
                write: None,
            };
        }
        if row.note.is_some() {
            return refuse(
                report,
                "MISSING_VALUE",
                VALUE,
                "the row has a note but no value: give the value, or clear the note".into(),
            );
        }
        return Checked {
            report,
            write: None,
        };
    };
    let measured_on = row
        .measured_on
        .unwrap_or_else(|| target.period.default_date(target.today));
    report.measured_on = Some(measured_on);
    if !target.period.contains(measured_on) {
        report.issues.push(Issue::new(
            line,
            Some(DATE),
            "OUTSIDE_PERIOD",
            format!(
                "{measured_on} is not in {}: a return gives values for its own month",
                target.period.label()
            ),
        ));
    }
    let reading = match Reading::parse(measured_on, value, target.today) {
        Ok(reading) => Some(reading),
        Err(errors) => {
            report.issues.extend(issues_of(line, errors));
            None
        }
    };
    let (Some(reading), true) = (reading, report.issues.is_empty()) else {
        return Checked {
            report,
            write: None,
        };
    };
    let previous = known.reported.get(&commitment.id);
    report.previous = previous.map(|p| p.value);
    let same = previous.is_some_and(|p| {
        p.value == reading.value
            && p.measured_on == reading.measured_on
            && (row.note.is_none() || row.note == p.note)
    });
    report.outcome = match (previous, same) {
        (_, true) => Outcome::Unchanged,
        (Some(_), false) => Outcome::Correction,
        (None, _) => Outcome::New,
    };
    let write = (!same).then(|| ToWrite {
        commitment: commitment.id,
        reading,
        note: row.note.clone(),
        supersedes: previous.cloned(),
    });
    Checked { report, write }
}
