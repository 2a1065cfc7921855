//! What one WebSocket connection allows: how many subscriptions it may hold, and how a
//! subscription tells it to close (a subscriber that fell behind); and how many connections one
//! caller may hold at once.

use std::collections::HashMap;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex, PoisonError};

use tokio::sync::Notify;

use crate::graphql::error::ApiError;

/// Why the server closes a socket: a WebSocket close code and a reason the client can show.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CloseReason {
    /// The close code.
    pub code: u16,
    /// Why, in words.
    pub reason: String,
}

/// How a subscription asks for its connection to close: the first reason given wins. (A
/// channel would do, but costs a connection more than a kilobyte; this, a few dozen bytes.)
#[derive(Default)]
pub struct Closing {
    reason: Mutex<Option<CloseReason>>,
    asked: Notify,
}

impl Closing {
    /// Asks for the connection to close, for `reason`.
    pub fn close(&self, reason: CloseReason) {
        self.reason
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .get_or_insert(reason);
        self.asked.notify_one();
    }

    /// Waits until a close is asked for: its reason.
    pub async fn asked(&self) -> CloseReason {
        loop {
            let asked = self
                .reason
                .lock()
                .unwrap_or_else(PoisonError::into_inner)
                .take();
            if let Some(reason) = asked {
                return reason;
            }
            // A close asked between the check and here leaves a permit: no wake is lost.
            self.asked.notified().await;
        }
    }
}

/// One connection's state, shared by its subscriptions.
pub struct Connection {
    active: Arc<AtomicUsize>,
    max: usize,
    closing: Arc<Closing>,
}

/// A subscription's place on its connection, given back when the subscription ends.
pub struct Slot(Arc<AtomicUsize>);

impl Drop for Slot {
    fn drop(&mut self) {
        self.0.fetch_sub(1, Ordering::AcqRel);
    }
}

impl Connection {
    /// A connection that may hold `max` subscriptions, closing through `closing`.
    pub fn new(max: usize, closing: Arc<Closing>) -> Self {
        Self {
            active: Arc::new(AtomicUsize::new(0)),
            max,
            closing,
        }
    }

    /// A place for one more subscription, unless the connection holds its most already.
    pub fn take_slot(&self) -> Result<Slot, ApiError> {
        let taken = self
            .active
            .fetch_update(Ordering::AcqRel, Ordering::Acquire, |n| {
                (n < self.max).then_some(n + 1)
            });
        match taken {
            Ok(_) => Ok(Slot(self.active.clone())),
            Err(_) => Err(ApiError::LimitReached(format!(
                "this connection holds its most subscriptions ({}): complete one first",
                self.max
            ))),
        }
    }

    /// How many subscriptions it holds.
    pub fn subscriptions(&self) -> usize {
        self.active.load(Ordering::Acquire)
    }

    /// A handle a subscription's stream keeps to close the connection.
    pub fn closer(&self) -> Arc<Closing> {
        self.closing.clone()
    }
}

/// The connections each caller holds, across the instance.
#[derive(Default)]
pub struct Connections {
    held: Arc<Mutex<HashMap<String, usize>>>,
}

/// One held connection, given back when it closes.
pub struct Held {
    held: Arc<Mutex<HashMap<String, usize>>>,
    subject: String,
}

impl Drop for Held {
    fn drop(&mut self) {
        let mut held = self.held.lock().unwrap_or_else(PoisonError::into_inner);
        if let Some(n) = held.get_mut(&self.subject) {
            *n -= 1;
            if *n == 0 {
                held.remove(&self.subject);
            }
        }
    }
}

impl Connections {
    /// One more connection for `subject`, unless they hold `max` already.
    pub fn hold(&self, subject: &str, max: usize) -> Option<Held> {
        let mut held = self.held.lock().unwrap_or_else(PoisonError::into_inner);
        let n = held.entry(subject.to_owned()).or_default();
        if *n >= max {
            return None;
        }
        *n += 1;
        Some(Held {
            held: self.held.clone(),
            subject: subject.to_owned(),
        })
    }

    /// How many connections are open.
    pub fn open(&self) -> usize {
        self.held
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .values()
            .sum()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_connection_holds_at_most_its_subscriptions_and_gets_them_back() {
        let connection = Connection::new(2, Arc::default());
        let first = connection.take_slot().expect("first");
        let _second = connection.take_slot().expect("second");
        let refused = connection.take_slot().err().expect("a third is refused");
        assert_eq!(refused.code(), "LIMIT_REACHED");
        drop(first);
        assert_eq!(connection.subscriptions(), 1);
        assert!(connection.take_slot().is_ok());
    }

    #[tokio::test]
    async fn the_first_reason_to_close_is_the_one_given() {
        let closing = Closing::default();
        let reason = |code| CloseReason {
            code,
            reason: String::new(),
        };
        closing.close(reason(4008));
        closing.close(reason(4401));
        assert_eq!(closing.asked().await.code, 4008);
    }

    #[test]
    fn a_caller_holds_at_most_their_connections_and_gets_them_back() {
        let connections = Connections::default();
        let a = connections.hold("alice", 2).expect("first");
        let _b = connections.hold("alice", 2).expect("second");
        assert!(connections.hold("alice", 2).is_none());
        let bob = connections.hold("bob", 2);
        assert!(bob.is_some(), "others are counted apart");
        drop(a);
        let again = connections.hold("alice", 2);
        assert!(again.is_some());
        assert_eq!(connections.open(), 3);
        drop((again, bob));
        assert_eq!(connections.open(), 1);
    }
}
