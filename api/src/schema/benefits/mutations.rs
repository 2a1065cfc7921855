//! Writing programmes and benefits (the programme board and administrators).

use async_graphql::{Context, Object};
use chrono::Utc;
use entity::{benefit, person, programme};
use sea_orm::ActiveValue::{self, NotSet, Set};
use sea_orm::{ActiveModelTrait, ColumnTrait, EntityTrait, QueryFilter};

use super::inputs::{
    CreateBenefitInput, CreateProgrammeInput, ProgrammeFields, UpdateBenefitInput,
    UpdateProgrammeInput, checked_benefit,
};
use super::programme::Programme;
use super::types::Benefit;
use crate::audit::{Written, write};
use crate::auth::Permission;
use crate::graphql::error::ApiResult;
use crate::graphql::ids::{NodeType, decode_as};
use crate::graphql::mutation::{maybe_key, optional_key, or_stored, payload};
use crate::graphql::write::{
    UserErrorCode, WriteResult, begin, found, found_opt, refused, unless_duplicate,
};

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
        write(ctx, Permission::WriteProgrammes, async |_| {
            let owner = optional_key(input.senior_responsible_owner.as_ref(), NodeType::Person)?;
            let fields = ProgrammeFields::from_create(input, owner).checked()?;
            let txn = begin(ctx).await?;
            found_opt::<person::Entity, _>(&txn, owner, "seniorResponsibleOwner").await?;
            let row = programme_row(NotSet, fields).insert(&txn).await?;
            Written::<Programme>::created(txn, row)
        })
        .await
    }

    /// Changes a programme.
    async fn update_programme(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The changes.")] input: UpdateProgrammeInput,
    ) -> ApiResult<ProgrammePayload> {
        write(ctx, Permission::WriteProgrammes, async |_| {
            let id = decode_as(&input.id, NodeType::Programme)?;
            let owner = maybe_key(input.senior_responsible_owner.clone(), NodeType::Person)?;
            let txn = begin(ctx).await?;
            let before = found::<programme::Entity, _>(&txn, id, "id").await?;
            let fields = ProgrammeFields::from_update(&before, input, owner).checked()?;
            let owner = owner.value().copied();
            found_opt::<person::Entity, _>(&txn, owner, "seniorResponsibleOwner").await?;
            let row = programme_row(Set(id), fields).update(&txn).await?;
            Written::<Programme>::changed(txn, &before, row)
        })
        .await
    }

    /// Adds a benefit profile to a programme.
    async fn create_benefit(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The new benefit.")] input: CreateBenefitInput,
    ) -> ApiResult<BenefitPayload> {
        write(ctx, Permission::WriteBenefits, async |_| {
            let programme_id = decode_as(&input.programme, NodeType::Programme)?;
            let owner = optional_key(input.national_owner.as_ref(), NodeType::Person)?;
            let now = Utc::now();
            let new = checked_benefit(benefit::Model {
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
                measure_kind: input.measure_kind,
                value_type: input.value_type,
                reach: input.reach,
                national_owner_id: owner,
                status: input.status,
                created_at: now,
                updated_at: now,
            })?;
            let txn = begin(ctx).await?;
            found::<programme::Entity, _>(&txn, programme_id, "programme").await?;
            found_opt::<person::Entity, _>(&txn, owner, "nationalOwner").await?;
            code_is_free(&txn, &new, None).await?;
            let mut model: benefit::ActiveModel = new.into();
            model.id = sea_orm::ActiveValue::NotSet;
            let row = unless_duplicate(model.insert(&txn).await, duplicate_code)?;
            Written::<Benefit>::created(txn, row)
        })
        .await
    }

    /// Changes a benefit profile (not its programme).
    async fn update_benefit(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The changes.")] input: UpdateBenefitInput,
    ) -> ApiResult<BenefitPayload> {
        write(ctx, Permission::WriteBenefits, async |_| {
            let id = decode_as(&input.id, NodeType::Benefit)?;
            let owner = maybe_key(input.national_owner, NodeType::Person)?;
            let txn = begin(ctx).await?;
            let before = found::<benefit::Entity, _>(&txn, id, "id").await?;
            let b = before.clone();
            let new = checked_benefit(benefit::Model {
                code: input.code.unwrap_or(b.code),
                title: input.title.unwrap_or(b.title),
                description: or_stored(input.description, b.description),
                category: input.category.unwrap_or(b.category),
                is_disbenefit: input.is_disbenefit.unwrap_or(b.is_disbenefit),
                measure: input.measure.unwrap_or(b.measure),
                unit: input.unit.unwrap_or(b.unit),
                direction: input.direction.unwrap_or(b.direction),
                rollup: input.rollup.unwrap_or(b.rollup),
                measure_kind: input.measure_kind.unwrap_or(b.measure_kind),
                value_type: input.value_type.unwrap_or(b.value_type),
                reach: input.reach.unwrap_or(b.reach),
                national_owner_id: or_stored(owner, b.national_owner_id),
                status: input.status.unwrap_or(b.status),
                ..b
            })?;
            let owner = owner.value().copied();
            found_opt::<person::Entity, _>(&txn, owner, "nationalOwner").await?;
            code_is_free(&txn, &new, Some(id)).await?;
            let model: benefit::ActiveModel = new.into();
            let row = unless_duplicate(model.reset_all().update(&txn).await, duplicate_code)?;
            Written::<Benefit>::changed(txn, &before, row)
        })
        .await
    }
}

/// A programme row of checked fields; `id` is the key of the row to update, or NotSet for a
/// new one.
fn programme_row(id: ActiveValue<i32>, f: ProgrammeFields) -> programme::ActiveModel {
    programme::ActiveModel {
        id,
        name: Set(f.name),
        description: Set(f.description),
        senior_responsible_owner_id: Set(f.senior_responsible_owner_id),
        budget_pence: Set(f.budget_pence),
        starts_on: Set(f.starts_on),
        ends_on: Set(f.ends_on),
        status: Set(f.status),
        created_at: NotSet,
        updated_at: NotSet,
    }
}

fn duplicate_code<T>() -> WriteResult<T> {
    refused(
        "code",
        UserErrorCode::Duplicate,
        "the programme already has a benefit with this code",
    )
}

/// DUPLICATE unless no other benefit of the programme has the code.
async fn code_is_free(
    txn: &sea_orm::DatabaseTransaction,
    new: &benefit::Model,
    except: Option<i32>,
) -> WriteResult<()> {
    let mut query = benefit::Entity::find()
        .filter(benefit::Column::ProgrammeId.eq(new.programme_id))
        .filter(benefit::Column::Code.eq(new.code.as_str()));
    if let Some(id) = except {
        query = query.filter(benefit::Column::Id.ne(id));
    }
    match query.one(txn).await? {
        Some(_) => duplicate_code(),
        None => Ok(()),
    }
}
