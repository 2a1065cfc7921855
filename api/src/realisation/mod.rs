//! Benefits realisation in the graph: the derived figures of DESIGN.md ("Derived figures") as
//! GraphQL types, and the code that feeds them rows. The formulas all live in
//! [`crate::analytics`]; this module only turns rows into their inputs ([`inputs`], one way
//! for every code path) and their outputs into GraphQL values.
//!
//! - A commitment's `progress` and `spc` read its trajectory and measurements through the
//!   request's DataLoader, like any relationship.
//! - Roll-ups (a benefit's realisation and coverage, an organisation's or region's realisation,
//!   a programme's realisation and ownership) read one [`Snapshot`] of the programme as at the
//!   date: every commitment assessed once, loaded set-based in a fixed number of statements
//!   ([`store`]), and kept per server instance while the database's data version is unchanged
//!   ([`cache`]), which stays correct with several instances sharing the database. After a
//!   write to a few commitments, a kept snapshot is updated from just their rows
//!   ([`changes`]) rather than read again whole.

pub mod cache;
pub mod changes;
pub mod hierarchy;
pub mod inputs;
pub(crate) mod loaders;
pub mod series;
pub mod snapshot;
pub mod store;

pub use cache::SnapshotCache;
pub use loaders::{SnapshotLoader, SnapshotOf};
pub use snapshot::Snapshot;
