//! `GET /schema.graphql`: the schema as partner tools' code generators read it.

use actix_web::http::header;
use actix_web::{HttpResponse, web};

use crate::schema::Graph;

/// The schema in SDL, for partner tools' code generators: the same text as `schema.graphql`.
pub(super) async fn download(graph: web::Data<Graph>) -> HttpResponse {
    HttpResponse::Ok()
        .content_type("text/plain; charset=utf-8")
        .insert_header((
            header::CONTENT_DISPOSITION,
            "attachment; filename=\"schema.graphql\"",
        ))
        .body(graph.checking.sdl())
}
