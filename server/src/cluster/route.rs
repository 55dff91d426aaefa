//! One route connection: the handshake, the peer's interest, and the messages it sends.
//!
//! The dialing server sends `CONNECT` (with the credentials in its route URL) and its
//! `INFO`; the accepting one sends its `INFO` at once and checks `CONNECT` against the
//! cluster's `authorization` within its timeout. On the peer's first `INFO` the route
//! is registered (`Cluster::register`), this server's interest is sent to it
//! (`crate::propagation`), and, unless it was dialed on another server's word, the
//! peer's `INFO` goes on to the other routes so they dial it. Later `INFO`s tell of
//! other servers (dial them), or of the peer entering lame duck mode (`ldm`: forget its
//! client URLs).
//!
//! `RS+`/`RS-` become subscriptions in the named account owned by this route
//! (`subscription::Owner::Remote`); `RMSG`/`HMSG` are routed to local subscribers only
//! (`router::Message::from_route`).

use std::collections::HashMap;
use std::net::SocketAddr;
use std::sync::atomic::Ordering;
use std::sync::{Arc, Mutex, OnceLock};
use std::time::SystemTime;

use serde::{Deserialize, Serialize};
use tokio::io::AsyncReadExt;
use tokio::net::TcpStream;

use super::{Cluster, Ended, Host};
use crate::account::Account;
use crate::options::cluster::RouteUrl;
use crate::outbound::{CloseReason, Sink};
use crate::propagation::InterestLink;
use crate::protocol::lossy;
use crate::protocol::route::{parse, RouteOp, RouteParseError, RouteParsed};
use crate::receiver::Receiver;
use crate::link::Link;
use crate::router::{route as route_message, Arrival, Message, Wake};
use crate::sublist::MatchResult;
use crate::subscription::{Owner, Subscription};
use crate::{debug, error, info, trace};

/// A route this server dialed: where, and whether it is configured (else another server
/// told about it).
#[derive(Clone)]
pub struct Dialed {
    pub url: RouteUrl,
    pub configured: bool,
}

/// The route INFO (nats-server's `Info` fields that routes use).
#[derive(Serialize, Deserialize, Clone, Debug, Default)]
#[serde(default)]
pub struct RouteInfo {
    pub server_id: String,
    pub server_name: String,
    pub version: String,
    pub proto: i32,
    pub go: String,
    pub host: String,
    pub port: u16,
    pub headers: bool,
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub auth_required: bool,
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub tls_required: bool,
    pub max_payload: i64,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub ip: String,
    pub cluster: String,
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub cluster_dynamic: bool,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub connect_urls: Vec<String>,
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub ldm: bool,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub nonce: String,
}

impl RouteInfo {
    pub fn to_line(&self) -> Vec<u8> {
        let mut line = b"INFO ".to_vec();
        serde_json::to_writer(&mut line, self).expect("INFO serializes");
        line.extend_from_slice(b"\r\n");
        line
    }
}

/// The route CONNECT.
#[derive(Serialize, Deserialize, Default)]
#[serde(default)]
struct RouteConnect {
    echo: bool,
    verbose: bool,
    pedantic: bool,
    #[serde(skip_serializing_if = "String::is_empty")]
    user: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    pass: String,
    tls_required: bool,
    headers: bool,
    /// The dialing server's id.
    name: String,
    cluster: String,
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    cluster_dynamic: bool,
}

/// What the peer told about itself in its first INFO.
pub struct Remote {
    pub id: String,
    pub name: String,
    /// `nats-route://host:port/`, where it can be dialed.
    pub url: String,
}

/// One route (see the module docs).
pub struct Route {
    pub cid: u64,
    pub receiver: Arc<Receiver>,
    /// The route as the router and the interest table see it.
    pub link: Arc<Link>,
    /// Set when this server dialed it.
    pub dialed: Option<Dialed>,
    pub remote: OnceLock<Remote>,
    connect_urls: Mutex<Vec<String>>,
    /// The peer's interest: the subscriptions made for its `RS+` lines, by account,
    /// subject and queue.
    subs: Mutex<HashMap<crate::propagation::Key, RemoteSub>>,
    pub started: SystemTime,
    closed_as_duplicate: std::sync::atomic::AtomicBool,
}

impl InterestLink for Route {
    fn link(&self) -> &Link {
        &self.link
    }

    fn send(&self, lines: &[u8]) {
        self.receiver.out.send_now(lines);
    }
}

impl Route {
    pub fn remote_id(&self) -> Option<&str> {
        self.remote.get().map(|r| r.id.as_str())
    }

