use std::io::Write;

use rust_xlsxwriter::{ExcelDateTime, Format, Workbook};

use super::*;

fn text(t: &str) -> Given {
    Given::Text(t.to_owned())
}

#[test]
fn csv_lines_are_counted_whatever_ends_them() {
    for (bytes, expected_lines) in [
        (&b"a,b\nc,d\n"[..], vec![1, 2]),
        (&b"a,b\r\nc,d\r\n"[..], vec![1, 2]),
        (&b"\xEF\xBB\xBFa,b\r\n\r\n,\r\nc,d"[..], vec![1, 4]),
        (&b"a\rb\rc"[..], vec![1, 2, 3]),
        (&b"\"two\nlines\",x\r\nnext,y\r\n"[..], vec![1, 3]),
    ] {
        let grid = read(bytes).unwrap_or_default();
        let lines: Vec<u32> = grid.rows.iter().map(|(l, _)| *l).collect();
        assert_eq!(
            lines,
            expected_lines,
            "{:?}",
            String::from_utf8_lossy(bytes)
        );
    }
}

#[test]
fn csv_cells_are_text_and_windows_1252_is_read() {
    let grid = read(b"Note,caf\xe9 \x96 ok\n").unwrap_or_default();
    assert_eq!(grid.rows, vec![(1, vec![text("Note"), text("café – ok")])]);
}

#[test]
fn what_is_not_a_spreadsheet_is_refused() {
    for bytes in [
        &b""[..],
        &b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1old"[..],
        &b"%PDF-1.7\n\x01\x02\x03binary"[..],
        &b"a,b\x00c"[..],
        &b"PK\x03\x04not really a zip"[..],
    ] {
        let refused = read(bytes).err();
        assert_eq!(
            refused.map(|p| (p.code, p.status)),
            Some(("NOT_A_SPREADSHEET", 415)),
            "{bytes:?}"
        );
    }
}

#[test]
fn a_zip_that_unpacks_far_beyond_its_size_is_refused_unopened() {
    let mut packed = Vec::new();
    {
        let mut zip = zip::ZipWriter::new(Cursor::new(&mut packed));
        let options = zip::write::SimpleFileOptions::default()
            .compression_method(zip::CompressionMethod::Deflated);
        let _ = zip.start_file("xl/worksheets/sheet1.xml", options);
        let zeros = vec![0u8; 1024 * 1024];
        for _ in 0..40 {
            let _ = zip.write_all(&zeros);
        }
        let _ = zip.finish();
    }
    assert!(packed.len() < 1024 * 1024, "packed {} bytes", packed.len());
    let refused = read(&packed).err();
    assert_eq!(refused.map(|p| p.code), Some("TOO_LARGE_UNPACKED"));
}

#[test]
fn a_workbook_gives_its_values_dates_formulas_and_merged_cells() {
    let mut book = Workbook::new();
    let sheet = book.add_worksheet();
    let date = Format::new().set_num_format("dd/mm/yyyy");
    let when = ExcelDateTime::from_ymd(2026, 11, 30).unwrap_or_else(|_| unreachable!());
    let _ = sheet.write_string(0, 0, "Period");
    let _ = sheet.write_string(0, 1, "2026-11");
    let _ = sheet.write_number(2, 1, 12.5);
    let _ = sheet.write_datetime_with_format(2, 2, &when, &date);
    let _ = sheet.write_formula(3, 1, "=B3*2");
    let _ = sheet.merge_range(4, 0, 5, 1, "merged", &Format::new());
    let _ = sheet.write_boolean(6, 3, true);
    let bytes = book.save_to_buffer().unwrap_or_default();

    let grid = read(&bytes).unwrap_or_default();
    let lines: Vec<u32> = grid.rows.iter().map(|(l, _)| *l).collect();
    assert_eq!(lines, vec![1, 3, 4, 5, 7]);
    assert_eq!(grid.rows[0].1, vec![text("Period"), text("2026-11")]);
    assert_eq!(
        grid.rows[1].1,
        vec![Given::Empty, Given::Number(12.5), Given::Date(46356.0)]
    );
    assert_eq!(
        grid.formulas.get(&(4, 1)).map(String::as_str),
        Some("=B3*2")
    );
    assert_eq!(
        grid.merged,
        vec![Merged {
            lines: (5, 6),
            columns: (0, 1)
        }]
    );
    assert_eq!(grid.rows[4].1.get(3), Some(&Given::Bool(true)));
}
