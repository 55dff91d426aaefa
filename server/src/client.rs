//! One client connection: the read loop, CONNECT and authentication, subscriptions,
//! publishing, liveness (PING/PONG, auth timeout) and protocol errors.
//!
//! The reader task owns the socket's read half and a `Connection` with all state only
//! it touches (the match cache, pending wake-ups, permissions). What other tasks need
//! to see — the outbound buffer, counters, metadata for `/connz`, the subscription
//! table — lives in the shared `ClientShared`. A read is parsed whole; every receiver
//! touched by the batch is woken once at its end.

use std::collections::HashSet;
use std::net::SocketAddr;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant, SystemTime};

use bytes::{Buf, BytesMut};
// The match cache is private to one connection, so a fast non-keyed hash is safe:
// a client can only slow down its own lookups.
use rustc_hash::FxHashMap;
use tokio::io::AsyncReadExt;
use tokio::net::TcpStream;

use crate::account::Account;
use crate::info::Connect;
use crate::options::Options;
use crate::outbound::{CloseReason, Sink};
use crate::permissions::Permissions;
use crate::protocol::client::{parse, ClientOp, ParseError, ParseLimits, Parsed};
use crate::protocol::lossy;
pub use crate::receiver::ConnMeta;
use crate::receiver::Receiver;
use crate::router::{self, Delivery, Message, Router, Wake};
use crate::sublist::MatchResult;
use crate::subscription::{BySid, Owner, Subscription};
use crate::{debug, error, trace, warn};
use natsx_common::subject;
use natsx_common::transform::Mapped;

/// Exact `-ERR` texts, as nats-server sends them.
pub mod errors {
    pub const UNKNOWN_OP: &str = "Unknown Protocol Operation";
    pub const AUTH_VIOLATION: &str = "Authorization Violation";
    pub const AUTH_TIMEOUT: &str = "Authentication Timeout";
    pub const AUTH_EXPIRED: &str = "User Authentication Expired";
    pub const ACCOUNT_AUTH_EXPIRED: &str = "Account Authentication Expired";
    pub const MAX_CONTROL_LINE: &str = "maximum control line exceeded";
    pub const MAX_PAYLOAD: &str = "Maximum Payload Violation";
    pub const MAX_CONNECTIONS: &str = "maximum connections exceeded";
    pub const MAX_ACCOUNT_CONNECTIONS: &str = "maximum account active connections exceeded";
    pub const MAX_SUBSCRIPTIONS: &str = "maximum subscriptions exceeded";
    pub const BAD_PROTOCOL: &str = "invalid client protocol";
    pub const NO_RESPONDERS_NEEDS_HEADERS: &str = "no responders requires headers support";
    pub const STALE: &str = "Stale Connection";
    pub const INVALID_SUBJECT: &str = "Invalid Subject";
    pub const INVALID_PUBLISH_SUBJECT: &str = "Invalid Publish Subject";
}

/// The server as a connection sees it. `Server` implements it; a connection holds it as
/// `Arc<dyn Host>`, so this module does not depend on the server's (the server, which
/// accepts connections and keeps their registry, depends on this one).
pub trait Host: Send + Sync + 'static {
    /// The options in force (a configuration reload replaces them).
    fn opts(&self) -> Arc<Options>;
    fn router(&self) -> &Router;
    fn next_cid(&self) -> u64;
    /// The account a connection is in until its CONNECT authenticates it.
    fn global_account(&self) -> Arc<Account>;
    /// True when credentials are configured and a `no_auth_user` stands in for clients
    /// that send none.
    fn default_user_configured(&self, connection_type: &str) -> bool;
    /// True when a client must send credentials in CONNECT before anything else.
    fn auth_required(&self, connection_type: &str) -> bool;
    /// Checks CONNECT credentials; `nonce` is the one the connection's INFO carried,
    /// `connection_type` its kind (`STANDARD`, `WEBSOCKET`).
    /// `cert`: who the client's certificate names, when users are mapped from certificates.
    fn authenticate(
        &self,
        connect: &Connect,
        nonce: Option<&str>,
        connection_type: &str,
        cert: Option<&crate::tls::CertIdentity>,
        addr: &SocketAddr,
    ) -> Result<Authenticated, String>;
    /// The client port's TLS, when it has one.
    fn tls(&self) -> Option<Arc<crate::tls::Tls>>;
    /// The auth callout deciding about this CONNECT, and the user it names (see
    /// `Server::auth_callout_for`).
    fn auth_callout_for(&self, connect: &Connect) -> Option<(Arc<crate::auth_callout::AuthCallout>, String)>;
    /// Starts looking up the account a CONNECT's user JWT names, when the resolver does
    /// not have it (see `Server::fetch_account_for`); the receiver fires when done.
    fn fetch_account_for(&self, connect: &Connect) -> Option<tokio::sync::oneshot::Receiver<()>>;
    /// Binds a user the auth callout answered with (its JWT's `aud` names the account;
    /// `callout_account` is where the service runs). `Err` says why not.
    fn callout_user(
        &self,
        user: natsx_common::jwt::UserClaims,
        connection_type: &str,
        callout_account: &str,
    ) -> Result<Authenticated, String>;
    /// True when a connection's INFO must carry a nonce to sign (NKey users exist).
    fn nonce_required(&self) -> bool;
    /// The INFO line sent when a connection is accepted, with its nonce.
    /// `connection_type`: a WebSocket client's INFO says nothing of the client port's TLS.
    fn info_line(&self, cid: u64, addr: &SocketAddr, nonce: Option<&str>, connection_type: &str) -> Vec<u8>;
    /// The INFO line sent after CONNECT, for what the client's account changes.
    /// `max_payload` is the connection's, after its account's limit.
    fn connect_info_line(&self, cid: u64, addr: &SocketAddr, account: &Account, max_payload: usize) -> Vec<u8>;
    /// Adds a connection to the registry; false when `max_connections` is reached.
    fn register(&self, client: &Arc<ClientShared>) -> bool;
    /// A connection's first CONNECT was accepted (the connect event).
    fn client_connected(&self, client: &ClientShared);
    /// Removes a connection from the registry and records it as closed.
    fn unregister(&self, client: &Arc<ClientShared>);
    /// Records a connection that was never registered as closed.
    fn record_closed(&self, client: &Arc<ClientShared>);
    /// Serves a leaf node that connected over WebSocket (`stream`: its messages); false
    /// when this server accepts no leaf nodes (no leaf node port).
    fn accept_leaf_websocket(&self, stream: tokio::io::DuplexStream, addr: SocketAddr) -> bool;
}

/// The outcome of authenticating a CONNECT.
pub struct Authenticated {
    pub account: Arc<Account>,
    pub permissions: Option<Permissions>,
    pub user: String,
    /// When a JWT user's authentication runs out (its `exp`, or the end of its connect
    /// times): the connection ends then with `User Authentication Expired`.
    pub expires: Option<SystemTime>,
    /// A JWT user's own `subs` and `payload` limits (the lower of them and the
    /// account's apply).
    pub max_subscriptions: Option<usize>,
    pub max_payload: Option<usize>,
    /// A JWT user's token, issuer and name, for monitoring.
    pub jwt: Option<crate::receiver::JwtMeta>,
}

/// A connection as monitoring shows it: live (`stop` unset) or closed.
#[derive(Clone)]
pub struct ConnSnapshot {
    pub cid: u64,
    pub addr: SocketAddr,
    pub start: SystemTime,
    pub stop: Option<SystemTime>,
    pub last_activity: SystemTime,
    pub meta: ConnMeta,
    /// The close reason; empty while open.
    pub reason: String,
    pub in_msgs: u64,
    pub in_bytes: u64,
    pub out_msgs: u64,
    pub out_bytes: u64,
    pub pending: usize,
    pub subscriptions: Vec<String>,
    /// `STANDARD` or `WEBSOCKET`.
    pub connection_type: &'static str,
    pub tls: Option<Arc<crate::tls::TlsConnInfo>>,
}