    pub fn connect_urls(&self) -> Vec<String> {
        self.connect_urls.lock().unwrap_or_else(|e| e.into_inner()).clone()
    }

    /// How many subscriptions the peer has told about, and their subjects.
    pub fn subscriptions(&self) -> Vec<String> {
        let subs = self.subs.lock().unwrap_or_else(|e| e.into_inner());
        subs.keys().map(|(_, subject, _)| String::from_utf8_lossy(subject).into_owned()).collect()
    }

    pub fn subscription_count(&self) -> usize {
        self.subs.lock().unwrap_or_else(|e| e.into_inner()).len()
    }

    pub(super) fn close_as_duplicate(&self) {
        self.closed_as_duplicate.store(true, Ordering::Relaxed);
        self.receiver.out.close(CloseReason::DuplicateRoute);
    }

    /// Forgets every subscription the peer told about.
    fn drop_interest(&self) {
        let subs = std::mem::take(&mut *self.subs.lock().unwrap_or_else(|e| e.into_inner()));
        for (_, (account, sub)) in subs {
            account.unsubscribe(&sub);
        }
    }
}

/// A subscription made for the peer's interest, and the account holding it.
type RemoteSub = (Arc<Account>, Arc<Subscription>);

/// Match results by (account address, subject), with the sublist generation they hold for.
type MatchCache = rustc_hash::FxHashMap<(usize, Box<[u8]>), (u64, Arc<MatchResult<Subscription>>)>;

/// The read side's state.
struct Conn {
    cluster: Arc<Cluster>,
    host: Arc<dyn Host>,
    route: Arc<Route>,
    /// CONNECT checked (always true for a route this server dialed).
    connected: bool,
    registered: bool,
    ended: Ended,
    delivery: crate::router::Delivery,
    /// Match results by account and subject, valid while the account's sublist
    /// generation stays the same.
    cache: MatchCache,
    last_account: Option<(Box<[u8]>, Arc<Account>)>,
    max_payload: usize,
    pings_out: u32,
}

/// Serves a route connection until it closes; says how it ended.
pub async fn serve(cluster: Arc<Cluster>, socket: TcpStream, addr: SocketAddr, dialed: Option<Dialed>) -> Ended {
    let Some(host) = cluster.host() else { return Ended::Closed };
    let _ = socket.set_nodelay(true);
    let opts = host.opts();
    let cid = host.next_cid();
    let receiver = Arc::new(Receiver::new(cid, addr, opts.max_pending));
    let route = Arc::new(Route {
        cid,
        receiver: receiver.clone(),
        link: Arc::new(Link::route(receiver.clone())),
        dialed: dialed.clone(),
        remote: OnceLock::new(),
        connect_urls: Mutex::new(Vec::new()),
        subs: Mutex::new(HashMap::new()),
        started: SystemTime::now(),
        closed_as_duplicate: false.into(),
    });
    let (mut reader, writer) = socket.into_split();
    let writer_receiver = receiver.clone();
    let write_deadline = opts.write_deadline;
    let writer_task = tokio::spawn(async move { writer_receiver.out.write_loop(Sink::Plain(Arc::new(writer)), write_deadline).await });
    let info = cluster.info(host.as_ref());
    match &dialed {
        Some(d) => {
            info!("{} - rid:{} - Route connection created", addr, cid);
            let connect = RouteConnect {
                echo: true,
                user: d.url.user.clone().unwrap_or_default(),
                pass: d.url.password.clone().unwrap_or_default(),
                headers: true,
                name: host.server_id().to_string(),
                cluster: cluster.name(),
                cluster_dynamic: cluster.is_dynamic(),
                ..Default::default()
            };
            let mut hello = b"CONNECT ".to_vec();
            serde_json::to_writer(&mut hello, &connect).expect("CONNECT serializes");
            hello.extend_from_slice(b"\r\n");
            hello.extend_from_slice(&info.to_line());
            receiver.out.send_now(&hello);
        }
        None => {
            info!("{} - rid:{} - Route connection created", addr, cid);
            receiver.out.send_now(&info.to_line());
        }
    }
    let mut conn = Conn {
        cluster: cluster.clone(),
        host: host.clone(),
        route: route.clone(),
        connected: dialed.is_some(),
        registered: false,
        ended: Ended::Closed,
        delivery: host.router().delivery(),
        cache: Default::default(),
        last_account: None,
        max_payload: opts.max_payload.max(64 << 20),
        pings_out: 0,
    };
    let reason = conn.read_loop(&mut reader).await;
    receiver.out.close(reason);
    let _ = writer_task.await;
    let ended = std::mem::replace(&mut conn.ended, Ended::Closed);
    let was_registered = cluster.unregister(&route);
    host.router().propagation.remove_link(cid);
    route.drop_interest();
    if was_registered && !cluster.settings.no_advertise && !route.connect_urls().is_empty() {
        host.connect_urls_changed();
    }
    let name = route.remote.get().map(|r| r.name.clone()).unwrap_or_default();
    info!(
        "{} - rid:{} - Router connection closed: {}{}",
        addr,
        cid,
        reason.as_str(),
        if name.is_empty() { String::new() } else { format!(" - Remote: {name}") }
    );
    if route.closed_as_duplicate.load(Ordering::Relaxed) && matches!(ended, Ended::Closed) {
        if let Some(id) = route.remote_id() {
            return Ended::Duplicate(id.to_string());
        }
    }
    ended
}

