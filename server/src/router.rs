//! Routing: where a message published in an account goes.
//!
//! Everything that delivers a message comes through here: a client's publishes (its
//! reader keeps a [`Delivery`] for the whole read batch and a match cache of its own),
//! and the server's own messages (JetStream acks, API replies, consumer deliveries,
//! advisories, system replies) through [`Router::publish`]. A message is matched in its
//! account's sublist; every plain subscriber and one member of each queue group gets
//! it ([`route`]): a client's receiver through its outbound buffer, or an internal
//! subscriber's handler at once. Receivers are woken once at the end of a batch.
//! Routes, gateways and leaf connections will be receivers here too.
//!
//! What calls what: `client::Connection::on_pub` → [`route`] → `deliver_one` →
//! [`Delivery`] (stage or append to a `Receiver`) → `Delivery::finish` at the end of
//! the read batch. `Router::publish` → [`route`] per message → the wake chosen by
//! [`Wake`].

use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;

// The staging index is private to one batch, so a fast non-keyed hash is safe.
use rustc_hash::FxHashMap;

use crate::account::Account;
use crate::link::Link;
use crate::outbound::Appended;
use crate::receiver::Receiver;
use crate::sublist::MatchResult;
use crate::subscription::{InternalMsg, Owner, Quota, Subscription};

/// The server's message and connection counters (`/varz`).
#[derive(Default)]
pub struct ServerStats {
    pub in_msgs: AtomicU64,
    pub in_bytes: AtomicU64,
    pub out_msgs: AtomicU64,
    pub out_bytes: AtomicU64,
    pub slow_consumers: AtomicU64,
    pub total_connections: AtomicU64,
    /// Connections closed for not answering PINGs.
    pub stale_connections: AtomicU64,
    /// Times a publisher was paused for receivers it backed up.
    pub stalled_clients: AtomicU64,
}

/// How a batch's receivers are woken at its end.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Wake {
    /// A small batch is written out by the caller itself (`Outbound::flush_inline`),
    /// a large one by the receivers' writer tasks: client publishes, consumer deliveries.
    Inline,
    /// Only the writer tasks, which coalesce a run of such messages into one write:
    /// replies the server sends from inside a client's read loop (publish acks, API
    /// replies), where an inline flush would cost a system call each.
    Deferred,
}

/// A message the server itself sends.
#[derive(Clone, Copy)]
pub struct Outgoing<'a> {
    /// The subject it is matched on.
    pub to: &'a [u8],
    /// The subject it is shown under: `to`, except for JetStream deliveries, matched on
    /// a deliver subject or pull inbox and shown under the stored subject.
    pub subject: &'a [u8],
    pub reply: Option<&'a [u8]>,
    /// The header block (`NATS/1.0...\r\n\r\n`), empty when none.
    pub headers: &'a [u8],
    pub payload: &'a [u8],
    /// How many imports it crossed to get here (0: published in this account); see
    /// `Owner::Import` for how far it may go on.
    pub hops: u8,
    /// The client whose message this carries across an import (services are told who
    /// asked); `None` for the server's own messages.
    pub sender: Option<&'a Arc<Receiver>>,
    /// Where it came from, when not from this server (see `Message::from`).
    pub from: Option<Arrival<'a>>,
}

impl<'a> Outgoing<'a> {
    /// A message without reply or headers on `subject`.
    pub fn new(subject: &'a [u8], payload: &'a [u8]) -> Self {
        Outgoing { to: subject, subject, reply: None, headers: b"", payload, hops: 0, sender: None, from: None }
    }

    pub fn with_reply(self, reply: &'a [u8]) -> Self {
        Outgoing { reply: Some(reply), ..self }
    }

    pub fn with_headers(self, headers: &'a [u8]) -> Self {
        Outgoing { headers, ..self }
    }
}

/// What a `Router::publish` did.
pub struct Published {
    /// Deliveries made: subscriptions that received one of the messages.
    pub delivered: usize,
    /// Receivers whose buffers are backed up, for a producer that wants to wait on them
    /// before its next batch (so a reader that is merely behind is not pushed past its
    /// max_pending).
    pub backed_up: Vec<Arc<Receiver>>,
}

