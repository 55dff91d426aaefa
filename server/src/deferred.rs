//! Work a message handler defers to the end of the read batch that delivered it, run on
//! the same thread right after the batch: a client's read loop opens a batch, handles every
//! operation that arrived, queues the deliveries, then runs what was deferred before it
//! reads again.
//!
//! JetStream uses it to group-commit on the publisher's own thread: every publish of a
//! batch appends to its stream, and one fsync at the end covers them all, with the acks
//! written right after — no hop to another task or thread between the write and the ack.
//! Lazy mode (`sync_interval`) uses it the same way without the fsync: one write of the
//! whole batch, then the acks. Outside a batch (server-internal publishes) `defer`
//! declines and the caller falls back to its own background task or writes at once.
//!
//! The module knows neither clients nor streams, so neither depends on the other for it.

use std::cell::RefCell;
use std::sync::Arc;

/// Something to run once at the end of the current batch.
pub trait AtBatchEnd: Send + Sync {
    fn run(self: Arc<Self>);
}

thread_local! {
    /// `Some` while a batch is open on this thread: what to run at its end.
    static DEFERRED: RefCell<Option<Vec<Arc<dyn AtBatchEnd>>>> = const { RefCell::new(None) };
}

/// Opens a batch on this thread (a client read loop, before it handles what it read).
pub fn begin() {
    DEFERRED.with(|d| {
        let mut d = d.borrow_mut();
        if d.is_none() {
            *d = Some(Vec::new());
        }
    });
}

/// True while a batch is open on this thread: work deferred now runs at its end.
pub fn in_batch() -> bool {
    DEFERRED.with(|d| d.borrow().is_some())
}

/// Runs `task` at the end of the current batch (once, however often it is deferred).
/// False when no batch is open on this thread: the caller must run the work elsewhere.
pub fn defer(task: Arc<dyn AtBatchEnd>) -> bool {
    DEFERRED.with(|d| match d.borrow_mut().as_mut() {
        Some(list) => {
            if !list.iter().any(|t| std::ptr::addr_eq(Arc::as_ptr(t), Arc::as_ptr(&task))) {
                list.push(task);
            }
            true
        }
        None => false,
    })
}

/// Closes the batch and runs what was deferred in it, in order.
pub fn finish() {
    let tasks = DEFERRED.with(|d| d.borrow_mut().take()).unwrap_or_default();
    for task in tasks {
        task.run();
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::atomic::{AtomicUsize, Ordering};

    struct Count(AtomicUsize);

    impl AtBatchEnd for Count {
        fn run(self: Arc<Self>) {
            self.0.fetch_add(1, Ordering::Relaxed);
        }
    }

    #[test]
    fn runs_once_per_batch_and_declines_outside_one() {
        let count = Arc::new(Count(AtomicUsize::new(0)));
        assert!(!defer(count.clone()), "no batch open");
        begin();
        assert!(defer(count.clone()));
        assert!(defer(count.clone()));
        assert_eq!(count.0.load(Ordering::Relaxed), 0, "not before the end");
        finish();
        assert_eq!(count.0.load(Ordering::Relaxed), 1);
        assert!(!defer(count.clone()), "the batch is closed");
    }
}
