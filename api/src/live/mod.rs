//! Live updates: every committed change, heard by every instance, for GraphQL subscriptions.
//!
//! The audit trail is the log. Every write records its audit event in its own transaction, so an
//! event exists exactly when its change committed, and the events' keys give them an order that
//! a subscriber can resume from. Each instance runs one [`Feed`]: woken after a commit (its own,
//! at once; another instance's, by PostgreSQL's `NOTIFY realise_live`), it reads the new events
//! once, finds what each touches (programme, benefit, organisation, commitment, with the
//! measurement's and commitment's rows, read once for all its subscribers), and hands them
//! to its subscribers through one bounded channel. A subscriber that falls further behind than
//! the channel holds is told so and dropped: memory never grows with a slow reader.

mod event;
mod feed;
mod listen;
mod position;
pub mod read;

pub use event::{CommitmentScope, LiveEvent, Touched, Touches};
pub use feed::{Feed, FeedSettings, Lagged, ResumeError};
pub use position::{AuditPosition, audit_position};
