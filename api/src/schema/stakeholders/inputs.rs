//! Inputs for people, stakeholder assessments and engagements.

use async_graphql::{ID, InputObject, MaybeUndefined};
use entity::enums::{Attitude, EngagementKind};

use crate::graphql::mutation::{Checks, UserErrorCode};
use crate::graphql::scalars::Date;

/// A new person.
#[derive(InputObject)]
pub struct CreatePersonInput {
    /// Full name.
    pub name: String,
    /// Job title.
    pub job_title: Option<String>,
    /// Work email.
    pub email: Option<String>,
    /// The organisation they work for.
    pub organisation: Option<ID>,
}

/// Changes to a person: fields left out stay as they are.
#[derive(InputObject)]
pub struct UpdatePersonInput {
    /// The person.
    pub id: ID,
    /// Full name.
    pub name: Option<String>,
    /// Job title; null clears it.
    pub job_title: MaybeUndefined<String>,
    /// Work email; null clears it.
    pub email: MaybeUndefined<String>,
    /// The organisation they work for; null when they leave it.
    pub organisation: MaybeUndefined<ID>,
}

/// A dated rating of a person or an organisation (exactly one) for a programme.
#[derive(InputObject)]
pub struct CreateStakeholderAssessmentInput {
    /// The programme.
    pub programme: ID,
    /// The person assessed (or give `organisation`).
    pub person: Option<ID>,
    /// The organisation assessed (or give `person`).
    pub organisation: Option<ID>,
    /// Influence over the programme, 1 to 5.
    pub influence: i32,
    /// Interest in the programme, 1 to 5.
    pub interest: i32,
    /// Stance towards the programme.
    pub attitude: Attitude,
    /// When assessed (not in the future).
    pub assessed_on: Date,
    /// Notes.
    pub notes: Option<String>,
}

/// Changes to an assessment: fields left out stay as they are.
#[derive(InputObject)]
pub struct UpdateStakeholderAssessmentInput {
    /// The assessment.
    pub id: ID,
    /// Influence over the programme, 1 to 5.
    pub influence: Option<i32>,
    /// Interest in the programme, 1 to 5.
    pub interest: Option<i32>,
    /// Stance towards the programme.
    pub attitude: Option<Attitude>,
    /// When assessed (not in the future).
    pub assessed_on: Option<Date>,
    /// Notes; null clears them.
    pub notes: MaybeUndefined<String>,
}

/// A meeting or contact between a programme and stakeholders.
#[derive(InputObject)]
pub struct CreateEngagementInput {
    /// The programme.
    pub programme: ID,
    /// When it happened.
    pub occurred_on: Date,
    /// What form it took.
    pub kind: EngagementKind,
    /// What was discussed.
    pub summary: String,
    /// What came of it.
    pub outcome: Option<String>,
    /// The organisations that took part (an executive must name theirs, and only theirs).
    #[graphql(default)]
    pub organisations: Vec<ID>,
    /// The people who took part.
    #[graphql(default)]
    pub people: Vec<ID>,
}

/// Changes to an engagement (not who took part): fields left out stay as they are.
#[derive(InputObject)]
pub struct UpdateEngagementInput {
    /// The engagement.
    pub id: ID,
    /// When it happened.
    pub occurred_on: Option<Date>,
    /// What form it took.
    pub kind: Option<EngagementKind>,
    /// What was discussed.
    pub summary: Option<String>,
    /// What came of it.
    pub outcome: Option<String>,
}

/// Records OUT_OF_RANGE unless a rating is 1 to 5.
pub fn rating(checks: &mut Checks, value: i32, field: &str) {
    checks.check(
        (1..=5).contains(&value),
        field,
        UserErrorCode::OutOfRange,
        "must be 1 to 5",
    );
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ratings_are_one_to_five() {
        let mut checks = Checks::default();
        for v in [0, 1, 5, 6] {
            rating(&mut checks, v, "influence");
        }
        assert_eq!(checks.0.len(), 2);
    }
}
