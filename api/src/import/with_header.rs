//! Reading a reference file with a header row (the 2013 reorganisation, the practice map): the
//! header checked by name, each row read by the file's own reader, a bad row skipped and
//! reported by line (the header being line 1).

use std::io::Read;

use super::ods::RowError;

/// The good rows of a file whose header must be `header`, and the reasons for the bad ones.
/// `Err` says why the whole file is refused: another header, or no good row.
pub fn read_rows<R: Read, T>(
    reader: R,
    file_name: &str,
    header: &[&str],
    row: impl Fn(u64, &csv::StringRecord) -> Result<T, String>,
) -> Result<(Vec<T>, Vec<RowError>), String> {
    let mut csv = csv::ReaderBuilder::new().flexible(true).from_reader(reader);
    let found = csv
        .headers()
        .map_err(|e| format!("the header cannot be read ({e})"))?
        .clone();
    if found.iter().map(str::trim).collect::<Vec<_>>() != header {
        return Err(format!(
            "this is not {file_name}: its header must be {}",
            header.join(",")
        ));
    }
    let (mut rows, mut errors) = (Vec::new(), Vec::new());
    for record in csv.records() {
        let record = match record {
            Ok(record) => record,
            Err(e) => {
                let line = e.position().map_or(0, |p| p.line());
                let reason = format!("unreadable row: {e}");
                errors.push(RowError { line, reason });
                continue;
            }
        };
        let line = record.position().map_or(0, |p| p.line());
        if record.len() != header.len() {
            let reason = format!("expected {} fields, found {}", header.len(), record.len());
            errors.push(RowError { line, reason });
            continue;
        }
        match row(line, &record) {
            Ok(row) => rows.push(row),
            Err(reason) => errors.push(RowError { line, reason }),
        }
    }
    if rows.is_empty() {
        return Err("it holds no well-formed row".into());
    }
    Ok((rows, errors))
}
