//! Gateways: links between the clusters of a super-cluster.
//!
//! Every server has one outbound connection to each other cluster (to any one of its
//! servers) and accepts inbound connections from the other clusters' servers. Messages
//! flow one way on each: out over the outbound connection, in over an inbound one.
//! Interest flows the other way: the server that accepts an inbound connection tells
//! the sender what this cluster wants (`RS+`/`RS-`, by account), so the sender sends
//! only that.
//!
//! Interest modes, as nats-server has them: a sender starts each account *optimistic*
//! (send everything, unless told `RS- <account> <subject>` or `A- <account>`) and moves
//! it to *interest-only* (send only on a matching `RS+`) when the receiver says so —
//! `INFO` with `gateway_cmd` 2 (start), its whole interest, then `gateway_cmd` 3
//! (complete) — or for every account at once when the receiver's first `INFO` has
//! `gateway_iom`. natsx, as nats-server 2.9 and later, advertises `gateway_iom` and
//! sends each account's interest when an inbound connection registers: a message never
//! crosses a gateway where nobody listens. Queue groups are always announced, and a
//! message goes to a queue group in another cluster only when no member in this one
//! took it (and to one cluster only).
//!
//! Replies: a message's reply subject crosses as `_GR_.<cluster hash>.<server hash>.<reply>`,
//! so the answer finds its way straight back — to this cluster's gateway whatever the
//! interest, then over a route to this server — where it is delivered on `<reply>`
//! (nats-server's `handleGatewayReply`).

use std::collections::{BTreeMap, HashMap, HashSet};
use std::net::SocketAddr;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex, OnceLock, RwLock, Weak};
use std::time::{Duration, SystemTime};

use base64::Engine;
use serde::{Deserialize, Serialize};
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::Notify;

use super::conn::{Core, Flavor, RemoteInterest, ServerIdentity, Timers};
use super::Host;
use crate::account::Account;
use crate::link::Link;
use crate::options::cluster::RouteUrl;
use crate::options::gateway::GatewaySettings;
use crate::outbound::CloseReason;
use crate::propagation::InterestLink;
use crate::protocol::lossy;
use crate::protocol::route::{RouteParseError, RouteParsed};
use crate::receiver::Receiver;
use crate::router::{Delivery, GatewayForward, Message};
use crate::sublist::{Interest, Sublist};
use crate::{debug, error, info};

/// The prefix of replies routed back across gateways.
pub const REPLY_PREFIX: &[u8] = b"_GR_.";
/// nats-server's older prefix, recognised on replies it sends.
const OLD_REPLY_PREFIX: &[u8] = b"$GR.";
/// `_GR_.` + 6-character cluster hash + `.` + 6-character server hash + `.`.
const REPLY_SUBJECT_OFFSET: usize = REPLY_PREFIX.len() + 7 + 7;

const DIAL_TIMEOUT: Duration = Duration::from_secs(1);
const RECONNECT_DELAY: Duration = Duration::from_secs(1);

/// `gateway_cmd` values.
const CMD_GOSSIP: u8 = 1;
const CMD_ALL_SUBS_START: u8 = 2;
const CMD_ALL_SUBS_COMPLETE: u8 = 3;

/// nats-server's 6-character hash of a gateway name or server id (`getHashSize`): the
/// first bytes of its SHA-256, each as a base-62 digit.
pub fn hash6(name: &str) -> [u8; 6] {
    use sha2::Digest;
    const DIGITS: &[u8] = b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    let digest = sha2::Sha256::digest(name.as_bytes());
    let mut out = [0u8; 6];
    for (o, b) in out.iter_mut().zip(digest.iter()) {
        *o = DIGITS[(*b % 62) as usize];
    }
    out
}

/// A gateway INFO (nats-server's `Info` fields that gateways use).
#[derive(Serialize, Deserialize, Clone, Debug, Default)]
#[serde(default)]
struct GatewayInfo {
    #[serde(flatten)]
    server: ServerIdentity,
    gateway: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    gateway_url: String,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    gateway_urls: Vec<String>,
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    gateway_nrp: bool,
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    gateway_iom: bool,
    #[serde(skip_serializing_if = "super::conn::is_zero")]
    gateway_cmd: u8,
    /// Go's `[]byte`: base64 in JSON.
    #[serde(skip_serializing_if = "String::is_empty")]
    gateway_cmd_payload: String,
}

impl GatewayInfo {
    fn to_line(&self) -> Vec<u8> {
        super::conn::info_line(self)
    }
}

/// A gateway CONNECT.
#[derive(Serialize, Deserialize, Default)]
#[serde(default)]
struct GatewayConnect {
    echo: bool,
    verbose: bool,
    pedantic: bool,
    #[serde(skip_serializing_if = "String::is_empty")]
    user: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    pass: String,
    tls_required: bool,
    /// The sending server's id.
    name: String,
    /// The sending cluster's gateway name (a client's or route's CONNECT has none).
    gateway: String,
}

/// Another cluster's interest in one subject (and queue group), as its `RS+` said.
struct RemoteSub {
    subject: Box<[u8]>,
    queue: Option<Box<[u8]>>,
}

impl Interest for RemoteSub {
    fn subject(&self) -> &[u8] {
        &self.subject
    }
    fn queue(&self) -> Option<&[u8]> {
        self.queue.as_deref()
    }
}

/// `(subject, queue)`.
type SubKey = (Box<[u8]>, Option<Box<[u8]>>);

