//! Links: connections to other servers (routes and leaf nodes), as the router and the
//! interest table see them.
//!
//! A link's kind decides what crosses it, following nats-server:
//! - a **route** (same cluster) carries what this server's clients and the leaf nodes
//!   connected to it are interested in and publish; what arrives over a route goes no
//!   further over routes (the mesh is full) nor to hubs (every server of a cluster has
//!   its own leaf connection);
//! - a **hub leaf** (a leaf node server connected to this one) carries everything this
//!   server reaches, other links' interest included;
//! - a **spoke leaf** (this server's connection to its hub) carries what this server's
//!   clients and its own leaf nodes want; what the hub sends goes to them only.
//!
//! - a **gateway** (to another cluster) carries what this cluster (its servers and
//!   their leaf nodes) is interested in; what arrives over one goes to this cluster's
//!   routes and leaf nodes, never to another gateway. What goes out over gateways is
//!   decided by the gateway layer (`cluster::gateway`), not by subscriptions.
//!
//! A leaf link is bound to one account on each side, so its protocol names no account.
//! A route carries the accounts of its `RouteScope`: all of them, those of its index in
//! a pool, or the one account pinned to it (whose protocol then names no account).

use std::sync::{Arc, OnceLock};

use crate::protocol::route::Frame;
use crate::receiver::Receiver;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u8)]
pub enum LinkKind {
    Route,
    /// A leaf node: `hub` when the other server connected to this one (this one is
    /// its hub), false for this server's own connection to a hub.
    Leaf {
        hub: bool,
    },
    /// A gateway to another cluster (either direction).
    Gateway,
    /// Not a connection: the origin of what a stream import delivered (see `imported`).
    Import,
}

impl LinkKind {
    fn code(self) -> u8 {
        match self {
            LinkKind::Route => 0,
            LinkKind::Leaf { hub: false } => 1,
            LinkKind::Leaf { hub: true } => 2,
            LinkKind::Gateway => 3,
            LinkKind::Import => 4,
        }
    }

    fn from_code(code: u8) -> LinkKind {
        match code {
            0 => LinkKind::Route,
            1 => LinkKind::Leaf { hub: false },
            2 => LinkKind::Leaf { hub: true },
            3 => LinkKind::Gateway,
            _ => LinkKind::Import,
        }
    }
}

/// One link to another server.
pub struct Link {
    /// The connection's cid (unique among all connections).
    pub id: u64,
    /// The `LinkKind` (`LinkKind::code`); a leaf link's role may change once, at the
    /// other side's CONNECT (`set_leaf_role`).
    kind: std::sync::atomic::AtomicU8,
    pub receiver: Arc<Receiver>,
    /// A leaf link's account and filters, set once its handshake says them.
    binding: OnceLock<Binding>,
    /// A hub-side leaf link's cluster (a hash of the name its CONNECT gave; 0: none):
    /// leaf nodes of one cluster reach each other over their own routes, never through
    /// the hub (nats-server's origin cluster).
    group: std::sync::atomic::AtomicU64,
    /// A route's accounts, set once it is registered.
    scope: OnceLock<RouteScope>,
    /// When the other server last sent something (nanoseconds since the Unix epoch).
    last_activity: std::sync::atomic::AtomicU64,
}

/// Which accounts a route connection carries (nats-server's route pools and pinned
/// accounts).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum RouteScope {
    /// Every account: the other server has no pools, or this one's are off.
    All,
    /// One connection of a pool of `size` (this server's pool size): the accounts whose
    /// `pool_index` is `index`, but not the `pinned` ones.
    Pool { index: usize, size: usize, pinned: Arc<[Arc<str>]> },
    /// A pinned account's own connection: its protocol names no account.
    Account(Arc<str>),
}

impl RouteScope {
    pub fn carries(&self, account: &str) -> bool {
        match self {
            RouteScope::All => true,
            RouteScope::Pool { index, size, pinned } => pool_index(account, *size) == *index && !pinned.iter().any(|p| **p == *account),
            RouteScope::Account(pinned) => **pinned == *account,
        }
    }
}

