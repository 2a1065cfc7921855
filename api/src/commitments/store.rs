//! The writes of commitment rows. The one way a commitment changes is a conditional UPDATE on
//! its `version`: two requests that read the same version cannot both win, as the database
//! applies the second UPDATE after the first commits (PostgreSQL re-checks the WHERE on the
//! locked row; SQLite serialises writers), finds the version moved on, and changes nothing. A
//! transfer copies the commitment, with its trajectory, to the successor. Each change of a
//! commitment's standing is recorded in its history as it is written.

use chrono::Utc;
use entity::commitment::{self, Column};
use entity::enums::CommitmentStatus;
use entity::trajectory_point;
use sea_orm::ActiveValue::NotSet;
use sea_orm::sea_query::{Expr, ExprTrait};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseTransaction, DbErr, EntityTrait,
    QueryFilter, Set,
};

use super::guards::stale;
use super::history;
use crate::graphql::write::{WriteResult, found};

/// Applies `changes` to the commitment `before` read, when it is still at that version;
/// STALE_VERSION when someone else changed it first.
#[tracing::instrument(level = "debug", skip(db, before, changes), fields(id = before.id))]
pub async fn update_if_unchanged<C: ConnectionTrait>(
    db: &C,
    before: &commitment::Model,
    mut changes: commitment::ActiveModel,
) -> WriteResult<commitment::Model> {
    changes.updated_at = Set(Utc::now());
    let result = commitment::Entity::update_many()
        .set(changes)
        .col_expr(Column::Version, Expr::col(Column::Version).add(1))
        .filter(Column::Id.eq(before.id))
        .filter(Column::Version.eq(before.version))
        .exec(db)
        .await?;
    if result.rows_affected == 0 {
        return stale();
    }
    let after = found::<commitment::Entity, C>(db, before.id, "id").await?;
    if history::standing_changed(before, &after) {
        history::record(db, &after, Utc::now().date_naive()).await?;
    }
    Ok(after)
}

/// No change but the version (and `updated_at`).
pub fn unchanged() -> commitment::ActiveModel {
    <commitment::ActiveModel as Default>::default()
}

/// The successor's copy of a transferred commitment, with its trajectory. It arrives AGREED:
/// the successor's own executive signs it off.
#[tracing::instrument(level = "debug", skip(txn, original), fields(original = original.id))]
pub async fn copy_to(
    txn: &DatabaseTransaction,
    original: &commitment::Model,
    successor: i32,
) -> Result<commitment::Model, DbErr> {
    let copy = commitment::ActiveModel {
        id: NotSet,
        organisation_id: Set(successor),
        transferred_from_id: Set(Some(original.id)),
        status: Set(CommitmentStatus::Agreed),
        signed_off_on: Set(None),
        signed_off_by_id: Set(None),
        version: Set(1),
        created_at: NotSet,
        updated_at: NotSet,
        ..commitment::ActiveModel::from(original.clone()).reset_all()
    }
    .insert(txn)
    .await?;
    history::record(txn, &copy, Utc::now().date_naive()).await?;
    let points = trajectory_point::Entity::find()
        .filter(trajectory_point::Column::CommitmentId.eq(original.id))
        .all(txn)
        .await?;
    if !points.is_empty() {
        let copies = points.into_iter().map(|p| trajectory_point::ActiveModel {
            id: NotSet,
            commitment_id: Set(copy.id),
            planned_on: Set(p.planned_on),
            value: Set(p.value),
            created_at: NotSet,
            updated_at: NotSet,
        });
        trajectory_point::Entity::insert_many(copies)
            .exec_without_returning(txn)
            .await?;
    }
    Ok(copy)
}
