//! Tables as an Excel workbook, a sheet each: the title rows, then the column names as a frozen header with
//! an autofilter, numbers as numbers, progress as percentages, dates as dates, and RAG cells
//! filled in their colours. Written in constant memory: each row goes to a temporary file as
//! it is written, so a national register does not sit in memory as cells.

use rust_xlsxwriter::{Color, ExcelDateTime, Format, FormatBorder, Workbook, Worksheet, XlsxError};

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

/// The workbook's bytes: a sheet per table.
pub async fn write_all(tables: &mut [Table]) -> Result<Vec<u8>, WriteFailed> {
    let mut workbook = Workbook::new();
    let formats = Formats::new();
    for table in tables {
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
    Ok(workbook.save_to_buffer()?)
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
                    let when = ExcelDateTime::parse_from_str(&d.to_string())?;
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
