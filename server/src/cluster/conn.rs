//! What route and leaf node connections share: the read loop (with keepalive PINGs,
//! the deadline for `CONNECT`, and pauses while a local receiver catches up), the
//! other server's interest as subscriptions, and the messages it sends, routed here.
//! What differs — the handshake, which account an operation is in, what interest is
//! admitted — is the connection's [`Flavor`].

use std::collections::HashMap;
use std::sync::atomic::Ordering;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use tokio::io::AsyncReadExt;

use super::Host;
use crate::account::Account;
use crate::link::Link;
use crate::outbound::{CloseReason, Sink};
use crate::propagation::Key;
use crate::protocol::lossy;
use crate::protocol::route::{RouteOp, RouteParseError, RouteParsed};
use crate::router::{route as route_message, Arrival, Delivery, Message, Wake};
use crate::sublist::MatchResult;
use crate::subscription::{Owner, Subscription};
use crate::{debug, error, trace};

/// What every INFO between servers starts with (nats-server's `Info` fields): flattened
/// into the route, gateway and leaf node INFOs.
#[derive(serde::Serialize, serde::Deserialize, Clone, Debug, Default)]
#[serde(default)]
pub struct ServerIdentity {
    #[serde(skip_serializing_if = "String::is_empty")]
    pub server_id: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub server_name: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub version: String,
    #[serde(skip_serializing_if = "is_zero")]
    pub proto: i64,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub go: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub host: String,
    #[serde(skip_serializing_if = "is_zero")]
    pub port: i64,
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub headers: bool,
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub auth_required: bool,
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub tls_required: bool,
    #[serde(skip_serializing_if = "is_zero")]
    pub max_payload: i64,
}

/// For `skip_serializing_if`: a number field left out of a link's INFO when zero.
pub(super) fn is_zero<T: Default + PartialEq>(n: &T) -> bool {
    *n == T::default()
}

impl ServerIdentity {
    /// This server on a link listening on `host:port`.
    pub fn of(host: &dyn Host, listen_host: &str, port: u16) -> ServerIdentity {
        ServerIdentity {
            server_id: host.server_id().to_string(),
            server_name: host.server_name().to_string(),
            version: crate::info::FEATURE_LEVEL.to_string(),
            proto: 1,
            go: format!("natsx {}", crate::info::NATSX_VERSION),
            host: listen_host.to_string(),
            port: port as i64,
            headers: true,
            max_payload: host.opts().max_payload as i64,
            ..Default::default()
        }
    }
}

/// `INFO <json>\r\n`.
pub fn info_line(info: &impl serde::Serialize) -> Vec<u8> {
    let mut line = b"INFO ".to_vec();
    serde_json::to_writer(&mut line, info).expect("INFO serializes");
    line.extend_from_slice(b"\r\n");
    line
}

impl Core {
    /// Sends a PING, noting when (its PONG measures the round-trip time `/routez`,
    /// `/leafz` and `/gatewayz` show).
    pub fn ping(&mut self) {
        self.ping_sent.get_or_insert_with(std::time::Instant::now);
        self.link.receiver.out.send_now(b"PING\r\n");
    }

    /// An INFO from the peer, parsed; before its CONNECT was accepted (a peer that
    /// dialed this server must send CONNECT first) it is an authorization violation.
    pub fn parse_info<T: serde::de::DeserializeOwned>(&self, json: &[u8]) -> Result<T, CloseReason> {
        if !self.connected {
            self.link.receiver.send_err("Authorization Violation");
            return Err(CloseReason::AuthenticationViolation);
        }
        self.parse_json(json, "Unknown Protocol Operation", CloseReason::ParseError)
    }

    /// An INFO a leaf node sends its hub before its CONNECT, to agree on compression.
    pub fn parse_handshake_info<T: serde::de::DeserializeOwned>(&self, json: &[u8]) -> Result<T, CloseReason> {
        self.parse_json(json, "Unknown Protocol Operation", CloseReason::ParseError)
    }

    /// A CONNECT from the peer, parsed (bad JSON is an authorization violation).
    pub fn parse_connect<T: serde::de::DeserializeOwned>(&self, json: &[u8]) -> Result<T, CloseReason> {
        self.parse_json(json, "Authorization Violation", CloseReason::AuthenticationViolation)
    }

    fn parse_json<T: serde::de::DeserializeOwned>(&self, json: &[u8], err: &str, reason: CloseReason) -> Result<T, CloseReason> {
        serde_json::from_slice(json).map_err(|_| {
            self.link.receiver.send_err(err);
            reason
        })
    }

