//! Interest propagation: what this server tells other servers about its subscribers.
//!
//! Every account's subscriptions that other servers may route to (clients', the
//! server's own services, the routes back of service imports; not what another server
//! told us) are counted here by `(account, subject, queue)`. A plain subject is
//! announced to every route as `RS+ <account> <subject>` when its first subscriber
//! comes and withdrawn with `RS- <account> <subject>` when its last one goes; a queue
//! group is announced as `RS+ <account> <subject> <queue> <weight>` again each time its
//! number of local members (the weight) changes, as nats-server's
//! `updateRouteSubscriptionMap` does. A route that connects gets the whole table at
//! once (nats-server's `sendSubsToRoute`), under the same lock as the changes, so it
//! misses none and gets none twice.

use std::collections::HashMap;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};

use crate::protocol::push_decimal;
use crate::subscription::Subscription;

/// A connection that is told about interest changes (a route).
pub trait InterestLink: Send + Sync {
    /// A number unique among links (the connection's cid).
    fn link_id(&self) -> u64;
    /// Queues protocol lines (`RS+`/`RS-`) for the peer; never blocks.
    fn send(&self, lines: &[u8]);
}

/// `(account, subject, queue)`: one interest as routes name it.
pub type Key = (Arc<str>, Box<[u8]>, Option<Box<[u8]>>);

/// The table of local interest and the links told about it (see the module docs).
#[derive(Default)]
pub struct Propagation {
    /// Set once a cluster is configured; until then subscribing costs one load.
    enabled: AtomicBool,
    state: Mutex<State>,
}

#[derive(Default)]
struct State {
    counts: HashMap<Key, u32>,
    links: Vec<Arc<dyn InterestLink>>,
}

impl Propagation {
    pub fn enable(&self) {
        self.enabled.store(true, Ordering::Release);
    }

    pub fn is_enabled(&self) -> bool {
        self.enabled.load(Ordering::Acquire)
    }

    /// Counts a subscription that was added (`delta` 1) or removed (-1) in `account`.
    pub fn changed(&self, account: &Arc<str>, sub: &Subscription, delta: i32) {
        let mut state = self.state.lock().unwrap_or_else(|e| e.into_inner());
        let key: Key = (account.clone(), sub.subject().into(), sub.queue().map(Into::into));
        let count = state.counts.entry(key.clone()).or_insert(0);
        let before = *count;
        *count = if delta > 0 { before + 1 } else { before.saturating_sub(1) };
        let after = *count;
        if after == 0 {
            state.counts.remove(&key);
        }
        let announce = match key.2 {
            None => before == 0 && after > 0 || before > 0 && after == 0,
            Some(_) => before != after,
        };
        if !announce || state.links.is_empty() {
            return;
        }
        let mut line = Vec::with_capacity(key.1.len() + key.0.len() + 32);
        write_interest(&mut line, &key, after);
        for link in &state.links {
            link.send(&line);
        }
    }

    /// Starts telling `link` about changes, after sending it every current interest.
    pub fn add_link(&self, link: Arc<dyn InterestLink>) {
        let mut state = self.state.lock().unwrap_or_else(|e| e.into_inner());
        let mut lines = Vec::new();
        for (key, count) in &state.counts {
            write_interest(&mut lines, key, *count);
        }
        if !lines.is_empty() {
            link.send(&lines);
        }
        state.links.retain(|l| l.link_id() != link.link_id());
        state.links.push(link);
    }

    pub fn remove_link(&self, id: u64) {
        self.state.lock().unwrap_or_else(|e| e.into_inner()).links.retain(|l| l.link_id() != id);
    }

    /// How many distinct interests (subjects and queue groups) are announced.
    pub fn count(&self) -> usize {
        self.state.lock().unwrap_or_else(|e| e.into_inner()).counts.len()
    }
}

/// One `RS+` (count > 0) or `RS-` line for `key`.
fn write_interest(out: &mut Vec<u8>, (account, subject, queue): &Key, count: u32) {
    out.extend_from_slice(if count > 0 { b"RS+ " } else { b"RS- " });
    out.extend_from_slice(account.as_bytes());
    out.push(b' ');
    out.extend_from_slice(subject);
    if let Some(queue) = queue {
        out.push(b' ');
        out.extend_from_slice(queue);
        if count > 0 {
            out.push(b' ');
            push_decimal(out, count as u64);
        }
    }
    out.extend_from_slice(b"\r\n");
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::subscription::{InternalMsg, Owner};

    struct Recorder(u64, Mutex<Vec<u8>>);

    impl InterestLink for Recorder {
        fn link_id(&self) -> u64 {
            self.0
        }
        fn send(&self, lines: &[u8]) {
            self.1.lock().unwrap().extend_from_slice(lines);
        }
    }

    fn sub(subject: &str, queue: Option<&str>) -> Subscription {
        Subscription::new(subject.as_bytes(), queue.map(str::as_bytes), b"1", Owner::Internal(Arc::new(|_: &InternalMsg<'_>| {})))
    }

    fn taken(r: &Recorder) -> String {
        String::from_utf8(std::mem::take(&mut *r.1.lock().unwrap())).unwrap()
    }

    #[test]
    fn plain_interest_is_announced_once_and_queue_weights_each_time() {
        let p = Propagation::default();
        let acc: Arc<str> = Arc::from("A");
        p.changed(&acc, &sub("early", None), 1);
        let link = Arc::new(Recorder(1, Mutex::default()));
        p.add_link(link.clone());
        assert_eq!(taken(&link), "RS+ A early\r\n", "a new link gets what is there");
        p.changed(&acc, &sub("foo", None), 1);
        p.changed(&acc, &sub("foo", None), 1);
        assert_eq!(taken(&link), "RS+ A foo\r\n");
        p.changed(&acc, &sub("foo", None), -1);
        assert_eq!(taken(&link), "");
        p.changed(&acc, &sub("foo", None), -1);
        assert_eq!(taken(&link), "RS- A foo\r\n");
        p.changed(&acc, &sub("work", Some("q")), 1);
        p.changed(&acc, &sub("work", Some("q")), 1);
        p.changed(&acc, &sub("work", Some("q")), -1);
        p.changed(&acc, &sub("work", Some("q")), -1);
        assert_eq!(taken(&link), "RS+ A work q 1\r\nRS+ A work q 2\r\nRS+ A work q 1\r\nRS- A work q\r\n");
        p.remove_link(1);
        p.changed(&acc, &sub("bar", None), 1);
        assert_eq!(taken(&link), "");
        assert_eq!(p.count(), 2);
    }
}
