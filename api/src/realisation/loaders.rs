//! Batched loading of roll-up snapshots: every roll-up field of a request that reads the same
//! programme as at the same date shares one snapshot, read through the request's DataLoader
//! and the instance's [`SnapshotCache`](super::SnapshotCache).

use std::collections::HashMap;
use std::sync::Arc;

use async_graphql::dataloader::Loader;
use chrono::NaiveDate;
use entity::{measurement, trajectory_point};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryOrder};

use super::inputs::{PlannedValue, RecordedValue};
use super::snapshot::Snapshot;
use crate::graphql::loader::{DbLoader, LoadError, group_by};

/// A programme's snapshot as at a date.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct SnapshotOf {
    /// The programme's key.
    pub programme: i32,
    /// The date.
    pub as_at: NaiveDate,
}

impl Loader<SnapshotOf> for DbLoader {
    type Value = Arc<Snapshot>;
    type Error = LoadError;

    async fn load(
        &self,
        keys: &[SnapshotOf],
    ) -> Result<HashMap<SnapshotOf, Self::Value>, Self::Error> {
        let wanted: Vec<(i32, NaiveDate)> = keys.iter().map(|k| (k.programme, k.as_at)).collect();
        let found = self.db.snapshots.get_many(&self.db.conn, &wanted).await?;
        Ok(found
            .into_iter()
            .map(|((programme, as_at), s)| (SnapshotOf { programme, as_at }, s))
            .collect())
    }
}

/// A commitment's recorded values, corrections included, oldest first: only the columns its
/// figures read. (The full rows carry three timestamps each, and decoding them was most of the
/// cost of a trust's progress and SPC over 24 months of measurements.)
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct ValuesOfCommitment(pub i32);

impl Loader<ValuesOfCommitment> for DbLoader {
    type Value = Vec<RecordedValue>;
    type Error = LoadError;

    async fn load(
        &self,
        keys: &[ValuesOfCommitment],
    ) -> Result<HashMap<ValuesOfCommitment, Self::Value>, Self::Error> {
        let ids: Vec<i32> = keys.iter().map(|k| k.0).collect();
        let rows = measurement::Entity::find()
            .filter(measurement::Column::CommitmentId.is_in(ids))
            .order_by_asc(measurement::Column::MeasuredOn)
            .order_by_asc(measurement::Column::Id)
            .into_partial_model::<RecordedValue>()
            .all(&self.db.conn)
            .await?;
        Ok(group_by(keys, rows, |m| {
            Some(ValuesOfCommitment(m.commitment_id))
        }))
    }
}

/// A commitment's trajectory, by date: only the columns its plan reads.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct PlanOfCommitment(pub i32);

impl Loader<PlanOfCommitment> for DbLoader {
    type Value = Vec<PlannedValue>;
    type Error = LoadError;

    async fn load(
        &self,
        keys: &[PlanOfCommitment],
    ) -> Result<HashMap<PlanOfCommitment, Self::Value>, Self::Error> {
        let ids: Vec<i32> = keys.iter().map(|k| k.0).collect();
        let rows = trajectory_point::Entity::find()
            .filter(trajectory_point::Column::CommitmentId.is_in(ids))
            .order_by_asc(trajectory_point::Column::PlannedOn)
            .order_by_asc(trajectory_point::Column::Id)
            .into_partial_model::<PlannedValue>()
            .all(&self.db.conn)
            .await?;
        Ok(group_by(keys, rows, |p| {
            Some(PlanOfCommitment(p.commitment_id))
        }))
    }
}
