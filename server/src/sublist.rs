//! The interest trie: which subscriptions match a published subject.
//!
//! One `Sublist` per account. Subjects are split into tokens; each level of the trie
//! holds literal children plus the two wildcard children (`*` and `>`), so a match
//! walks at most three branches per token. Queue subscriptions are grouped by queue
//! name across all matching nodes, so `foo.*` and `foo.bar` members of group `q`
//! compete for the same message, as in nats-server.
//!
//! Matching happens on every publish, so the result is an `Arc` that callers cache:
//! each change bumps `generation`, and a cached result is valid while the generation
//! it was computed at is still current. That keeps the hot path to one hash lookup in
//! a connection-local cache, with no shared lock at all.

use std::collections::HashMap;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, RwLock};

use smallvec::SmallVec;

/// The most tokens a subscription subject may have: the trie's recursion (removal, and
/// dropping nodes) goes as deep as its subjects, so this bounds the stack it takes.
/// Clients, routes, leaf nodes and gateways are all held to it.
pub const MAX_SUBJECT_TOKENS: usize = 2048;

/// True when `subject` has fewer than `MAX_SUBJECT_TOKENS` tokens.
pub fn within_depth(subject: &[u8]) -> bool {
    subject.iter().filter(|&&b| b == b'.').count() < MAX_SUBJECT_TOKENS
}

/// What the trie needs to know about a subscription.
pub trait Interest {
    fn subject(&self) -> &[u8];
    fn queue(&self) -> Option<&[u8]>;
    /// Interest another server told about (the router sends those over links).
    fn is_remote(&self) -> bool {
        false
    }
}

/// The subscriptions that match one subject.
pub struct MatchResult<T> {
    /// Plain subscribers: each one gets the message.
    pub plain: Vec<Arc<T>>,
    /// Queue groups: one member of each gets the message.
    pub queues: QueueGroups<T>,
    /// Some of them are other servers' interest (`Interest::is_remote`): worked out
    /// once per match, so routing a message with none skips every link check.
    pub remote: bool,
}

impl<T> MatchResult<T> {
    pub fn is_empty(&self) -> bool {
        self.plain.is_empty() && self.queues.is_empty()
    }
    pub fn receivers(&self) -> usize {
        self.plain.len() + self.queues.len()
    }
}

/// Queue groups at one node: (queue name, members). Rare, so kept out of line.
type QueueGroups<T> = Vec<(Box<[u8]>, Vec<Arc<T>>)>;

/// A trie node. Most nodes hold one subscription or none, so the plain list keeps
/// one entry inline and queue groups live behind a pointer: with a million
/// subscriptions, every byte here is a megabyte.
struct Node<T> {
    next: Option<Box<Level<T>>>,
    plain: SmallVec<[Arc<T>; 1]>,
    queues: Option<Box<QueueGroups<T>>>,
}

impl<T> Default for Node<T> {
    fn default() -> Self {
        Node { next: None, plain: SmallVec::new(), queues: None }
    }
}

impl<T> Node<T> {
    fn is_empty(&self) -> bool {
        self.plain.is_empty() && self.queues.is_none() && self.next.as_ref().is_none_or(|l| l.is_empty())
    }
}

/// A subject token as a map key; short tokens are stored inline.
type Token = SmallVec<[u8; 16]>;

struct Level<T> {
    literal: HashMap<Token, Node<T>>,
    single: Option<Box<Node<T>>>,
    full: Option<Box<Node<T>>>,
}

impl<T> Default for Level<T> {
    fn default() -> Self {
        Level { literal: HashMap::new(), single: None, full: None }
    }
}

impl<T> Level<T> {
    fn is_empty(&self) -> bool {
        self.literal.is_empty() && self.single.is_none() && self.full.is_none()
    }
}

/// Counters shown by `/subsz`. Matches are computed on a miss of a connection's match
/// cache (or for server-internal publishes); cache hits are counted by the connections
/// and added here once per read batch.
#[derive(Default)]
pub struct SublistStats {
    pub inserts: AtomicU64,
    pub removes: AtomicU64,
    /// Subjects matched against the trie.
    pub matches: AtomicU64,
    /// Publishes answered from a connection's match cache.
    pub cache_hits: AtomicU64,
    /// The most receivers (plain subscriptions and queue groups) one match found.
    pub max_fanout: AtomicU64,
    /// Receivers found by all matches together (for the average).
    pub total_fanout: AtomicU64,
}

