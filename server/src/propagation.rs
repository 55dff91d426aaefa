//! Interest propagation: what this server tells other servers about its subscribers.
//!
//! Every subscription other servers may route to is counted here by
//! `(account, subject, queue)` and by where it came from: this server (clients, the
//! server's own services, the routes back of service imports) or a link (a route or a
//! leaf node told us). Each link is shown the interest its kind carries
//! (`Link::shows_interest_from`): a plain subject is announced (`RS+ <account>
//! <subject>` on a route, `LS+ <subject>` on a leaf link) when the count it sees leaves
//! zero and withdrawn (`RS-`/`LS-`) when it returns there; a queue group is announced
//! again with its weight each time that count changes, as nats-server's
//! `updateRouteSubscriptionMap` and `updateLeafNodes` do. A link that connects gets the
//! whole table at once (nats-server's `sendSubsToRoute`, `initLeafNodeSmapAndSendSubs`),
//! under the same lock as the changes, so it misses none and gets none twice.

use std::collections::HashMap;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};

use smallvec::SmallVec;

use crate::link::{Link, LinkKind};
use crate::protocol::push_decimal;
use crate::subscription::Subscription;

/// A connection that is told about interest changes (a route or a leaf node).
pub trait InterestLink: Send + Sync {
    fn link(&self) -> &Link;
    /// Queues protocol lines for the peer; never blocks.
    fn send(&self, lines: &[u8]);
    /// Frames one account's lines of the table sent when the link connects (a gateway
    /// wraps them in its interest-only commands).
    fn dump(&self, _account: &str, lines: &[u8], out: &mut Vec<u8>) {
        out.extend_from_slice(lines);
    }
    /// Sends one change in `account` (a gateway first switches an account it has not
    /// told about yet).
    fn announce(&self, _account: &str, line: &[u8]) {
        self.send(line);
    }
}

/// `(account, subject, queue)`: one interest as routes name it.
pub type Key = (Arc<str>, Box<[u8]>, Option<Box<[u8]>>);

/// How many subscriptions make up one interest: this server's own, and each link's.
#[derive(Clone, Default)]
struct Counts {
    local: u32,
    /// Per link: its id, kind, leaf cluster (`Link::group`) and count.
    remote: SmallVec<[(u64, LinkKind, u64, u32); 2]>,
}

impl Counts {
    fn is_empty(&self) -> bool {
        self.local == 0 && self.remote.is_empty()
    }

    /// What `link` is shown. A loop detection subject (`lds`) that came over a route is
    /// not shown to leaf nodes: it is a leaf node reached through two servers of this
    /// cluster, not a loop (nats-server keeps both connections).
    fn seen_by(&self, link: &Link, lds: bool) -> u32 {
        let leaf = matches!(link.kind(), LinkKind::Leaf { .. });
        let remote =
            self.remote.iter().filter(|(id, kind, group, _)| link.shows(*id, *kind, *group) && !(lds && leaf && *kind == LinkKind::Route));
        self.local + remote.map(|(.., n)| n).sum::<u32>()
    }

    fn add(&mut self, from: Option<&Link>, delta: i32) {
        let change = |n: u32| if delta > 0 { n + 1 } else { n.saturating_sub(1) };
        match from {
            None => self.local = change(self.local),
            Some(link) => match self.remote.iter().position(|(id, ..)| *id == link.id) {
                Some(i) => {
                    self.remote[i].3 = change(self.remote[i].3);
                    if self.remote[i].3 == 0 {
                        self.remote.remove(i);
                    }
                }
                None if delta > 0 => self.remote.push((link.id, link.kind(), link.group(), 1)),
                None => {}
            },
        }
    }
}

/// The table of interest and the links told about it (see the module docs).
#[derive(Default)]
pub struct Propagation {
    /// Set once a cluster or leaf nodes are configured; until then subscribing costs
    /// one load.
    enabled: AtomicBool,
    state: Mutex<State>,
}

#[derive(Default)]
struct State {
    counts: HashMap<Key, Counts>,
    links: Vec<Arc<dyn InterestLink>>,
}

impl Propagation {
    pub fn enable(&self) {
        self.enabled.store(true, Ordering::Release);
    }

