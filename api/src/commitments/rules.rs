//! The organisation rules of a commitment (DESIGN.md): its owner is a person of the
//! organisation or of one PART_OF it; it is signed off by a person of the organisation or of
//! one it is PART_OF; a closed organisation's commitments take no new measurement, sign-off or
//! edit, only withdrawal or transfer.

use chrono::NaiveDate;
use entity::enums::OrganisationStatus;
use entity::person;
use sea_orm::{ConnectionTrait, DbErr, EntityTrait};

use crate::graphql::mutation::{UserError, UserErrorCode};
use crate::graphql::store::open_organisation;
use crate::organisations::{ancestors, descendants};

type Checked = Result<Result<(), Vec<UserError>>, DbErr>;

/// Whether an organisation with this status and closing date is closed on `today`.
pub fn is_closed(
    status: OrganisationStatus,
    closed_on: Option<NaiveDate>,
    today: NaiveDate,
) -> bool {
    status == OrganisationStatus::Closed || closed_on.is_some_and(|d| d <= today)
}

/// ORGANISATION_CLOSED (about `field`) when the commitment's organisation is closed.
pub async fn organisation_open<C: ConnectionTrait>(
    db: &C,
    org: i32,
    field: &str,
    today: NaiveDate,
) -> Checked {
    Ok(open_organisation(db, org, field, today).await?.map(|_| ()))
}

/// The organisation of person `id`; NOT_FOUND about `field` when there is no such person.
async fn organisation_of<C: ConnectionTrait>(
    db: &C,
    id: i32,
    field: &str,
) -> Result<Result<Option<i32>, Vec<UserError>>, DbErr> {
    Ok(match person::Entity::find_by_id(id).one(db).await? {
        Some(p) => Ok(p.organisation_id),
        None => Err(vec![UserError::new(
            field,
            UserErrorCode::NotFound,
            "no such person",
        )]),
    })
}

fn not_of_organisation(field: &str, message: &str) -> Vec<UserError> {
    vec![UserError::new(
        field,
        UserErrorCode::NotOfOrganisation,
        message,
    )]
}

/// NOT_OF_ORGANISATION unless `owner` is a person of `org` or of an organisation PART_OF it.
pub async fn owner_belongs<C: ConnectionTrait>(
    db: &C,
    owner: i32,
    org: i32,
    today: NaiveDate,
) -> Checked {
    let home = match organisation_of(db, owner, "owner").await? {
        Ok(home) => home,
        Err(e) => return Ok(Err(e)),
    };
    let belongs = match home {
        Some(h) if h == org => true,
        Some(h) => descendants(db, org, today).await?.contains(&h),
        None => false,
    };
    Ok(if belongs {
        Ok(())
    } else {
        Err(not_of_organisation(
            "owner",
            "the owner must be a person of the organisation or of one part of it",
        ))
    })
}

/// NOT_OF_ORGANISATION unless `signer` is a person of `org` or of an organisation it is
/// PART_OF: nobody signs off in another organisation's name.
pub async fn signer_belongs<C: ConnectionTrait>(
    db: &C,
    signer: i32,
    org: i32,
    today: NaiveDate,
) -> Checked {
    let home = match organisation_of(db, signer, "signedOffBy").await? {
        Ok(home) => home,
        Err(e) => return Ok(Err(e)),
    };
    let belongs = match home {
        Some(h) if h == org => true,
        Some(h) => ancestors(db, org, today).await?.contains(&h),
        None => false,
    };
    Ok(if belongs {
        Ok(())
    } else {
        Err(not_of_organisation(
            "signedOffBy",
            "the commitment must be signed off by a person of its organisation or of one it is part of",
        ))
    })
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
