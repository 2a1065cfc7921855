//! Programme and benefit inputs, parsed into checked field sets. An update is the stored row
//! with the given fields replaced, checked by the same rules as a creation.

use async_graphql::{ID, InputObject, MaybeUndefined};
use chrono::NaiveDate;
use entity::enums::{
    BenefitCategory, BenefitStatus, Direction, MeasureKind, ProgrammeStatus, Reach, Rollup,
    ValueType,
};
use entity::{benefit, programme};

use crate::graphql::mutation::{Checks, UserError, UserErrorCode, or_stored};
use crate::graphql::scalars::{Date, Pence};

/// A new programme.
#[derive(InputObject)]
pub struct CreateProgrammeInput {
    /// Name.
    pub name: String,
    /// What it is for.
    pub description: Option<String>,
    /// The senior responsible owner (a person).
    pub senior_responsible_owner: Option<ID>,
    /// Budget.
    pub budget_pence: Option<Pence>,
    /// Start date.
    pub starts_on: Option<Date>,
    /// End date (after the start).
    pub ends_on: Option<Date>,
    /// Where it is in its life (default PLANNED).
    #[graphql(default_with = "ProgrammeStatus::Planned")]
    pub status: ProgrammeStatus,
}

/// Changes to a programme: fields left out stay as they are.
#[derive(InputObject)]
pub struct UpdateProgrammeInput {
    /// The programme.
    pub id: ID,
    /// Name.
    pub name: Option<String>,
    /// What it is for; null clears it.
    pub description: MaybeUndefined<String>,
    /// The senior responsible owner (a person); null removes them.
    pub senior_responsible_owner: MaybeUndefined<ID>,
    /// Budget; null removes it.
    pub budget_pence: MaybeUndefined<Pence>,
    /// Start date; null clears it.
    pub starts_on: MaybeUndefined<Date>,
    /// End date (after the start); null clears it.
    pub ends_on: MaybeUndefined<Date>,
    /// Where it is in its life.
    pub status: Option<ProgrammeStatus>,
}

/// A programme's fields, checked.
#[derive(Clone, Debug, PartialEq)]
pub struct ProgrammeFields {
    pub name: String,
    pub description: Option<String>,
    pub senior_responsible_owner_id: Option<i32>,
    pub budget_pence: Option<i64>,
    pub starts_on: Option<NaiveDate>,
    pub ends_on: Option<NaiveDate>,
    pub status: ProgrammeStatus,
}

impl ProgrammeFields {
    /// The fields when they obey the rules: a name, a budget not below zero, dates in order.
    pub fn checked(mut self) -> Result<Self, Vec<UserError>> {
        let mut checks = Checks::default();
        self.name = checks.text(&self.name, "name");
        checks.check(
            self.budget_pence.is_none_or(|b| b >= 0),
            "budgetPence",
            UserErrorCode::OutOfRange,
            "a budget cannot be negative",
        );
        dates_in_order(&mut checks, self.starts_on, self.ends_on, "endsOn");
        checks.finish(self)
    }

    /// A creation's fields (the owner's id already decoded).
    pub fn from_create(input: CreateProgrammeInput, owner: Option<i32>) -> Self {
        Self {
            name: input.name,
            description: input.description,
            senior_responsible_owner_id: owner,
            budget_pence: input.budget_pence.map(|p| p.0),
            starts_on: input.starts_on.map(|d| d.0),
            ends_on: input.ends_on.map(|d| d.0),
            status: input.status,
        }
    }

    /// The stored row with an update's fields replaced.
    pub fn from_update(
        row: &programme::Model,
        input: UpdateProgrammeInput,
        owner: MaybeUndefined<i32>,
    ) -> Self {
        Self {
            name: input.name.unwrap_or_else(|| row.name.clone()),
            description: or_stored(input.description, row.description.clone()),
            senior_responsible_owner_id: or_stored(owner, row.senior_responsible_owner_id),
            budget_pence: or_stored(input.budget_pence.map_value(|p| p.0), row.budget_pence),
            starts_on: or_stored(input.starts_on.map_value(|d| d.0), row.starts_on),
            ends_on: or_stored(input.ends_on.map_value(|d| d.0), row.ends_on),
            status: input.status.unwrap_or(row.status),
        }
    }
}

