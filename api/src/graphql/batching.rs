//! When a request's DataLoader batches run: only once the execution is waiting on data, never
//! while it is still working through a level of the query.
//!
//! async-graphql's DataLoader hands each new batch to a spawner and, with no delay, a spawned
//! batch reads whatever keys have been registered by the time it first runs. But resolving a
//! long list (futures' `FuturesUnordered`) yields to the executor part-way through, to be fair to
//! other tasks; a batch spawned onto the runtime can then run after 40 of 100 items have asked
//! for their keys, and the other 60 make statements of their own. Measured on the page of 100
//! organisations with their parents under load: 13 statements a request instead of 3.
//!
//! [`Batches`] replaces the spawn. Batches wait in a per-request queue; [`Batches::drive`] polls
//! the execution and, when it returns `Pending` without having woken itself (it yielded to be
//! fair, not because it waits), resumes it at once. Only when the execution is genuinely waiting
//! does it start the queued batches, polling them in the same task. So every key of a level is
//! registered before that level's batch reads, however loaded the machine is.

use std::future::Future;
use std::pin::Pin;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex, PoisonError};
use std::task::{Context, Poll, Wake, Waker};

use futures_util::StreamExt;
use futures_util::future::BoxFuture;
use futures_util::stream::FuturesUnordered;

/// How many times in a row the execution may be resumed after yielding before the driver
/// yields to the runtime itself, so a very large response cannot starve other requests.
const MAX_RESUMES: usize = 1024;

type Queue = Arc<Mutex<Vec<BoxFuture<'static, ()>>>>;

/// The batches one request's DataLoader has asked to run.
#[derive(Default, Clone)]
pub struct Batches {
    queue: Queue,
    /// Whether batches start at once on the runtime: for executions nobody drives (a
    /// subscription's events, resolved by async-graphql as they come).
    immediate: bool,
}

impl Batches {
    /// The DataLoader's spawner: queues a batch instead of starting it.
    pub fn spawner(&self) -> impl Fn(BoxFuture<'static, ()>) + Send + Sync + 'static {
        let queue = self.queue.clone();
        let immediate = self.immediate;
        move |batch| {
            if immediate {
                tokio::spawn(batch);
                return;
            }
            queue
                .lock()
                .unwrap_or_else(PoisonError::into_inner)
                .push(batch);
        }
    }

    /// Batches that start at once on the runtime, for executions nobody drives.
    pub fn immediate() -> Self {
        Self {
            immediate: true,
            ..Self::default()
        }
    }

    /// Runs `execution` to completion, starting queued batches only while it waits on data.
    pub fn drive<F: Future>(&self, execution: F) -> Driven<F> {
        Driven {
            execution: Box::pin(execution),
            queue: self.queue.clone(),
            running: FuturesUnordered::new(),
        }
    }
}

/// The future returned by [`Batches::drive`].
pub struct Driven<F> {
    execution: Pin<Box<F>>,
    queue: Queue,
    running: FuturesUnordered<BoxFuture<'static, ()>>,
}

/// A waker that notes whether it was woken, and passes the wake on.
struct NotingWaker {
    woken: AtomicBool,
    outer: Waker,
}

impl Wake for NotingWaker {
    fn wake(self: Arc<Self>) {
        self.wake_by_ref();
    }

    fn wake_by_ref(self: &Arc<Self>) {
        self.woken.store(true, Ordering::Release);
        self.outer.wake_by_ref();
    }
}

impl<F: Future> Future for Driven<F> {
    type Output = F::Output;

    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<F::Output> {
        let this = self.get_mut();
        for _ in 0..MAX_RESUMES {
            let noting = Arc::new(NotingWaker {
                woken: AtomicBool::new(false),
                outer: cx.waker().clone(),
            });
            let waker = Waker::from(noting.clone());
            if let Poll::Ready(output) = this
                .execution
                .as_mut()
                .poll(&mut Context::from_waker(&waker))
            {
                return Poll::Ready(output);
            }
            if noting.woken.load(Ordering::Acquire) {
                // It yielded with work left: let it register the rest of its keys first.
                continue;
            }
            let queued: Vec<_> =
                std::mem::take(&mut *this.queue.lock().unwrap_or_else(PoisonError::into_inner));
            this.running.extend(queued);
            while let Poll::Ready(Some(())) = this.running.poll_next_unpin(cx) {}
            if !noting.woken.load(Ordering::Acquire) {
                return Poll::Pending;
            }
            // A batch delivered its rows while being polled: carry on with them.
        }
        cx.waker().wake_by_ref();
        Poll::Pending
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use std::collections::HashMap;
    use std::sync::atomic::AtomicUsize;

    use async_graphql::dataloader::{DataLoader, Loader};

    use super::*;

    /// Doubles its keys and counts the batches it is asked for.
    struct Doubler(Arc<AtomicUsize>);

    impl Loader<u32> for Doubler {
        type Value = u32;
        type Error = std::convert::Infallible;

        async fn load(&self, keys: &[u32]) -> Result<HashMap<u32, u32>, Self::Error> {
            self.0.fetch_add(1, Ordering::SeqCst);
            // Waits like a database would, so the batch is pending when first polled.
            tokio::task::yield_now().await;
            Ok(keys.iter().map(|k| (*k, k * 2)).collect())
        }
    }

    /// Yields `times` times (waking itself each time, as a fair list resolver does).
    async fn yield_self(times: usize) {
        let mut left = times;
        std::future::poll_fn(|cx| {
            if left == 0 {
                Poll::Ready(())
            } else {
                left -= 1;
                cx.waker().wake_by_ref();
                Poll::Pending
            }
        })
        .await;
    }

    #[tokio::test]
    async fn keys_asked_for_across_yields_make_one_batch_per_level() {
        let batches_made = Arc::new(AtomicUsize::new(0));
        let batches = Batches::default();
        let loader = DataLoader::new(Doubler(batches_made.clone()), batches.spawner())
            .delay(std::time::Duration::ZERO);
        let level = |offset: u32| {
            futures_util::future::join_all((0..100u32).map(|i| {
                let loader = &loader;
                async move {
                    // Items ask for their keys at different times, with yields in between.
                    yield_self(i as usize % 7).await;
                    loader.load_one(offset + i).await.unwrap()
                }
            }))
        };
        let execution = async {
            let first = level(0).await;
            let second = level(1000).await;
            (first, second)
        };
        let (first, second) = batches.drive(execution).await;
        assert_eq!(first[99], Some(198));
        assert_eq!(second[0], Some(2000));
        assert_eq!(
            batches_made.load(Ordering::SeqCst),
            2,
            "one batch per level"
        );
    }

    #[tokio::test]
    async fn without_the_driver_the_same_levels_split_into_more_batches() {
        // The control: spawned straight onto the runtime, the yields let a batch start early.
        let batches_made = Arc::new(AtomicUsize::new(0));
        let loader = DataLoader::new(Doubler(batches_made.clone()), tokio::spawn)
            .delay(std::time::Duration::ZERO);
        let loads = futures_util::future::join_all((0..100u32).map(|i| {
            let loader = &loader;
            async move {
                yield_self(i as usize % 7).await;
                loader.load_one(i).await.unwrap()
            }
        }));
        let values = loads.await;
        assert_eq!(values[7], Some(14));
        assert!(batches_made.load(Ordering::SeqCst) > 1);
    }
}
