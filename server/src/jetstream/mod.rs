//! JetStream: persistent streams and consumers, as a client of core routing.
//!
//! Everything here hangs off internal subscriptions (invariant 2): the API listens on
//! `$JS.API.>` in each JetStream-enabled account, a stream captures its subjects through
//! ordinary interest, consumers deliver by publishing, and acks arrive on `$JS.ACK.>`
//! subscriptions. Nothing in the core routing path knows JetStream exists.
//!
//! - `api` answers the `$JS.API` requests (one task, in order, as nats-server does);
//! - `stream` stores what is published and enforces limits, dedup and expectations;
//! - `consumer` tracks delivery and acknowledgement, push and pull;
//! - `store` holds messages (memory or file) behind one trait;
//! - `config` and `errors` hold the JSON shapes and nats-server's error table.
//!
//! On disk the layout follows nats-server: `<store_dir>/jetstream/<account>/streams/<stream>/`
//! with the stream's `meta.json`, its message segments in `msgs/`, and consumers in `obs/`.

pub mod api;
pub mod config;
pub mod consumer;
pub mod errors;
mod errors_table;
pub mod headers;
pub mod source;
pub mod store;
pub mod stream;

use std::collections::{BTreeMap, HashMap};
use std::path::PathBuf;
use std::sync::atomic::{AtomicI64, AtomicU64, Ordering};
use std::sync::{Arc, Mutex, RwLock};
use std::time::{SystemTime, UNIX_EPOCH};

use serde::Serialize;

use crate::account::Account;
use crate::options::accounts::AccountJetStreamLimits;
use crate::options::{JetStreamServerLimits, Options, SyncPolicy};
use crate::router::Router;
use crate::{info, warn};
use stream::Stream;

/// The JetStream API level natsx implements (nats-server 2.10 = 0, 2.11 = 1): clients use
/// it to decide which requests they may send. Level 1 brings per-message TTL and subject
/// delete markers, consumer pause, priority groups and batched DIRECT.GET, all here.
pub const API_LEVEL: u32 = 1;

/// The server's JetStream: its options and the accounts that have it.
pub struct JetStream {
    /// Where JetStream's messages (acks, replies, deliveries, advisories) are routed.
    pub router: Arc<Router>,
    /// The server's name: stream info's `cluster.leader`.
    pub server_name: String,
    /// Clients' `max_pending` (bytes), kept current by configuration reloads: a
    /// consumer's delivery round is kept to a quarter of it.
    pub max_pending: std::sync::atomic::AtomicUsize,
    pub store_dir: PathBuf,
    pub limits: JetStreamServerLimits,
    pub domain: Option<String>,
    pub strict: bool,
    pub sync: SyncPolicy,
    pub max_payload: usize,
    accounts: RwLock<HashMap<String, Arc<JsAccount>>>,
    /// Accounts without JetStream, and the subscription answering their API with "not
    /// enabled".
    disabled: Mutex<HashMap<String, Arc<crate::subscription::Subscription>>>,
    /// No account names JetStream in the configuration: every account has it.
    every_account: bool,
    pub api_total: AtomicU64,
    pub api_errors: AtomicU64,
    api: api::Queue,
}

/// One account's JetStream: its limits, usage and streams.
pub struct JsAccount {
    pub account: Arc<Account>,
    /// The account's JetStream limits (an account JWT update may change them).
    pub limits: RwLock<AccountJetStreamLimits>,
    /// The API subscriptions, removed when JetStream is disabled for the account.
    pub api_subscriptions: std::sync::Mutex<Vec<Arc<crate::subscription::Subscription>>>,
    pub dir: PathBuf,
    pub streams: RwLock<BTreeMap<String, Arc<Stream>>>,
    /// Bytes stored in memory and file streams, kept up to date by the streams.
    pub memory_used: AtomicI64,
    pub store_used: AtomicI64,
    /// API requests this account made and those answered with an error.
    pub api_total: AtomicU64,
    pub api_errors: AtomicU64,
    /// Stream folders found at start-up that could not be reopened (folder name), reported
    /// by `/healthz` as nats-server reports them.
    pub unrecovered: std::sync::Mutex<Vec<String>>,
}