/// Where messages go to other clusters (the gateways, `cluster::gateway`).
pub trait GatewayForward: Send + Sync {
    /// Sends `msg` (published in `account` on this server, or arrived from a leaf node)
    /// to each other cluster interested in it: one message per cluster, naming the queue
    /// groups chosen there — never one in `served` (a member in this cluster took it),
    /// and, for a leaf node's message, only those in `only`. Returns how many clusters
    /// got it.
    fn forward(&self, account: &Account, msg: &Message<'_>, served: &[&[u8]], only: Option<&[u8]>, delivery: &mut Delivery) -> usize;
}

/// The server's side of routing: its counters, and fresh seeds for queue choices.
pub struct Router {
    pub stats: Arc<ServerStats>,
    /// The gateways, once started: every batch of deliveries carries them.
    pub gateway: std::sync::OnceLock<Arc<dyn GatewayForward>>,
    /// The local interest other servers are told about (see `crate::propagation`).
    pub propagation: Arc<crate::propagation::Propagation>,
    seeds: AtomicU64,
}

impl Router {
    pub fn new(stats: Arc<ServerStats>) -> Router {
        Router { stats, gateway: std::sync::OnceLock::new(), propagation: Arc::default(), seeds: AtomicU64::new(rand::random::<u64>() | 1) }
    }

    /// A stream import: what is published in `exporter` on `subject` is delivered in
    /// `importer` too, on the subject `map` gives for the subject it was routed on
    /// (`None` drops it), with its reply subject, headers and payload. A JetStream
    /// delivery keeps its stored subject when it was routed on another (its deliver
    /// subject), as nats-server shows it. One hop: what arrives through an import goes
    /// no further through imports (`Owner::Import`).
    pub fn import_stream(
        self: &Arc<Self>,
        exporter: &Account,
        importer: Arc<Account>,
        subject: &str,
        map: impl Fn(&[u8]) -> Option<Vec<u8>> + Send + Sync + 'static,
    ) -> Arc<Subscription> {
        let router = self.clone();
        let map = Arc::new(map);
        let (deliver_map, deliver_into) = (map.clone(), importer.clone());
        let deliver: crate::subscription::ImportHandler = Arc::new(move |m: &InternalMsg<'_>| {
            let Some(to) = deliver_map(m.to) else { return 0 };
            let shown = if m.subject == m.to { &to[..] } else { m.subject };
            let msg = Outgoing {
                to: &to,
                subject: shown,
                reply: m.reply,
                headers: m.headers,
                payload: m.payload,
                hops: STREAM_IMPORTED,
                sender: m.sender,
                from: Some(Arrival::imported()),
            };
            router.publish(&deliver_into, [msg], Wake::Deferred).delivered
        });
        let interest = Arc::new(move |subject: &[u8]| map(subject).is_some_and(|to| importer.has_local_interest(&to)));
        let bridge = crate::subscription::ImportBridge { deliver, interest, chains: false, propagates: true };
        let sub = Arc::new(Subscription::new(subject.as_bytes(), None, b"import", Owner::Import(bridge)));
        exporter.subscribe(sub.clone());
        sub
    }

    /// A new batch of deliveries. Each gets its own seed for choosing queue members: a
    /// constant one made every batch of one message pick the same member of a queue
    /// group (a push consumer's `deliver_group` delivered everything to one subscriber).
    pub fn delivery(&self) -> Delivery {
        let mut delivery = Delivery::new(self.seeds.fetch_add(0x9E37_79B9_7F4A_7C15, Ordering::Relaxed));
        delivery.gateway = self.gateway.get().cloned();
        delivery
    }

    /// Sends messages from the server itself into `account`, as one batch: each
    /// receiver is woken once at the end, as `wake` says. Consecutive messages to the
    /// same `to` subject are matched once.
    pub fn publish<'a>(&self, account: &Account, msgs: impl IntoIterator<Item = Outgoing<'a>>, wake: Wake) -> Published {
        let mut delivery = self.delivery();
        let mut joined = Vec::new();
        let mut matched: Option<(&[u8], MatchResult<Subscription>)> = None;
        let mut delivered = 0;
        for m in msgs {
            // Without headers the payload is the message: no copy (object chunks).
            let message: &[u8] = if m.headers.is_empty() {
                m.payload
            } else {
                joined.clear();
                joined.extend_from_slice(m.headers);
                joined.extend_from_slice(m.payload);
                &joined
            };
            if matched.as_ref().is_none_or(|(to, _)| *to != m.to) {
                matched = Some((m.to, account.sublist.matches(m.to)));
            }
            let Some((_, result)) = &matched else { continue };
            let msg =
                Message { to: m.to, subject: m.subject, reply: m.reply, message, header_len: m.headers.len(), hops: m.hops, from: m.from };
            delivered += route(account, result, &msg, m.sender, &mut delivery);
        }
        delivery.finish(wake, &self.stats);
        Published { delivered, backed_up: delivery.take_backed_up() }
    }
}

