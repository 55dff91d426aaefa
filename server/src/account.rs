//! Accounts: the routing namespace.
//!
//! Every connection belongs to exactly one account and publishes into that account's
//! sublist only; with no accounts configured everyone shares the global account `$G`.
//! The system account (`$SYS` unless `system_account` names another) hosts the
//! server's own services. Imports and exports, the only way across, come later.

use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex, Weak};

use crate::sublist::Sublist;
use crate::subscription::{InternalHandler, Owner, Subscription};
use natsx_common::transform::{map_subject, Mapped, Mapping};

pub const GLOBAL_ACCOUNT: &str = "$G";
pub const SYSTEM_ACCOUNT: &str = "$SYS";

pub struct Account {
    pub name: String,
    /// `name`, shared with the interest table (`propagation`).
    shared_name: Arc<str>,
    /// Where subscriptions that other servers should know about are counted, once a
    /// cluster is configured (set by the registry when the account is made).
    propagation: std::sync::OnceLock<Arc<crate::propagation::Propagation>>,
    /// `$LDS.<random>`: told to leaf nodes; seeing it come back over one is a loop.
    loop_detection: std::sync::OnceLock<String>,
    pub sublist: Sublist<Subscription>,
    pub is_system: bool,
    connections: AtomicU64,
    /// Traffic of this account's connections that have closed (`/accstatz` adds the
    /// open ones' counters to it), and its slow consumers.
    pub closed: ClosedTraffic,
    /// Who waits for a subscriber on a subject (a push consumer's deliver subject), to be
    /// told the moment one subscribes; `watched` counts them so subscribing skips the
    /// lock when nobody waits.
    interest_watch: Mutex<Vec<InterestWatch>>,
    watched: AtomicUsize,
    /// The account's `limits` (`NO_LIMIT` is none; 0 allows none): connections at once,
    /// subscriptions per connection, the largest message (bytes).
    pub max_connections: AtomicU64,
    pub max_subscriptions: AtomicUsize,
    pub max_payload: AtomicUsize,
    /// Counts `set_limits` calls: a connection that sees it move takes the account's new
    /// payload limit (once per read, not per message).
    limits_generation: AtomicU64,
    /// When the account's JWT expires (Unix seconds; 0 is never): its clients are cut
    /// off then with `Account Authentication Expired`.
    expires: std::sync::atomic::AtomicI64,
    /// Subject mappings applied to what clients publish (set when the server is built,
    /// and again when an account JWT update changes them); `mapped` says whether there
    /// are any, so publishing skips the lock when there are none.
    mapped: std::sync::atomic::AtomicBool,
    mappings: std::sync::RwLock<Arc<Vec<Mapping>>>,
}

/// A watched subject and who to tell.
type InterestWatch = (Vec<u8>, Weak<dyn InterestWatcher>);

/// Told when a subscription matching the subject it watches arrives (see
/// `Account::watch_interest`). nats-server starts a push consumer's deliveries as soon as
/// interest in its deliver subject appears, rather than on its next look.
pub trait InterestWatcher: Send + Sync {
    fn interest_arrived(&self);
}

/// Message and byte totals of an account's closed connections.
#[derive(Default)]
pub struct ClosedTraffic {
    pub in_msgs: AtomicU64,
    pub in_bytes: AtomicU64,
    pub out_msgs: AtomicU64,
    pub out_bytes: AtomicU64,
    pub slow_consumers: AtomicU64,
}

impl Account {
    pub fn new(name: &str, is_system: bool) -> Self {
        Account {
            name: name.to_string(),
            shared_name: Arc::from(name),
            propagation: std::sync::OnceLock::new(),
            loop_detection: std::sync::OnceLock::new(),
            sublist: Sublist::new(),
            is_system,
            connections: AtomicU64::new(0),
            closed: ClosedTraffic::default(),
            interest_watch: Mutex::new(Vec::new()),
            watched: AtomicUsize::new(0),
            max_connections: AtomicU64::new(u64::MAX),
            max_subscriptions: AtomicUsize::new(usize::MAX),
            max_payload: AtomicUsize::new(usize::MAX),
            expires: std::sync::atomic::AtomicI64::new(0),
            limits_generation: AtomicU64::new(0),
            mapped: std::sync::atomic::AtomicBool::new(false),
            mappings: std::sync::RwLock::new(Arc::new(Vec::new())),
        }
    }

    /// Counts this account's subscriptions in `propagation` (see `crate::propagation`).
    pub fn set_propagation(&self, propagation: Arc<crate::propagation::Propagation>) {
        let _ = self.propagation.set(propagation);
    }

