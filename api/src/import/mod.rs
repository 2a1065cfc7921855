//! Importers of outside data into the graph: NHS Organisation Data Service extracts, the map of
//! practices to networks, groups, STPs and regions (2022), and the 2013 reorganisation of
//! primary care trusts into clinical commissioning groups.

pub(crate) mod named;
pub mod ods;
pub mod practice_map;
pub mod reorganisation;
mod with_header;

/// Who the audit trail names for changes an import makes.
pub(crate) fn importer() -> crate::auth::Caller {
    crate::auth::Caller {
        issuer: "realise".into(),
        subject: "ods-import".into(),
        email: None,
        name: Some("ODS import".into()),
        role: crate::auth::Role::Admin,
        organisation: None,
    }
}

/// Records an import's one audit event in its transaction: the file it read and what it did,
/// each list in the report (rows skipped, warnings) given as its length.
pub(crate) async fn record<C: sea_orm::ConnectionTrait>(
    txn: &C,
    action: &str,
    file: &str,
    report: &impl serde::Serialize,
) -> anyhow::Result<()> {
    use anyhow::Context;
    let mut counts = serde_json::to_value(report).context("writing the import's counts")?;
    if let Some(fields) = counts.as_object_mut() {
        for value in fields.values_mut() {
            if let Some(list) = value.as_array() {
                *value = list.len().into();
            }
        }
        fields.insert("file".into(), file.into());
    }
    crate::audit::record_import(txn, &importer(), action, counts)
        .await
        .context("auditing the import")
}
