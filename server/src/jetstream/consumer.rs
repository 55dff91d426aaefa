//! A consumer: a position in a stream, what it delivered, and what was acknowledged.
//!
//! Each consumer runs one task that does all its deliveries, so messages leave in order
//! and nothing is delivered twice by accident. The task wakes when the stream has new
//! durable messages, when a pull request or an ack arrives, or when a timer is due (ack
//! wait, pull expiry, heartbeat, inactivity). Acks arrive on the consumer's own
//! `$JS.ACK.<stream>.<consumer>.>` subscription and are applied on the acking client's
//! read loop; flow-control replies arrive on `$JS.FC.<stream>.<consumer>.>`.
//!
//! Durable consumers of file streams keep their state in `obs/<name>/`: `meta.json` (config)
//! and `state.log`, an append-only log of deliveries and acks (checksummed records, a
//! snapshot at its head after compaction). An ack sent with a reply subject ("AckSync") is
//! answered only once its record is fsynced, so a confirmed ack survives a crash.

use std::collections::{BTreeMap, HashMap, VecDeque};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex, MutexGuard, RwLock, Weak};
use std::time::{Duration, Instant};

use serde::{Deserialize, Serialize};
use serde_json::Value;
use tokio::sync::Notify;

use super::config::{AckPolicy, ConsumerConfig, DeliverPolicy, PriorityPolicy, ReplayPolicy, Retention};
use super::headers;
use super::store::index::Filter;
use super::store::io::{self, IoFile};
use super::stream::Stream;
use super::{go_json, now_nanos};
use crate::account::Account;
use crate::monitor::time::{parse_rfc3339, rfc3339_nanos};
use crate::server::Server;
use crate::subscription::{InternalMsg, Subscription};
use crate::{error, subject};

const META_FILE: &str = "meta.json";
const STATE_FILE: &str = "state.log";
/// A flow-control request goes out after this many bytes delivered since the last one.
const FLOW_CONTROL_EVERY: u64 = 256 * 1024;
/// Delivery stalls when this many bytes are unanswered by flow control.
const FLOW_CONTROL_MAX_PENDING: u64 = 32 * 1024 * 1024;
/// How much one delivery round sends before yielding.
const ROUND_LIMIT: usize = 256;
/// ... and at most about this many bytes: large messages (object chunks) in rounds of
/// tens of MiB made receivers' buffers balloon and shrink on every round.
const ROUND_BYTES: usize = 2 * 1024 * 1024;
/// How often a push consumer with nobody listening looks again.
const INTEREST_POLL: Duration = Duration::from_millis(50);
/// The state log is rewritten as a snapshot past this size.
const STATE_LOG_LIMIT: u64 = 4 * 1024 * 1024;

#[derive(Clone, Copy, Debug, Default, Serialize, Deserialize, PartialEq, Eq)]
pub struct SeqPair {
    pub consumer_seq: u64,
    pub stream_seq: u64,
}

#[derive(Clone, Copy, Debug)]
struct Pending {
    consumer_seq: u64,
    /// When it was last delivered (Unix ns).
    delivered_at: i64,
    deliveries: u64,
    /// When it is redelivered if not acked (Unix ns).
    deadline: i64,
}

struct PullRequest {
    reply: bytes::Bytes,
    batch: i64,
    max_bytes: i64,
    expires: Option<Instant>,
    no_wait: bool,
    heartbeat: Option<Duration>,
    next_heartbeat: Option<Instant>,
    delivered: u64,
    /// Priority groups (ADR-42): overflow thresholds and the pin this client holds.
    min_pending: i64,
    min_ack_pending: i64,
    pin_id: String,
}

/// A message ready to be sent: to a push subject or a pull request's inbox, carrying
/// its original subject.
struct Outgoing {
    to: bytes::Bytes,
    subject: Arc<str>,
    reply: String,
    headers: bytes::Bytes,
    payload: bytes::Bytes,
}

#[derive(Serialize, Deserialize)]
struct Meta {
    config: ConsumerConfig,
    created: i64,
}

/// The consumer's state as a snapshot record in the state log.
#[derive(Serialize, Deserialize, Default)]
struct Snapshot {
    next_seq: u64,
    delivered: SeqPair,
    ack_floor: SeqPair,
    /// (stream seq, consumer seq, deliveries, delivered at)
    pending: Vec<(u64, u64, u64, i64)>,
}

pub struct Consumer {
    pub name: String,
    pub stream: Weak<Stream>,
    stream_name: String,
    server: Weak<Server>,
    account: Arc<Account>,
    pub created: i64,
    durable: bool,
    inner: Mutex<Inner>,
    filter: RwLock<Filter>,
    /// The priority groups, readable while the consumer lock is held (advisories).
    groups: RwLock<Vec<String>>,
    wake: Notify,
    stopped: AtomicBool,
    /// Acks are buffered; the first one after a write asks the task to write them.
    flush_scheduled: AtomicBool,
    subs: Mutex<Vec<Arc<Subscription>>>,
    log: Option<Mutex<StateLog>>,
    dir: Option<PathBuf>,
}

struct Inner {
    config: ConsumerConfig,
    /// The next stream sequence to look at for first deliveries.
    next_seq: u64,
    delivered: SeqPair,
    last_delivered_at: i64,
    ack_floor: SeqPair,
    last_ack_at: i64,
    pending: BTreeMap<u64, Pending>,
    /// Sequences due again, in order.
    redeliver: VecDeque<u64>,
    /// `last_per_subject` start: the sequences still to deliver before `next_seq`.
    initial: VecDeque<u64>,
    waiting: VecDeque<PullRequest>,
    /// When there was last interest (a subscriber or a pull request), for `inactive_threshold`.
    last_interest: Instant,
    last_heartbeat: Instant,
    flow_control_bytes: u64,
    flow_control_pending: Option<String>,
    paused_until: i64,
    /// For replay `original`: the previous message's time and when it was sent.
    replay_mark: Option<(i64, Instant)>,
    /// For `rate_limit_bps`: when the bytes sent so far may all have gone out.
    rate_free_at: Instant,
    /// `pinned_client` policy: the current pin (id, since when, Unix ns) and the pinned
    /// client's last pull.
    pin: Option<(String, i64)>,
    pin_activity: Instant,
}

impl Consumer {
    /// Creates (and for durables of file streams, persists) a consumer.
    pub fn create(stream: &Arc<Stream>, name: String, config: ConsumerConfig, durable: bool) -> Result<Arc<Consumer>, String> {
        let created = now_nanos();
        let persist = durable && !stream.is_memory() && !config.mem_storage;
        let dir = if persist { stream.dir.as_ref().map(|d| d.join("obs").join(&name)) } else { None };
        if let Some(dir) = &dir {
            let _ = std::fs::remove_dir_all(dir);
            io::create_dir_durable(dir).map_err(|e| e.to_string())?;
            io::write_atomic(&dir.join(META_FILE), &go_json(&Meta { config: config.clone(), created })).map_err(|e| e.to_string())?;
        }
        let filter = Filter::new(config.filters());
        let opt_time = config.opt_start_time.as_deref().and_then(parse_rfc3339);
        let (start, initial) = stream.start_seq(config.deliver_policy, config.opt_start_seq, opt_time, &filter);
        let mut snapshot = Snapshot { next_seq: start, ..Default::default() };
        snapshot.delivered.stream_seq = start.saturating_sub(1);
        snapshot.ack_floor.stream_seq = start.saturating_sub(1);
        let log = match &dir {
            Some(dir) => Some(StateLog::create(&dir.join(STATE_FILE), &snapshot).map_err(|e| e.to_string())?),
            None => None,
        };
        let consumer = Consumer::assemble(stream, name, config, created, durable, snapshot, log, dir);
        if let Some(last) = initial.last() {
            let mut inner = consumer.lock();
            inner.initial = initial.iter().copied().collect();
            inner.next_seq = last + 1;
        }
        Ok(consumer)
    }

