//! Writing people (administrators) and stakeholder assessments (the programme board).

use async_graphql::{Context, Object};
use entity::{organisation, person, programme, stakeholder_assessment};
use sea_orm::ActiveValue::NotSet;
use sea_orm::{ActiveModelTrait, Set};

use super::assessment::StakeholderAssessment;
use super::inputs::{
    CreatePersonInput, CreateStakeholderAssessmentInput, UpdatePersonInput,
    UpdateStakeholderAssessmentInput, rating,
};
use super::types::Person;
use crate::audit::{Written, write};
use crate::auth::Permission;
use crate::graphql::context::ContextExt;
use crate::graphql::error::ApiResult;
use crate::graphql::ids::{NodeType, decode_as};
use crate::graphql::mutation::{Checks, maybe_key, optional_key, or_stored, payload};
use crate::graphql::write::{UserErrorCode, begin, found, found_opt};
use crate::schema::services::inputs::not_future;

payload!(PersonPayload, person, Person, "a person");
payload!(
    StakeholderAssessmentPayload,
    stakeholder_assessment,
    StakeholderAssessment,
    "a stakeholder assessment"
);

/// Writing people, assessments and engagements.
#[derive(Default)]
pub struct StakeholderMutation;

/// Writing people, assessments and engagements.
#[Object]
impl StakeholderMutation {
    /// Adds a person.
    async fn create_person(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The new person.")] input: CreatePersonInput,
    ) -> ApiResult<PersonPayload> {
        write(ctx, Permission::WritePeople, async |_| {
            let org = optional_key(input.organisation.as_ref(), NodeType::Organisation)?;
            let mut checks = Checks::default();
            let name = checks.text(&input.name, "name");
            checks.finish(())?;
            let txn = begin(ctx).await?;
            found_opt::<organisation::Entity, _>(&txn, org, "organisation").await?;
            let row = person::ActiveModel {
                name: Set(name),
                job_title: Set(input.job_title),
                email: Set(input.email.map(|e| e.trim().to_owned())),
                organisation_id: Set(org),
                // A sign-in is linked later, by `linkPersonIdentity` or on first sign-in.
                identity_issuer: Set(None),
                identity_subject: Set(None),
                identity_confirmed: Set(false),
                id: NotSet,
                created_at: NotSet,
                updated_at: NotSet,
            }
            .insert(&txn)
            .await?;
            Written::<Person>::created(txn, row)
        })
        .await
    }

    /// Changes a person.
    async fn update_person(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The changes.")] input: UpdatePersonInput,
    ) -> ApiResult<PersonPayload> {
        write(ctx, Permission::WritePeople, async |_| {
            let id = decode_as(&input.id, NodeType::Person)?;
            let org = maybe_key(input.organisation, NodeType::Organisation)?;
            let txn = begin(ctx).await?;
            let before = found::<person::Entity, _>(&txn, id, "id").await?;
            let new_org = org.value().copied();
            found_opt::<organisation::Entity, _>(&txn, new_org, "organisation").await?;
            let b = before.clone();
            let mut checks = Checks::default();
            let name = checks.text(&input.name.unwrap_or(b.name), "name");
            checks.finish(())?;
            let new = person::Model {
                name,
                job_title: or_stored(input.job_title, b.job_title),
                email: or_stored(input.email.map_value(|e| e.trim().to_owned()), b.email),
                organisation_id: or_stored(org, b.organisation_id),
                ..b
            };
            let row = person::ActiveModel::from(new)
                .reset_all()
                .update(&txn)
                .await?;
            Written::<Person>::changed(txn, &before, row)
        })
        .await
    }

    /// Rates a person or an organisation for a programme.
    async fn create_stakeholder_assessment(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The new assessment.")] input: CreateStakeholderAssessmentInput,
    ) -> ApiResult<StakeholderAssessmentPayload> {
        write(ctx, Permission::WriteAssessments, async |_| {
            let programme_id = decode_as(&input.programme, NodeType::Programme)?;
            let person_id = optional_key(input.person.as_ref(), NodeType::Person)?;
            let org_id = optional_key(input.organisation.as_ref(), NodeType::Organisation)?;
            let mut checks = Checks::default();
            checks.check(
                person_id.is_some() != org_id.is_some(),
                "person",
                UserErrorCode::ExactlyOne,
                "assess either a person or an organisation",
            );
            rating(&mut checks, input.influence, "influence");
            rating(&mut checks, input.interest, "interest");
            not_future(
                &mut checks,
                Some(input.assessed_on.0),
                ctx.request().today,
                "assessedOn",
            );
            checks.finish(())?;
            let txn = begin(ctx).await?;
            found::<programme::Entity, _>(&txn, programme_id, "programme").await?;
            found_opt::<person::Entity, _>(&txn, person_id, "person").await?;
            found_opt::<organisation::Entity, _>(&txn, org_id, "organisation").await?;
            let row = stakeholder_assessment::ActiveModel {
                programme_id: Set(programme_id),
                person_id: Set(person_id),
                organisation_id: Set(org_id),
                influence: Set(input.influence),
                interest: Set(input.interest),
                attitude: Set(input.attitude),
                assessed_on: Set(input.assessed_on.0),
                notes: Set(input.notes),
                id: NotSet,
                created_at: NotSet,
                updated_at: NotSet,
            }
            .insert(&txn)
            .await?;
            Written::<StakeholderAssessment>::created(txn, row)
        })
        .await
    }

    /// Changes an assessment.
    async fn update_stakeholder_assessment(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The changes.")] input: UpdateStakeholderAssessmentInput,
    ) -> ApiResult<StakeholderAssessmentPayload> {
        write(ctx, Permission::WriteAssessments, async |_| {
            let id = decode_as(&input.id, NodeType::StakeholderAssessment)?;
            let txn = begin(ctx).await?;
            let before = found::<stakeholder_assessment::Entity, _>(&txn, id, "id").await?;
            let b = before.clone();
            let new = stakeholder_assessment::Model {
                influence: input.influence.unwrap_or(b.influence),
                interest: input.interest.unwrap_or(b.interest),
                attitude: input.attitude.unwrap_or(b.attitude),
                assessed_on: input.assessed_on.map_or(b.assessed_on, |d| d.0),
                notes: or_stored(input.notes, b.notes),
                ..b
            };
            let mut checks = Checks::default();
            rating(&mut checks, new.influence, "influence");
            rating(&mut checks, new.interest, "interest");
            not_future(
                &mut checks,
                Some(new.assessed_on),
                ctx.request().today,
                "assessedOn",
            );
            checks.finish(())?;
            let row = stakeholder_assessment::ActiveModel::from(new)
                .reset_all()
                .update(&txn)
                .await?;
            Written::<StakeholderAssessment>::changed(txn, &before, row)
        })
        .await
    }
}