/// What an outbound gateway knows of the other cluster's interest in one account.
#[derive(Default)]
struct AccountInterest {
    /// `A-`: nothing at all in this account.
    none: bool,
    /// Optimistic mode's subjects the other cluster said it has no interest in.
    no_interest: HashSet<Box<[u8]>>,
    /// Interest-only mode (send only on a matching `RS+`).
    interest_only: bool,
    subs: Sublist<RemoteSub>,
    by_key: HashMap<SubKey, Arc<RemoteSub>>,
}

/// This server's connection to another cluster: messages go out on it.
pub struct Outbound {
    pub cid: u64,
    /// The other cluster's gateway name.
    pub name: String,
    hash: [u8; 6],
    pub link: Arc<Link>,
    /// The server it reached: its id and name.
    pub remote: OnceLock<(String, String)>,
    /// The other cluster asked for interest-only mode for every account.
    interest_only: AtomicBool,
    accounts: RwLock<HashMap<String, AccountInterest>>,
    pub started: SystemTime,
    pub configured: bool,
}

/// nats-server's `gatewayMaxRUnsubBeforeSwitch`: an optimistic account switches to
/// interest-only after this many subjects without interest (shown in `/gatewayz`).
pub const INTEREST_ONLY_THRESHOLD: usize = 1000;

/// One account's gateway interest mode, as `/gatewayz?accs=1` shows it (nats-server's
/// `AccountGatewayz`).
#[derive(Serialize, Debug, PartialEq, Eq)]
pub struct AccountMode {
    pub name: String,
    pub interest_mode: &'static str,
    #[serde(skip_serializing_if = "super::conn::is_zero")]
    pub no_interest_count: usize,
    pub interest_only_threshold: usize,
    #[serde(rename = "num_subs", skip_serializing_if = "super::conn::is_zero")]
    pub subscriptions: usize,
    #[serde(rename = "num_queue_subs", skip_serializing_if = "super::conn::is_zero")]
    pub queue_subscriptions: usize,
}

impl AccountMode {
    fn new(name: &str, interest_only: bool) -> AccountMode {
        AccountMode {
            name: name.to_string(),
            interest_mode: if interest_only { "Interest-Only" } else { "Optimistic" },
            no_interest_count: 0,
            interest_only_threshold: INTEREST_ONLY_THRESHOLD,
            subscriptions: 0,
            queue_subscriptions: 0,
        }
    }
}

impl Outbound {
    /// The accounts the other cluster told about, and the mode each is in.
    pub fn account_modes(&self) -> Vec<AccountMode> {
        let accounts = self.accounts.read().unwrap_or_else(|e| e.into_inner());
        let iom = self.interest_only.load(Ordering::Relaxed);
        let mut modes: Vec<AccountMode> = accounts
            .iter()
            .map(|(name, a)| {
                if a.none {
                    return AccountMode::new(name, false);
                }
                AccountMode {
                    no_interest_count: a.no_interest.len(),
                    subscriptions: a.by_key.len(),
                    queue_subscriptions: a.by_key.keys().filter(|(_, queue)| queue.is_some()).count(),
                    ..AccountMode::new(name, iom || a.interest_only)
                }
            })
            .collect();
        modes.sort_by(|a, b| a.name.cmp(&b.name));
        modes
    }

    /// Does the other cluster want `subject` in `account` (plain interest), and which
    /// of its queue groups match it?
    fn interest(&self, account: &str, subject: &[u8]) -> (bool, Vec<Box<[u8]>>) {
        let accounts = self.accounts.read().unwrap_or_else(|e| e.into_inner());
        let iom = self.interest_only.load(Ordering::Relaxed);
        let Some(a) = accounts.get(account) else { return (!iom, Vec::new()) };
        if a.none {
            return (false, Vec::new());
        }
        let optimistic = !iom && !a.interest_only && !a.no_interest.contains(subject);
        let result = a.subs.matches(subject);
        let queues = result.queues.iter().map(|(name, _)| name.clone()).collect();
        (optimistic || !result.plain.is_empty(), queues)
    }

    /// Takes back from `propagation` every interest the other cluster told about (the
    /// connection closed).
    fn forget_interest(&self, propagation: &crate::propagation::Propagation) {
        let accounts = std::mem::take(&mut *self.accounts.write().unwrap_or_else(|e| e.into_inner()));
        for (account, a) in accounts {
            let account: Arc<str> = Arc::from(account.as_str());
            for (subject, queue) in a.by_key.into_keys() {
                let sub = crate::subscription::Subscription::new(
                    &subject,
                    queue.as_deref(),
                    b"gateway",
                    crate::subscription::Owner::Remote(self.link.clone()),
                );
                propagation.changed(&account, &sub, Some(&self.link), -1);
            }
        }
    }

    /// How many interests the other cluster told about.
    pub fn subscription_count(&self) -> usize {
        self.accounts.read().unwrap_or_else(|e| e.into_inner()).values().map(|a| a.by_key.len()).sum()
    }