    /// Reopens the durable consumers a file stream had on disk.
    pub fn recover_all(stream: &Arc<Stream>) {
        let Some(dir) = &stream.dir else { return };
        let Ok(entries) = std::fs::read_dir(dir.join("obs")) else { return };
        for entry in entries.flatten() {
            let path = entry.path();
            match Consumer::recover(stream, &path) {
                Ok(c) => {
                    stream.consumers.write().unwrap_or_else(|e| e.into_inner()).insert(c.name.clone(), c.clone());
                    c.start();
                }
                Err(e) => error!("  Error recovering consumer in {}: {e}", path.display()),
            }
        }
    }

    fn recover(stream: &Arc<Stream>, dir: &Path) -> Result<Arc<Consumer>, String> {
        let meta: Meta =
            serde_json::from_slice(&std::fs::read(dir.join(META_FILE)).map_err(|e| e.to_string())?).map_err(|e| e.to_string())?;
        let (log, snapshot) = StateLog::open(&dir.join(STATE_FILE)).map_err(|e| e.to_string())?;
        let name = meta.config.durable_name.clone();
        let name = if name.is_empty() { meta.config.name.clone() } else { name };
        Ok(Consumer::assemble(stream, name, meta.config, meta.created, true, snapshot, Some(log), Some(dir.to_path_buf())))
    }

    #[allow(clippy::too_many_arguments)]
    fn assemble(
        stream: &Arc<Stream>,
        name: String,
        config: ConsumerConfig,
        created: i64,
        durable: bool,
        snapshot: Snapshot,
        log: Option<StateLog>,
        dir: Option<PathBuf>,
    ) -> Arc<Consumer> {
        let now = now_nanos();
        let ack_wait = config.ack_wait.max(1);
        let pending = snapshot
            .pending
            .iter()
            .map(|&(s, c, d, at)| (s, Pending { consumer_seq: c, delivered_at: at, deliveries: d, deadline: now + ack_wait }))
            .collect();
        let paused_until = config.pause_until.as_deref().and_then(parse_rfc3339).unwrap_or(0);
        let server = stream.account_server();
        Arc::new(Consumer {
            name,
            stream: Arc::downgrade(stream),
            stream_name: stream.name.clone(),
            server,
            account: stream.account.clone(),
            created,
            durable,
            filter: RwLock::new(Filter::new(config.filters())),
            groups: RwLock::new(config.priority_groups.clone()),
            inner: Mutex::new(Inner {
                config,
                next_seq: snapshot.next_seq.max(1),
                delivered: snapshot.delivered,
                last_delivered_at: 0,
                ack_floor: snapshot.ack_floor,
                last_ack_at: 0,
                pending,
                redeliver: VecDeque::new(),
                initial: VecDeque::new(),
                waiting: VecDeque::new(),
                last_interest: Instant::now(),
                last_heartbeat: Instant::now(),
                flow_control_bytes: 0,
                flow_control_pending: None,
                paused_until,
                replay_mark: None,
                rate_free_at: Instant::now(),
                pin: None,
                pin_activity: Instant::now(),
            }),
            wake: Notify::new(),
            stopped: AtomicBool::new(false),
            flush_scheduled: AtomicBool::new(false),
            subs: Mutex::new(Vec::new()),
            log: log.map(Mutex::new),
            dir,
        })
    }

