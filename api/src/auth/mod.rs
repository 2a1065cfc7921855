//! Who is calling, and what they may do: bearer-token verification (`token`) against the
//! configured key or trusted identity providers (`oidc`), its configuration (`config`), and the permission rules of DESIGN.md's "Who may do what" (`permissions`), in
//! one place so that every resolver asks the same questions the same way.

mod admission;
mod config;
pub mod identity;
mod mint;
pub mod oidc;
mod permissions;
mod token;

pub use admission::{Refusal, admit};
pub use config::{AuthArgs, DevSecret};
pub use mint::{TokenArgs, mint};
pub use permissions::{
    Permission, Scope, caller, can_see_contact_details, organisation_scope, require, require_for,
    scope_of,
};
pub use token::{Caller, Role, TokenError, Verifier};