    /// An `RS+`/`RS-` from the other cluster. New and gone interests are also counted in
    /// `propagation`, so this server's leaf nodes hear of what other clusters want (and
    /// send it here, to go on through the gateway).
    fn on_interest(&self, propagation: &crate::propagation::Propagation, account: &str, subject: &[u8], queue: Option<&[u8]>, add: bool) {
        let mut accounts = self.accounts.write().unwrap_or_else(|e| e.into_inner());
        let a = accounts.entry(account.to_string()).or_default();
        let key = (Box::from(subject), queue.map(Box::from));
        let counted = |delta: i32| {
            let sub =
                crate::subscription::Subscription::new(subject, queue, b"gateway", crate::subscription::Owner::Remote(self.link.clone()));
            propagation.changed(&Arc::from(account), &sub, Some(&self.link), delta);
        };
        if add {
            a.none = false;
            if queue.is_none() {
                a.no_interest.remove(subject);
            }
            if !a.by_key.contains_key(&key) {
                let sub = Arc::new(RemoteSub { subject: key.0.clone(), queue: key.1.clone() });
                a.subs.insert(sub.clone());
                a.by_key.insert(key, sub);
                counted(1);
            }
        } else {
            if let Some(sub) = a.by_key.remove(&key) {
                a.subs.remove(&sub);
                counted(-1);
            }
            // Optimistic mode: no interest in this subject until an `RS+` says so.
            if queue.is_none() && !a.interest_only && !self.interest_only.load(Ordering::Relaxed) {
                a.no_interest.insert(key.0);
            }
        }
    }

    fn on_account_interest(&self, account: &str, any: bool) {
        let mut accounts = self.accounts.write().unwrap_or_else(|e| e.into_inner());
        let a = accounts.entry(account.to_string()).or_default();
        a.none = !any;
        if any {
            a.no_interest.clear();
        }
    }

    /// `gateway_cmd` 2/3: the account is moving to (`done` false) or has reached
    /// interest-only mode.
    fn switch_account(&self, account: &str, done: bool) {
        let mut accounts = self.accounts.write().unwrap_or_else(|e| e.into_inner());
        let a = accounts.entry(account.to_string()).or_default();
        if done {
            a.interest_only = true;
            a.no_interest.clear();
        }
    }
}

/// A connection from another cluster: messages come in on it; this cluster's
/// interest goes back out on it.
pub struct Inbound {
    pub cid: u64,
    pub link: Arc<Link>,
    /// The other cluster's gateway name, its server's id and name.
    pub remote: OnceLock<(String, String, String)>,
    /// Accounts already answered `A-` (unknown here).
    told_unknown: Mutex<HashSet<Box<[u8]>>>,
    /// This cluster's gateway name (commands name the sender's).
    local_name: String,
    /// Accounts whose interest was sent in full (interest-only mode on the other side).
    switched: Mutex<HashSet<String>>,
    pub started: SystemTime,
}

impl Inbound {
    /// The accounts this server told the other cluster about: switched to interest-only,
    /// or answered `A-` (nats-server shows those as optimistic).
    pub fn account_modes(&self) -> Vec<AccountMode> {
        let switched = self.switched.lock().unwrap_or_else(|e| e.into_inner());
        let unknown = self.told_unknown.lock().unwrap_or_else(|e| e.into_inner());
        let mut modes: Vec<AccountMode> = switched.iter().map(|name| AccountMode::new(name, true)).collect();
        modes.extend(unknown.iter().map(|name| AccountMode::new(&String::from_utf8_lossy(name), false)));
        modes.sort_by(|a, b| a.name.cmp(&b.name));
        modes
    }
}

impl InterestLink for Inbound {
    fn link(&self) -> &Link {
        &self.link
    }

    fn send(&self, lines: &[u8]) {
        self.link.receiver.out.send_now(lines);
    }

    /// Each account's whole interest between `gateway_cmd` 2 and 3, so the other side
    /// switches it to interest-only mode.
    fn dump(&self, account: &str, lines: &[u8], out: &mut Vec<u8>) {
        let gateway = self.local_name.clone();
        let cmd = |cmd: u8| {
            GatewayInfo {
                gateway: gateway.clone(),
                gateway_cmd: cmd,
                gateway_cmd_payload: base64::engine::general_purpose::STANDARD.encode(account),
                ..Default::default()
            }
            .to_line()
        };
        out.extend_from_slice(&cmd(CMD_ALL_SUBS_START));
        out.extend_from_slice(lines);
        out.extend_from_slice(&cmd(CMD_ALL_SUBS_COMPLETE));
        self.switched.lock().unwrap_or_else(|e| e.into_inner()).insert(account.to_string());
    }

    /// A change in an account not told about yet switches it first: its interest so
    /// far was none, so the change is all of it (nats-server ignores a plain `RS+` for
    /// an account it has not switched).
    fn announce(&self, account: &str, line: &[u8]) {
        let first = self.switched.lock().unwrap_or_else(|e| e.into_inner()).insert(account.to_string());
        if first {
            let mut out = Vec::new();
            self.dump(account, line, &mut out);
            self.send(&out);
        } else {
            self.send(line);
        }
    }
}

/// A remote gateway this server knows: configured, or learned.
struct RemoteGateway {
    urls: Vec<String>,
    configured: bool,
    /// A task is dialing or serving it.
    active: bool,
}

/// The gateway side of this server.
pub struct Gateways {
    host: Weak<dyn Host>,
    pub settings: GatewaySettings,
    /// TLS on gateways, both ways (`gateway { tls {} }`).
    tls: Option<Arc<crate::tls::LinkTls>>,
    port: OnceLock<u16>,
    /// `_GR_.<cluster hash>.<server hash>.`
    reply_prefix: Vec<u8>,
    cluster_hash: [u8; 6],
    server_hash: [u8; 6],
    outbound: RwLock<Vec<Arc<Outbound>>>,
    inbound: Mutex<BTreeMap<u64, Arc<Inbound>>>,
    remotes: Mutex<BTreeMap<String, RemoteGateway>>,
    shutdown: Notify,
    stopping: AtomicBool,
}