    /// Checks a peer's CONNECT credentials against the block's `authorization { user,
    /// password }` (none configured: anyone); an authorization violation otherwise.
    pub fn check_credentials(&self, expected: Option<(&str, &str)>, user: &str, pass: &str) -> Result<(), CloseReason> {
        let Some((want_user, want_pass)) = expected else { return Ok(()) };
        if user == want_user && crate::auth::secret_matches(want_pass, pass) {
            return Ok(());
        }
        error!("{} - cid:{} - authentication error - User {:?}", self.link.receiver.addr, self.link.id, user);
        self.link.receiver.send_err("Authorization Violation");
        Err(CloseReason::AuthenticationViolation)
    }
}

/// Accepts connections on `listener` until `shutdown(owner)` is notified, handing each
/// to `serve` (which spawns its task); `what` names them in errors.
pub(super) fn accept_loop<S: Send + Sync + 'static>(
    owner: Arc<S>,
    listener: tokio::net::TcpListener,
    what: &'static str,
    shutdown: fn(&S) -> &tokio::sync::Notify,
    serve: fn(&Arc<S>, tokio::net::TcpStream, std::net::SocketAddr),
) {
    tokio::spawn(async move {
        loop {
            tokio::select! {
                accepted = listener.accept() => match accepted {
                    Ok((socket, addr)) => serve(&owner, socket, addr),
                    Err(e) => {
                        error!("Error accepting {} connection: {}", what, e);
                        tokio::time::sleep(Duration::from_millis(10)).await;
                    }
                },
                _ = shutdown(&owner).notified() => break,
            }
        }
    });
}

/// The read side of a link's connection, plain or TLS.
pub(super) type Reader = Box<dyn tokio::io::AsyncRead + Unpin + Send>;

/// Splits a plain connection: its write half stays shared, so a producer can flush a
/// small batch itself.
pub(super) fn split_plain(socket: tokio::net::TcpStream) -> (Reader, Sink) {
    let (reader, writer) = socket.into_split();
    (Box::new(reader), Sink::Plain(Arc::new(writer)))
}

/// Splits a TLS connection: only the writer task writes to it.
pub(super) fn split_tls<S>(stream: S) -> (Reader, Sink)
where
    S: tokio::io::AsyncRead + tokio::io::AsyncWrite + Unpin + Send + 'static,
{
    let (reader, writer) = tokio::io::split(stream);
    (Box::new(reader), Sink::Stream(Box::new(writer)))
}

/// The TLS handshake of a link this server accepted (within the handshake timeout),
/// then the other server's certificate checked against `pinned_certs`.
pub(super) async fn accept_tls(tls: &crate::tls::Tls, socket: tokio::net::TcpStream) -> Result<(Reader, Sink), String> {
    let stream = match tokio::time::timeout(tls.timeout, tls.acceptor.accept(socket)).await {
        Ok(Ok(stream)) => stream,
        Ok(Err(e)) => return Err(format!("TLS handshake error: {e}")),
        Err(_) => return Err("TLS handshake error: i/o timeout".into()),
    };
    tls.check_peer(stream.get_ref().1.peer_certificates()).map_err(|e| format!("TLS handshake error: {e}"))?;
    Ok(split_tls(stream))
}

/// The TLS handshake of a link this server dialed to `host` (the name or address its
/// certificate must carry).
pub(super) async fn dial_tls(
    connector: &tokio_rustls::TlsConnector,
    timeout: Duration,
    host: &str,
    socket: tokio::net::TcpStream,
) -> Result<(Reader, Sink), String> {
    let host = host.trim_start_matches('[').trim_end_matches(']');
    let name = rustls::pki_types::ServerName::try_from(host.to_string()).map_err(|e| format!("TLS: bad server name {host:?}: {e}"))?;
    match tokio::time::timeout(timeout, connector.connect(name, socket)).await {
        Ok(Ok(stream)) => Ok(split_tls(stream)),
        Ok(Err(e)) => Err(format!("TLS handshake error: {e}")),
        Err(_) => Err("TLS handshake error: i/o timeout".into()),
    }
}

/// Starts the writer task of a link's connection (`write_deadline` from the options).
pub(super) fn spawn_writer(receiver: &Arc<crate::receiver::Receiver>, sink: Sink, write_deadline: Duration) -> tokio::task::JoinHandle<()> {
    let receiver = receiver.clone();
    tokio::spawn(async move { receiver.out.write_loop(sink, write_deadline).await })
}

