//! Tables as CSV: RFC 4180, UTF-8 with a byte order mark (so Excel reads it right); each
//! table's title rows first, then a blank row, the column names and the rows. Written as a
//! stream of chunks, one per chunk of rows, so a national register is sent as it is made and
//! never sits in memory whole.

use actix_web::web::Bytes;
use futures_util::{Stream, stream};

use super::table::{Cell, Table, WriteFailed};

/// The media type of CSV.
pub const MEDIA_TYPE: &str = "text/csv; charset=utf-8";

/// The file as chunks: the byte order mark, then each table in turn (its title rows, a blank
/// row, its column names and first rows; then each further chunk of rows as it is made), a
/// blank row between tables.
pub fn chunks(tables: Vec<Table>) -> impl Stream<Item = Result<Bytes, WriteFailed>> {
    let writer = Chunks {
        tables,
        at: 0,
        headed: false,
    };
    stream::try_unfold(writer, |mut w| async move {
        Ok(w.next().await?.map(|chunk| (chunk, w)))
    })
}

/// Where the writing has got to.
struct Chunks {
    tables: Vec<Table>,
    /// The table being written.
    at: usize,
    /// Whether its head (title, columns, first rows) is written.
    headed: bool,
}

impl Chunks {
    async fn next(&mut self) -> Result<Option<Bytes>, WriteFailed> {
        while let Some(table) = self.tables.get_mut(self.at) {
            if !self.headed {
                self.headed = true;
                return Ok(Some(head(table, self.at)));
            }
            if let Some(more) = table.more.as_mut()
                && let Some(rows) = more.next_chunk().await?
            {
                return Ok(Some(encode(Vec::new(), |out| write_rows(out, &rows))));
            }
            self.at += 1;
            self.headed = false;
        }
        Ok(None)
    }
}

/// The `n`th table's title rows, blank row, column names and first rows.
fn head(table: &Table, n: usize) -> Bytes {
    let start = if n == 0 {
        b"\xEF\xBB\xBF".to_vec()
    } else {
        Vec::new()
    };
    encode(start, |out| {
        if n > 0 {
            out.write_record([""])?;
        }
        for (label, value) in &table.title {
            out.write_record([label.as_str(), value.as_str()])?;
        }
        out.write_record([""])?;
        out.write_record(table.columns)?;
        write_rows(out, &table.rows)
    })
}

fn write_rows(out: &mut csv::Writer<Vec<u8>>, rows: &[Vec<Cell>]) -> csv::Result<()> {
    for row in rows {
        out.write_record(row.iter().map(text))?;
    }
    Ok(())
}

/// What `write` writes after `start`, as CSV records. Records of differing lengths are allowed
/// (title rows have two cells), and writing to memory cannot fail.
fn encode(
    start: Vec<u8>,
    write: impl FnOnce(&mut csv::Writer<Vec<u8>>) -> csv::Result<()>,
) -> Bytes {
    let mut out = csv::WriterBuilder::new().flexible(true).from_writer(start);
    let _ = write(&mut out);
    Bytes::from(out.into_inner().unwrap_or_default())
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
    use futures_util::TryStreamExt;

    use super::*;

    /// The file's bytes at once.
    async fn write_all(tables: Vec<Table>) -> Result<Vec<u8>, WriteFailed> {
        chunks(tables)
            .try_fold(Vec::new(), |mut all, chunk| async move {
                all.extend_from_slice(&chunk);
                Ok(all)
            })
            .await
    }

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
        let written = write_all(vec![table]).await.unwrap_or_default();
        let text = String::from_utf8(written).unwrap_or_default();
        assert_eq!(
            text,
            "\u{feff}Benefits register,\"NPfIT, 2002\"\n\"\"\nA,B\n\"x\ny\",1\n"
        );
    }
}
