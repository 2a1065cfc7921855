//! The one way a commitment row changes: a conditional UPDATE on its `version`. Two requests
//! that read the same version cannot both win: the database applies the second UPDATE after
//! the first commits (PostgreSQL re-checks the WHERE on the locked row; SQLite serialises
//! writers), finds the version moved on, and changes nothing.

use chrono::Utc;
use entity::commitment::{self, Column};
use sea_orm::sea_query::{Expr, ExprTrait};
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, Set};

use super::guards::stale;
use crate::graphql::write::{WriteResult, found};

/// Applies `changes` to the commitment `before` read, when it is still at that version;
/// STALE_VERSION when someone else changed it first.
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
    found::<commitment::Entity, C>(db, before.id, "id").await
}

/// No change but the version (and `updated_at`).
pub fn unchanged() -> commitment::ActiveModel {
    <commitment::ActiveModel as Default>::default()
}