    fn lock(&self) -> MutexGuard<'_, Inner> {
        self.inner.lock().unwrap_or_else(|e| e.into_inner())
    }

    pub fn filter(&self) -> Filter {
        self.filter.read().unwrap_or_else(|e| e.into_inner()).clone()
    }

    pub fn config(&self) -> ConsumerConfig {
        self.lock().config.clone()
    }

    pub fn is_durable(&self) -> bool {
        self.durable
    }

    pub fn wake(&self) {
        self.wake.notify_one();
    }

    /// Subscribes for acks and flow control and starts the delivery task.
    pub fn start(self: &Arc<Self>) {
        let Some(server) = self.server.upgrade() else { return };
        let mut subs = self.subs.lock().unwrap_or_else(|e| e.into_inner());
        let ack = format!("$JS.ACK.{}.{}.>", self.stream_name, self.name);
        let weak = Arc::downgrade(self);
        subs.push(server.subscribe_internal(
            &self.account,
            &ack,
            Arc::new(move |msg: &InternalMsg<'_>| {
                if let Some(c) = weak.upgrade() {
                    c.on_ack(msg);
                }
            }),
        ));
        let fc = format!("$JS.FC.{}.{}.>", self.stream_name, self.name);
        let weak = Arc::downgrade(self);
        subs.push(server.subscribe_internal(
            &self.account,
            &fc,
            Arc::new(move |msg: &InternalMsg<'_>| {
                if let Some(c) = weak.upgrade() {
                    c.on_flow_control(msg);
                }
            }),
        ));
        drop(subs);
        tokio::spawn(run(Arc::downgrade(self)));
    }

    /// Stops deliveries and unsubscribes (stream or consumer deleted, server stopping).
    pub fn stop(&self) {
        self.stopped.store(true, Ordering::SeqCst);
        for sub in self.subs.lock().unwrap_or_else(|e| e.into_inner()).drain(..) {
            self.account.sublist.remove(&sub);
        }
        let waiting: Vec<PullRequest> = self.lock().waiting.drain(..).collect();
        for req in waiting {
            self.send_status(&req.reply, "409 Consumer Deleted", &[]);
        }
        self.sync_log();
        self.wake.notify_one();
    }

    /// Stops and removes the consumer's files.
    pub fn destroy(&self) {
        self.stop();
        if let Some(dir) = &self.dir {
            let _ = std::fs::remove_dir_all(dir);
        }
    }

    /// Applies an updated config (only fields nats-server lets change).
    pub fn update(&self, config: ConsumerConfig) -> Result<(), String> {
        if let Some(dir) = &self.dir {
            io::write_atomic(&dir.join(META_FILE), &go_json(&Meta { config: config.clone(), created: self.created }))
                .map_err(|e| e.to_string())?;
        }
        *self.filter.write().unwrap_or_else(|e| e.into_inner()) = Filter::new(config.filters());
        *self.groups.write().unwrap_or_else(|e| e.into_inner()) = config.priority_groups.clone();
        let mut inner = self.lock();
        inner.paused_until = config.pause_until.as_deref().and_then(parse_rfc3339).unwrap_or(0);
        inner.config = config;
        drop(inner);
        self.wake();
        Ok(())
    }

    /// Sets or clears `pause_until`; returns the config after the change.
    pub fn pause(&self, until: i64) -> Result<ConsumerConfig, String> {
        let mut config = self.config();
        config.pause_until = (until > 0).then(|| rfc3339_nanos(until));
        self.update(config.clone())?;
        Ok(config)
    }

    pub fn paused_until(&self) -> i64 {
        self.lock().paused_until
    }

    /// The stream was purged up to `first`: forget what is gone.
    pub fn stream_purged(&self, first: u64) {
        let mut inner = self.lock();
        if inner.next_seq < first {
            inner.next_seq = first;
        }
        inner.pending.retain(|s, _| *s >= first);
        inner.redeliver.retain(|s| *s >= first);
        inner.initial.retain(|s| *s >= first);
        if inner.delivered.stream_seq < first.saturating_sub(1) {
            inner.delivered.stream_seq = first - 1;
        }
        update_ack_floor(&mut inner);
        if inner.ack_floor.stream_seq < first.saturating_sub(1) {
            inner.ack_floor.stream_seq = first - 1;
        }
        drop(inner);
        self.wake();
    }

    /// Whether this consumer is done with stream message `seq` (interest retention).
    pub fn has_acked(&self, seq: u64) -> bool {
        let inner = self.lock();
        if inner.config.ack_policy == AckPolicy::None {
            return seq < inner.next_seq && !inner.initial.contains(&seq);
        }
        seq <= inner.ack_floor.stream_seq || (seq < inner.next_seq && !inner.pending.contains_key(&seq) && !inner.initial.contains(&seq))
    }

    // ---- acks ----

    fn on_ack(self: &Arc<Self>, msg: &InternalMsg<'_>) {
        let Ok(subject) = std::str::from_utf8(msg.subject) else { return };
        // `$JS.ACK.<stream>.<consumer>.<delivered>.<stream seq>.<consumer seq>.<ts>.<pending>`
        if subject.split('.').nth(8).is_none() {
            return;
        }
        let Some(Ok(stream_seq)) = subject.split('.').nth(5).map(str::parse::<u64>) else { return };
        let payload = std::str::from_utf8(msg.payload).unwrap_or("").trim();
        let reply = msg.reply.filter(|r| !r.is_empty()).map(|r| r.to_vec());
        let (verb, rest) = match payload.find([' ', '\t', '{']) {
            Some(i) => (&payload[..i], payload[i..].trim()),
            None => (payload, ""),
        };
        let mut acked = Vec::new();
        let mut records = Vec::new();
        let mut next_request = None;
        // Whether the delivery task has something to do because of this ack.
        let mut wake = false;
        {
            let mut inner = self.lock();
            let now = now_nanos();
            let limit = inner.config.max_ack_pending;
            wake |= limit > 0 && inner.pending.len() as i64 >= limit;
            match verb {
                "" | "+ACK" | "+OK" | "+NXT" => {
                    acked = ack(&mut inner, stream_seq, now);
                    if !acked.is_empty() {
                        records.push(if inner.config.ack_policy == AckPolicy::All {
                            Record::AckAll(stream_seq)
                        } else {
                            Record::Ack(stream_seq)
                        });
                    }
                    if verb == "+NXT" {
                        next_request = reply.clone().map(|r| (r, rest.to_string()));
                    }
                }
                "-NAK" => {
                    wake = true;
                    let delay = nak_delay(rest);
                    if let Some(p) = inner.pending.get_mut(&stream_seq) {
                        match delay {
                            Some(d) if d > 0 => p.deadline = now + d,
                            _ => {
                                p.deadline = now;
                                if !inner.redeliver.contains(&stream_seq) {
                                    inner.redeliver.push_back(stream_seq);
                                }
                            }
                        }
                    }
                }
                "+WPI" => {
                    let wait = inner.config.ack_wait.max(1);
                    if let Some(p) = inner.pending.get_mut(&stream_seq) {
                        p.deadline = now + wait;
                    }
                    inner.last_delivered_at = now;
                }
                "+TERM" => {
                    if let Some(p) = inner.pending.remove(&stream_seq) {
                        inner.redeliver.retain(|s| *s != stream_seq);
                        update_ack_floor(&mut inner);
                        inner.last_ack_at = now;
                        records.push(Record::Ack(stream_seq));
                        acked.push(stream_seq);
                        let reason = rest.to_string();
                        let (cseq, deliveries) = (p.consumer_seq, p.deliveries);
                        drop(inner);
                        self.advisory_terminated(stream_seq, cseq, deliveries, &reason);
                    }
                }
                _ => return,
            }
        }
        let durable_write = !records.is_empty() && self.persist(&records, reply.is_some());
        if let Some(stream) = self.stream.upgrade().filter(|s| !s.keeps_acked()) {
            for seq in &acked {
                stream.acked_by_consumer(*seq);
            }
        }
        if let Some((reply, body)) = next_request {
            self.pull_request(&reply, body.as_bytes());
        } else if let Some(reply) = reply {
            // AckSync: confirm only once the ack is on disk.
            match (durable_write, &self.log) {
                (true, Some(_)) => {
                    let me = self.clone();
                    tokio::spawn(async move {
                        let c = me.clone();
                        let _ = tokio::task::spawn_blocking(move || c.sync_log()).await;
                        me.reply(&reply, b"", b"");
                    });
                }
                _ => self.reply(&reply, b"", b""),
            }
        }
        if durable_write && !self.flush_scheduled.swap(true, Ordering::Relaxed) {
            wake = true;
        }
        if wake {
            self.wake();
        }
    }

    fn on_flow_control(&self, msg: &InternalMsg<'_>) {
        let subject = String::from_utf8_lossy(msg.subject);
        let mut inner = self.lock();
        if inner.flow_control_pending.as_deref() == Some(&*subject) {
            inner.flow_control_pending = None;
            inner.flow_control_bytes = 0;
        }
        drop(inner);
        self.wake();
    }

    /// Records state changes; with `flush`, writes everything buffered so far. True when
    /// there is a log (so a sync would make the records durable).
    fn persist(&self, records: &[Record], flush: bool) -> bool {
        let Some(log) = &self.log else { return false };
        let mut log = log.lock().unwrap_or_else(|e| e.into_inner());
        log.append(records);
        if !flush {
            return true;
        }
        self.flush_scheduled.store(false, Ordering::Relaxed);
        if let Err(e) = log.flush() {
            error!("JetStream consumer '{} > {}': writing state failed: {e}", self.stream_name, self.name);
            return false;
        }
        if log.size > STATE_LOG_LIMIT {
            let snapshot = self.snapshot();
            if let Err(e) = log.rewrite(&snapshot) {
                error!("JetStream consumer '{} > {}': compacting state failed: {e}", self.stream_name, self.name);
            }
        }
        true
    }

    fn sync_log(&self) {
        if let Some(log) = &self.log {
            let file = {
                let mut log = log.lock().unwrap_or_else(|e| e.into_inner());
                let _ = log.flush();
                log.file.clone()
            };
            if let Err(e) = file.sync() {
                error!("JetStream consumer '{} > {}': fsync of state failed: {e}", self.stream_name, self.name);
            }
        }
    }

    fn snapshot(&self) -> Snapshot {
        let inner = self.lock();
        Snapshot {
            next_seq: inner.initial.front().copied().unwrap_or(inner.next_seq),
            delivered: inner.delivered,
            ack_floor: inner.ack_floor,
            pending: inner.pending.iter().map(|(s, p)| (*s, p.consumer_seq, p.deliveries, p.delivered_at)).collect(),
        }
    }

    // ---- pull requests ----

    /// A pull request on `$JS.API.CONSUMER.MSG.NEXT`, or a `+NXT` ack.
    pub fn pull_request(&self, reply: &[u8], body: &[u8]) {
        let mut inner = self.lock();
        if !inner.config.is_pull() {
            drop(inner);
            self.send_status(reply, "409 Consumer is push based", &[]);
            return;
        }
        let req = match parse_pull_request(body) {
            Ok(r) => r,
            Err(text) => {
                drop(inner);
                self.send_status(reply, &format!("400 Bad Request - {text}"), &[]);
                return;
            }
        };
        let cfg = &inner.config;
        if cfg.max_batch > 0 && req.batch > cfg.max_batch {
            drop(inner);
            self.send_status(reply, &format!("409 Exceeded MaxRequestBatch of {}", self.config().max_batch), &[]);
            return;
        }
        if cfg.max_expires > 0 && req.expires.map_or(0, |e| e.as_nanos() as i64) > cfg.max_expires {
            drop(inner);
            self.send_status(
                reply,
                &format!("409 Exceeded MaxRequestExpires of {:?}", Duration::from_nanos(self.config().max_expires as u64)),
                &[],
            );
            return;
        }
        if cfg.max_bytes > 0 && req.max_bytes > cfg.max_bytes {
            drop(inner);
            self.send_status(reply, &format!("409 Exceeded MaxRequestMaxBytes of {}", self.config().max_bytes), &[]);
            return;
        }
        if let Some(hb) = req.heartbeat {
            if req.no_wait || req.expires.is_some_and(|e| hb > e) {
                drop(inner);
                self.send_status(reply, "400 Bad Request - heartbeat value too large", &[]);
                return;
            }
        }
        if req.expires.is_some_and(|e| e < Duration::from_millis(1)) {
            drop(inner);
            self.send_status(
                reply,
                "408 Request Timeout",
                &[("Nats-Pending-Messages", &req.batch.to_string()), ("Nats-Pending-Bytes", &req.max_bytes.max(0).to_string())],
            );
            return;
        }
        if inner.config.priority_policy != PriorityPolicy::None {
            match &req.group {
                None => {
                    drop(inner);
                    self.send_status(reply, "400 Bad Request - Missing Priority Group", &[]);
                    return;
                }
                Some(g) if !inner.config.priority_groups.contains(g) => {
                    drop(inner);
                    self.send_status(reply, "400 Bad Request - Invalid Priority Group", &[]);
                    return;
                }
                _ => {}
            }
            if inner.config.priority_policy == PriorityPolicy::PinnedClient && !req.pin_id.is_empty() {
                match &inner.pin {
                    Some((pin, _)) if *pin == req.pin_id => inner.pin_activity = Instant::now(),
                    _ => {
                        drop(inner);
                        self.send_status(reply, "423 Nats-Pin-Id mismatch", &[]);
                        return;
                    }
                }
            }
        }
        if inner.waiting.len() as i64 >= inner.config.max_waiting {
            drop(inner);
            self.send_status(reply, "409 Exceeded MaxWaiting", &[]);
            return;
        }
        let now = Instant::now();
        inner.last_interest = now;
        inner.waiting.push_back(PullRequest {
            reply: bytes::Bytes::copy_from_slice(reply),
            batch: req.batch,
            max_bytes: req.max_bytes,
            expires: req.expires.map(|e| now + e),
            no_wait: req.no_wait,
            heartbeat: req.heartbeat,
            next_heartbeat: req.heartbeat.map(|h| now + h),
            delivered: 0,
            min_pending: req.min_pending,
            min_ack_pending: req.min_ack_pending,
            pin_id: req.pin_id,
        });
        drop(inner);
        self.wake();
    }

    // ---- delivery ----

    fn reply(&self, subject: &[u8], headers: &[u8], payload: &[u8]) {
        if let Some(server) = self.server.upgrade() {
            server.publish_internal(&self.account, subject, None, headers, payload);
        }
    }

    fn send_status(&self, to: &[u8], status: &str, extra: &[(&str, &str)]) {
        self.reply(to, &headers::block(status, extra), b"");
    }

    /// One delivery round: sends what is due and returns when to look again.
    fn deliver_round(self: &Arc<Self>) -> Option<Instant> {
        let stream = self.stream.upgrade()?;
        let filter = self.filter();
        let mut out: Vec<Outgoing> = Vec::new();
        let mut records: Vec<Record> = Vec::new();
        let mut statuses: Vec<Status> = Vec::new();
        let mut advisories: Vec<(u64, u64)> = Vec::new();
        let mut next_wake: Option<Instant> = None;
        let soon = |at: Instant, w: &mut Option<Instant>| *w = Some(w.map_or(at, |x| x.min(at)));
        let now_i = Instant::now();
        let now = now_nanos();
        let mut inner = self.lock();
        let push = !inner.config.is_pull();

        // Expired pull requests end with 408 (or 404 for no_wait without expiry, below).
        let mut i = 0;
        while i < inner.waiting.len() {
            if inner.waiting[i].expires.is_some_and(|e| e <= now_i) {
                if let Some(req) = inner.waiting.remove(i) {
                    let extra = pending_headers(&req);
                    statuses.push((req.reply, "408 Request Timeout".into(), extra));
                }
            } else {
                i += 1;
            }
        }

        // Ack deadlines passed: due for redelivery, or given up after max_deliver.
        if inner.config.ack_policy != AckPolicy::None {
            let max_deliver = inner.config.max_deliver;
            let mut due = Vec::new();
            let mut next_deadline = i64::MAX;
            for (seq, p) in inner.pending.iter() {
                if p.deadline <= now {
                    due.push(*seq);
                } else {
                    next_deadline = next_deadline.min(p.deadline);
                }
            }
            for seq in due {
                let deliveries = inner.pending.get(&seq).map_or(0, |p| p.deliveries);
                if max_deliver > 0 && deliveries as i64 >= max_deliver {
                    inner.pending.remove(&seq);
                    inner.redeliver.retain(|s| *s != seq);
                    advisories.push((seq, deliveries));
                    records.push(Record::Ack(seq));
                    continue;
                }
                if let Some(p) = inner.pending.get_mut(&seq) {
                    p.deadline = i64::MAX;
                }
                if !inner.redeliver.contains(&seq) {
                    inner.redeliver.push_back(seq);
                }
            }
            if !advisories.is_empty() {
                update_ack_floor(&mut inner);
            }
            if next_deadline != i64::MAX {
                soon(now_i + Duration::from_nanos((next_deadline - now).max(0) as u64), &mut next_wake);
            }
        }

        let paused = inner.paused_until > now;
        if paused {
            soon(now_i + Duration::from_nanos((inner.paused_until - now) as u64), &mut next_wake);
        }
        let deliver_subject = inner.config.deliver_subject.clone();
        let deliver_to = bytes::Bytes::copy_from_slice(deliver_subject.as_bytes());
        let has_interest =
            if push { !self.account.sublist.matches(deliver_subject.as_bytes()).is_empty() } else { !inner.waiting.is_empty() };
        if has_interest {
            inner.last_interest = now_i;
        }
        let stalled = push
            && inner.config.flow_control
            && inner.flow_control_pending.is_some()
            && inner.flow_control_bytes >= FLOW_CONTROL_MAX_PENDING;

        // Messages left to deliver, counted once per round and then kept up to date.
        let mut num_pending: Option<u64> = None;
        let mut sent = 0usize;
        let mut overflow_pending: Option<u64> = None;
        let mut sent_bytes = 0usize;
        while !paused && has_interest && !stalled && sent < ROUND_LIMIT && sent_bytes < ROUND_BYTES {
            // The pull request served next (priority groups may hold some back).
            let target = if push {
                0
            } else {
                match self.pick_request(&mut inner, &stream, &filter, &mut overflow_pending, &mut statuses) {
                    Some(i) => i,
                    None => break,
                }
            };
            // Choose the next message: redeliveries first, then the start set, then new ones.
            let (msg, source) = if let Some(seq) = inner.redeliver.pop_front() {
                if !inner.pending.contains_key(&seq) {
                    continue;
                }
                match stream.load(seq) {
                    Some(m) => (m, Source::Redelivery),
                    None => {
                        inner.pending.remove(&seq);
                        update_ack_floor(&mut inner);
                        continue;
                    }
                }
            } else {
                let ack_limited = inner.config.ack_policy != AckPolicy::None
                    && inner.config.max_ack_pending > 0
                    && inner.pending.len() as i64 >= inner.config.max_ack_pending;
                if ack_limited {
                    break;
                }
                if let Some(seq) = inner.initial.pop_front() {
                    match stream.load(seq) {
                        Some(m) => (m, Source::Initial),
                        None => continue,
                    }
                } else {
                    match stream.next_visible(inner.next_seq, &filter) {
                        Some(m) => (m, Source::New),
                        None => break,
                    }
                }
            };
            let redelivery = source == Source::Redelivery;
            // Replay at the original pace; rate limits.
            let mut wait_until = None;
            if inner.config.replay_policy == ReplayPolicy::Original && !redelivery {
                if let Some((prev_ts, sent_at)) = inner.replay_mark {
                    let at = sent_at + Duration::from_nanos((msg.ts - prev_ts).max(0) as u64);
                    if at > now_i {
                        wait_until = Some(at);
                    }
                }
            }
            if push && inner.config.rate_limit_bps > 0 && inner.rate_free_at > now_i {
                wait_until = Some(inner.rate_free_at);
            }
            if let Some(at) = wait_until {
                soon(at, &mut next_wake);
                put_back(&mut inner, source, msg.seq);
                break;
            }
            let size = (msg.subject.len() + msg.headers.len() + msg.payload.len()) as i64;
            // A pull request's byte budget.
            if !push {
                let req = &inner.waiting[target];
                if req.max_bytes > 0 && size > req.max_bytes {
                    put_back(&mut inner, source, msg.seq);
                    if let Some(req) = inner.waiting.remove(target) {
                        statuses.push((req.reply.clone(), "409 Message Size Exceeds MaxBytes".into(), pending_headers(&req)));
                    }
                    continue;
                }
            }
            // Consume it.
            if source == Source::New {
                inner.next_seq = msg.seq + 1;
            }
            let deliveries = if redelivery { inner.pending.get(&msg.seq).map_or(1, |p| p.deliveries + 1) } else { 1 };
            inner.delivered.consumer_seq += 1;
            let consumer_seq = inner.delivered.consumer_seq;
            if msg.seq > inner.delivered.stream_seq {
                inner.delivered.stream_seq = msg.seq;
            }
            inner.last_delivered_at = now;
            // A redelivery keeps its first consumer sequence in pending, as nats-server's
            // does: the ack floor is measured in first deliveries.
            let first_consumer_seq =
                if redelivery { inner.pending.get(&msg.seq).map_or(consumer_seq, |p| p.consumer_seq) } else { consumer_seq };
            if inner.config.ack_policy != AckPolicy::None {
                let wait = ack_wait_for(&inner.config, deliveries);
                inner
                    .pending
                    .insert(msg.seq, Pending { consumer_seq: first_consumer_seq, delivered_at: now, deliveries, deadline: now + wait });
                soon(now_i + Duration::from_nanos(wait.max(0) as u64), &mut next_wake);
            } else {
                inner.ack_floor = inner.delivered;
            }
            records.push(Record::Delivered { stream_seq: msg.seq, consumer_seq, first_consumer_seq, deliveries, at: now });
            // Messages left after this one, as the ack subject reports them.
            let left = match (num_pending, redelivery) {
                (Some(n), false) => n.saturating_sub(1),
                (Some(n), true) => n,
                (None, _) => stream.count_from(inner.next_seq, &filter) + inner.initial.len() as u64,
            };
            num_pending = Some(left);
            let ack_reply =
                format!("$JS.ACK.{}.{}.{}.{}.{}.{}.{}", self.stream_name, self.name, deliveries, msg.seq, consumer_seq, msg.ts, left);
            let (mut hdrs, payload) = if inner.config.headers_only {
                (
                    bytes::Bytes::from(headers::extend(&msg.headers, &[("Nats-Msg-Size", &msg.payload.len().to_string())])),
                    bytes::Bytes::new(),
                )
            } else {
                (msg.headers.clone(), msg.payload.clone())
            };
            if let (false, Some((pin, _))) = (push, &inner.pin) {
                hdrs = bytes::Bytes::from(headers::extend(&hdrs, &[("Nats-Pin-Id", pin)]));
            }
            let to = if push {
                deliver_to.clone()
            } else {
                let req = &mut inner.waiting[target];
                req.batch -= 1;
                if req.max_bytes > 0 {
                    req.max_bytes -= size;
                }
                req.delivered += 1;
                let (done, reply) = (req.batch <= 0, req.reply.clone());
                if done {
                    inner.waiting.remove(target);
                }
                reply
            };
            if inner.config.replay_policy == ReplayPolicy::Original {
                inner.replay_mark = Some((msg.ts, now_i));
            }
            if push && inner.config.rate_limit_bps > 0 {
                let secs = size as f64 * 8.0 / inner.config.rate_limit_bps as f64;
                let base = inner.rate_free_at.max(now_i);
                inner.rate_free_at = base + Duration::from_secs_f64(secs);
            }
            inner.flow_control_bytes += size as u64;
            sent_bytes += size as usize;
            out.push(Outgoing { to, subject: msg.subject.clone(), reply: ack_reply, headers: hdrs, payload });
            sent += 1;
        }
        if sent >= ROUND_LIMIT || sent_bytes >= ROUND_BYTES {
            soon(now_i, &mut next_wake);
        }

        // no_wait requests end when nothing more is there: 404 without expiry, 408 with.
        if !push {
            let nothing_left = inner.redeliver.is_empty() && inner.initial.is_empty() && stream.count_from(inner.next_seq, &filter) == 0;
            let blocked = inner.config.ack_policy != AckPolicy::None
                && inner.config.max_ack_pending > 0
                && inner.pending.len() as i64 >= inner.config.max_ack_pending;
            if nothing_left || blocked || paused {
                let mut i = 0;
                while i < inner.waiting.len() {
                    if inner.waiting[i].no_wait {
                        if let Some(req) = inner.waiting.remove(i) {
                            if req.expires.is_some() {
                                statuses.push((req.reply.clone(), "408 Request Timeout".into(), pending_headers(&req)));
                            } else {
                                statuses.push((req.reply, "404 No Messages".into(), Vec::new()));
                            }
                        }
                    } else {
                        i += 1;
                    }
                }
            }
        }

        // Flow control and heartbeats.
        let mut flow_control: Option<String> = None;
        if push && inner.config.flow_control && inner.flow_control_pending.is_none() && inner.flow_control_bytes >= FLOW_CONTROL_EVERY {
            let subject = format!("$JS.FC.{}.{}.{}", self.stream_name, self.name, random_token());
            inner.flow_control_pending = Some(subject.clone());
            flow_control = Some(subject);
        }
        let mut heartbeats: Vec<(bytes::Bytes, Vec<u8>)> = Vec::new();
        let last_pair = (inner.delivered.consumer_seq, inner.delivered.stream_seq);
        if push && inner.config.idle_heartbeat > 0 {
            let hb = Duration::from_nanos(inner.config.idle_heartbeat as u64);
            if sent > 0 {
                inner.last_heartbeat = now_i;
            } else if now_i >= inner.last_heartbeat + hb {
                inner.last_heartbeat = now_i;
                let mut extra = vec![
                    ("Nats-Last-Consumer".to_string(), last_pair.0.to_string()),
                    ("Nats-Last-Stream".to_string(), last_pair.1.to_string()),
                ];
                if let Some(fc) = &inner.flow_control_pending {
                    extra.push(("Nats-Consumer-Stalled".to_string(), fc.clone()));
                }
                let pairs: Vec<(&str, &str)> = extra.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
                heartbeats.push((deliver_to.clone(), headers::block("100 Idle Heartbeat", &pairs)));
            }
            soon(inner.last_heartbeat + hb, &mut next_wake);
        }
        for req in inner.waiting.iter_mut() {
            if let (Some(hb), Some(at)) = (req.heartbeat, req.next_heartbeat) {
                if sent > 0 {
                    req.next_heartbeat = Some(now_i + hb);
                } else if now_i >= at {
                    req.next_heartbeat = Some(now_i + hb);
                    let c = last_pair.0.to_string();
                    let s = last_pair.1.to_string();
                    heartbeats.push((
                        req.reply.clone(),
                        headers::block("100 Idle Heartbeat", &[("Nats-Last-Consumer", &c), ("Nats-Last-Stream", &s)]),
                    ));
                }
                if let Some(at) = req.next_heartbeat {
                    soon(at, &mut next_wake);
                }
            }
            if let Some(e) = req.expires {
                soon(e, &mut next_wake);
            }
        }
        if push && !has_interest && !paused {
            soon(now_i + INTEREST_POLL, &mut next_wake);
        }
        // Ephemerals go away after a while without interest.
        let inactive = inner.config.inactive_threshold;
        let expired = inactive > 0
            && !has_interest
            && inner.waiting.is_empty()
            && now_i.duration_since(inner.last_interest) >= Duration::from_nanos(inactive as u64);
        if inactive > 0 && !expired {
            soon(inner.last_interest + Duration::from_nanos(inactive as u64), &mut next_wake);
        }
        drop(inner);

        // Deliveries are recorded before the messages go out: an ack can only follow its
        // delivery, in the log as on the wire.
        self.persist(&records, true);
        if let Some(server) = self.server.upgrade() {
            server.publish_deliveries(
                &self.account,
                out.iter().map(|m| (&m.to[..], m.subject.as_bytes(), m.reply.as_bytes(), &m.headers[..], &m.payload[..])),
            );
        }
        if let Some(fc) = flow_control {
            if let Some(server) = self.server.upgrade() {
                server.publish_internal(
                    &self.account,
                    deliver_subject.as_bytes(),
                    Some(fc.as_bytes()),
                    &headers::block("100 FlowControl Request", &[]),
                    b"",
                );
            }
        }
        for (to, block) in heartbeats {
            self.reply(&to, &block, b"");
        }
        for (to, status, extra) in statuses {
            let pairs: Vec<(&str, &str)> = extra.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
            self.send_status(&to, &status, &pairs);
        }
        for (seq, deliveries) in advisories {
            self.advisory_max_deliveries(seq, deliveries);
        }
        if expired && !self.durable {
            if let Some(stream) = self.stream.upgrade() {
                stream.remove_consumer(&self.name);
            }
            return None;
        }
        next_wake
    }

    /// The waiting pull request to serve next. Without priority groups, the oldest. With
    /// `overflow`, the oldest unconditional one, else one whose `min_pending` or
    /// `min_ack_pending` is met. With `pinned_client`, the pinned client's, pinning the
    /// oldest request when there is no pin (or the pinned client stopped pulling).
    fn pick_request(
        &self,
        inner: &mut Inner,
        stream: &Stream,
        filter: &Filter,
        pending: &mut Option<u64>,
        statuses: &mut Vec<Status>,
    ) -> Option<usize> {
        if inner.waiting.is_empty() {
            return None;
        }
        match inner.config.priority_policy {
            PriorityPolicy::None => Some(0),
            PriorityPolicy::Overflow => {
                if let Some(i) = inner.waiting.iter().position(|r| r.min_pending == 0 && r.min_ack_pending == 0) {
                    return Some(i);
                }
                let num_pending = *pending.get_or_insert_with(|| {
                    stream.count_from(inner.next_seq, filter) + inner.initial.len() as u64 + inner.redeliver.len() as u64
                });
                let ack_pending = inner.pending.len() as i64;
                inner.waiting.iter().position(|r| {
                    (r.min_pending > 0 && num_pending as i64 >= r.min_pending)
                        || (r.min_ack_pending > 0 && ack_pending >= r.min_ack_pending)
                })
            }
            PriorityPolicy::PinnedClient => {
                let timeout = Duration::from_nanos(inner.config.priority_timeout.max(1) as u64);
                if inner.pin.is_some() && inner.pin_activity.elapsed() > timeout {
                    let (old, _) = inner.pin.take().unwrap_or_default();
                    self.advisory("UNPINNED", self.pin_advisory("io.nats.jetstream.advisory.v1.consumer_group_unpinned", &old, "timeout"));
                }
                if let Some((pin, _)) = &inner.pin {
                    return inner.waiting.iter().position(|r| r.pin_id == *pin);
                }
                let id = random_token() + &random_token();
                inner.pin = Some((id.clone(), now_nanos()));
                inner.pin_activity = Instant::now();
                // Requests holding an older pin learn that it is gone.
                let mut i = 0;
                while i < inner.waiting.len() {
                    if !inner.waiting[i].pin_id.is_empty() {
                        if let Some(r) = inner.waiting.remove(i) {
                            statuses.push((r.reply, "423 Nats-Pin-Id mismatch".into(), Vec::new()));
                        }
                    } else {
                        i += 1;
                    }
                }
                if inner.waiting.is_empty() {
                    inner.pin = None;
                    return None;
                }
                inner.waiting[0].pin_id = id.clone();
                self.advisory("PINNED", self.pin_advisory("io.nats.jetstream.advisory.v1.consumer_group_pinned", &id, ""));
                Some(0)
            }
        }
    }

    fn pin_advisory(&self, kind: &str, id: &str, reason: &str) -> Value {
        let group = self.group_name();
        serde_json::json!({
            "type": kind,
            "id": random_token(),
            "timestamp": rfc3339_nanos(now_nanos()),
            "stream": self.stream_name,
            "consumer": self.name,
            "group": group,
            "pinned_id": id,
            "reason": reason,
        })
    }

    /// The (single) priority group's name; callable while the consumer lock is held.
    fn group_name(&self) -> String {
        self.groups.read().unwrap_or_else(|e| e.into_inner()).first().cloned().unwrap_or_default()
    }

    /// `$JS.API.CONSUMER.UNPIN`: drops the pin so the next pull request gets it.
    pub fn unpin(&self, group: &str) -> Result<(), super::errors::ApiError> {
        let mut inner = self.lock();
        if !inner.config.priority_groups.iter().any(|g| g == group) {
            return Err(super::errors::ApiError::new("JSConsumerInvalidPriorityGroupErr"));
        }
        inner.pin = None;
        drop(inner);
        self.wake();
        Ok(())
    }

    fn advisory(&self, kind: &str, body: Value) {
        if let Some(server) = self.server.upgrade() {
            let subject = format!("$JS.EVENT.ADVISORY.CONSUMER.{kind}.{}.{}", self.stream_name, self.name);
            server.publish_internal(&self.account, subject.as_bytes(), None, b"", &go_json(&body));
        }
    }

    fn advisory_max_deliveries(&self, stream_seq: u64, deliveries: u64) {
        self.advisory(
            "MAX_DELIVERIES",
            serde_json::json!({
                "type": "io.nats.jetstream.advisory.v1.max_deliver",
                "id": random_token(),
                "timestamp": rfc3339_nanos(now_nanos()),
                "stream": self.stream_name,
                "consumer": self.name,
                "stream_seq": stream_seq,
                "deliveries": deliveries,
            }),
        );
    }

    fn advisory_terminated(&self, stream_seq: u64, consumer_seq: u64, deliveries: u64, reason: &str) {
        self.advisory(
            "MSG_TERMINATED",
            serde_json::json!({
                "type": "io.nats.jetstream.advisory.v1.terminated",
                "id": random_token(),
                "timestamp": rfc3339_nanos(now_nanos()),
                "stream": self.stream_name,
                "consumer": self.name,
                "consumer_seq": consumer_seq,
                "stream_seq": stream_seq,
                "deliveries": deliveries,
                "reason": reason,
            }),
        );
    }

    /// ConsumerInfo, in nats-server's field order.
    pub fn info(&self) -> ConsumerInfo {
        let stream = self.stream.upgrade();
        let filter = self.filter();
        let inner = self.lock();
        let num_pending = stream.as_ref().map_or(0, |s| s.count_from(inner.next_seq, &filter)) + inner.initial.len() as u64;
        let now = now_nanos();
        let push_bound = !inner.config.is_pull() && !self.account.sublist.matches(inner.config.deliver_subject.as_bytes()).is_empty();
        let paused = inner.paused_until > now;
        ConsumerInfo {
            stream_name: self.stream_name.clone(),
            name: self.name.clone(),
            created: rfc3339_nanos(self.created),
            config: inner.config.clone(),
            delivered: SequenceInfo {
                consumer_seq: inner.delivered.consumer_seq,
                stream_seq: inner.delivered.stream_seq,
                last_active: (inner.last_delivered_at > 0).then(|| rfc3339_nanos(inner.last_delivered_at)),
            },
            ack_floor: SequenceInfo {
                consumer_seq: inner.ack_floor.consumer_seq,
                stream_seq: inner.ack_floor.stream_seq,
                last_active: (inner.last_ack_at > 0).then(|| rfc3339_nanos(inner.last_ack_at)),
            },
            num_ack_pending: inner.pending.len() as u64,
            num_redelivered: inner.pending.values().filter(|p| p.deliveries > 1).count() as u64,
            num_waiting: inner.waiting.len() as u64,
            num_pending,
            push_bound,
            paused,
            pause_remaining: if paused { inner.paused_until - now } else { 0 },
            priority_groups: inner
                .config
                .priority_groups
                .iter()
                .map(|g| PriorityGroupState {
                    group: g.clone(),
                    pinned_client_id: inner.pin.as_ref().map(|(id, _)| id.clone()).unwrap_or_default(),
                    pinned_ts: inner.pin.as_ref().map(|(_, ts)| rfc3339_nanos(*ts)),
                })
                .collect(),
            ts: rfc3339_nanos(now),
        }
    }
}