/// The part of a connection other tasks see: its receiving side (what routers deliver
/// to), its subscription table and what monitoring shows.
pub struct ClientShared {
    pub receiver: Arc<Receiver>,
    /// CONNECT's `protocol`: 1 means the client takes asynchronous INFO (lame duck notices).
    pub protocol: std::sync::atomic::AtomicI32,
    /// When the client last sent something (Unix nanoseconds), for `/connz`.
    last_activity_ns: std::sync::atomic::AtomicU64,
    /// The connection's subscriptions, found by sid (see `subs`).
    subs: Mutex<HashSet<BySid>>,
    /// Entries in the reader's match cache (`/subsz` `num_cache`).
    pub cached_matches: std::sync::atomic::AtomicU64,
    /// New publish/subscribe permissions for the reader (set at CONNECT and reload).
    permission_update: Mutex<Option<Option<Permissions>>>,
    permissions_changed: AtomicBool,
    credentials: Mutex<Option<Connect>>,
    /// The nonce its INFO carried, when NKey users exist (kept for re-authentication).
    pub nonce: std::sync::OnceLock<String>,
    /// `STANDARD` (the client port) or `WEBSOCKET`, for `allowed_connection_types`.
    pub connection_type: &'static str,
    /// Who the client's certificate names, when users are mapped from certificates.
    pub cert_identity: std::sync::OnceLock<crate::tls::CertIdentity>,
    /// A WebSocket client's cookie credentials.
    websocket_credentials: Option<Box<WebsocketCredentials>>,
    /// What its TLS handshake agreed on (`/connz`).
    pub tls: std::sync::OnceLock<Arc<crate::tls::TlsConnInfo>>,
}

/// Credentials a WebSocket client's upgrade request carried in the cookies the
/// `websocket {}` block names (`user_cookie`, `pass_cookie`, `token_cookie`,
/// `jwt_cookie`): each fills
/// the CONNECT field the client left empty, as nats-server's `processConnect` does.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct WebsocketCredentials {
    pub user: Option<String>,
    pub pass: Option<String>,
    pub token: Option<String>,
    /// `jwt_cookie`'s value: a user JWT (operator mode).
    pub jwt: Option<String>,
}

impl WebsocketCredentials {
    /// CONNECT's credentials with the empty ones filled from the cookies.
    fn fill(&self, opts: &mut Connect) {
        let fill = |field: &mut String, cookie: &Option<String>| {
            if field.is_empty() {
                if let Some(value) = cookie {
                    field.clone_from(value);
                }
            }
        };
        fill(&mut opts.user, &self.user);
        fill(&mut opts.pass, &self.pass);
        fill(&mut opts.auth_token, &self.token);
        fill(&mut opts.jwt, &self.jwt);
    }
}

impl ClientShared {
    /// `max_pending`: the outbound buffer's limit (bytes), see `Receiver::new`.
    pub fn new(cid: u64, addr: SocketAddr, max_pending: usize) -> Self {
        ClientShared {
            receiver: Arc::new(Receiver::new(cid, addr, max_pending)),
            protocol: std::sync::atomic::AtomicI32::new(0),
            last_activity_ns: std::sync::atomic::AtomicU64::new(unix_nanos()),
            subs: Mutex::new(HashSet::new()),
            cached_matches: std::sync::atomic::AtomicU64::new(0),
            permission_update: Mutex::new(None),
            permissions_changed: AtomicBool::new(false),
            credentials: Mutex::new(None),
            nonce: std::sync::OnceLock::new(),
            connection_type: crate::options::accounts::STANDARD_CONNECTION,
            cert_identity: std::sync::OnceLock::new(),
            websocket_credentials: None,
            tls: std::sync::OnceLock::new(),
        }
    }

    pub fn cid(&self) -> u64 {
        self.receiver.cid
    }

    pub fn meta(&self) -> ConnMeta {
        self.receiver.meta()
    }

    /// The subscription table, locked. Subscriptions a router removed when they reached
    /// their auto-unsubscribe limit leave it here (by the sids it noted, so it costs
    /// nothing per other subscription), and their sids can be used again.
    pub fn subs(&self) -> std::sync::MutexGuard<'_, HashSet<BySid>> {
        let mut subs = self.subs.lock().unwrap_or_else(|e| e.into_inner());
        for sid in self.receiver.take_unsubscribed() {
            if subs.get(&sid[..]).is_some_and(|s| s.0.is_removed()) {
                subs.remove(&sid[..]);
            }
        }
        subs
    }

    /// The connection's state for `/connz`; closed connections carry a stop time and reason.
    pub fn snapshot(&self) -> ConnSnapshot {
        let out = &self.receiver.out;
        let stats = &out.stats;
        let reason = out.close_reason();
        let subscriptions = self.subs().iter().map(|s| String::from_utf8_lossy(s.0.subject()).into_owned()).collect();
        ConnSnapshot {
            cid: self.receiver.cid,
            addr: self.receiver.addr,
            start: self.receiver.start,
            stop: reason.map(|_| SystemTime::now()),
            last_activity: std::time::UNIX_EPOCH + Duration::from_nanos(self.last_activity_ns.load(Ordering::Relaxed)),
            meta: self.meta(),
            reason: reason.map(|r| r.as_str().to_string()).unwrap_or_default(),
            in_msgs: stats.in_msgs.load(Ordering::Relaxed),
            in_bytes: stats.in_bytes.load(Ordering::Relaxed),
            out_msgs: stats.out_msgs.load(Ordering::Relaxed),
            out_bytes: stats.out_bytes.load(Ordering::Relaxed),
            pending: if reason.is_some() { 0 } else { out.pending() },
            subscriptions,
            connection_type: self.connection_type,
            tls: self.tls.get().cloned(),
        }
    }

    /// Installs permissions: the delivery-side parts (subscribe deny list, allowed
    /// responses) at once, the publish/subscribe checks for the reader to pick up
    /// before its next operation. Used at CONNECT and by configuration reload.
    pub fn set_permissions(&self, permissions: Option<Permissions>) {
        self.receiver.set_permissions(permissions.as_ref());
        self.receiver.meta.lock().unwrap_or_else(|e| e.into_inner()).permissions.clone_from(&permissions);
        *self.permission_update.lock().unwrap_or_else(|e| e.into_inner()) = Some(permissions);
        self.permissions_changed.store(true, Ordering::Release);
    }

    /// The credentials of the accepted CONNECT, for re-authentication on reload.
    pub fn credentials(&self) -> Option<Connect> {
        self.credentials.lock().unwrap_or_else(|e| e.into_inner()).clone()
    }

    /// Sends `-ERR '<text>'`.
    pub fn send_err(&self, text: &str) {
        self.receiver.send_err(text);
    }
}

fn unix_nanos() -> u64 {
    SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_nanos() as u64)
}

/// The reader side of a connection.
struct Connection {
    server: Arc<dyn Host>,
    shared: Arc<ClientShared>,
    account: Arc<Account>,
    opts: Connect,
    connected: bool,
    connect_info_sent: bool,
    permissions: Option<Permissions>,
    match_cache: FxHashMap<Box<[u8]>, Arc<MatchResult<Subscription>>>,
    cache_generation: u64,
    /// Publishes answered from `match_cache` since the last batch ended.
    cache_hits: u64,
    publish_allowed: FxHashMap<Box<[u8]>, bool>,
    delivery: Delivery,
    /// The largest message this connection may publish (bytes): the server's, or its
    /// account's `limits.max_payload` when lower.
    max_payload: usize,
    /// A JWT user's own payload limit, and the account limits' generation the payload
    /// limit was computed from (an account update moves it).
    user_max_payload: Option<usize>,
    limits_generation: u64,
    in_msgs: u64,
    in_bytes: u64,
    pings_out: u32,
    last_in: Instant,
    next_ping: tokio::time::Instant,
    ping_sent_at: Option<Instant>,
    rtt_measured_at: Option<Instant>,
    /// Bound to the no_auth_user before any CONNECT (see `handle`).
    default_bound: bool,
    /// A JWT user's own subscription limit (0: none).
    user_max_subscriptions: usize,
    /// A CONNECT waiting for the auth callout's answer.
    waiting: Option<(crate::auth_callout::Waiting, Box<Connect>)>,
    /// A CONNECT waiting for its account to be looked up.
    fetching: Option<(tokio::sync::oneshot::Receiver<()>, Box<Connect>)>,
    /// When a JWT user's authentication runs out, and the error it ends with.
    expires_at: Option<tokio::time::Instant>,
    expiry_error: &'static str,
    /// The user's own expiry (its JWT's, or the end of its connect times).
    user_expires: Option<SystemTime>,
}