/// The pool connection that carries `account` among `size` (nats-server's
/// `computeRoutePoolIdx`: FNV-1a of the name, so every server agrees).
pub fn pool_index(account: &str, size: usize) -> usize {
    if size <= 1 {
        return 0;
    }
    let hash = account.bytes().fold(0x811c_9dc5u32, |h, b| (h ^ b as u32).wrapping_mul(0x0100_0193));
    (hash % size as u32) as usize
}

/// What a leaf link is bound to.
#[derive(Default)]
pub struct Binding {
    /// The account (its protocol carries no account name).
    pub account: Arc<str>,
    /// Subjects not to send over it (a remote's `deny_exports`, or what the other side
    /// asked not to get): no messages go out on them.
    pub deny_send: Vec<String>,
    /// Subjects not to take from it (a remote's `deny_imports`): messages on them are
    /// dropped, and this server does not ask for them.
    pub deny_receive: Vec<String>,
}

impl Link {
    fn new(receiver: Arc<Receiver>, kind: LinkKind) -> Link {
        Link {
            id: receiver.cid,
            kind: kind.code().into(),
            receiver,
            binding: OnceLock::new(),
            group: Default::default(),
            scope: OnceLock::new(),
            last_activity: now_nanos().into(),
        }
    }

    pub fn route(receiver: Arc<Receiver>) -> Link {
        Link::new(receiver, LinkKind::Route)
    }

    /// A gateway link (either direction).
    pub fn gateway(receiver: Arc<Receiver>) -> Link {
        Link::new(receiver, LinkKind::Gateway)
    }

    /// A leaf node link (`hub`: the other server connected to this one).
    pub fn leaf(receiver: Arc<Receiver>, hub: bool) -> Link {
        Link::new(receiver, LinkKind::Leaf { hub })
    }

    /// Binds a leaf link to its account and filters (once; false if already bound).
    pub fn bind(&self, binding: Binding) -> bool {
        self.binding.set(binding).is_ok()
    }

    /// Marks a hub-side leaf link as one of the leaf cluster `name`.
    pub fn set_cluster(&self, name: &str) {
        use std::hash::{Hash, Hasher};
        let mut h = std::collections::hash_map::DefaultHasher::new();
        name.hash(&mut h);
        self.group.store(h.finish() | 1, std::sync::atomic::Ordering::Relaxed);
    }

    /// The leaf cluster this link belongs to (0: none).
    pub fn group(&self) -> u64 {
        self.group.load(std::sync::atomic::Ordering::Relaxed)
    }

    /// Are `self` and a link of `group` leaf nodes of one cluster?
    fn same_leaf_cluster(&self, group: u64) -> bool {
        group != 0 && group == self.group()
    }

    /// A leaf link's account, once bound.
    pub fn account(&self) -> Option<&Arc<str>> {
        self.binding.get().map(|b| &b.account)
    }

    pub fn kind(&self) -> LinkKind {
        LinkKind::from_code(self.kind.load(std::sync::atomic::Ordering::Relaxed))
    }

    /// Makes a leaf link one to this server's hub (`hub` false) or to its leaf node
    /// (`hub` true): the other side's CONNECT said it acts as the hub (`is_hub`, a
    /// remote's `hub: true`).
    pub fn set_leaf_role(&self, hub: bool) {
        self.kind.store(LinkKind::Leaf { hub }.code(), std::sync::atomic::Ordering::Relaxed);
    }

    pub fn is_route(&self) -> bool {
        self.kind() == LinkKind::Route
    }

    /// Notes that the other server sent something now.
    pub fn touch(&self) {
        self.last_activity.store(now_nanos(), std::sync::atomic::Ordering::Relaxed);
    }

    /// When the other server last sent something (`/routez`, `/leafz`, `/gatewayz`
    /// `last_activity` and `idle`).
    pub fn last_activity(&self) -> std::time::SystemTime {
        std::time::UNIX_EPOCH + std::time::Duration::from_nanos(self.last_activity.load(std::sync::atomic::Ordering::Relaxed))
    }

