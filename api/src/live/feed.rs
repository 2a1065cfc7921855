//! Each instance's one reader of committed events, and the bounded channel its subscribers
//! share.

use std::collections::HashSet;
use std::sync::Arc;
use std::time::{Duration, Instant};

use chrono::Utc;
use entity::audit_event;
use futures_util::Stream;
use sea_orm::{DbErr, EntityTrait, QueryFilter, QueryOrder, QuerySelect};
use tokio::sync::{Notify, broadcast};

use super::event::LiveEvent;
use super::position::AuditPosition;
use super::read;
use crate::db::Db;

/// How often the feed looks for events when nothing woke it: writes by another process on
/// SQLite (an import), or a listener that lost its connection for a moment.
const POLL: Duration = Duration::from_secs(2);

/// How often it looks while a key below the newest is missing: on PostgreSQL keys are taken in
/// one order and committed in another, so a missing key may still arrive.
const GAP_POLL: Duration = Duration::from_millis(100);

/// How long a missing key is waited for before it is taken as rolled back.
const GAP_PATIENCE: Duration = Duration::from_secs(10);

/// The feed's settings.
#[derive(Clone, Copy, Debug)]
pub struct FeedSettings {
    /// How many events a subscriber may fall behind before it is dropped.
    pub buffer: usize,
    /// How many past events a resuming subscriber may ask for again.
    pub replay_events: u64,
    /// How old the oldest of them may be.
    pub replay_window: Duration,
}

impl Default for FeedSettings {
    fn default() -> Self {
        Self {
            buffer: 1024,
            replay_events: 1000,
            replay_window: Duration::from_secs(15 * 60),
        }
    }
}

/// A subscriber fell behind by more than the feed's buffer, having missed this many events.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Lagged(pub u64);

/// Why a subscriber cannot resume where it asked.
#[derive(Debug, thiserror::Error)]
pub enum ResumeError {
    /// Too many events, or too old, have passed since.
    #[error(
        "more than {events} events, or events older than {minutes} minutes, have passed since \
         `{after}`: read the current state and a new `liveCursor` again, and subscribe after it"
    )]
    TooFar {
        /// Where the subscriber asked to resume.
        after: String,
        /// The most events replayed.
        events: u64,
        /// The oldest replayed, in minutes.
        minutes: u64,
    },
    /// The database failed.
    #[error(transparent)]
    Db(#[from] DbErr),
}

/// The instance's reader of committed events.
pub struct Feed {
    db: Db,
    sender: broadcast::Sender<Arc<LiveEvent>>,
    wake: Notify,
    settings: FeedSettings,
    /// Where the feed has read to, while anyone listens: with no subscriber it reads nothing.
    cursor: tokio::sync::Mutex<Option<Cursor>>,
}

impl Feed {
    /// Starts the instance's feed: its reader, and on PostgreSQL its listener.
    pub fn start(db: Db, settings: FeedSettings) -> Arc<Self> {
        let (sender, _) = broadcast::channel(settings.buffer.max(1));
        let feed = Arc::new(Self {
            db,
            sender,
            wake: Notify::new(),
            settings,
            cursor: tokio::sync::Mutex::new(None),
        });
        tokio::spawn(feed.clone().run());
        if feed.db.conn.get_database_backend() == sea_orm::DbBackend::Postgres {
            tokio::spawn(super::listen::listen(Arc::downgrade(&feed)));
        }
        feed
    }

    /// The database the feed reads.
    pub(super) fn db(&self) -> &Db {
        &self.db
    }

    /// Tells the feed that a write has committed.
    pub fn wake(&self) {
        self.wake.notify_one();
    }

    /// Makes sure the feed reads from now on, for a subscriber that has just subscribed: the
    /// first subscriber starts it at the newest event.
    pub async fn follow(&self) -> Result<(), DbErr> {
        let mut cursor = self.cursor.lock().await;
        if cursor.is_none() {
            *cursor = Some(Cursor {
                last: read::latest(&self.db.conn).await?,
                gaps: Vec::new(),
            });
        }
        Ok(())
    }

    /// The events from now on (once [`Feed::follow`] has returned), each once, in order; a
    /// [`Lagged`] ends them.
    pub fn subscribe(&self) -> impl Stream<Item = Result<Arc<LiveEvent>, Lagged>> + use<> {
        futures_util::stream::unfold(Some(self.sender.subscribe()), |receiver| async move {
            let mut receiver = receiver?;
            match receiver.recv().await {
                Ok(event) => Some((Ok(event), Some(receiver))),
                Err(broadcast::error::RecvError::Lagged(missed)) => {
                    Some((Err(Lagged(missed)), None))
                }
                Err(broadcast::error::RecvError::Closed) => None,
            }
        })
    }