const MATCH_CACHE_SIZE: usize = 1024;
const PUBLISH_CACHE_SIZE: usize = 128;

/// The smallest and largest read sizes: idle connections hold little, busy ones read
/// in large gulps (nats-server's 512 B .. 64 KiB policy, with a larger ceiling).
const READ_SIZE_MIN: usize = 512;
const READ_SIZE_MAX: usize = 256 * 1024;

/// Adaptive read size: doubles when a read fills the space offered, halves after a
/// run of reads that use less than a quarter of it.
struct ReadSize {
    size: usize,
    short_reads: u8,
}

impl ReadSize {
    fn new() -> Self {
        ReadSize { size: READ_SIZE_MIN, short_reads: 0 }
    }
    fn get(&self) -> usize {
        self.size
    }
    fn observe(&mut self, n: usize, offered: usize) {
        if n >= offered && self.size < READ_SIZE_MAX {
            self.size *= 2;
            self.short_reads = 0;
        } else if n < self.size / 4 && self.size > READ_SIZE_MIN {
            self.short_reads += 1;
            if self.short_reads >= 2 {
                self.size /= 2;
                self.short_reads = 0;
            }
        } else {
            self.short_reads = 0;
        }
    }
}

/// nats-server's `titleCase` of callout errors: the first letter upper-cased.
fn title_case(text: &str) -> String {
    let mut chars = text.chars();
    chars.next().map(|c| c.to_uppercase().chain(chars).collect()).unwrap_or_default()
}

/// What to do after handling an operation.
enum Next {
    Continue,
    Close(CloseReason),
}

/// Serves one accepted client socket until it closes: in plain text, or, when the
/// client port has TLS, after INFO and the handshake (see `tls`).
pub async fn serve(server: Arc<dyn Host>, socket: TcpStream, addr: SocketAddr) {
    let _ = socket.set_nodelay(true);
    let cid = server.next_cid();
    let shared = Arc::new(ClientShared::new(cid, addr, server.opts().max_pending));
    debug!("{} - cid:{} - Client connection created", addr, cid);
    if server.nonce_required() {
        let _ = shared.nonce.set(crate::auth::new_nonce());
    }
    let info = server.info_line(cid, &addr, shared.nonce.get().map(String::as_str), shared.connection_type);
    let Some(tls) = server.tls() else {
        return serve_plain(server, shared, socket, Some(&info)).await;
    };
    let mut socket = socket;
    // `handshake_first` with a fallback: a client that sends nothing within the delay
    // gets INFO and the usual order (nats-server waits the same way).
    let mut first = tls.handshake_first;
    if let Some(delay) = tls.handshake_first_fallback {
        let mut byte = [0u8; 1];
        first = matches!(tokio::time::timeout(delay, socket.peek(&mut byte)).await, Ok(Ok(1)));
    }
    if !first {
        use tokio::io::AsyncWriteExt;
        if socket.write_all(&info).await.is_err() {
            shared.receiver.out.close(CloseReason::WriteError);
            server.record_closed(&shared);
            return;
        }
    }
    if tls.allow_non_tls {
        // Plain text is served too: a TLS handshake starts with a record of type 0x16
        // (nats-server sniffs the same way); anything else, or nothing in time, is the
        // protocol in plain text.
        let mut first = [0u8; 1];
        let handshake = matches!(tokio::time::timeout(tls.timeout, socket.peek(&mut first)).await, Ok(Ok(1)) if first[0] == 0x16);
        if !handshake {
            return serve_plain(server, shared, socket, None).await;
        }
    }
    let stream = match tokio::time::timeout(tls.timeout, tls.acceptor.accept(socket)).await {
        Ok(Ok(stream)) => stream,
        failed => {
            // A timeout or plain text is what probes and load balancers send: nats-server
            // logs those at debug level, other failures as errors.
            match failed {
                Ok(Err(e)) if e.to_string().contains("InvalidContentType") => {
                    debug!("{} - cid:{} - TLS handshake error: {}", addr, cid, e)
                }
                Ok(Err(e)) => error!("{} - cid:{} - TLS handshake error: {}", addr, cid, e),
                _ => debug!("{} - cid:{} - TLS handshake error: i/o timeout", addr, cid),
            }
            shared.receiver.out.close(CloseReason::TlsHandshakeError);
            server.record_closed(&shared);
            return;
        }
    };
    match tls.check_peer(stream.get_ref().1.peer_certificates()) {
        Ok(identity) => {
            if let Some(identity) = identity {
                let _ = shared.cert_identity.set(identity);
            }
        }
        Err(why) => {
            error!("{} - cid:{} - TLS handshake error: {}", addr, cid, why);
            shared.receiver.out.close(CloseReason::TlsHandshakeError);
            server.record_closed(&shared);
            return;
        }
    }
    debug!("{} - cid:{} - TLS handshake complete", addr, cid);
    let _ = shared.tls.set(Arc::new(crate::tls::TlsConnInfo::of(stream.get_ref().1, first)));
    let info = first.then_some(info);
    serve_stream(server, shared, stream, info.as_deref()).await
}

/// Serves a connection over a plain socket, sending `info` first when it has not gone
/// out yet.
async fn serve_plain(server: Arc<dyn Host>, shared: Arc<ClientShared>, socket: TcpStream, info: Option<&[u8]>) {
    let write_deadline = server.opts().write_deadline;
    let (reader, writer) = socket.into_split();
    let writer_shared = shared.clone();
    let sink = Sink::Plain(Arc::new(writer));
    let writer_task = tokio::spawn(async move { writer_shared.receiver.out.write_loop(sink, write_deadline).await });
    if let Some(info) = info {
        shared.receiver.out.send_now(info);
    }
    run(server, shared, reader, writer_task).await
}

/// Serves a connection over a stream other than a plain socket (TLS, a WebSocket's
/// pipe), sending `info` first when it has not gone out yet.
async fn serve_stream<S>(server: Arc<dyn Host>, shared: Arc<ClientShared>, stream: S, info: Option<&[u8]>)
where
    S: tokio::io::AsyncRead + tokio::io::AsyncWrite + Send + Unpin + 'static,
{
    let write_deadline = server.opts().write_deadline;
    let (reader, writer) = tokio::io::split(stream);
    let writer_shared = shared.clone();
    let sink = Sink::Stream(Box::new(writer));
    let writer_task = tokio::spawn(async move { writer_shared.receiver.out.write_loop(sink, write_deadline).await });
    if let Some(info) = info {
        shared.receiver.out.send_now(info);
    }
    run(server, shared, reader, writer_task).await
}

/// Serves a WebSocket client: `stream` carries the NATS protocol the WebSocket frames
/// hold (see `websocket`); INFO goes first, as on the client port. `credentials` come
/// from the upgrade request's cookies.
pub async fn serve_websocket<S>(
    server: Arc<dyn Host>,
    stream: S,
    addr: SocketAddr,
    credentials: WebsocketCredentials,
    tls: Option<crate::tls::TlsConnInfo>,
    cert_identity: Option<crate::tls::CertIdentity>,
) where
    S: tokio::io::AsyncRead + tokio::io::AsyncWrite + Send + Unpin + 'static,
{
    let cid = server.next_cid();
    let mut shared = ClientShared::new(cid, addr, server.opts().max_pending);
    shared.connection_type = crate::options::accounts::WEBSOCKET_CONNECTION;
    if credentials != WebsocketCredentials::default() {
        shared.websocket_credentials = Some(Box::new(credentials));
    }
    if let Some(tls) = tls {
        let _ = shared.tls.set(Arc::new(tls));
    }
    if let Some(identity) = cert_identity {
        let _ = shared.cert_identity.set(identity);
    }
    let shared = Arc::new(shared);
    debug!("{} - cid:{} - Client connection created (websocket)", addr, cid);
    if server.nonce_required() {
        let _ = shared.nonce.set(crate::auth::new_nonce());
    }
    let info = server.info_line(cid, &addr, shared.nonce.get().map(String::as_str), shared.connection_type);
    serve_stream(server, shared, stream, Some(&info)).await
}

