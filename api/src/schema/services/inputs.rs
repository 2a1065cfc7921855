//! Service catalogue inputs and their checks.

use async_graphql::{ID, InputObject, MaybeUndefined};
use chrono::NaiveDate;
use entity::enums::{DeploymentStatus, GateStatus, Reach, ServiceLifecycle, ValueType};

use crate::graphql::mutation::{Checks, UserError, UserErrorCode};
use crate::graphql::scalars::Date;

/// A new service in the catalogue.
#[derive(InputObject)]
pub struct CreateServiceInput {
    /// Name.
    pub name: String,
    /// Description.
    pub description: Option<String>,
    /// The providing organisation (a supplier or shared service).
    pub provider: Option<ID>,
    /// The service owner (a person).
    pub owner: Option<ID>,
    /// Lifecycle stage (default PIPELINE).
    #[graphql(default_with = "ServiceLifecycle::Pipeline")]
    pub lifecycle: ServiceLifecycle,
    /// Availability target, percent (0 to 100).
    pub availability_target: Option<f64>,
    /// Value-profile column.
    pub value_type: ValueType,
    /// Value-profile row.
    pub reach: Reach,
}

/// Changes to a service: fields left out stay as they are.
#[derive(InputObject)]
pub struct UpdateServiceInput {
    /// The service.
    pub id: ID,
    /// Name.
    pub name: Option<String>,
    /// Description; null clears it.
    pub description: MaybeUndefined<String>,
    /// The providing organisation; null removes it.
    pub provider: MaybeUndefined<ID>,
    /// The service owner (a person); null removes it.
    pub owner: MaybeUndefined<ID>,
    /// Lifecycle stage.
    pub lifecycle: Option<ServiceLifecycle>,
    /// Availability target, percent (0 to 100); null removes it.
    pub availability_target: MaybeUndefined<f64>,
    /// Value-profile column.
    pub value_type: Option<ValueType>,
    /// Value-profile row.
    pub reach: Option<Reach>,
}

/// A new deployment of a service at an organisation.
#[derive(InputObject)]
pub struct CreateDeploymentInput {
    /// The service.
    pub service: ID,
    /// Where it is deployed (an open organisation).
    pub organisation: ID,
    /// Where the deployment stands (default PLANNED).
    #[graphql(default_with = "DeploymentStatus::Planned")]
    pub status: DeploymentStatus,
    /// Planned go-live date.
    pub planned_go_live: Option<Date>,
    /// Actual go-live date (not in the future).
    pub went_live_on: Option<Date>,
}

/// Changes to a deployment: fields left out stay as they are.
#[derive(InputObject)]
pub struct UpdateDeploymentInput {
    /// The deployment.
    pub id: ID,
    /// Where the deployment stands.
    pub status: Option<DeploymentStatus>,
    /// Planned go-live date.
    pub planned_go_live: Option<Date>,
    /// Actual go-live date (not in the future).
    pub went_live_on: Option<Date>,
}

/// A readiness decision for a deployment; a gate of the same name is replaced.
#[derive(InputObject)]
pub struct SetReadinessGateInput {
    /// The deployment.
    pub deployment: ID,
    /// What is being assessed.
    pub name: String,
    /// The decision.
    pub status: GateStatus,
    /// When decided (not in the future).
    pub decided_on: Option<Date>,
}

/// Service levels achieved in a period.
#[derive(InputObject)]
pub struct RecordServiceLevelReportInput {
    /// The service.
    pub service: ID,
    /// The deployment, when the report is for one site (a deployment of the service).
    pub deployment: Option<ID>,
    /// First day of the period.
    pub period_start: Date,
    /// Last day of the period (on or after the first, not in the future).
    pub period_end: Date,
    /// Availability achieved, percent (0 to 100).
    pub availability: f64,
    /// Incidents in the period (default 0).
    #[graphql(default)]
    pub incidents: i32,
    /// Notes.
    pub notes: Option<String>,
}

/// Records OUT_OF_RANGE or NOT_A_NUMBER unless `value` is a percentage.
pub fn percentage(checks: &mut Checks, value: f64, field: &str) {
    checks.finite(value, field);
    checks.check(
        !value.is_finite() || (0.0..=100.0).contains(&value),
        field,
        UserErrorCode::OutOfRange,
        "must be a percentage, 0 to 100",
    );
}

/// Records FUTURE_DATE when `date` is after `today`.
pub fn not_future(checks: &mut Checks, date: Option<NaiveDate>, today: NaiveDate, field: &str) {
    checks.check(
        date.is_none_or(|d| d <= today),
        field,
        UserErrorCode::FutureDate,
        "cannot be in the future",
    );
}

/// A checked service level report.
#[derive(Debug, PartialEq)]
pub struct Report {
    pub period_start: NaiveDate,
    pub period_end: NaiveDate,
    pub availability: f64,
    pub incidents: i32,
    pub notes: Option<String>,
}

impl Report {
    /// The report when its period is in order and over, and its figures make sense.
    pub fn parse(
        input: &RecordServiceLevelReportInput,
        today: NaiveDate,
    ) -> Result<Self, Vec<UserError>> {
        let mut checks = Checks::default();
        checks.check(
            input.period_start.0 <= input.period_end.0,
            "periodEnd",
            UserErrorCode::DatesOutOfOrder,
            "must be on or after the period's start",
        );
        not_future(&mut checks, Some(input.period_end.0), today, "periodEnd");
        percentage(&mut checks, input.availability, "availability");
        checks.check(
            input.incidents >= 0,
            "incidents",
            UserErrorCode::OutOfRange,
            "cannot be negative",
        );
        checks.finish(Report {
            period_start: input.period_start.0,
            period_end: input.period_end.0,
            availability: input.availability,
            incidents: input.incidents,
            notes: input.notes.clone(),
        })
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    fn day(d: u32) -> Date {
        Date(NaiveDate::from_ymd_opt(2026, 1, d).unwrap())
    }

    fn input(
        start: u32,
        end: u32,
        availability: f64,
        incidents: i32,
    ) -> RecordServiceLevelReportInput {
        RecordServiceLevelReportInput {
            service: ID::from("s"),
            deployment: None,
            period_start: day(start),
            period_end: day(end),
            availability,
            incidents,
            notes: None,
        }
    }

    #[test]
    fn reports_need_a_period_in_the_past_and_sensible_figures() {
        let today = day(31).0;
        assert!(Report::parse(&input(1, 31, 99.95, 2), today).is_ok());
        let codes = |i| {
            Report::parse(&i, today)
                .unwrap_err()
                .into_iter()
                .map(|e| e.code)
                .collect::<Vec<_>>()
        };
        assert_eq!(
            codes(input(10, 1, 99.0, 0)),
            [UserErrorCode::DatesOutOfOrder]
        );
        assert_eq!(codes(input(1, 31, 100.5, 0)), [UserErrorCode::OutOfRange]);
        assert_eq!(
            codes(input(1, 31, f64::NAN, -1)),
            [UserErrorCode::NotANumber, UserErrorCode::OutOfRange]
        );
    }
}