/// One batch of deliveries (a client's read batch, or one `Router::publish`): the
/// receivers to wake at its end, and the counts to add to the server's totals.
#[derive(Default)]
pub struct Delivery {
    /// Frames for each receiver, gathered over the batch and handed over with one
    /// lock per receiver instead of one per message (several publishers feeding the
    /// same subscribers otherwise fight over their buffers).
    staged: Vec<Staged>,
    staged_index: FxHashMap<u64, usize>,
    spare_buffers: Vec<Vec<u8>>,
    to_wake: Vec<Arc<Receiver>>,
    /// Receivers whose buffers passed the stall threshold during this batch.
    backed_up: Vec<Arc<Receiver>>,
    msgs: u64,
    bytes: u64,
    rng: u64,
    /// The gateways, when configured (see `GatewayForward`).
    gateway: Option<Arc<dyn GatewayForward>>,
}

/// One receiver's frames from the current batch.
struct Staged {
    client: Arc<Receiver>,
    frames: Vec<u8>,
    msgs: u64,
    bytes: u64,
}

/// Messages this large are appended to the receiver directly rather than staged.
const DIRECT_DELIVERY_SIZE: usize = 4 * 1024;

/// A receiver's staged frames are handed over early once they reach this size.
const STAGE_LIMIT: usize = 64 * 1024;

impl Delivery {
    pub fn new(seed: u64) -> Self {
        Delivery { rng: seed | 1, ..Default::default() }
    }

    /// Delivers one message to a client. Large ones (where a second copy would cost
    /// more than waiting for a lock) go straight in, after whatever is staged for that
    /// client so order holds. False when dropped. Inlined into `deliver_one`, the hot
    /// path (it has a second, rare caller).
    #[inline(always)]
    fn deliver(&mut self, client: &Arc<Receiver>, sid: &[u8], msg: &Message<'_>) -> bool {
        let small = msg.message.len() < DIRECT_DELIVERY_SIZE;
        let appended = if small {
            // Small: straight into the receiver's buffer when nobody else holds it, else
            // staged (and once staged for this batch, always staged, to keep order).
            let staged = !self.staged.is_empty() && self.staged_index.contains_key(&client.cid);
            let attempt = match staged {
                true => None,
                false => client.try_deliver(sid, msg.subject, msg.reply, msg.message, msg.header_len, false),
            };
            match attempt {
                Some(appended) => appended,
                None => {
                    self.stage(client, sid, msg);
                    return true;
                }
            }
        } else {
            if let Some(&i) = self.staged_index.get(&client.cid) {
                self.hand_over(i);
            }
            client.deliver(sid, msg.subject, msg.reply, msg.message, msg.header_len)
        };
        match appended {
            Appended::Dropped => return false,
            Appended::NeedsWake => self.to_wake.push(client.clone()),
            Appended::Queued => {}
        }
        if client.out.is_backed_up() && !client.out.is_stuck() && !self.backed_up.iter().any(|c| Arc::ptr_eq(c, client)) {
            self.backed_up.push(client.clone());
        }
        true
    }

    /// Adds one frame for `client` to the batch.
    fn stage(&mut self, client: &Arc<Receiver>, sid: &[u8], msg: &Message<'_>) {
        let index = match self.staged_index.get(&client.cid) {
            Some(&i) => i,
            None => {
                let frames = self.spare_buffers.pop().unwrap_or_default();
                self.staged.push(Staged { client: client.clone(), frames, msgs: 0, bytes: 0 });
                self.staged_index.insert(client.cid, self.staged.len() - 1);
                self.staged.len() - 1
            }
        };
        let entry = &mut self.staged[index];
        entry.bytes += client.write_frame(&mut entry.frames, sid, msg.subject, msg.reply, msg.message, msg.header_len);
        entry.msgs += 1;
        if entry.frames.len() >= STAGE_LIMIT {
            self.hand_over(index);
        }
    }

    /// Moves one receiver's staged frames into its outbound buffer.
    fn hand_over(&mut self, index: usize) {
        let entry = &mut self.staged[index];
        let (msgs, bytes) = (std::mem::take(&mut entry.msgs), std::mem::take(&mut entry.bytes));
        if entry.frames.is_empty() {
            return;
        }
        let client = entry.client.clone();
        match client.out.append_staged(&mut entry.frames) {
            Appended::Dropped => return,
            Appended::NeedsWake => self.to_wake.push(client.clone()),
            Appended::Queued => {}
        }
        client.count_out(msgs, bytes);
        if client.out.is_backed_up() && !client.out.is_stuck() && !self.backed_up.iter().any(|c| Arc::ptr_eq(c, &client)) {
            self.backed_up.push(client);
        }
    }

    /// Hands every receiver its staged frames.
    fn hand_over_all(&mut self) {
        for i in 0..self.staged.len() {
            self.hand_over(i);
        }
        // Keep a few buffers for the next batch: freeing and reallocating large
        // buffers costs page faults on every batch.
        for entry in self.staged.drain(..) {
            if self.spare_buffers.len() < 8 && entry.frames.capacity() <= 4 << 20 {
                self.spare_buffers.push(entry.frames);
            }
        }
        self.staged_index.clear();
    }

