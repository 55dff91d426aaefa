//! A subscription and who receives its messages.
//!
//! Clients and server-internal services subscribe through the same sublist; the
//! only difference is the `Owner`: a connection's outbound buffer, or a callback.

use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;

use crate::client::ClientShared;
use crate::sublist::Interest;

/// A message as handed to an internal subscriber.
pub struct InternalMsg<'a> {
    pub subject: &'a [u8],
    pub reply: Option<&'a [u8]>,
    /// The header block (`NATS/1.0...\r\n\r\n`), empty when none.
    pub headers: &'a [u8],
    pub payload: &'a [u8],
}

pub type InternalHandler = Arc<dyn Fn(&InternalMsg<'_>) + Send + Sync>;

pub enum Owner {
    Client(Arc<ClientShared>),
    Internal(InternalHandler),
}

pub struct Subscription {
    pub subject: Box<[u8]>,
    pub queue: Option<Box<[u8]>>,
    pub sid: Box<[u8]>,
    pub owner: Owner,
    /// Auto-unsubscribe after this many deliveries; 0 means never.
    max: AtomicU64,
    delivered: AtomicU64,
    /// The owner's subscribe-deny list overlaps this subject: check each delivery.
    check_deny: bool,
}

impl Interest for Subscription {
    fn subject(&self) -> &[u8] {
        &self.subject
    }
    fn queue(&self) -> Option<&[u8]> {
        self.queue.as_deref()
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
        Subscription {
            subject: subject.into(),
            queue: queue.map(Into::into),
            sid: sid.into(),
            owner,
            max: AtomicU64::new(0),
            delivered: AtomicU64::new(0),
            check_deny: false,
        }
    }

    pub fn client(&self) -> Option<&Arc<ClientShared>> {
        match &self.owner {
            Owner::Client(c) => Some(c),
            Owner::Internal(_) => None,
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
