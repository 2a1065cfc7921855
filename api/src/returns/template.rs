//! The return template of an organisation and a month: one row per live commitment, with what
//! helps to fill it in (the benefit, its measure, baseline, target and last value) and the
//! cells to fill: the date, the value and a note. A value already reported for the month is
//! filled in, so a template sent back unchanged changes nothing.

use std::collections::HashSet;

use entity::enums::CommitmentStatus;
use entity::{commitment, measurement};
use sea_orm::{ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, QueryOrder};

use super::lines::{COMMITMENT, DATE, NOTE, ORGANISATION_LABEL, PERIOD_LABEL, SHOWN, VALUE};
use super::target::{Target, code_of};
use super::values;
use crate::exports::table::{Cell, Table};
use crate::graphql::ids::NodeType;

/// The template's columns: the commitment, what is shown to help, and the cells to fill.
pub const COLUMNS: [&str; 11] = [
    COMMITMENT, SHOWN[0], SHOWN[1], SHOWN[2], SHOWN[3], SHOWN[4], SHOWN[5], SHOWN[6], DATE, VALUE,
    NOTE,
];

/// The template as a table.
pub async fn table<C: ConnectionTrait>(db: &C, target: &Target) -> Result<Table, DbErr> {
    let org = &target.organisation;
    let period = target.period;
    let commitments = commitment::Entity::find()
        .filter(commitment::Column::OrganisationId.eq(org.id))
        .filter(commitment::Column::Status.is_not_in(CommitmentStatus::ENDED))
        .order_by_asc(commitment::Column::Id)
        .all(db)
        .await?;
    let ids: Vec<i32> = commitments.iter().map(|c| c.id).collect();
    let benefit_ids: HashSet<i32> = commitments.iter().map(|c| c.benefit_id).collect();
    let benefits = values::benefits(db, benefit_ids).await?;
    // Each commitment's values up to the month's end: the last before the month is shown, and
    // the newest in it filled in.
    let values = measurement::Entity::find()
        .filter(measurement::Column::CommitmentId.is_in(ids))
        .filter(measurement::Column::MeasuredOn.lte(period.last_day()))
        .all(db)
        .await?;
    let before = values::newest_uncorrected(&values, |m| !period.contains(m.measured_on));
    let during = values::newest_uncorrected(&values, |m| period.contains(m.measured_on));
    let mut rows: Vec<(String, Vec<Cell>)> = commitments
        .iter()
        .map(|c| {
            let b = benefits.get(&c.benefit_id);
            let last = before.get(&c.id);
            let now = during.get(&c.id);
            let code = b.map(|b| b.code.clone()).unwrap_or_default();
            let cells = vec![
                Cell::Text(NodeType::Commitment.id(c.id).to_string()),
                Cell::Text(
                    b.map(|b| format!("{}: {}", b.code, b.title))
                        .unwrap_or_default(),
                ),
                Cell::Text(
                    b.map(|b| format!("{} ({})", b.measure, b.unit))
                        .unwrap_or_default(),
                ),
                Cell::Number(Some(c.baseline)),
                Cell::Number(Some(c.target)),
                Cell::Date(Some(c.target_on)),
                Cell::Number(last.map(|m| m.value)),
                Cell::Date(last.map(|m| m.measured_on)),
                Cell::Date(Some(
                    now.map_or(period.default_date(target.today), |m| m.measured_on),
                )),
                Cell::Number(now.map(|m| m.value)),
                Cell::Text(now.and_then(|m| m.note.clone()).unwrap_or_default()),
            ];
            (code, cells)
        })
        .collect();
    rows.sort_by(|a, b| a.0.cmp(&b.0));
    Ok(Table {
        title: vec![
            ("Measurement return".into(), org.name.clone()),
            (ORGANISATION_LABEL.into(), code_of(org)),
            (PERIOD_LABEL.into(), period.to_string()),
            (
                "How to fill it in".into(),
                format!(
                    "Give each commitment's value for {} in the Value column, with a note if \
                     you wish; leave the value empty to send nothing for it. Dates must fall \
                     in the month. Upload the file on the organisation's return page in \
                     Realise: it is checked, and shown to you, before anything is recorded.",
                    period.label()
                ),
            ),
        ],
        columns: &COLUMNS,
        rows: rows.into_iter().map(|(_, cells)| cells).collect(),
        more: None,
        file_stem: format!("return-{}-{period}", code_of(org).to_lowercase()),
        sheet: "Return",
    })
}