/// The part of serving a connection after its transport is ready (INFO queued or sent):
/// registration, then the read loop until it closes.
async fn run<R: tokio::io::AsyncRead + Unpin>(
    server: Arc<dyn Host>,
    shared: Arc<ClientShared>,
    mut reader: R,
    writer_task: tokio::task::JoinHandle<()>,
) {
    if !server.register(&shared) {
        shared.send_err(errors::MAX_CONNECTIONS);
        shared.receiver.out.close(CloseReason::MaxConnectionsExceeded);
        let _ = writer_task.await;
        server.record_closed(&shared);
        return;
    }

    let mut conn = Connection {
        account: server.global_account(),
        server: server.clone(),
        shared: shared.clone(),
        opts: Connect::before_connect(),
        connected: false,
        connect_info_sent: false,
        permissions: None,
        match_cache: FxHashMap::default(),
        cache_generation: 0,
        cache_hits: 0,
        publish_allowed: FxHashMap::default(),
        delivery: server.router().delivery(),
        max_payload: server.opts().max_payload,
        user_max_payload: None,
        limits_generation: 0,
        in_msgs: 0,
        in_bytes: 0,
        pings_out: 0,
        last_in: Instant::now(),
        next_ping: tokio::time::Instant::now(),
        ping_sent_at: None,
        rtt_measured_at: None,
        default_bound: false,
        user_max_subscriptions: 0,
        expires_at: None,
        expiry_error: errors::AUTH_EXPIRED,
        user_expires: None,
        waiting: None,
        fetching: None,
    };
    conn.account.add_connection();
    let reason = conn.read_loop(&mut reader).await;
    shared.receiver.out.close(reason);
    let _ = writer_task.await;
    // `conn` drops here and cleans up (also if the task panicked).
}

impl Connection {
    /// This connection's own outbound side, after handing over the frames staged for
    /// it in the current batch: replies (PONG, +OK, -ERR) must follow the messages
    /// it published to itself earlier in the batch, as in nats-server.
    fn own(&mut self) -> &ClientShared {
        self.delivery.hand_over_client(self.shared.receiver.cid);
        &self.shared
    }

    async fn read_loop<R: tokio::io::AsyncRead + Unpin>(&mut self, reader: &mut R) -> CloseReason {
        let opts = self.server.opts();
        self.max_payload = opts.max_payload;
        let mut buf = BytesMut::with_capacity(READ_SIZE_MIN);
        let mut read_size = ReadSize::new();
        let auth_deadline =
            self.server.auth_required(self.shared.connection_type).then(|| tokio::time::Instant::now() + self.auth_timeout());
        self.next_ping = tokio::time::Instant::now() + self.ping_interval();
        // Both timers live across iterations: re-arming a sleep per read batch would
        // cost a timer-wheel insert and removal on every read.
        let auth_timer = tokio::time::sleep_until(auth_deadline.unwrap_or(self.next_ping));
        tokio::pin!(auth_timer);
        let ping_timer = tokio::time::sleep_until(self.next_ping);
        tokio::pin!(ping_timer);
        // A JWT user's expiry, armed when CONNECT sets it.
        let far = tokio::time::Instant::now() + Duration::from_secs(86_400 * 365);
        let expiry_timer = tokio::time::sleep_until(far);
        tokio::pin!(expiry_timer);
        let mut armed_expiry = None;
        let mut armed_ping = self.next_ping;
        loop {
            if armed_ping != self.next_ping {
                ping_timer.as_mut().reset(self.next_ping);
                armed_ping = self.next_ping;
            }
            if armed_expiry != self.expires_at {
                expiry_timer.as_mut().reset(self.expires_at.unwrap_or(far));
                armed_expiry = self.expires_at;
            }
            // Read each time: CONNECT may bind an account with a lower payload limit.
            let limits = ParseLimits { max_control_line: opts.max_control_line, max_payload: self.max_payload };
            let want = read_size.get().max(crate::protocol::client::needed_len(&buf, limits).unwrap_or(0).saturating_sub(buf.len()));
            if buf.capacity() - buf.len() < want {
                buf.reserve(want);
            }
            if buf.is_empty() && read_size.get() == READ_SIZE_MIN && buf.capacity() > 64 * 1024 {
                // The connection went quiet after a burst: give the large buffer back.
                buf = BytesMut::with_capacity(READ_SIZE_MIN);
            }
            let spare = buf.capacity() - buf.len();
            tokio::select! {
                read = reader.read_buf(&mut buf) => match read {
                    Ok(0) => return CloseReason::ClientClosed,
                    Ok(n) => read_size.observe(n, spare),
                    // A peer that closes with data still unread resets the connection;
                    // it went away on purpose, so report it as closed, not as a fault.
                    Err(e) if e.kind() == std::io::ErrorKind::ConnectionReset => return CloseReason::ClientClosed,
                    // A TLS peer that closes without close_notify: gone, as nats-server counts it.
                    Err(e) if e.kind() == std::io::ErrorKind::UnexpectedEof => return CloseReason::ClientClosed,
                    Err(_) => return CloseReason::ReadError,
                },
                _ = self.shared.receiver.out.closed() => {
                    return self.shared.receiver.out.close_reason().unwrap_or(CloseReason::ServerShutdown);
                }
                _ = &mut auth_timer, if auth_deadline.is_some() && !self.connected => {
                    self.own().send_err(errors::AUTH_TIMEOUT);
                    return CloseReason::AuthenticationTimeout;
                }
                _ = &mut expiry_timer, if self.expires_at.is_some() => {
                    // An account JWT renewed since the timer was armed.
                    if self.expiry_error == errors::ACCOUNT_AUTH_EXPIRED && self.account.expires_at().is_none_or(|at| at > SystemTime::now()) {
                        self.arm_expiry();
                        continue;
                    }
                    debug!("{} - cid:{} - {}", self.shared.receiver.addr, self.shared.receiver.cid, self.expiry_error);
                    let error = self.expiry_error;
                    self.own().send_err(error);
                    return CloseReason::AuthenticationExpired;
                }
                _ = &mut ping_timer => {
                    self.next_ping = tokio::time::Instant::now() + self.ping_interval();
                    if let Next::Close(r) = self.on_ping_timer() {
                        return r;
                    }
                    continue;
                }
            }
            self.last_in = Instant::now();
            self.shared.last_activity_ns.store(unix_nanos(), Ordering::Relaxed);
            self.apply_permission_update();
            // An account update may have changed the payload limit since the last read.
            let limits = if self.connected && self.account.limits_generation() != self.limits_generation {
                self.apply_payload_limit(opts.max_payload);
                ParseLimits { max_payload: self.max_payload, ..limits }
            } else {
                limits
            };
            // Parse everything that has arrived. When a receiver backs up mid-way, pause
            // (deliver what is queued, let it drain) before going on, so one large read
            // cannot overrun a reader that is merely behind.
            loop {
                let mut consumed = 0;
                let mut paused = false;
                crate::deferred::begin();
                let outcome = loop {
                    // With auth on, nats-server refuses anything but CONNECT as the first
                    // operation at its first byte, before buffering any payload.
                    if !self.connected && auth_deadline.is_some() && buf.get(consumed).is_some_and(|b| !b.eq_ignore_ascii_case(&b'c')) {
                        self.own().send_err(errors::AUTH_VIOLATION);
                        break Some(CloseReason::AuthenticationViolation);
                    }
                    match parse(&buf[consumed..], limits) {
                        Ok(Parsed::Op(op, n)) => {
                            consumed += n;
                            if let Next::Close(r) = self.handle(op) {
                                break Some(r);
                            }
                            if self.waiting.is_some() || self.fetching.is_some() {
                                // Nothing after CONNECT is read until the callout answers
                                // (or the account lookup ends).
                                paused = true;
                                break None;
                            }
                            if self.delivery.has_backed_up() {
                                paused = true;
                                break None;
                            }
                        }
                        Ok(Parsed::Incomplete) => break None,
                        Err(e) => break Some(self.parse_error(e, &buf[consumed..])),
                    }
                };
                buf.advance(consumed);
                self.finish_batch();
                // Work the batch's handlers deferred (JetStream's group commit), on this
                // thread, before reading again.
                crate::deferred::finish();
                if self.delivery.has_backed_up() {
                    self.server.router().stats.stalled_clients.fetch_add(1, Ordering::Relaxed);
                }
                self.delivery.stall_for_backed_up().await;
                if let Some(reason) = outcome {
                    return reason;
                }
                if let Some((done, opts)) = self.fetching.take() {
                    let _ = tokio::time::timeout(self.auth_timeout(), done).await;
                    if let Next::Close(reason) = self.authenticate_connect(*opts) {
                        self.finish_batch();
                        return reason;
                    }
                }
                if self.waiting.is_some() {
                    if let Next::Close(reason) = self.finish_callout().await {
                        self.finish_batch();
                        return reason;
                    }
                    self.finish_batch();
                }
                if !paused {
                    break;
                }
            }
        }
    }

