//! A stream: captures the messages published on its subjects, stores them, and enforces
//! its limits, deduplication and publish expectations.
//!
//! Capture is an internal subscription per configured subject; the handler runs on the
//! publisher's read loop and does only in-memory work under the stream lock (checks, an
//! append into the store's buffer). Durability is the background task's job: it writes the
//! buffer out, fsyncs outside the lock — one fsync for every publish that arrived since the
//! last — and only then sends the publish acknowledgements and lets consumers see the new
//! messages. So an ack always means "on disk", and a consumer never sees a message a crash
//! could take back. With `sync_interval` set, acks go out once the write reached the
//! operating system and the fsync happens on the interval instead.
//!
//! Lock order: a consumer's lock may be held while taking the stream lock, never the
//! reverse; the stream reaches consumers only through the separate `consumers` map.

use std::collections::{BTreeMap, HashMap, VecDeque};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, Mutex, MutexGuard, RwLock, Weak};
use std::time::Duration;

use serde::{Deserialize, Serialize};
use tokio::sync::Notify;

use super::config::{ConsumerConfig, DeliverPolicy, Discard, Retention, Storage, StreamConfig};
use super::consumer::Consumer;
use super::errors::ApiError;
use super::headers;
use super::store::file::FileStore;
use super::store::index::Filter;
use super::store::memory::MemoryStore;
use super::store::{io, PurgeRequest, Store, StoreError, StoredMsg};
use super::transform::Transform;
use super::{go_json, now_nanos, source, JetStream, JsAccount};
use crate::account::Account;
use crate::monitor::time::rfc3339_nanos;
use crate::options::SyncPolicy;
use crate::server::Server;
use crate::subscription::{InternalMsg, Subscription};
use crate::{error, subject, warn};

pub const META_FILE: &str = "meta.json";

/// What is kept in `meta.json`.
#[derive(Serialize, Deserialize)]
struct Meta {
    config: StreamConfig,
    created: i64,
}

pub struct Stream {
    pub name: String,
    pub created: i64,
    server: Weak<Server>,
    pub jsa: Weak<JsAccount>,
    pub account: Arc<Account>,
    pub dir: Option<PathBuf>,
    inner: Mutex<Inner>,
    pub consumers: RwLock<BTreeMap<String, Arc<Consumer>>>,
    /// The highest sequence consumers may see: synced to disk (or memory storage).
    durable_seq: AtomicU64,
    wake: Notify,
    stopped: AtomicBool,
    sync: SyncPolicy,
    /// Copy positions of mirrors and sources, by origin name.
    sources: Mutex<HashMap<String, source::Position>>,
    /// Limits retention: acks never remove messages (read on every ack without the lock).
    limits_retention: AtomicBool,
    /// The fixed parts of a publish ack: `{"stream":"NAME","seq":` and `,"domain":"D"`.
    ack_parts: (String, String),
}

struct Inner {
    config: StreamConfig,
    store: Box<dyn Store>,
    subs: Vec<Arc<Subscription>>,
    /// `Nats-Msg-Id` → sequence, within the duplicate window; oldest first in `dedup_order`.
    dedup: HashMap<String, u64>,
    dedup_order: VecDeque<(i64, String)>,
    last_msg_id: String,
    /// Replies waiting for the next fsync.
    pending_acks: Vec<(Vec<u8>, Vec<u8>)>,
    transform: Option<Transform>,
    republish: Option<(Transform, bool)>,
}

/// A publish outcome, before it is turned into a PubAck.
enum Stored {
    New(u64),
    Duplicate(u64),
}

#[derive(Serialize)]
pub struct LostState {
    pub msgs: Vec<u64>,
    pub bytes: u64,
}

/// `state` in stream info, in nats-server's field order.
#[derive(Serialize)]
pub struct StreamState {
    pub messages: u64,
    pub bytes: u64,
    pub first_seq: u64,
    pub first_ts: String,
    pub last_seq: u64,
    pub last_ts: String,
    #[serde(skip_serializing_if = "is_zero")]
    pub num_subjects: u64,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub subjects: Option<BTreeMap<String, u64>>,
    #[serde(skip_serializing_if = "is_zero")]
    pub num_deleted: u64,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub deleted: Option<Vec<u64>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub lost: Option<LostState>,
    pub consumer_count: usize,
}

fn is_zero(n: &u64) -> bool {
    *n == 0
}

impl Stream {
    /// Creates a new stream (the config is already normalized and checked).
    pub fn create(js: &Arc<JetStream>, jsa: &Arc<JsAccount>, config: StreamConfig) -> Result<Arc<Stream>, ApiError> {
        let created = now_nanos();
        let dir = (config.storage == Storage::File).then(|| jsa.dir.join(&config.name));
        let store: Box<dyn Store> = match &dir {
            Some(dir) => {
                let fail = |e: String| ApiError::new("JSStreamCreateErrF").with("err", e);
                let _ = std::fs::remove_dir_all(dir);
                io::create_dir_durable(dir).map_err(|e| fail(e.to_string()))?;
                io::write_atomic(&dir.join(META_FILE), &go_json(&Meta { config: config.clone(), created }))
                    .map_err(|e| fail(e.to_string()))?;
                Box::new(FileStore::open(&dir.join("msgs")).map_err(|e| fail(e.to_string()))?)
            }
            None => Box::new(MemoryStore::new()),
        };
        let stream = Stream::assemble(js, jsa, config, created, dir, store);
        {
            let mut inner = stream.lock();
            let first = inner.config.first_seq;
            if first > 1 {
                let _ = inner.store.skip_to(first);
                let _ = inner.store.flush();
            }
        }
        stream.start(js);
        Ok(stream)
    }

