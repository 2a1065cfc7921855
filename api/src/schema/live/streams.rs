//! The events of one subscription: resumed after an event when asked, then live; and, for the
//! programme's figures, gathered into at most one event a second.

use std::collections::HashSet;
use std::sync::Arc;
use std::time::Duration;

use async_graphql::{Context, ID};
use futures_util::stream::BoxStream;
use futures_util::{StreamExt, stream};
use tokio::time::Instant;

use super::connection::{CloseReason, Connection};
use super::events::RealisationEvent;
use crate::graphql::error::{ApiError, ApiResult};
use crate::live::{AuditPosition, Feed, Lagged, LiveEvent, ResumeError};

/// The close code for a subscriber that fell behind (policy: the server does not buffer for it).
pub const SLOW_CONSUMER: u16 = 4008;

/// Every committed event from now (after `after`, an event id or a `liveCursor`, when given,
/// within the replay window), each once. The subscription holds a place on its connection
/// while it runs; falling behind the feed's buffer closes the connection with a reason.
pub async fn events(
    ctx: &Context<'_>,
    after: Option<&ID>,
) -> ApiResult<BoxStream<'static, Arc<LiveEvent>>> {
    let over_socket = || {
        ApiError::BadUserInput(
            "subscriptions are served over a WebSocket at /graphql (protocol \
             graphql-transport-ws)"
                .into(),
        )
    };
    let feed = ctx.data::<Arc<Feed>>().map_err(|_| over_socket())?.clone();
    let connection = ctx.data::<Arc<Connection>>().map_err(|_| over_socket())?;
    let slot = connection.take_slot()?;
    let closer = connection.closer();
    // Listening starts before the replay is read, so nothing falls between the two. The reads
    // are boxed: a subscription's state keeps the room its largest step took while it lives.
    let live = Box::pin(feed.subscribe());
    Box::pin(feed.follow()).await?;
    let replayed = match after {
        Some(after) => {
            let after = AuditPosition::parse(after).ok_or_else(|| {
                ApiError::BadUserInput(format!(
                    "`after` is neither an event id nor a `liveCursor`: {}",
                    after.as_str()
                ))
            })?;
            Box::pin(feed.replay(&after)).await.map_err(|e| match e {
                ResumeError::TooFar { .. } => ApiError::ResumeTooFar(e.to_string()),
                ResumeError::Db(db) => ApiError::from(db),
            })?
        }
        None => Vec::new(),
    };
    let seen: HashSet<i32> = replayed.iter().map(|e| e.id).collect();
    let tail = stream::unfold(
        (live, closer, seen, slot),
        |(mut live, closer, seen, slot)| async move {
            loop {
                match live.next().await? {
                    Ok(event) if seen.contains(&event.id) => continue,
                    Ok(event) => return Some((event, (live, closer, seen, slot))),
                    Err(Lagged(missed)) => {
                        closer.close(CloseReason {
                            code: SLOW_CONSUMER,
                            reason: format!(
                                "slow consumer: {missed} events went by unread; connect again \
                                 and resume with `after`"
                            ),
                        });
                        // Not ended: an ended stream is sent as `complete`, and a client never
                        // subscribes again to what the server completed. The close ends it.
                        std::future::pending::<()>().await;
                    }
                }
            }
        },
    );
    Ok(stream::iter(replayed).chain(tail).boxed())
}

/// `events` of one programme gathered so that at most one leaves per `every`: the first at
/// once, then the rest of a burst together when the interval is up.
pub fn gathered(
    events: BoxStream<'static, Arc<LiveEvent>>,
    programme: i32,
    every: Duration,
) -> BoxStream<'static, RealisationEvent> {
    let events = events
        .filter(move |e| std::future::ready(e.in_programme(programme)))
        .boxed();
    stream::unfold(
        (events, None::<Instant>, false),
        move |(mut events, last_sent, ended)| async move {
            if ended {
                return None;
            }
            let mut latest = events.next().await?;
            let mut count = 1;
            let mut ended = false;
            if let Some(due) = last_sent.map(|sent| sent + every) {
                while let Ok(next) = tokio::time::timeout_at(due, events.next()).await {
                    match next {
                        Some(event) => {
                            latest = event;
                            count += 1;
                        }
                        None => {
                            ended = true;
                            break;
                        }
                    }
                }
            }
            let event = RealisationEvent {
                latest,
                events: count,
                programme,
            };
            Some((event, (events, Some(Instant::now()), ended)))
        },
    )
    .boxed()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::live::{CommitmentScope, Touches};

    fn event(id: i32, programme: i32) -> Arc<LiveEvent> {
        Arc::new(LiveEvent {
            id,
            action: "recordMeasurement".into(),
            touches: Touches::Commitment(CommitmentScope {
                id: 1,
                benefit: 10 + programme,
                programme,
                organisation: 100,
            }),
            rows: Default::default(),
        })
    }

    #[tokio::test]
    async fn a_burst_is_gathered_into_one_event_an_interval() {
        let (tx, rx) = tokio::sync::mpsc::unbounded_channel();
        let events = stream::unfold(rx, |mut rx| async move { rx.recv().await.map(|e| (e, rx)) });
        let mut out = gathered(events.boxed(), 2, Duration::from_millis(200));
        tx.send(event(1, 2)).expect("send");
        let first = out.next().await.expect("first");
        assert_eq!((first.latest.id, first.events), (1, 1), "the first at once");
        for id in 2..=5 {
            tx.send(event(id, 2)).expect("send");
        }
        tx.send(event(6, 3)).expect("send"); // another programme's: not counted
        let started = Instant::now();
        let second = out.next().await.expect("second");
        assert_eq!(
            (second.latest.id, second.events),
            (5, 4),
            "the burst in one"
        );
        assert!(started.elapsed() >= Duration::from_millis(150));
        drop(tx);
        assert!(out.next().await.is_none());
    }
}