    pub(crate) fn next_random(&mut self) -> u64 {
        // xorshift64: queue member choice needs spread, not cryptographic quality.
        let mut x = self.rng;
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        self.rng = x;
        x
    }

    /// Wakes every receiver queued during the batch, once. A small batch is written
    /// out by the producer itself (see `Outbound::flush_inline`); a large one is left
    /// to the receivers' writer tasks, which run in parallel with this reader.
    fn wake_all(&mut self) {
        self.hand_over_all();
        let inline = self.to_wake.len() <= INLINE_FLUSH_MAX_RECEIVERS && self.bytes <= INLINE_FLUSH_MAX_BYTES;
        for client in self.to_wake.drain(..) {
            if !(inline && client.out.flush_inline()) {
                client.out.wake();
            }
        }
    }

    /// Wakes every receiver's writer without writing inline. For messages the server
    /// itself sends from inside a client's read loop (publish acks, API replies): the
    /// writer coalesces a run of them into one write, where an inline flush would cost a
    /// system call each.
    fn wake_all_deferred(&mut self) {
        self.hand_over_all();
        for client in self.to_wake.drain(..) {
            client.out.wake();
        }
    }

    /// Ends the batch: wakes its receivers as `wake` says and adds its counts to
    /// `stats`.
    pub fn finish(&mut self, wake: Wake, stats: &ServerStats) {
        match wake {
            Wake::Inline => self.wake_all(),
            Wake::Deferred => self.wake_all_deferred(),
        }
        if self.msgs > 0 {
            stats.out_msgs.fetch_add(std::mem::take(&mut self.msgs), Ordering::Relaxed);
            stats.out_bytes.fetch_add(std::mem::take(&mut self.bytes), Ordering::Relaxed);
        }
    }

    pub fn has_backed_up(&self) -> bool {
        !self.backed_up.is_empty()
    }

    /// The receivers that passed the stall threshold during this batch.
    pub fn take_backed_up(&mut self) -> Vec<Arc<Receiver>> {
        std::mem::take(&mut self.backed_up)
    }

    /// Delivers a message the server generates for one subscription (the no-responders
    /// status) outside the subscription's rules: it is not counted against the
    /// auto-unsubscribe limit, as nats-server does not count it. False when dropped.
    pub fn deliver_status(&mut self, client: &Arc<Receiver>, sid: &[u8], msg: &Message<'_>) -> bool {
        let delivered = self.deliver(client, sid, msg);
        if delivered {
            self.msgs += 1;
            self.bytes += msg.message.len() as u64;
        }
        delivered
    }

    /// Hands over the frames staged for one client (before writing to it directly).
    pub fn hand_over_client(&mut self, cid: u64) {
        if let Some(&i) = self.staged_index.get(&cid) {
            self.hand_over(i);
        }
    }

    /// Pauses the producer while receivers it filled catch up (bounded), the way
    /// nats-server stalls a fast producer instead of cutting off a reader that is
    /// only momentarily behind. A receiver that stays behind still hits
    /// `max_pending` or `write_deadline` and is disconnected.
    pub async fn stall_for_backed_up(&mut self) {
        if self.backed_up.is_empty() {
            return;
        }
        let deadline = tokio::time::Instant::now() + STALL_LIMIT;
        for client in std::mem::take(&mut self.backed_up) {
            client.out.wait_drained(deadline).await;
        }
    }
}

/// Batches up to this size are flushed by the producer itself (latency); larger ones
/// go to the receivers' writer tasks (throughput).
const INLINE_FLUSH_MAX_RECEIVERS: usize = 4;
const INLINE_FLUSH_MAX_BYTES: u64 = 8 * 1024;

/// The longest a producer waits for backed-up receivers per read batch, all of them
/// together (nats-server allows 10ms).
const STALL_LIMIT: std::time::Duration = std::time::Duration::from_millis(10);

/// A message being routed.
pub struct Message<'a> {
    /// The subject it is routed on (see `Outgoing::to`).
    pub to: &'a [u8],
    pub subject: &'a [u8],
    pub reply: Option<&'a [u8]>,
    pub message: &'a [u8],
    pub header_len: usize,
    /// How many imports it crossed (see `Outgoing::hops`).
    pub hops: u8,
    /// `None`: published on this server. `Some`: it came over a link (a route or a
    /// leaf node), which decides where else it may go (`link::Link::forwards_from`).
    pub from: Option<Arrival<'a>>,
}

/// A message that came over a link: which, and the queue groups (names separated by
/// spaces) the sending server chose this one for. It reaches plain subscribers and one
/// member of each of those groups only.
#[derive(Clone, Copy)]
pub struct Arrival<'a> {
    pub link: &'a Link,
    /// `None`: no restriction (a message a stream import delivered here).
    pub queues: Option<&'a [u8]>,
}

