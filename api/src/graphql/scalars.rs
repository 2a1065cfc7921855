//! The scalars of the API: dates, instants and money, each with one textual form.

use async_graphql::{InputValueError, InputValueResult, Scalar, ScalarType, Value};
use chrono::{DateTime, NaiveDate, SecondsFormat, Utc};

/// A calendar date, `YYYY-MM-DD` (ISO 8601).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date(pub NaiveDate);

/// A calendar date, `YYYY-MM-DD` (ISO 8601).
#[Scalar(name = "Date")]
impl ScalarType for Date {
    fn parse(value: Value) -> InputValueResult<Self> {
        match &value {
            Value::String(s) => NaiveDate::parse_from_str(s, "%Y-%m-%d")
                .map(Date)
                .map_err(|_| {
                    InputValueError::custom(format!("{s:?} is not a date: expected YYYY-MM-DD"))
                }),
            _ => Err(InputValueError::expected_type(value)),
        }
    }

    fn to_value(&self) -> Value {
        Value::String(self.0.format("%Y-%m-%d").to_string())
    }
}

impl From<NaiveDate> for Date {
    fn from(d: NaiveDate) -> Self {
        Self(d)
    }
}

/// An instant in time, RFC 3339 in UTC (e.g. `2026-11-21T09:30:00Z`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Timestamp(pub DateTime<Utc>);

/// An instant in time, RFC 3339 in UTC (e.g. `2026-11-21T09:30:00Z`).
#[Scalar(name = "Timestamp")]
impl ScalarType for Timestamp {
    fn parse(value: Value) -> InputValueResult<Self> {
        match &value {
            Value::String(s) => DateTime::parse_from_rfc3339(s)
                .map(|d| Timestamp(d.with_timezone(&Utc)))
                .map_err(|_| {
                    InputValueError::custom(format!("{s:?} is not an RFC 3339 timestamp"))
                }),
            _ => Err(InputValueError::expected_type(value)),
        }
    }

    fn to_value(&self) -> Value {
        Value::String(self.0.to_rfc3339_opts(SecondsFormat::Secs, true))
    }
}

/// An amount of money in whole pence (GBP), as an integer: exact, unlike a float of pounds.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Pence(pub i64);

/// An amount of money in whole pence (GBP), as an integer: exact, unlike a float of pounds.
/// Values stay within ±2^53 so that JavaScript clients read them exactly.
#[Scalar(name = "Pence")]
impl ScalarType for Pence {
    fn parse(value: Value) -> InputValueResult<Self> {
        const MAX_SAFE: i64 = (1 << 53) - 1;
        match &value {
            Value::Number(n) => match n.as_i64() {
                Some(p) if (-MAX_SAFE..=MAX_SAFE).contains(&p) => Ok(Pence(p)),
                _ => Err(InputValueError::custom(
                    "pence must be a whole number within ±2^53",
                )),
            },
            _ => Err(InputValueError::expected_type(value)),
        }
    }

    fn to_value(&self) -> Value {
        Value::Number(self.0.into())
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use proptest::prelude::*;

    use super::*;

    proptest! {
        #[test]
        fn no_text_makes_the_scalars_panic(text in "\\PC{0,40}") {
            let _ = Date::parse(Value::String(text.clone()));
            let _ = Timestamp::parse(Value::String(text));
        }

        #[test]
        fn dates_round_trip_and_nothing_else_is_a_date(y in 1i32..9999, ordinal in 1u32..=366, junk in "[0-9/.-]{0,12}") {
            if let Some(day) = NaiveDate::from_yo_opt(y, ordinal) {
                let text = Date(day).to_value();
                prop_assert_eq!(Date::parse(text).unwrap(), Date(day));
            }
            // Only a real YYYY-MM-DD day parses, and it prints back as what was sent, padded.
            if let Ok(date) = Date::parse(Value::String(junk.clone())) {
                prop_assert_eq!(
                    NaiveDate::parse_from_str(&junk, "%Y-%m-%d").ok(),
                    Some(date.0)
                );
            }
        }

        #[test]
        fn pence_are_whole_and_within_two_to_the_53(n in any::<i64>(), f in any::<f64>()) {
            let safe = n.abs() < (1 << 53);
            prop_assert_eq!(Pence::parse(Value::Number(n.into())).is_ok(), safe);
            if let Some(number) = async_graphql::Number::from_f64(f) {
                let whole = number.as_i64().is_some();
                prop_assert!(Pence::parse(Value::Number(number)).is_ok() <= whole);
            }
        }
    }
}
