//! The events of one subscription: resumed after an event when asked, then live, filtered by
//! what the subscriber asked for; and, for the programme's figures, gathered into at most one
//! event a second.

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
use crate::graphql::ids::{NodeType, decode_as};
use crate::live::{Feed, Lagged, LiveEvent, ResumeError};

/// The close code for a subscriber that fell behind (policy: the server does not buffer for it).
pub const SLOW_CONSUMER: u16 = 4008;

/// What a subscriber asked to hear of: only events of this programme, benefit and organisation
/// (each when given).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Interest {
    /// The programme.
    pub programme: Option<i32>,
    /// The benefit.
    pub benefit: Option<i32>,
    /// The organisation.
    pub organisation: Option<i32>,
}

impl Interest {
    /// The interest the arguments name.
    pub fn of(
        programme: Option<&ID>,
        benefit: Option<&ID>,
        organisation: Option<&ID>,
    ) -> ApiResult<Self> {
        let key = |id: Option<&ID>, node| id.map(|id| decode_as(id, node)).transpose();
        Ok(Self {
            programme: key(programme, NodeType::Programme)?,
            benefit: key(benefit, NodeType::Benefit)?,
            organisation: key(organisation, NodeType::Organisation)?,
        })
    }

    /// Whether `event` is one the subscriber asked for.
    pub fn admits(&self, event: &LiveEvent) -> bool {
        let matches =
            |wanted: Option<i32>, actual: Option<i32>| wanted.is_none_or(|w| actual == Some(w));
        matches(self.programme, event.programme())
            && matches(self.benefit, event.benefit())
            && matches(self.organisation, event.organisation())
    }
}

/// Every committed event from now (after `after`, when given, within the replay window), each
/// once. The subscription holds a place on its connection while it runs; falling behind the
/// feed's buffer closes the connection with a reason.
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
    // Listening starts before the replay is read, so nothing falls between the two.
    let live = Box::pin(feed.subscribe());
    feed.follow().await?;
    let replayed = match after {
        Some(after) => {
            let after: i32 = after.parse().map_err(|_| {
                ApiError::BadUserInput(format!("`after` is not an event id: {}", after.as_str()))
            })?;
            feed.replay(after).await.map_err(|e| match e {
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
                        let _ = closer.try_send(CloseReason {
                            code: SLOW_CONSUMER,
                            reason: format!(
                                "slow consumer: {missed} events went by unread; connect again \
                                 and resume with `after`"
                            ),
                        });
                        return None;
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
        .filter(move |e| std::future::ready(e.programme() == Some(programme)))
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
        })
    }

    #[test]
    fn an_interest_admits_only_what_it_names() {
        let e = event(1, 2);
        let all = Interest::default();
        let programme = Interest {
            programme: Some(2),
            ..all
        };
        let other = Interest {
            programme: Some(3),
            ..all
        };
        let organisation = Interest {
            organisation: Some(100),
            benefit: Some(12),
            ..all
        };
        assert!(all.admits(&e) && programme.admits(&e) && organisation.admits(&e));
        assert!(!other.admits(&e));
        let unscoped = LiveEvent {
            touches: Touches::Other,
            ..(*e).clone()
        };
        assert!(all.admits(&unscoped) && !programme.admits(&unscoped));
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
