//! How the seeders write rows: one row whose key the data set refers to later, or many rows in
//! multi-row INSERTs. An error names what was being inserted.

use anyhow::Context;
use sea_orm::{
    ActiveModelBehavior, ActiveModelTrait, DatabaseTransaction, EntityTrait, IntoActiveModel,
    Iterable,
};

/// Bound parameters per INSERT: under SQLite's limit (32,766) and PostgreSQL's (65,535).
const PARAMETERS_PER_INSERT: usize = 30_000;

/// Inserts one row (through its `ActiveModel`, so its timestamps are set) and returns it;
/// `what` names it in the error.
pub async fn insert_one<A>(
    txn: &DatabaseTransaction,
    row: A,
    what: impl FnOnce() -> String,
) -> anyhow::Result<<A::Entity as EntityTrait>::Model>
where
    A: ActiveModelTrait + ActiveModelBehavior + Send,
    <A::Entity as EntityTrait>::Model: IntoActiveModel<A>,
{
    row.insert(txn)
        .await
        .with_context(|| format!("inserting {}", what()))
}

/// Inserts `rows` in multi-row INSERTs, as many rows to one as keep its bound parameters
/// (a parameter a column) under both databases' limits; returns how many.
pub async fn insert_all<A>(
    txn: &DatabaseTransaction,
    rows: impl IntoIterator<Item = A>,
    what: &str,
) -> anyhow::Result<usize>
where
    A: ActiveModelTrait + Send,
{
    let columns = <A::Entity as EntityTrait>::Column::iter().count();
    let per_insert = (PARAMETERS_PER_INSERT / columns.max(1)).max(1);
    let mut rows = rows.into_iter().peekable();
    let mut count = 0;
    while rows.peek().is_some() {
        let batch: Vec<A> = rows.by_ref().take(per_insert).collect();
        count += batch.len();
        <A::Entity as EntityTrait>::insert_many(batch)
            .exec_without_returning(txn)
            .await
            .with_context(|| format!("inserting {what}"))?;
    }
    Ok(count)
}