    pub fn is_enabled(&self) -> bool {
        self.enabled.load(Ordering::Acquire)
    }

    /// Counts a subscription that was added (`delta` 1) or removed (-1) in `account`;
    /// `from` is the link it came over (`None`: this server's own).
    pub fn changed(&self, account: &Arc<str>, sub: &Subscription, from: Option<&Link>, delta: i32) {
        let mut state = self.state.lock().unwrap_or_else(|e| e.into_inner());
        let key: Key = (account.clone(), sub.subject().into(), sub.queue().map(Into::into));
        let before = state.counts.get(&key).cloned().unwrap_or_default();
        let mut after = before.clone();
        after.add(from, delta);
        if after.is_empty() {
            state.counts.remove(&key);
        } else {
            state.counts.insert(key.clone(), after.clone());
        }
        let mut line = Vec::new();
        let lds = key.1.starts_with(b"$LDS.");
        for link in &state.links {
            let link_ref = link.link();
            let (was, is) = (before.seen_by(link_ref, lds), after.seen_by(link_ref, lds));
            let announce = match key.2 {
                None => (was == 0) != (is == 0),
                Some(_) => was != is,
            };
            if announce && carries(link_ref, &key) {
                line.clear();
                write_interest(&mut line, link_ref, &key, is);
                link.announce(&key.0, &line);
            }
        }
    }

    /// Starts telling `link` about changes, after sending it every current interest it
    /// is to see.
    pub fn add_link(&self, link: Arc<dyn InterestLink>) {
        let mut state = self.state.lock().unwrap_or_else(|e| e.into_inner());
        let link_ref = link.link();
        let mut by_account: std::collections::BTreeMap<&str, Vec<u8>> = std::collections::BTreeMap::new();
        for (key, counts) in &state.counts {
            let n = counts.seen_by(link_ref, key.1.starts_with(b"$LDS."));
            if n > 0 && carries(link_ref, key) {
                write_interest(by_account.entry(&key.0).or_default(), link_ref, key, n);
            }
        }
        let mut lines = Vec::new();
        for (account, account_lines) in &by_account {
            link.dump(account, account_lines, &mut lines);
        }
        if !lines.is_empty() {
            link.send(&lines);
        }
        let id = link_ref.id;
        state.links.retain(|l| l.link().id != id);
        state.links.push(link);
    }

    /// `changed` for this server's own subscription.
    pub fn changed_local(&self, account: &Arc<str>, sub: &Subscription, delta: i32) {
        self.changed(account, sub, None, delta)
    }

    pub fn remove_link(&self, id: u64) {
        self.state.lock().unwrap_or_else(|e| e.into_inner()).links.retain(|l| l.link().id != id);
    }

    /// How many distinct interests (subjects and queue groups) are known.
    pub fn count(&self) -> usize {
        self.state.lock().unwrap_or_else(|e| e.into_inner()).counts.len()
    }
}

/// Is `key` something `link` is told about at all: a route only hears of the accounts
/// it carries (`link::RouteScope`); a leaf link only of its own account, and not of what
/// it may not send (its `deny_imports`).
fn carries(link: &Link, (account, subject, _): &Key) -> bool {
    match link.kind() {
        LinkKind::Route => link.carries(account),
        LinkKind::Gateway | LinkKind::Import => true,
        LinkKind::Leaf { .. } => link.account().is_some_and(|bound| **bound == **account) && link.receives(subject),
    }
}

