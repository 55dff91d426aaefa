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
//!
//! Here: the consumer's state, creation and recovery, info. `deliver` runs the delivery
//! rounds, `ack` applies acks, `pull` takes pull requests and priority groups,
//! `state_log` keeps the state on disk.

use std::collections::{BTreeMap, VecDeque};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex, MutexGuard, RwLock, Weak};
use std::time::{Duration, Instant};

use serde::{Deserialize, Serialize};
use serde_json::Value;
use tokio::sync::Notify;

mod ack;
mod deliver;
mod pull;
mod state_log;

use ack::update_ack_floor;
use deliver::run;
use pull::PullRequest;
use state_log::{Record, Snapshot, StateLog};

use super::config::{AckPolicy, ConsumerConfig};
use super::headers;
use super::store::index::Filter;
use super::store::io;
use super::stream::Stream;
use super::{go_json, now_nanos};
use crate::account::Account;
use crate::error;
use crate::router::Router;
use crate::router::{self, Wake};
use crate::subscription::{InternalMsg, Subscription};
use natsx_common::time::rfc3339_nanos;

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
/// How often a push consumer with nobody listening looks again. A new subscriber wakes it
/// at once (`Account::watch_interest`); this only bounds what that could miss.
const INTEREST_POLL: Duration = Duration::from_secs(1);
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

