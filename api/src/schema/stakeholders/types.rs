//! The GraphQL types of people, stakeholder assessments and engagements.

use super::assessment::{Engagement, StakeholderAssessment};
use async_graphql::{Context, ID, Object};
use entity::{commitment, person};
use realise_macros::connections;

use crate::benefits::{BenefitsOfNationalOwner, ProgrammesLedBy};
use crate::commitments::{CommitmentsOfOwner, CommitmentsSignedOffBy};
use crate::graphql::children::{ChildList, children_page};
use crate::graphql::connection::Connection;
use crate::graphql::context::ContextExt;
use crate::graphql::error::ApiResult;
use crate::graphql::ids::NodeType;
use crate::graphql::linked::linked_page;
use crate::graphql::loader::{load_linked, load_or_default};
use crate::organisations::OrganisationById;
use crate::schema::benefits::{Benefit, Programme};
use crate::schema::commitments::Commitment;
use crate::schema::organisations::Organisation;
use crate::schema::services::Service;
use crate::services::ServicesOfOwner;
use crate::stakeholders::loaders::{AssessmentsOfPerson, EngagementsOf};

/// A person in an organisation: an executive, a CIO, a clinical lead, a benefit owner.
#[derive(Clone)]
pub struct Person(pub person::Model);
crate::graphql::row_object::row_object!(Person, person::Model, crate::stakeholders::PersonById);

/// The sign-in linked to a person: who they are at an identity provider.
#[derive(async_graphql::SimpleObject)]
pub struct PersonIdentity {
    /// The identity provider's issuer (or Realise's own, for its tokens).
    pub issuer: String,
    /// Their subject there.
    pub subject: String,
    /// Whether an administrator has confirmed the link; a link proposed on first sign-in by
    /// email is not yet, and the sign-in does not act as the person until it is.
    pub confirmed: bool,
}

/// A person in an organisation: an executive, a CIO, a clinical lead, a benefit owner.
#[connections]
#[Object]
impl Person {
    /// Global id.
    pub async fn id(&self) -> ID {
        NodeType::Person.id(self.0.id)
    }
    /// Full name.
    async fn name(&self) -> &str {
        &self.0.name
    }
    /// Job title.
    async fn job_title(&self) -> Option<&str> {
        self.0.job_title.as_deref()
    }
    /// Work email: a contact detail, null when hidden from the caller (partners never see it;
    /// executives see it for people of their own organisation and the organisations PART_OF it).
    async fn email(&self, ctx: &Context<'_>) -> ApiResult<Option<&str>> {
        let visible = crate::auth::can_see_contact_details(ctx, self.0.organisation_id).await?;
        Ok(self.0.email.as_deref().filter(|_| visible))
    }
    /// The sign-in linked to them (administrators only; null for everyone else).
    async fn identity(&self, ctx: &Context<'_>) -> ApiResult<Option<PersonIdentity>> {
        let caller = crate::auth::caller(ctx)?;
        if crate::auth::scope_of(caller.role, crate::auth::Permission::WritePeople).is_none() {
            return Ok(None);
        }
        let p = &self.0;
        Ok(match (&p.identity_issuer, &p.identity_subject) {
            (Some(issuer), Some(subject)) => Some(PersonIdentity {
                issuer: issuer.clone(),
                subject: subject.clone(),
                confirmed: p.identity_confirmed,
            }),
            _ => None,
        })
    }
    /// The organisation they work for.
    async fn organisation(&self, ctx: &Context<'_>) -> ApiResult<Option<Organisation>> {
        Ok(
            load_linked(ctx.request(), self.0.organisation_id.map(OrganisationById))
                .await?
                .map(Organisation),
        )
    }
    /// The commitments they are the named local owner of (all statuses unless filtered).
    #[connection]
    async fn commitments_owned(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "Only commitments in these statuses.")] statuses: Option<
            Vec<entity::enums::CommitmentStatus>,
        >,
    ) -> ApiResult<Connection<Commitment>> {
        let list = CommitmentsOfOwner(self.0.id).rows();
        let list = list.only(commitment::Column::Status, statuses);
        children_page(ctx, page, list, Commitment).await
    }
    /// The commitments they signed off for their organisation's board, oldest sign-off first.
    #[connection]
    async fn commitments_signed_off(&self, ctx: &Context<'_>) -> ApiResult<Connection<Commitment>> {
        let list = CommitmentsSignedOffBy(self.0.id).rows();
        children_page(ctx, page, list, Commitment).await
    }
    /// The programmes they are senior responsible owner of, by name.
    async fn programmes_led(&self, ctx: &Context<'_>) -> ApiResult<Vec<Programme>> {
        let rows = load_or_default(ctx.request(), ProgrammesLedBy(self.0.id)).await?;
        Ok(rows.into_iter().map(Programme).collect())
    }
    /// The benefits they own nationally, by code.
    async fn benefits_owned(&self, ctx: &Context<'_>) -> ApiResult<Vec<Benefit>> {
        let rows = load_or_default(ctx.request(), BenefitsOfNationalOwner(self.0.id)).await?;
        Ok(rows.into_iter().map(Benefit).collect())
    }
    /// The services in the catalogue they own, by name.
    async fn services_owned(&self, ctx: &Context<'_>) -> ApiResult<Vec<Service>> {
        let rows = load_or_default(ctx.request(), ServicesOfOwner(self.0.id)).await?;
        Ok(rows.into_iter().map(Service).collect())
    }
    /// How programmes have rated them as a stakeholder, oldest first.
    async fn stakeholder_assessments(
        &self,
        ctx: &Context<'_>,
    ) -> ApiResult<Vec<StakeholderAssessment>> {
        let rows = load_or_default(ctx.request(), AssessmentsOfPerson(self.0.id)).await?;
        Ok(rows.into_iter().map(StakeholderAssessment).collect())
    }
    /// The engagements they took part in, newest first.
    #[connection]
    async fn engagements(&self, ctx: &Context<'_>) -> ApiResult<Connection<Engagement>> {
        let list = EngagementsOf::Person(self.0.id);
        linked_page(ctx, page, list, Engagement).await
    }
}

#[cfg(test)]
mod tests {
    use crate::schema::stakeholders::GridQuadrant::{self, *};

    #[test]
    fn quadrants_split_at_four() {
        for (influence, interest, expected) in [
            (5, 5, ManageClosely),
            (4, 3, KeepSatisfied),
            (3, 4, KeepInformed),
            (3, 3, Monitor),
            (1, 5, KeepInformed),
        ] {
            assert_eq!(
                GridQuadrant::of(influence, interest),
                expected,
                "{influence}/{interest}"
            );
        }
    }
}