/// A status message to send: (to, status line, headers).
type Status = (bytes::Bytes, String, Vec<(String, String)>);

#[derive(Clone, Copy, PartialEq, Eq)]
enum Source {
    Redelivery,
    Initial,
    New,
}

/// Returns a message chosen but not sent to where it came from.
fn put_back(inner: &mut Inner, source: Source, seq: u64) {
    match source {
        Source::Redelivery => inner.redeliver.push_front(seq),
        Source::Initial => inner.initial.push_front(seq),
        Source::New => {}
    }
}

#[derive(Serialize)]
pub struct SequenceInfo {
    pub consumer_seq: u64,
    pub stream_seq: u64,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub last_active: Option<String>,
}

#[derive(Serialize)]
pub struct ConsumerInfo {
    pub stream_name: String,
    pub name: String,
    pub created: String,
    pub config: ConsumerConfig,
    pub delivered: SequenceInfo,
    pub ack_floor: SequenceInfo,
    pub num_ack_pending: u64,
    pub num_redelivered: u64,
    pub num_waiting: u64,
    pub num_pending: u64,
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub push_bound: bool,
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub paused: bool,
    #[serde(skip_serializing_if = "is_zero")]
    pub pause_remaining: i64,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub priority_groups: Vec<PriorityGroupState>,
    pub ts: String,
}