/// A subscription made for the other server's interest, and the account holding it.
type RemoteSub = (Arc<Account>, Arc<Subscription>);

/// The other server's interest: the subscriptions made for its `RS+`/`LS+` lines, by
/// account, subject and queue.
#[derive(Default)]
pub struct RemoteInterest {
    subs: Mutex<HashMap<Key, RemoteSub>>,
}

impl RemoteInterest {
    fn lock(&self) -> std::sync::MutexGuard<'_, HashMap<Key, RemoteSub>> {
        self.subs.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// The subjects told about.
    pub fn subjects(&self) -> Vec<String> {
        self.lock().keys().map(|(_, subject, _)| String::from_utf8_lossy(subject).into_owned()).collect()
    }

    pub fn count(&self) -> usize {
        self.lock().len()
    }

    /// Forgets every subscription (the connection closed).
    pub fn drop_all(&self) {
        let subs = std::mem::take(&mut *self.lock());
        for (_, (account, sub)) in subs {
            account.unsubscribe(&sub);
        }
    }
}

/// Match results by (account address, subject), with the sublist generation they hold for.
type MatchCache = rustc_hash::FxHashMap<(usize, Box<[u8]>), (u64, Arc<MatchResult<Subscription>>)>;

/// What differs between routes and leaf nodes.
pub(super) trait Flavor {
    fn parse<'a>(&self, buf: &'a [u8], max_payload: usize) -> Result<RouteParsed<'a>, RouteParseError>;
    fn on_connect(&mut self, core: &mut Core, json: &[u8]) -> Result<(), CloseReason>;
    fn on_info(&mut self, core: &mut Core, json: &[u8]) -> Result<(), CloseReason>;
    /// The peer's `-ERR`: how the connection ends.
    fn on_err(&mut self, core: &mut Core, text: &[u8]) -> CloseReason {
        error!("{} - cid:{} - Received error from remote: {}", core.link.receiver.addr, core.link.id, lossy(text));
        CloseReason::ClientClosed
    }
    /// The account an operation names (a leaf node's is its bound one).
    fn account(&mut self, core: &Core, name: &[u8]) -> Option<Arc<Account>>;
    /// Interest the peer announced: `Ok(false)` ignores it, `Err` ends the connection.
    fn admit_interest(&mut self, _core: &Core, _subject: &[u8]) -> Result<bool, CloseReason> {
        Ok(true)
    }
    /// Interest the peer announced or withdrew (`add`), when the flavor keeps it itself
    /// (a gateway's, which makes no subscriptions); `None` leaves it to `Core`.
    fn on_interest(
        &mut self,
        _core: &mut Core,
        _account: &[u8],
        _subject: &[u8],
        _queue: Option<&[u8]>,
        _add: bool,
    ) -> Option<Result<(), CloseReason>> {
        None
    }
    /// A gateway's `A+`/`A-`; other links never send them.
    fn on_account_interest(&mut self, _core: &mut Core, _account: &[u8], _any: bool) -> Result<(), CloseReason> {
        Err(CloseReason::ProtocolViolation)
    }
}

/// Keepalive and handshake timing of a connection.
pub(super) struct Timers {
    pub ping_interval: Duration,
    pub ping_max: u32,
    /// How long the peer has to send `CONNECT` (servers that dial are connected already).
    pub auth_timeout: Duration,
}

/// The read side's shared state.
pub(super) struct Core {
    pub host: Arc<dyn Host>,
    pub link: Arc<Link>,
    pub interest: Arc<RemoteInterest>,
    /// CONNECT checked.
    pub connected: bool,
    /// What follows the operation just handled is S2-compressed (set by the flavor
    /// when compression was agreed; the read loop switches its reader).
    pub switch_to_s2: bool,
    delivery: Delivery,
    cache: MatchCache,
    max_payload: usize,
    pings_out: u32,
    /// When the PING now unanswered went out (for the round-trip time).
    ping_sent: Option<std::time::Instant>,
}

impl Core {
    pub fn new(host: Arc<dyn Host>, link: Arc<Link>, interest: Arc<RemoteInterest>, connected: bool) -> Core {
        let max_payload = host.opts().max_payload.max(64 << 20);
        let delivery = host.router().delivery();
        Core {
            host,
            link,
            interest,
            connected,
            switch_to_s2: false,
            delivery,
            cache: Default::default(),
            max_payload,
            pings_out: 0,
            ping_sent: None,
        }
    }