impl JsAccount {
    /// The limits in force.
    pub fn limits(&self) -> AccountJetStreamLimits {
        *self.limits.read().unwrap_or_else(|e| e.into_inner())
    }

    pub fn stream(&self, name: &str) -> Option<Arc<Stream>> {
        self.streams.read().unwrap_or_else(|e| e.into_inner()).get(name).cloned()
    }

    pub fn stream_list(&self) -> Vec<Arc<Stream>> {
        self.streams.read().unwrap_or_else(|e| e.into_inner()).values().cloned().collect()
    }

    pub fn consumer_count(&self) -> usize {
        self.stream_list().iter().map(|s| s.consumer_count()).sum()
    }
}

/// Unix time in nanoseconds.
pub fn now_nanos() -> i64 {
    SystemTime::now().duration_since(UNIX_EPOCH).map(|d| d.as_nanos() as i64).unwrap_or(0)
}

/// JSON as Go's encoder writes it: `<`, `>` and `&` escaped inside strings, so replies match
/// nats-server byte for byte (`"s.\u003e"`).
pub fn go_json<T: Serialize>(value: &T) -> Vec<u8> {
    let raw = serde_json::to_vec(value).unwrap_or_default();
    let mut out = Vec::with_capacity(raw.len() + 16);
    for b in raw {
        match b {
            b'<' => out.extend_from_slice(b"\\u003c"),
            b'>' => out.extend_from_slice(b"\\u003e"),
            b'&' => out.extend_from_slice(b"\\u0026"),
            _ => out.push(b),
        }
    }
    out
}

impl JetStream {
    /// Enables JetStream in `accounts` (each with its configured limits, if any): builds
    /// them, recovers their streams from disk and subscribes the API. Called once,
    /// inside the runtime, before clients connect.
    pub fn start(
        opts: &Options,
        router: Arc<Router>,
        server_name: &str,
        accounts: Vec<(Option<AccountJetStreamLimits>, Arc<Account>)>,
    ) -> Result<Arc<JetStream>, String> {
        let store_dir = opts.store_dir.clone().unwrap_or_else(|| std::env::temp_dir().join("nats")).join("jetstream");
        std::fs::create_dir_all(&store_dir).map_err(|e| format!("could not create storage directory {}: {e}", store_dir.display()))?;
        let js = Arc::new(JetStream {
            router,
            server_name: server_name.to_string(),
            max_pending: std::sync::atomic::AtomicUsize::new(opts.max_pending),
            store_dir: store_dir.clone(),
            limits: opts.jetstream_limits,
            domain: opts.jetstream_domain.clone(),
            strict: opts.jetstream_strict,
            sync: opts.sync_interval,
            max_payload: opts.max_payload,
            accounts: RwLock::new(HashMap::new()),
            disabled: Mutex::new(HashMap::new()),
            every_account: !opts.operator.active() && accounts.iter().all(|(l, _)| l.is_none()),
            api_total: AtomicU64::new(0),
            api_errors: AtomicU64::new(0),
            api: api::Queue::start(),
        });
        info!("Starting JetStream");
        info!("    Store Directory: \"{}\"", store_dir.parent().unwrap_or(&store_dir).display());
        match opts.sync_interval {
            SyncPolicy::Always => info!("    Sync: before every acknowledgement (group commit)"),
            SyncPolicy::Interval(d) => warn!("    Sync interval: {:?}: acknowledged messages can be lost in a power failure", d),
        }
        if let Some(domain) = &js.domain {
            info!("    Domain:            {domain}");
        }
        info!("    API Level:         {API_LEVEL}");
        for (limits, account) in accounts {
            js.configure_account(&account, limits);
        }
        Ok(js)
    }