/// Records DATES_OUT_OF_ORDER unless `end` is after `start`.
pub fn dates_in_order(
    checks: &mut Checks,
    start: Option<NaiveDate>,
    end: Option<NaiveDate>,
    field: &str,
) {
    if let (Some(s), Some(e)) = (start, end) {
        checks.check(
            s < e,
            field,
            UserErrorCode::DatesOutOfOrder,
            "must be after the start date",
        );
    }
}

/// A new benefit profile.
#[derive(InputObject)]
pub struct CreateBenefitInput {
    /// The programme that promises it.
    pub programme: ID,
    /// Short code, unique within the programme.
    pub code: String,
    /// Title.
    pub title: String,
    /// Description.
    pub description: Option<String>,
    /// Category.
    pub category: BenefitCategory,
    /// Whether it is a disbenefit (default false).
    #[graphql(default)]
    pub is_disbenefit: bool,
    /// The KPI's name.
    pub measure: String,
    /// Unit of the measure (GBP, %, minutes, count).
    pub unit: String,
    /// Which way is improvement.
    pub direction: Direction,
    /// How local figures add up.
    pub rollup: Rollup,
    /// Whether the measure is a running total or a value per period (default PERIOD).
    #[graphql(default_with = "MeasureKind::Period")]
    pub measure_kind: MeasureKind,
    /// Value-profile column.
    pub value_type: ValueType,
    /// Value-profile row.
    pub reach: Reach,
    /// The national owner (a person).
    pub national_owner: Option<ID>,
    /// Where it is in its life (default IDENTIFIED).
    #[graphql(default_with = "BenefitStatus::Identified")]
    pub status: BenefitStatus,
}

/// Changes to a benefit: fields left out stay as they are.
#[derive(InputObject)]
pub struct UpdateBenefitInput {
    /// The benefit.
    pub id: ID,
    /// Short code, unique within the programme.
    pub code: Option<String>,
    /// Title.
    pub title: Option<String>,
    /// Description; null clears it.
    pub description: MaybeUndefined<String>,
    /// Category.
    pub category: Option<BenefitCategory>,
    /// Whether it is a disbenefit.
    pub is_disbenefit: Option<bool>,
    /// The KPI's name.
    pub measure: Option<String>,
    /// Unit of the measure.
    pub unit: Option<String>,
    /// Which way is improvement.
    pub direction: Option<Direction>,
    /// How local figures add up.
    pub rollup: Option<Rollup>,
    /// Whether the measure is a running total or a value per period.
    pub measure_kind: Option<MeasureKind>,
    /// Value-profile column.
    pub value_type: Option<ValueType>,
    /// Value-profile row.
    pub reach: Option<Reach>,
    /// The national owner (a person); null removes them.
    pub national_owner: MaybeUndefined<ID>,
    /// Where it is in its life.
    pub status: Option<BenefitStatus>,
}

/// Checks a benefit row's texts (the row is built from the input, or the stored row updated).
pub fn checked_benefit(mut row: benefit::Model) -> Result<benefit::Model, Vec<UserError>> {
    let mut checks = Checks::default();
    row.code = checks.text(&row.code, "code");
    row.title = checks.text(&row.title, "title");
    row.measure = checks.text(&row.measure, "measure");
    row.unit = checks.text(&row.unit, "unit");
    checks.finish(row)
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    fn fields() -> ProgrammeFields {
        ProgrammeFields {
            name: " NPfIT ".into(),
            description: None,
            senior_responsible_owner_id: None,
            budget_pence: Some(0),
            starts_on: NaiveDate::from_ymd_opt(2002, 1, 1),
            ends_on: NaiveDate::from_ymd_opt(2011, 9, 22),
            status: ProgrammeStatus::Active,
        }
    }

    #[test]
    fn a_programme_needs_a_name_a_budget_and_dates_in_order() {
        assert_eq!(fields().checked().unwrap().name, "NPfIT");
        let bad = ProgrammeFields {
            name: "  ".into(),
            budget_pence: Some(-1),
            ends_on: NaiveDate::from_ymd_opt(2001, 1, 1),
            ..fields()
        };
        let codes: Vec<_> = bad
            .checked()
            .unwrap_err()
            .into_iter()
            .map(|e| e.code)
            .collect();
        assert_eq!(
            codes,
            [
                UserErrorCode::Blank,
                UserErrorCode::OutOfRange,
                UserErrorCode::DatesOutOfOrder
            ]
        );
    }
}