impl Conn {
    async fn read_loop(&mut self, reader: &mut tokio::net::tcp::OwnedReadHalf) -> CloseReason {
        let opts = self.host.opts();
        let settings = &self.cluster.settings;
        let ping_interval = settings.ping_interval.unwrap_or(opts.ping_interval);
        let ping_max = settings.ping_max.unwrap_or(opts.ping_max).max(1);
        let auth_deadline = tokio::time::Instant::now() + settings.auth_timeout.unwrap_or(super::DEFAULT_AUTH_TIMEOUT);
        let mut next_ping = tokio::time::Instant::now() + ping_interval;
        let mut buf: Vec<u8> = Vec::with_capacity(64 * 1024);
        let mut chunk = vec![0u8; 64 * 1024];
        let receiver = self.route.receiver.clone();
        loop {
            let timer = if self.connected { next_ping } else { auth_deadline.min(next_ping) };
            tokio::select! {
                read = reader.read(&mut chunk) => {
                    let n = match read {
                        Ok(0) => return CloseReason::ClientClosed,
                        Ok(n) => n,
                        Err(_) => return CloseReason::ReadError,
                    };
                    buf.extend_from_slice(&chunk[..n]);
                    // Work through what arrived; a pause for a receiver that fell behind
                    // comes between ops, and the rest is worked after it.
                    loop {
                        let (used, outcome) = self.work(&buf);
                        self.delivery.finish(Wake::Inline, &self.host.router().stats);
                        buf.drain(..used);
                        match outcome {
                            Err(reason) => return reason,
                            Ok(paused) => {
                                self.delivery.stall_for_backed_up().await;
                                if !paused {
                                    break;
                                }
                            }
                        }
                    }
                }
                _ = tokio::time::sleep_until(timer) => {
                    if !self.connected && tokio::time::Instant::now() >= auth_deadline {
                        receiver.send_err("Authentication Timeout");
                        return CloseReason::AuthenticationTimeout;
                    }
                    if tokio::time::Instant::now() >= next_ping {
                        if self.pings_out >= ping_max {
                            receiver.send_err("Stale Connection");
                            return CloseReason::StaleConnection;
                        }
                        self.pings_out += 1;
                        receiver.out.send_now(b"PING\r\n");
                        next_ping = tokio::time::Instant::now() + ping_interval;
                    }
                }
                _ = receiver.out.closed() => {
                    return receiver.out.close_reason().unwrap_or(CloseReason::ServerShutdown);
                }
            }
        }
    }

    /// Handles the complete ops at the front of `buf`: how many bytes they took, and
    /// whether it stopped early because a local receiver fell behind (`Ok(true)`: stop
    /// reading until it catches up, so the other server's publishers pause rather than
    /// anyone being cut off).
    fn work(&mut self, buf: &[u8]) -> (usize, Result<bool, CloseReason>) {
        let mut used = 0;
        loop {
            match parse(&buf[used..], self.max_payload) {
                Ok(RouteParsed::Op(op, n)) => {
                    let result = self.handle(op);
                    used += n;
                    if let Err(reason) = result {
                        return (used, Err(reason));
                    }
                    if self.delivery.has_backed_up() {
                        return (used, Ok(true));
                    }
                }
                Ok(RouteParsed::Incomplete) => return (used, Ok(false)),
                Err(e) => return (used, Err(self.parse_error(e))),
            }
        }
    }

    fn parse_error(&mut self, e: RouteParseError) -> CloseReason {
        let text = match e {
            RouteParseError::MaxControlLine => "Maximum Control Line Exceeded",
            RouteParseError::MaxPayload => "Maximum Payload Violation",
            _ => "Unknown Protocol Operation",
        };
        error!("{} - rid:{} - Route parser error: {:?}", self.route.receiver.addr, self.route.cid, e);
        self.route.receiver.send_err(text);
        CloseReason::ParseError
    }

