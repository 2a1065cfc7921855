#![allow(clippy::unwrap_used)]
use super::*;

const TRUST: &str = "R1A,WORCESTERSHIRE HEALTH AND CARE NHS TRUST,Y55,Q77,ISAAC MADDOX HOUSE,SHRUB HILL INDUSTRIAL ESTATE,,WORCESTER,WORCESTERSHIRE,WR4 9RW,20110701,,,,,,,,,,,0,,F\n";
const PRACTICE: &str = "\"A81001\",\"THE DENSHAM SURGERY\",\"Y63\",\"Q74\",\"THE HEALTH CENTRE\",\"LAWSON STREET\",\"STOCKTON-ON-TEES\",\"CLEVELAND\",\"\",\"TS18 1HU\",\"19740401\",\"\",\"A\",\"B\",\"00K\",\"20130401\",\"\",\"01642 672351\",\"\",\"\",\"\",\"0\",\"\",\"00K\",\"\",\"4\",\"\"\n";

#[test]
fn reads_a_trust() {
    let e = parse(ExtractKind::Trusts, TRUST.as_bytes()).unwrap();
    let r = &e.records[0];
    assert_eq!(
        (r.code.as_str(), r.kind, r.status),
        (
            "R1A",
            OrganisationKind::NhsTrust,
            OrganisationStatus::Active
        )
    );
    assert_eq!(r.health_geography.as_deref(), Some("Q77"));
    assert_eq!(r.address[2], None);
    assert_eq!(r.opened_on, NaiveDate::from_ymd_opt(2011, 7, 1));
}

#[test]
fn reads_a_practice_with_its_commissioner() {
    let e = parse(ExtractKind::Practices, PRACTICE.as_bytes()).unwrap();
    let c = e.records[0].commissioner.clone().unwrap();
    assert_eq!(c.code, "00K");
    assert_eq!(c.joined_on, NaiveDate::from_ymd_opt(2013, 4, 1));
    assert_eq!(e.records[0].kind, OrganisationKind::GpPractice);
}

#[test]
fn reports_bad_rows_by_line_and_keeps_the_rest() {
    let bad_date = TRUST
        .replace("R1A", "R1B")
        .replace("20110701", "2011-07-01");
    let short = "R1C,SHORT ROW\n";
    let input = format!("{TRUST}{bad_date}{short}{}", TRUST.replace("R1A", "R1D"));
    let e = parse(ExtractKind::Trusts, input.as_bytes()).unwrap();
    assert_eq!(e.records.len(), 2);
    assert_eq!(e.errors.len(), 2);
    assert_eq!(e.errors[0].line, 2);
    assert!(
        e.errors[0].reason.contains("open date"),
        "{}",
        e.errors[0].reason
    );
    assert_eq!(e.errors[1].line, 3);
    assert!(e.errors[1].reason.contains("expected 24 or 27 fields"));
}

#[test]
fn refuses_what_is_not_an_extract() {
    assert!(matches!(
        parse(ExtractKind::Trusts, "name,code\nfoo,bar\n".as_bytes()),
        Err(ImportError::NotAnExtract(_))
    ));
    assert!(matches!(
        parse(ExtractKind::Practices, TRUST.as_bytes()),
        Err(ImportError::NotAnExtract(_))
    ));
    assert!(matches!(
        parse(ExtractKind::Trusts, "".as_bytes()),
        Err(ImportError::NotAnExtract(_))
    ));
}

#[test]
fn reports_duplicates() {
    let e = parse(ExtractKind::Trusts, format!("{TRUST}{TRUST}").as_bytes()).unwrap();
    assert_eq!(e.records.len(), 1);
    assert!(
        e.errors[0]
            .reason
            .contains("duplicate code R1A (first on line 1)")
    );
}

/// The later trust layout: 27 fields, every value quoted, the last three empty.
fn quoted_27(row: &str) -> String {
    let fields: Vec<String> = row
        .trim_end()
        .split(',')
        .map(|f| format!("\"{f}\""))
        .chain(std::iter::repeat_n("\"\"".to_owned(), 3))
        .collect();
    format!("{}\n", fields.join(","))
}

#[test]
fn reads_both_trust_layouts_alike() {
    let old = parse(ExtractKind::Trusts, TRUST.as_bytes()).unwrap();
    let new = parse(ExtractKind::Trusts, quoted_27(TRUST).as_bytes()).unwrap();
    assert!(new.errors.is_empty(), "{:?}", new.errors);
    assert_eq!(new.records, old.records);
}

#[test]
fn line_numbers_hold_whatever_the_line_endings() {
    let bad = TRUST
        .replace("R1A", "R1B")
        .replace("20110701", "2011-07-01");
    let body = format!("{TRUST}{}{bad}", TRUST.replace("R1A", "R1C"));
    // (line ending, the bad row's line)
    for (ending, expected) in [("\n", 3), ("\r\n", 3), ("\r", 3)] {
        let text = body.replace('\n', ending);
        let e = parse(ExtractKind::Trusts, text.as_bytes()).unwrap();
        assert_eq!(e.records.len(), 2, "{ending:?}");
        assert_eq!(e.errors[0].line, expected, "{ending:?}");
        assert_eq!(e.records[1].line, 2, "{ending:?}");
    }
}

#[test]
fn windows_1252_text_is_read_and_warned_about() {
    // "ST JOHN'S" with a Windows-1252 right single quote (0x92), and an e acute (0xE9).
    let mut bytes = TRUST.replace("R1A", "R1B").into_bytes();
    bytes.extend(
        TRUST
            .replace(
                "WORCESTERSHIRE HEALTH",
                "ST JOHN\u{FFFD}S CAF\u{FFFD} HEALTH",
            )
            .into_bytes(),
    );
    let text = String::from_utf8(bytes).unwrap();
    let mut raw = Vec::new();
    for (i, part) in text.split('\u{FFFD}').enumerate() {
        if i > 0 {
            raw.push(if i == 1 { 0x92 } else { 0xE9 });
        }
        raw.extend(part.as_bytes());
    }
    let e = parse(ExtractKind::Trusts, raw.as_slice()).unwrap();
    assert_eq!(e.records.len(), 2);
    assert_eq!(
        e.records[1].name,
        "ST JOHN\u{2019}S CAF\u{E9} HEALTH AND CARE NHS TRUST"
    );
    assert_eq!(e.warnings.len(), 1);
    assert_eq!(e.warnings[0].line, 2);
}

#[test]
fn a_bad_first_row_is_skipped_not_the_file() {
    let input = format!("R1C,SHORT ROW\n{TRUST}{}", TRUST.replace("R1A", "R1D"));
    let e = parse(ExtractKind::Trusts, input.as_bytes()).unwrap();
    assert_eq!(e.records.len(), 2);
    assert_eq!(e.errors[0].line, 1);
    // Mostly malformed: not this extract at all.
    let mostly_bad = format!("a,b\nc,d\n{TRUST}");
    assert!(matches!(
        parse(ExtractKind::Trusts, mostly_bad.as_bytes()),
        Err(ImportError::NotAnExtract(_))
    ));
}
