//! Tables as CSV: RFC 4180, UTF-8 with a byte order mark (so Excel reads it right); each
//! table's title rows first, then a blank row, the column names and the rows.

use super::table::{Cell, Table, WriteFailed};

/// The media type of CSV.
pub const MEDIA_TYPE: &str = "text/csv; charset=utf-8";

/// The file's bytes: each table in turn (its title rows, a blank row, its column names and
/// rows), a blank row between tables.
pub async fn write_all(tables: &mut [Table]) -> Result<Vec<u8>, WriteFailed> {
    let mut out = csv::WriterBuilder::new()
        .flexible(true)
        .from_writer(b"\xEF\xBB\xBF".to_vec());
    // Writing to memory cannot fail.
    for (n, table) in tables.iter_mut().enumerate() {
        if n > 0 {
            let _ = out.write_record([""]);
        }
        for (label, value) in &table.title {
            let _ = out.write_record([label.as_str(), value.as_str()]);
        }
        let _ = out.write_record([""]);
        let _ = out.write_record(table.columns);
        for row in &table.rows {
            let _ = out.write_record(row.iter().map(text));
        }
        if let Some(more) = table.more.as_mut() {
            while let Some(chunk) = more.next_chunk().await? {
                for row in &chunk {
                    let _ = out.write_record(row.iter().map(text));
                }
            }
        }
    }
    Ok(out.into_inner().unwrap_or_default())
}

/// A cell as CSV text: numbers in full, fractions to four places, dates as YYYY-MM-DD.
fn text(cell: &Cell) -> String {
    match cell {
        Cell::Text(t) => t.clone(),
        Cell::Number(v) => v.map(|v| format!("{}", v + 0.0)).unwrap_or_default(),
        // Rounded before printing, so a tiny negative reads 0.0000, never -0.0000.
        Cell::Fraction(v) => v
            .map(|v| format!("{:.4}", (v * 1e4).round() / 1e4 + 0.0))
            .unwrap_or_default(),
        Cell::Date(d) => d.map(|d| d.to_string()).unwrap_or_default(),
        Cell::Rag(r) => (*r).to_owned(),
        Cell::YesNo(b) => if *b { "yes" } else { "no" }.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cells_read_as_a_spreadsheet_expects_them() {
        let d = chrono::NaiveDate::from_ymd_opt(2010, 6, 30);
        for (cell, expected) in [
            (Cell::Text("a, \"b\"".into()), "a, \"b\""),
            (Cell::Number(Some(12.5)), "12.5"),
            (Cell::Number(Some(-0.0)), "0"),
            (Cell::Number(None), ""),
            (Cell::Fraction(Some(0.123456)), "0.1235"),
            (Cell::Fraction(Some(-0.00001)), "0.0000"),
            (Cell::Date(d), "2010-06-30"),
            (Cell::Rag("AMBER"), "AMBER"),
            (Cell::YesNo(false), "no"),
        ] {
            assert_eq!(text(&cell), expected, "{cell:?}");
        }
    }

    #[actix_web::test]
    async fn quotes_what_needs_quoting_after_a_byte_order_mark() {
        let table = Table {
            title: vec![("Benefits register".into(), "NPfIT, 2002".into())],
            columns: &["A", "B"],
            rows: vec![vec![Cell::Text("x\ny".into()), Cell::Number(Some(1.0))]],
            more: None,
            file_stem: "f".into(),
            sheet: "S",
        };
        let written = write_all(&mut [table]).await.unwrap_or_default();
        let text = String::from_utf8(written).unwrap_or_default();
        assert_eq!(
            text,
            "\u{feff}Benefits register,\"NPfIT, 2002\"\n\"\"\nA,B\n\"x\ny\",1\n"
        );
    }
}
