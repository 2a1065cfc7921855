//! Writing programmes and benefits (the programme board and administrators).

use async_graphql::{Context, Object};
use chrono::Utc;
use entity::{benefit, person, programme};
use sea_orm::{ActiveModelTrait, ColumnTrait, EntityTrait, QueryFilter, Set};

use super::inputs::{
    CreateBenefitInput, CreateProgrammeInput, ProgrammeFields, UpdateBenefitInput,
    UpdateProgrammeInput, checked_benefit,
};
use super::types::{Benefit, Programme};
use crate::audit::{record, snapshot};
use crate::auth::{Permission, require};
use crate::graphql::error::ApiResult;
use crate::graphql::ids::{NodeType, decode_as};
use crate::graphql::mutation::{
    UserError, UserErrorCode, begin, is_unique_violation, maybe_key, optional_key, or_stored,
    payload,
};
use crate::graphql::store::{found, found_opt, or_refuse};

payload!(ProgrammePayload, programme, Programme, "a programme");
payload!(BenefitPayload, benefit, Benefit, "a benefit");

/// Writing programmes and benefits.
#[derive(Default)]
pub struct BenefitMutation;

/// Writing programmes and benefits.
#[Object]
impl BenefitMutation {
    /// Defines a programme.
    async fn create_programme(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The new programme.")] input: CreateProgrammeInput,
    ) -> ApiResult<ProgrammePayload> {
        let (caller, _) = require(ctx, Permission::WriteProgrammes)?;
        let owner = optional_key(input.senior_responsible_owner.as_ref(), NodeType::Person)?;
        let fields = or_refuse!(ProgrammeFields::from_create(input, owner).checked());
        let txn = begin(ctx).await?;
        or_refuse!(found_opt::<person::Entity, _>(&txn, owner, "seniorResponsibleOwner").await?);
        let now = Utc::now();
        let row = programme::ActiveModel {
            created_at: Set(now),
            ..fields_model(fields, now)
        }
        .insert(&txn)
        .await?;
        record(
            &txn,
            caller,
            "createProgramme",
            NodeType::Programme,
            row.id,
            None,
            snapshot(&row)?,
        )
        .await?;
        txn.commit().await?;
        Ok(Ok(Programme(row)).into())
    }

    /// Changes a programme.
    async fn update_programme(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The changes.")] input: UpdateProgrammeInput,
    ) -> ApiResult<ProgrammePayload> {
        let (caller, _) = require(ctx, Permission::WriteProgrammes)?;
        let id = decode_as(&input.id, NodeType::Programme)?;
        let owner = maybe_key(input.senior_responsible_owner.clone(), NodeType::Person)?;
        let txn = begin(ctx).await?;
        let before = or_refuse!(found::<programme::Entity, _>(&txn, id, "id").await?);
        let fields = or_refuse!(ProgrammeFields::from_update(&before, input, owner).checked());
        let owner = owner.value().copied();
        or_refuse!(found_opt::<person::Entity, _>(&txn, owner, "seniorResponsibleOwner").await?);
        let mut model = fields_model(fields, Utc::now());
        model.id = Set(id);
        let row = model.update(&txn).await?;
        record(
            &txn,
            caller,
            "updateProgramme",
            NodeType::Programme,
            id,
            snapshot(&before)?,
            snapshot(&row)?,
        )
        .await?;
        txn.commit().await?;
        Ok(Ok(Programme(row)).into())
    }

    /// Adds a benefit profile to a programme.
    async fn create_benefit(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The new benefit.")] input: CreateBenefitInput,
    ) -> ApiResult<BenefitPayload> {
        let (caller, _) = require(ctx, Permission::WriteBenefits)?;
        let programme_id = decode_as(&input.programme, NodeType::Programme)?;
        let owner = optional_key(input.national_owner.as_ref(), NodeType::Person)?;
        let now = Utc::now();
        let new = or_refuse!(checked_benefit(benefit::Model {
            id: 0,
            programme_id,
            code: input.code,
            title: input.title,
            description: input.description,
            category: input.category,
            is_disbenefit: input.is_disbenefit,
            measure: input.measure,
            unit: input.unit,
            direction: input.direction,
            rollup: input.rollup,
            value_type: input.value_type,
            reach: input.reach,
            national_owner_id: owner,
            status: input.status,
            created_at: now,
            updated_at: now,
        }));
        let txn = begin(ctx).await?;
        or_refuse!(found::<programme::Entity, _>(&txn, programme_id, "programme").await?);
        or_refuse!(found_opt::<person::Entity, _>(&txn, owner, "nationalOwner").await?);
        or_refuse!(code_is_free(&txn, &new, None).await?);
        let mut model: benefit::ActiveModel = new.into();
        model.id = sea_orm::ActiveValue::NotSet;
        let row = match model.insert(&txn).await {
            Ok(row) => row,
            Err(e) if is_unique_violation(&e) => return Ok(Err(duplicate_code()).into()),
            Err(e) => return Err(e.into()),
        };
        record(
            &txn,
            caller,
            "createBenefit",
            NodeType::Benefit,
            row.id,
            None,
            snapshot(&row)?,
        )
        .await?;
        txn.commit().await?;
        Ok(Ok(Benefit(row)).into())
    }

