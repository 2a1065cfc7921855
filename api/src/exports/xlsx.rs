//! Tables as an Excel workbook, a sheet each: the title rows, then the column names as a frozen header with
//! an autofilter, numbers as numbers, progress as percentages, dates as dates, and RAG cells
//! filled in their colours. Written in constant memory: each row goes to a temporary file as
//! it is written, so a national register does not sit in memory as cells.

use std::io::{self, Write};

use actix_web::web::Bytes;
use chrono::Datelike;
use futures_util::{Stream, TryStreamExt, stream};
use rust_xlsxwriter::{Color, ExcelDateTime, Format, FormatBorder, Workbook, Worksheet, XlsxError};
use tokio::sync::mpsc;
use tokio::task::JoinHandle;

use super::table::{Cell, Table, WriteFailed};

/// The NHS colours of each RAG rating (fill, text).
fn rag_colours(rag: &str) -> (u32, u32) {
    match rag {
        "RED" => (0xD5281B, 0xFFFFFF),
        "AMBER" => (0xFFB81C, 0x212B32),
        "GREEN" => (0x007F3B, 0xFFFFFF),
        "BLUE" => (0x005EB8, 0xFFFFFF),
        _ => (0xD8DDE0, 0x212B32),
    }
}

/// The media type of a workbook.
pub const MEDIA_TYPE: &str = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/// The formats the cells are written in.
struct Formats {
    bold: Format,
    header: Format,
    percent: Format,
    date: Format,
    rags: Vec<(&'static str, Format)>,
}

impl Formats {
    fn new() -> Self {
        Self {
            bold: Format::new().set_bold(),
            header: Format::new()
                .set_bold()
                .set_background_color(Color::RGB(0xE8EDEE))
                .set_border_bottom(FormatBorder::Thin),
            percent: Format::new().set_num_format("0.0%"),
            date: Format::new().set_num_format("yyyy-mm-dd"),
            rags: ["RED", "AMBER", "GREEN", "BLUE", "NOT_MEASURED"]
                .into_iter()
                .map(|r| {
                    let (fill, text) = rag_colours(r);
                    (
                        r,
                        Format::new()
                            .set_background_color(Color::RGB(fill))
                            .set_font_color(Color::RGB(text))
                            .set_bold(),
                    )
                })
                .collect(),
        }
    }
}

/// How much of the compressed file is sent at once.
const CHUNK_BYTES: usize = 64 * 1024;

/// How many chunks may wait for a slow client before the compressing stops to wait for it.
const CHUNKS_IN_FLIGHT: usize = 8;

/// The zip compression level: at 1 of 9 a national register (100,000 rows) downloads in 4.3 s
/// rather than 4.8 s at the default 6, as 24 MB rather than 16 MB.
const COMPRESSION_LEVEL: u8 = 1;

/// The workbook as chunks of its compressed bytes. The sheets are written first (each row to
/// a temporary file as it is made); then the file is compressed on a blocking thread, so the
/// request's worker keeps serving others, and sent as it is compressed, so it never sits in
/// memory whole.
pub fn chunks(tables: Vec<Table>) -> impl Stream<Item = Result<Bytes, WriteFailed>> {
    stream::once(workbook(tables))
        .map_ok(compressed)
        .try_flatten()
}

/// A sheet per table.
async fn workbook(mut tables: Vec<Table>) -> Result<Workbook, WriteFailed> {
    let mut workbook = Workbook::new();
    workbook.set_zip_compression_level(COMPRESSION_LEVEL);
    let formats = Formats::new();
    for table in &mut tables {
        let sheet = workbook.add_worksheet_with_constant_memory()?;
        let (header_row, mut row) = write_head(sheet, table, &formats)?;
        row = write_rows(sheet, row, &table.rows, &formats)?;
        if let Some(more) = table.more.as_mut() {
            while let Some(chunk) = more.next_chunk().await? {
                row = write_rows(sheet, row, &chunk, &formats)?;
            }
        }
        let last_col = table.columns.len().saturating_sub(1) as u16;
        sheet.autofilter(header_row, 0, row.max(header_row), last_col)?;
        sheet.set_freeze_panes(header_row + 1, 0)?;
    }
    Ok(workbook)
}

/// The workbook's file, compressed on a blocking thread and handed over a chunk at a time.
/// When the chunks stop, the thread is waited for: had it panicked, the stream ends in an
/// error (so the client sees a cut transfer), never as if the file were whole.
fn compressed(mut workbook: Workbook) -> impl Stream<Item = Result<Bytes, WriteFailed>> {
    let (tx, rx) = mpsc::channel(CHUNKS_IN_FLIGHT);
    let compressing = tokio::task::spawn_blocking(move || {
        let mut out = Sender {
            tx: tx.clone(),
            pending: Vec::with_capacity(CHUNK_BYTES),
        };
        let saved = workbook.save_to_writer(&mut out).map_err(WriteFailed::from);
        let flushed = saved.and_then(|()| out.flush().map_err(WriteFailed::from));
        if let Err(e) = flushed {
            // Nobody to tell when the client has gone.
            let _ = tx.blocking_send(Err(e));
        }
    });
    stream::unfold(Some((rx, compressing)), next_chunk)
}

type Compressing = (mpsc::Receiver<Result<Bytes, WriteFailed>>, JoinHandle<()>);

/// The next chunk; once there are none, how the compressing ended.
async fn next_chunk(
    state: Option<Compressing>,
) -> Option<(Result<Bytes, WriteFailed>, Option<Compressing>)> {
    let (mut rx, compressing) = state?;
    if let Some(chunk) = rx.recv().await {
        return Some((chunk, Some((rx, compressing))));
    }
    match compressing.await {
        Ok(()) => None,
        Err(e) => Some((
            Err(WriteFailed::Sending(io::Error::other(format!(
                "compressing stopped: {e}"
            )))),
            None,
        )),
    }
}

/// Writes bytes into the channel a chunk at a time; fails when the receiver has gone (the
/// client hung up), which stops the compressing.
struct Sender {
    tx: mpsc::Sender<Result<Bytes, WriteFailed>>,
    pending: Vec<u8>,
}

impl Write for Sender {
    fn write(&mut self, bytes: &[u8]) -> io::Result<usize> {
        self.pending.extend_from_slice(bytes);
        if self.pending.len() >= CHUNK_BYTES {
            self.flush()?;
        }
        Ok(bytes.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        if self.pending.is_empty() {
            return Ok(());
        }
        let chunk = std::mem::replace(&mut self.pending, Vec::with_capacity(CHUNK_BYTES));
        self.tx
            .blocking_send(Ok(Bytes::from(chunk)))
            .map_err(|_| io::Error::new(io::ErrorKind::BrokenPipe, "the download was dropped"))
    }
}

/// The title rows and the header; returns the header's row, which is the last row written.
fn write_head(sheet: &mut Worksheet, table: &Table, f: &Formats) -> Result<(u32, u32), XlsxError> {
    sheet.set_name(table.sheet)?;
    let mut row: u32 = 0;
    for (label, value) in &table.title {
        sheet.write_string_with_format(row, 0, label, &f.bold)?;
        sheet.write_string(row, 1, value)?;
        row += 1;
    }
    let header_row = row + 1;
    for (col, name) in table.columns.iter().enumerate() {
        sheet.write_string_with_format(header_row, col as u16, *name, &f.header)?;
        sheet.set_column_width(col as u16, if col < 2 { 28 } else { 14 })?;
    }
    Ok((header_row, header_row))
}

/// `rows` below row `row`; returns the last row written.
fn write_rows(
    sheet: &mut Worksheet,
    mut row: u32,
    rows: &[Vec<Cell>],
    f: &Formats,
) -> Result<u32, XlsxError> {
    for cells in rows {
        row += 1;
        for (col, cell) in cells.iter().enumerate() {
            let col = col as u16;
            match cell {
                Cell::Text(t) => {
                    sheet.write_string(row, col, t)?;
                }
                Cell::Number(Some(v)) => {
                    sheet.write_number(row, col, *v)?;
                }
                Cell::Fraction(Some(v)) => {
                    sheet.write_number_with_format(row, col, *v, &f.percent)?;
                }
                Cell::Date(Some(d)) => {
                    let when =
                        ExcelDateTime::from_ymd(d.year() as u16, d.month() as u8, d.day() as u8)?;
                    sheet.write_datetime_with_format(row, col, &when, &f.date)?;
                }
                Cell::Rag(r) => match f.rags.iter().find(|(name, _)| name == r) {
                    Some((_, format)) => {
                        sheet.write_string_with_format(row, col, *r, format)?;
                    }
                    None => {
                        sheet.write_string(row, col, *r)?;
                    }
                },
                Cell::YesNo(b) => {
                    sheet.write_string(row, col, if *b { "Yes" } else { "No" })?;
                }
                Cell::Number(None) | Cell::Fraction(None) | Cell::Date(None) => {}
            }
        }
    }
    Ok(row)
}

#[cfg(test)]
mod tests {
    use futures_util::StreamExt;

    use super::*;

    #[actix_web::test]
    async fn a_compressing_that_dies_ends_the_file_in_an_error_not_as_if_whole() {
        let (tx, rx) = mpsc::channel(1);
        let compressing = tokio::task::spawn_blocking(move || {
            let _ = tx.blocking_send(Ok(Bytes::from_static(b"PK")));
            panic!("the writer broke");
        });
        let got: Vec<_> = stream::unfold(Some((rx, compressing)), next_chunk)
            .collect()
            .await;
        assert_eq!(got.len(), 2, "{got:?}");
        assert!(matches!(&got[0], Ok(b) if b.as_ref() == b"PK"));
        assert!(matches!(&got[1], Err(WriteFailed::Sending(_))));
    }

    #[actix_web::test]
    async fn a_finished_compressing_ends_the_file_cleanly() {
        let (tx, rx) = mpsc::channel(1);
        let compressing = tokio::task::spawn_blocking(move || {
            let _ = tx.blocking_send(Ok(Bytes::from_static(b"PK")));
        });
        let got: Vec<_> = stream::unfold(Some((rx, compressing)), next_chunk)
            .collect()
            .await;
        assert_eq!(got.len(), 1, "{got:?}");
    }
}