impl Arrival<'static> {
    /// What a stream import delivers: it goes to this server's own subscribers and leaf
    /// nodes only. Every server with the import is told of the exporter's messages (its
    /// import's interest crosses links as any other) and imports them itself, as
    /// nats-server's shadow subscriptions do; going on over a link would deliver twice.
    pub fn imported() -> Arrival<'static> {
        Arrival { link: crate::link::imported(), queues: None }
    }
}

/// The `hops` of what a stream import delivered: it goes no further through any import.
pub const STREAM_IMPORTED: u8 = u8::MAX;

/// How many service imports a request (and its responses) may cross in a row; nats-server
/// stops a chain where it meets an export a second time, natsx after this many.
pub const MAX_SERVICE_HOPS: u8 = 8;

/// Delivers `msg` to every plain subscriber and one member of each queue group in
/// `result`. `sender` is the publishing client (for `echo: false`). Returns how many
/// subscriptions received it.
#[inline]
pub fn route(
    account: &Account,
    result: &MatchResult<Subscription>,
    msg: &Message<'_>,
    sender: Option<&Arc<Receiver>>,
    delivery: &mut Delivery,
) -> usize {
    // Without other servers in play (no remote interest matched, no gateways) the links'
    // checks are compiled out: a lone server routes as it always did, inline.
    if result.remote || delivery.gateway.is_some() {
        route_links(account, result, msg, sender, delivery)
    } else {
        route_with::<false>(account, result, msg, sender, delivery)
    }
}

/// `route` with other servers in play (kept out of line: the local case is the hot one).
#[inline(never)]
fn route_links(
    account: &Account,
    result: &MatchResult<Subscription>,
    msg: &Message<'_>,
    sender: Option<&Arc<Receiver>>,
    delivery: &mut Delivery,
) -> usize {
    route_with::<true>(account, result, msg, sender, delivery)
}

/// `route`; `LINKS`: other servers may be in play.
#[inline(always)]
fn route_with<const LINKS: bool>(
    account: &Account,
    result: &MatchResult<Subscription>,
    msg: &Message<'_>,
    sender: Option<&Arc<Receiver>>,
    delivery: &mut Delivery,
) -> usize {
    let no_echo = sender.is_some_and(|s| !s.echo.load(Ordering::Relaxed));
    let is_sender = |sub: &Subscription| match (sender, sub.client()) {
        (Some(s), Some(c)) => Arc::ptr_eq(s, c),
        _ => false,
    };
    // Other servers this message goes to, each once, with the queue groups chosen there.
    let mut remotes = Remotes::new();
    let from = msg.from.map(|a| a.link);
    let onward = |link: &Link| link.forwards_from(from) && link.sends(msg.subject);
    let mut delivered = 0;
    for sub in &result.plain {
        if LINKS {
            if let Owner::Remote(link) = &sub.owner {
                if onward(link) {
                    remotes.add(link, None);
                }
                continue;
            }
        }
        if no_echo && is_sender(sub) {
            continue;
        }
        if deliver_one(account, sub, msg, sender, delivery) {
            delivered += 1;
        }
    }
    // Queue groups a member in this cluster took (other clusters' members get none).
    let mut served: smallvec::SmallVec<[&[u8]; 2]> = smallvec::SmallVec::new();
    for (name, members) in &result.queues {
        // A message from another server reaches only the groups it was sent here for.
        if msg.from.and_then(|a| a.queues).is_some_and(|chosen| !crate::protocol::route::names_queue(chosen, name)) {
            continue;
        }
        let n = members.len();
        let start = (delivery.next_random() % n as u64) as usize;
        // Try members from a random start until one takes it (skipping closed or
        // exhausted ones and, without echo, the sender itself). A local member is
        // preferred; another server's group gets it only when none here can (as
        // nats-server prefers local queue subscribers).
        // Among other servers', one of this cluster (over a route) before a leaf node's
        // or the hub's (nats-server keeps a group's messages in the cluster).
        let mut remote: Option<&Arc<Link>> = None;
        let mut taken = false;
        for i in 0..n {
            let sub = &members[(start + i) % n];
            if LINKS {
                if let Owner::Remote(link) = &sub.owner {
                    if onward(link) && remote.is_none_or(|r| !r.is_route() && link.is_route()) {
                        remote = Some(link);
                    }
                    continue;
                }
            }
            if no_echo && is_sender(sub) {
                continue;
            }
            if deliver_one(account, sub, msg, sender, delivery) {
                delivered += 1;
                taken = true;
                break;
            }
        }
        if let (false, Some(link)) = (taken, remote) {
            remotes.add(link, Some(name));
            taken = true;
        }
        if LINKS && taken {
            served.push(name);
        }
    }
    if !LINKS {
        return delivered;
    }
    if !remotes.is_empty() {
        delivered += remotes.len();
        remotes.send(account, msg, delivery);
    }
    // Other clusters get what was published here or came from a leaf node of this
    // server (a route's or another cluster's message went there already).
    if let Some(gateway) = delivery.gateway.take() {
        let leaf = crate::link::LinkKind::Leaf { hub: true };
        match msg.from {
            None => delivered += gateway.forward(account, msg, &served, None, delivery),
            Some(a) if a.link.kind() == leaf => delivered += gateway.forward(account, msg, &served, a.queues, delivery),
            Some(_) => {}
        }
        delivery.gateway = Some(gateway);
    }
    delivered
}