#[derive(Serialize)]
pub struct PriorityGroupState {
    pub group: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub pinned_client_id: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub pinned_ts: Option<String>,
}

fn is_zero(n: &i64) -> bool {
    *n == 0
}

/// The delivery task: a round whenever woken or a timer is due.
async fn run(consumer: Weak<Consumer>) {
    loop {
        let Some(c) = consumer.upgrade() else { return };
        if c.stopped.load(Ordering::Relaxed) {
            return;
        }
        let next = c.deliver_round();
        if c.stopped.load(Ordering::Relaxed) {
            return;
        }
        let sleep = match next {
            Some(at) => tokio::time::sleep_until(at.into()),
            None => tokio::time::sleep(Duration::from_secs(3600)),
        };
        tokio::select! {
            _ = c.wake.notified() => {}
            _ = sleep => {}
        }
    }
}

/// Acknowledges `seq` (and everything before it under `ack_policy: all`); returns the
/// stream sequences that were pending and are now acked.
fn ack(inner: &mut Inner, seq: u64, now: i64) -> Vec<u64> {
    let mut acked = Vec::new();
    match inner.config.ack_policy {
        AckPolicy::None => return acked,
        AckPolicy::All => {
            let below: Vec<u64> = inner.pending.range(..=seq).map(|(s, _)| *s).collect();
            for s in below {
                inner.pending.remove(&s);
                acked.push(s);
            }
        }
        AckPolicy::Explicit => {
            if inner.pending.remove(&seq).is_some() {
                acked.push(seq);
            }
        }
    }
    inner.redeliver.retain(|s| !acked.contains(s));
    inner.last_ack_at = now;
    update_ack_floor(inner);
    acked
}