impl Gateways {
    /// The gateways of `settings`; TLS files are read now (an error names them).
    pub fn new(host: Weak<dyn Host>, server_id: &str, settings: GatewaySettings) -> Result<Arc<Gateways>, String> {
        let tls = match &settings.tls {
            Some(t) => Some(Arc::new(crate::tls::LinkTls::new(t, true).map_err(|e| format!("gateway tls: {e}"))?)),
            None => None,
        };
        let cluster_hash = hash6(&settings.name);
        let server_hash = hash6(server_id);
        let mut reply_prefix = REPLY_PREFIX.to_vec();
        reply_prefix.extend_from_slice(&cluster_hash);
        reply_prefix.push(b'.');
        reply_prefix.extend_from_slice(&server_hash);
        reply_prefix.push(b'.');
        let remotes = settings
            .remotes
            .iter()
            .filter(|r| r.name != settings.name)
            .map(|r| (r.name.clone(), RemoteGateway { urls: r.urls.clone(), configured: true, active: false }))
            .collect();
        Ok(Arc::new(Gateways {
            host,
            tls,
            settings,
            port: OnceLock::new(),
            reply_prefix,
            cluster_hash,
            server_hash,
            outbound: RwLock::new(Vec::new()),
            inbound: Mutex::new(BTreeMap::new()),
            remotes: Mutex::new(remotes),
            shutdown: Notify::new(),
            stopping: AtomicBool::new(false),
        }))
    }

    pub fn name(&self) -> &str {
        &self.settings.name
    }

    pub fn port(&self) -> u16 {
        self.port.get().copied().unwrap_or(0)
    }

    fn is_stopping(&self) -> bool {
        self.stopping.load(Ordering::Acquire)
    }

    pub fn outbound(&self) -> Vec<Arc<Outbound>> {
        self.outbound.read().unwrap_or_else(|e| e.into_inner()).clone()
    }

    pub fn inbound(&self) -> Vec<Arc<Inbound>> {
        self.inbound.lock().unwrap_or_else(|e| e.into_inner()).values().cloned().collect()
    }

    /// Is `name` a configured remote gateway?
    pub fn is_configured(&self, name: &str) -> bool {
        self.remotes.lock().unwrap_or_else(|e| e.into_inner()).get(name).is_some_and(|r| r.configured)
    }

    /// `host:port` other gateways dial to reach this server.
    pub fn url(&self) -> String {
        self.settings.advertise.clone().unwrap_or_else(|| {
            let host = if self.settings.host == "0.0.0.0" || self.settings.host.is_empty() { "127.0.0.1" } else { &self.settings.host };
            super::join_host_port(host, self.port())
        })
    }

    fn info(&self, host: &dyn Host) -> GatewayInfo {
        let url = self.url();
        // Every member's URL, so another cluster can reach this one through any.
        let mut urls = vec![url.clone()];
        for route in host.cluster().map(|c| c.routes()).unwrap_or_default() {
            if let Some(u) = route.gateway_url.get().filter(|u| !u.is_empty() && !urls.contains(u)) {
                urls.push(u.clone());
            }
        }
        GatewayInfo {
            server: ServerIdentity {
                auth_required: self.settings.username.is_some(),
                tls_required: self.tls.is_some(),
                ..ServerIdentity::of(host, &self.settings.host, self.port())
            },
            gateway: self.settings.name.clone(),
            gateway_url: url,
            gateway_urls: urls,
            gateway_nrp: true,
            gateway_iom: true,
            ..Default::default()
        }
    }

    pub async fn bind(&self) -> Result<TcpListener, String> {
        let s = &self.settings;
        let port = s.port.max(0) as u16;
        let listener = crate::net::listen(&s.host, port)
            .await
            .map_err(|e| format!("Error listening on gateway port: {}", crate::net::listen_error(&s.host, port, &e)))?;
        let _ = self.port.set(listener.local_addr().map_err(|e| e.to_string())?.port());
        Ok(listener)
    }

    pub fn start(self: &Arc<Self>, listener: TcpListener) {
        info!("Gateway name is {}", self.settings.name);
        info!("Listening for gateways connections on {}:{}", self.settings.host, self.port());
        super::conn::accept_loop(
            self.clone(),
            listener,
            "gateway",
            |g| &g.shutdown,
            |g, socket, addr| {
                tokio::spawn(g.clone().serve_inbound(socket, addr));
            },
        );
        let names: Vec<String> = self.remotes.lock().unwrap_or_else(|e| e.into_inner()).keys().cloned().collect();
        for name in names {
            self.solicit_if_idle(&name);
        }
    }

    pub fn stop(&self) {
        self.stopping.store(true, Ordering::Release);
        self.shutdown.notify_waiters();
        self.shutdown.notify_one();
        for o in self.outbound() {
            o.link.receiver.out.close(CloseReason::ServerShutdown);
        }
        for i in self.inbound() {
            i.link.receiver.out.close(CloseReason::ServerShutdown);
        }
    }

    /// Starts the task that keeps an outbound connection to gateway `name`, unless one runs.
    fn solicit_if_idle(self: &Arc<Self>, name: &str) {
        {
            let mut remotes = self.remotes.lock().unwrap_or_else(|e| e.into_inner());
            let Some(remote) = remotes.get_mut(name) else { return };
            if remote.active || remote.urls.is_empty() {
                return;
            }
            remote.active = true;
        }
        tokio::spawn(self.clone().solicit(name.to_string()));
    }