/// The routes one message goes to, each with the queue groups chosen on its server.
type RemoteList<'a> = smallvec::SmallVec<[(&'a Arc<Link>, smallvec::SmallVec<[&'a [u8]; 2]>); 2]>;

struct Remotes<'a>(RemoteList<'a>);

impl Delivery {
    /// Queues a frame `write` produces for another server's connection `out` (a
    /// gateway's), counting it, waking the writer at the batch's end, and pausing the
    /// producer if the connection falls behind.
    pub fn send_to(&mut self, out: &Arc<Receiver>, len: usize, payload: usize, write: impl FnOnce(&mut Vec<u8>)) -> bool {
        if out.out.is_closing() {
            return false;
        }
        match out.out.append_with(len, write) {
            Appended::Dropped => return false,
            Appended::NeedsWake => self.to_wake.push(out.clone()),
            Appended::Queued => {}
        }
        out.count_out(1, payload as u64);
        self.msgs += 1;
        self.bytes += payload as u64;
        if out.out.is_backed_up() && !out.out.is_stuck() && !self.backed_up.iter().any(|c| Arc::ptr_eq(c, out)) {
            self.backed_up.push(out.clone());
        }
        true
    }
}

impl<'a> Remotes<'a> {
    fn new() -> Self {
        Remotes(smallvec::SmallVec::new())
    }

    fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    fn len(&self) -> usize {
        self.0.len()
    }

    fn add(&mut self, link: &'a Arc<Link>, queue: Option<&'a [u8]>) {
        let entry = match self.0.iter().position(|(l, _)| Arc::ptr_eq(l, link)) {
            Some(i) => &mut self.0[i].1,
            None => {
                self.0.push((link, smallvec::SmallVec::new()));
                &mut self.0.last_mut().expect("just pushed").1
            }
        };
        if let Some(q) = queue {
            entry.push(q);
        }
    }

    /// Queues one `RMSG` (route) or `LMSG` (leaf node) per link.
    fn send(self, account: &Account, msg: &Message<'_>, delivery: &mut Delivery) {
        for (link, queues) in self.0 {
            let len = account.name.len() + msg.subject.len() + msg.message.len() + 64;
            let frame = link.frame(account.name.as_bytes());
            delivery.send_to(&link.receiver, len, msg.message.len(), |buf| {
                crate::protocol::route::write_msg(buf, frame, msg.subject, msg.reply, &queues, msg.message, msg.header_len)
            });
        }
    }
}

/// Delivers `msg` to one subscription (unless its connection is closing, its deny list
/// keeps the subject from it, or its auto-unsubscribe limit is used up). True when it
/// took the message. `sender` is the publishing client, if a client published it.
fn deliver_one(
    account: &Account,
    sub: &Arc<Subscription>,
    msg: &Message<'_>,
    sender: Option<&Arc<Receiver>>,
    delivery: &mut Delivery,
) -> bool {
    if let Some(client) = sub.client() {
        if client.out.is_closing() {
            return false;
        }
        if sub.check_deny() && client.denies(msg.subject, sub.queue()) {
            return false;
        }
    }
    if let Owner::Import(bridge) = &sub.owner {
        // Stream imports take only what was published here; service imports chain, a
        // bounded number of times. Counted where it is delivered, in the importing account.
        if msg.hops > 0 && (!bridge.chains || msg.hops >= MAX_SERVICE_HOPS) {
            return false;
        }
        let (headers, payload) = msg.message.split_at(msg.header_len.min(msg.message.len()));
        let internal = InternalMsg { to: msg.to, subject: msg.subject, reply: msg.reply, headers, payload, sender, hops: msg.hops };
        return (bridge.deliver)(&internal) > 0;
    }
    let quota = sub.take_delivery();
    if quota == Quota::Exhausted {
        // A racing UNSUB may have set the limit after it was passed; make sure the
        // subscription goes (removal tolerates being done twice).
        remove_exhausted(account, sub);
        return false;
    }
    let ok = match &sub.owner {
        Owner::Client(client) => delivery.deliver(client, sub.sid(), msg),
        Owner::Import(_) | Owner::Remote(_) => unreachable!("handled above and in `route`"),
        Owner::Internal(handler) => {
            let (headers, payload) = msg.message.split_at(msg.header_len.min(msg.message.len()));
            handler(&InternalMsg { to: msg.to, subject: msg.subject, reply: msg.reply, headers, payload, sender, hops: msg.hops });
            true
        }
    };
    if ok {
        delivery.msgs += 1;
        delivery.bytes += msg.message.len() as u64;
    }
    if quota == Quota::Last {
        remove_exhausted(account, sub);
    }
    ok
}

