//! Writing the benefits map (benefit A CONTRIBUTES_TO benefit B) and enablements (service S
//! ENABLES benefit B). Changes are audited under the benefit they start from (the contributing
//! benefit; the enabled benefit), whose payload they return.

use async_graphql::{Context, ID, InputObject, Object};
use entity::{benefit, benefit_link, enablement, service};
use sea_orm::ActiveValue::NotSet;
use sea_orm::{
    ActiveModelBehavior, ActiveModelTrait, ColumnTrait, EntityTrait, IntoActiveModel, ModelTrait,
    PrimaryKeyTrait, QueryFilter, Set,
};
use serde::Serialize;

use super::mutations::BenefitPayload;
use super::types::Benefit;
use crate::audit::{Written, write};
use crate::auth::Permission;
use crate::graphql::error::ApiResult;
use crate::graphql::ids::{NodeType, decode_as};
use crate::graphql::write::{UserErrorCode, WriteResult, begin, found, refused, unless_duplicate};

/// One benefit contributing to another.
#[derive(InputObject)]
pub struct BenefitLinkInput {
    /// The contributing benefit.
    pub from: ID,
    /// The benefit it contributes to.
    pub to: ID,
}

/// A service enabling a benefit.
#[derive(InputObject)]
pub struct EnablementInput {
    /// The service.
    pub service: ID,
    /// The benefit it enables.
    pub benefit: ID,
}

impl BenefitLinkInput {
    /// The contributing benefit's id, and the id of the one it contributes to.
    fn ends(&self) -> ApiResult<(i32, i32)> {
        let from = decode_as(&self.from, NodeType::Benefit)?;
        Ok((from, decode_as(&self.to, NodeType::Benefit)?))
    }
}

impl EnablementInput {
    /// The benefit's id, and the service's (read first, as the input names it first).
    fn ends(&self) -> ApiResult<(i32, i32)> {
        let service = decode_as(&self.service, NodeType::Service)?;
        Ok((decode_as(&self.benefit, NodeType::Benefit)?, service))
    }
}

/// Writing the benefits map and enablements.
#[derive(Default)]
pub struct BenefitMapMutation;

/// Writing the benefits map and enablements.
#[Object]
impl BenefitMapMutation {
    /// Records that one benefit contributes to another; returns the contributing benefit.
    async fn create_benefit_link(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The two benefits.")] input: BenefitLinkInput,
    ) -> ApiResult<BenefitPayload> {
        write(ctx, Permission::WriteBenefits, async |_| {
            let (from, to) = input.ends()?;
            if from == to {
                return refused(
                    "to",
                    UserErrorCode::SelfReference,
                    "a benefit cannot contribute to itself",
                );
            }
            link::<benefit_link::Entity>(ctx, from, to).await
        })
        .await
    }

    /// Removes a link of the benefits map; returns the contributing benefit.
    async fn delete_benefit_link(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The two benefits.")] input: BenefitLinkInput,
    ) -> ApiResult<BenefitPayload> {
        write(ctx, Permission::WriteBenefits, async |_| {
            let (from, to) = input.ends()?;
            unlink::<benefit_link::Entity>(ctx, from, to).await
        })
        .await
    }

    /// Records that a service enables a benefit; returns the benefit.
    async fn create_enablement(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The service and the benefit.")] input: EnablementInput,
    ) -> ApiResult<BenefitPayload> {
        write(ctx, Permission::WriteBenefits, async |_| {
            let (benefit, service) = input.ends()?;
            link::<enablement::Entity>(ctx, benefit, service).await
        })
        .await
    }

    /// Records that a service no longer enables a benefit; returns the benefit.
    async fn delete_enablement(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The service and the benefit.")] input: EnablementInput,
    ) -> ApiResult<BenefitPayload> {
        write(ctx, Permission::WriteBenefits, async |_| {
            let (benefit, service) = input.ends()?;
            unlink::<enablement::Entity>(ctx, benefit, service).await
        })
        .await
    }
}

/// A table of links between a benefit, under which a change is audited and whose payload it
/// returns, and another object.
trait LinkTable: EntityTrait {
    /// The other end's table.
    type Other: EntityTrait;
    /// The columns of the benefit's end and of the other end.
    const COLUMNS: (Self::Column, Self::Column);
    /// The input's fields naming the benefit's end and the other end.
    const FIELDS: (&'static str, &'static str);
    /// Whether the input names the other end first, and so has it checked first.
    const OTHER_FIRST: bool;
    /// Why a link is refused as a duplicate.
    const DUPLICATE: &'static str;
    /// Why a link to delete is not found.
    const MISSING: &'static str;
    /// A new link.
    fn new(benefit: i32, other: i32) -> Self::ActiveModel;
}