    /// The gateways this server has an outbound connection to, with their URLs
    /// (`host:port`).
    pub fn connected(&self) -> Vec<(String, Vec<String>)> {
        let names: Vec<String> = self.outbound().iter().map(|o| o.name.clone()).collect();
        let remotes = self.remotes.lock().unwrap_or_else(|e| e.into_inner());
        names
            .into_iter()
            .filter_map(|n| {
                let urls = remotes.get(&n)?.urls.iter().filter_map(|u| RouteUrl::parse(u).ok()).map(|u| u.host_port).collect();
                Some((n, urls))
            })
            .collect()
    }

    /// Learns gateway `name` at `urls` (from an inbound connection, gossip, or a
    /// member of this cluster) and connects to it if this server has no outbound
    /// connection there yet.
    pub fn learn(self: &Arc<Self>, name: &str, urls: &[String]) {
        if name == self.settings.name || name.is_empty() {
            return;
        }
        {
            let mut remotes = self.remotes.lock().unwrap_or_else(|e| e.into_inner());
            let remote = remotes.entry(name.to_string()).or_insert(RemoteGateway { urls: Vec::new(), configured: false, active: false });
            for u in urls {
                let url = if u.contains("://") { u.clone() } else { format!("nats://{u}") };
                if !remote.urls.contains(&url) {
                    remote.urls.push(url);
                }
            }
        }
        self.solicit_if_idle(name);
    }

    /// Dials gateway `name` and serves the connection, again after each end: forever
    /// when configured, `connect_retries` more times when learned.
    async fn solicit(self: Arc<Self>, name: String) {
        let mut failures = 0u32;
        let mut attempt = 0usize;
        while !self.is_stopping() {
            let (url, configured) = {
                let remotes = self.remotes.lock().unwrap_or_else(|e| e.into_inner());
                let Some(r) = remotes.get(&name) else { break };
                (r.urls[attempt % r.urls.len()].clone(), r.configured)
            };
            attempt += 1;
            let Ok(target) = RouteUrl::parse(&url) else { break };
            debug!("Connecting to explicit gateway {:?} ({}) at {}", name, url, target.host_port);
            let served = match tokio::time::timeout(DIAL_TIMEOUT, TcpStream::connect(&target.host_port)).await {
                Ok(Ok(socket)) => {
                    let addr = socket.peer_addr().unwrap_or_else(|_| ([0, 0, 0, 0], 0).into());
                    self.clone().serve_outbound(socket, addr, name.clone(), target, configured).await
                }
                _ => false,
            };
            if served {
                failures = 0;
            } else {
                failures += 1;
                if !configured && failures > self.settings.connect_retries {
                    break;
                }
            }
            tokio::select! {
                _ = tokio::time::sleep(RECONNECT_DELAY) => {}
                _ = self.shutdown.notified() => break,
            }
        }
        if let Some(r) = self.remotes.lock().unwrap_or_else(|e| e.into_inner()).get_mut(&name) {
            r.active = false;
        }
    }

    /// Serves an outbound connection to gateway `name`; true when it got registered.
    async fn serve_outbound(self: Arc<Self>, socket: TcpStream, addr: SocketAddr, name: String, url: RouteUrl, configured: bool) -> bool {
        let Some(host) = self.host.upgrade() else { return false };
        let _ = socket.set_nodelay(true);
        let opts = host.opts();
        let cid = host.next_cid();
        let receiver = Arc::new(Receiver::new(cid, addr, opts.max_pending));
        let link = Arc::new(Link::gateway(receiver.clone()));
        let outbound = Arc::new(Outbound {
            cid,
            hash: hash6(&name),
            name: name.clone(),
            link: link.clone(),
            remote: OnceLock::new(),
            interest_only: AtomicBool::new(false),
            accounts: RwLock::new(HashMap::new()),
            started: SystemTime::now(),
            configured,
        });
        info!("Creating outbound gateway connection to {:?}", name);
        let split = match &self.tls {
            None => Ok(super::conn::split_plain(socket)),
            Some(tls) => {
                let host_name = url.host_port.rsplit_once(':').map_or(url.host_port.as_str(), |(h, _)| h);
                super::conn::dial_tls(&tls.connector, tls.timeout, host_name, socket).await
            }
        };
        let (mut reader, sink) = match split {
            Ok(split) => split,
            Err(e) => {
                error!("{} - gid:{} - {}", addr, cid, e);
                return false;
            }
        };
        let writer_task = super::conn::spawn_writer(&receiver, sink, opts.write_deadline);
        let timers = Timers { ping_interval: opts.ping_interval, ping_max: opts.ping_max.max(1), auth_timeout: Duration::from_secs(2) };
        let mut core = Core::new(host.clone(), link, Arc::new(RemoteInterest::default()), true);
        let mut flavor = OutboundFlavor { gateways: self.clone(), outbound: outbound.clone(), url, registered: false };
        let reason = core.read_loop(&mut flavor, &mut reader, timers, Vec::new()).await;
        receiver.out.close(reason);
        let _ = writer_task.await;
        self.outbound.write().unwrap_or_else(|e| e.into_inner()).retain(|o| o.cid != cid);
        outbound.forget_interest(&host.router().propagation);
        info!("{} - gid:{} - Gateway connection closed: {} - Remote: {}", addr, cid, reason.as_str(), name);
        flavor.registered
    }