/// Removes a subscription that reached its auto-unsubscribe limit. Its connection's
/// reader drops it from the sid table (see `Receiver::note_unsubscribed`).
fn remove_exhausted(account: &Account, sub: &Arc<Subscription>) {
    if !sub.mark_removed() {
        return;
    }
    account.unsubscribe(sub);
    if let Some(client) = sub.client() {
        client.note_unsubscribed(sub.sid());
    }
}

#[cfg(test)]
mod tests {
    use std::sync::Mutex;

    use super::*;
    use crate::permissions::{Permissions, ResponsePermission, SubjectPermission};

    fn receiver(cid: u64, headers: bool) -> Arc<Receiver> {
        let r = Receiver::new(cid, "127.0.0.1:4222".parse().unwrap(), 1 << 20);
        r.headers.store(headers, Ordering::Relaxed);
        Arc::new(r)
    }

    fn subscribe(account: &Account, r: &Arc<Receiver>, subject: &str, queue: Option<&str>, sid: &str) -> Arc<Subscription> {
        let sub = Arc::new(Subscription::new(subject.as_bytes(), queue.map(str::as_bytes), sid.as_bytes(), Owner::Client(r.clone())));
        account.subscribe(sub.clone());
        sub
    }

    fn router() -> Router {
        Router::new(Arc::new(ServerStats::default()))
    }

    /// The frames queued for `r`, as text, one per message.
    fn frames(r: &Receiver) -> Vec<String> {
        let text = String::from_utf8(r.out.take_queued()).unwrap();
        let mut out = Vec::new();
        let mut rest = text.as_str();
        while let Some(eol) = rest.find("\r\n") {
            let (line, after) = (&rest[..eol], &rest[eol + 2..]);
            let size: usize = line.rsplit(' ').next().unwrap().parse().unwrap();
            out.push(format!("{line}|{}", &after[..size]));
            rest = &after[size + 2..];
        }
        out
    }

    #[test]
    fn every_plain_subscriber_and_one_member_per_queue_group() {
        let account = Account::new("A", false);
        let plain: Vec<_> = (1..=2).map(|i| receiver(i, false)).collect();
        let group: Vec<_> = (3..=5).map(|i| receiver(i, false)).collect();
        for r in &plain {
            subscribe(&account, r, "orders.*", None, "1");
        }
        for r in &group {
            subscribe(&account, r, "orders.>", Some("workers"), "1");
        }
        subscribe(&account, &plain[0], "other", None, "2");
        let router = router();
        let published = router.publish(&account, (0..30).map(|_| Outgoing::new(b"orders.new", b"x")), Wake::Deferred);
        assert_eq!(published.delivered, 90);
        for r in &plain {
            assert_eq!(frames(r).len(), 30, "a plain subscriber gets every message");
        }
        let to_group: usize = group.iter().map(|r| frames(r).len()).sum();
        assert_eq!(to_group, 30, "each message to exactly one member of the group");
        assert_eq!(router.stats.out_msgs.load(Ordering::Relaxed), 90);
        assert_eq!(router.stats.out_bytes.load(Ordering::Relaxed), 90);
    }

    #[test]
    fn a_delivery_is_matched_on_one_subject_and_shown_under_another() {
        let account = Account::new("A", false);
        let (with, without) = (receiver(1, true), receiver(2, false));
        subscribe(&account, &with, "_INBOX.a", None, "7");
        subscribe(&account, &without, "_INBOX.a", None, "8");
        let headers = b"NATS/1.0\r\nK: v\r\n\r\n";
        let msg = Outgoing {
            to: b"_INBOX.a",
            subject: b"orders.1",
            reply: Some(b"$JS.ACK.x"),
            headers,
            payload: b"hi",
            hops: 0,
            sender: None,
            from: None,
        };
        router().publish(&account, [msg], Wake::Inline);
        assert_eq!(
            frames(&with),
            vec![format!("HMSG orders.1 7 $JS.ACK.x {} {}|NATS/1.0\r\nK: v\r\n\r\nhi", headers.len(), headers.len() + 2)]
        );
        assert_eq!(frames(&without), vec!["MSG orders.1 8 $JS.ACK.x 2|hi".to_string()], "headers stripped without the headers option");
    }

