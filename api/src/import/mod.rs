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