    /// Wakes receivers and adds the batch's counters to the totals.
    fn finish_batch(&mut self) {
        self.delivery.finish(Wake::Inline, &self.server.router().stats);
        if self.cache_hits > 0 {
            self.account.sublist.stats.cache_hits.fetch_add(std::mem::take(&mut self.cache_hits), Ordering::Relaxed);
        }
        let stats = &self.server.router().stats;
        if self.in_msgs > 0 {
            self.shared.receiver.out.stats.in_msgs.fetch_add(self.in_msgs, Ordering::Relaxed);
            self.shared.receiver.out.stats.in_bytes.fetch_add(self.in_bytes, Ordering::Relaxed);
            stats.in_msgs.fetch_add(self.in_msgs, Ordering::Relaxed);
            stats.in_bytes.fetch_add(self.in_bytes, Ordering::Relaxed);
            self.in_msgs = 0;
            self.in_bytes = 0;
        }
    }

    /// A `websocket {}` setting that replaces a server-wide one for WebSocket clients
    /// (zero counts as unset, as in nats-server).
    fn websocket_option(&self, get: impl Fn(&crate::options::websocket::WebsocketSettings) -> Option<Duration>) -> Option<Duration> {
        if self.shared.connection_type != crate::options::accounts::WEBSOCKET_CONNECTION {
            return None;
        }
        self.server.opts().websocket.as_ref().and_then(get).filter(|d| !d.is_zero())
    }

    /// `ping_interval`, or the `websocket {}` block's for a WebSocket client.
    fn ping_interval(&self) -> Duration {
        self.websocket_option(|w| w.ping_interval).unwrap_or_else(|| self.server.opts().ping_interval)
    }

    fn on_ping_timer(&mut self) -> Next {
        let opts = self.server.opts();
        if self.pings_out + 1 > opts.ping_max {
            debug!("{} - cid:{} - Stale Client Connection - Closing", self.shared.receiver.addr, self.shared.receiver.cid);
            self.own().send_err(errors::STALE);
            return Next::Close(CloseReason::StaleConnection);
        }
        // Traffic from the client postpones the PING (only a PONG clears the count),
        // unless the round-trip time is unmeasured or over a minute old.
        let need_rtt = self.rtt_measured_at.is_none_or(|t| t.elapsed() > Duration::from_secs(60));
        if !need_rtt && self.last_in.elapsed() < self.ping_interval() {
            debug!(
                "{} - cid:{} - Delaying PING due to remote client data or ping {}s ago",
                self.shared.receiver.addr,
                self.shared.receiver.cid,
                self.last_in.elapsed().as_secs()
            );
            return Next::Continue;
        }
        self.pings_out += 1;
        self.ping_sent_at = Some(Instant::now());
        trace!("{} - cid:{} - ->> [PING]", self.shared.receiver.addr, self.shared.receiver.cid);
        self.own().receiver.out.send_now(b"PING\r\n");
        Next::Continue
    }

    fn parse_error(&mut self, e: ParseError, rest: &[u8]) -> CloseReason {
        let (addr, cid) = (self.shared.receiver.addr, self.shared.receiver.cid);
        let line_end = rest.iter().position(|&b| b == b'\n').unwrap_or(rest.len());
        let (_, args) = rest[..line_end].split_at(rest.iter().position(|&b| b == b' ' || b == b'\t').unwrap_or(0).min(line_end));
        let args = lossy(args).trim().to_string();
        match e {
            ParseError::MaxControlLine => {
                error!("{} - cid:{} - maximum control line exceeded", addr, cid);
                self.own().send_err(errors::MAX_CONTROL_LINE);
                CloseReason::MaxControlLineExceeded
            }
            ParseError::MaxPayload => {
                error!(
                    "{} - cid:{} - maximum payload exceeded: {} vs {}",
                    addr,
                    cid,
                    args.rsplit(' ').next().unwrap_or(""),
                    self.max_payload
                );
                self.own().send_err(errors::MAX_PAYLOAD);
                CloseReason::MaxPayloadExceeded
            }
            ParseError::UnknownOperation | ParseError::PayloadTerminator => {
                if !self.connected && self.server.auth_required(self.shared.connection_type) {
                    self.own().send_err(errors::AUTH_VIOLATION);
                    return CloseReason::AuthenticationViolation;
                }
                let snippet = lossy(&rest[..rest.len().min(32)]).into_owned();
                error!("{} - cid:{} - Client parser ERROR, state=0, i=0: proto='{:?}...'", addr, cid, snippet);
                self.own().send_err(errors::UNKNOWN_OP);
                CloseReason::ProtocolViolation
            }
            // Bad arguments close the connection without an -ERR, as nats-server does.
            ParseError::BadPub if args.rsplit(' ').next().is_some_and(|n| n.parse::<u64>().is_err()) && args.contains(' ') => {
                error!("{} - cid:{} - processPub Bad or Missing Size: {:?}", addr, cid, args);
                CloseReason::ProtocolViolation
            }
            ParseError::BadPub => {
                let op = if rest.first().is_some_and(|b| b.eq_ignore_ascii_case(&b'h')) { "processHeaderPub" } else { "processPub" };
                error!("{} - cid:{} - {} Parse Error: {:?}", addr, cid, op, args);
                CloseReason::ProtocolViolation
            }
            ParseError::BadHeaderSize => {
                error!("{} - cid:{} - processHeaderPub Header Size larger then TotalSize: {:?}", addr, cid, args);
                CloseReason::ProtocolViolation
            }
            ParseError::BadSub => {
                error!("{} - cid:{} - processSub Parse Error: {:?}", addr, cid, args);
                CloseReason::ProtocolViolation
            }
            ParseError::BadUnsub => {
                error!("{} - cid:{} - processUnsub Parse Error: {:?}", addr, cid, args);
                CloseReason::ProtocolViolation
            }
        }
    }

    /// Takes permissions set by `ClientShared::set_permissions`.
    fn apply_permission_update(&mut self) {
        if self.shared.permissions_changed.swap(false, Ordering::Acquire) {
            if let Some(p) = self.shared.permission_update.lock().unwrap_or_else(|e| e.into_inner()).take() {
                self.permissions = p;
                self.publish_allowed.clear();
            }
        }
    }

