//! Writing the benefits map (benefit A CONTRIBUTES_TO benefit B) and enablements (service S
//! ENABLES benefit B). Changes are audited under the benefit they start from (the contributing
//! benefit; the enabled benefit), whose payload they return.

use async_graphql::{Context, ID, InputObject, Object};
use entity::{benefit, benefit_link, enablement, service};
use sea_orm::ActiveValue::NotSet;
use sea_orm::{
    ActiveModelBehavior, ActiveModelTrait, ColumnTrait, DatabaseTransaction, EntityTrait,
    IntoActiveModel, ModelTrait, QueryFilter, Set,
};

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
            let from = decode_as(&input.from, NodeType::Benefit)?;
            let to = decode_as(&input.to, NodeType::Benefit)?;
            if from == to {
                return refused(
                    "to",
                    UserErrorCode::SelfReference,
                    "a benefit cannot contribute to itself",
                );
            }
            let txn = begin(ctx).await?;
            let row = found::<benefit::Entity, _>(&txn, from, "from").await?;
            found::<benefit::Entity, _>(&txn, to, "to").await?;
            let link = benefit_link::ActiveModel {
                from_benefit_id: Set(from),
                to_benefit_id: Set(to),
                id: NotSet,
                created_at: NotSet,
                updated_at: NotSet,
            };
            let link = unless_duplicate(link.insert(&txn).await, || {
                duplicate("to", "the link exists already")
            })?;
            Written::of(txn, NodeType::Benefit, from, Benefit(row)).after(&link)
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
            let from = decode_as(&input.from, NodeType::Benefit)?;
            let to = decode_as(&input.to, NodeType::Benefit)?;
            let txn = begin(ctx).await?;
            let row = found::<benefit::Entity, _>(&txn, from, "from").await?;
            let link = benefit_link::Entity::find()
                .filter(benefit_link::Column::FromBenefitId.eq(from))
                .filter(benefit_link::Column::ToBenefitId.eq(to))
                .one(&txn)
                .await?;
            let link = unlink(&txn, link, "to", "there is no such link").await?;
            Written::of(txn, NodeType::Benefit, from, Benefit(row)).before(&link)
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
            let service_id = decode_as(&input.service, NodeType::Service)?;
            let benefit_id = decode_as(&input.benefit, NodeType::Benefit)?;
            let txn = begin(ctx).await?;
            found::<service::Entity, _>(&txn, service_id, "service").await?;
            let row = found::<benefit::Entity, _>(&txn, benefit_id, "benefit").await?;
            let link = enablement::ActiveModel {
                service_id: Set(service_id),
                benefit_id: Set(benefit_id),
                id: NotSet,
                created_at: NotSet,
                updated_at: NotSet,
            };
            let link = unless_duplicate(link.insert(&txn).await, || {
                duplicate("service", "the service enables the benefit already")
            })?;
            Written::of(txn, NodeType::Benefit, benefit_id, Benefit(row)).after(&link)
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
            let service_id = decode_as(&input.service, NodeType::Service)?;
            let benefit_id = decode_as(&input.benefit, NodeType::Benefit)?;
            let txn = begin(ctx).await?;
            let row = found::<benefit::Entity, _>(&txn, benefit_id, "benefit").await?;
            let link = enablement::Entity::find()
                .filter(enablement::Column::ServiceId.eq(service_id))
                .filter(enablement::Column::BenefitId.eq(benefit_id))
                .one(&txn)
                .await?;
            let message = "the service does not enable the benefit";
            let link = unlink(&txn, link, "service", message).await?;
            Written::of(txn, NodeType::Benefit, benefit_id, Benefit(row)).before(&link)
        })
        .await
    }
}

/// Deletes the link found, returning it as it was; NOT_FOUND about `field` when none was.
async fn unlink<M, A>(
    txn: &DatabaseTransaction,
    link: Option<M>,
    field: &str,
    message: &str,
) -> WriteResult<M>
where
    M: ModelTrait + Clone + IntoActiveModel<A>,
    A: ActiveModelTrait<Entity = M::Entity> + ActiveModelBehavior + Send,
{
    let Some(link) = link else {
        return refused(field, UserErrorCode::NotFound, message);
    };
    link.clone().delete(txn).await?;
    Ok(link)
}

fn duplicate<T>(field: &str, message: &str) -> WriteResult<T> {
    refused(field, UserErrorCode::Duplicate, message)
}