pub struct Sublist<T> {
    root: RwLock<Level<T>>,
    count: AtomicU64,
    generation: AtomicU64,
    pub stats: SublistStats,
}

impl<T: Interest> Default for Sublist<T> {
    fn default() -> Self {
        Self::new()
    }
}

impl<T: Interest> Sublist<T> {
    pub fn new() -> Self {
        Sublist {
            root: RwLock::new(Level::default()),
            count: AtomicU64::new(0),
            generation: AtomicU64::new(1),
            stats: SublistStats::default(),
        }
    }

    /// Number of subscriptions held.
    pub fn count(&self) -> u64 {
        self.count.load(Ordering::Relaxed)
    }

    /// Changes on every insert and remove; cached match results are valid while it holds.
    pub fn generation(&self) -> u64 {
        self.generation.load(Ordering::Acquire)
    }

    pub fn insert(&self, sub: Arc<T>) {
        let mut root = self.root.write().unwrap_or_else(|e| e.into_inner());
        let mut level: &mut Level<T> = &mut root;
        let subject = sub.subject().to_vec();
        let mut tokens = subject.split(|&b| b == b'.').peekable();
        loop {
            let token = tokens.next().unwrap_or_default();
            let node: &mut Node<T> = match token {
                b"*" => level.single.get_or_insert_with(Default::default),
                b">" => level.full.get_or_insert_with(Default::default),
                _ => level.literal.entry(Token::from_slice(token)).or_default(),
            };
            if tokens.peek().is_none() {
                match sub.queue() {
                    None => node.plain.push(sub.clone()),
                    Some(q) => {
                        let groups = node.queues.get_or_insert_with(Default::default);
                        match groups.iter_mut().find(|(name, _)| &name[..] == q) {
                            Some((_, members)) => members.push(sub.clone()),
                            None => groups.push((q.into(), vec![sub.clone()])),
                        }
                    }
                }
                break;
            }
            level = node.next.get_or_insert_with(Default::default);
        }
        self.count.fetch_add(1, Ordering::Relaxed);
        self.stats.inserts.fetch_add(1, Ordering::Relaxed);
        self.generation.fetch_add(1, Ordering::Release);
    }

    /// Removes this exact subscription (by identity). Returns false when absent.
    pub fn remove(&self, sub: &Arc<T>) -> bool {
        let mut root = self.root.write().unwrap_or_else(|e| e.into_inner());
        let tokens: Vec<&[u8]> = sub.subject().split(|&b| b == b'.').collect();
        let removed = remove_from(&mut root, &tokens, sub);
        if removed {
            self.count.fetch_sub(1, Ordering::Relaxed);
            self.stats.removes.fetch_add(1, Ordering::Relaxed);
            self.generation.fetch_add(1, Ordering::Release);
        }
        removed
    }

    /// Every subscription whose subject matches the literal `subject`.
    pub fn matches(&self, subject: &[u8]) -> MatchResult<T> {
        self.stats.matches.fetch_add(1, Ordering::Relaxed);
        let mut result = MatchResult { plain: Vec::new(), queues: Vec::new(), remote: false };
        let root = self.root.read().unwrap_or_else(|e| e.into_inner());
        // Up to 16 tokens without a heap allocation.
        let tokens: SmallVec<[&[u8]; 16]> = subject.split(|&b| b == b'.').collect();
        // A subject with an empty token (`a..b`, `.a`, `a.`, or empty) matches nothing,
        // not even `>`: nats-server's sublist returns an empty result for it.
        if tokens.iter().any(|t| t.is_empty()) {
            return result;
        }
        collect(&root, &tokens, &mut result);
        result.remote = result.plain.iter().chain(result.queues.iter().flat_map(|(_, m)| m.iter())).any(|s| s.is_remote());
        let fanout = result.receivers() as u64;
        if fanout > 0 {
            self.stats.total_fanout.fetch_add(fanout, Ordering::Relaxed);
            self.stats.max_fanout.fetch_max(fanout, Ordering::Relaxed);
        }
        result
    }