    #[test]
    fn internal_subscribers_get_headers_and_payload_apart() {
        let account = Account::new("A", false);
        type Seen = (String, Option<String>, String, String);
        let seen: Arc<Mutex<Vec<Seen>>> = Arc::default();
        let log = seen.clone();
        let text = |b: &[u8]| String::from_utf8_lossy(b).into_owned();
        account.subscribe_internal(
            "$JS.API.>",
            Arc::new(move |m: &InternalMsg<'_>| {
                log.lock().unwrap().push((text(m.subject), m.reply.map(text), text(m.headers), text(m.payload)));
            }),
        );
        let msg = Outgoing::new(b"$JS.API.INFO", b"{}").with_reply(b"_INBOX.1").with_headers(b"NATS/1.0\r\n\r\n");
        let published = router().publish(&account, [msg, Outgoing::new(b"$JS.API.X", b"")], Wake::Deferred);
        assert_eq!(published.delivered, 2);
        let seen = seen.lock().unwrap();
        assert_eq!(seen[0], ("$JS.API.INFO".into(), Some("_INBOX.1".into()), "NATS/1.0\r\n\r\n".into(), "{}".into()));
        assert_eq!(seen[1], ("$JS.API.X".into(), None, String::new(), String::new()));
    }

    #[test]
    fn auto_unsubscribe_removes_the_subscription_and_tells_its_receiver() {
        let account = Account::new("A", false);
        let r = receiver(1, false);
        let sub = subscribe(&account, &r, "jobs", None, "1");
        sub.set_max(2);
        let published = router().publish(&account, (0..3).map(|_| Outgoing::new(b"jobs", b"j")), Wake::Deferred);
        assert_eq!((published.delivered, frames(&r).len()), (2, 2));
        assert_eq!(account.sublist.count(), 0, "gone from the sublist after its last message");
        assert!(sub.is_exhausted() && sub.is_removed());
        assert_eq!(r.take_unsubscribed(), vec![Box::from(&b"1"[..])], "the reader is told to drop it from its sid table");
        assert!(r.take_unsubscribed().is_empty(), "once");
    }

    #[test]
    fn no_echo_keeps_a_publisher_from_its_own_subscriptions() {
        let account = Account::new("A", false);
        let (me, other) = (receiver(1, false), receiver(2, false));
        subscribe(&account, &me, "chat", None, "1");
        subscribe(&account, &other, "chat", None, "1");
        let router = router();
        let msg = Message { to: b"chat", subject: b"chat", reply: None, message: b"hello", header_len: 0, hops: 0, from: None };
        let result = account.sublist.matches(b"chat");
        for echo in [true, false] {
            me.echo.store(echo, Ordering::Relaxed);
            let mut delivery = router.delivery();
            let n = route(&account, &result, &msg, Some(&me), &mut delivery);
            delivery.finish(Wake::Inline, &router.stats);
            assert_eq!((n, frames(&me).len(), frames(&other).len()), (if echo { 2 } else { 1 }, usize::from(echo), 1), "echo {echo}");
        }
    }

    #[test]
    fn a_deny_list_is_checked_at_delivery_for_wildcards_that_overlap_it() {
        let account = Account::new("A", false);
        let r = receiver(1, false);
        let deny = SubjectPermission::new(None, &["secret.>"]);
        let permissions = Permissions { subscribe: Some(deny.clone()), ..Default::default() };
        r.set_permissions(Some(&permissions));
        let mut sub = Subscription::new(b">", None, b"1", Owner::Client(r.clone()));
        sub.set_check_deny(deny.deny_overlaps(b">", None));
        account.subscribe(Arc::new(sub));
        let router = router();
        router.publish(&account, [Outgoing::new(b"secret.plan", b"no"), Outgoing::new(b"public.news", b"yes")], Wake::Deferred);
        assert_eq!(frames(&r), vec!["MSG public.news 1 3|yes".to_string()]);
    }

    #[test]
    fn a_delivered_request_opens_its_reply_subject_for_allow_responses() {
        let r = receiver(1, false);
        let permissions = Permissions { allow_responses: Some(ResponsePermission::DEFAULT), ..Default::default() };
        r.set_permissions(Some(&permissions));
        let account = Account::new("A", false);
        subscribe(&account, &r, "svc", None, "1");
        assert!(!r.take_response(b"_INBOX.r1"), "not before the request is delivered");
        router().publish(&account, [Outgoing::new(b"svc", b"q").with_reply(b"_INBOX.r1")], Wake::Deferred);
        assert!(r.take_response(b"_INBOX.r1"), "one response allowed");
        assert!(!r.take_response(b"_INBOX.r1"), "and only one (max 1)");
    }
}
