//! A stream: captures the messages published on its subjects, stores them, and enforces
//! its limits, deduplication and publish expectations.
//!
//! Capture is an internal subscription per configured subject; the handler runs on the
//! publisher's read loop and does only in-memory work under the stream lock (checks, an
//! append into the store's buffer). The commit — write the buffer out, fsync outside the
//! lock, one fsync for every publish since the last, and only then send the publish
//! acknowledgements and let consumers see the new messages — runs at the end of the
//! publisher's read batch on its own thread (`deferred`), so a synchronous publish pays
//! one fsync and no hop between tasks; publishes from elsewhere, and any that arrive while
//! a commit runs, are committed by the stream's background task. One commit runs at a
//! time. So an ack always means "on disk", and a consumer never sees a message a crash
//! could take back. With `sync_interval` set, acks go out once the write reached the
//! operating system and the fsync happens on the interval instead.
//!
//! A failed write or sync never turns into an ack. The store rolls back to what is on
//! disk (see `store::file`); the stream then drops what it knew of the rolled-back
//! messages (dedup entries, the last msg id), answers their waiting publishers with
//! nats-server's store error (10077), and refuses publishes for a short while without
//! touching the disk before trying again — at once after a purge or delete, which may
//! have freed space.
//!
//! Lock order: a consumer's lock may be held while taking the stream lock, never the
//! reverse; the stream reaches consumers only through the separate `consumers` map.
//!
//! Here: the stream's state, lifecycle, durability (commit) and the reads and API
//! operations; `publish` holds the capture path, `retention` what removes messages.

use std::collections::{BTreeMap, HashMap, VecDeque};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, AtomicU64, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex, MutexGuard, RwLock, Weak};
use std::time::{Duration, Instant};

use serde::{Deserialize, Serialize};
use tokio::sync::Notify;

use super::config::{AckPolicy, ConsumerConfig, DeliverPolicy, Discard, Retention, Storage, StreamConfig, StreamSource};
use super::consumer::Consumer;
use super::errors::{ApiError, JsErr};
use super::headers;
use super::store::file::FileStore;
use super::store::index::Filter;
use super::store::memory::MemoryStore;
use super::store::{io, PurgeRequest, Store, StoreError, StoredMsg};
use super::{go_json, now_nanos, source, JetStream, JsAccount};
use crate::account::Account;
use crate::options::SyncPolicy;
use crate::router::Router;
use crate::router::{Outgoing, Wake};
use crate::subscription::{InternalMsg, Subscription};
use crate::{error, warn};
use natsx_common::subject;
use natsx_common::time::rfc3339_nanos;
use natsx_common::transform::Transform;

mod publish;
mod retention;

use retention::{enforce_limits, expire_dedup};

pub const META_FILE: &str = "meta.json";

/// How long publishes are refused without touching the store after a failed write or
/// sync, before the next one tries the disk again.
const RETRY_STORE_AFTER: Duration = Duration::from_millis(250);

/// What is kept in `meta.json`.
#[derive(Serialize, Deserialize)]
struct Meta {
    config: StreamConfig,
    created: i64,
}

pub struct Stream {
    pub name: String,
    pub created: i64,
    pub router: Arc<Router>,
    js: Weak<JetStream>,
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
    /// Copy positions of mirrors and sources, by `StreamSource::iname`.
    sources: Mutex<HashMap<String, source::Position>>,
    /// Set once the task copying from mirrors and sources runs (at most one per stream).
    pub copying: AtomicBool,
    /// Limits retention: acks never remove messages (read on every ack without the lock).
    limits_retention: AtomicBool,
    /// The fixed parts of a publish ack: `{"stream":"NAME","seq":` and `,"domain":"D"`.
    ack_parts: (String, String),
    /// Set while a commit runs (one at a time); `commit_done` wakes those waiting.
    committing: AtomicBool,
    commit_done: Notify,
    /// How many acks the last commit round carried: one or none means a lone synchronous
    /// publisher, which commits inline (see `AtBatchEnd for Stream`).
    last_commit_acks: AtomicUsize,
    /// Commit batches taken so far, and the highest number of one that has ended (synced,
    /// or failed and rolled back): a waiter needs a batch taken after it asked.
    batches_taken: AtomicU64,
    batches_ended: AtomicU64,
}

