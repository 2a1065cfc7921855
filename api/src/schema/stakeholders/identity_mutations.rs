//! Linking people to their sign-ins (administrators): link one directly, confirm a link
//! proposed on first sign-in, or remove a link.

use async_graphql::{Context, ID, InputObject, Object};
use entity::person;
use sea_orm::{ActiveModelTrait, ColumnTrait, DatabaseTransaction, EntityTrait, QueryFilter, Set};

use super::mutations::PersonPayload;
use super::types::Person;
use crate::audit::{Written, write};
use crate::auth::Permission;
use crate::graphql::error::ApiResult;
use crate::graphql::ids::{NodeType, decode_as};
use crate::graphql::mutation::Checks;
use crate::graphql::write::{UserErrorCode, WriteResult, begin, found, refused};

/// A sign-in to link to a person.
#[derive(InputObject)]
pub struct LinkPersonIdentityInput {
    /// The person.
    pub id: ID,
    /// The identity provider's issuer (as in its tokens' `iss`).
    pub issuer: String,
    /// Their subject there (as in its tokens' `sub`).
    pub subject: String,
}

/// The person whose link to act on.
#[derive(InputObject)]
pub struct PersonIdentityInput {
    /// The person.
    pub id: ID,
}

/// Linking people to sign-ins.
#[derive(Default)]
pub struct IdentityMutation;

/// Linking people to sign-ins.
#[Object]
impl IdentityMutation {
    /// Links a person to a sign-in, confirmed: from then on that sign-in acts as the person.
    async fn link_person_identity(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The person and the sign-in.")] input: LinkPersonIdentityInput,
    ) -> ApiResult<PersonPayload> {
        write(ctx, Permission::WritePeople, async |_| {
            let id = decode_as(&input.id, NodeType::Person)?;
            let mut checks = Checks::default();
            let issuer = checks.text(&input.issuer, "issuer");
            let subject = checks.text(&input.subject, "subject");
            checks.finish(())?;
            change_identity(ctx, id, async |txn, _| {
                let taken = person::Entity::find()
                    .filter(person::Column::IdentityIssuer.eq(issuer.as_str()))
                    .filter(person::Column::IdentitySubject.eq(subject.as_str()))
                    .filter(person::Column::Id.ne(id))
                    .one(txn)
                    .await?;
                if taken.is_some() {
                    let message = "this sign-in is already linked to another person";
                    return refused("subject", UserErrorCode::Duplicate, message);
                }
                Ok((Some((issuer, subject)), true))
            })
            .await
        })
        .await
    }

    /// Confirms the sign-in proposed for a person (on its first sign-in, by email).
    async fn confirm_person_identity(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The person.")] input: PersonIdentityInput,
    ) -> ApiResult<PersonPayload> {
        write(ctx, Permission::WritePeople, async |_| {
            let id = decode_as(&input.id, NodeType::Person)?;
            change_identity(ctx, id, async |_, before| {
                let identity = before.identity_issuer.clone();
                match identity.zip(before.identity_subject.clone()) {
                    Some(identity) => Ok((Some(identity), true)),
                    None => {
                        let message = "no sign-in is linked to this person";
                        refused("id", UserErrorCode::IllegalTransition, message)
                    }
                }
            })
            .await
        })
        .await
    }

    /// Removes the sign-in linked to a person, confirmed or proposed.
    async fn unlink_person_identity(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The person.")] input: PersonIdentityInput,
    ) -> ApiResult<PersonPayload> {
        write(ctx, Permission::WritePeople, async |_| {
            let id = decode_as(&input.id, NodeType::Person)?;
            change_identity(ctx, id, async |_, _| Ok((None, false))).await
        })
        .await
    }
}

/// A person's sign-in (issuer and subject), and whether the link is confirmed.
type Identity = (Option<(String, String)>, bool);

/// Sets the sign-in of person `id` to what `decide` makes of the person as they are, in one
/// transaction; NOT_FOUND when there is no such person.
async fn change_identity(
    ctx: &Context<'_>,
    id: i32,
    decide: impl AsyncFnOnce(&DatabaseTransaction, &person::Model) -> WriteResult<Identity>,
) -> WriteResult<Written<Person>> {
    let txn = begin(ctx).await?;
    let before = found::<person::Entity, _>(&txn, id, "id").await?;
    let (identity, confirmed) = decide(&txn, &before).await?;
    let (issuer, subject) = identity.unzip();
    let mut row: person::ActiveModel = before.clone().into();
    row.identity_issuer = Set(issuer);
    row.identity_subject = Set(subject);
    row.identity_confirmed = Set(confirmed);
    let after = row.update(&txn).await?;
    Written::<Person>::changed(txn, &before, after)
}
