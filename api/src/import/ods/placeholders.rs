//! The bodies an extract names (as a region, an area or a commissioner) before any file has
//! described them. They are created with their code as their name, so relationships can point
//! at them, until a file names them.

use std::collections::{BTreeMap, HashMap, HashSet};

use entity::enums::OrganisationKind;

use super::parse::Extract;

/// The regions (`Y..`), areas (`Q..`) and commissioners that the file names but that are
/// neither known (`ids`) nor in the file, each with the kind it is named as.
pub(super) fn missing(
    extract: &Extract,
    ids: &HashMap<String, i32>,
) -> BTreeMap<String, OrganisationKind> {
    let in_file: HashSet<&str> = extract.records.iter().map(|r| r.code.as_str()).collect();
    let mut missing: BTreeMap<String, OrganisationKind> = BTreeMap::new();
    for r in &extract.records {
        let mut want = |code: &Option<String>, kind: OrganisationKind| {
            if let Some(code) = code
                && !ids.contains_key(code)
                && !in_file.contains(code.as_str())
            {
                missing.entry(code.clone()).or_insert(kind);
            }
        };
        want(&r.national_grouping, OrganisationKind::RegionalTeam);
        want(&r.health_geography, OrganisationKind::AreaTeam);
        let commissioner = r.commissioner.as_ref().map(|c| c.code.clone());
        want(&commissioner, commissioner_kind(commissioner.as_deref()));
    }
    missing
}

/// Welsh health boards (`7A..`) are not CCGs; every other commissioner code in the extract is.
fn commissioner_kind(code: Option<&str>) -> OrganisationKind {
    match code {
        Some(c) if c.starts_with("7A") => OrganisationKind::Other,
        _ => OrganisationKind::ClinicalCommissioningGroup,
    }
}