    async fn serve_inbound(self: Arc<Self>, socket: TcpStream, addr: SocketAddr) {
        let Some(host) = self.host.upgrade() else { return };
        let _ = socket.set_nodelay(true);
        let opts = host.opts();
        let cid = host.next_cid();
        let receiver = Arc::new(Receiver::new(cid, addr, opts.max_pending));
        let link = Arc::new(Link::gateway(receiver.clone()));
        let inbound = Arc::new(Inbound {
            cid,
            link: link.clone(),
            remote: OnceLock::new(),
            told_unknown: Mutex::new(HashSet::new()),
            local_name: self.settings.name.clone(),
            switched: Mutex::new(HashSet::new()),
            started: SystemTime::now(),
        });
        info!("{} - gid:{} - Processing inbound gateway connection", addr, cid);
        let split = match &self.tls {
            None => Ok(super::conn::split_plain(socket)),
            Some(tls) => super::conn::accept_tls(&tls.server, socket).await,
        };
        let (mut reader, sink) = match split {
            Ok(split) => split,
            Err(e) => {
                error!("{} - gid:{} - {}", addr, cid, e);
                return;
            }
        };
        let writer_task = super::conn::spawn_writer(&receiver, sink, opts.write_deadline);
        receiver.out.send_now(&self.info(host.as_ref()).to_line());
        let timers = Timers {
            ping_interval: opts.ping_interval,
            ping_max: opts.ping_max.max(1),
            auth_timeout: self.settings.auth_timeout.unwrap_or(super::DEFAULT_AUTH_TIMEOUT),
        };
        let mut core = Core::new(host.clone(), link, Arc::new(RemoteInterest::default()), false);
        let mut flavor = InboundFlavor { gateways: self.clone(), inbound: inbound.clone() };
        let reason = core.read_loop(&mut flavor, &mut reader, timers, Vec::new()).await;
        receiver.out.close(reason);
        let _ = writer_task.await;
        self.inbound.lock().unwrap_or_else(|e| e.into_inner()).remove(&cid);
        host.router().propagation.remove_link(cid);
        let name = inbound.remote.get().map(|r| r.0.clone()).unwrap_or_default();
        info!("{} - gid:{} - Gateway connection closed: {} - Remote: {}", addr, cid, reason.as_str(), name);
    }

    /// A message on a routed reply subject (`_GR_.<cluster>.<server>.<reply>`) that
    /// arrived over `link`: `Some(subject)` to route on (`<reply>` when it is this
    /// cluster's), `None` when it was another cluster's and came over a route (its own
    /// server sent it there) or went on over a route to the server that asked.
    pub fn routed_reply<'a>(
        &self,
        link: &Link,
        account: &Account,
        subject: &'a [u8],
        reply: Option<&[u8]>,
        message: &[u8],
        header_len: usize,
    ) -> Option<&'a [u8]> {
        if subject.len() <= REPLY_SUBJECT_OFFSET {
            return Some(subject);
        }
        let (cluster, server) = (&subject[5..11], &subject[12..18]);
        if cluster != self.cluster_hash {
            // Another cluster's reply: over a route, its own server sent it there already
            // (dropped, as nats-server does); from a leaf node (its client answering a
            // request that came from that cluster), it goes on to it as it is.
            return matches!(link.kind(), crate::link::LinkKind::Leaf { .. }).then_some(subject);
        }
        let unmapped = &subject[REPLY_SUBJECT_OFFSET..];
        if link.kind() != crate::link::LinkKind::Gateway || server == self.server_hash {
            return Some(unmapped);
        }
        // Another server of this cluster asked: send it there, still routed.
        let host = self.host.upgrade()?;
        let Some(route) = host.cluster().and_then(|c| c.route_by_server_hash(server, &account.name)) else { return Some(unmapped) };
        let out = &route.receiver;
        let len = account.name.len() + subject.len() + message.len() + 64;
        if out.out.append_with(len, |buf| {
            crate::protocol::route::write_msg(buf, route.link.frame(account.name.as_bytes()), subject, reply, &[], message, header_len)
        }) == crate::outbound::Appended::NeedsWake
        {
            out.out.wake();
        }
        None
    }
}

impl GatewayForward for Gateways {
    fn forward(&self, account: &Account, msg: &Message<'_>, served: &[&[u8]], only: Option<&[u8]>, delivery: &mut Delivery) -> usize {
        let outbound = self.outbound.read().unwrap_or_else(|e| e.into_inner());
        if outbound.is_empty() {
            return 0;
        }
        // A routed reply goes straight to the cluster it names, whatever the interest.
        let direct = msg.subject.starts_with(REPLY_PREFIX) && msg.subject.len() > REPLY_SUBJECT_OFFSET;
        let direct_old = msg.subject.starts_with(OLD_REPLY_PREFIX);
        let mut chosen: smallvec::SmallVec<[Box<[u8]>; 2]> = smallvec::SmallVec::new();
        let mut sent = 0;
        let mut mapped_reply: Option<Vec<u8>> = None;
        for o in outbound.iter() {
            let mut queues: smallvec::SmallVec<[Box<[u8]>; 2]> = smallvec::SmallVec::new();
            if direct {
                if msg.subject[5..11] != o.hash {
                    continue;
                }
            } else if direct_old {
                continue;
            } else {
                let (plain, remote_queues) = o.interest(&account.name, msg.subject);
                for q in remote_queues {
                    let wanted = only.is_none_or(|names| crate::protocol::route::names_queue(names, &q));
                    if wanted && !served.iter().any(|s| **s == *q) && !chosen.contains(&q) {
                        chosen.push(q.clone());
                        queues.push(q);
                    }
                }
                if !plain && queues.is_empty() {
                    continue;
                }
            }
            let reply = match msg.reply {
                Some(r) if r.starts_with(REPLY_PREFIX) || r.starts_with(OLD_REPLY_PREFIX) => Some(r),
                Some(r) => Some(&mapped_reply.get_or_insert_with(|| [self.reply_prefix.as_slice(), r].concat())[..]),
                None => None,
            };
            let queue_refs: smallvec::SmallVec<[&[u8]; 2]> = queues.iter().map(|q| &q[..]).collect();
            let len = account.name.len() + msg.subject.len() + reply.map_or(0, <[u8]>::len) + msg.message.len() + 64;
            let written = delivery.send_to(&o.link.receiver, len, msg.message.len(), |buf| {
                crate::protocol::route::write_msg(
                    buf,
                    crate::protocol::route::Frame::Route(account.name.as_bytes()),
                    msg.subject,
                    reply,
                    &queue_refs,
                    msg.message,
                    msg.header_len,
                )
            });
            if written {
                sent += 1;
            }
        }
        sent
    }
}

