//! Organisations found by their ODS code, as the importers match a file's rows to the rows
//! already stored.

use std::collections::HashMap;

use entity::organisation;
use sea_orm::{ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter};

/// The stored organisations with one of `codes` (every organisation that has a code, when
/// `codes` is `None`), by code.
pub async fn by_ods_code<C: ConnectionTrait>(
    db: &C,
    codes: Option<Vec<String>>,
) -> Result<HashMap<String, organisation::Model>, DbErr> {
    let wanted = match codes {
        Some(codes) => organisation::Column::OdsCode.is_in(codes),
        None => organisation::Column::OdsCode.is_not_null(),
    };
    Ok(organisation::Entity::find()
        .filter(wanted)
        .all(db)
        .await?
        .into_iter()
        .filter_map(|o| Some((o.ods_code.clone()?, o)))
        .collect())
}