/// One announcement (count > 0) or withdrawal for `key`, in `link`'s protocol.
fn write_interest(out: &mut Vec<u8>, link: &Link, (account, subject, queue): &Key, count: u32) {
    let leaf = matches!(link.kind(), LinkKind::Leaf { .. });
    let names_account = !leaf && link.pinned_account().is_none();
    match (leaf, count > 0) {
        (false, true) => out.extend_from_slice(b"RS+ "),
        (false, false) => out.extend_from_slice(b"RS- "),
        (true, true) => out.extend_from_slice(b"LS+ "),
        (true, false) => out.extend_from_slice(b"LS- "),
    }
    if names_account {
        out.extend_from_slice(account.as_bytes());
        out.push(b' ');
    }
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

    struct Recorder(Link, Mutex<Vec<u8>>);

    impl InterestLink for Recorder {
        fn link(&self) -> &Link {
            &self.0
        }
        fn send(&self, lines: &[u8]) {
            self.1.lock().unwrap().extend_from_slice(lines);
        }
    }

    fn recorder(id: u64, kind: LinkKind, account: Option<&str>) -> Arc<Recorder> {
        let receiver = Arc::new(crate::receiver::Receiver::new(id, "127.0.0.1:1".parse().unwrap(), 1024));
        let link = match kind {
            LinkKind::Route => Link::route(receiver),
            LinkKind::Leaf { hub } => Link::leaf(receiver, hub),
            LinkKind::Gateway | LinkKind::Import => Link::gateway(receiver),
        };
        if let Some(account) = account {
            link.bind(crate::link::Binding { account: Arc::from(account), ..Default::default() });
        }
        Arc::new(Recorder(link, Mutex::default()))
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
        p.changed_local(&acc, &sub("early", None), 1);
        let link = recorder(1, LinkKind::Route, None);
        p.add_link(link.clone());
        assert_eq!(taken(&link), "RS+ A early\r\n", "a new link gets what is there");
        p.changed_local(&acc, &sub("foo", None), 1);
        p.changed_local(&acc, &sub("foo", None), 1);
        assert_eq!(taken(&link), "RS+ A foo\r\n");
        p.changed_local(&acc, &sub("foo", None), -1);
        assert_eq!(taken(&link), "");
        p.changed_local(&acc, &sub("foo", None), -1);
        assert_eq!(taken(&link), "RS- A foo\r\n");
        p.changed_local(&acc, &sub("work", Some("q")), 1);
        p.changed_local(&acc, &sub("work", Some("q")), 1);
        p.changed_local(&acc, &sub("work", Some("q")), -1);
        p.changed_local(&acc, &sub("work", Some("q")), -1);
        assert_eq!(taken(&link), "RS+ A work q 1\r\nRS+ A work q 2\r\nRS+ A work q 1\r\nRS- A work q\r\n");
        p.remove_link(1);
        p.changed_local(&acc, &sub("bar", None), 1);
        assert_eq!(taken(&link), "");
        assert_eq!(p.count(), 2);
    }

    #[test]
    fn each_link_sees_what_its_kind_carries() {
        let p = Propagation::default();
        let acc: Arc<str> = Arc::from("A");
        let route = recorder(1, LinkKind::Route, None);
        let leaf = recorder(2, LinkKind::Leaf { hub: true }, Some("A"));
        let other_account_leaf = recorder(3, LinkKind::Leaf { hub: true }, Some("B"));
        for l in [&route, &leaf, &other_account_leaf] {
            p.add_link(l.clone());
        }
        // Interest a route told about: shown to the leaf node, not to other routes.
        p.changed(&acc, &sub("from.route", None), Some(&route.0), 1);
        assert_eq!((taken(&route), taken(&leaf), taken(&other_account_leaf)), (String::new(), "LS+ from.route\r\n".into(), String::new()));
        // Interest a leaf node told about: to the route, not back to the leaf node.
        p.changed(&acc, &sub("from.leaf", Some("q")), Some(&leaf.0), 1);
        assert_eq!((taken(&route), taken(&leaf)), ("RS+ A from.leaf q 1\r\n".into(), String::new()));
        // Local interest goes everywhere its account allows.
        p.changed_local(&acc, &sub("mine", None), 1);
        assert_eq!(
            (taken(&route), taken(&leaf), taken(&other_account_leaf)),
            ("RS+ A mine\r\n".into(), "LS+ mine\r\n".into(), String::new())
        );
        // A new leaf node of the account gets all it is to see.
        let late = recorder(4, LinkKind::Leaf { hub: true }, Some("A"));
        p.add_link(late.clone());
        let mut lines: Vec<String> = taken(&late).lines().map(String::from).collect();
        lines.sort();
        assert_eq!(lines, ["LS+ from.leaf q 1", "LS+ from.route", "LS+ mine"]);
    }
}