/// The benefits map: the benefit that contributes, and the one it contributes to.
impl LinkTable for benefit_link::Entity {
    type Other = benefit::Entity;
    const COLUMNS: (Self::Column, Self::Column) = (
        benefit_link::Column::FromBenefitId,
        benefit_link::Column::ToBenefitId,
    );
    const FIELDS: (&'static str, &'static str) = ("from", "to");
    const OTHER_FIRST: bool = false;
    const DUPLICATE: &'static str = "the link exists already";
    const MISSING: &'static str = "there is no such link";
    fn new(benefit: i32, other: i32) -> benefit_link::ActiveModel {
        benefit_link::ActiveModel {
            from_benefit_id: Set(benefit),
            to_benefit_id: Set(other),
            id: NotSet,
            created_at: NotSet,
            updated_at: NotSet,
        }
    }
}

/// Enablements: the benefit enabled, and the service that enables it.
impl LinkTable for enablement::Entity {
    type Other = service::Entity;
    const COLUMNS: (Self::Column, Self::Column) =
        (enablement::Column::BenefitId, enablement::Column::ServiceId);
    const FIELDS: (&'static str, &'static str) = ("benefit", "service");
    const OTHER_FIRST: bool = true;
    const DUPLICATE: &'static str = "the service enables the benefit already";
    const MISSING: &'static str = "the service does not enable the benefit";
    fn new(benefit: i32, other: i32) -> enablement::ActiveModel {
        enablement::ActiveModel {
            benefit_id: Set(benefit),
            service_id: Set(other),
            id: NotSet,
            created_at: NotSet,
            updated_at: NotSet,
        }
    }
}

/// Makes the link between `benefit` and `other`, both of which must exist; DUPLICATE about the
/// other end when it exists already.
async fn link<L>(ctx: &Context<'_>, benefit: i32, other: i32) -> WriteResult<Written<Benefit>>
where
    L: LinkTable,
    L::Model: IntoActiveModel<L::ActiveModel> + Serialize,
    L::ActiveModel: ActiveModelTrait<Entity = L> + ActiveModelBehavior + Send,
    <<L::Other as EntityTrait>::PrimaryKey as PrimaryKeyTrait>::ValueType: From<i32>,
{
    let (benefit_field, other_field) = L::FIELDS;
    let txn = begin(ctx).await?;
    if L::OTHER_FIRST {
        found::<L::Other, _>(&txn, other, other_field).await?;
    }
    let row = found::<benefit::Entity, _>(&txn, benefit, benefit_field).await?;
    if !L::OTHER_FIRST {
        found::<L::Other, _>(&txn, other, other_field).await?;
    }
    let link = unless_duplicate(L::new(benefit, other).insert(&txn).await, || {
        refused(other_field, UserErrorCode::Duplicate, L::DUPLICATE)
    })?;
    Written::about(txn, Benefit(row)).after(&link)
}

/// Deletes the link between `benefit` (which must exist) and `other`, recording it as it was;
/// NOT_FOUND about the other end when there is none.
async fn unlink<L>(ctx: &Context<'_>, benefit: i32, other: i32) -> WriteResult<Written<Benefit>>
where
    L: LinkTable,
    L::Model: IntoActiveModel<L::ActiveModel> + Serialize + Clone,
    L::ActiveModel: ActiveModelTrait<Entity = L> + ActiveModelBehavior + Send,
{
    let (benefit_field, other_field) = L::FIELDS;
    let (benefit_column, other_column) = L::COLUMNS;
    let txn = begin(ctx).await?;
    let row = found::<benefit::Entity, _>(&txn, benefit, benefit_field).await?;
    let link = L::find()
        .filter(benefit_column.eq(benefit))
        .filter(other_column.eq(other))
        .one(&txn)
        .await?;
    let Some(link) = link else {
        return refused(other_field, UserErrorCode::NotFound, L::MISSING);
    };
    link.clone().delete(&txn).await?;
    Written::about(txn, Benefit(row)).before(&link)
}
