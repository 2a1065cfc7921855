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

#[cfg(test)]
mod tests {
    use entity::enums::OrganisationStatus;

    use super::*;
    use crate::import::ods::parse::{Commissioning, ExtractKind, OdsRecord};

    /// A practice `code` in region `region`, area `area`, commissioned by `by`.
    fn practice(code: &str, region: &str, area: &str, by: &str) -> OdsRecord {
        OdsRecord {
            line: 1,
            code: code.into(),
            name: code.into(),
            kind: OrganisationKind::GpPractice,
            status: OrganisationStatus::Active,
            national_grouping: Some(region.into()),
            health_geography: Some(area.into()),
            address: Default::default(),
            postcode: None,
            opened_on: None,
            closed_on: None,
            commissioner: Some(Commissioning {
                code: by.into(),
                joined_on: None,
                left_on: None,
            }),
        }
    }

    #[test]
    fn only_bodies_neither_known_nor_in_the_file_are_made_each_as_the_kind_first_named() {
        let known: HashMap<String, i32> = [("Y56".to_owned(), 1), ("05T".to_owned(), 2)].into();
        let extract = Extract {
            kind: ExtractKind::Practices,
            records: vec![
                practice("A1", "Y56", "Q71", "05T"),
                practice("A2", "Y54", "Q71", "7A1"),
                // A practice the file names as another's commissioner is in the file.
                practice("A3", "Y54", "Q72", "A1"),
                practice("A4", "Y56", "Q71", "06A"),
            ],
            errors: vec![],
            warnings: vec![],
        };
        let expected: BTreeMap<String, OrganisationKind> = [
            ("06A", OrganisationKind::ClinicalCommissioningGroup),
            ("7A1", OrganisationKind::Other),
            ("Q71", OrganisationKind::AreaTeam),
            ("Q72", OrganisationKind::AreaTeam),
            ("Y54", OrganisationKind::RegionalTeam),
        ]
        .into_iter()
        .map(|(code, kind)| (code.to_owned(), kind))
        .collect();
        assert_eq!(missing(&extract, &known), expected);
    }
}
