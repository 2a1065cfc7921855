//! `CommitmentStanding`: a commitment's status, owner and sign-off as they stood from a date.

use async_graphql::{Context, Object};
use entity::commitment_history as history;
use entity::enums::CommitmentStatus;

use crate::commitments::history::HistoryOfCommitment;
use crate::graphql::context::ContextExt;
use crate::graphql::error::ApiResult;
use crate::graphql::loader::{load_linked, load_or_default};
use crate::graphql::scalars::Date;
use crate::schema::stakeholders::Person;
use crate::stakeholders::PersonById;

/// A commitment's status, owner and sign-off from the day they took effect.
pub struct CommitmentStanding(pub history::Model);

/// A commitment's status, owner and sign-off from the day they took effect until its next
/// change.
#[Object]
impl CommitmentStanding {
    /// The day this standing took effect.
    async fn since(&self) -> Date {
        Date(self.0.valid_from)
    }
    /// The lifecycle status.
    async fn status(&self) -> CommitmentStatus {
        self.0.status
    }
    /// The named local owner.
    async fn owner(&self, ctx: &Context<'_>) -> ApiResult<Option<Person>> {
        person(ctx, self.0.owner_id).await
    }
    /// When the organisation's executive had signed it off, once they had.
    async fn signed_off_on(&self) -> Option<Date> {
        self.0.signed_off_on.map(Date)
    }
    /// Who had signed it off, once someone had.
    async fn signed_off_by(&self, ctx: &Context<'_>) -> ApiResult<Option<Person>> {
        person(ctx, self.0.signed_off_by_id).await
    }
}

async fn person(ctx: &Context<'_>, id: Option<i32>) -> ApiResult<Option<Person>> {
    Ok(load_linked(ctx.request(), id.map(PersonById))
        .await?
        .map(Person))
}

/// A commitment's standings, oldest first.
pub async fn history_of(ctx: &Context<'_>, commitment: i32) -> ApiResult<Vec<history::Model>> {
    load_or_default(ctx.request(), HistoryOfCommitment(commitment)).await
}