    /// Enables JetStream in `account` with `limits`, changes the limits of an account
    /// that has it, or — for `None` or disabled limits — stops its streams (they take
    /// nothing more; file streams come back when JetStream is enabled again, memory
    /// streams are gone, as in nats-server) and answers its API with "not enabled".
    /// With no account naming JetStream in the configuration, every account has it, as
    /// nats-server gives it to the global account. The system account never has it.
    pub fn configure_account(self: &Arc<Self>, account: &Arc<Account>, limits: Option<AccountJetStreamLimits>) {
        if account.is_system {
            return;
        }
        let limits = match limits {
            Some(l) if l.enabled => l,
            None if self.every_account => AccountJetStreamLimits::default(),
            _ => {
                let removed = self.accounts.write().unwrap_or_else(|e| e.into_inner()).remove(&account.name);
                if let Some(jsa) = removed {
                    for sub in jsa.api_subscriptions.lock().unwrap_or_else(|e| e.into_inner()).drain(..) {
                        account.unsubscribe(&sub);
                    }
                    for stream in jsa.stream_list() {
                        stream.stop();
                    }
                }
                let mut disabled = self.disabled.lock().unwrap_or_else(|e| e.into_inner());
                disabled.entry(account.name.clone()).or_insert_with(|| api::subscribe_disabled(&self.router, account));
                return;
            }
        };
        if let Some(jsa) = self.account(&account.name) {
            *jsa.limits.write().unwrap_or_else(|e| e.into_inner()) = limits;
            return;
        }
        if let Some(sub) = self.disabled.lock().unwrap_or_else(|e| e.into_inner()).remove(&account.name) {
            account.unsubscribe(&sub);
        }
        let jsa = Arc::new(JsAccount {
            account: account.clone(),
            limits: RwLock::new(limits),
            dir: self.store_dir.join(&account.name).join("streams"),
            streams: RwLock::new(BTreeMap::new()),
            memory_used: AtomicI64::new(0),
            api_total: AtomicU64::new(0),
            api_errors: AtomicU64::new(0),
            store_used: AtomicI64::new(0),
            unrecovered: Default::default(),
            api_subscriptions: Default::default(),
        });
        self.accounts.write().unwrap_or_else(|e| e.into_inner()).insert(account.name.clone(), jsa.clone());
        self.recover(&jsa);
        api::subscribe(self, &jsa);
    }

    pub fn account(&self, name: &str) -> Option<Arc<JsAccount>> {
        self.accounts.read().unwrap_or_else(|e| e.into_inner()).get(name).cloned()
    }

    pub fn accounts(&self) -> Vec<Arc<JsAccount>> {
        self.accounts.read().unwrap_or_else(|e| e.into_inner()).values().cloned().collect()
    }

    /// Reopens the streams (and their consumers) an account had on disk.
    fn recover(self: &Arc<Self>, jsa: &Arc<JsAccount>) {
        let Ok(entries) = std::fs::read_dir(&jsa.dir) else { return };
        for entry in entries.flatten() {
            let dir = entry.path();
            if !dir.join(stream::META_FILE).exists() {
                continue;
            }
            match Stream::recover(self, jsa, &dir) {
                Ok(stream) => {
                    info!("  Restored {} messages for stream '{} > {}'", stream.message_count(), jsa.account.name, stream.name);
                    jsa.streams.write().unwrap_or_else(|e| e.into_inner()).insert(stream.name.clone(), stream);
                }
                Err(e) => {
                    crate::error!("  Error recovering stream in {}: {e}", dir.display());
                    let name = entry.file_name().to_string_lossy().into_owned();
                    jsa.unrecovered.lock().unwrap_or_else(|e| e.into_inner()).push(name);
                }
            }
        }
    }

    /// Total bytes stored in memory and on disk across accounts.
    pub fn usage(&self) -> (i64, i64) {
        self.accounts()
            .iter()
            .fold((0, 0), |(m, s), a| (m + a.memory_used.load(Ordering::Relaxed), s + a.store_used.load(Ordering::Relaxed)))
    }

    /// Stops every stream's background work (the server is shutting down).
    pub fn shutdown(&self) {
        for jsa in self.accounts() {
            for stream in jsa.stream_list() {
                stream.stop();
            }
        }
    }
}
