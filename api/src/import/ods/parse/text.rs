//! The text of an extract: its bytes decoded (UTF-8, or Windows-1252), its lines counted
//! whatever ends them, and its dates read.

use chrono::NaiveDate;

/// Where each line of a file begins, whatever ends its lines (`\n`, `\r\n` or `\r`). (After
/// a `\r\n`, the csv reader puts the next row at the `\n`, and counts a line too few.)
pub(super) struct LineStarts<'a> {
    bytes: &'a [u8],
    starts: Vec<u64>,
}

impl<'a> LineStarts<'a> {
    pub(super) fn of(bytes: &'a [u8]) -> Self {
        let mut starts = vec![0];
        for (i, &b) in bytes.iter().enumerate() {
            let ends_line = b == b'\n' || (b == b'\r' && bytes.get(i + 1) != Some(&b'\n'));
            if ends_line {
                starts.push(i as u64 + 1);
            }
        }
        Self { bytes, starts }
    }

    /// The line (1-based) of the row starting at byte `at`: past any line ends before it.
    pub(super) fn line_of(&self, at: u64) -> u64 {
        let mut at = at as usize;
        while matches!(self.bytes.get(at), Some(b'\r' | b'\n')) {
            at += 1;
        }
        self.starts.partition_point(|&start| start <= at as u64) as u64
    }
}

/// A row's fields as text: UTF-8, or else (a file saved by an older Windows tool) Windows-1252;
/// and whether any field needed the second.
pub(super) fn decode(row: &csv::ByteRecord) -> (Vec<std::borrow::Cow<'_, str>>, bool) {
    let mut windows_1252 = false;
    let fields = row
        .iter()
        .map(|bytes| match std::str::from_utf8(bytes) {
            Ok(text) => std::borrow::Cow::Borrowed(text),
            Err(_) => {
                windows_1252 = true;
                encoding_rs::WINDOWS_1252
                    .decode_without_bom_handling(bytes)
                    .0
            }
        })
        .collect();
    (fields, windows_1252)
}

/// A YYYYMMDD date, or none for an empty field.
pub(super) fn date(s: &str, what: &str) -> Result<Option<NaiveDate>, String> {
    if s.is_empty() {
        return Ok(None);
    }
    NaiveDate::parse_from_str(s, "%Y%m%d")
        .map(Some)
        .map_err(|_| format!("invalid {what} {s:?} (expected YYYYMMDD)"))
}
