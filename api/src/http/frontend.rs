//! Serves the built front end (`frontend/dist`) at `/`, falling back to `index.html` for the
//! client's own routes; when it has not been built, `/` says how to build it.

use std::path::Path;

use actix_files::{Files, NamedFile};
use actix_web::dev::{ServiceRequest, ServiceResponse, fn_service};
use actix_web::{HttpResponse, web};

/// Registers `/`: must come after every other route, since it matches every path.
pub fn configure(cfg: &mut web::ServiceConfig, dir: &Path) {
    if dir.join("index.html").is_file() {
        cfg.service(files(dir));
    } else {
        cfg.route("/", web::get().to(not_built));
    }
}

/// Static files with an `index.html` fallback.
fn files(dir: &Path) -> Files {
    let index = dir.join("index.html");
    Files::new("/", dir)
        .index_file("index.html")
        .default_handler(fn_service(move |req: ServiceRequest| {
            let index = index.clone();
            async move {
                let (req, _) = req.into_parts();
                let res = match NamedFile::open_async(&index).await {
                    Ok(file) => file.into_response(&req),
                    Err(_) => HttpResponse::NotFound().body("not found"),
                };
                Ok(ServiceResponse::new(req, res))
            }
        }))
}

/// The page shown at `/` when the front end has not been built.
async fn not_built() -> HttpResponse {
    HttpResponse::Ok()
        .content_type("text/html; charset=utf-8")
        .body(
            "<!doctype html><title>Realise</title><h1>Realise</h1>\
         <p>The API is at <a href=\"/graphql\">/graphql</a> (GraphiQL in a browser).</p>\
         <p>The front end has not been built: run <code>npm --prefix frontend ci &amp;&amp; \
         npm --prefix frontend run build</code>.</p>",
        )
}