    /// Changes a benefit profile (not its programme).
    async fn update_benefit(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The changes.")] input: UpdateBenefitInput,
    ) -> ApiResult<BenefitPayload> {
        let (caller, _) = require(ctx, Permission::WriteBenefits)?;
        let id = decode_as(&input.id, NodeType::Benefit)?;
        let owner = maybe_key(input.national_owner, NodeType::Person)?;
        let txn = begin(ctx).await?;
        let before = or_refuse!(found::<benefit::Entity, _>(&txn, id, "id").await?);
        let b = before.clone();
        let new = or_refuse!(checked_benefit(benefit::Model {
            code: input.code.unwrap_or(b.code),
            title: input.title.unwrap_or(b.title),
            description: or_stored(input.description, b.description),
            category: input.category.unwrap_or(b.category),
            is_disbenefit: input.is_disbenefit.unwrap_or(b.is_disbenefit),
            measure: input.measure.unwrap_or(b.measure),
            unit: input.unit.unwrap_or(b.unit),
            direction: input.direction.unwrap_or(b.direction),
            rollup: input.rollup.unwrap_or(b.rollup),
            value_type: input.value_type.unwrap_or(b.value_type),
            reach: input.reach.unwrap_or(b.reach),
            national_owner_id: or_stored(owner, b.national_owner_id),
            status: input.status.unwrap_or(b.status),
            updated_at: Utc::now(),
            ..b
        }));
        let owner = owner.value().copied();
        or_refuse!(found_opt::<person::Entity, _>(&txn, owner, "nationalOwner").await?);
        or_refuse!(code_is_free(&txn, &new, Some(id)).await?);
        let model: benefit::ActiveModel = new.into();
        let row = match model.reset_all().update(&txn).await {
            Ok(row) => row,
            Err(e) if is_unique_violation(&e) => return Ok(Err(duplicate_code()).into()),
            Err(e) => return Err(e.into()),
        };
        record(
            &txn,
            caller,
            "updateBenefit",
            NodeType::Benefit,
            id,
            snapshot(&before)?,
            snapshot(&row)?,
        )
        .await?;
        txn.commit().await?;
        Ok(Ok(Benefit(row)).into())
    }
}

/// The key of an optional person id.
/// A programme row of checked fields (without its key and creation time).
fn fields_model(f: ProgrammeFields, now: chrono::DateTime<Utc>) -> programme::ActiveModel {
    programme::ActiveModel {
        name: Set(f.name),
        description: Set(f.description),
        senior_responsible_owner_id: Set(f.senior_responsible_owner_id),
        budget_pence: Set(f.budget_pence),
        starts_on: Set(f.starts_on),
        ends_on: Set(f.ends_on),
        status: Set(f.status),
        updated_at: Set(now),
        ..Default::default()
    }
}

fn duplicate_code() -> Vec<UserError> {
    vec![UserError::new(
        "code",
        UserErrorCode::Duplicate,
        "the programme already has a benefit with this code",
    )]
}

/// DUPLICATE unless no other benefit of the programme has the code.
async fn code_is_free(
    txn: &sea_orm::DatabaseTransaction,
    new: &benefit::Model,
    except: Option<i32>,
) -> Result<Result<(), Vec<UserError>>, sea_orm::DbErr> {
    let mut query = benefit::Entity::find()
        .filter(benefit::Column::ProgrammeId.eq(new.programme_id))
        .filter(benefit::Column::Code.eq(new.code.as_str()));
    if let Some(id) = except {
        query = query.filter(benefit::Column::Id.ne(id));
    }
    Ok(match query.one(txn).await? {
        Some(_) => Err(duplicate_code()),
        None => Ok(()),
    })
}