/// The ack floor: everything below the oldest unacknowledged delivery.
fn update_ack_floor(inner: &mut Inner) {
    match inner.pending.iter().next() {
        Some((seq, p)) => {
            inner.ack_floor = SeqPair { consumer_seq: p.consumer_seq.saturating_sub(1), stream_seq: seq.saturating_sub(1) };
        }
        None => inner.ack_floor = inner.delivered,
    }
}

fn ack_wait_for(config: &ConsumerConfig, deliveries: u64) -> i64 {
    if !config.backoff.is_empty() {
        let i = (deliveries as usize).saturating_sub(1).min(config.backoff.len() - 1);
        return config.backoff[i];
    }
    config.ack_wait.max(1)
}

/// `-NAK` delay: `{"delay": ns}` or a Go duration (`-NAK 5s`).
fn nak_delay(rest: &str) -> Option<i64> {
    if rest.is_empty() {
        return None;
    }
    if rest.starts_with('{') {
        let v: Value = serde_json::from_str(rest).ok()?;
        return v.get("delay")?.as_i64();
    }
    crate::options::apply::parse_go_duration(rest).map(|d| d.as_nanos() as i64)
}

fn pending_headers(req: &PullRequest) -> Vec<(String, String)> {
    vec![("Nats-Pending-Messages".into(), req.batch.max(0).to_string()), ("Nats-Pending-Bytes".into(), req.max_bytes.max(0).to_string())]
}

