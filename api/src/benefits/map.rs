//! Writing the benefits map (benefit A CONTRIBUTES_TO benefit B) and enablements (service S
//! ENABLES benefit B). Changes are audited under the benefit they start from (the contributing
//! benefit; the enabled benefit), whose payload they return.

use async_graphql::{Context, ID, InputObject, Object};
use chrono::Utc;
use entity::{benefit, benefit_link, enablement, service};
use sea_orm::{ActiveModelTrait, ColumnTrait, EntityTrait, ModelTrait, QueryFilter, Set};

use super::mutations::BenefitPayload;
use super::types::Benefit;
use crate::audit::{record, snapshot};
use crate::auth::{Permission, require};
use crate::graphql::error::ApiResult;
use crate::graphql::ids::{NodeType, decode_as};
use crate::graphql::mutation::{UserError, UserErrorCode, begin, is_unique_violation, refuse};
use crate::graphql::store::{found, or_refuse};

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
        let (caller, _) = require(ctx, Permission::WriteBenefits)?;
        let from = decode_as(&input.from, NodeType::Benefit)?;
        let to = decode_as(&input.to, NodeType::Benefit)?;
        if from == to {
            return Ok(refuse::<Benefit>(
                "to",
                UserErrorCode::SelfReference,
                "a benefit cannot contribute to itself",
            )
            .into());
        }
        let txn = begin(ctx).await?;
        let row = or_refuse!(found::<benefit::Entity, _>(&txn, from, "from").await?);
        or_refuse!(found::<benefit::Entity, _>(&txn, to, "to").await?);
        let now = Utc::now();
        let link = benefit_link::ActiveModel {
            from_benefit_id: Set(from),
            to_benefit_id: Set(to),
            created_at: Set(now),
            updated_at: Set(now),
            ..Default::default()
        };
        let link = match link.insert(&txn).await {
            Ok(link) => link,
            Err(e) if is_unique_violation(&e) => {
                return Ok(duplicate("to", "the link exists already").into());
            }
            Err(e) => return Err(e.into()),
        };
        record(
            &txn,
            caller,
            "createBenefitLink",
            NodeType::Benefit,
            from,
            None,
            snapshot(&link)?,
        )
        .await?;
        txn.commit().await?;
        Ok(Ok(Benefit(row)).into())
    }

    /// Removes a link of the benefits map; returns the contributing benefit.
    async fn delete_benefit_link(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The two benefits.")] input: BenefitLinkInput,
    ) -> ApiResult<BenefitPayload> {
        let (caller, _) = require(ctx, Permission::WriteBenefits)?;
        let from = decode_as(&input.from, NodeType::Benefit)?;
        let to = decode_as(&input.to, NodeType::Benefit)?;
        let txn = begin(ctx).await?;
        let row = or_refuse!(found::<benefit::Entity, _>(&txn, from, "from").await?);
        let link = benefit_link::Entity::find()
            .filter(benefit_link::Column::FromBenefitId.eq(from))
            .filter(benefit_link::Column::ToBenefitId.eq(to))
            .one(&txn)
            .await?;
        let Some(link) = link else {
            return Ok(
                refuse::<Benefit>("to", UserErrorCode::NotFound, "there is no such link").into(),
            );
        };
        let before = snapshot(&link)?;
        link.delete(&txn).await?;
        record(
            &txn,
            caller,
            "deleteBenefitLink",
            NodeType::Benefit,
            from,
            before,
            None,
        )
        .await?;
        txn.commit().await?;
        Ok(Ok(Benefit(row)).into())
    }

    /// Records that a service enables a benefit; returns the benefit.
    async fn create_enablement(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The service and the benefit.")] input: EnablementInput,
    ) -> ApiResult<BenefitPayload> {
        let (caller, _) = require(ctx, Permission::WriteBenefits)?;
        let service_id = decode_as(&input.service, NodeType::Service)?;
        let benefit_id = decode_as(&input.benefit, NodeType::Benefit)?;
        let txn = begin(ctx).await?;
        or_refuse!(found::<service::Entity, _>(&txn, service_id, "service").await?);
        let row = or_refuse!(found::<benefit::Entity, _>(&txn, benefit_id, "benefit").await?);
        let now = Utc::now();
        let link = enablement::ActiveModel {
            service_id: Set(service_id),
            benefit_id: Set(benefit_id),
            created_at: Set(now),
            updated_at: Set(now),
            ..Default::default()
        };
        let link = match link.insert(&txn).await {
            Ok(link) => link,
            Err(e) if is_unique_violation(&e) => {
                return Ok(duplicate("service", "the service enables the benefit already").into());
            }
            Err(e) => return Err(e.into()),
        };
        record(
            &txn,
            caller,
            "createEnablement",
            NodeType::Benefit,
            benefit_id,
            None,
            snapshot(&link)?,
        )
        .await?;
        txn.commit().await?;
        Ok(Ok(Benefit(row)).into())
    }

    /// Records that a service no longer enables a benefit; returns the benefit.
    async fn delete_enablement(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The service and the benefit.")] input: EnablementInput,
    ) -> ApiResult<BenefitPayload> {
        let (caller, _) = require(ctx, Permission::WriteBenefits)?;
        let service_id = decode_as(&input.service, NodeType::Service)?;
        let benefit_id = decode_as(&input.benefit, NodeType::Benefit)?;
        let txn = begin(ctx).await?;
        let row = or_refuse!(found::<benefit::Entity, _>(&txn, benefit_id, "benefit").await?);
        let link = enablement::Entity::find()
            .filter(enablement::Column::ServiceId.eq(service_id))
            .filter(enablement::Column::BenefitId.eq(benefit_id))
            .one(&txn)
            .await?;
        let Some(link) = link else {
            return Ok(refuse::<Benefit>(
                "service",
                UserErrorCode::NotFound,
                "the service does not enable the benefit",
            )
            .into());
        };
        let before = snapshot(&link)?;
        link.delete(&txn).await?;
        record(
            &txn,
            caller,
            "deleteEnablement",
            NodeType::Benefit,
            benefit_id,
            before,
            None,
        )
        .await?;
        txn.commit().await?;
        Ok(Ok(Benefit(row)).into())
    }
}

fn duplicate(field: &str, message: &str) -> Result<Benefit, Vec<UserError>> {
    refuse(field, UserErrorCode::Duplicate, message)
}
