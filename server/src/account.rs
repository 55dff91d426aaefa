//! Accounts: the routing namespace.
//!
//! Every connection belongs to exactly one account and publishes into that account's
//! sublist only; with no accounts configured everyone shares the global account `$G`.
//! The system account (`$SYS` unless `system_account` names another) hosts the
//! server's own services. Imports and exports, the only way across, come later.

use std::sync::atomic::{AtomicU64, Ordering};

use crate::sublist::Sublist;
use crate::subscription::Subscription;

pub const GLOBAL_ACCOUNT: &str = "$G";
pub const SYSTEM_ACCOUNT: &str = "$SYS";

pub struct Account {
    pub name: String,
    pub sublist: Sublist<Subscription>,
    pub is_system: bool,
    connections: AtomicU64,
    /// Traffic of this account's connections that have closed (`/accstatz` adds the
    /// open ones' counters to it), and its slow consumers.
    pub closed: ClosedTraffic,
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
            sublist: Sublist::new(),
            is_system,
            connections: AtomicU64::new(0),
            closed: ClosedTraffic::default(),
        }
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
