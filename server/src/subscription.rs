//! A subscription and who receives its messages.
//!
//! Clients and server-internal services subscribe through the same sublist; the
//! only difference is the `Owner`: a connection's outbound buffer, or a callback.
//!
//! A server may hold millions of subscriptions, so one is kept small: subject, queue
//! and sid share a single allocation, and a connection finds its subscriptions by sid
//! through `BySid` without storing the sid twice.

use std::borrow::Borrow;
use std::hash::{Hash, Hasher};
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::Arc;

use crate::receiver::Receiver;
use crate::sublist::Interest;

/// A message as handed to an internal subscriber.
pub struct InternalMsg<'a> {
    /// The subject it was routed on: `subject`, except for a JetStream delivery, routed
    /// on its deliver subject or pull inbox and shown under its stored subject.
    pub to: &'a [u8],
    pub subject: &'a [u8],
    pub reply: Option<&'a [u8]>,
    /// The header block (`NATS/1.0...\r\n\r\n`), empty when none.
    pub headers: &'a [u8],
    pub payload: &'a [u8],
    /// The client that published it; `None` for the server's own messages.
    pub sender: Option<&'a Arc<Receiver>>,
    /// How many imports it crossed (see `router::Outgoing::hops`).
    pub hops: u8,
}

pub type InternalHandler = Arc<dyn Fn(&InternalMsg<'_>) + Send + Sync>;

/// An import's bridge: takes a message into another account (a stream import's into
/// the importer, a service import's into the exporter, a response back to its
/// requester) and says to how many subscriptions there it went.
pub type ImportHandler = Arc<dyn Fn(&InternalMsg<'_>) -> usize + Send + Sync>;

/// An import's subscription: how it delivers, and whether anyone on the other side would
/// receive what is published on a subject (nats-server's shadow subscriptions exist only
/// while the importer listens; this asks instead).
pub struct ImportBridge {
    pub deliver: ImportHandler,
    pub interest: InterestCheck,
    /// A service import or a route back for responses: what arrived through another
    /// service import may go on through it (up to `router::MAX_SERVICE_HOPS`). A stream
    /// import takes only what was published in its account.
    pub chains: bool,
    /// Other servers are told about it (the routes back for responses, whose prefix is
    /// this server's own); service and stream imports are wired on every server alike
    /// and act where the message is, so they are not.
    pub propagates: bool,
}

/// Says whether a subject has a receiver (see `ImportBridge`).
pub type InterestCheck = Arc<dyn Fn(&[u8]) -> bool + Send + Sync>;

pub enum Owner {
    Client(Arc<Receiver>),
    Internal(InternalHandler),
    /// An import: a stream import in the exporting account, a service import in the
    /// importing one, or the routes back for responses (`_R_.<prefix>.>`). What a stream
    /// import delivered goes no further through any import (one hop, as nats-server's
    /// shadow subscriptions deliver); requests and responses chain through service
    /// imports a bounded number of times (`router::MAX_SERVICE_HOPS`), so nothing loops.
    Import(ImportBridge),
    /// Interest another server told us about over a route (`RS+`): messages go to that
    /// route's connection as `RMSG`, once per route however many of its subscriptions
    /// match (see `router::route`).
    Remote(Arc<crate::link::Link>),
}

pub struct Subscription {
    /// `subject`, then `queue`, then `sid`, back to back.
    text: Box<[u8]>,
    subject_len: u32,
    queue_len: u32,
    pub owner: Owner,
    /// Auto-unsubscribe after this many deliveries; 0 means never.
    max: AtomicU64,
    delivered: AtomicU64,
    /// The owner's subscribe-deny list overlaps this subject: check each delivery.
    check_deny: bool,
    /// A queue subscription (a queue name may not be empty, so this disambiguates).
    queued: bool,
    /// Set when a router removed it from the sublist (its auto-unsubscribe limit was
    /// reached), so its connection drops it from the sid table.
    removed: AtomicBool,
    /// Kept from other servers: a service that answers only for this server.
    local: bool,
}

impl Interest for Subscription {
    fn subject(&self) -> &[u8] {
        self.subject()
    }
    fn queue(&self) -> Option<&[u8]> {
        self.queue()
    }
    fn is_remote(&self) -> bool {
        matches!(self.owner, Owner::Remote(_))
    }
}

/// What a delivery attempt says about the subscription's auto-unsubscribe limit.
#[derive(PartialEq, Eq, Debug)]
pub enum Quota {
    /// Deliver; more may follow.
    Open,
    /// Deliver; this was the last one, remove the subscription.
    Last,
    /// Do not deliver: the limit was already reached.
    Exhausted,
}

impl Subscription {
    pub fn new(subject: &[u8], queue: Option<&[u8]>, sid: &[u8], owner: Owner) -> Self {
        let queue_bytes = queue.unwrap_or_default();
        let mut text = Vec::with_capacity(subject.len() + queue_bytes.len() + sid.len());
        text.extend_from_slice(subject);
        text.extend_from_slice(queue_bytes);
        text.extend_from_slice(sid);
        Subscription {
            text: text.into_boxed_slice(),
            subject_len: subject.len() as u32,
            queue_len: queue_bytes.len() as u32,
            owner,
            max: AtomicU64::new(0),
            delivered: AtomicU64::new(0),
            check_deny: false,
            queued: queue.is_some(),
            removed: AtomicBool::new(false),
            local: false,
        }
    }

    /// Keeps it from other servers (see `propagates`).
    pub fn set_local(&mut self) {
        self.local = true;
    }

    /// Are other servers told about it (`propagation`)? Not about what imports wire on
    /// every server alike, or subscriptions marked local; remote interest goes where its
    /// link's kind says (`link::Link::shows_interest_from`).
    pub fn propagates(&self) -> bool {
        match &self.owner {
            Owner::Client(_) | Owner::Internal(_) => !self.local,
            Owner::Import(bridge) => bridge.propagates,
            Owner::Remote(_) => true,
        }
    }

    /// The link this interest came over, for remote interest.
    pub fn remote(&self) -> Option<&Arc<crate::link::Link>> {
        match &self.owner {
            Owner::Remote(r) => Some(r),
            _ => None,
        }
    }

    pub fn subject(&self) -> &[u8] {
        &self.text[..self.subject_len as usize]
    }

    pub fn queue(&self) -> Option<&[u8]> {
        let start = self.subject_len as usize;
        self.queued.then(|| &self.text[start..start + self.queue_len as usize])
    }

    pub fn sid(&self) -> &[u8] {
        &self.text[(self.subject_len + self.queue_len) as usize..]
    }

    pub fn client(&self) -> Option<&Arc<Receiver>> {
        match &self.owner {
            Owner::Client(c) => Some(c),
            Owner::Internal(_) | Owner::Import(_) | Owner::Remote(_) => None,
        }
    }

    pub fn check_deny(&self) -> bool {
        self.check_deny
    }

    pub fn set_check_deny(&mut self, check: bool) {
        self.check_deny = check;
    }

    pub fn delivered(&self) -> u64 {
        self.delivered.load(Ordering::Relaxed)
    }

    pub fn max(&self) -> u64 {
        self.max.load(Ordering::Relaxed)
    }

    pub fn set_max(&self, max: u64) {
        self.max.store(max, Ordering::Relaxed);
    }

    /// Marks it as removed from the sublist by a router (see `removed`); false when it
    /// already was.
    pub fn mark_removed(&self) -> bool {
        !self.removed.swap(true, Ordering::AcqRel)
    }

    pub fn is_removed(&self) -> bool {
        self.removed.load(Ordering::Acquire)
    }

    /// Would a message on `subject` reach someone through this subscription? Always, but
    /// for an import, which asks the importing account.
    pub fn is_interest(&self, subject: &[u8]) -> bool {
        match &self.owner {
            Owner::Import(bridge) => (bridge.interest)(subject),
            _ => true,
        }
    }

    /// True once deliveries reached the auto-unsubscribe limit.
    pub fn is_exhausted(&self) -> bool {
        let max = self.max.load(Ordering::Relaxed);
        max > 0 && self.delivered.load(Ordering::Relaxed) >= max
    }

    /// Counts a delivery against the auto-unsubscribe limit.
    pub fn take_delivery(&self) -> Quota {
        let n = self.delivered.fetch_add(1, Ordering::Relaxed) + 1;
        match self.max.load(Ordering::Relaxed) {
            0 => Quota::Open,
            max if n < max => Quota::Open,
            max if n == max => Quota::Last,
            _ => Quota::Exhausted,
        }
    }
}

/// A subscription in its connection's table, found by sid (`set.get(sid)`). The
/// subscription has atomics inside, but the hash and equality read only its sid,
/// which never changes.
#[derive(Clone)]
pub struct BySid(pub Arc<Subscription>);

impl Borrow<[u8]> for BySid {
    fn borrow(&self) -> &[u8] {
        self.0.sid()
    }
}

impl Hash for BySid {
    fn hash<H: Hasher>(&self, state: &mut H) {
        self.0.sid().hash(state)
    }
}

impl PartialEq for BySid {
    fn eq(&self, other: &Self) -> bool {
        self.0.sid() == other.0.sid()
    }
}

impl Eq for BySid {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_allocation_holds_subject_queue_and_sid() {
        let handler: InternalHandler = Arc::new(|_| {});
        let s = Subscription::new(b"foo.bar", Some(b"q"), b"42", Owner::Internal(handler.clone()));
        assert_eq!((s.subject(), s.queue(), s.sid()), (&b"foo.bar"[..], Some(&b"q"[..]), &b"42"[..]));
        let plain = Subscription::new(b"x", None, b"1", Owner::Internal(handler));
        assert_eq!(plain.queue(), None);
        #[allow(clippy::mutable_key_type)] // hashing reads only the immutable sid
        let mut set = std::collections::HashSet::new();
        set.insert(BySid(Arc::new(plain)));
        assert!(set.contains(&b"1"[..]));
        assert!(!set.contains(&b"2"[..]));
    }
}