/// The most rounds one commit on a blocking thread runs before it lets others have the
/// commit (an API operation's sync, the background task): at a fsync each, about a
/// millisecond on a fast disk.
const COMMIT_ROUNDS: usize = 8;

/// What one commit covers: the files to sync, the acks waiting for it, and the last
/// sequence it makes durable.
struct CommitBatch {
    handles: Vec<Arc<io::IoFile>>,
    acks: Vec<(u64, Vec<u8>, Vec<u8>)>,
    last: u64,
    /// The store's rollback count when the batch was taken: a failure after that is
    /// not cleared by this batch's success.
    rollbacks: u64,
    /// Its number, in the order batches are taken (see `Stream::batches_taken`).
    number: u64,
}

impl crate::deferred::AtBatchEnd for Stream {
    /// At the end of a publisher's read batch. Lazy mode writes the batch and replies
    /// (`flush_batch`). Durable mode commits: a lone synchronous publisher (the last
    /// commit carried at most one ack) commits on its own thread and replies from there:
    /// no hop at all. Otherwise the commit moves to a blocking thread that syncs round
    /// after round and sends each round's acks itself, so the publishers' read loops keep
    /// reading and appending while the disk works, and the next round takes all of it.
    fn run(self: Arc<Self>) {
        if self.sync != SyncPolicy::Always {
            self.flush_batch();
        } else if !self.try_begin_commit() {
            // A commit is running and may have taken its batch already: make sure what
            // this batch wrote (with or without an ack waiting) is committed next.
            self.wake.notify_one();
        } else if self.last_commit_acks.load(Ordering::Relaxed) <= 1 {
            self.commit_inline();
        } else if tokio::runtime::Handle::try_current().is_ok() {
            tokio::task::spawn_blocking(move || self.commit_rounds());
        } else {
            self.commit_rounds();
        }
    }
}