    /// Reopens a file stream and its consumers after a restart.
    pub fn recover(js: &Arc<JetStream>, jsa: &Arc<JsAccount>, dir: &Path) -> Result<Arc<Stream>, String> {
        let meta: Meta =
            serde_json::from_slice(&std::fs::read(dir.join(META_FILE)).map_err(|e| e.to_string())?).map_err(|e| e.to_string())?;
        let store = FileStore::open(&dir.join("msgs")).map_err(|e| e.to_string())?;
        let stream = Stream::assemble(js, jsa, meta.config, meta.created, Some(dir.to_path_buf()), Box::new(store));
        stream.account_usage(0, stream.lock().store.index().bytes() as i64);
        Consumer::recover_all(&stream);
        stream.start(js);
        Ok(stream)
    }

    fn assemble(
        js: &Arc<JetStream>,
        jsa: &Arc<JsAccount>,
        config: StreamConfig,
        created: i64,
        dir: Option<PathBuf>,
        store: Box<dyn Store>,
    ) -> Arc<Stream> {
        let durable = store.index().last_seq();
        let transform = config.subject_transform.as_ref().and_then(|t| Transform::new(&t.src, &t.dest));
        let republish = config.republish.as_ref().and_then(|r| Some((Transform::new(&r.src, &r.dest)?, r.headers_only)));
        let sync = if config.storage == Storage::Memory { SyncPolicy::Interval(Duration::from_secs(3600)) } else { js.sync };
        let retention = config.retention;
        let json_name = serde_json::to_string(&config.name).unwrap_or_default();
        let domain =
            js.domain.as_ref().map(|d| format!(",\"domain\":{}", serde_json::to_string(d).unwrap_or_default())).unwrap_or_default();
        let ack_parts = (format!("{{\"stream\":{json_name},\"seq\":"), domain);
        Arc::new(Stream {
            name: config.name.clone(),
            created,
            server: js.server.clone(),
            jsa: Arc::downgrade(jsa),
            account: jsa.account.clone(),
            dir,
            inner: Mutex::new(Inner {
                config,
                store,
                subs: Vec::new(),
                dedup: HashMap::new(),
                dedup_order: VecDeque::new(),
                last_msg_id: String::new(),
                pending_acks: Vec::new(),
                transform,
                republish,
            }),
            consumers: RwLock::new(BTreeMap::new()),
            durable_seq: AtomicU64::new(durable),
            wake: Notify::new(),
            stopped: AtomicBool::new(false),
            sync,
            sources: Mutex::new(HashMap::new()),
            limits_retention: AtomicBool::new(retention == Retention::Limits),
            ack_parts,
        })
    }

    pub fn account_server(&self) -> Weak<Server> {
        self.server.clone()
    }