    fn handle(&mut self, op: RouteOp<'_>) -> Result<(), CloseReason> {
        let receiver = &self.route.receiver;
        if !self.connected && !matches!(op, RouteOp::Connect(_) | RouteOp::Ping | RouteOp::Pong) {
            receiver.send_err("Authorization Violation");
            return Err(CloseReason::AuthenticationViolation);
        }
        match op {
            RouteOp::Ping => receiver.out.send_now(b"PONG\r\n"),
            RouteOp::Pong => self.pings_out = 0,
            RouteOp::Ok => {}
            RouteOp::Err(text) => {
                error!("{} - rid:{} - Received error from route: {}", receiver.addr, self.route.cid, lossy(text));
                return Err(CloseReason::ClientClosed);
            }
            RouteOp::Connect(json) => self.on_connect(json)?,
            RouteOp::Info(json) => self.on_info(json)?,
            RouteOp::Sub { account, subject, queue } => self.on_sub(account, subject, queue.map(|(q, _)| q)),
            RouteOp::Unsub { account, subject, queue } => self.on_unsub(account, subject, queue),
            RouteOp::Msg { account, subject, reply, queues, message, header_len } => {
                self.on_msg(account, subject, reply, queues, message, header_len)
            }
        }
        Ok(())
    }

    fn on_connect(&mut self, json: &[u8]) -> Result<(), CloseReason> {
        let receiver = &self.route.receiver;
        if self.route.dialed.is_some() {
            return Ok(());
        }
        let Ok(connect) = serde_json::from_slice::<RouteConnect>(json) else {
            receiver.send_err("Authorization Violation");
            return Err(CloseReason::AuthenticationViolation);
        };
        let s = &self.cluster.settings;
        if let Some(user) = &s.username {
            let pass = s.password.as_deref().unwrap_or_default();
            let ok = connect.user == *user && crate::auth::secret_matches(pass, &connect.pass);
            if !ok {
                error!("{} - rid:{} - authentication error - User {:?}", receiver.addr, self.route.cid, connect.user);
                receiver.send_err("Authorization Violation");
                return Err(CloseReason::AuthenticationViolation);
            }
        }
        self.connected = true;
        Ok(())
    }

    fn on_info(&mut self, json: &[u8]) -> Result<(), CloseReason> {
        let receiver = self.route.receiver.clone();
        let Ok(info) = serde_json::from_slice::<RouteInfo>(json) else {
            receiver.send_err("Unknown Protocol Operation");
            return Err(CloseReason::ParseError);
        };
        if let Some(remote) = self.route.remote.get() {
            // A later INFO: about another server, or about the peer itself.
            if info.server_id != remote.id {
                let host_port = format!("{}:{}", info.host, info.port);
                self.cluster.dial_implicit(&info.server_id, &info.ip, &host_port);
            } else if info.ldm {
                info!("{} - rid:{} - Route {} entered lame duck mode", receiver.addr, self.route.cid, remote.name);
                std::mem::take(&mut *self.route.connect_urls.lock().unwrap_or_else(|e| e.into_inner()));
                self.host.connect_urls_changed();
            }
            return Ok(());
        }
        if info.server_id == self.host.server_id() {
            debug!("{} - rid:{} - Detected route to self, ignoring", receiver.addr, self.route.cid);
            self.ended = Ended::ToSelf;
            return Err(CloseReason::DuplicateRoute);
        }
        let ours = self.cluster.name();
        if !info.cluster.is_empty() && info.cluster != ours && !self.cluster.adopt_name(&info.cluster, info.cluster_dynamic) {
            error!(
                "{} - rid:{} - Rejecting connection, cluster name {:?} does not match {:?}",
                receiver.addr, self.route.cid, info.cluster, ours
            );
            return Err(CloseReason::ClusterNameConflict);
        }
        if self.route.dialed.is_none() && info.server_name == self.host.server_name() {
            error!("{} - rid:{} - Remote server has a duplicate name: {:?}", receiver.addr, self.route.cid, info.server_name);
            return Err(CloseReason::DuplicateServerName);
        }
        let url = if info.ip.is_empty() {
            format!("nats-route://{}/", super::join_host_port(&receiver.addr.ip().to_canonical().to_string(), info.port))
        } else {
            info.ip.clone()
        };
        let _ = self.route.remote.set(Remote { id: info.server_id.clone(), name: info.server_name.clone(), url: url.clone() });
        *self.route.connect_urls.lock().unwrap_or_else(|e| e.into_inner()) = info.connect_urls.clone();
        if !self.cluster.register(&self.route, &info.server_id) {
            debug!("{} - rid:{} - Detected duplicate remote route {:?}", receiver.addr, self.route.cid, info.server_id);
            self.ended = Ended::Duplicate(info.server_id.clone());
            return Err(CloseReason::DuplicateRoute);
        }
        self.registered = true;
        debug!("{} - rid:{} - Registering remote route {:?}", receiver.addr, self.route.cid, info.server_id);
        let link: Arc<dyn InterestLink> = self.route.clone();
        self.host.router().propagation.add_link(link);
        receiver.out.send_now(b"PING\r\n");
        // Tell the other routes, unless this one was dialed on another server's word.
        let implicit = self.route.dialed.as_ref().is_some_and(|d| !d.configured);
        if !implicit {
            let mut gossip = info.clone();
            gossip.ip = url;
            gossip.nonce.clear();
            let line = gossip.to_line();
            for other in self.cluster.routes() {
                if other.cid != self.route.cid {
                    other.receiver.out.send_now(&line);
                }
            }
        }
        if !self.cluster.settings.no_advertise && !info.connect_urls.is_empty() {
            self.host.connect_urls_changed();
        }
        Ok(())
    }