    /// Every subscription held, in no particular order (for monitoring).
    pub fn all(&self) -> Vec<Arc<T>> {
        let root = self.root.read().unwrap_or_else(|e| e.into_inner());
        let mut out = Vec::new();
        gather_all(&root, &mut out);
        out
    }
}

fn add_node<T>(node: &Node<T>, result: &mut MatchResult<T>) {
    result.plain.extend(node.plain.iter().cloned());
    for (name, members) in node.queues.iter().flat_map(|q| q.iter()) {
        match result.queues.iter_mut().find(|(n, _)| n == name) {
            Some((_, existing)) => existing.extend(members.iter().cloned()),
            None => result.queues.push((name.clone(), members.clone())),
        }
    }
}

fn collect<T>(level: &Level<T>, tokens: &[&[u8]], result: &mut MatchResult<T>) {
    let Some((token, rest)) = tokens.split_first() else {
        return;
    };
    if let Some(full) = &level.full {
        add_node(full, result);
    }
    for node in [level.single.as_deref(), level.literal.get(*token)].into_iter().flatten() {
        if rest.is_empty() {
            add_node(node, result);
        } else if let Some(next) = &node.next {
            collect(next, rest, result);
        }
    }
}

fn remove_from<T>(level: &mut Level<T>, tokens: &[&[u8]], sub: &Arc<T>) -> bool {
    let Some((token, rest)) = tokens.split_first() else {
        return false;
    };
    let node: &mut Node<T> = match *token {
        b"*" => match level.single.as_deref_mut() {
            Some(n) => n,
            None => return false,
        },
        b">" => match level.full.as_deref_mut() {
            Some(n) => n,
            None => return false,
        },
        _ => match level.literal.get_mut(*token) {
            Some(n) => n,
            None => return false,
        },
    };
    let removed = if rest.is_empty() {
        remove_sub(node, sub)
    } else {
        match node.next.as_deref_mut() {
            Some(next) => {
                let removed = remove_from(next, rest, sub);
                if next.is_empty() {
                    node.next = None;
                }
                removed
            }
            None => false,
        }
    };
    if removed && node.is_empty() {
        match *token {
            b"*" => level.single = None,
            b">" => level.full = None,
            _ => {
                level.literal.remove(*token);
            }
        }
    }
    removed
}

fn remove_sub<T>(node: &mut Node<T>, sub: &Arc<T>) -> bool {
    if let Some(i) = node.plain.iter().position(|s| Arc::ptr_eq(s, sub)) {
        node.plain.swap_remove(i);
        if node.plain.is_empty() {
            node.plain = SmallVec::new();
        }
        return true;
    }
    let Some(groups) = node.queues.as_mut() else { return false };
    for gi in 0..groups.len() {
        let members = &mut groups[gi].1;
        if let Some(i) = members.iter().position(|s| Arc::ptr_eq(s, sub)) {
            members.swap_remove(i);
            if members.is_empty() {
                groups.swap_remove(gi);
                if groups.is_empty() {
                    node.queues = None;
                }
            }
            return true;
        }
    }
    false
}

