//! Who is calling, and what they may do: bearer-token verification (`token`) against the
//! configured key or trusted identity providers (`oidc`), its configuration (`config`), and the permission rules of DESIGN.md's "Who may do what" (`permissions`), in
//! one place so that every resolver asks the same questions the same way.

mod admission;
mod config;
mod mint;
pub mod oidc;
mod permissions;
mod token;

pub use admission::{Refusal, admit};
pub use config::{AuthArgs, DevSecret};
pub use mint::{TokenArgs, mint};
pub use permissions::{
    Permission, Scope, caller, can_see_contact_details, may_act_for, organisation_scope,
    own_organisations, require, require_for, scope_of,
};
pub use token::{Caller, Role, TokenError, Verifier, expires_at};

/// Registers `/auth/providers`: the identity providers the front end may sign in through (no
/// token needed: the sign-in page reads it).
pub fn routes(cfg: &mut actix_web::web::ServiceConfig) {
    cfg.route(
        "/auth/providers",
        actix_web::web::get().to(sign_in_providers),
    );
}

async fn sign_in_providers(verifier: actix_web::web::Data<Verifier>) -> actix_web::HttpResponse {
    actix_web::HttpResponse::Ok()
        .insert_header(("cache-control", "no-store"))
        .json(serde_json::json!({ "providers": verifier.browser_sign_ins() }))
}
