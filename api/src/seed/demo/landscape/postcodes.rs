//! The strategic health authority (2006-2013) an English postcode area lay in, by the greater
//! part of the area: how the demo places trusts and practices before NHS England's areas.
//! Welsh, Scottish and Crown dependency areas have none.

/// (postcode area, SHA code).
#[rustfmt::skip]
const AREAS: &[(&str, &str)] = &[
    // North East
    ("NE", "Q30"), ("SR", "Q30"), ("DH", "Q30"), ("DL", "Q30"), ("TS", "Q30"),
    // North West
    ("CA", "Q31"), ("LA", "Q31"), ("PR", "Q31"), ("FY", "Q31"), ("BB", "Q31"), ("BL", "Q31"),
    ("OL", "Q31"), ("M", "Q31"), ("SK", "Q31"), ("WN", "Q31"), ("WA", "Q31"), ("L", "Q31"),
    ("CH", "Q31"), ("CW", "Q31"),
    // Yorkshire and the Humber
    ("YO", "Q32"), ("HG", "Q32"), ("LS", "Q32"), ("BD", "Q32"), ("HX", "Q32"), ("HD", "Q32"),
    ("WF", "Q32"), ("HU", "Q32"), ("DN", "Q32"), ("S", "Q32"),
    // East Midlands
    ("NG", "Q33"), ("DE", "Q33"), ("LE", "Q33"), ("LN", "Q33"), ("NN", "Q33"),
    // West Midlands
    ("B", "Q34"), ("CV", "Q34"), ("DY", "Q34"), ("WS", "Q34"), ("WV", "Q34"), ("ST", "Q34"),
    ("TF", "Q34"), ("SY", "Q34"), ("HR", "Q34"), ("WR", "Q34"),
    // East of England
    ("NR", "Q35"), ("IP", "Q35"), ("CB", "Q35"), ("CO", "Q35"), ("CM", "Q35"), ("SS", "Q35"),
    ("PE", "Q35"), ("LU", "Q35"), ("AL", "Q35"), ("SG", "Q35"), ("WD", "Q35"),
    // London
    ("E", "Q36"), ("EC", "Q36"), ("N", "Q36"), ("NW", "Q36"), ("SE", "Q36"), ("SW", "Q36"),
    ("W", "Q36"), ("WC", "Q36"), ("BR", "Q36"), ("CR", "Q36"), ("EN", "Q36"), ("HA", "Q36"),
    ("IG", "Q36"), ("KT", "Q36"), ("RM", "Q36"), ("SM", "Q36"), ("TW", "Q36"), ("UB", "Q36"),
    // South East Coast
    ("BN", "Q37"), ("RH", "Q37"), ("TN", "Q37"), ("ME", "Q37"), ("CT", "Q37"), ("GU", "Q37"),
    ("DA", "Q37"),
    // South Central
    ("OX", "Q38"), ("RG", "Q38"), ("SL", "Q38"), ("HP", "Q38"), ("MK", "Q38"), ("SO", "Q38"),
    ("PO", "Q38"),
    // South West
    ("BS", "Q39"), ("BA", "Q39"), ("GL", "Q39"), ("SN", "Q39"), ("SP", "Q39"), ("TA", "Q39"),
    ("EX", "Q39"), ("TQ", "Q39"), ("PL", "Q39"), ("TR", "Q39"), ("DT", "Q39"), ("BH", "Q39"),
];

/// The SHA of a postcode's area (`"WR5 1DD"` -> `"Q34"`), if it was in England.
pub(super) fn sha_of(postcode: &str) -> Option<&'static str> {
    let area: String = postcode
        .trim()
        .chars()
        .take_while(char::is_ascii_alphabetic)
        .collect::<String>()
        .to_ascii_uppercase();
    AREAS.iter().find(|(a, _)| *a == area).map(|(_, sha)| *sha)
}

#[cfg(test)]
mod tests {
    use super::sha_of;

    #[test]
    fn a_postcode_gives_its_areas_authority() {
        let cases = [
            ("WR5 1DD", Some("Q34")),
            ("M1 1AA", Some("Q31")),
            ("ME7 5NY", Some("Q37")),
            ("EX2 5DW", Some("Q39")),
            ("e1 1bb", Some("Q36")),
            ("CF14 4XW", None),
            ("", None),
        ];
        for (postcode, sha) in cases {
            assert_eq!(sha_of(postcode), sha, "{postcode}");
        }
    }

    #[test]
    fn each_area_is_listed_once() {
        let mut areas: Vec<&str> = super::AREAS.iter().map(|(a, _)| *a).collect();
        areas.sort_unstable();
        let before = areas.len();
        areas.dedup();
        assert_eq!(areas.len(), before);
    }
}