    fn handle(&mut self, op: ClientOp<'_>) -> Next {
        if !self.connected && !matches!(op, ClientOp::Connect(_)) {
            if self.server.auth_required(self.shared.connection_type) {
                self.own().send_err(errors::AUTH_VIOLATION);
                return Next::Close(CloseReason::AuthenticationViolation);
            }
            // With a no_auth_user, a client that skips CONNECT is that user, with its
            // account and permissions (nats-server does the same), not an anonymous one.
            if !self.default_bound && self.server.default_user_configured(self.shared.connection_type) {
                self.default_bound = true;
                if let Err(next) = self.bind_user(&Connect::before_connect()) {
                    return next;
                }
            }
        }
        match op {
            ClientOp::Connect(json) => self.on_connect(json),
            ClientOp::Pub { subject, reply, message, header_len, has_headers } => {
                if has_headers && !self.opts.headers {
                    error!("{} - cid:{} - message headers not supported", self.shared.receiver.addr, self.shared.receiver.cid);
                    return Next::Close(CloseReason::ProtocolViolation);
                }
                self.on_pub(subject, reply, message, header_len)
            }
            ClientOp::Sub { subject, queue, sid } => self.on_sub(subject, queue, sid),
            ClientOp::Unsub { sid, max } => self.on_unsub(sid, max),
            ClientOp::Ping => {
                trace!("{} - cid:{} - <<- [PING]", self.shared.receiver.addr, self.shared.receiver.cid);
                self.own().receiver.out.send_now(b"PONG\r\n");
                if self.connected && self.opts.protocol >= 1 && !self.connect_info_sent {
                    self.send_connect_info();
                }
                Next::Continue
            }
            ClientOp::Pong => {
                trace!("{} - cid:{} - <<- [PONG]", self.shared.receiver.addr, self.shared.receiver.cid);
                self.pings_out = 0;
                if let Some(sent) = self.ping_sent_at.take() {
                    self.shared.receiver.set_rtt(sent.elapsed());
                    self.rtt_measured_at = Some(Instant::now());
                }
                Next::Continue
            }
            ClientOp::Info | ClientOp::Ok => Next::Continue,
            // A client reporting an error is dropped without a reply, as nats-server does.
            ClientOp::Err => {
                error!("{} - cid:{} - Client Error", self.shared.receiver.addr, self.shared.receiver.cid);
                Next::Close(CloseReason::ParseError)
            }
        }
    }

    /// After the first PONG to a connected client, nats-server sends a second INFO that
    /// tells the client which account it was bound to.
    fn send_connect_info(&mut self) {
        self.connect_info_sent = true;
        let line = self.server.connect_info_line(self.shared.receiver.cid, &self.shared.receiver.addr, &self.account, self.max_payload);
        self.own().receiver.out.send_now(&line);
    }

    /// `+OK` in verbose mode. Inlined: it runs for every PUB and SUB.
    #[inline]
    fn ok(&mut self) {
        if self.opts.verbose {
            self.own().receiver.out.send_now(b"+OK\r\n");
        }
    }

    /// Authenticates `opts` and binds the connection to the user's account, permissions
    /// and limits (at CONNECT, or before it for a client nats-server treats as the
    /// `no_auth_user`). `Err` holds how the connection ends.
    fn bind_user(&mut self, opts: &Connect) -> Result<(), Next> {
        let nonce = self.shared.nonce.get().map(String::as_str);
        let cert = self.shared.cert_identity.get();
        match self.server.authenticate(opts, nonce, self.shared.connection_type, cert, &self.shared.receiver.addr) {
            Ok(auth) => self.apply_auth(opts, auth),
            Err(why) => Err(self.auth_violation(&why)),
        }
    }

    /// Refuses the connection's credentials (`why` is logged at debug level).
    fn auth_violation(&mut self, why: &str) -> Next {
        if !why.is_empty() {
            debug!("{} - cid:{} - {}", self.shared.receiver.addr, self.shared.receiver.cid, why);
        }
        error!("{} - cid:{} - authentication error", self.shared.receiver.addr, self.shared.receiver.cid);
        self.own().send_err(errors::AUTH_VIOLATION);
        Next::Close(CloseReason::AuthenticationViolation)
    }

    /// Binds the connection to an authenticated user's account, permissions and limits.
    fn apply_auth(&mut self, opts: &Connect, auth: Authenticated) -> Result<(), Next> {
        let max = auth.account.max_connections.load(Ordering::Relaxed);
        if !Arc::ptr_eq(&auth.account, &self.account) && auth.account.connections() >= max {
            error!("{} - cid:{} - {}", self.shared.receiver.addr, self.shared.receiver.cid, errors::MAX_ACCOUNT_CONNECTIONS);
            self.own().send_err(errors::MAX_ACCOUNT_CONNECTIONS);
            return Err(Next::Close(CloseReason::MaxAccountConnectionsExceeded));
        }
        if !Arc::ptr_eq(&auth.account, &self.account) {
            self.account.remove_connection();
            auth.account.add_connection();
            self.account = auth.account;
        }
        self.user_max_payload = auth.max_payload;
        self.apply_payload_limit(self.server.opts().max_payload);
        self.user_max_subscriptions = auth.max_subscriptions.unwrap_or(0);
        self.user_expires = auth.expires;
        self.arm_expiry();
        self.shared.set_permissions(auth.permissions);
        self.apply_permission_update();
        *self.shared.credentials.lock().unwrap_or_else(|e| e.into_inner()) = Some(opts.clone());
        let mut meta = self.shared.receiver.meta.lock().unwrap_or_else(|e| e.into_inner());
        meta.user = auth.user;
        meta.account = self.account.name.clone();
        meta.jwt = auth.jwt;
        Ok(())
    }

    /// The payload limit: the server's (`server_max`), or its account's or a JWT user's
    /// own where lower.
    fn apply_payload_limit(&mut self, server_max: usize) {
        self.limits_generation = self.account.limits_generation();
        let account_max = self.account.max_payload.load(Ordering::Relaxed);
        self.max_payload = server_max.min(account_max).min(self.user_max_payload.unwrap_or(usize::MAX));
    }

    /// Arms the expiry timer for the sooner of the user's expiry and its account JWT's
    /// (which an account update may move: see `Account::set_expires`).
    fn arm_expiry(&mut self) {
        let (at, error) = match (self.user_expires, self.account.expires_at()) {
            (Some(user), Some(account)) if account < user => (Some(account), errors::ACCOUNT_AUTH_EXPIRED),
            (None, Some(account)) => (Some(account), errors::ACCOUNT_AUTH_EXPIRED),
            (user, _) => (user, errors::AUTH_EXPIRED),
        };
        self.expiry_error = error;
        self.expires_at = at.map(|at| tokio::time::Instant::now() + at.duration_since(SystemTime::now()).unwrap_or_default());
    }

    fn on_connect(&mut self, json: &[u8]) -> Next {
        trace!("{} - cid:{} - <<- [CONNECT {}]", self.shared.receiver.addr, self.shared.receiver.cid, lossy(json));
        let mut opts: Connect = match serde_json::from_slice(json) {
            Ok(o) => o,
            Err(e) => {
                error!("{} - cid:{} - {}", self.shared.receiver.addr, self.shared.receiver.cid, e);
                return Next::Close(CloseReason::ProtocolViolation);
            }
        };
        if !(0..=1).contains(&opts.protocol) {
            self.own().send_err(errors::BAD_PROTOCOL);
            return Next::Close(CloseReason::BadClientProtocolVersion);
        }
        if opts.no_responders && !opts.headers {
            self.own().send_err(errors::NO_RESPONDERS_NEEDS_HEADERS);
            return Next::Close(CloseReason::NoRespondersRequiresHeaders);
        }
        if let Some(cookies) = &self.shared.websocket_credentials {
            cookies.fill(&mut opts);
        }
        // An account the resolver does not have is looked up first: the connection waits.
        if let Some(done) = self.server.fetch_account_for(&opts) {
            self.fetching = Some((done, Box::new(opts)));
            return Next::Continue;
        }
        self.authenticate_connect(opts)
    }