    /// Tells other servers of a subscription added (`delta` 1) or removed (-1), when
    /// clustered and it is theirs to know.
    fn propagate(&self, sub: &Subscription, delta: i32) {
        if let Some(p) = self.propagation.get().filter(|p| p.is_enabled()) {
            if sub.propagates() {
                p.changed(&self.shared_name, sub, sub.remote().map(|l| &**l), delta);
            }
        }
    }

    /// The account's leaf node loop detection subject (`$LDS.<random>`, nats-server's).
    pub fn loop_detection_subject(&self) -> &str {
        self.loop_detection.get_or_init(|| {
            const DIGITS: &[u8] = b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
            let token: String = (0..22).map(|_| DIGITS[rand::random::<usize>() % DIGITS.len()] as char).collect();
            format!("$LDS.{token}")
        })
    }

    /// Removes a subscription from the sublist; false when it was not there.
    pub fn unsubscribe(&self, sub: &Arc<Subscription>) -> bool {
        let removed = self.sublist.remove(sub);
        if removed {
            self.propagate(sub, -1);
        }
        removed
    }

    /// Installs the account's subject mappings, replacing those it had.
    pub fn set_mappings(&self, mappings: Vec<Mapping>) {
        let any = !mappings.is_empty();
        *self.mappings.write().unwrap_or_else(|e| e.into_inner()) = Arc::new(mappings);
        self.mapped.store(any, Ordering::Release);
    }

    pub fn has_mappings(&self) -> bool {
        self.mapped.load(Ordering::Relaxed)
    }

    /// Where a client's publish on `subject` goes under the account's mappings; `roll`
    /// is a number below 100 drawn for the message (weighted destinations).
    pub fn map_subject(&self, subject: &[u8], roll: u8) -> Mapped {
        if !self.has_mappings() {
            return Mapped::Unchanged;
        }
        let mappings = self.mappings.read().unwrap_or_else(|e| e.into_inner()).clone();
        map_subject(&mappings, subject, roll)
    }

    /// True when a message published on `subject` would reach a subscriber (through a
    /// stream import too: see `Subscription::is_interest`). JetStream push consumers
    /// deliver only while this holds.
    pub fn has_interest(&self, subject: &[u8]) -> bool {
        self.any_subscription(subject, |s| s.is_interest(subject))
    }

    /// `has_interest` without the stream imports: who receives a message that arrived
    /// through an import (which goes no further through another).
    pub fn has_local_interest(&self, subject: &[u8]) -> bool {
        self.any_subscription(subject, |s| !matches!(s.owner, Owner::Import(_)))
    }

    /// Does any subscription matching `subject` (plain or queue member) pass `test`?
    fn any_subscription(&self, subject: &[u8], test: impl Fn(&Subscription) -> bool) -> bool {
        let result = self.sublist.matches(subject);
        result.plain.iter().chain(result.queues.iter().flat_map(|(_, members)| members.iter())).any(|s| test(s))
    }

    /// Installs the account's `limits` (`None` is none) — at start, and again on a
    /// configuration reload or an account JWT update: they apply to what comes next.
    pub fn set_limits(&self, max_connections: Option<u64>, max_subscriptions: Option<usize>, max_payload: Option<usize>) {
        self.max_connections.store(max_connections.unwrap_or(u64::MAX), Ordering::Relaxed);
        self.max_subscriptions.store(max_subscriptions.unwrap_or(usize::MAX), Ordering::Relaxed);
        self.max_payload.store(max_payload.unwrap_or(usize::MAX), Ordering::Relaxed);
        self.limits_generation.fetch_add(1, Ordering::Release);
    }

    /// How many times the limits were set (see `limits_generation`).
    pub fn limits_generation(&self) -> u64 {
        self.limits_generation.load(Ordering::Acquire)
    }

    /// Subscribes a server-internal service (JetStream, system services) to `subject`,
    /// through the same sublist clients use.
    pub fn subscribe_internal(&self, subject: &str, handler: InternalHandler) -> Arc<Subscription> {
        let sub = Arc::new(Subscription::new(subject.as_bytes(), None, b"internal", Owner::Internal(handler)));
        self.subscribe(sub.clone());
        sub
    }

    /// `subscribe_internal` for a service that answers only for this server: other
    /// servers are not told about it (nats-server's `sysSubscribeInternal`).
    pub fn subscribe_internal_local(&self, subject: &str, handler: InternalHandler) -> Arc<Subscription> {
        let mut sub = Subscription::new(subject.as_bytes(), None, b"internal", Owner::Internal(handler));
        sub.set_local();
        let sub = Arc::new(sub);
        self.subscribe(sub.clone());
        sub
    }