struct Inner {
    config: StreamConfig,
    store: Box<dyn Store>,
    subs: Vec<Arc<Subscription>>,
    /// `Nats-Msg-Id` → sequence, within the duplicate window; oldest first in `dedup_order`.
    dedup: HashMap<String, u64>,
    dedup_order: VecDeque<(i64, String)>,
    last_msg_id: String,
    /// The sequence of the message `last_msg_id` came with.
    last_msg_id_seq: u64,
    /// Replies waiting for the next fsync: (sequence acknowledged, reply subject, body).
    pending_acks: Vec<(u64, Vec<u8>, Vec<u8>)>,
    /// The store's rollback count this stream has caught up with.
    rollbacks_seen: u64,
    /// The last failed write or sync, while publishes are refused because of it.
    failure: Option<(Instant, String)>,
    transform: Option<Transform>,
    republish: Option<(Transform, bool)>,
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
        let mut store: Box<dyn Store> = match &dir {
            Some(dir) => {
                let fail = |e: String| ApiError::new(JsErr::JSStreamCreateErrF).with("err", e);
                if dir.join(META_FILE).exists() {
                    // A stream of this name is on disk but was not loaded (damaged
                    // metadata): never wipe it to make room.
                    return Err(fail(format!("stream directory {} exists but could not be loaded, see the server log", dir.display())));
                }
                let _ = std::fs::remove_dir_all(dir);
                let made = io::create_dir_durable(dir)
                    .and_then(|()| io::write_sealed(&dir.join(META_FILE), &go_json(&Meta { config: config.clone(), created })))
                    .map_err(|e| io::describe(&e))
                    .and_then(|()| {
                        let mut store = FileStore::open(&dir.join("msgs")).map_err(|e| e.to_string())?;
                        if config.first_seq > 1 {
                            store.skip_to(config.first_seq).and_then(|()| store.sync_handles()).map_err(|e| e.to_string())?;
                        }
                        Ok(store)
                    });
                match made {
                    Ok(store) => Box::new(store),
                    Err(e) => {
                        let _ = std::fs::remove_dir_all(dir);
                        return Err(fail(e));
                    }
                }
            }
            None => Box::new(MemoryStore::new()),
        };
        if dir.is_none() && config.first_seq > 1 {
            let _ = store.skip_to(config.first_seq);
        }
        let stream = Stream::assemble(js, jsa, config, created, dir, store);
        stream.start(js);
        Ok(stream)
    }

    /// Reopens a file stream and its consumers after a restart.
    pub fn recover(js: &Arc<JetStream>, jsa: &Arc<JsAccount>, dir: &Path) -> Result<Arc<Stream>, String> {
        let meta: Meta = io::read_meta_in(dir, META_FILE, "stream")?;
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
        let store_rollbacks = store.rollbacks().0;
        let transform = config.subject_transform.as_ref().and_then(|t| Transform::validated(&t.src, &t.dest).ok().flatten());
        let republish = config.republish.as_ref().and_then(|r| Some((Transform::new(&r.src, &r.dest).ok()?, r.headers_only)));
        let sync = if config.storage == Storage::Memory { SyncPolicy::Interval(Duration::from_secs(3600)) } else { js.sync };
        let retention = config.retention;
        let json_name = serde_json::to_string(&config.name).unwrap_or_default();
        let domain =
            js.domain.as_ref().map(|d| format!(",\"domain\":{}", serde_json::to_string(d).unwrap_or_default())).unwrap_or_default();
        let ack_parts = (format!("{{\"stream\":{json_name},\"seq\":"), domain);
        Arc::new(Stream {
            name: config.name.clone(),
            created,
            router: js.router.clone(),
            js: Arc::downgrade(js),
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
                last_msg_id_seq: 0,
                pending_acks: Vec::new(),
                rollbacks_seen: store_rollbacks,
                failure: None,
                transform,
                republish,
            }),
            consumers: RwLock::new(BTreeMap::new()),
            durable_seq: AtomicU64::new(durable),
            wake: Notify::new(),
            stopped: AtomicBool::new(false),
            sync,
            sources: Mutex::new(HashMap::new()),
            copying: AtomicBool::new(false),
            limits_retention: AtomicBool::new(retention == Retention::Limits),
            ack_parts,
            committing: AtomicBool::new(false),
            commit_done: Notify::new(),
            last_commit_acks: AtomicUsize::new(0),
            batches_taken: AtomicU64::new(0),
            batches_ended: AtomicU64::new(0),
        })
    }

    /// Clients' `max_pending` (bytes), which bounds a consumer's delivery round.
    pub fn max_pending(&self) -> usize {
        self.js.upgrade().map_or(usize::MAX, |js| js.max_pending.load(Ordering::Relaxed))
    }

    fn lock(&self) -> MutexGuard<'_, Inner> {
        self.inner.lock().unwrap_or_else(|e| e.into_inner())
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

    pub fn source_position(&self, iname: &str) -> Option<source::Position> {
        self.sources.lock().unwrap_or_else(|e| e.into_inner()).get(iname).cloned()
    }

    pub fn set_source_position(&self, iname: &str, next: u64, active: bool) {
        let mut sources = self.sources.lock().unwrap_or_else(|e| e.into_inner());
        let entry = sources.entry(iname.to_string()).or_insert(source::Position { next, last_active: None });
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

    fn subscribe(self: &Arc<Self>) {
        let mut inner = self.lock();
        for sub in inner.subs.drain(..) {
            self.account.unsubscribe(&sub);
        }
        let subjects = inner.config.subjects.clone();
        for subject in subjects {
            let weak = Arc::downgrade(self);
            let sub = self.account.subscribe_internal(
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
            self.account.unsubscribe(&sub);
        }
        for f in inner.store.sync_handles().unwrap_or_default() {
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

    /// Every consumer's name and configuration.
    pub fn consumer_configs(&self) -> Vec<(String, ConsumerConfig)> {
        self.consumer_list().iter().map(|c| (c.name.clone(), c.config())).collect()
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
        self.router.publish(&self.account, [Outgoing::new(reply, body)], Wake::Deferred);
    }

    fn try_begin_commit(&self) -> bool {
        self.committing.compare_exchange(false, true, Ordering::AcqRel, Ordering::Acquire).is_ok()
    }

    /// Ends a commit. Whatever arrived after its last round is committed by whoever
    /// publishes next, or else by the background task, woken here.
    fn end_commit(&self) {
        self.committing.store(false, Ordering::Release);
        self.commit_done.notify_waiters();
        let inner = self.lock();
        // While publishes are refused after a failure, the background task's timer (set
        // to the end of the refusal) commits what waits; waking it now would spin.
        if !inner.pending_acks.is_empty() && self.refusal(&inner).is_none() {
            self.wake.notify_one();
        }
    }

    /// How long publishes are still refused after the last failure, if they are.
    fn refusal_left(&self) -> Option<Duration> {
        let inner = self.lock();
        let (since, _) = inner.failure.as_ref()?;
        RETRY_STORE_AFTER.checked_sub(since.elapsed()).filter(|d| !d.is_zero())
    }

    /// Writes out, fsyncs, then acknowledges and wakes consumers (the background task's
    /// commit, and API operations'). The fsync runs on the blocking pool, outside the
    /// lock, so publishes keep arriving meanwhile and share the next one. Waits while
    /// another commit runs.
    async fn commit(&self) {
        // A batch taken after this call covers everything written before it: once one
        // has ended, there is nothing left to do (publishers may keep the commit busy).
        let covered_by = self.batches_taken.load(Ordering::Acquire) + 1;
        loop {
            let done = self.commit_done.notified();
            tokio::pin!(done);
            done.as_mut().enable();
            if self.batches_ended.load(Ordering::Acquire) >= covered_by {
                return;
            }
            if self.try_begin_commit() {
                break;
            }
            done.await;
        }
        if let Some(batch) = self.begin_batch() {
            let result = if batch.handles.is_empty() {
                Ok(())
            } else {
                let handles = batch.handles.clone();
                tokio::task::spawn_blocking(move || handles.iter().try_for_each(|f| f.sync()))
                    .await
                    .unwrap_or_else(|e| Err(std::io::Error::other(e.to_string())))
            };
            self.end_batch(batch, result);
        }
        self.end_commit();
    }

    /// Commits one round on the calling thread, at the end of a publisher's read batch
    /// (see `deferred`): the fsync blocks this thread, and the acks go out from it right
    /// after. What other publishers added meanwhile goes to `commit_rounds` on a blocking
    /// thread. The caller holds the commit (`try_begin_commit`).
    fn commit_inline(self: Arc<Self>) {
        if let Some(batch) = self.begin_batch() {
            // The fsync blocks this thread; tokio hands its other tasks (other publishers'
            // reads, which then share the next round) to another thread meanwhile.
            let sync = || batch.handles.iter().try_for_each(|f| f.sync());
            let multi_thread =
                tokio::runtime::Handle::try_current().is_ok_and(|h| h.runtime_flavor() == tokio::runtime::RuntimeFlavor::MultiThread);
            let result = if multi_thread { tokio::task::block_in_place(sync) } else { sync() };
            self.end_batch(batch, result);
            if !self.lock().pending_acks.is_empty() && tokio::runtime::Handle::try_current().is_ok() {
                tokio::task::spawn_blocking(move || self.commit_rounds());
                return;
            }
        }
        self.end_commit();
    }

    /// Lazy mode, at the end of a publisher's read batch: one write hands everything the
    /// batch stored to the operating system, then consumers see it and the acks go out
    /// (errors instead for what a failed write rolled back). The fsync comes later, on
    /// `sync_interval`.
    fn flush_batch(&self) {
        let mut inner = self.lock();
        let before = inner.store.index().bytes() as i64;
        let _ = inner.store.flush();
        let owed = self.reconcile(&mut inner);
        let acks = std::mem::take(&mut inner.pending_acks);
        self.durable_seq.store(inner.store.index().last_seq(), Ordering::Release);
        self.unlock_after_change(inner, before, owed);
        self.notify_consumers();
        self.send_acks(&acks);
    }

    /// Sends publish acks (sequence, reply subject, body) in one batch.
    fn send_acks(&self, acks: &[(u64, Vec<u8>, Vec<u8>)]) {
        if !acks.is_empty() {
            self.router.publish(&self.account, acks.iter().map(|(_, reply, body)| Outgoing::new(reply, body)), Wake::Deferred);
        }
    }

    /// Commits round after round on this (blocking) thread until nothing waits, at most
    /// `COMMIT_ROUNDS` of them, sending each round's acks from here. The caller holds the
    /// commit; the limit lets API operations and the background task (which wait for it)
    /// in under a steady load, and the next read batch's end starts a new one.
    fn commit_rounds(&self) {
        for _ in 0..COMMIT_ROUNDS {
            let Some(batch) = self.begin_batch() else { break };
            if batch.handles.is_empty() && batch.acks.is_empty() {
                break;
            }
            let result = batch.handles.iter().try_for_each(|f| f.sync());
            self.end_batch(batch, result);
        }
        self.end_commit();
    }

    /// Writes the store's buffer out and takes what the next sync covers. `None` when the
    /// write failed: the store rolled back and the waiting publishers got their errors.
    fn begin_batch(&self) -> Option<CommitBatch> {
        let mut inner = self.lock();
        if self.refusal(&inner).is_some() {
            // Retried once the refusal window is over (the background task's timer).
            return None;
        }
        let before = inner.store.index().bytes() as i64;
        let rollbacks = inner.store.rollbacks().0;
        let handles = inner.store.sync_handles();
        if let Err(StoreError::Io(e)) = &handles {
            if inner.store.rollbacks().0 == rollbacks {
                // Failed without a rollback (the commit claim's write): what is not synced
                // is not trusted, as after a failed sync.
                let cause = std::io::Error::new(e.kind(), e.to_string());
                let _ = inner.store.rollback_unsynced(self.durable_seq(), &cause);
            }
        }
        let mut owed = self.reconcile(&mut inner);
        if handles.is_err() && !inner.pending_acks.is_empty() {
            // This commit failed: nobody can say when those publishes would be durable,
            // so each gets the error now rather than an ack at some later commit.
            let body = self.store_error_body(&inner);
            owed.extend(std::mem::take(&mut inner.pending_acks).into_iter().map(|(_, reply, _)| (reply, body.clone())));
        }
        let after = inner.store.index().bytes() as i64;
        let batch = handles.ok().map(|handles| CommitBatch {
            handles,
            acks: std::mem::take(&mut inner.pending_acks),
            last: inner.store.index().last_seq(),
            rollbacks: inner.rollbacks_seen,
            number: self.batches_taken.fetch_add(1, Ordering::AcqRel) + 1,
        });
        drop(inner);
        self.account_usage(before, after);
        self.send_replies(owed);
        batch
    }

    /// After a batch's sync: the acks and the consumers' wake-up; or, when the sync failed,
    /// the rollback (nothing written since the last good sync is trusted: the store re-reads
    /// what is verified on disk) and an error for every publish the sync was for.
    fn end_batch(&self, batch: CommitBatch, synced: std::io::Result<()>) {
        self.last_commit_acks.store(batch.acks.len(), Ordering::Relaxed);
        let number = batch.number;
        self.end_batch_inner(batch, synced);
        self.batches_ended.fetch_max(number, Ordering::AcqRel);
        self.commit_done.notify_waiters();
    }

    fn end_batch_inner(&self, batch: CommitBatch, synced: std::io::Result<()>) {
        if let Err(e) = synced {
            let mut inner = self.lock();
            let before = inner.store.index().bytes() as i64;
            let _ = inner.store.rollback_unsynced(self.durable_seq(), &e);
            let mut owed = self.reconcile(&mut inner);
            let body = self.store_error_body(&inner);
            owed.extend(batch.acks.into_iter().map(|(_, reply, _)| (reply, body.clone())));
            self.unlock_after_change(inner, before, owed);
            return;
        }
        {
            let mut inner = self.lock();
            if inner.rollbacks_seen == batch.rollbacks {
                inner.failure = None;
            }
        }
        let advanced = self.durable_seq.fetch_max(batch.last, Ordering::AcqRel) < batch.last;
        if advanced {
            self.notify_consumers();
        }
        self.send_acks(&batch.acks);
    }

    /// Catches up with rollbacks of the store (a failed write or sync): sequences it no
    /// longer holds lose their dedup entries and their waiting acks, which become errors
    /// (returned, to be sent once the lock is released); publishes are refused for a
    /// while. Called after every change to the store.
    fn reconcile(&self, inner: &mut Inner) -> Vec<(Vec<u8>, Vec<u8>)> {
        let (count, cause) = inner.store.rollbacks();
        if count == inner.rollbacks_seen {
            return Vec::new();
        }
        inner.rollbacks_seen = count;
        let cause = cause.unwrap_or_else(|| "write failed".to_string());
        let index = inner.store.index();
        let last = index.last_seq();
        let lost = inner.store.lost().msgs;
        // A broken store's memory is not the disk: nothing waiting may be acknowledged.
        let broken = inner.store.is_broken();
        let gone = |seq: u64| broken || seq > last || lost.binary_search(&seq).is_ok();
        error!(
            "JetStream stream '{} > {}': {cause}: rolled back to sequence {last}; publishes are refused until the disk takes writes again",
            self.account.name, self.name
        );
        inner.failure = Some((Instant::now(), cause));
        inner.dedup.retain(|_, seq| !gone(*seq));
        let dedup = &inner.dedup;
        inner.dedup_order.retain(|(_, id)| dedup.contains_key(id));
        if inner.last_msg_id_seq > last {
            inner.last_msg_id =
                load_checked(inner, last).and_then(|m| headers::get(&m.headers, "Nats-Msg-Id").map(str::to_string)).unwrap_or_default();
            inner.last_msg_id_seq = last;
        }
        let body = self.store_error_body(inner);
        let (failed, kept): (Vec<_>, Vec<_>) = std::mem::take(&mut inner.pending_acks).into_iter().partition(|(seq, _, _)| gone(*seq));
        inner.pending_acks = kept;
        failed.into_iter().map(|(_, reply, _)| (reply, body.clone())).collect()
    }

    /// nats-server's reply to a publish the store could not take: JSStreamStoreFailedF
    /// (10077) with the I/O error.
    fn store_error_body(&self, inner: &Inner) -> Vec<u8> {
        let cause = inner.failure.as_ref().map_or("write failed", |(_, e)| e.as_str());
        self.error_body(&ApiError::new(JsErr::JSStreamStoreFailedF).with("err", cause))
    }

    fn error_body(&self, err: &ApiError) -> Vec<u8> {
        let mut out = b"{\"error\":".to_vec();
        out.extend_from_slice(&go_json(err));
        out.extend_from_slice(format!(",\"stream\":{},\"seq\":0}}", serde_json::to_string(&self.name).unwrap_or_default()).as_bytes());
        out
    }

    /// The error for a publish arriving while the store is refusing writes after a
    /// failure; `None` once it may try the disk again.
    fn refusal(&self, inner: &Inner) -> Option<ApiError> {
        let cause = match &inner.failure {
            Some((since, cause)) if inner.store.is_broken() || since.elapsed() < RETRY_STORE_AFTER => cause.clone(),
            None if inner.store.is_broken() => "store unusable since a failed write".to_string(),
            _ => return None,
        };
        Some(ApiError::new(JsErr::JSStreamStoreFailedF).with("err", cause))
    }

    /// Leaves the stream lock after a change: the account's usage follows the change in
    /// stored bytes since `before`, and the replies a rollback owes go out.
    fn unlock_after_change(&self, inner: MutexGuard<'_, Inner>, before: i64, owed: Vec<(Vec<u8>, Vec<u8>)>) {
        let after = inner.store.index().bytes() as i64;
        drop(inner);
        self.account_usage(before, after);
        self.send_replies(owed);
    }

    fn send_replies(&self, replies: Vec<(Vec<u8>, Vec<u8>)>) {
        for (reply, body) in replies {
            self.reply(&reply, &body);
        }
    }

    /// Fsyncs whatever is written (after API operations that change the log).
    pub async fn sync_now(&self) {
        if !self.is_memory() {
            self.commit().await;
        }
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
            if let Some(msg) = load_checked_with(&mut inner, seq, true) {
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
            // After what is durable: later sequences may still be rolled back and reused.
            New => (self.durable_seq().min(index.last_seq()) + 1, Vec::new()),
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
            io::write_sealed(&dir.join(META_FILE), &go_json(&Meta { config: config.clone(), created: self.created }))
                .map_err(|e| ApiError::new(JsErr::JSStreamUpdateErrF).with("err", e.to_string()))?;
        }
        {
            let mut inner = self.lock();
            let before = inner.store.index().bytes() as i64;
            inner.transform = config.subject_transform.as_ref().and_then(|t| Transform::validated(&t.src, &t.dest).ok().flatten());
            inner.republish = config.republish.as_ref().and_then(|r| Some((Transform::new(&r.src, &r.dest).ok()?, r.headers_only)));
            self.limits_retention.store(config.retention == Retention::Limits, Ordering::Relaxed);
            inner.config = config;
            enforce_limits(&mut inner, None);
            let after = inner.store.index().bytes() as i64;
            drop(inner);
            self.account_usage(before, after);
        }
        self.subscribe();
        self.wake.notify_one();
        // An update may add the first source.
        source::start(self);
        Ok(())
    }

    pub fn purge(&self, request: &PurgeRequest) -> Result<u64, ApiError> {
        let mut inner = self.lock();
        if inner.config.sealed {
            return Err(ApiError::new(JsErr::JSStreamSealedErr));
        }
        if inner.config.deny_purge {
            return Err(ApiError::new(JsErr::JSStreamPurgeFailedF).with("err", "stream purge not permitted"));
        }
        let before = inner.store.index().bytes() as i64;
        let purged = inner.store.purge(request);
        let owed = self.reconcile(&mut inner);
        let purged = match purged {
            Ok(n) => n,
            Err(e) => {
                self.unlock_after_change(inner, before, owed);
                return Err(ApiError::new(JsErr::JSStreamPurgeFailedF).with("err", e.to_string()));
            }
        };
        // Space may have been freed: the next publish tries the disk at once.
        inner.failure = None;
        let first = inner.store.index().first_seq();
        if request.filter.is_empty() && request.keep == 0 {
            inner.dedup.clear();
            inner.dedup_order.clear();
        }
        self.unlock_after_change(inner, before, owed);
        for c in self.consumer_list() {
            c.stream_purged(first);
        }
        Ok(purged)
    }

    pub fn delete_msg(&self, seq: u64, erase: bool) -> Result<(), ApiError> {
        let mut inner = self.lock();
        if inner.config.sealed {
            return Err(ApiError::new(JsErr::JSStreamSealedErr));
        }
        if inner.config.deny_delete {
            return Err(ApiError::new(JsErr::JSStreamMsgDeleteFailedF).with("err", "message delete not permitted"));
        }
        let before = inner.store.index().bytes() as i64;
        let removed = match inner.store.index().get(seq) {
            Some(_) if erase => inner.store.remove(seq, true),
            Some(_) => remove_one(&mut *inner.store, seq),
            None => Ok(false),
        };
        let owed = self.reconcile(&mut inner);
        let removed = match removed {
            Ok(removed) => removed,
            Err(e) => {
                self.unlock_after_change(inner, before, owed);
                return Err(ApiError::new(JsErr::JSStreamMsgDeleteFailedF).with("err", e.to_string()));
            }
        };
        if removed {
            inner.failure = None;
        }
        let index = inner.store.index();
        // nats-server's file store fails outside its range (`selectMsgBlock`); its
        // memory store just finds nothing.
        let outside = if self.is_memory() {
            None
        } else if seq > index.last_seq() {
            Some("stream store EOF")
        } else if seq == 0 || seq < index.first_seq() || index.msgs() == 0 {
            Some("no message found")
        } else {
            None
        };
        let after = index.bytes() as i64;
        drop(inner);
        self.account_usage(before, after);
        self.send_replies(owed);
        if let Some(err) = outside.filter(|_| !removed) {
            return Err(ApiError::new(JsErr::JSStreamMsgDeleteFailedF).with("err", err));
        }
        if !removed {
            return Err(ApiError::new(JsErr::JSSequenceNotFoundErrF).with("seq", seq.to_string()));
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
    load_checked_with(inner, seq, false)
}

/// `load_checked`, reading ahead when `in_order` (see `Store::load_in_order`).
fn load_checked_with(inner: &mut Inner, seq: u64, in_order: bool) -> Option<StoredMsg> {
    let loaded = if in_order { inner.store.load_in_order(seq) } else { inner.store.load(seq) };
    match loaded {
        Ok(m) => m,
        Err(StoreError::Corrupt(s)) => {
            inner.store.mark_lost(s);
            None
        }
        Err(StoreError::Io(_) | StoreError::SequenceExhausted) => None,
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
        // After a failure, try the disk again as soon as the refusal is over.
        let wait = s.refusal_left().map_or(wait, |left| wait.min(left + Duration::from_millis(1)));
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
    /// nats-server's work-queue rules for a consumer, in its order: explicit acks, deliver
    /// all, at most one unfiltered consumer, and filters no other consumer overlaps.
    pub fn check_workqueue(&self, config: &ConsumerConfig, name: &str) -> Result<(), ApiError> {
        if self.config().retention != Retention::WorkQueue {
            return Ok(());
        }
        if config.ack_policy != AckPolicy::Explicit {
            return Err(ApiError::new(JsErr::JSConsumerWQRequiresExplicitAckErr));
        }
        if config.deliver_policy != DeliverPolicy::All {
            return Err(ApiError::new(JsErr::JSConsumerWQConsumerNotDeliverAllErr));
        }
        let filters = config.filters();
        let others: Vec<Vec<String>> = self.consumer_list().iter().filter(|c| c.name != name).map(|c| c.config().filters()).collect();
        if others.is_empty() {
            return Ok(());
        }
        if filters.is_empty() {
            return Err(ApiError::new(JsErr::JSConsumerWQMultipleUnfilteredErr));
        }
        let overlaps = others.iter().any(|theirs| {
            theirs.is_empty() || filters.iter().any(|a| theirs.iter().any(|b| subject::patterns_intersect(a.as_bytes(), b.as_bytes())))
        });
        if overlaps {
            return Err(ApiError::new(JsErr::JSConsumerWQConsumerNotUniqueErr));
        }
        Ok(())
    }
}