    /// CONNECT once its account is known: the auth callout, or the credentials.
    fn authenticate_connect(&mut self, opts: Connect) -> Next {
        // With an auth callout, the service decides for everyone but its own users (and
        // those of accounts it was not given): the connection waits for its answer.
        if let Some((callout, raw_user)) = self.server.auth_callout_for(&opts) {
            if let Some(next) = self.start_callout(callout, &raw_user, opts.clone()) {
                return next;
            }
            if self.waiting.is_some() {
                return Next::Continue;
            }
        }
        // Every CONNECT is checked, a second one too (nats-server re-authenticates it).
        if let Err(next) = self.bind_user(&opts) {
            return next;
        }
        self.complete_connect(opts)
    }

    /// Asks the auth callout about this CONNECT, unless its user skips it; `Some` ends
    /// the connection (the request could not be sent).
    fn start_callout(&mut self, callout: Arc<crate::auth_callout::AuthCallout>, raw_user: &str, opts: Connect) -> Option<Next> {
        if callout.skips(raw_user) {
            return None;
        }
        let nonce = self.shared.nonce.get().map(String::as_str);
        let cert = self.shared.cert_identity.get();
        let normal = self.server.authenticate(&opts, nonce, self.shared.connection_type, cert, &self.shared.receiver.addr);
        if let (Ok(auth), false) = (&normal, callout.is_operator_mode()) {
            if auth.account.name != crate::account::GLOBAL_ACCOUNT && !callout.delegates(&auth.account.name) {
                return None;
            }
        }
        let tls = self.shared.tls.get().cloned();
        let details = crate::auth_callout::ClientDetails {
            connect: &opts,
            host: self.shared.receiver.addr.ip().to_canonical().to_string(),
            cid: self.shared.receiver.cid,
            nonce,
            kind: if self.shared.connection_type == crate::options::accounts::WEBSOCKET_CONNECTION { "websocket" } else { "nats" },
            tls: tls.as_deref(),
        };
        match callout.request(&details, self.auth_timeout()) {
            Ok(answer) => {
                self.waiting = Some((crate::auth_callout::Waiting { callout, answer }, Box::new(opts)));
                None
            }
            Err(why) => {
                warn!("{}", why);
                Some(self.auth_violation(""))
            }
        }
    }

    /// Waits for the auth callout's answer (up to the authentication timeout) and binds
    /// the connection with it, as nats-server does; anything else ends it.
    async fn finish_callout(&mut self) -> Next {
        let Some((waiting, opts)) = self.waiting.take() else { return Next::Continue };
        let account = waiting.callout.account_name().to_string();
        let answered = tokio::time::timeout(self.auth_timeout(), waiting.answer).await;
        waiting.callout.forget_abandoned();
        let answer = match answered {
            Ok(Ok(answer)) => answer,
            _ => {
                debug!("Authorization callout response not received in time on account {:?}", account);
                return self.auth_violation("");
            }
        };
        let auth = match answer.and_then(|user| self.server.callout_user(user, self.shared.connection_type, &account)) {
            Ok(auth) => auth,
            Err(why) => {
                warn!("{}", title_case(&why));
                return self.auth_violation("");
            }
        };
        if let Err(next) = self.apply_auth(&opts, auth) {
            return next;
        }
        // The service, not the configuration, admitted this client: a reload does not
        // re-check it against the configured users.
        *self.shared.credentials.lock().unwrap_or_else(|e| e.into_inner()) = None;
        self.complete_connect(*opts)
    }

    /// The authentication timeout (the `websocket {}` block's for a WebSocket client).
    fn auth_timeout(&self) -> Duration {
        self.websocket_option(|w| w.auth_timeout).unwrap_or_else(|| self.server.opts().auth_timeout)
    }

    /// The rest of CONNECT once the client is authenticated.
    fn complete_connect(&mut self, opts: Connect) -> Next {
        // nats-server's first RTT estimate: from accepting the connection to its CONNECT.
        self.shared.receiver.estimate_rtt();
        {
            let mut meta = self.shared.receiver.meta.lock().unwrap_or_else(|e| e.into_inner());
            meta.name = opts.name.clone();
            meta.lang = opts.lang.clone();
            meta.version = opts.version.clone();
        }
        self.shared.receiver.echo.store(opts.echo.unwrap_or(true), Ordering::Relaxed);
        self.shared.receiver.headers.store(opts.headers, Ordering::Relaxed);
        self.opts = opts;
        if !self.connected {
            self.server.client_connected(&self.shared);
            // The first PING comes soon after CONNECT (to measure RTT), with jitter.
            let first = self.ping_interval().min(Duration::from_secs(2));
            let jitter = first.mul_f64((self.delivery.next_random() % 1000) as f64 / 5000.0);
            self.next_ping = tokio::time::Instant::now() + first + jitter;
        }
        self.connected = true;
        self.shared.protocol.store(self.opts.protocol, Ordering::Relaxed);
        self.ok();
        Next::Continue
    }

    fn can_publish(&mut self, subject: &[u8]) -> bool {
        let Some(perm) = self.permissions.as_ref().and_then(|p| p.publish.as_ref()) else { return true };
        let allowed = match self.publish_allowed.get(subject) {
            Some(&allowed) => allowed,
            None => {
                let allowed = perm.allows_literal(subject);
                if self.publish_allowed.len() >= PUBLISH_CACHE_SIZE {
                    self.publish_allowed.clear();
                }
                self.publish_allowed.insert(subject.into(), allowed);
                allowed
            }
        };
        allowed || self.shared.receiver.take_response(subject)
    }

    /// nats-server's answer to a publish with a reserved reply subject (the connection
    /// stays). Out of line: the publish path stays small.
    #[cold]
    #[inline(never)]
    fn reserved_reply_violation(&mut self, reply: &[u8]) -> Next {
        error!("{} - cid:{} - Publish Violation - Reply \"{}\"", self.shared.receiver.addr, self.shared.receiver.cid, lossy(reply));
        self.own().send_err(&format!("Permissions Violation for Publish with Reply of \"{}\"", lossy(reply)));
        Next::Continue
    }

    /// `"$G/user:a"`, the way nats-server names a connection in permission logs.
    fn who(&self) -> String {
        let meta = self.shared.receiver.meta.lock().unwrap_or_else(|e| e.into_inner());
        format!("\"{}/user:{}\"", self.account.name, meta.user)
    }

    fn on_pub(&mut self, subject: &[u8], reply: Option<&[u8]>, message: &[u8], header_len: usize) -> Next {
        if crate::log::trace_enabled() {
            trace!(
                "{} - cid:{} - <<- [PUB {} {}{}]",
                self.shared.receiver.addr,
                self.shared.receiver.cid,
                lossy(subject),
                reply.map(|r| format!("{} ", lossy(r))).unwrap_or_default(),
                message.len()
            );
            trace!("{} - cid:{} - <<- MSG_PAYLOAD: [{:?}]", self.shared.receiver.addr, self.shared.receiver.cid, lossy(message));
        }
        self.in_msgs += 1;
        self.in_bytes += message.len() as u64;
        if self.opts.pedantic && !subject::is_valid_publish(subject) {
            // nats-server reports it and still processes the message.
            self.own().send_err(errors::INVALID_PUBLISH_SUBJECT);
        }
        if !self.can_publish(subject) {
            let text = format!("Permissions Violation for Publish to \"{}\"", lossy(subject));
            error!(
                "{} - cid:{} - {} - Publish Violation - Subject \"{}\"",
                self.shared.receiver.addr,
                self.shared.receiver.cid,
                self.who(),
                lossy(subject)
            );
            self.own().send_err(&text);
            return Next::Continue;
        }
        // Reply subjects the server itself makes (service import routes back, JetStream
        // acks, gateway replies) are not a client's to set: nats-server's isReservedReply.
        if reply.is_some_and(is_reserved_reply) {
            return self.reserved_reply_violation(reply.unwrap_or_default());
        }
        self.ok();
        // Subject mappings (nats-server's selectMappedSubject), after the permission
        // check on the subject the client sent.
        let mapped;
        let subject = if self.account.has_mappings() {
            let roll = (self.delivery.next_random() % 100) as u8;
            match self.account.map_subject(subject, roll) {
                Mapped::Unchanged => subject,
                Mapped::To(to) => {
                    mapped = to;
                    &mapped[..]
                }
                Mapped::Dropped => return Next::Continue,
            }
        } else {
            subject
        };
        let generation = self.account.sublist.generation();
        if generation != self.cache_generation {
            self.match_cache.clear();
            self.shared.cached_matches.store(0, Ordering::Relaxed);
            self.cache_generation = generation;
        }
        let result = match self.match_cache.get(subject) {
            Some(r) => {
                self.cache_hits += 1;
                r.clone()
            }
            None => {
                let r = Arc::new(self.account.sublist.matches(subject));
                if self.match_cache.len() >= MATCH_CACHE_SIZE {
                    self.match_cache.clear();
                }
                self.match_cache.insert(subject.into(), r.clone());
                self.shared.cached_matches.store(self.match_cache.len() as u64, Ordering::Relaxed);
                r
            }
        };
        let msg = Message { to: subject, subject, reply, message, header_len, hops: 0, from: None };
        let delivered = router::route(&self.account, &result, &msg, Some(&self.shared.receiver), &mut self.delivery);
        if delivered == 0 {
            if let Some(reply) = reply {
                if self.opts.no_responders && self.opts.headers {
                    self.send_no_responders(subject, reply);
                }
            }
        }
        Next::Continue
    }