fn gather_all<T>(level: &Level<T>, out: &mut Vec<Arc<T>>) {
    let nodes = level.literal.values().chain(level.single.as_deref()).chain(level.full.as_deref());
    for node in nodes {
        out.extend(node.plain.iter().cloned());
        for (_, members) in node.queues.iter().flat_map(|q| q.iter()) {
            out.extend(members.iter().cloned());
        }
        if let Some(next) = &node.next {
            gather_all(next, out);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use natsx_common::subject;
    use proptest::prelude::*;

    struct Sub {
        subject: Vec<u8>,
        queue: Option<Vec<u8>>,
    }
    impl Interest for Sub {
        fn subject(&self) -> &[u8] {
            &self.subject
        }
        fn queue(&self) -> Option<&[u8]> {
            self.queue.as_deref()
        }
    }
    fn sub(s: &str, q: Option<&str>) -> Arc<Sub> {
        Arc::new(Sub { subject: s.into(), queue: q.map(|q| q.into()) })
    }

    #[test]
    fn literal_and_wildcards() {
        let list = Sublist::new();
        let a = sub("foo.bar", None);
        let b = sub("foo.*", None);
        let c = sub("foo.>", None);
        let d = sub(">", None);
        for s in [&a, &b, &c, &d] {
            list.insert(s.clone());
        }
        assert_eq!(list.matches(b"foo.bar").plain.len(), 4);
        assert_eq!(list.matches(b"foo.bar.baz").plain.len(), 2);
        assert_eq!(list.matches(b"foo").plain.len(), 1);
        for empty_token in ["foo..bar", ".foo", "foo.", "", ".", "foo.bar."] {
            assert!(list.matches(empty_token.as_bytes()).plain.is_empty(), "{empty_token:?} matches nothing, not even >");
        }
        assert!(list.remove(&b));
        assert!(!list.remove(&b));
        assert_eq!(list.matches(b"foo.bar").plain.len(), 3);
        assert_eq!(list.count(), 3);
    }

    #[test]
    fn queue_groups_merge_across_nodes() {
        let list = Sublist::new();
        list.insert(sub("foo.bar", Some("q")));
        list.insert(sub("foo.*", Some("q")));
        list.insert(sub("foo.*", Some("r")));
        let r = list.matches(b"foo.bar");
        assert_eq!(r.queues.len(), 2);
        let q = r.queues.iter().find(|(n, _)| &n[..] == b"q").unwrap();
        assert_eq!(q.1.len(), 2);
    }

    #[test]
    fn removal_prunes_the_trie() {
        let list = Sublist::new();
        let s = sub("a.b.c.d", None);
        list.insert(s.clone());
        assert!(list.remove(&s));
        assert!(list.root.read().unwrap().is_empty());
        let gen = list.generation();
        list.insert(sub("x", None));
        assert_ne!(gen, list.generation());
    }

    fn token() -> impl Strategy<Value = String> {
        prop_oneof![Just("a".to_string()), Just("b".to_string()), Just("c".to_string())]
    }
    fn pattern() -> impl Strategy<Value = String> {
        proptest::collection::vec(prop_oneof![3 => token(), 1 => Just("*".to_string())], 1..4).prop_flat_map(|toks| {
            let base = toks.join(".");
            prop_oneof![Just(base.clone()), Just(format!("{base}.>")), Just(">".to_string())]
        })
    }
    fn literal() -> impl Strategy<Value = String> {
        proptest::collection::vec(token(), 1..5).prop_map(|t| t.join("."))
    }

    proptest! {
        /// The trie agrees with a brute-force matcher over every subscription, also after removals.
        #[test]
        fn agrees_with_brute_force(
            patterns in proptest::collection::vec((pattern(), proptest::option::of(prop_oneof![Just("q1"), Just("q2")])), 0..30),
            removals in proptest::collection::vec(any::<prop::sample::Index>(), 0..10),
            subjects in proptest::collection::vec(literal(), 1..20),
        ) {
            let list = Sublist::new();
            let mut live: Vec<Arc<Sub>> = patterns.iter().map(|(p, q)| sub(p, *q)).collect();
            for s in &live { list.insert(s.clone()); }
            for idx in removals {
                if live.is_empty() { break; }
                let s = live.remove(idx.index(live.len()));
                prop_assert!(list.remove(&s));
            }
            prop_assert_eq!(list.count() as usize, live.len());
            for subject in subjects {
                let got = list.matches(subject.as_bytes());
                let mut got_ptrs: Vec<usize> = got.plain.iter().map(|s| Arc::as_ptr(s) as usize)
                    .chain(got.queues.iter().flat_map(|(_, m)| m.iter().map(|s| Arc::as_ptr(s) as usize)))
                    .collect();
                let mut want: Vec<usize> = live.iter()
                    .filter(|s| subject::matches(&s.subject, subject.as_bytes()))
                    .map(|s| Arc::as_ptr(s) as usize).collect();
                got_ptrs.sort(); want.sort();
                prop_assert_eq!(got_ptrs, want);
                for (name, members) in &got.queues {
                    prop_assert!(members.iter().all(|m| m.queue.as_deref() == Some(&name[..])));
                }
            }
        }
    }
}
