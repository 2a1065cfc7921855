//! Whether an organisation is open: a closed one takes no new commitment, deployment,
//! measurement, sign-off or edit (DESIGN.md).

use chrono::NaiveDate;
use entity::enums::OrganisationStatus;
use entity::organisation;
use sea_orm::ConnectionTrait;

use crate::graphql::write::{UserErrorCode, WriteResult, found, refused};

/// Whether an organisation with this status and closing date is closed on `today`.
pub fn is_closed(
    status: OrganisationStatus,
    closed_on: Option<NaiveDate>,
    today: NaiveDate,
) -> bool {
    status == OrganisationStatus::Closed || closed_on.is_some_and(|d| d <= today)
}

/// The organisation with key `id` when it is open on `today`; NOT_FOUND or ORGANISATION_CLOSED
/// about `field` otherwise.
#[tracing::instrument(level = "debug", skip(db))]
pub async fn open_organisation<C: ConnectionTrait>(
    db: &C,
    id: i32,
    field: &str,
    today: NaiveDate,
) -> WriteResult<organisation::Model> {
    let org = found::<organisation::Entity, C>(db, id, field).await?;
    if is_closed(org.status, org.closed_on, today) {
        return refused(
            field,
            UserErrorCode::OrganisationClosed,
            "the organisation is closed",
        );
    }
    Ok(org)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn closed_by_status_or_by_a_closing_date_on_or_before_today() {
        let d = |y, m, dd| NaiveDate::from_ymd_opt(y, m, dd).unwrap_or_default();
        let today = d(2026, 11, 30);
        let cases = [
            (OrganisationStatus::Active, None, false),
            (OrganisationStatus::Closed, None, true),
            (OrganisationStatus::Active, Some(d(2026, 11, 30)), true),
            (OrganisationStatus::Active, Some(d(2026, 12, 1)), false),
            (OrganisationStatus::Dormant, Some(d(2013, 3, 31)), true),
        ];
        for (status, closed_on, expected) in cases {
            assert_eq!(
                is_closed(status, closed_on, today),
                expected,
                "{status:?} {closed_on:?}"
            );
        }
    }
}
