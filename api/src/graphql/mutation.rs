//! What every mutation shares: user errors (what the caller can fix, with a code), the payload
//! shape `{ <object> userErrors }`, and write transactions.
//!
//! A mutation runs in this order: authenticate and check the role (GraphQL errors), parse the
//! input into domain values (user errors), open one transaction, check the organisation scope
//! and the rows it refers to, write, record one audit event, commit. A user error changes
//! nothing: the transaction is dropped, and so rolled back.

use async_graphql::{Context, Enum, ID, MaybeUndefined, SimpleObject};
use sea_orm::{
    DatabaseTransaction, DbErr, SqlErr, SqliteTransactionMode, TransactionOptions, TransactionTrait,
};

use super::context::ContextExt;
use super::error::ApiResult;
use super::ids::{NodeType, decode_as};

/// Why an input was refused.
#[derive(Enum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum UserErrorCode {
    /// A required text is blank.
    Blank,
    /// A number is outside its allowed range.
    OutOfRange,
    /// A value is not a finite number (NaN or infinite).
    NotANumber,
    /// A commitment's target equals its baseline: there is nothing to realise.
    TargetEqualsBaseline,
    /// A date that must come after another does not.
    DatesOutOfOrder,
    /// A measurement is dated after today.
    FutureMeasurement,
    /// A date that must not be in the future is.
    FutureDate,
    /// The organisation is closed.
    OrganisationClosed,
    /// The organisation already has a live commitment to this benefit.
    DuplicateLiveCommitment,
    /// The object was changed since it was read: read it again and retry.
    StaleVersion,
    /// The lifecycle does not allow this change from the current status.
    IllegalTransition,
    /// A referenced object does not exist.
    NotFound,
    /// The object already exists (a benefit code, link, enablement or deployment).
    Duplicate,
    /// An object cannot refer to itself (a benefit contributing to itself).
    SelfReference,
    /// The organisation is not a successor (SUCCEEDED_BY) of the commitment's organisation.
    NotASuccessor,
    /// The measurement has already been corrected: correct the latest value instead.
    AlreadySuperseded,
    /// Baseline, target, dates and tolerance are fixed once a commitment is agreed.
    FiguresLocked,
    /// The commitment is no longer live (withdrawn or transferred).
    NotLive,
    /// Exactly one of two alternative fields must be given.
    ExactlyOne,
    /// The person is not of the organisation the rule needs: an owner of the commitment's
    /// organisation (or one part of it), a signer of it (or one it is part of); or a caller
    /// whose sign-in is linked to a person named someone else as the signer.
    NotOfOrganisation,
}

/// Something in the input the caller can fix.
#[derive(SimpleObject, Clone, Debug, PartialEq)]
pub struct UserError {
    /// The input field at fault (its GraphQL name), or null for the input as a whole.
    pub field: Option<String>,
    /// What is wrong, for people.
    pub message: String,
    /// What is wrong, for programs.
    pub code: UserErrorCode,
}

impl UserError {
    /// An error about `field`.
    pub fn new(field: &str, code: UserErrorCode, message: impl Into<String>) -> Self {
        Self {
            field: (!field.is_empty()).then(|| field.to_owned()),
            message: message.into(),
            code,
        }
    }
}

/// Collects every user error of an input before deciding, so the caller sees them all at once.
#[derive(Default, Debug)]
pub struct Checks(pub Vec<UserError>);

impl Checks {
    /// Records an error unless `ok`.
    pub fn check(&mut self, ok: bool, field: &str, code: UserErrorCode, message: &str) {
        if !ok {
            self.0.push(UserError::new(field, code, message));
        }
    }

    /// Records NOT_A_NUMBER unless `value` is finite.
    pub fn finite(&mut self, value: f64, field: &str) {
        self.check(
            value.is_finite(),
            field,
            UserErrorCode::NotANumber,
            "must be a finite number",
        );
    }

    /// Records BLANK when `text` is blank; returns it trimmed.
    pub fn text(&mut self, text: &str, field: &str) -> String {
        let trimmed = text.trim();
        self.check(
            !trimmed.is_empty(),
            field,
            UserErrorCode::Blank,
            "must not be blank",
        );
        trimmed.to_owned()
    }

    /// `value` when no error was recorded.
    pub fn finish<T>(self, value: T) -> Result<T, Vec<UserError>> {
        if self.0.is_empty() {
            Ok(value)
        } else {
            Err(self.0)
        }
    }
}

/// Declares a mutation payload: the changed object (null when refused) and the user errors.
macro_rules! payload {
    ($name:ident, $field:ident, $ty:ty, $what:literal) => {
        #[doc = concat!("The result of a mutation of ", $what, ".")]
        #[derive(async_graphql::SimpleObject)]
        pub struct $name {
            #[doc = concat!("The ", $what, " after the change; null when the input was refused.")]
            pub $field: Option<$ty>,
            /// What in the input must change for it to be accepted; empty on success.
            pub user_errors: Vec<$crate::graphql::mutation::UserError>,
        }

        impl From<Result<$ty, Vec<$crate::graphql::mutation::UserError>>> for $name {
            fn from(result: Result<$ty, Vec<$crate::graphql::mutation::UserError>>) -> Self {
                match result {
                    Ok(object) => Self {
                        $field: Some(object),
                        user_errors: Vec::new(),
                    },
                    Err(user_errors) => Self {
                        $field: None,
                        user_errors,
                    },
                }
            }
        }
    };
}
pub(crate) use payload;

/// A write transaction. On SQLite it takes the write lock at BEGIN (IMMEDIATE), so that
/// concurrent writers queue instead of failing when one of them read before another wrote;
/// PostgreSQL takes row locks as it goes.
pub async fn begin(ctx: &Context<'_>) -> ApiResult<DatabaseTransaction> {
    Ok(ctx
        .request()
        .db
        .conn
        .begin_with_options(TransactionOptions {
            sqlite_transaction_mode: Some(SqliteTransactionMode::Immediate),
            ..TransactionOptions::default()
        })
        .await?)
}

/// Whether a database error is a unique constraint refusing a row (a race the checks before
/// the write could not see).
pub fn is_unique_violation(e: &DbErr) -> bool {
    matches!(e.sql_err(), Some(SqlErr::UniqueConstraintViolation(_)))
}

/// What an update leaves in a nullable column: the input's value, nothing when the input says
/// `null`, and the stored value when the input leaves the field out.
pub fn or_stored<T>(input: MaybeUndefined<T>, stored: Option<T>) -> Option<T> {
    let mut value = stored;
    input.update_to(&mut value);
    value
}

/// Decodes the global id of an optional reference.
pub fn optional_key(id: Option<&ID>, node: NodeType) -> ApiResult<Option<i32>> {
    id.map(|id| decode_as(id, node)).transpose()
}

/// Decodes the global id of an update's optional reference (given, `null` or left out).
pub fn maybe_key(id: MaybeUndefined<ID>, node: NodeType) -> ApiResult<MaybeUndefined<i32>> {
    id.map_value(|id| decode_as(&id, node)).transpose()
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    #[test]
    fn checks_collect_every_error() {
        let mut checks = Checks::default();
        checks.finite(f64::NAN, "value");
        checks.finite(f64::INFINITY, "target");
        checks.finite(1.5, "baseline");
        assert_eq!(checks.text("  x ", "name"), "x");
        checks.text(" ", "title");
        let errors = checks.finish(()).unwrap_err();
        let fields: Vec<_> = errors.iter().filter_map(|e| e.field.as_deref()).collect();
        assert_eq!(fields, ["value", "target", "title"]);
    }
}