pub struct Consumer {
    pub name: String,
    pub stream: Weak<Stream>,
    stream_name: String,
    /// `$JS.ACK.<stream>.<consumer>.`: the fixed start of every delivery's ack subject.
    ack_prefix: String,
    router: Arc<Router>,
    account: Arc<Account>,
    pub created: i64,
    durable: bool,
    inner: Mutex<Inner>,
    filter: RwLock<Filter>,
    /// The priority groups, readable while the consumer lock is held (advisories).
    groups: RwLock<Vec<String>>,
    wake: Notify,
    /// Set while this push consumer is on its account's interest watch (see
    /// `Account::watch_interest`): a round without interest registers only once.
    watching_interest: AtomicBool,
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
    /// Messages that reached max_deliver without an ack: no longer pending, not acked
    /// either (stream seq -> (consumer seq, deliveries)), as nats-server keeps them in
    /// its redelivery counts. They hold the ack floor until the pending set empties.
    exceeded: BTreeMap<u64, (u64, u64)>,
    /// Sequences due again, in order.
    redeliver: VecDeque<u64>,
    /// `last_per_subject` start: the sequences still to deliver before `next_seq`.
    initial: VecDeque<u64>,
    waiting: VecDeque<PullRequest>,
    /// Delivery rounds run so far (pull requests' interest is checked once per round).
    round: u64,
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

impl crate::account::InterestWatcher for Consumer {
    fn interest_arrived(&self) {
        self.watching_interest.store(false, Ordering::Release);
        self.wake();
    }
}

impl Consumer {
    /// Creates (and for durables of file streams, persists) a consumer.
    pub fn create(stream: &Arc<Stream>, name: String, config: ConsumerConfig, durable: bool) -> Result<Arc<Consumer>, String> {
        let created = now_nanos();
        let persist = durable && !stream.is_memory() && !config.mem_storage;
        let dir = if persist { stream.dir.as_ref().map(|d| d.join("obs").join(&name)) } else { None };
        if let Some(dir) = &dir {
            if dir.join(META_FILE).exists() && stream.consumer(&name).is_none() {
                // A consumer of this name is on disk but was not loaded (damaged
                // metadata): never wipe its state to make room.
                return Err(format!("consumer directory {} exists but could not be loaded, see the server log", dir.display()));
            }
            let _ = std::fs::remove_dir_all(dir);
            io::create_dir_durable(dir).map_err(|e| io::describe(&e))?;
            io::write_sealed(&dir.join(META_FILE), &go_json(&Meta { config: config.clone(), created })).map_err(|e| io::describe(&e))?;
        }
        let filter = Filter::new(config.filters());
        let opt_time = config.opt_start_time.map(|t| t.unix_nanos);
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
        let meta: Meta = io::read_meta_in(dir, META_FILE, "consumer")?;
        let (log, mut snapshot) = StateLog::open(&dir.join(STATE_FILE)).map_err(|e| e.to_string())?;
        let name = meta.config.durable_name.clone();
        let name = if name.is_empty() { meta.config.name.clone() } else { name };
        let gaps = std::mem::take(&mut snapshot.gaps);
        let delivered_after = std::mem::take(&mut snapshot.delivered_after_damage);
        let consumer = Consumer::assemble(stream, name, meta.config, meta.created, true, snapshot, Some(log), Some(dir.to_path_buf()));
        // Messages a damaged state record may have delivered are delivered again (first,
        // as the messages of a new consumer's start are), so none is skipped.
        let filter = consumer.filter();
        let mut inner = consumer.lock();
        for (from, to) in gaps {
            let mut seq = from;
            while let Some(m) = stream.next_by_filter(seq, &filter).filter(|m| m.seq < to) {
                if !inner.pending.contains_key(&m.seq) && delivered_after.binary_search(&m.seq).is_err() {
                    inner.initial.push_back(m.seq);
                }
                seq = m.seq + 1;
            }
        }
        if !inner.initial.is_empty() {
            error!(
                "JetStream consumer '{} > {}': state damage: delivering again {} message(s) from stream sequence {}",
                stream.name,
                consumer.name,
                inner.initial.len(),
                inner.initial[0]
            );
        }
        drop(inner);
        Ok(consumer)
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
        let paused_until = config.pause_until.map_or(0, |t| t.unix_nanos);
        let ack_prefix = format!("$JS.ACK.{}.{name}.", stream.name);
        Arc::new(Consumer {
            name,
            stream: Arc::downgrade(stream),
            stream_name: stream.name.clone(),
            ack_prefix,
            router: stream.router.clone(),
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
                exceeded: snapshot.exceeded.iter().map(|&(s, c, d)| (s, (c, d))).collect(),
                redeliver: VecDeque::new(),
                initial: VecDeque::new(),
                waiting: VecDeque::new(),
                round: 0,
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
            watching_interest: AtomicBool::new(false),
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
        let mut subs = self.subs.lock().unwrap_or_else(|e| e.into_inner());
        let ack = format!("$JS.ACK.{}.{}.>", self.stream_name, self.name);
        let weak = Arc::downgrade(self);
        subs.push(self.account.subscribe_internal(
            &ack,
            Arc::new(move |msg: &InternalMsg<'_>| {
                if let Some(c) = weak.upgrade() {
                    c.on_ack(msg);
                }
            }),
        ));
        let fc = format!("$JS.FC.{}.{}.>", self.stream_name, self.name);
        let weak = Arc::downgrade(self);
        subs.push(self.account.subscribe_internal(
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
            self.account.unsubscribe(&sub);
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
            io::write_sealed(&dir.join(META_FILE), &go_json(&Meta { config: config.clone(), created: self.created }))
                .map_err(|e| e.to_string())?;
        }
        *self.filter.write().unwrap_or_else(|e| e.into_inner()) = Filter::new(config.filters());
        *self.groups.write().unwrap_or_else(|e| e.into_inner()) = config.priority_groups.clone();
        let mut inner = self.lock();
        inner.paused_until = config.pause_until.map_or(0, |t| t.unix_nanos);
        if inner.config.deliver_subject != config.deliver_subject {
            // A new deliver subject is watched anew.
            self.watching_interest.store(false, Ordering::Release);
        }
        inner.config = config;
        drop(inner);
        self.wake();
        Ok(())
    }

    /// Sets or clears `pause_until`; returns the config after the change.
    pub fn pause(&self, until: i64) -> Result<ConsumerConfig, String> {
        let mut config = self.config();
        config.pause_until = (until > 0).then(|| natsx_common::time::GoTime::utc(until));
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
        inner.exceeded.retain(|s, _| *s >= first);
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
        seq <= inner.ack_floor.stream_seq
            || (seq < inner.next_seq
                && !inner.pending.contains_key(&seq)
                && !inner.exceeded.contains_key(&seq)
                && !inner.initial.contains(&seq))
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
            exceeded: inner.exceeded.iter().map(|(s, (c, d))| (*s, *c, *d)).collect(),
            ..Default::default()
        }
    }

    // ---- delivery ----

    fn reply(&self, subject: &[u8], headers: &[u8], payload: &[u8]) {
        self.router.publish(&self.account, [router::Outgoing::new(subject, payload).with_headers(headers)], Wake::Deferred);
    }

    fn send_status(&self, to: &[u8], status: &str, extra: &[(&str, &str)]) {
        self.reply(to, &headers::block(status, extra), b"");
    }

    fn advisory(&self, kind: &str, body: Value) {
        let subject = format!("$JS.EVENT.ADVISORY.CONSUMER.{kind}.{}.{}", self.stream_name, self.name);
        self.router.publish(&self.account, [router::Outgoing::new(subject.as_bytes(), &go_json(&body))], Wake::Deferred);
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
        let push_bound = !inner.config.is_pull() && self.account.has_interest(inner.config.deliver_subject.as_bytes());
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
            // nats-server reports none for max_deliver 1 (redeliveries are off).
            num_redelivered: if inner.config.max_deliver == 1 {
                0
            } else {
                (inner.pending.values().filter(|p| p.deliveries > 1).count() + inner.exceeded.values().filter(|(_, d)| *d > 1).count())
                    as u64
            },
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

/// Replays consumer state log bytes as recovery does, after giving each record a valid
/// checksum when `seal` is set (so generated input reaches the record handling). For the
/// fuzz target (`server/fuzz`): no input may panic, hang or allocate without bound.
#[doc(hidden)]
pub fn fuzz_state_log(data: &[u8], seal: bool) {
    let mut data = data.to_vec();
    if seal {
        state_log::seal_records(&mut data);
    }
    let _ = state_log::replay(&data, Path::new("fuzz"));
}