    /// Sets a route's accounts (once; false if already set).
    pub fn set_scope(&self, scope: RouteScope) -> bool {
        self.scope.set(scope).is_ok()
    }

    pub fn scope(&self) -> Option<&RouteScope> {
        self.scope.get()
    }

    /// The account pinned to this route, if it is such a route.
    pub fn pinned_account(&self) -> Option<&Arc<str>> {
        match self.scope.get() {
            Some(RouteScope::Account(account)) => Some(account),
            _ => None,
        }
    }

    /// Is `account` told about over this route (its scope; every account until set)?
    pub fn carries(&self, account: &str) -> bool {
        self.scope.get().is_none_or(|s| s.carries(account))
    }

    /// How messages in `account` are framed for this link.
    pub fn frame<'a>(&self, account: &'a [u8]) -> Frame<'a> {
        match self.kind() {
            LinkKind::Leaf { .. } => Frame::Leaf,
            _ if self.pinned_account().is_some() => Frame::PinnedRoute,
            _ => Frame::Route(account),
        }
    }

    /// May a message on `subject` go out over this link?
    pub fn sends(&self, subject: &[u8]) -> bool {
        self.binding.get().is_none_or(|b| b.deny_send.is_empty() || !matches_any(&b.deny_send, subject))
    }

    /// May a message on `subject` come in over this link (and may this server ask for it)?
    pub fn receives(&self, subject: &[u8]) -> bool {
        self.binding.get().is_none_or(|b| b.deny_receive.is_empty() || !matches_any(&b.deny_receive, subject))
    }

    /// Does interest that arrived from `from` (`None`: this server's own) show on this
    /// link? (See the module docs.)
    pub fn shows_interest_from(&self, from: Option<&Link>) -> bool {
        from.is_none_or(|l| self.shows(l.id, l.kind(), l.group()))
    }

    /// `shows_interest_from` for the link `id` of kind `kind` and leaf cluster `group`.
    pub fn shows(&self, id: u64, kind: LinkKind, group: u64) -> bool {
        if id == self.id || self.same_leaf_cluster(group) {
            return false;
        }
        const HUB_LEAF: LinkKind = LinkKind::Leaf { hub: true };
        match self.kind() {
            LinkKind::Import => false,
            LinkKind::Route | LinkKind::Leaf { hub: false } => kind == HUB_LEAF,
            // A leaf node hears of everything this server reaches: its cluster, other
            // leaf nodes, other clusters through the gateways.
            LinkKind::Leaf { hub: true } => true,
            LinkKind::Gateway => kind == HUB_LEAF || kind == LinkKind::Route,
        }
    }

    /// May a message that arrived over `from` (`None`: published here) go out over this
    /// link? (See the module docs.)
    pub fn forwards_from(&self, from: Option<&Link>) -> bool {
        let Some(from) = from else { return true };
        if from.id == self.id || self.same_leaf_cluster(from.group()) {
            return false;
        }
        const HUB_LEAF: LinkKind = LinkKind::Leaf { hub: true };
        match self.kind() {
            LinkKind::Route => from.kind() == HUB_LEAF || from.kind() == LinkKind::Gateway,
            LinkKind::Leaf { hub: true } => true,
            LinkKind::Leaf { hub: false } => from.kind() == HUB_LEAF,
            LinkKind::Gateway | LinkKind::Import => from.kind() == HUB_LEAF,
        }
    }
}

fn now_nanos() -> u64 {
    std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_nanos() as u64)
}

/// The origin of what a stream import delivered: a link that is no connection.
pub fn imported() -> &'static Link {
    static IMPORTED: std::sync::OnceLock<Link> = std::sync::OnceLock::new();
    IMPORTED.get_or_init(|| {
        let receiver = Arc::new(Receiver::new(u64::MAX, ([0, 0, 0, 0], 0).into(), 0));
        Link::new(receiver, LinkKind::Import)
    })
}