struct ParsedPull {
    batch: i64,
    max_bytes: i64,
    expires: Option<Duration>,
    no_wait: bool,
    heartbeat: Option<Duration>,
    group: Option<String>,
    min_pending: i64,
    min_ack_pending: i64,
    pin_id: String,
}

/// A pull request body: empty (batch 1), a bare number (batch), or the JSON form.
fn parse_pull_request(body: &[u8]) -> Result<ParsedPull, String> {
    let text = std::str::from_utf8(body).map_err(|_| "invalid request".to_string())?.trim();
    let mut req = ParsedPull {
        batch: 1,
        max_bytes: 0,
        expires: None,
        no_wait: false,
        heartbeat: None,
        group: None,
        min_pending: 0,
        min_ack_pending: 0,
        pin_id: String::new(),
    };
    if text.is_empty() {
        return Ok(req);
    }
    if let Ok(n) = text.parse::<i64>() {
        req.batch = n.max(1);
        return Ok(req);
    }
    #[derive(Deserialize, Default)]
    #[serde(default)]
    struct Body {
        batch: i64,
        max_bytes: i64,
        expires: i64,
        no_wait: bool,
        idle_heartbeat: i64,
        group: String,
        min_pending: i64,
        min_ack_pending: i64,
        id: String,
    }
    let mut value: Value = serde_json::from_str(text).map_err(|e| {
        if e.is_eof() {
            "unexpected end of JSON input".to_string()
        } else {
            let t = e.to_string();
            t.split(" at line ").next().unwrap_or(&t).to_string()
        }
    })?;
    super::config::drop_nulls(&mut value);
    let b: Body = serde_json::from_value(value).map_err(|e| e.to_string())?;
    req.batch = b.batch.max(1);
    req.max_bytes = b.max_bytes.max(0);
    req.no_wait = b.no_wait;
    if b.expires != 0 {
        req.expires = Some(Duration::from_nanos(b.expires.max(0) as u64));
    }
    if b.idle_heartbeat > 0 {
        req.heartbeat = Some(Duration::from_nanos(b.idle_heartbeat as u64));
    }
    req.group = (!b.group.is_empty()).then_some(b.group);
    req.min_pending = b.min_pending.max(0);
    req.min_ack_pending = b.min_ack_pending.max(0);
    req.pin_id = b.id;
    Ok(req)
}

fn random_token() -> String {
    use rand::Rng;
    const ALPHABET: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    let mut rng = rand::thread_rng();
    (0..8).map(|_| ALPHABET[rng.gen_range(0..ALPHABET.len())] as char).collect()
}

/// A name for an ephemeral consumer (8 characters, as nats-server makes them).
pub fn ephemeral_name() -> String {
    random_token()
}

/// Whether an ack subject's consumer name may be in a subject token.
pub fn valid_deliver_subject(s: &str) -> bool {
    subject::is_valid_publish(s.as_bytes())
}

