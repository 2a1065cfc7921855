//! What the template and the check both read of the commitments a return covers: their
//! benefits, and the value each already has (the newest that no correction replaced).

use std::collections::{HashMap, HashSet};

use entity::{benefit, measurement};
use sea_orm::{ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter};

/// The benefits of `ids`, by id.
pub async fn benefits<C: ConnectionTrait>(
    db: &C,
    ids: HashSet<i32>,
) -> Result<HashMap<i32, benefit::Model>, DbErr> {
    Ok(benefit::Entity::find()
        .filter(benefit::Column::Id.is_in(ids))
        .all(db)
        .await?
        .into_iter()
        .map(|b| (b.id, b))
        .collect())
}

/// Of `values` that `wanted` keeps, each commitment's newest (by date, then as recorded) that no
/// correction among `values` replaced.
pub fn newest_uncorrected(
    values: &[measurement::Model],
    wanted: impl Fn(&measurement::Model) -> bool,
) -> HashMap<i32, &measurement::Model> {
    let corrected: HashSet<i32> = values.iter().filter_map(|m| m.supersedes_id).collect();
    let mut newest: HashMap<i32, &measurement::Model> = HashMap::new();
    for m in values
        .iter()
        .filter(|m| !corrected.contains(&m.id) && wanted(m))
    {
        if newest
            .get(&m.commitment_id)
            .is_none_or(|n| (m.measured_on, m.id) > (n.measured_on, n.id))
        {
            newest.insert(m.commitment_id, m);
        }
    }
    newest
}