    fn on_sub<F: Flavor>(&mut self, flavor: &mut F, account_name: &[u8], subject: &[u8], queue: Option<&[u8]>) -> Result<(), CloseReason> {
        trace!("{} - cid:{} - <<- [+ {} {}]", self.link.receiver.addr, self.link.id, lossy(account_name), lossy(subject));
        // What no client could subscribe to is not kept (a subject too deep for the
        // sublist, or not a subject at all); nats-server keeps it, natsx ignores it.
        if !natsx_common::subject::is_valid_subscribe(subject) || !crate::sublist::within_depth(subject) {
            error!(
                "{} - cid:{} - Ignoring interest in an invalid subject ({} bytes)",
                self.link.receiver.addr,
                self.link.id,
                subject.len()
            );
            return Ok(());
        }
        if !flavor.admit_interest(self, subject)? {
            return Ok(());
        }
        let Some(account) = flavor.account(self, account_name) else {
            debug!("{} - cid:{} - Interest in unknown account {:?} ignored", self.link.receiver.addr, self.link.id, lossy(account_name));
            return Ok(());
        };
        let key = (Arc::from(account.name.as_str()), Box::from(subject), queue.map(Box::from));
        let mut subs = self.interest.lock();
        if subs.contains_key(&key) {
            // A queue group's new weight: the group is already known.
            return Ok(());
        }
        let sub = Arc::new(Subscription::new(subject, queue, b"remote", Owner::Remote(self.link.clone())));
        account.subscribe(sub.clone());
        subs.insert(key, (account, sub));
        Ok(())
    }

    fn on_unsub<F: Flavor>(&mut self, flavor: &mut F, account_name: &[u8], subject: &[u8], queue: Option<&[u8]>) {
        let Some(account) = flavor.account(self, account_name) else { return };
        let key = (Arc::from(account.name.as_str()), Box::from(subject), queue.map(Box::from));
        let removed = self.interest.lock().remove(&key);
        if let Some((account, sub)) = removed {
            account.unsubscribe(&sub);
        }
    }

    #[allow(clippy::too_many_arguments)]
    fn on_msg<F: Flavor>(
        &mut self,
        flavor: &mut F,
        account_name: &[u8],
        subject: &[u8],
        reply: Option<&[u8]>,
        queues: Option<&[u8]>,
        message: &[u8],
        header_len: usize,
    ) {
        let stats = &self.link.receiver.out.stats;
        stats.in_msgs.fetch_add(1, Ordering::Relaxed);
        stats.in_bytes.fetch_add(message.len() as u64, Ordering::Relaxed);
        let server_stats = &self.host.router().stats;
        server_stats.in_msgs.fetch_add(1, Ordering::Relaxed);
        server_stats.in_bytes.fetch_add(message.len() as u64, Ordering::Relaxed);
        if !self.link.receives(subject) {
            return;
        }
        let Some(account) = flavor.account(self, account_name) else { return };
        // A reply routed back from another cluster (`_GR_.<cluster>.<server>.<reply>`).
        let subject = match self.host.gateways().filter(|_| subject.starts_with(super::gateway::REPLY_PREFIX)) {
            Some(gateways) => match gateways.routed_reply(&self.link, &account, subject, reply, message, header_len) {
                Some(unmapped) => unmapped,
                None => return,
            },
            None => subject,
        };
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
        let link = self.link.clone();
        let from = Some(Arrival { link: &link, queues: Some(queues.unwrap_or_default()) });
        let msg = Message { to: subject, subject, reply, message, header_len, hops: 0, from };
        route_message(&account, &result, &msg, None, &mut self.delivery);
    }

