//! Organisations a file names by code, made sure of: created when not yet known, completed when
//! known (a placeholder, named by its code, takes the file's name and kind; dates are filled in
//! where none is recorded), never rewritten or duplicated.

use std::collections::{BTreeMap, HashMap};

use crate::organisations::by_ods_code;
use anyhow::Context;
use chrono::NaiveDate;
use entity::enums::{OrganisationKind, OrganisationStatus};
use entity::organisation;
use sea_orm::ActiveValue::NotSet;
use sea_orm::{ActiveModelTrait, DatabaseTransaction, Set};

/// What a file says of an organisation.
#[derive(Clone, Debug)]
pub struct Named {
    /// Its name.
    pub name: String,
    /// Its kind.
    pub kind: OrganisationKind,
    /// When it opened, if the file says.
    pub opened_on: Option<NaiveDate>,
    /// When it closed, if the file says (it is then CLOSED).
    pub closed_on: Option<NaiveDate>,
}

/// The organisations made sure of.
pub struct Known {
    /// The key of each, by code.
    pub ids: HashMap<String, i32>,
    /// How many were created.
    pub created: usize,
    /// How many were completed.
    pub completed: usize,
}

/// Creates the organisations of `wanted` not yet known and completes those that are.
pub async fn ensure(
    txn: &DatabaseTransaction,
    wanted: &BTreeMap<String, Named>,
) -> anyhow::Result<Known> {
    write(txn, wanted, false).await
}

/// Creates the organisations of `wanted` not yet known and sets the name, kind and dates of
/// those that are, as `wanted` gives them: for facts known better than any file gives them.
pub async fn set(
    txn: &DatabaseTransaction,
    wanted: &BTreeMap<String, Named>,
) -> anyhow::Result<Known> {
    write(txn, wanted, true).await
}

async fn write(
    txn: &DatabaseTransaction,
    wanted: &BTreeMap<String, Named>,
    overwrite: bool,
) -> anyhow::Result<Known> {
    let mut known = Known {
        ids: HashMap::new(),
        created: 0,
        completed: 0,
    };
    let stored = by_ods_code(txn, Some(wanted.keys().cloned().collect()))
        .await
        .context("reading the organisations named")?;
    for (code, named) in wanted {
        let status = |closed: Option<NaiveDate>| {
            if closed.is_some() {
                OrganisationStatus::Closed
            } else {
                OrganisationStatus::Active
            }
        };
        let Some(current) = stored.get(code) else {
            let row = organisation::ActiveModel {
                id: NotSet,
                ods_code: Set(Some(code.clone())),
                name: Set(named.name.clone()),
                kind: Set(named.kind),
                status: Set(status(named.closed_on)),
                opened_on: Set(named.opened_on),
                closed_on: Set(named.closed_on),
                address_line1: Set(None),
                address_line2: Set(None),
                address_line3: Set(None),
                address_line4: Set(None),
                address_line5: Set(None),
                postcode: Set(None),
                last_seen_on: NotSet,
                created_at: NotSet,
                updated_at: NotSet,
            }
            .insert(txn)
            .await
            .with_context(|| format!("creating {code}"))?;
            known.created += 1;
            known.ids.insert(code.clone(), row.id);
            continue;
        };
        known.ids.insert(code.clone(), current.id);
        let mut row: organisation::ActiveModel = current.clone().into();
        let mut changed = false;
        if overwrite || current.name == *code {
            row.name = Set(named.name.clone());
            row.kind = Set(named.kind);
            changed = true;
        }
        if (overwrite || current.opened_on.is_none()) && named.opened_on.is_some() {
            row.opened_on = Set(named.opened_on);
            changed = true;
        }
        if (overwrite || current.closed_on.is_none()) && named.closed_on.is_some() {
            row.closed_on = Set(named.closed_on);
            row.status = Set(status(named.closed_on));
            changed = true;
        }
        if changed {
            row.update(txn)
                .await
                .with_context(|| format!("completing {code}"))?;
            known.completed += 1;
        }
    }
    Ok(known)
}
