//! Batched loading of roll-up snapshots: every roll-up field of a request that reads the same
//! programme as at the same date shares one snapshot, read through the request's DataLoader
//! and the instance's [`SnapshotCache`](super::SnapshotCache); and each commitment's values
//! and plan in only the columns its figures read (full measurement rows carry three timestamps
//! each, and decoding them was most of the cost of a trust's progress and SPC).

use std::collections::HashMap;
use std::sync::Arc;

use async_graphql::dataloader::Loader;
use chrono::NaiveDate;
use entity::{measurement, trajectory_point};

use super::SnapshotCache;
use super::inputs::{PlannedValue, RecordedValue};
use super::snapshot::Snapshot;
use crate::db::Db;
use crate::graphql::loader::{LoadError, load_children};

/// A programme's snapshot as at a date.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct SnapshotOf {
    /// The programme's key.
    pub programme: i32,
    /// The date.
    pub as_at: NaiveDate,
}

/// Loads snapshots through the instance's cache: a request's own DataLoader over it.
pub struct SnapshotLoader {
    /// The database.
    pub db: Db,
    /// The instance's snapshots.
    pub cache: SnapshotCache,
}

impl Loader<SnapshotOf> for SnapshotLoader {
    type Value = Arc<Snapshot>;
    type Error = LoadError;

    async fn load(
        &self,
        keys: &[SnapshotOf],
    ) -> Result<HashMap<SnapshotOf, Self::Value>, Self::Error> {
        let wanted: Vec<(i32, NaiveDate)> = keys.iter().map(|k| (k.programme, k.as_at)).collect();
        let found = self.cache.get_many(&self.db.conn, &wanted).await?;
        Ok(found
            .into_iter()
            .map(|((programme, as_at), s)| (SnapshotOf { programme, as_at }, s))
            .collect())
    }
}

load_children!(
    ValuesOfCommitment,
    measurement::Entity,
    CommitmentId,
    commitment_id,
    MeasuredOn,
    as RecordedValue
);
load_children!(
    PlanOfCommitment,
    trajectory_point::Entity,
    CommitmentId,
    commitment_id,
    PlannedOn,
    as PlannedValue
);