/// True when `subject` (literal or wildcard interest) is matched by one of `patterns`.
fn matches_any(patterns: &[String], subject: &[u8]) -> bool {
    patterns.iter().any(|p| natsx_common::subject::is_subset(subject, p.as_bytes()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn link(id: u64, kind: LinkKind) -> Link {
        let mut l = Link::route(Arc::new(Receiver::new(id, "127.0.0.1:1".parse().unwrap(), 1024)));
        l.kind = kind.code().into();
        l
    }

    #[test]
    fn what_each_kind_of_link_carries() {
        let route = link(1, LinkKind::Route);
        let other_route = link(2, LinkKind::Route);
        let leaf = link(3, LinkKind::Leaf { hub: true });
        let other_leaf = link(4, LinkKind::Leaf { hub: true });
        let hub = link(5, LinkKind::Leaf { hub: false });
        // Local traffic goes everywhere.
        for l in [&route, &leaf, &hub] {
            assert!(l.forwards_from(None));
        }
        // From a route: to leaf nodes, not to other routes or to the hub.
        assert!(!other_route.forwards_from(Some(&route)) && leaf.forwards_from(Some(&route)) && !hub.forwards_from(Some(&route)));
        // From a leaf node: everywhere but back.
        assert!(route.forwards_from(Some(&leaf)) && other_leaf.forwards_from(Some(&leaf)) && hub.forwards_from(Some(&leaf)));
        assert!(!leaf.forwards_from(Some(&leaf)));
        // From the hub: to this server's own leaf nodes only.
        assert!(!route.forwards_from(Some(&hub)) && leaf.forwards_from(Some(&hub)));
        // From another cluster: to this cluster's routes and leaf nodes.
        let gateway = link(6, LinkKind::Gateway);
        assert!(route.forwards_from(Some(&gateway)) && leaf.forwards_from(Some(&gateway)) && !hub.forwards_from(Some(&gateway)));
        // A gateway is told of this cluster's interest, not of another cluster's.
        assert!(
            gateway.shows(1, LinkKind::Route, 0)
                && gateway.shows(3, LinkKind::Leaf { hub: true }, 0)
                && !gateway.shows(5, LinkKind::Leaf { hub: false }, 0)
        );
        // Leaf nodes of one cluster do not reach each other through the hub.
        leaf.set_cluster("edge");
        other_leaf.set_cluster("edge");
        assert!(!other_leaf.forwards_from(Some(&leaf)) && !other_leaf.shows_interest_from(Some(&leaf)));
        assert!(route.forwards_from(Some(&leaf)));
    }

    #[test]
    fn pools_spread_accounts_as_nats_server_does() {
        // nats-server's computeRoutePoolIdx values for a pool of 3.
        assert_eq!([pool_index("$G", 3), pool_index("A", 3), pool_index("C", 3), pool_index("$SYS", 3)], [2, 0, 1, 0]);
        assert_eq!(pool_index("anything", 1), 0);
        let pinned: Arc<[Arc<str>]> = Arc::from(vec![Arc::from("$SYS")]);
        let slot = |index| RouteScope::Pool { index, size: 3, pinned: pinned.clone() };
        assert!(slot(2).carries("$G") && !slot(0).carries("$G") && !slot(0).carries("$SYS"));
        assert!(RouteScope::Account(Arc::from("$SYS")).carries("$SYS") && RouteScope::All.carries("$SYS"));
        let route = link(1, LinkKind::Route);
        assert_eq!(route.frame(b"A"), Frame::Route(b"A"));
        route.set_scope(RouteScope::Account(Arc::from("A")));
        assert_eq!(route.frame(b"A"), Frame::PinnedRoute);
        assert_eq!(link(2, LinkKind::Leaf { hub: true }).frame(b"A"), Frame::Leaf);
    }

    #[test]
    fn deny_lists_match_wildcards() {
        let l = link(1, LinkKind::Leaf { hub: false });
        l.bind(Binding { account: Arc::from("A"), deny_send: vec!["secret.>".into()], deny_receive: Vec::new() });
        assert!(!l.sends(b"secret.plans") && l.sends(b"public.news"));
        assert!(l.receives(b"secret.plans"));
    }
}
