//! Writing a parsed extract to the database in one transaction: organisations inserted or
//! updated in place by code, then the PART_OF and COMMISSIONED_BY relationships reconciled.

use std::collections::HashMap;

use anyhow::Context;
use chrono::{NaiveDate, Utc};
use entity::enums::{OrganisationKind, OrganisationStatus};
use entity::organisation;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, DatabaseTransaction, EntityTrait, QueryFilter, QuerySelect, Set,
    TransactionTrait,
};

use super::parse::{Extract, OdsRecord, RowError};
use super::relationships::{reconcile, wanted_relationships};
use crate::db::Db;
use crate::graphql::ids::NodeType;
use crate::organisations::by_ods_code;

/// Rows per multi-row INSERT: well under SQLite's and PostgreSQL's bound-parameter limits.
pub(super) const BATCH: usize = 1000;

/// What one import did.
#[derive(Debug, Default, serde::Serialize)]
pub struct ImportReport {
    /// Well-formed rows read.
    pub rows: usize,
    /// Organisations created from rows.
    pub inserted: usize,
    /// Organisations whose details changed.
    pub updated: usize,
    /// Organisations already up to date.
    pub unchanged: usize,
    /// Organisations a newer extract has described already: their details kept.
    pub older: usize,
    /// Regional, area and commissioner organisations created as placeholders.
    pub placeholders_created: usize,
    /// Relationships opened.
    pub relationships_opened: usize,
    /// Relationships closed (given a `valid_to`).
    pub relationships_closed: usize,
    /// Rows skipped, with their line and reason.
    pub errors: Vec<RowError>,
    /// Organisations whose kind changed with the file (each with an audit event).
    pub kinds_changed: usize,
    /// Organisations of the extract's kinds that an earlier extract listed and this one does
    /// not: kept, with the date they were last seen.
    pub no_longer_listed: usize,
    /// The date that dated the changes the file does not date.
    pub extract_date: Option<NaiveDate>,
    /// Rows imported with something to check (text read as Windows-1252), by line.
    pub warnings: Vec<RowError>,
}

#[tracing::instrument(skip_all, fields(kind = ?extract.kind, rows = extract.records.len()))]
pub async fn apply(db: &Db, extract: &Extract, as_of: NaiveDate) -> anyhow::Result<ImportReport> {
    let txn = db
        .conn
        .begin()
        .await
        .context("starting the import transaction")?;
    let mut report = ImportReport {
        rows: extract.records.len(),
        ..Default::default()
    };
    let mut ids = load_codes(&txn).await?;

    report.placeholders_created = create_placeholders(&txn, extract, &ids).await?;
    if report.placeholders_created > 0 {
        ids = load_codes(&txn).await?;
    }
    upsert_organisations(&txn, extract, as_of, &mut report).await?;
    ids.extend(load_codes(&txn).await?);

    let wanted = wanted_relationships(extract, &ids);
    reconcile(&txn, wanted, as_of, &mut report).await?;
    report.no_longer_listed = super::seen::mark_seen(&txn, extract, as_of).await?;
    report.extract_date = Some(as_of);
    report.errors.clone_from(&extract.errors);
    report.warnings.clone_from(&extract.warnings);
    crate::import::record(&txn, "importOdsExtract", extract.kind.file_name(), &report).await?;
    txn.commit().await.context("committing the import")?;
    tracing::info!(
        inserted = report.inserted,
        updated = report.updated,
        opened = report.relationships_opened,
        closed = report.relationships_closed,
        "ODS extract imported"
    );
    Ok(report)
}

async fn load_codes(txn: &DatabaseTransaction) -> anyhow::Result<HashMap<String, i32>> {
    let rows: Vec<(i32, Option<String>)> = organisation::Entity::find()
        .select_only()
        .column(organisation::Column::Id)
        .column(organisation::Column::OdsCode)
        .filter(organisation::Column::OdsCode.is_not_null())
        .into_tuple()
        .all(txn)
        .await
        .context("reading organisation codes")?;
    Ok(rows
        .into_iter()
        .filter_map(|(id, code)| Some((code?, id)))
        .collect())
}

/// Creates the bodies the file names but nobody has described yet (see [`super::placeholders`]);
/// returns how many.
async fn create_placeholders(
    txn: &DatabaseTransaction,
    extract: &Extract,
    ids: &HashMap<String, i32>,
) -> anyhow::Result<usize> {
    let missing = super::placeholders::missing(extract, ids);
    let count = missing.len();
    let models: Vec<organisation::ActiveModel> = missing
        .into_iter()
        .map(|(code, kind)| organisation::ActiveModel {
            name: Set(code.clone()),
            ods_code: Set(Some(code)),
            kind: Set(kind),
            status: Set(OrganisationStatus::Active),
            ..blank()
        })
        .collect();
    insert_organisations(txn, models).await?;
    Ok(count)
}