/// An outbound connection's side of the shared connection machinery.
struct OutboundFlavor {
    gateways: Arc<Gateways>,
    outbound: Arc<Outbound>,
    url: RouteUrl,
    registered: bool,
}

impl Flavor for OutboundFlavor {
    fn parse<'a>(&self, buf: &'a [u8], max_payload: usize) -> Result<RouteParsed<'a>, RouteParseError> {
        crate::protocol::route::parse(buf, max_payload)
    }

    fn account(&mut self, core: &Core, name: &[u8]) -> Option<Arc<Account>> {
        core.host.lookup_account(std::str::from_utf8(name).ok()?)
    }

    fn on_connect(&mut self, _core: &mut Core, _json: &[u8]) -> Result<(), CloseReason> {
        Ok(())
    }

    fn on_info(&mut self, core: &mut Core, json: &[u8]) -> Result<(), CloseReason> {
        let receiver = core.link.receiver.clone();
        let info: GatewayInfo = core.parse_info(json)?;
        let name = &self.outbound.name;
        if info.gateway.is_empty() {
            receiver.send_err(&format!("Attempt to connect to gateway {name:?} using wrong port"));
            return Err(CloseReason::ProtocolViolation);
        }
        if self.registered {
            match info.gateway_cmd {
                CMD_GOSSIP => self.gateways.learn(&info.gateway, &info.gateway_urls),
                CMD_ALL_SUBS_START | CMD_ALL_SUBS_COMPLETE => {
                    let Some(account) = base64::engine::general_purpose::STANDARD
                        .decode(&info.gateway_cmd_payload)
                        .ok()
                        .and_then(|b| String::from_utf8(b).ok())
                    else {
                        receiver.send_err("Account absent from receive-all-subscriptions command");
                        return Err(CloseReason::ProtocolViolation);
                    };
                    self.outbound.switch_account(&account, info.gateway_cmd == CMD_ALL_SUBS_COMPLETE);
                }
                _ => {}
            }
            return Ok(());
        }
        if info.gateway != *name {
            error!(
                "{} - gid:{} - Failing connection to gateway {:?}, remote gateway name is {:?}",
                receiver.addr, core.link.id, name, info.gateway
            );
            receiver.send_err(&format!(
                "Connection from {:?} rejected, wanted to connect to {:?}, this is {:?}",
                self.gateways.settings.name, name, info.gateway
            ));
            return Err(CloseReason::ProtocolViolation);
        }
        let host = core.host.clone();
        if info.server.server_id == host.server_id() {
            return Err(CloseReason::DuplicateRoute);
        }
        self.gateways.learn(name, &info.gateway_urls);
        self.outbound.interest_only.store(info.gateway_iom, Ordering::Relaxed);
        let _ = self.outbound.remote.set((info.server.server_id.clone(), info.server.server_name.clone()));
        let settings = &self.gateways.settings;
        let connect = GatewayConnect {
            user: self.url.user.clone().or_else(|| settings.username.clone()).unwrap_or_default(),
            pass: self.url.password.clone().or_else(|| settings.password.clone()).unwrap_or_default(),
            name: host.server_id().to_string(),
            gateway: settings.name.clone(),
            ..Default::default()
        };
        let mut hello = b"CONNECT ".to_vec();
        serde_json::to_writer(&mut hello, &connect).expect("CONNECT serializes");
        hello.extend_from_slice(b"\r\n");
        hello.extend_from_slice(&self.gateways.info(host.as_ref()).to_line());
        receiver.out.send_now(&hello);
        {
            let mut outbound = self.gateways.outbound.write().unwrap_or_else(|e| e.into_inner());
            if outbound.iter().any(|o| o.name == *name) {
                return Err(CloseReason::DuplicateRoute);
            }
            outbound.push(self.outbound.clone());
            outbound.sort_by(|a, b| a.name.cmp(&b.name));
        }
        self.registered = true;
        core.ping();
        // Every member of this cluster connects to it too.
        if let Some(cluster) = host.cluster() {
            let urls = self.gateways.connected().into_iter().find(|(n, _)| n == name).map(|(_, u)| u).unwrap_or_default();
            let line = super::route::gateway_gossip(host.as_ref(), name, urls);
            for route in cluster.routes() {
                route.receiver.out.send_now(&line);
            }
        }
        info!(
            "{} - gid:{} - Outbound gateway connection to {:?} ({}) registered",
            receiver.addr, core.link.id, name, info.server.server_id
        );
        Ok(())
    }

    fn on_interest(
        &mut self,
        core: &mut Core,
        account: &[u8],
        subject: &[u8],
        queue: Option<&[u8]>,
        add: bool,
    ) -> Option<Result<(), CloseReason>> {
        let account = std::str::from_utf8(account).ok()?;
        if !natsx_common::subject::is_valid_subscribe(subject) || !crate::sublist::within_depth(subject) {
            return Some(Ok(()));
        }
        self.outbound.on_interest(&core.host.router().propagation, account, subject, queue, add);
        Some(Ok(()))
    }

    fn on_account_interest(&mut self, _core: &mut Core, account: &[u8], any: bool) -> Result<(), CloseReason> {
        if let Ok(account) = std::str::from_utf8(account) {
            self.outbound.on_account_interest(account, any);
        }
        Ok(())
    }
}

