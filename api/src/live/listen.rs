//! On PostgreSQL: hearing other instances' commits. Every transaction that records audit events
//! notifies `realise_live` as it commits (migration `announce_audit_events`); the listener wakes
//! the feed, which reads the events themselves from the table.

use std::sync::Weak;
use std::time::Duration;

use sea_orm::sqlx::postgres::PgListener;

use super::feed::Feed;

/// The channel the trigger notifies.
const CHANNEL: &str = "realise_live";

/// Listens for as long as the feed exists, reconnecting when the connection drops. The
/// listener holds one connection of the pool.
pub async fn listen(feed: Weak<Feed>) {
    loop {
        let Some(pool) = feed
            .upgrade()
            .map(|f| f.db().conn.get_postgres_connection_pool().clone())
        else {
            return;
        };
        let mut listener = match PgListener::connect_with(&pool).await {
            Ok(listener) => listener,
            Err(e) => {
                tracing::warn!(error = %e, "the live feed cannot listen for commits yet");
                tokio::time::sleep(Duration::from_secs(1)).await;
                continue;
            }
        };
        if let Err(e) = listener.listen(CHANNEL).await {
            tracing::warn!(error = %e, "the live feed cannot listen for commits yet");
            tokio::time::sleep(Duration::from_secs(1)).await;
            continue;
        }
        drop(pool);
        loop {
            // `None`: the connection was lost and made again; what was committed meanwhile is
            // read by waking the feed, which reads everything after its cursor.
            let heard = listener.try_recv().await;
            let Some(feed) = feed.upgrade() else { return };
            feed.wake();
            if let Err(e) = heard {
                tracing::warn!(error = %e, "the live feed's listener failed; listening again");
                break;
            }
        }
    }
}