    fn lock(&self) -> MutexGuard<'_, Inner> {
        self.inner.lock().unwrap_or_else(|e| e.into_inner())
    }

    fn server(&self) -> Option<Arc<Server>> {
        self.server.upgrade()
    }

    /// Subscribes the stream's subjects and starts its background task.
    fn start(self: &Arc<Self>, _js: &Arc<JetStream>) {
        self.subscribe();
        let stream = Arc::downgrade(self);
        tokio::spawn(background(stream));
        source::start(self);
    }

    /// True when acks do not remove messages (limits retention).
    pub fn keeps_acked(&self) -> bool {
        self.limits_retention.load(Ordering::Relaxed)
    }

    pub fn is_stopped(&self) -> bool {
        self.stopped.load(Ordering::Relaxed)
    }

    pub fn source_position(&self, origin: &str) -> Option<source::Position> {
        self.sources.lock().unwrap_or_else(|e| e.into_inner()).get(origin).cloned()
    }

    pub fn set_source_position(&self, origin: &str, next: u64, active: bool) {
        let mut sources = self.sources.lock().unwrap_or_else(|e| e.into_inner());
        let entry = sources.entry(origin.to_string()).or_insert(source::Position { next, last_active: None });
        entry.next = next;
        if active {
            entry.last_active = Some(std::time::Instant::now());
        }
    }

    /// `mirror` and `sources` for stream info.
    pub fn source_infos(&self) -> (Option<source::SourceInfo>, Vec<source::SourceInfo>) {
        let positions = self.sources.lock().unwrap_or_else(|e| e.into_inner()).clone();
        source::infos(self, &positions)
    }

    /// The origin sequence of the newest message copied from `origin` (its
    /// `Nats-Stream-Source` mark), searching back from the end.
    pub fn last_copied_from(&self, origin: &str) -> Option<u64> {
        let mut inner = self.lock();
        let mut seq = inner.store.index().last_seq();
        let first = inner.store.index().first_seq();
        while seq >= first && seq > 0 {
            if let Some(m) = load_checked(&mut inner, seq) {
                if let Some(mark) = headers::get(&m.headers, source::SOURCE_HEADER) {
                    let mut parts = mark.split_whitespace();
                    if parts.next() == Some(origin) {
                        return parts.next().and_then(|s| s.parse().ok());
                    }
                }
            }
            seq -= 1;
        }
        None
    }

    /// Appends a message copied from another stream (a mirror gives the origin's sequence).
    /// False when it cannot be stored now (limits); the copier tries again later.
    pub fn store_sourced(&self, subject: &str, hdrs: &[u8], payload: &[u8], origin_ts: i64, mirror_seq: Option<u64>) -> bool {
        if self.is_stopped() {
            return false;
        }
        let mut inner = self.lock();
        let before = inner.store.index().bytes() as i64;
        if let Some(seq) = mirror_seq {
            let last = inner.store.index().last_seq();
            if seq <= last {
                return true;
            }
            if seq > last + 1 && inner.store.skip_msgs(seq).is_err() {
                return false;
            }
        }
        let cfg = &inner.config;
        let size = if self.is_memory() {
            super::store::memory_msg_size(subject.len(), hdrs.len(), payload.len())
        } else {
            super::store::file_msg_size(subject.len(), hdrs.len(), payload.len())
        } as i64;
        let index = inner.store.index();
        let full = cfg.discard == Discard::New
            && ((cfg.max_msgs > 0 && index.msgs() as i64 >= cfg.max_msgs)
                || (cfg.max_bytes > 0 && index.bytes() as i64 + size > cfg.max_bytes));
        if full || self.check_account_limits(size).is_err() {
            return false;
        }
        let ts = if mirror_seq.is_some() { origin_ts } else { now_nanos() };
        let seq = match inner.store.append(subject, hdrs, payload, ts) {
            Ok(seq) => seq,
            Err(e) => {
                error!("JetStream stream '{} > {}': storing a copied message failed: {e}", self.account.name, self.name);
                return false;
            }
        };
        if let Some(id) = headers::get(hdrs, "Nats-Msg-Id").filter(|s| !s.is_empty()) {
            inner.dedup.insert(id.to_string(), seq);
            inner.dedup_order.push_back((ts, id.to_string()));
        }
        enforce_limits(&mut inner, Some(subject));
        if inner.config.retention == Retention::Interest && !self.has_interest(subject) {
            let _ = remove_one(&mut *inner.store, seq);
        }
        let after = inner.store.index().bytes() as i64;
        if self.sync == SyncPolicy::Always {
            drop(inner);
            self.account_usage(before, after);
            self.wake.notify_one();
            return true;
        }
        if !self.is_memory() {
            let _ = inner.store.flush();
        }
        self.durable_seq.store(inner.store.index().last_seq(), Ordering::Release);
        drop(inner);
        self.account_usage(before, after);
        self.notify_consumers();
        true
    }

    fn subscribe(self: &Arc<Self>) {
        let Some(server) = self.server() else { return };
        let mut inner = self.lock();
        for sub in inner.subs.drain(..) {
            self.account.sublist.remove(&sub);
        }
        let subjects = inner.config.subjects.clone();
        for subject in subjects {
            let weak = Arc::downgrade(self);
            let sub = server.subscribe_internal(
                &self.account,
                &subject,
                Arc::new(move |msg: &InternalMsg<'_>| {
                    if let Some(stream) = weak.upgrade() {
                        stream.on_publish(msg);
                    }
                }),
            );
            inner.subs.push(sub);
        }
    }

    /// Stops capture and background work (delete or shutdown).
    pub fn stop(&self) {
        self.stopped.store(true, Ordering::SeqCst);
        let mut inner = self.lock();
        for sub in inner.subs.drain(..) {
            self.account.sublist.remove(&sub);
        }
        let _ = inner.store.flush();
        for f in inner.store.sync_handles() {
            let _ = f.sync();
        }
        drop(inner);
        for c in self.consumer_list() {
            c.stop();
        }
        self.wake.notify_one();
    }

    pub fn config(&self) -> StreamConfig {
        self.lock().config.clone()
    }

    /// Whether DIRECT.GET is allowed (without copying the config, as `config()` does).
    pub fn allows_direct(&self) -> bool {
        self.lock().config.allow_direct
    }

    pub fn message_count(&self) -> u64 {
        self.lock().store.index().msgs()
    }

    pub fn is_memory(&self) -> bool {
        self.dir.is_none()
    }

    pub fn durable_seq(&self) -> u64 {
        self.durable_seq.load(Ordering::Acquire)
    }

    pub fn consumer(&self, name: &str) -> Option<Arc<Consumer>> {
        self.consumers.read().unwrap_or_else(|e| e.into_inner()).get(name).cloned()
    }

    pub fn consumer_list(&self) -> Vec<Arc<Consumer>> {
        self.consumers.read().unwrap_or_else(|e| e.into_inner()).values().cloned().collect()
    }

    pub fn consumer_count(&self) -> usize {
        self.consumers.read().unwrap_or_else(|e| e.into_inner()).len()
    }

    fn notify_consumers(&self) {
        for c in self.consumers.read().unwrap_or_else(|e| e.into_inner()).values() {
            c.wake();
        }
    }

    /// Adjusts the account's usage by the change in stored bytes.
    fn account_usage(&self, before: i64, after: i64) {
        if let Some(jsa) = self.jsa.upgrade() {
            let counter = if self.is_memory() { &jsa.memory_used } else { &jsa.store_used };
            counter.fetch_add(after - before, Ordering::Relaxed);
        }
    }

    fn reply(&self, reply: &[u8], body: &[u8]) {
        if let Some(server) = self.server() {
            server.publish_internal(&self.account, reply, None, b"", body);
        }
    }

    fn on_publish(self: &Arc<Self>, msg: &InternalMsg<'_>) {
        if self.stopped.load(Ordering::Relaxed) {
            return;
        }
        let subject = String::from_utf8_lossy(msg.subject);
        let reply = msg.reply.filter(|r| !r.is_empty());
        let mut inner = self.lock();
        let before = inner.store.index().bytes() as i64;
        let outcome = self.store_message(&mut inner, &subject, msg.headers, msg.payload);
        let after = inner.store.index().bytes() as i64;
        let no_ack = inner.config.no_ack;
        let body = match &outcome {
            Ok(Stored::New(seq)) => self.pub_ack(*seq, false),
            Ok(Stored::Duplicate(seq)) => self.pub_ack(*seq, true),
            Err(e) => {
                let mut out = b"{\"error\":".to_vec();
                out.extend_from_slice(&go_json(e));
                out.extend_from_slice(
                    format!(",\"stream\":{},\"seq\":0}}", serde_json::to_string(&self.name).unwrap_or_default()).as_bytes(),
                );
                out
            }
        };
        let stored = matches!(outcome, Ok(Stored::New(_)));
        match self.sync {
            SyncPolicy::Always if outcome.is_ok() => {
                if let (Some(reply), false) = (reply, no_ack) {
                    inner.pending_acks.push((reply.to_vec(), body));
                }
                drop(inner);
                self.account_usage(before, after);
                self.wake.notify_one();
                return;
            }
            SyncPolicy::Interval(_) if stored && !self.is_memory() => {
                // Acknowledged once the operating system has it (nats-server's default).
                if let Err(e) = inner.store.flush() {
                    error!("JetStream stream '{} > {}': write failed: {e}", self.account.name, self.name);
                }
            }
            _ => {}
        }
        if stored {
            self.durable_seq.store(inner.store.index().last_seq(), Ordering::Release);
        }
        drop(inner);
        self.account_usage(before, after);
        if stored {
            self.notify_consumers();
        }
        if let (Some(reply), false) = (reply, no_ack && outcome.is_ok()) {
            self.reply(reply, &body);
        }
    }

    fn pub_ack(&self, seq: u64, duplicate: bool) -> Vec<u8> {
        let (prefix, domain) = &self.ack_parts;
        let mut out = Vec::with_capacity(prefix.len() + domain.len() + 40);
        out.extend_from_slice(prefix.as_bytes());
        out.extend_from_slice(seq.to_string().as_bytes());
        out.extend_from_slice(domain.as_bytes());
        // nats-server builds the duplicate form by hand, space included.
        out.extend_from_slice(if duplicate { b",\"duplicate\": true}" } else { b"}" });
        out
    }

    /// Checks and stores one published message.
    fn store_message(&self, inner: &mut Inner, subject: &str, hdrs: &[u8], payload: &[u8]) -> Result<Stored, ApiError> {
        let cfg = &inner.config;
        if cfg.sealed {
            return Err(ApiError::new("JSStreamSealedErr"));
        }
        let size = hdrs.len() + payload.len();
        if cfg.max_msg_size > 0 && size as i64 > cfg.max_msg_size {
            return Err(ApiError::new("JSStreamMessageExceedsMaximumErr"));
        }
        let now = now_nanos();
        let msg_id = headers::get(hdrs, "Nats-Msg-Id").filter(|s| !s.is_empty());
        if let Some(id) = msg_id {
            expire_dedup(inner, now);
            if let Some(&seq) = inner.dedup.get(id) {
                return Ok(Stored::Duplicate(seq));
            }
        }
        let cfg = &inner.config;
        let index = inner.store.index();
        if let Some(expected) = headers::get(hdrs, "Nats-Expected-Stream") {
            if expected != self.name {
                return Err(ApiError::new("JSStreamNotMatchErr"));
            }
        }
        if let Some(expected) = headers::get(hdrs, "Nats-Expected-Last-Sequence") {
            let expected: u64 = expected.parse().unwrap_or(0);
            if expected != index.last_seq() {
                return Err(ApiError::new("JSStreamWrongLastSequenceErrF").with("seq", index.last_seq().to_string()));
            }
        }
        if let Some(expected) = headers::get(hdrs, "Nats-Expected-Last-Subject-Sequence") {
            let expected: u64 = expected.parse().unwrap_or(0);
            let check = headers::get(hdrs, "Nats-Expected-Last-Subject-Sequence-Subject").filter(|s| !s.is_empty()).unwrap_or(subject);
            let last = index.last_matching(&Filter::new(vec![check.to_string()])).unwrap_or(0);
            if expected != last {
                return Err(ApiError::new("JSStreamWrongLastSequenceErrF").with("seq", last.to_string()));
            }
        }
        if let Some(expected) = headers::get(hdrs, "Nats-Expected-Last-Msg-Id") {
            if expected != inner.last_msg_id {
                return Err(ApiError::new("JSStreamWrongLastMsgIDErrF").with("id", &inner.last_msg_id));
            }
        }
        if let Some(ttl) = headers::get(hdrs, "Nats-TTL") {
            if !cfg.allow_msg_ttl {
                return Err(ApiError::new("JSMessageTTLDisabledErr"));
            }
            if super::store::parse_ttl(ttl).is_err() {
                return Err(ApiError::new("JSMessageTTLInvalidErr"));
            }
        }
        let rollup = match headers::get(hdrs, "Nats-Rollup") {
            None => None,
            Some(_) if !cfg.allow_rollup_hdrs || cfg.deny_purge => {
                return Err(ApiError::new("JSStreamRollupFailedF").with("err", "rollup not permitted"));
            }
            Some(v) if v.eq_ignore_ascii_case("sub") => Some(false),
            Some(v) if v.eq_ignore_ascii_case("all") => Some(true),
            Some(v) => return Err(ApiError::new("JSStreamRollupFailedF").with("err", format!("rollup value invalid: {v}"))),
        };
        let stored_subject = match &inner.transform {
            Some(t) => t.apply(subject).unwrap_or_else(|| subject.to_string()),
            None => subject.to_string(),
        };
        let record_size = if self.is_memory() {
            super::store::memory_msg_size(stored_subject.len(), hdrs.len(), payload.len())
        } else {
            super::store::file_msg_size(stored_subject.len(), hdrs.len(), payload.len())
        } as i64;
        if cfg.discard == Discard::New {
            if cfg.max_msgs > 0 && index.msgs() as i64 >= cfg.max_msgs {
                return Err(ApiError::new("JSStreamStoreFailedF").with("err", "maximum messages exceeded"));
            }
            if cfg.max_bytes > 0 && index.bytes() as i64 + record_size > cfg.max_bytes {
                return Err(ApiError::new("JSStreamStoreFailedF").with("err", "maximum bytes exceeded"));
            }
            if cfg.discard_new_per_subject && cfg.max_msgs_per_subject > 0 {
                let n = index.subject_seqs(&stored_subject).map_or(0, |s| s.len()) as i64;
                if n >= cfg.max_msgs_per_subject {
                    return Err(ApiError::new("JSStreamStoreFailedF").with("err", "maximum messages per subject exceeded"));
                }
            }
        }
        self.check_account_limits(record_size)?;
        let seq = inner
            .store
            .append(&stored_subject, hdrs, payload, now)
            .map_err(|e| ApiError::new("JSStreamStoreFailedF").with("err", e.to_string()))?;
        match rollup {
            Some(true) => {
                let _ = inner.store.compact(seq);
            }
            Some(false) => {
                let older: Vec<u64> =
                    inner.store.index().subject_seqs(&stored_subject).map(|s| s.range(..seq).copied().collect()).unwrap_or_default();
                for s in older {
                    let _ = remove_one(&mut *inner.store, s);
                }
            }
            None => {}
        }
        enforce_limits(inner, Some(&stored_subject));
        if let Some(id) = msg_id {
            inner.dedup.insert(id.to_string(), seq);
            inner.dedup_order.push_back((now, id.to_string()));
        }
        inner.last_msg_id = msg_id.unwrap_or_default().to_string();
        if inner.store.index().has_ttl(seq) {
            // Re-arm the expiry timer for this message's TTL.
            self.wake.notify_one();
        }
        if inner.config.retention == Retention::Interest && !self.has_interest(&stored_subject) {
            let _ = remove_one(&mut *inner.store, seq);
        }
        if let Some((t, headers_only)) = &inner.republish {
            if let Some(dest) = t.apply(&stored_subject) {
                self.republish(&dest, &stored_subject, seq, now, hdrs, payload, *headers_only, inner.store.index().last_seq());
            }
        }
        Ok(Stored::New(seq))
    }

    #[allow(clippy::too_many_arguments)]
    fn republish(&self, dest: &str, subject: &str, seq: u64, ts: i64, hdrs: &[u8], payload: &[u8], headers_only: bool, last: u64) {
        let Some(server) = self.server() else { return };
        let (seq_text, last_text, ts_text) = (seq.to_string(), last.saturating_sub(1).to_string(), rfc3339_nanos(ts));
        let mut extra = vec![
            ("Nats-Stream", self.name.as_str()),
            ("Nats-Subject", subject),
            ("Nats-Sequence", &seq_text),
            ("Nats-Time-Stamp", &ts_text),
            ("Nats-Last-Sequence", &last_text),
        ];
        let size_text = payload.len().to_string();
        if headers_only {
            extra.push(("Nats-Msg-Size", &size_text));
        }
        let block = headers::extend(hdrs, &extra);
        server.publish_internal(&self.account, dest.as_bytes(), None, &block, if headers_only { b"" } else { payload });
    }

    fn check_account_limits(&self, size: i64) -> Result<(), ApiError> {
        let Some(jsa) = self.jsa.upgrade() else { return Ok(()) };
        let Some(js) = self.server().and_then(|s| s.jetstream()) else { return Ok(()) };
        let (used, account_max, server_max, err) = if self.is_memory() {
            (jsa.memory_used.load(Ordering::Relaxed), jsa.limits.max_memory, js.limits.max_memory, "JSMemoryResourcesExceededErr")
        } else {
            (jsa.store_used.load(Ordering::Relaxed), jsa.limits.max_store, js.limits.max_store, "JSStorageResourcesExceededErr")
        };
        if account_max >= 0 && used + size > account_max {
            return Err(ApiError::new(err));
        }
        if server_max >= 0 {
            let (total_memory, total_store) = js.usage();
            let server_used = if self.is_memory() { total_memory } else { total_store };
            if server_used + size > server_max {
                return Err(ApiError::new(err));
            }
        }
        Ok(())
    }

    /// True when some consumer's filter selects `subject` (interest retention).
    fn has_interest(&self, subject: &str) -> bool {
        self.consumer_list().iter().any(|c| c.filter().matches(subject))
    }

    /// Writes out, fsyncs, then acknowledges and wakes consumers. The fsync happens outside
    /// the lock, so publishes keep arriving meanwhile and share the next one.
    async fn commit(&self) {
        let (handles, acks, last) = {
            let mut inner = self.lock();
            if let Err(e) = inner.store.flush() {
                error!("JetStream stream '{} > {}': write failed: {e}", self.account.name, self.name);
            }
            (inner.store.sync_handles(), std::mem::take(&mut inner.pending_acks), inner.store.index().last_seq())
        };
        let mut failed = None;
        if !handles.is_empty() {
            let result = tokio::task::spawn_blocking(move || handles.iter().try_for_each(|f| f.sync())).await;
            match result {
                Ok(Ok(())) => {}
                Ok(Err(e)) => failed = Some(e.to_string()),
                Err(e) => failed = Some(e.to_string()),
            }
        }
        if let Some(e) = failed {
            error!("JetStream stream '{} > {}': fsync failed: {e}", self.account.name, self.name);
            let err = ApiError::new("JSStreamStoreFailedF").with("err", e);
            let mut body = b"{\"error\":".to_vec();
            body.extend_from_slice(&go_json(&err));
            body.extend_from_slice(format!(",\"stream\":{},\"seq\":0}}", serde_json::to_string(&self.name).unwrap_or_default()).as_bytes());
            for (reply, _) in acks {
                self.reply(&reply, &body);
            }
            return;
        }
        let advanced = self.durable_seq.swap(last, Ordering::AcqRel) != last;
        if advanced {
            self.notify_consumers();
        }
        if let (Some(server), false) = (self.server(), acks.is_empty()) {
            server.publish_internal_batch(&self.account, acks.iter().map(|(reply, body)| (&reply[..], &body[..])));
        }
    }

    /// Fsyncs whatever is written (after API operations that change the log).
    pub async fn sync_now(&self) {
        if !self.is_memory() {
            self.commit().await;
        }
    }

    /// Removes messages past their own TTL (`Nats-TTL`) or older than `max_age` (those with
    /// a TTL of their own excepted), leaving subject delete markers where configured;
    /// returns when the next one expires.
    fn expire_aged(&self) -> Option<Duration> {
        let mut inner = self.lock();
        let max_age = inner.config.max_age;
        let marker_ttl = inner.config.subject_delete_marker_ttl;
        let now = now_nanos();
        let before = inner.store.index().bytes() as i64;
        let mut victims = inner.store.index().ttl_due(now);
        if max_age > 0 {
            let index = inner.store.index();
            victims.extend(index.older_than(now - max_age).into_iter().filter(|s| !index.has_ttl(*s)));
        }
        let mut markers: Vec<String> = Vec::new();
        for seq in victims {
            let marker_candidate = if marker_ttl > 0 { load_checked(&mut inner, seq) } else { None };
            if remove_one(&mut *inner.store, seq).unwrap_or(false) {
                // The last message of a subject leaves a marker (markers themselves do not).
                if let Some(m) = marker_candidate {
                    let is_marker = headers::get(&m.headers, "Nats-Marker-Reason").is_some();
                    if !is_marker && inner.store.index().subject_seqs(&m.subject).is_none() {
                        markers.push(m.subject.to_string());
                    }
                }
            }
        }
        let mut appended = false;
        for subject in markers {
            let ttl = crate::monitor::time::go_duration(Duration::from_nanos(marker_ttl as u64));
            let block = headers::block("", &[("Nats-Marker-Reason", "MaxAge"), ("Nats-TTL", &ttl)]);
            if inner.store.append(&subject, &block, b"", now).is_ok() {
                appended = true;
            }
        }
        let index = inner.store.index();
        let next_age = if max_age > 0 {
            let mut seq = index.first_seq();
            let mut next = None;
            while let Some(s) = index.next_matching(seq, &Filter::all()) {
                if !index.has_ttl(s) {
                    next = index.get(s).map(|e| e.ts + max_age - now);
                    break;
                }
                seq = s + 1;
            }
            next
        } else {
            None
        };
        let next_ttl = index.next_ttl().map(|at| at - now);
        let next = match (next_age, next_ttl) {
            (Some(a), Some(b)) => Some(a.min(b)),
            (a, b) => a.or(b),
        };
        let after = index.bytes() as i64;
        if appended && self.sync != SyncPolicy::Always {
            let _ = inner.store.flush();
            self.durable_seq.store(inner.store.index().last_seq(), Ordering::Release);
        }
        drop(inner);
        self.account_usage(before, after);
        if appended {
            if self.sync == SyncPolicy::Always {
                self.wake.notify_one();
            } else {
                self.notify_consumers();
            }
        }
        next.map(|n| Duration::from_nanos(n.max(1_000_000) as u64))
    }

    // ---- reads for consumers and the API ----

    /// A stored message; damaged records are dropped (and reported) instead of served.
    pub fn load(&self, seq: u64) -> Option<StoredMsg> {
        let mut inner = self.lock();
        load_checked(&mut inner, seq)
    }

    /// The first message at or after `from` passing `filter` that consumers may see.
    pub fn next_visible(&self, from: u64, filter: &Filter) -> Option<StoredMsg> {
        let limit = self.durable_seq();
        let mut inner = self.lock();
        let mut from = from;
        loop {
            let seq = inner.store.index().next_matching(from, filter)?;
            if seq > limit {
                return None;
            }
            if let Some(msg) = load_checked(&mut inner, seq) {
                return Some(msg);
            }
            from = seq + 1;
        }
    }

    /// How many messages at or after `from` pass `filter` (visible ones only).
    pub fn count_from(&self, from: u64, filter: &Filter) -> u64 {
        let limit = self.durable_seq();
        let inner = self.lock();
        let index = inner.store.index();
        let beyond = if limit < index.last_seq() { index.count_from(limit + 1, filter) } else { 0 };
        index.count_from(from, filter).saturating_sub(beyond)
    }

    /// The sequence a consumer starts at for each deliver policy.
    pub fn start_seq(&self, policy: super::config::DeliverPolicy, opt_seq: u64, opt_time: Option<i64>, filter: &Filter) -> (u64, Vec<u64>) {
        use super::config::DeliverPolicy::*;
        let inner = self.lock();
        let index = inner.store.index();
        match policy {
            All => (index.first_seq(), Vec::new()),
            Last => (index.last_matching(filter).unwrap_or(index.last_seq() + 1), Vec::new()),
            New => (index.last_seq() + 1, Vec::new()),
            ByStartSequence => (opt_seq.max(1), Vec::new()),
            ByStartTime => {
                let t = opt_time.unwrap_or(0);
                let mut seq = index.first_seq();
                while let Some(s) = index.next_matching(seq, &Filter::all()) {
                    if index.get(s).is_some_and(|e| e.ts >= t) {
                        return (s, Vec::new());
                    }
                    seq = s + 1;
                }
                (index.last_seq() + 1, Vec::new())
            }
            LastPerSubject => {
                let seqs = index.last_per_subject(filter);
                (seqs.first().copied().unwrap_or(index.last_seq() + 1), seqs)
            }
        }
    }

    pub fn last_seq(&self) -> u64 {
        self.lock().store.index().last_seq()
    }

    pub fn first_seq(&self) -> u64 {
        self.lock().store.index().first_seq()
    }

    /// Removes a message every interested consumer has acknowledged (interest and
    /// work-queue retention).
    pub fn acked_by_consumer(&self, seq: u64) {
        let (retention, subject) = {
            let inner = self.lock();
            let Some(entry) = inner.store.index().get(seq) else { return };
            (inner.config.retention, entry.subject.clone())
        };
        if retention == Retention::Limits {
            return;
        }
        if retention == Retention::Interest {
            let consumers = self.consumer_list();
            if consumers.iter().any(|c| c.filter().matches(&subject) && !c.has_acked(seq)) {
                return;
            }
        }
        let mut inner = self.lock();
        let before = inner.store.index().bytes() as i64;
        let _ = remove_one(&mut *inner.store, seq);
        let after = inner.store.index().bytes() as i64;
        drop(inner);
        self.account_usage(before, after);
        self.wake.notify_one();
    }

    /// After a consumer is deleted: with interest retention, messages nobody else wants go.
    pub fn consumer_removed(&self) {
        let retention = self.lock().config.retention;
        if retention != Retention::Interest {
            return;
        }
        let consumers = self.consumer_list();
        let mut inner = self.lock();
        let before = inner.store.index().bytes() as i64;
        let mut seq = inner.store.index().first_seq();
        let mut victims = Vec::new();
        while let Some(s) = inner.store.index().next_matching(seq, &Filter::all()) {
            let subject = inner.store.index().get(s).map(|e| e.subject.clone());
            if let Some(subject) = subject {
                if !consumers.iter().any(|c| c.filter().matches(&subject) && !c.has_acked(s)) {
                    victims.push(s);
                }
            }
            seq = s + 1;
        }
        for s in victims {
            let _ = remove_one(&mut *inner.store, s);
        }
        let after = inner.store.index().bytes() as i64;
        drop(inner);
        self.account_usage(before, after);
    }

    // ---- API operations ----

    pub fn state(&self, subjects_filter: Option<&str>, deleted_details: bool) -> StreamState {
        let inner = self.lock();
        let index = inner.store.index();
        let lost = inner.store.lost();
        StreamState {
            messages: index.msgs(),
            bytes: index.bytes(),
            first_seq: index.first_seq(),
            first_ts: rfc3339_nanos(index.first_ts()),
            last_seq: index.last_seq(),
            last_ts: rfc3339_nanos(index.last_ts()),
            num_subjects: index.num_subjects() as u64,
            subjects: subjects_filter.map(|f| index.subject_counts(if f == ">" { "" } else { f })).filter(|m| !m.is_empty()),
            num_deleted: index.num_deleted(),
            deleted: deleted_details.then(|| index.deleted()).filter(|d| !d.is_empty()),
            lost: (!lost.msgs.is_empty() || lost.bytes > 0).then_some(LostState { msgs: lost.msgs, bytes: lost.bytes }),
            consumer_count: self.consumer_count(),
        }
    }

    /// Applies an updated config (already normalized and checked against the old one).
    pub fn update(self: &Arc<Self>, config: StreamConfig) -> Result<(), ApiError> {
        if let Some(dir) = &self.dir {
            io::write_atomic(&dir.join(META_FILE), &go_json(&Meta { config: config.clone(), created: self.created }))
                .map_err(|e| ApiError::new("JSStreamUpdateErrF").with("err", e.to_string()))?;
        }
        {
            let mut inner = self.lock();
            let before = inner.store.index().bytes() as i64;
            inner.transform = config.subject_transform.as_ref().and_then(|t| Transform::new(&t.src, &t.dest));
            inner.republish = config.republish.as_ref().and_then(|r| Some((Transform::new(&r.src, &r.dest)?, r.headers_only)));
            self.limits_retention.store(config.retention == Retention::Limits, Ordering::Relaxed);
            inner.config = config;
            enforce_limits(&mut inner, None);
            let after = inner.store.index().bytes() as i64;
            drop(inner);
            self.account_usage(before, after);
        }
        self.subscribe();
        self.wake.notify_one();
        Ok(())
    }

    pub fn purge(&self, request: &PurgeRequest) -> Result<u64, ApiError> {
        let mut inner = self.lock();
        if inner.config.sealed {
            return Err(ApiError::new("JSStreamSealedErr"));
        }
        if inner.config.deny_purge {
            return Err(ApiError::new("JSStreamPurgeFailedF").with("err", "stream purge not permitted"));
        }
        let before = inner.store.index().bytes() as i64;
        let purged = inner.store.purge(request).map_err(|e| ApiError::new("JSStreamPurgeFailedF").with("err", e.to_string()))?;
        let first = inner.store.index().first_seq();
        let after = inner.store.index().bytes() as i64;
        if request.filter.is_empty() && request.keep == 0 {
            inner.dedup.clear();
            inner.dedup_order.clear();
        }
        drop(inner);
        self.account_usage(before, after);
        for c in self.consumer_list() {
            c.stream_purged(first);
        }
        Ok(purged)
    }

    pub fn delete_msg(&self, seq: u64, erase: bool) -> Result<(), ApiError> {
        let mut inner = self.lock();
        if inner.config.sealed {
            return Err(ApiError::new("JSStreamSealedErr"));
        }
        if inner.config.deny_delete {
            return Err(ApiError::new("JSStreamMsgDeleteFailedF").with("err", "message delete not permitted"));
        }
        let before = inner.store.index().bytes() as i64;
        let removed = if inner.store.index().get(seq).is_some() {
            if erase {
                inner.store.remove(seq, true).map_err(|e| ApiError::new("JSStreamMsgDeleteFailedF").with("err", e.to_string()))?
            } else {
                remove_one(&mut *inner.store, seq).map_err(|e| ApiError::new("JSStreamMsgDeleteFailedF").with("err", e.to_string()))?
            }
        } else {
            false
        };
        let beyond = seq > inner.store.index().last_seq();
        let after = inner.store.index().bytes() as i64;
        drop(inner);
        self.account_usage(before, after);
        if !removed && beyond {
            return Err(ApiError::new("JSStreamMsgDeleteFailedF").with("err", "stream store EOF"));
        }
        if !removed {
            return Err(ApiError::new("JSSequenceNotFoundErrF").with("seq", seq.to_string()));
        }
        Ok(())
    }

    /// The newest message on a subject (wildcards allowed).
    pub fn last_by_subject(&self, subject: &str) -> Option<StoredMsg> {
        let mut inner = self.lock();
        let seq = inner.store.index().last_matching(&Filter::new(vec![subject.to_string()]))?;
        load_checked(&mut inner, seq)
    }

    /// The first message at or after `seq` passing `filter` (any message, visible or not).
    pub fn next_by_filter(&self, seq: u64, filter: &Filter) -> Option<StoredMsg> {
        let mut inner = self.lock();
        let mut from = seq.max(1);
        loop {
            let s = inner.store.index().next_matching(from, filter)?;
            if let Some(m) = load_checked(&mut inner, s) {
                return Some(m);
            }
            from = s + 1;
        }
    }

    /// The newest sequence of every subject matching any of `subjects`, no later than
    /// `up_to_seq` and `up_to_time`, in sequence order.
    pub fn last_per_subject_up_to(&self, subjects: &[String], up_to_seq: u64, up_to_time: i64) -> Vec<u64> {
        let inner = self.lock();
        let index = inner.store.index();
        let filter = Filter::new(subjects.to_vec());
        let mut out: Vec<u64> = index
            .subject_counts("")
            .keys()
            .filter(|s| filter.matches(s))
            .filter_map(|s| {
                let seqs = index.subject_seqs(s)?;
                seqs.range(..=up_to_seq).rev().find(|seq| index.get(**seq).is_some_and(|e| e.ts <= up_to_time)).copied()
            })
            .collect();
        out.sort_unstable();
        out
    }

    /// The first message at or after `seq` on `subject`.
    pub fn next_by_subject(&self, seq: u64, subject: &str) -> Option<StoredMsg> {
        let filter = Filter::new(vec![subject.to_string()]);
        let mut inner = self.lock();
        let mut from = seq.max(1);
        loop {
            let s = inner.store.index().next_matching(from, &filter)?;
            if let Some(m) = load_checked(&mut inner, s) {
                return Some(m);
            }
            from = s + 1;
        }
    }

    /// Deletes the stream and everything it stored.
    pub fn destroy(&self) {
        self.stop();
        let mut inner = self.lock();
        let before = inner.store.index().bytes() as i64;
        if let Err(e) = inner.store.destroy() {
            warn!("JetStream stream '{} > {}': removing its files failed: {e}", self.account.name, self.name);
        }
        drop(inner);
        self.account_usage(before, 0);
        if let Some(dir) = &self.dir {
            let _ = std::fs::remove_dir_all(dir);
            if let Some(parent) = dir.parent() {
                let _ = io::sync_dir(parent);
            }
        }
    }
}

