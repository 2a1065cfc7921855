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
    assert!(e.errors[1].reason.contains("expected 24 fields"));
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
