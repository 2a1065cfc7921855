//! A client of the measurement returns, as the front end and a person with a spreadsheet use
//! them: templates downloaded and read back, files written as CSV or as workbooks (with the
//! formulas, merged cells and dates people put in them), uploads checked or committed.

use calamine::{Data, Reader, Xlsx, open_workbook_from_rs};
use chrono::{Datelike, NaiveDate};
use rust_xlsxwriter::{ExcelDateTime, Format, Workbook};
use serde_json::{Value, json};

use crate::helpers::TestApp;

/// The last month that has ended: the period the tests report on.
pub fn last_month() -> (String, NaiveDate) {
    let today = chrono::Utc::now().date_naive();
    let last_day = today.with_day(1).and_then(|d| d.pred_opt()).unwrap();
    (last_day.format("%Y-%m").to_string(), last_day)
}

/// A cell of a file to upload.
#[derive(Clone, Debug, PartialEq)]
pub enum In {
    Text(String),
    Number(f64),
    Date(NaiveDate),
    Formula(String),
    Empty,
}

pub fn text(t: &str) -> In {
    In::Text(t.to_owned())
}

/// A template's rows (title rows, header, commitments), read from a workbook's first sheet.
pub fn workbook_rows(bytes: &[u8]) -> Vec<Vec<In>> {
    let mut book: Xlsx<_> = open_workbook_from_rs(std::io::Cursor::new(bytes)).unwrap();
    let range = book.worksheet_range_at(0).unwrap().unwrap();
    range
        .rows()
        .map(|r| {
            r.iter()
                .map(|c| match c {
                    Data::String(s) if s.is_empty() => In::Empty,
                    Data::String(s) => In::Text(s.clone()),
                    Data::Float(v) => In::Number(*v),
                    Data::Int(v) => In::Number(*v as f64),
                    Data::DateTime(d) => In::Date(
                        NaiveDate::from_ymd_opt(1899, 12, 30).unwrap()
                            + chrono::Days::new(d.as_f64() as u64),
                    ),
                    _ => In::Empty,
                })
                .collect::<Vec<In>>()
        })
        .map(|mut row| {
            // The range is a rectangle: trailing empty cells are not the row's.
            while row.last() == Some(&In::Empty) {
                row.pop();
            }
            row
        })
        .collect()
}

/// A template's rows, read from CSV (after its byte order mark).
pub fn csv_rows(bytes: &[u8]) -> Vec<Vec<In>> {
    let text = std::str::from_utf8(bytes).unwrap();
    let text = text.strip_prefix('\u{feff}').expect("a byte order mark");
    csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_reader(text.as_bytes())
        .records()
        .map(|r| {
            r.unwrap()
                .iter()
                .map(|c| {
                    if c.is_empty() {
                        In::Empty
                    } else {
                        In::Text(c.to_owned())
                    }
                })
                .collect()
        })
        .collect()
}

/// The column of `name` in the header row of `rows`, and that row's index.
pub fn column(rows: &[Vec<In>], name: &str) -> (usize, usize) {
    for (at, row) in rows.iter().enumerate() {
        if let Some(c) = row.iter().position(|c| *c == text(name))
            && row.contains(&text("Commitment"))
        {
            return (at, c);
        }
    }
    panic!("no header names {name}");
}

/// Sets `value` in column `name` of each commitment row (`None` leaves it).
pub fn fill(rows: &mut [Vec<In>], name: &str, values: &[Option<In>]) {
    let (header, col) = column(rows, name);
    for (row, value) in rows[header + 1..].iter_mut().zip(values) {
        if let Some(v) = value {
            if row.len() <= col {
                row.resize(col + 1, In::Empty);
            }
            row[col] = v.clone();
        }
    }
}

/// The rows as CSV, as a spreadsheet tool saves them (CRLF, no byte order mark).
pub fn to_csv(rows: &[Vec<In>]) -> Vec<u8> {
    let mut out = csv::WriterBuilder::new()
        .flexible(true)
        .terminator(csv::Terminator::CRLF)
        .from_writer(Vec::new());
    for row in rows {
        let cells: Vec<String> = row
            .iter()
            .map(|c| match c {
                In::Text(t) | In::Formula(t) => t.clone(),
                In::Number(v) => v.to_string(),
                In::Date(d) => d.format("%d/%m/%Y").to_string(),
                In::Empty => String::new(),
            })
            .collect();
        out.write_record(&cells).unwrap();
    }
    out.into_inner().unwrap()
}

