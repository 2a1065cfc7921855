//! Downloads for people who live in spreadsheets: the benefits register as CSV (RFC 4180,
//! UTF-8 with a byte order mark so Excel reads it right) and as an Excel workbook, with the
//! same bearer sign-in and the same figures as the API. A download is built as a [`table`]
//! first; each format writes it its own way.

pub mod access;
mod board_pack;
mod columns;
pub mod csv;
pub mod download;
mod params;
mod register;
mod series;
pub mod table;
pub mod xlsx;

use actix_web::web;

use download::download;

/// Registers `/exports/...`.
pub fn routes(cfg: &mut web::ServiceConfig) {
    // `{format}` is `csv` or `xlsx`; any other extension is not found.
    cfg.route(
        "/exports/register.{format}",
        web::get().to(download::<register::Register>),
    )
    .route(
        "/exports/board-pack.{format}",
        web::get().to(download::<board_pack::BoardPack>),
    );
}