/// Reads a message; a record that fails its checksum is marked lost rather than served.
fn load_checked(inner: &mut Inner, seq: u64) -> Option<StoredMsg> {
    match inner.store.load(seq) {
        Ok(m) => m,
        Err(StoreError::Corrupt(s)) => {
            inner.store.mark_lost(s);
            None
        }
        Err(StoreError::Io(_)) => None,
    }
}

/// Removes one message: from the front by compaction (no tombstone needed), else by removal.
fn remove_one(store: &mut dyn Store, seq: u64) -> Result<bool, StoreError> {
    if seq == store.index().first_seq() {
        let n = store.compact(seq + 1)?;
        Ok(n > 0)
    } else {
        store.remove(seq, false)
    }
}

/// The limits `enforce_limits` applies, copied out of the config (cheaply: it runs on
/// every publish).
struct Limits {
    max_msgs: i64,
    max_bytes: i64,
    max_msgs_per_subject: i64,
    discard: Discard,
}

impl Limits {
    fn of(c: &StreamConfig) -> Limits {
        Limits { max_msgs: c.max_msgs, max_bytes: c.max_bytes, max_msgs_per_subject: c.max_msgs_per_subject, discard: c.discard }
    }
}

/// Discard-old limits: drops the oldest messages (per subject first) until within limits.
fn enforce_limits(inner: &mut Inner, subject: Option<&str>) {
    let cfg = Limits::of(&inner.config);
    let store = &mut *inner.store;
    if cfg.max_msgs_per_subject > 0 {
        let subjects: Vec<String> = match subject {
            Some(s) => vec![s.to_string()],
            None => {
                store.index().subject_counts("").into_iter().filter(|(_, n)| *n as i64 > cfg.max_msgs_per_subject).map(|(s, _)| s).collect()
            }
        };
        for s in subjects {
            let excess: Vec<u64> = match store.index().subject_seqs(&s) {
                Some(set) if set.len() as i64 > cfg.max_msgs_per_subject => {
                    set.iter().take(set.len() - cfg.max_msgs_per_subject as usize).copied().collect()
                }
                _ => Vec::new(),
            };
            for seq in excess {
                let _ = remove_one(store, seq);
            }
        }
    }
    if cfg.discard == Discard::Old || subject.is_none() {
        if cfg.max_msgs > 0 && store.index().msgs() as i64 > cfg.max_msgs {
            let excess = store.index().msgs() - cfg.max_msgs as u64;
            let mut seq = store.index().first_seq();
            let mut removed = 0;
            while removed < excess {
                let Some(s) = store.index().next_matching(seq, &Filter::all()) else { break };
                seq = s + 1;
                removed += 1;
            }
            let _ = store.compact(seq);
        }
        if cfg.max_bytes > 0 {
            while store.index().bytes() as i64 > cfg.max_bytes {
                let Some((seq, _)) = store.index().oldest() else { break };
                if store.compact(seq + 1).is_err() {
                    break;
                }
            }
        }
    }
}