/// The rows as a workbook, with the cells merged that `merged` names (first row, first
/// column, last row, last column, from 0).
pub fn to_workbook(rows: &[Vec<In>], merged: &[(u32, u16, u32, u16)]) -> Vec<u8> {
    let mut book = Workbook::new();
    let sheet = book.add_worksheet();
    let date = Format::new().set_num_format("dd/mm/yyyy");
    for (r, row) in rows.iter().enumerate() {
        for (c, cell) in row.iter().enumerate() {
            let (r, c) = (r as u32, c as u16);
            match cell {
                In::Text(t) => sheet.write_string(r, c, t).map(|_| ()),
                In::Number(v) => sheet.write_number(r, c, *v).map(|_| ()),
                In::Date(d) => {
                    let when =
                        ExcelDateTime::from_ymd(d.year() as u16, d.month() as u8, d.day() as u8)
                            .unwrap();
                    sheet
                        .write_datetime_with_format(r, c, &when, &date)
                        .map(|_| ())
                }
                In::Formula(f) => sheet.write_formula(r, c, f.as_str()).map(|_| ()),
                In::Empty => Ok(()),
            }
            .unwrap();
        }
    }
    for &(r1, c1, r2, c2) in merged {
        sheet
            .merge_range(r1, c1, r2, c2, "", &Format::new())
            .unwrap();
    }
    book.save_to_buffer().unwrap()
}

/// GETs the template of `org` for `period` as `extension`; returns the status and body.
pub async fn template(
    app: &TestApp,
    token: &str,
    org: &str,
    period: &str,
    extension: &str,
) -> (u16, Vec<u8>) {
    let mut res = app
        .request(
            awc::http::Method::GET,
            &format!("/returns/template.{extension}?organisation={org}&period={period}"),
        )
        .insert_header(("authorization", format!("Bearer {token}")))
        .send()
        .await
        .unwrap();
    let body = res.body().limit(16 << 20).await.unwrap().to_vec();
    (res.status().as_u16(), body)
}

/// POSTs `file` as a return of `org` for `period`; `query` adds `mode` and `allOrNothing`.
/// Returns the status and the JSON answer.
pub async fn upload(
    app: &TestApp,
    token: Option<&str>,
    org: &str,
    period: &str,
    query: &str,
    file: Vec<u8>,
) -> (u16, Value) {
    let mut req = app.request(
        awc::http::Method::POST,
        &format!("/returns?organisation={org}&period={period}&{query}"),
    );
    if let Some(t) = token {
        req = req.insert_header(("authorization", format!("Bearer {t}")));
    }
    let mut res = req.send_body(file).await.unwrap();
    let body = res.body().limit(16 << 20).await.unwrap();
    let json = serde_json::from_slice(&body).unwrap_or(Value::Null);
    (res.status().as_u16(), json)
}

/// Each row's outcome in a report, in order.
pub fn outcomes(report: &Value) -> Vec<String> {
    report["rows"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["outcome"].as_str().unwrap().to_owned())
        .collect()
}

/// Each row's issue codes in a report, in order.
pub fn issue_codes(report: &Value) -> Vec<Vec<String>> {
    report["rows"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| {
            r["issues"]
                .as_array()
                .unwrap()
                .iter()
                .map(|i| i["code"].as_str().unwrap().to_owned())
                .collect()
        })
        .collect()
}

/// The values of commitment `id`, newest first: (value, date, superseded, recorded by).
pub async fn values_of(app: &TestApp, id: &str) -> Vec<(f64, String, bool, String)> {
    let data = app
        .query(
            r#"query($id: ID!) { node(id: $id) { ... on Commitment { measurements(first: 100) {
                 edges { node { value measuredOn superseded recordedBy } } } } } }"#,
            json!({ "id": id }),
        )
        .await;
    data["node"]["measurements"]["edges"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| {
            let m = &e["node"];
            (
                m["value"].as_f64().unwrap(),
                m["measuredOn"].as_str().unwrap().to_owned(),
                m["superseded"].as_bool().unwrap(),
                m["recordedBy"].as_str().unwrap().to_owned(),
            )
        })
        .collect()
}

/// The audit events of values written from returns, oldest first.
pub async fn return_events(app: &TestApp) -> Vec<Value> {
    let data = app
        .query(
            r#"{ auditEvents(first: 100, filter: { action: "submitReturn" }) {
                 edges { node { actor entityType entityId before after } } } }"#,
            json!({}),
        )
        .await;
    let mut events: Vec<Value> = data["auditEvents"]["edges"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["node"].clone())
        .collect();
    events.reverse();
    events
}