/// A new organisation with nothing known of it but what the caller sets.
fn blank() -> organisation::ActiveModel {
    organisation::ActiveModel {
        opened_on: Set(None),
        closed_on: Set(None),
        address_line1: Set(None),
        address_line2: Set(None),
        address_line3: Set(None),
        address_line4: Set(None),
        address_line5: Set(None),
        postcode: Set(None),
        ..Default::default()
    }
}

fn from_record(r: &OdsRecord) -> organisation::ActiveModel {
    let [a1, a2, a3, a4, a5] = r.address.clone();
    organisation::ActiveModel {
        ods_code: Set(Some(r.code.clone())),
        name: Set(r.name.clone()),
        kind: Set(r.kind),
        status: Set(r.status),
        opened_on: Set(r.opened_on),
        closed_on: Set(r.closed_on),
        address_line1: Set(a1),
        address_line2: Set(a2),
        address_line3: Set(a3),
        address_line4: Set(a4),
        address_line5: Set(a5),
        postcode: Set(r.postcode.clone()),
        ..Default::default()
    }
}

async fn insert_organisations(
    txn: &DatabaseTransaction,
    models: Vec<organisation::ActiveModel>,
) -> anyhow::Result<()> {
    let mut models = models.into_iter().peekable();
    while models.peek().is_some() {
        let batch: Vec<_> = models.by_ref().take(BATCH).collect();
        organisation::Entity::insert_many(batch)
            .exec_without_returning(txn)
            .await
            .context("inserting organisations")?;
    }
    Ok(())
}

async fn upsert_organisations(
    txn: &DatabaseTransaction,
    extract: &Extract,
    as_of: NaiveDate,
    report: &mut ImportReport,
) -> anyhow::Result<()> {
    let existing = by_ods_code(txn, None)
        .await
        .context("reading organisations")?;
    let mut new = Vec::new();
    for r in &extract.records {
        let Some(current) = existing.get(&r.code) else {
            new.push(from_record(r));
            continue;
        };
        // An extract older than the last that listed it describes the past: the newer details
        // (a name, a closure) stay.
        if current.last_seen_on.is_some_and(|seen| as_of < seen) {
            report.older += 1;
            continue;
        }
        let mut changed: organisation::ActiveModel = current.clone().into();
        let wanted = from_record(r);
        changed.name = wanted.name;
        changed.status = wanted.status;
        changed.opened_on = wanted.opened_on;
        changed.closed_on = wanted.closed_on;
        changed.address_line1 = wanted.address_line1;
        changed.address_line2 = wanted.address_line2;
        changed.address_line3 = wanted.address_line3;
        changed.address_line4 = wanted.address_line4;
        changed.address_line5 = wanted.address_line5;
        changed.postcode = wanted.postcode;
        // A placeholder takes its real kind when a file first names it; an organisation of a
        // kind this extract gives follows the file (a practice whose prescribing setting
        // changed); any other keeps its kind (the practices file must not re-kind a trust).
        let kind_changes =
            current.kind != r.kind && (current.name == r.code || extract.kind.gives(current.kind));
        if current.name == r.code || extract.kind.gives(current.kind) {
            changed.kind = wanted.kind;
        }
        if kind_changes && current.name != r.code {
            let kinds = |k: OrganisationKind| Some(serde_json::json!({ "kind": k }));
            crate::audit::record(
                txn,
                &crate::import::importer(),
                "importOdsKindChange",
                NodeType::Organisation,
                current.id,
                kinds(current.kind),
                kinds(r.kind),
            )
            .await
            .with_context(|| format!("auditing the kind change of {}", r.code))?;
            report.kinds_changed += 1;
        }
        // `set` only marks columns whose value differs, so this tells real changes apart.
        let changed = reset_unchanged(changed, current);
        if changed.is_changed() {
            let mut changed = changed;
            changed.updated_at = Set(Utc::now());
            changed
                .update(txn)
                .await
                .with_context(|| format!("updating {}", r.code))?;
            report.updated += 1;
        } else {
            report.unchanged += 1;
        }
    }
    report.inserted = new.len();
    insert_organisations(txn, new).await
}

/// Turns `Set` values equal to the current row back into `Unchanged`.
fn reset_unchanged(
    am: organisation::ActiveModel,
    current: &organisation::Model,
) -> organisation::ActiveModel {
    let mut fresh: organisation::ActiveModel = current.clone().into();
    macro_rules! take {
        ($($field:ident),*) => {$(
            if let sea_orm::ActiveValue::Set(v) = am.$field.clone() {
                if v != current.$field { fresh.$field = Set(v); }
            }
        )*};
    }
    take!(
        name,
        kind,
        status,
        opened_on,
        closed_on,
        address_line1,
        address_line2,
        address_line3,
        address_line4,
        address_line5,
        postcode
    );
    fresh
}