fn expire_dedup(inner: &mut Inner, now: i64) {
    let window = inner.config.duplicate_window;
    while let Some((ts, _)) = inner.dedup_order.front() {
        if now - ts <= window {
            break;
        }
        if let Some((_, id)) = inner.dedup_order.pop_front() {
            inner.dedup.remove(&id);
        }
    }
}

/// The stream's background work: group-committed fsyncs with their acks, the periodic
/// fsync of lazy mode, and expiry by `max_age`.
async fn background(stream: Weak<Stream>) {
    loop {
        let Some(s) = stream.upgrade() else { return };
        if s.stopped.load(Ordering::Relaxed) {
            return;
        }
        let age_wait = s.expire_aged();
        let wait = match s.sync {
            SyncPolicy::Always => age_wait.unwrap_or(Duration::from_secs(1)),
            SyncPolicy::Interval(i) => age_wait.map_or(i, |a| a.min(i)),
        };
        // `stop` wakes this, so holding the stream while parked cannot keep it alive.
        let woke = tokio::select! {
            _ = s.wake.notified() => true,
            _ = tokio::time::sleep(wait.min(Duration::from_secs(60))) => false,
        };
        if s.stopped.load(Ordering::Relaxed) {
            return;
        }
        match s.sync {
            SyncPolicy::Always => s.commit().await,
            SyncPolicy::Interval(_) if !woke && !s.is_memory() => s.commit().await,
            _ => {}
        }
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
    pub fn check_workqueue(&self, config: &ConsumerConfig, name: &str) -> Result<(), ApiError> {
        use ApiError;
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