    /// The account named in a route operation (the last one is kept at hand).
    fn account(&mut self, name: &[u8]) -> Option<Arc<Account>> {
        if let Some((last, account)) = &self.last_account {
            if **last == *name {
                return Some(account.clone());
            }
        }
        let account = self.host.lookup_account(std::str::from_utf8(name).ok()?)?;
        self.last_account = Some((name.into(), account.clone()));
        Some(account)
    }

    fn on_sub(&mut self, account_name: &[u8], subject: &[u8], queue: Option<&[u8]>) {
        trace!("{} - rid:{} - <<- [RS+ {} {}]", self.route.receiver.addr, self.route.cid, lossy(account_name), lossy(subject));
        let Some(account) = self.account(account_name) else {
            debug!("{} - rid:{} - Interest in unknown account {:?} ignored", self.route.receiver.addr, self.route.cid, lossy(account_name));
            return;
        };
        let key = (Arc::from(account.name.as_str()), Box::from(subject), queue.map(Box::from));
        let mut subs = self.route.subs.lock().unwrap_or_else(|e| e.into_inner());
        if subs.contains_key(&key) {
            // A queue group's new weight: the group is already known.
            return;
        }
        let sub = Arc::new(Subscription::new(subject, queue, b"route", Owner::Remote(self.route.link.clone())));
        account.subscribe(sub.clone());
        subs.insert(key, (account, sub));
    }

    fn on_unsub(&mut self, account_name: &[u8], subject: &[u8], queue: Option<&[u8]>) {
        let Ok(name) = std::str::from_utf8(account_name) else { return };
        let key = (Arc::from(name), Box::from(subject), queue.map(Box::from));
        let removed = self.route.subs.lock().unwrap_or_else(|e| e.into_inner()).remove(&key);
        if let Some((account, sub)) = removed {
            account.unsubscribe(&sub);
        }
    }

    fn on_msg(
        &mut self,
        account_name: &[u8],
        subject: &[u8],
        reply: Option<&[u8]>,
        queues: Option<&[u8]>,
        message: &[u8],
        header_len: usize,
    ) {
        let stats = &self.route.receiver.out.stats;
        stats.in_msgs.fetch_add(1, Ordering::Relaxed);
        stats.in_bytes.fetch_add(message.len() as u64, Ordering::Relaxed);
        let server_stats = &self.host.router().stats;
        server_stats.in_msgs.fetch_add(1, Ordering::Relaxed);
        server_stats.in_bytes.fetch_add(message.len() as u64, Ordering::Relaxed);
        let Some(account) = self.account(account_name) else { return };
        let generation = account.sublist.generation();
        let key = (Arc::as_ptr(&account) as usize, Box::from(subject));
        let result = match self.cache.get(&key) {
            Some((g, result)) if *g == generation => result.clone(),
            _ => {
                if self.cache.len() > 4096 {
                    self.cache.clear();
                }
                let result = Arc::new(account.sublist.matches(subject));
                self.cache.insert(key, (generation, result.clone()));
                result
            }
        };
        let msg = Message { to: subject, subject, reply, message, header_len, hops: 0, from: Some(Arrival { link: &self.route.link, queues: queues.unwrap_or_default() }) };
        route_message(&account, &result, &msg, None, &mut self.delivery);
    }
}
