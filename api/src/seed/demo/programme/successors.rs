//! The successors' copies of commitments passed on when their holder closed: who took over
//! from an organisation (as the landscape records it), and the copy they hold.

use anyhow::Context;
use chrono::NaiveDate;
use entity::enums::CommitmentStatus::{Agreed, Transferred};
use entity::enums::RelationshipKind;
use entity::{
    commitment, commitment_history, organisation, organisation_relationship as relationship,
};
use sea_orm::{ColumnTrait, DatabaseTransaction, EntityTrait, QueryFilter, QueryOrder, Set};

use super::measurements::Generated;
use super::register::CommitmentRow;
use super::standings::{self, CCGS_OPENED};
use super::{Keys, day};
use crate::seed::rows::insert_one;

/// The organisation that took over from `org` when it closed (its SUCCEEDED_BY as the
/// landscape records it: the CCG it merged into, or its integrated care board), by key and
/// code, with the day; `None` for an organisation no one succeeded.
pub(super) async fn successor(
    txn: &DatabaseTransaction,
    org: i32,
) -> anyhow::Result<Option<((i32, String), NaiveDate)>> {
    let link = relationship::Entity::find()
        .filter(relationship::Column::FromOrganisationId.eq(org))
        .filter(relationship::Column::Kind.eq(RelationshipKind::SucceededBy))
        .order_by_asc(relationship::Column::ValidFrom)
        .one(txn)
        .await
        .context("reading a successor")?;
    let Some(link) = link else {
        return Ok(None);
    };
    let to = organisation::Entity::find_by_id(link.to_organisation_id)
        .one(txn)
        .await
        .context("reading a successor")?
        .context("a successor that does not exist")?;
    let on = link.valid_from.context("a succession without a day")?;
    Ok(Some(((to.id, to.ods_code.unwrap_or(to.name)), on)))
}

/// A successor's copy of a commitment passed on when its holder closed.
pub(super) struct Copy {
    /// The code of the organisation that held it.
    pub(super) from: String,
    /// Its commitment there.
    pub(super) original: i32,
    /// The organisation that took it on: key and code.
    pub(super) to: (i32, String),
    /// Who owns the copy.
    pub(super) owner: i32,
    /// The day it passed on.
    pub(super) on: NaiveDate,
}

impl Copy {
    /// Inserts the copy, AGREED from the day it passed on, TRANSFERRED again on `passed_on`
    /// when it did; returns its key.
    pub(super) async fn insert(
        &self,
        txn: &DatabaseTransaction,
        keys: &Keys,
        row: &CommitmentRow,
        plan: &Generated,
        passed_on: Option<NaiveDate>,
        history: &mut Vec<commitment_history::ActiveModel>,
    ) -> anyhow::Result<i32> {
        let (from, to, on) = (&self.from, &self.to.1, self.on);
        let mut steps = vec![(Agreed, on)];
        steps.extend(passed_on.map(|d| (Transferred, d)));
        let owner = Some(self.owner);
        let why = if on == day(CCGS_OPENED)? {
            "when primary care trusts closed and clinical commissioning groups took on their \
             commitments"
                .to_owned()
        } else {
            format!("when {from} closed and {to} took on its commitments")
        };
        let model = commitment::ActiveModel {
            organisation_id: Set(self.to.0),
            benefit_id: Set(keys.benefit(row.1)?),
            owner_id: Set(owner),
            baseline: Set(row.3),
            baseline_on: Set(plan.baseline_on),
            target: Set(row.4),
            target_on: Set(plan.target_on),
            tolerance: Set(row.5),
            status: Set(steps.last().map_or(Agreed, |s| s.0)),
            transferred_from_id: Set(Some(self.original)),
            version: Set(steps.len() as i32),
            notes: Set(Some(format!("Transferred from {from} on {on}, {why}."))),
            ..Default::default()
        };
        let id = insert_one(txn, model, || format!("commitment {to} {}", row.1))
            .await?
            .id;
        history.extend(standings::rows(id, &steps, owner, None));
        Ok(id)
    }
}