    /// Sends the `503` status to this client's own subscription on the reply subject.
    fn send_no_responders(&mut self, subject: &[u8], reply: &[u8]) {
        let sub = {
            let subs = self.shared.subs();
            subs.iter().find(|s| subject::matches(s.0.subject(), reply)).map(|s| s.0.clone())
        };
        let Some(sub) = sub else { return };
        let mut status = Vec::with_capacity(32 + subject.len());
        status.extend_from_slice(b"NATS/1.0 503\r\nNats-Subject: ");
        status.extend_from_slice(subject);
        status.extend_from_slice(b"\r\n\r\n");
        let msg = Message { to: reply, subject: reply, reply: None, message: &status, header_len: status.len(), hops: 0, from: None };
        self.delivery.deliver_status(&self.shared.receiver, sub.sid(), &msg);
    }

    fn on_sub(&mut self, subject: &[u8], queue: Option<&[u8]>, sid: &[u8]) -> Next {
        trace!(
            "{} - cid:{} - <<- [SUB {} {} {}]",
            self.shared.receiver.addr,
            self.shared.receiver.cid,
            lossy(subject),
            queue.map(lossy).unwrap_or_default(),
            lossy(sid)
        );
        // The token cap bounds the sublist's recursion however large max_control_line is.
        let valid = subject::is_valid_subscribe(subject)
            && crate::sublist::within_depth(subject)
            && queue.is_none_or(|q| !q.is_empty() && !q.iter().any(|b| b.is_ascii_whitespace()));
        if !valid {
            self.own().send_err(errors::INVALID_SUBJECT);
            return Next::Continue;
        }
        if let Some(perm) = self.permissions.as_ref().and_then(|p| p.subscribe.as_ref()) {
            if !perm.allows_subscription(subject, queue) {
                let text = match queue {
                    Some(q) => format!("Permissions Violation for Subscription to \"{}\" using queue \"{}\"", lossy(subject), lossy(q)),
                    None => format!("Permissions Violation for Subscription to \"{}\"", lossy(subject)),
                };
                let queue_part = queue.map(|q| format!(", Queue: \"{}\"", lossy(q))).unwrap_or_default();
                error!(
                    "{} - cid:{} - {} - Subscription Violation - Subject \"{}\"{}, SID {}",
                    self.shared.receiver.addr,
                    self.shared.receiver.cid,
                    self.who(),
                    lossy(subject),
                    queue_part,
                    lossy(sid)
                );
                self.own().send_err(&text);
                return Next::Continue;
            }
        }
        let max_tokens = self.server.opts().max_sub_tokens as usize;
        if max_tokens > 0 && subject.iter().filter(|&&b| b == b'.').count() + 1 > max_tokens {
            error!(
                "{} - cid:{} - Subscription Violation Too Many Tokens - Subject \"{}\", SID {}",
                self.shared.receiver.addr,
                self.shared.receiver.cid,
                lossy(subject),
                lossy(sid)
            );
            self.own().send_err(&format!("Permissions Violation for Subscription to \"{}\", too many tokens", lossy(subject)));
            return Next::Continue;
        }
        let check_deny = self.permissions.as_ref().and_then(|p| p.subscribe.as_ref()).is_some_and(|p| p.deny_overlaps(subject, queue));
        {
            let mut subs = self.shared.subs();
            if subs.contains(sid) {
                // A repeated sid is ignored, as nats-server does.
                drop(subs);
                self.ok();
                return Next::Continue;
            }
            let server_max = self.server.opts().max_subscriptions;
            // The account's limit (per connection, as nats-server applies it), where lower.
            // 0 is no limit for the server's and the user's; the account's is `usize::MAX`
            // when it has none (its 0 allows none).
            let none = |n: usize| if n == 0 { usize::MAX } else { n };
            let account_max = self.account.max_subscriptions.load(Ordering::Relaxed);
            let max = account_max.min(none(server_max)).min(none(self.user_max_subscriptions));
            if subs.len() >= max {
                drop(subs);
                error!("{} - cid:{} - maximum subscriptions exceeded", self.shared.receiver.addr, self.shared.receiver.cid);
                self.own().send_err(errors::MAX_SUBSCRIPTIONS);
                return Next::Continue;
            }
            let mut sub = Subscription::new(subject, queue, sid, Owner::Client(self.shared.receiver.clone()));
            sub.set_check_deny(check_deny);
            let sub = Arc::new(sub);
            subs.insert(BySid(sub.clone()));
            self.account.subscribe(sub);
        }
        self.ok();
        Next::Continue
    }

    fn on_unsub(&mut self, sid: &[u8], max: Option<i64>) -> Next {
        trace!(
            "{} - cid:{} - <<- [UNSUB {}{}]",
            self.shared.receiver.addr,
            self.shared.receiver.cid,
            lossy(sid),
            max.map(|m| format!(" {m}")).unwrap_or_default()
        );
        let mut subs = self.shared.subs();
        if let Some(sub) = subs.get(sid).map(|s| s.0.clone()) {
            match max {
                Some(max) if max > 0 && max as u64 > sub.delivered() => sub.set_max(max as u64),
                _ => {
                    subs.remove(sid);
                    self.account.unsubscribe(&sub);
                }
            }
        }
        drop(subs);
        self.ok();
        Next::Continue
    }
}

impl Drop for Connection {
    /// Runs when the connection ends however it ends (a panic included): removes its
    /// subscriptions from the sublist, records it as closed, and empties its
    /// subscription table, so the subscriptions (which hold its receiver) go with it.
    fn drop(&mut self) {
        self.shared.receiver.out.close(CloseReason::ServerShutdown);
        let subs: Vec<Arc<Subscription>> = self.shared.subs().iter().map(|s| s.0.clone()).collect();
        for sub in &subs {
            self.account.unsubscribe(sub);
        }
        self.account.remove_connection();
        // Records the closed connection (with its subjects) before the table is emptied.
        self.server.unregister(&self.shared);
        self.shared.subs().clear();
        self.match_cache.clear();
        let reason = self.shared.receiver.out.close_reason().unwrap_or(CloseReason::ClientClosed);
        debug!("{} - cid:{} - Client connection closed: {}", self.shared.receiver.addr, self.shared.receiver.cid, reason.as_str());
    }
}

/// Replies only the server makes: `_R_.` (service import responses), `$JS.ACK.`
/// (JetStream acknowledgements) and `_GR_.` (gateway replies).
fn is_reserved_reply(reply: &[u8]) -> bool {
    reply.starts_with(b"_R_.") || (reply.len() > 8 && reply.starts_with(b"$JS.ACK.")) || (reply.len() > 5 && reply.starts_with(b"_GR_."))
}
