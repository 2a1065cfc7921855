//! Property tests of the extract parser: no input makes it panic, and well-formed rows of any
//! content (quoted commas, spaces, any dates) come back exactly.

use std::collections::HashSet;

use chrono::NaiveDate;
use proptest::prelude::*;

use super::*;

/// A trust's fields as the file would hold them.
#[derive(Clone, Debug)]
struct TrustRow {
    code: String,
    name: String,
    address: [String; 5],
    postcode: String,
    opened_on: Option<NaiveDate>,
    closed_on: Option<NaiveDate>,
}

fn any_date() -> impl Strategy<Value = NaiveDate> {
    (1900i32..2100, 1u32..=366).prop_filter_map("a real day", |(y, d)| NaiveDate::from_yo_opt(y, d))
}

fn trust_row() -> impl Strategy<Value = TrustRow> {
    (
        "[A-Z][A-Z0-9]{0,9}",
        "[A-Za-z0-9][A-Za-z0-9 ,&'\"()-]{0,60}",
        proptest::array::uniform5("[A-Za-z0-9 ,.'-]{0,30}"),
        "[A-Z0-9 ]{0,8}",
        proptest::option::of(any_date()),
        proptest::option::of(any_date()),
    )
        .prop_map(
            |(code, name, address, postcode, opened_on, closed_on)| TrustRow {
                code,
                name,
                address,
                postcode,
                opened_on,
                closed_on,
            },
        )
}

/// The rows as CSV (quoted where needed, by the csv crate), 24 fields each.
fn file_of(rows: &[TrustRow]) -> Vec<u8> {
    let mut out = csv::WriterBuilder::new()
        .has_headers(false)
        .from_writer(Vec::new());
    let date = |d: Option<NaiveDate>| {
        d.map(|d| d.format("%Y%m%d").to_string())
            .unwrap_or_default()
    };
    for r in rows {
        let mut fields = vec![r.code.clone(), r.name.clone(), "Y55".into(), "Q77".into()];
        fields.extend(r.address.iter().cloned());
        fields.push(r.postcode.clone());
        fields.push(date(r.opened_on));
        fields.push(date(r.closed_on));
        fields.extend(std::iter::repeat_n(String::new(), 12));
        assert_eq!(fields.len(), 24);
        out.write_record(&fields).expect("writing to memory");
    }
    out.into_inner().expect("flushing to memory")
}

proptest! {
    #[test]
    fn no_bytes_make_it_panic(bytes in proptest::collection::vec(any::<u8>(), 0..4_000)) {
        for kind in [ExtractKind::Trusts, ExtractKind::Practices] {
            if let Ok(extract) = parse(kind, bytes.as_slice()) {
                for r in &extract.records {
                    prop_assert!(!r.code.is_empty() && r.code.len() <= 10);
                    prop_assert!(!r.name.is_empty());
                }
                prop_assert!(extract.errors.iter().all(|e| e.line >= 1));
            }
        }
    }

    #[test]
    fn no_field_of_a_practice_makes_it_panic(field in 0usize..27, text in "\\PC{0,40}") {
        let mut fields: Vec<String> = PRACTICE_FIELDS.iter().map(|f| (*f).to_owned()).collect();
        fields[field] = text;
        let mut out = csv::WriterBuilder::new().has_headers(false).from_writer(Vec::new());
        out.write_record(&fields).expect("writing to memory");
        let bytes = out.into_inner().expect("flushing to memory");
        match parse(ExtractKind::Practices, bytes.as_slice()) {
            Ok(extract) => prop_assert_eq!(extract.records.len() + extract.errors.len(), 1),
            Err(ImportError::NotAnExtract(why)) => prop_assert!(why.contains("nothing was imported")),
            Err(other) => prop_assert!(false, "unexpected error {other:?}"),
        }
    }

    #[test]
    fn well_formed_trusts_come_back_exactly(rows in proptest::collection::vec(trust_row(), 1..30)) {
        let mut seen = HashSet::new();
        let rows: Vec<TrustRow> = rows.into_iter().filter(|r| seen.insert(r.code.clone())).collect();
        let extract = parse(ExtractKind::Trusts, file_of(&rows).as_slice()).expect("an extract");
        prop_assert!(extract.errors.is_empty(), "{:?}", extract.errors);
        prop_assert_eq!(extract.records.len(), rows.len());
        for (line, (row, record)) in rows.iter().zip(&extract.records).enumerate() {
            let optional = |s: &str| (!s.trim().is_empty()).then(|| s.trim().to_owned());
            prop_assert_eq!(&record.code, &row.code);
            prop_assert_eq!(&record.name, row.name.trim());
            prop_assert_eq!(record.line, line as u64 + 1);
            prop_assert_eq!(record.address.to_vec(), row.address.iter().map(|a| optional(a)).collect::<Vec<_>>());
            prop_assert_eq!(record.postcode.clone(), optional(&row.postcode));
            prop_assert_eq!(record.opened_on, row.opened_on);
            prop_assert_eq!(record.closed_on, row.closed_on);
            prop_assert_eq!(record.status == OrganisationStatus::Closed, row.closed_on.is_some());
            prop_assert_eq!(
                record.kind == OrganisationKind::FoundationTrust,
                row.name.trim().contains("FOUNDATION TRUST")
            );
        }
    }
}

/// A well-formed practice row, field by field.
const PRACTICE_FIELDS: [&str; 27] = [
    "A81001",
    "THE DENSHAM SURGERY",
    "Y63",
    "Q74",
    "THE HEALTH CENTRE",
    "LAWSON STREET",
    "STOCKTON-ON-TEES",
    "CLEVELAND",
    "",
    "TS18 1HU",
    "19740401",
    "",
    "A",
    "B",
    "00K",
    "20130401",
    "",
    "01642 672351",
    "",
    "",
    "",
    "0",
    "",
    "00K",
    "",
    "4",
    "",
];