    fn handle<F: Flavor>(&mut self, flavor: &mut F, op: RouteOp<'_>) -> Result<(), CloseReason> {
        let receiver = self.link.receiver.clone();
        if !self.connected && !matches!(op, RouteOp::Connect(_) | RouteOp::Info(_) | RouteOp::Ping | RouteOp::Pong) {
            receiver.send_err("Authorization Violation");
            return Err(CloseReason::AuthenticationViolation);
        }
        match op {
            RouteOp::Ping => receiver.out.send_now(b"PONG\r\n"),
            RouteOp::Pong => {
                self.pings_out = 0;
                if let Some(sent) = self.ping_sent.take() {
                    receiver.set_rtt(sent.elapsed());
                }
            }
            RouteOp::Ok => {}
            RouteOp::Err(text) => return Err(flavor.on_err(self, text)),
            RouteOp::Connect(json) => flavor.on_connect(self, json)?,
            RouteOp::Info(json) => flavor.on_info(self, json)?,
            RouteOp::Sub { account, subject, queue } => match flavor.on_interest(self, account, subject, queue.map(|(q, _)| q), true) {
                Some(result) => result?,
                None => self.on_sub(flavor, account, subject, queue.map(|(q, _)| q))?,
            },
            RouteOp::Unsub { account, subject, queue } => match flavor.on_interest(self, account, subject, queue, false) {
                Some(result) => result?,
                None => self.on_unsub(flavor, account, subject, queue),
            },
            RouteOp::AccountInterest { account, any } => flavor.on_account_interest(self, account, any)?,
            RouteOp::Msg { account, subject, reply, queues, message, header_len } => {
                self.on_msg(flavor, account, subject, reply, queues, message, header_len)
            }
        }
        Ok(())
    }

    /// Handles the complete ops at the front of `buf`: how many bytes they took, and
    /// whether it stopped early because a local receiver fell behind (`Ok(true)`: stop
    /// reading until it catches up, so the other server's publishers pause rather than
    /// anyone being cut off).
    fn work<F: Flavor>(&mut self, flavor: &mut F, buf: &[u8]) -> (usize, Result<bool, CloseReason>) {
        let mut used = 0;
        loop {
            match flavor.parse(&buf[used..], self.max_payload) {
                Ok(RouteParsed::Op(op, n)) => {
                    let result = self.handle(flavor, op);
                    used += n;
                    if let Err(reason) = result {
                        return (used, Err(reason));
                    }
                    // The rest is compressed: the read loop switches first.
                    if self.switch_to_s2 {
                        return (used, Ok(false));
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
        error!("{} - cid:{} - Parser error: {:?}", self.link.receiver.addr, self.link.id, e);
        self.link.receiver.send_err(text);
        CloseReason::ParseError
    }

    /// After the operation that agreed on compression, reads the rest (`buf`'s unread
    /// bytes, then `reader`) as an S2 stream.
    fn switch_reader(&mut self, reader: &mut Reader, buf: &mut Vec<u8>) {
        if std::mem::take(&mut self.switch_to_s2) {
            let plain = std::mem::replace(reader, Box::new(tokio::io::empty()));
            *reader = super::compression::decompressing(std::mem::take(buf), plain, self.link.receiver.addr);
        }
    }

    /// Reads and handles operations until the connection ends; says why.
    /// `initial`: bytes read before (a hub's INFO, read before the TLS upgrade).
    pub async fn read_loop<F: Flavor>(&mut self, flavor: &mut F, reader: &mut Reader, timers: Timers, initial: Vec<u8>) -> CloseReason {
        let auth_deadline = tokio::time::Instant::now() + timers.auth_timeout;
        let mut next_ping = tokio::time::Instant::now() + timers.ping_interval;
        let mut buf: Vec<u8> = Vec::with_capacity(64 * 1024);
        let receiver = self.link.receiver.clone();
        if !initial.is_empty() {
            buf.extend_from_slice(&initial);
            let (used, outcome) = self.work(flavor, &buf);
            self.delivery.finish(Wake::Inline, &self.host.router().stats);
            buf.drain(..used);
            if let Err(reason) = outcome {
                return reason;
            }
            self.switch_reader(reader, &mut buf);
        }
        let mut chunk = vec![0u8; 64 * 1024];
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
                    self.link.touch();
                    // Work through what arrived; a pause for a receiver that fell behind
                    // comes between ops, and the rest is worked after it.
                    loop {
                        let (used, outcome) = self.work(flavor, &buf);
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
                    self.switch_reader(reader, &mut buf);
                }
                _ = tokio::time::sleep_until(timer) => {
                    if !self.connected && tokio::time::Instant::now() >= auth_deadline {
                        receiver.send_err("Authentication Timeout");
                        return CloseReason::AuthenticationTimeout;
                    }
                    if tokio::time::Instant::now() >= next_ping {
                        if self.pings_out >= timers.ping_max {
                            receiver.send_err("Stale Connection");
                            return CloseReason::StaleConnection;
                        }
                        self.pings_out += 1;
                        self.ping();
                        next_ping = tokio::time::Instant::now() + timers.ping_interval;
                    }
                }
                _ = receiver.out.closed() => {
                    return receiver.out.close_reason().unwrap_or(CloseReason::ServerShutdown);
                }
            }
        }
    }
}