    /// The committed events after `from` (an event a subscriber saw, or a position it read),
    /// for a subscriber resuming, within the replay window.
    pub async fn replay(&self, from: &AuditPosition) -> Result<Vec<Arc<LiveEvent>>, ResumeError> {
        let too_far = || ResumeError::TooFar {
            after: from.cursor(),
            events: self.settings.replay_events,
            minutes: self.settings.replay_window.as_secs() / 60,
        };
        let first: Option<chrono::DateTime<Utc>> = audit_event::Entity::find()
            .select_only()
            .column(audit_event::Column::OccurredAt)
            .filter(read::since(from.after, &from.gaps))
            .order_by_asc(audit_event::Column::Id)
            .into_tuple()
            .one(&self.db.conn)
            .await?;
        let Some(first) = first else {
            return Ok(Vec::new());
        };
        let window = chrono::Duration::from_std(self.settings.replay_window)
            .unwrap_or(chrono::Duration::MAX);
        if first < Utc::now() - window {
            return Err(too_far());
        }
        let limit = self.settings.replay_events;
        let events = read::events(&self.db.conn, from.after, &from.gaps, limit + 1).await?;
        if events.len() as u64 > limit {
            return Err(too_far());
        }
        Ok(events.into_iter().map(Arc::new).collect())
    }

    /// Reads new events whenever woken, for as long as the instance runs and anyone listens.
    async fn run(self: Arc<Self>) {
        loop {
            let waiting_for_gaps = self
                .cursor
                .lock()
                .await
                .as_ref()
                .is_some_and(|c| !c.gaps.is_empty());
            let wait = if waiting_for_gaps { GAP_POLL } else { POLL };
            let _ = tokio::time::timeout(wait, self.wake.notified()).await;
            let mut cursor = self.cursor.lock().await;
            if self.sender.receiver_count() == 0 {
                // Nobody listens: read nothing until a subscriber starts it again.
                *cursor = None;
                continue;
            }
            let Some(cursor) = cursor.as_mut() else {
                continue;
            };
            if let Err(e) = self.catch_up(cursor).await {
                tracing::warn!(error = %e, "the live feed could not read new events");
            }
        }
    }

    /// Reads and hands on every event committed since the cursor.
    async fn catch_up(&self, cursor: &mut Cursor) -> Result<(), DbErr> {
        // A batch never exceeds the buffer, so a subscriber that keeps up between batches
        // never falls behind within one.
        let batch = read::BATCH.min(self.settings.buffer.max(1) as u64);
        loop {
            let gaps: Vec<i32> = cursor.gaps.iter().map(|(key, _)| *key).collect();
            let events = read::events(&self.db.conn, cursor.last, &gaps, batch).await?;
            let full = events.len() as u64 == batch;
            cursor.advance(&events, Instant::now());
            for event in events {
                // No subscriber at all is not an error.
                let _ = self.sender.send(Arc::new(event));
            }
            if !full {
                return Ok(());
            }
        }
    }
}

/// Where the feed has read to: the highest key, and the keys below it not seen yet.
#[derive(Debug, Default)]
struct Cursor {
    last: i32,
    gaps: Vec<(i32, Instant)>,
}

impl Cursor {
    /// Moves past `events` (in key order), noting the keys they skipped and forgetting the
    /// ones that arrived or were waited for long enough.
    fn advance(&mut self, events: &[LiveEvent], now: Instant) {
        let seen: HashSet<i32> = events.iter().map(|e| e.id).collect();
        self.gaps.retain(|(key, since)| {
            !seen.contains(key) && now.duration_since(*since) < GAP_PATIENCE
        });
        for event in events {
            if event.id <= self.last {
                continue;
            }
            self.gaps
                .extend((self.last + 1..event.id).map(|missing| (missing, now)));
            self.last = event.id;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::live::Touches;

    fn events(keys: &[i32]) -> Vec<LiveEvent> {
        keys.iter()
            .map(|&id| LiveEvent {
                id,
                action: "recordMeasurement".into(),
                touches: Touches::Other,
                rows: Default::default(),
            })
            .collect()
    }

    fn gaps(cursor: &Cursor) -> Vec<i32> {
        cursor.gaps.iter().map(|(key, _)| *key).collect()
    }

    #[test]
    fn the_cursor_notes_skipped_keys_until_they_arrive_or_are_given_up() {
        let start = Instant::now();
        let mut cursor = Cursor {
            last: 10,
            gaps: Vec::new(),
        };
        // 11 and 13 are taken by transactions that have not committed yet.
        cursor.advance(&events(&[12, 14]), start);
        assert_eq!((cursor.last, gaps(&cursor)), (14, vec![11, 13]));
        // 13 commits late: it is read (through the gap list) and no longer missing.
        cursor.advance(&events(&[13, 15]), start + Duration::from_secs(1));
        assert_eq!((cursor.last, gaps(&cursor)), (15, vec![11]));
        // 11 never comes (its transaction rolled back): given up after the patience.
        cursor.advance(&[], start + GAP_PATIENCE);
        assert_eq!((cursor.last, gaps(&cursor)), (15, vec![]));
    }

    #[test]
    fn a_late_key_below_the_cursor_does_not_move_it_back() {
        let now = Instant::now();
        let mut cursor = Cursor {
            last: 20,
            gaps: vec![(18, now)],
        };
        cursor.advance(&events(&[18]), now);
        assert_eq!((cursor.last, gaps(&cursor)), (20, vec![]));
    }
}
