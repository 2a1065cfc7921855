//! Measurement returns from spreadsheets: an organisation's monthly figures sent back the way
//! its staff work, as a filled-in template, instead of one `recordMeasurement` per value.
//!
//! The path of a return: a [`template`] per organisation and month, downloaded as a workbook
//! or CSV; the filled file uploaded and read into cells ([`grid`], which refuses what is not a
//! spreadsheet, and a zip bomb before it is unpacked), then into rows ([`lines`]); each row
//! [`check`]ed as `recordMeasurement` checks a value, and reported with its line and column.
//! A check writes nothing; a [`commit`] checks again in its own transaction and writes the
//! good rows, each with its audit event.

pub mod check;
pub mod commit;
pub mod grid;
mod http;
pub mod lines;
pub mod period;
pub mod report;
pub mod target;
mod template;
mod upload;
mod values;

use actix_web::web;

pub use http::MAX_UPLOAD_BYTES;

/// Registers `/returns...`.
pub fn routes(cfg: &mut web::ServiceConfig) {
    cfg.route("/returns/template.csv", web::get().to(http::template_csv))
        .route("/returns/template.xlsx", web::get().to(http::template_xlsx))
        .route("/returns", web::post().to(upload::upload));
}