    /// Adds a subscription to the account's sublist and tells those watching a subject it
    /// matches (each once: a watch ends when it fires).
    pub fn subscribe(&self, sub: Arc<Subscription>) {
        let subject = sub.subject().to_vec();
        self.propagate(&sub, 1);
        self.sublist.insert(sub);
        if self.watched.load(Ordering::Acquire) == 0 {
            return;
        }
        let mut fired = Vec::new();
        {
            let mut watch = self.interest_watch.lock().unwrap_or_else(|e| e.into_inner());
            watch.retain(|(watched, watcher)| {
                if watcher.strong_count() == 0 {
                    return false;
                }
                if natsx_common::subject::is_subset(watched, &subject) {
                    fired.push(watcher.clone());
                    return false;
                }
                true
            });
            self.watched.store(watch.len(), Ordering::Release);
        }
        for watcher in fired.iter().filter_map(Weak::upgrade) {
            watcher.interest_arrived();
        }
    }

    /// Asks to be told (once) when a subscription matching the literal `subject` arrives.
    /// Watching again while a watch is open changes nothing. The caller checks for interest
    /// after this call, so a subscription arriving in between is not missed.
    pub fn watch_interest(&self, subject: &[u8], watcher: Weak<dyn InterestWatcher>) {
        let mut watch = self.interest_watch.lock().unwrap_or_else(|e| e.into_inner());
        watch.retain(|(_, w)| w.strong_count() > 0);
        if !watch.iter().any(|(s, w)| s == subject && Weak::ptr_eq(w, &watcher)) {
            watch.push((subject.to_vec(), watcher));
        }
        self.watched.store(watch.len(), Ordering::Release);
    }

    /// Sets when the account's JWT expires (Unix seconds; 0 is never).
    pub fn set_expires(&self, unix_seconds: i64) {
        self.expires.store(unix_seconds.max(0), Ordering::Relaxed);
    }

    pub fn expires_at(&self) -> Option<std::time::SystemTime> {
        let at = self.expires.load(Ordering::Relaxed);
        (at > 0).then(|| std::time::UNIX_EPOCH + std::time::Duration::from_secs(at as u64))
    }

    pub fn connections(&self) -> u64 {
        self.connections.load(Ordering::Relaxed)
    }

    pub fn add_connection(&self) {
        self.connections.fetch_add(1, Ordering::Relaxed);
    }

    pub fn remove_connection(&self) {
        self.connections.fetch_sub(1, Ordering::Relaxed);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::subscription::{InternalMsg, Owner};

    struct Count(AtomicUsize);

    impl InterestWatcher for Count {
        fn interest_arrived(&self) {
            self.0.fetch_add(1, Ordering::Relaxed);
        }
    }

    fn sub(subject: &str) -> Arc<Subscription> {
        Arc::new(Subscription::new(subject.as_bytes(), None, b"1", Owner::Internal(Arc::new(|_: &InternalMsg<'_>| {}))))
    }

    #[test]
    fn a_matching_subscription_wakes_the_watcher_once() {
        let account = Account::new("A", false);
        let count = Arc::new(Count(AtomicUsize::new(0)));
        let weak: Weak<dyn InterestWatcher> = Arc::downgrade(&count) as Weak<dyn InterestWatcher>;
        account.watch_interest(b"deliver.me", weak.clone());
        account.watch_interest(b"deliver.me", weak.clone());
        account.subscribe(sub("deliver.other"));
        account.subscribe(sub("deliver.*.x"));
        assert_eq!(count.0.load(Ordering::Relaxed), 0, "no match, no wake");
        account.subscribe(sub("deliver.*"));
        assert_eq!(count.0.load(Ordering::Relaxed), 1, "a wildcard covering the subject wakes it, once");
        account.subscribe(sub("deliver.me"));
        assert_eq!(count.0.load(Ordering::Relaxed), 1, "the watch ended when it fired");
        account.watch_interest(b"deliver.me", weak);
        account.subscribe(sub(">"));
        assert_eq!(count.0.load(Ordering::Relaxed), 2);
    }

    #[test]
    fn a_dropped_watcher_is_forgotten() {
        let account = Account::new("A", false);
        let count = Arc::new(Count(AtomicUsize::new(0)));
        account.watch_interest(b"x", Arc::downgrade(&count) as Weak<dyn InterestWatcher>);
        assert_eq!(account.watched.load(Ordering::Relaxed), 1);
        drop(count);
        account.subscribe(sub("x"));
        assert_eq!(account.watched.load(Ordering::Relaxed), 0);
    }
}