// ---- the state log ----

enum Record {
    Delivered { stream_seq: u64, consumer_seq: u64, first_consumer_seq: u64, deliveries: u64, at: i64 },
    Ack(u64),
    AckAll(u64),
}

const REC_DELIVERED: u8 = b'D';
const REC_ACK: u8 = b'A';
const REC_ACK_ALL: u8 = b'F';
const REC_SNAPSHOT: u8 = b'S';

/// `len u32 | crc32 u32 | kind u8 | body`, checksummed like the message segments.
/// Delivered: stream seq, consumer seq, deliveries, time, first consumer seq (u64 each).
struct StateLog {
    path: PathBuf,
    file: Arc<IoFile>,
    /// Bytes written to the file.
    size: u64,
    /// Records not yet written (acks are batched: one write per delivery round).
    buf: Vec<u8>,
}

fn encode(kind: u8, body: &[u8], out: &mut Vec<u8>) {
    let len = (9 + body.len()) as u32;
    let mut h = crc32fast::Hasher::new();
    h.update(&[kind]);
    h.update(body);
    out.extend_from_slice(&len.to_le_bytes());
    out.extend_from_slice(&h.finalize().to_le_bytes());
    out.push(kind);
    out.extend_from_slice(body);
}

impl StateLog {
    fn create(path: &Path, snapshot: &Snapshot) -> std::io::Result<StateLog> {
        let mut data = Vec::new();
        encode(REC_SNAPSHOT, &serde_json::to_vec(snapshot).unwrap_or_default(), &mut data);
        io::write_atomic(path, &data)?;
        Ok(StateLog { path: path.to_path_buf(), file: Arc::new(IoFile::open(path)?), size: data.len() as u64, buf: Vec::new() })
    }

    /// Replays the log into a snapshot; a damaged tail (torn write) is cut off.
    fn open(path: &Path) -> std::io::Result<(StateLog, Snapshot)> {
        let file = IoFile::open(path)?;
        let len = file.len()? as usize;
        let mut data = vec![0u8; len];
        file.read_at(0, &mut data)?;
        let mut snap = Snapshot::default();
        let mut pending: HashMap<u64, (u64, u64, i64)> = HashMap::new();
        let mut pos = 0;
        while pos + 9 <= len {
            let rec_len = u32::from_le_bytes(data[pos..pos + 4].try_into().unwrap_or([0; 4])) as usize;
            if rec_len < 9 || pos + rec_len > len {
                break;
            }
            let crc = u32::from_le_bytes(data[pos + 4..pos + 8].try_into().unwrap_or([0; 4]));
            let kind = data[pos + 8];
            let body = &data[pos + 9..pos + rec_len];
            let mut h = crc32fast::Hasher::new();
            h.update(&[kind]);
            h.update(body);
            if h.finalize() != crc {
                break;
            }
            let u = |i: usize| u64::from_le_bytes(body.get(i * 8..i * 8 + 8).and_then(|b| b.try_into().ok()).unwrap_or([0; 8]));
            match kind {
                REC_SNAPSHOT => {
                    snap = serde_json::from_slice(body).unwrap_or_default();
                    pending = snap.pending.iter().map(|&(s, c, d, at)| (s, (c, d, at))).collect();
                }
                REC_DELIVERED => {
                    let (s, c, d, at) = (u(0), u(1), u(2), u(3) as i64);
                    let first = if body.len() >= 40 { u(4) } else { c };
                    pending.insert(s, (first, d, at));
                    if c > snap.delivered.consumer_seq {
                        snap.delivered.consumer_seq = c;
                    }
                    if s > snap.delivered.stream_seq {
                        snap.delivered.stream_seq = s;
                    }
                    if s >= snap.next_seq {
                        snap.next_seq = s + 1;
                    }
                }
                REC_ACK => {
                    pending.remove(&u(0));
                }
                REC_ACK_ALL => {
                    let s = u(0);
                    pending.retain(|k, _| *k > s);
                }
                _ => {}
            }
            pos += rec_len;
        }
        if pos < len {
            crate::warn!("JetStream consumer state {}: cutting off {} damaged bytes at the end", path.display(), len - pos);
            file.truncate(pos as u64)?;
        }
        let mut list: Vec<(u64, u64, u64, i64)> = pending.into_iter().map(|(s, (c, d, at))| (s, c, d, at)).collect();
        list.sort_unstable();
        snap.ack_floor = match list.first() {
            Some(&(s, c, _, _)) => SeqPair { consumer_seq: c.saturating_sub(1), stream_seq: s.saturating_sub(1) },
            None => snap.delivered,
        };
        snap.pending = list;
        Ok((StateLog { path: path.to_path_buf(), file: Arc::new(file), size: pos as u64, buf: Vec::new() }, snap))
    }

    /// Adds records to the buffer; `flush` writes them.
    fn append(&mut self, records: &[Record]) {
        let data = &mut self.buf;
        for r in records {
            match r {
                Record::Delivered { stream_seq, consumer_seq, first_consumer_seq, deliveries, at } => {
                    let mut body = [0u8; 40];
                    body[..8].copy_from_slice(&stream_seq.to_le_bytes());
                    body[8..16].copy_from_slice(&consumer_seq.to_le_bytes());
                    body[16..24].copy_from_slice(&deliveries.to_le_bytes());
                    body[24..32].copy_from_slice(&at.to_le_bytes());
                    body[32..].copy_from_slice(&first_consumer_seq.to_le_bytes());
                    encode(REC_DELIVERED, &body, data);
                }
                Record::Ack(s) => encode(REC_ACK, &s.to_le_bytes(), data),
                Record::AckAll(s) => encode(REC_ACK_ALL, &s.to_le_bytes(), data),
            }
        }
    }

    /// Writes the buffered records to the file (to the operating system, not yet synced).
    fn flush(&mut self) -> std::io::Result<()> {
        if self.buf.is_empty() {
            return Ok(());
        }
        self.file.write_at(self.size, &self.buf)?;
        self.size += self.buf.len() as u64;
        self.buf.clear();
        Ok(())
    }

    /// Replaces the log with one snapshot record (atomically, durably).
    fn rewrite(&mut self, snapshot: &Snapshot) -> std::io::Result<()> {
        self.flush()?;
        self.file.sync()?;
        let fresh = StateLog::create(&self.path, snapshot)?;
        *self = fresh;
        Ok(())
    }
}

impl Stream {
    /// Deletes a consumer (API delete or an ephemeral that went inactive).
    pub fn remove_consumer(&self, name: &str) -> bool {
        let removed = self.consumers.write().unwrap_or_else(|e| e.into_inner()).remove(name);
        match removed {
            Some(c) => {
                c.destroy();
                self.consumer_removed();
                true
            }
            None => false,
        }
    }

    /// Checks a consumer config against work-queue rules for this stream.
    pub fn check_workqueue(&self, config: &ConsumerConfig, name: &str) -> Result<(), super::errors::ApiError> {
        use super::errors::ApiError;
        if self.config().retention != Retention::WorkQueue {
            return Ok(());
        }
        let filters = config.filters();
        for other in self.consumer_list() {
            if other.name == name {
                continue;
            }
            let theirs = other.config().filters();
            if filters.is_empty() || theirs.is_empty() {
                return Err(if filters.is_empty() && theirs.is_empty() {
                    ApiError::new("JSConsumerWQMultipleUnfilteredErr")
                } else {
                    ApiError::new("JSConsumerWQConsumerNotUniqueErr")
                });
            }
            if filters.iter().any(|a| theirs.iter().any(|b| subject::patterns_intersect(a.as_bytes(), b.as_bytes()))) {
                return Err(ApiError::new("JSConsumerWQConsumerNotUniqueErr"));
            }
        }
        if config.deliver_policy != DeliverPolicy::All {
            return Err(ApiError::new("JSConsumerWQConsumerNotDeliverAllErr"));
        }
        Ok(())
    }
}