/// An inbound connection's side of the shared connection machinery.
struct InboundFlavor {
    gateways: Arc<Gateways>,
    inbound: Arc<Inbound>,
}

impl Flavor for InboundFlavor {
    fn parse<'a>(&self, buf: &'a [u8], max_payload: usize) -> Result<RouteParsed<'a>, RouteParseError> {
        crate::protocol::route::parse(buf, max_payload)
    }

    /// An account unknown here is answered `A-` (once): the other cluster stops
    /// sending in it.
    fn account(&mut self, core: &Core, name: &[u8]) -> Option<Arc<Account>> {
        if let Some(account) = std::str::from_utf8(name).ok().and_then(|n| core.host.lookup_account(n)) {
            return Some(account);
        }
        if self.inbound.told_unknown.lock().unwrap_or_else(|e| e.into_inner()).insert(name.into()) {
            let mut line = b"A- ".to_vec();
            line.extend_from_slice(name);
            line.extend_from_slice(b"\r\n");
            core.link.receiver.out.send_now(&line);
        }
        None
    }

    fn on_connect(&mut self, core: &mut Core, json: &[u8]) -> Result<(), CloseReason> {
        let receiver = core.link.receiver.clone();
        let connect: GatewayConnect = core.parse_connect(json)?;
        if connect.gateway.is_empty() {
            receiver.send_err("Attempted To Connect To Gateway Port");
            return Err(CloseReason::ProtocolViolation);
        }
        let s = &self.gateways.settings;
        let expected = s.username.as_deref().map(|u| (u, s.password.as_deref().unwrap_or_default()));
        core.check_credentials(expected, &connect.user, &connect.pass)?;
        if s.reject_unknown && !self.gateways.is_configured(&connect.gateway) {
            error!("{} - gid:{} - Rejecting connection from gateway {:?}", receiver.addr, core.link.id, connect.gateway);
            receiver.send_err(&format!("Connection to gateway {:?} rejected", s.name));
            return Err(CloseReason::ProtocolViolation);
        }
        if connect.gateway == s.name {
            error!("{} - gid:{} - Rejecting gateway connection from our own gateway name {:?}", receiver.addr, core.link.id, s.name);
            return Err(CloseReason::ProtocolViolation);
        }
        core.connected = true;
        Ok(())
    }

    fn on_info(&mut self, core: &mut Core, json: &[u8]) -> Result<(), CloseReason> {
        let receiver = core.link.receiver.clone();
        let info: GatewayInfo = core.parse_info(json)?;
        if self.inbound.remote.get().is_some() {
            return Ok(());
        }
        let _ = self.inbound.remote.set((info.gateway.clone(), info.server.server_id.clone(), info.server.server_name.clone()));
        self.gateways.inbound.lock().unwrap_or_else(|e| e.into_inner()).insert(self.inbound.cid, self.inbound.clone());
        info!(
            "{} - gid:{} - Inbound gateway connection from {:?} ({}) registered",
            receiver.addr, core.link.id, info.gateway, info.server.server_id
        );
        // This cluster's interest, account by account (interest-only mode from the start).
        let link: Arc<dyn InterestLink> = self.inbound.clone();
        core.host.router().propagation.add_link(link);
        core.ping();
        // Make sure this server can send to that cluster too, and tell it of the others.
        let urls = if info.gateway_urls.is_empty() { vec![info.gateway_url.clone()] } else { info.gateway_urls.clone() };
        self.gateways.learn(&info.gateway, &urls);
        let remotes: Vec<(String, Vec<String>)> = self
            .gateways
            .remotes
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .iter()
            .filter(|(name, r)| **name != info.gateway && !r.urls.is_empty())
            .map(|(name, r)| (name.clone(), r.urls.clone()))
            .collect();
        for (name, urls) in remotes {
            let urls = urls.iter().filter_map(|u| RouteUrl::parse(u).ok()).map(|u| u.host_port).collect();
            let gossip = GatewayInfo { gateway: name, gateway_urls: urls, gateway_cmd: CMD_GOSSIP, ..Default::default() };
            receiver.out.send_now(&gossip.to_line());
        }
        Ok(())
    }

    fn on_err(&mut self, core: &mut Core, text: &[u8]) -> CloseReason {
        error!("{} - gid:{} - Gateway Error {}", core.link.receiver.addr, core.link.id, lossy(text));
        CloseReason::ClientClosed
    }
}
