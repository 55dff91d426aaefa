//! Leaf nodes: this server as a hub that leaf node servers connect to (the
//! `leafnodes { port }` listener), and as a leaf node connecting to hubs (`remotes`).
//!
//! A leaf connection is bound to one account on each side. The hub sends `INFO` (with a
//! nonce); the leaf answers `CONNECT` with the credentials of its remote (user and
//! password from the URL, an NKey seed, or a `.creds` file, the nonce signed) and the
//! subjects it will not take (`deny_pub`, its `deny_imports`). The hub checks them
//! against `leafnodes { authorization }`, or the server's own users when that block has
//! none, and binds the connection to the user's account. Then each side sends its
//! interest (`LS+`, as `link::Link` says what each kind of link carries) and its
//! account's loop detection subject (`$LDS.<random>`): a server that hears its own back
//! over a leaf connection is in a loop, says so (`-ERR 'Loop detected ...'`) and
//! closes; the leaf side then waits 30 s before trying again. A leaf node reconnects
//! after `reconnect` (1 s), going through its URLs and those the hub told about, and
//! its local traffic goes on while the hub is away.

use std::collections::BTreeMap;
use std::net::SocketAddr;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex, OnceLock, Weak};
use std::time::{Duration, SystemTime};

use serde::{Deserialize, Serialize};
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::Notify;

use super::conn::{Core, Flavor, RemoteInterest, ServerIdentity, Timers};
use super::Host;
use crate::account::Account;
use crate::link::{Binding, Link};
use crate::options::compression::{Compression, Mode};
use crate::options::leaf::{compression_or_default, LeafSettings, RemoteLeaf};
use crate::options::Options;
use crate::outbound::CloseReason;
use crate::propagation::InterestLink;
use crate::protocol::lossy;
use crate::protocol::route::{RouteParseError, RouteParsed};
use crate::receiver::Receiver;
use crate::{debug, error, info};

/// The connection type leaf nodes authenticate as (`allowed_connection_types`).
pub const LEAF_CONNECTION: &str = "LEAFNODE";

/// How long a leaf node waits before trying again after its hub found a loop
/// (nats-server's `leafNodeReconnectDelayAfterLoopDetected`).
const LOOP_DELAY: Duration = Duration::from_secs(30);

/// How long a dial may take.
const DIAL_TIMEOUT: Duration = Duration::from_secs(1);

/// The hub's INFO (nats-server's fields that leaf nodes use).
#[derive(Serialize, Deserialize, Clone, Debug, Default)]
#[serde(default)]
struct LeafInfo {
    #[serde(flatten)]
    server: ServerIdentity,
    /// The connection's id: nats-server's leaf nodes take an INFO without one (or
    /// without `leafnode_urls`) for a client port's.
    client_id: u64,
    #[serde(skip_serializing_if = "String::is_empty")]
    nonce: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    cluster: String,
    /// This server's JetStream domain.
    #[serde(skip_serializing_if = "String::is_empty")]
    domain: String,
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    connect_info: bool,
    #[serde(skip_serializing_if = "String::is_empty")]
    remote_account: String,
    leafnode_urls: Vec<String>,
    /// A hub's WebSocket URLs (nats-server's hubs tell them; a WebSocket remote tries
    /// them when its own URL fails).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    ws_connect_urls: Vec<String>,
    /// The sender's compression mode (configured, then agreed).
    #[serde(skip_serializing_if = "String::is_empty")]
    compression: String,
}

impl LeafInfo {
    fn to_line(&self) -> Vec<u8> {
        super::conn::info_line(self)
    }
}

/// A leaf node's CONNECT (nats-server's `leafConnectInfo`).
#[derive(Serialize, Deserialize, Default)]
#[serde(default)]
struct LeafConnect {
    #[serde(skip_serializing_if = "String::is_empty")]
    version: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    nkey: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    jwt: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    sig: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    user: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    pass: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    auth_token: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    server_id: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    domain: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    name: String,
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    is_hub: bool,
    #[serde(skip_serializing_if = "String::is_empty")]
    cluster: String,
    headers: bool,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    deny_pub: Vec<String>,
    #[serde(skip_serializing_if = "String::is_empty")]
    remote_account: String,
    /// The compression agreed (nats-server's `compress_mode`).
    #[serde(skip_serializing_if = "String::is_empty")]
    compress_mode: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    gateway: String,
    /// A client's CONNECT has it; a leaf node's does not.
    #[serde(skip_serializing_if = "String::is_empty")]
    lang: String,
}

/// What the other server said about itself.
pub struct Peer {
    pub id: String,
    pub name: String,
    pub cluster: String,
}

/// One leaf node connection.
pub struct Leaf {
    pub cid: u64,
    pub link: Arc<Link>,
    pub interest: Arc<RemoteInterest>,
    pub peer: OnceLock<Peer>,
    pub started: SystemTime,
    /// The account it is bound to, once bound.
    pub account: OnceLock<Arc<Account>>,
    /// The compression agreed (`not supported` for a peer from before compression).
    pub compression: OnceLock<Mode>,
}

impl InterestLink for Leaf {
    fn link(&self) -> &Link {
        &self.link
    }

    fn send(&self, lines: &[u8]) {
        self.link.receiver.out.send_now(lines);
    }
}

impl Leaf {
    /// Is this server the leaf node of this connection (it dialed its hub)?
    pub fn is_spoke(&self) -> bool {
        self.link.kind() == crate::link::LinkKind::Leaf { hub: false }
    }
}

/// The leaf node side of this server: its listener and its remotes.
pub struct LeafNodes {
    host: Weak<dyn Host>,
    pub settings: LeafSettings,
    /// TLS for leaf nodes connecting here (`leafnodes { tls {} }`).
    tls: Option<Arc<crate::tls::Tls>>,
    port: OnceLock<u16>,
    leafs: Mutex<BTreeMap<u64, Arc<Leaf>>>,
    shutdown: Notify,
    stopping: AtomicBool,
}

impl LeafNodes {
    /// The leaf node side of `settings`; TLS files are read now (an error names them).
    pub fn new(host: Weak<dyn Host>, settings: LeafSettings) -> Result<Arc<LeafNodes>, String> {
        let tls = match &settings.tls {
            Some(t) => Some(Arc::new(crate::tls::Tls::new(t).map_err(|e| format!("leafnode tls: {e}"))?)),
            None => None,
        };
        for remote in &settings.remotes {
            if let Some(t) = &remote.tls {
                crate::tls::connector(t).map_err(|e| format!("leafnode remote tls: {e}"))?;
            }
        }
        Ok(Arc::new(LeafNodes {
            host,
            tls,
            settings,
            port: OnceLock::new(),
            leafs: Mutex::new(BTreeMap::new()),
            shutdown: Notify::new(),
            stopping: AtomicBool::new(false),
        }))
    }

    pub fn port(&self) -> u16 {
        self.port.get().copied().unwrap_or(0)
    }

    fn is_stopping(&self) -> bool {
        self.stopping.load(Ordering::Acquire)
    }

    /// Every open leaf connection, oldest first.
    pub fn leafs(&self) -> Vec<Arc<Leaf>> {
        self.leafs.lock().unwrap_or_else(|e| e.into_inner()).values().cloned().collect()
    }

    /// Binds the leaf node port, when one is configured.
    pub async fn bind(&self) -> Result<Option<TcpListener>, String> {
        let s = &self.settings;
        if s.port == 0 {
            return Ok(None);
        }
        let port = s.port.max(0) as u16;
        let listener = crate::net::listen(&s.host, port)
            .await
            .map_err(|e| format!("Error listening on leafnode port: {}", crate::net::listen_error(&s.host, port, &e)))?;
        let _ = self.port.set(listener.local_addr().map_err(|e| e.to_string())?.port());
        Ok(Some(listener))
    }

    /// Accepts leaf nodes on `listener` and connects to the remotes, until `stop`.
    pub fn start(self: &Arc<Self>, listener: Option<TcpListener>) {
        if let Some(listener) = listener {
            info!("Listening for leafnode connections on {}:{}", self.settings.host, self.port());
            super::conn::accept_loop(
                self.clone(),
                listener,
                "leafnode",
                |l| &l.shutdown,
                |l, socket, addr| {
                    tokio::spawn(l.clone().serve(Transport::Tcp(socket), addr, None));
                },
            );
        }
        for remote in self.settings.remotes.clone() {
            tokio::spawn(self.clone().solicit(remote));
        }
    }

    /// Serves a leaf node that connected to the WebSocket port (`stream`: its
    /// messages); false when this server has no leaf node port (nats-server accepts
    /// WebSocket leaf nodes only then).
    pub fn accept_websocket(self: &Arc<Self>, stream: tokio::io::DuplexStream, addr: SocketAddr) -> bool {
        if self.settings.port == 0 || self.is_stopping() {
            return false;
        }
        tokio::spawn(self.clone().serve(Transport::WebSocket(stream), addr, None));
        true
    }

    pub fn stop(&self) {
        self.stopping.store(true, Ordering::Release);
        self.shutdown.notify_waiters();
        self.shutdown.notify_one();
        for leaf in self.leafs() {
            leaf.link.receiver.out.close(CloseReason::ServerShutdown);
        }
    }

    /// Connects to `remote`'s hub and serves the connection, again after each end
    /// (after `reconnect`, or 30 s after a loop), going through its URLs and those the
    /// hub told about.
    async fn solicit(self: Arc<Self>, remote: RemoteLeaf) {
        let known = Arc::new(Mutex::new(remote.urls.clone()));
        let mut attempt = 0usize;
        while !self.is_stopping() {
            let url = {
                let urls = known.lock().unwrap_or_else(|e| e.into_inner());
                urls[attempt % urls.len()].clone()
            };
            attempt += 1;
            let Ok(target) = crate::options::cluster::RouteUrl::parse(&url) else {
                error!("Error parsing leafnode remote url {:?}", url);
                return;
            };
            debug!("Trying to connect as leafnode to remote server on {}", target.host_port);
            let mut delay = self.settings.reconnect;
            match tokio::time::timeout(DIAL_TIMEOUT, TcpStream::connect(&target.host_port)).await {
                Ok(Ok(socket)) => {
                    let addr = socket.peer_addr().unwrap_or_else(|_| ([0, 0, 0, 0], 0).into());
                    let websocket = is_websocket(&url);
                    let spoke = Spoke { remote: remote.clone(), url: target, known: known.clone(), websocket };
                    let transport = match websocket {
                        false => Ok(Transport::Tcp(socket)),
                        true => self.dial_websocket(socket, &spoke, addr).await.map(Transport::WebSocket),
                    };
                    match transport {
                        Ok(transport) => {
                            if let Some(longer) = self.clone().serve(transport, addr, Some(spoke)).await {
                                delay = longer;
                            }
                        }
                        Err(e) => error!("Error trying to connect as leafnode to remote server {}: {}", url, e),
                    }
                }
                Ok(Err(e)) => debug!("Error trying to connect as leafnode to remote server {}: {}", url, e),
                Err(_) => debug!("Error trying to connect as leafnode to remote server {}: i/o timeout", url),
            }
            tokio::select! {
                _ = tokio::time::sleep(delay) => {}
                _ = self.shutdown.notified() => break,
            }
        }
    }

    /// A WebSocket connection to `spoke`'s hub over `socket`: TLS first for `wss://` (or
    /// with the remote's `tls {}`), then the upgrade to `/leafnode`; the stream of its
    /// messages.
    async fn dial_websocket(&self, socket: TcpStream, spoke: &Spoke, addr: SocketAddr) -> Result<tokio::io::DuplexStream, String> {
        let _ = socket.set_nodelay(true);
        let host = self.host.upgrade().ok_or("server stopped")?;
        let max = crate::websocket::max_message_size(host.opts().max_payload);
        let host_port = &spoke.url.host_port;
        let compress = spoke.remote.ws_compression;
        let path = crate::websocket::LEAF_PATH;
        match spoke.tls_settings() {
            None => crate::websocket::connect(socket, host_port, path, compress, max, addr).await,
            Some(settings) => {
                let host_name = host_port.rsplit_once(':').map_or(host_port.as_str(), |(h, _)| h);
                let host_name = host_name.trim_start_matches('[').trim_end_matches(']');
                let connector = crate::tls::connector(&settings)?;
                let name = rustls::pki_types::ServerName::try_from(host_name.to_string())
                    .map_err(|e| format!("TLS: bad server name {host_name:?}: {e}"))?;
                let stream = match tokio::time::timeout(settings.timeout, connector.connect(name, socket)).await {
                    Ok(Ok(stream)) => stream,
                    Ok(Err(e)) => return Err(format!("TLS handshake error: {e}")),
                    Err(_) => return Err("TLS handshake error: i/o timeout".into()),
                };
                crate::websocket::connect(stream, host_port, path, compress, max, addr).await
            }
        }
    }

    /// Serves one leaf connection until it ends (`spoke`: this server dialed its hub).
    /// Returns a longer reconnect delay when a loop was found.
    async fn serve(self: Arc<Self>, transport: Transport, addr: SocketAddr, spoke: Option<Spoke>) -> Option<Duration> {
        let host = self.host.upgrade()?;
        let opts = host.opts();
        let cid = host.next_cid();
        let receiver = Arc::new(Receiver::new(cid, addr, opts.max_pending));
        // This server is the hub of a connection it accepted, or dialed with `hub: true`.
        let link = Arc::new(Link::leaf(receiver.clone(), spoke.as_ref().is_none_or(|s| s.remote.hub)));
        let leaf = Arc::new(Leaf {
            cid,
            link: link.clone(),
            interest: Arc::default(),
            peer: OnceLock::new(),
            started: SystemTime::now(),
            account: OnceLock::new(),
            compression: OnceLock::new(),
        });
        let nonce = crate::auth::new_nonce();
        let websocket = matches!(transport, Transport::WebSocket(_));
        if websocket {
            // No S2 under WebSocket frames: shown as nats-server shows it.
            let _ = leaf.compression.set(Mode::NotSupported);
        }
        // Over TCP the hub's INFO goes first in plain text; with TLS, the handshake
        // follows it. Over WebSocket, TLS (if any) is below the frames.
        let (split, initial) = match transport {
            Transport::WebSocket(mut stream) => {
                if spoke.is_none() {
                    use tokio::io::AsyncWriteExt;
                    // No S2 under WebSocket frames here (nats-server layers it only
                    // where WebSocket compression is off; natsx does not).
                    let info = LeafInfo { compression: String::new(), ..self.info(host.as_ref(), cid, &nonce) };
                    if stream.write_all(&info.to_line()).await.is_err() {
                        return None;
                    }
                }
                (Ok(super::conn::split_tls(stream)), Vec::new())
            }
            Transport::Tcp(socket) => {
                let _ = socket.set_nodelay(true);
                match &spoke {
                    None => {
                        let mut socket = socket;
                        let info = self.info(host.as_ref(), cid, &nonce);
                        use tokio::io::AsyncWriteExt;
                        if socket.write_all(&info.to_line()).await.is_err() {
                            return None;
                        }
                        match &self.tls {
                            None => (Ok(super::conn::split_plain(socket)), Vec::new()),
                            Some(tls) => (super::conn::accept_tls(tls, socket).await, Vec::new()),
                        }
                    }
                    Some(spoke) => match &spoke.remote.tls {
                        None => (Ok(super::conn::split_plain(socket)), Vec::new()),
                        Some(settings) => {
                            let mut socket = socket;
                            match read_info_line(&mut socket).await {
                                Ok(line) => {
                                    let host_name = spoke.url.host_port.rsplit_once(':').map_or(spoke.url.host_port.as_str(), |(h, _)| h);
                                    let dialed = match crate::tls::connector(settings) {
                                        Ok(connector) => super::conn::dial_tls(&connector, settings.timeout, host_name, socket).await,
                                        Err(e) => Err(e),
                                    };
                                    (dialed, line)
                                }
                                Err(e) => (Err(e), Vec::new()),
                            }
                        }
                    },
                }
            }
        };
        let (mut reader, sink) = match split {
            Ok(split) => split,
            Err(e) => {
                error!("{} - lid:{} - {}", addr, cid, e);
                return None;
            }
        };
        let writer_task = super::conn::spawn_writer(&receiver, sink, opts.write_deadline);
        let timers = Timers {
            ping_interval: opts.ping_interval,
            ping_max: opts.ping_max.max(1),
            auth_timeout: self.settings.auth_timeout.unwrap_or(super::DEFAULT_AUTH_TIMEOUT),
        };
        let connected = spoke.is_some();
        let mut core = Core::new(host.clone(), link.clone(), leaf.interest.clone(), connected);
        let mut flavor = LeafFlavor { leafs: self.clone(), leaf: leaf.clone(), spoke, nonce, delay: None, websocket, negotiated: false };
        let reason = core.read_loop(&mut flavor, &mut reader, timers, initial).await;
        receiver.out.close(reason);
        let _ = writer_task.await;
        self.leafs.lock().unwrap_or_else(|e| e.into_inner()).remove(&cid);
        host.router().propagation.remove_link(cid);
        leaf.interest.drop_all();
        let name = leaf.peer.get().map(|p| p.name.clone()).unwrap_or_default();
        info!(
            "{} - lid:{} - Leafnode connection closed: {}{}",
            addr,
            cid,
            reason.as_str(),
            if name.is_empty() { String::new() } else { format!(" - Remote: {name}") }
        );
        flavor.delay
    }

    /// This server's own leaf node URLs (`advertise`, or the listening host's).
    pub fn own_urls(&self, host: &dyn Host) -> Vec<String> {
        if self.settings.port == 0 {
            return Vec::new();
        }
        match &self.settings.advertise {
            Some(a) => vec![a.clone()],
            None => super::client_urls(
                &Options { client_advertise: None, host: self.settings.host.clone(), ..(*host.opts()).clone() },
                self.port(),
            ),
        }
    }

    /// Tells every leaf node connected here the hubs' URLs again (a member came or went).
    pub fn send_urls(&self, host: &dyn Host) {
        if self.settings.no_advertise {
            return;
        }
        for leaf in self.leafs().into_iter().filter(|l| !l.is_spoke()) {
            let mut info = self.info(host, leaf.cid, "");
            info.connect_info = false;
            leaf.link.receiver.out.send_now(&info.to_line());
        }
    }

    /// The INFO a hub sends a leaf node.
    fn info(&self, host: &dyn Host, cid: u64, nonce: &str) -> LeafInfo {
        let opts = host.opts();
        let mut urls = self.own_urls(host);
        for route in host.cluster().map(|c| c.routes()).unwrap_or_default() {
            for u in route.leafnode_urls.get().into_iter().flatten() {
                if !urls.contains(u) {
                    urls.push(u.clone());
                }
            }
        }
        LeafInfo {
            server: ServerIdentity {
                auth_required: true,
                tls_required: self.tls.is_some(),
                ..ServerIdentity::of(host, &self.settings.host, self.port())
            },
            client_id: cid,
            nonce: nonce.to_string(),
            cluster: host.cluster_name().unwrap_or_default(),
            domain: opts.jetstream_domain.clone().filter(|_| opts.jetstream).unwrap_or_default(),
            leafnode_urls: if self.settings.no_advertise { Vec::new() } else { urls },
            compression: compression_or_default(&self.settings.compression).mode.as_str().to_string(),
            ..Default::default()
        }
    }

    /// The account a leaf node's CONNECT earns on this hub, or why it earns none.
    fn authenticate(&self, host: &dyn Host, json: &[u8], connect: &LeafConnect, nonce: &str, addr: &SocketAddr) -> Result<String, String> {
        let s = &self.settings;
        let default_account = || s.account.clone().unwrap_or_else(|| crate::account::GLOBAL_ACCOUNT.to_string());
        if s.has_authorization() {
            if let (Some(user), Some(pass)) = (&s.username, &s.password) {
                if connect.user == *user && crate::auth::secret_matches(pass, &connect.pass) {
                    return Ok(default_account());
                }
            }
            for u in &s.users {
                if connect.user == u.user && crate::auth::secret_matches(&u.password, &connect.pass) {
                    return Ok(u.account.clone().unwrap_or_else(default_account));
                }
            }
            return Err(format!("authentication error - User {:?}", connect.user));
        }
        let client_connect: crate::info::Connect = serde_json::from_slice(json).map_err(|e| e.to_string())?;
        match host.authenticate_leaf(&client_connect, nonce, addr)? {
            Some(account) => Ok(account),
            None => Ok(default_account()),
        }
    }

    /// Starts routing over `leaf`, bound to `account`: registers it, sends this
    /// server's interest and loop detection subject.
    fn start_routing(&self, host: &dyn Host, leaf: &Arc<Leaf>, account: Arc<Account>, mut binding: Binding) {
        let lds = account.loop_detection_subject().to_string();
        // Each side's JetStream is reached through its domain's prefix only: the plain
        // API and the buckets' subjects stay on their side, both ways, and requests to
        // this server's own domain never leave it (nats-server's leaf JetStream denies).
        for deny in ["$JS.API.>", "$KV.>", "$OBJ.>"] {
            binding.deny_send.push(deny.to_string());
            binding.deny_receive.push(deny.to_string());
        }
        if let Some(domain) = host.opts().jetstream_domain.as_ref().filter(|_| host.opts().jetstream) {
            binding.deny_send.push(format!("$JS.{domain}.API.>"));
        }
        leaf.link.bind(binding);
        let _ = leaf.account.set(account);
        self.leafs.lock().unwrap_or_else(|e| e.into_inner()).insert(leaf.cid, leaf.clone());
        let link: Arc<dyn InterestLink> = leaf.clone();
        host.router().propagation.add_link(link);
        // With gateways, replies routed back to other clusters (`_GR_.`) are wanted here:
        // a leaf node's client may answer a request from another cluster (nats-server
        // adds the same interest).
        let routed_replies = if host.gateways().is_some() { "LS+ _GR_.>\r\n" } else { "" };
        leaf.link.receiver.out.send_now(format!("LS+ {lds}\r\n{routed_replies}").as_bytes());
    }
}

/// Reads the hub's INFO line in plain text, before a TLS upgrade (a byte at a time, so
/// nothing of the handshake is taken with it).
async fn read_info_line(socket: &mut TcpStream) -> Result<Vec<u8>, String> {
    use tokio::io::AsyncReadExt;
    let mut line = Vec::new();
    let read = async {
        let mut byte = [0u8; 1];
        while line.len() < crate::protocol::route::MAX_CONTROL_LINE {
            if socket.read(&mut byte).await.map_err(|e| e.to_string())? == 0 {
                return Err("the hub closed the connection".to_string());
            }
            line.push(byte[0]);
            if byte[0] == b'\n' {
                return Ok(());
            }
        }
        Err("the hub's INFO is too long".to_string())
    };
    tokio::time::timeout(Duration::from_secs(5), read).await.map_err(|_| "no INFO from the hub".to_string())??;
    if !line.starts_with(b"INFO ") {
        return Err("attempted to connect to wrong port (no INFO)".into());
    }
    Ok(line)
}

/// A connection this server dialed as a leaf node.
struct Spoke {
    remote: RemoteLeaf,
    url: crate::options::cluster::RouteUrl,
    /// The remote's URLs, with those the hub told about.
    known: Arc<Mutex<Vec<String>>>,
    /// It runs over WebSocket (`ws://`, `wss://`).
    websocket: bool,
}

impl Spoke {
    /// The TLS to the hub: the remote's `tls {}`, or defaults for a `wss://` URL.
    fn tls_settings(&self) -> Option<crate::tls::TlsSettings> {
        let wss = self.remote.urls.iter().any(|u| u.to_ascii_lowercase().starts_with("wss://"));
        self.remote.tls.clone().or_else(|| wss.then(crate::tls::TlsSettings::default))
    }
}

/// How a leaf connection reaches the other server.
enum Transport {
    Tcp(TcpStream),
    /// The messages of a WebSocket connection (`websocket::connect`, or the WebSocket
    /// port's upgrade).
    WebSocket(tokio::io::DuplexStream),
}

/// Is `url` a WebSocket one (`ws://`, `wss://`)?
fn is_websocket(url: &str) -> bool {
    let lower = url.to_ascii_lowercase();
    lower.starts_with("ws://") || lower.starts_with("wss://")
}

/// A leaf connection's side of the shared connection machinery (`conn::Flavor`).
struct LeafFlavor {
    leafs: Arc<LeafNodes>,
    leaf: Arc<Leaf>,
    spoke: Option<Spoke>,
    nonce: String,
    /// Set when a loop was found: wait this long before reconnecting.
    delay: Option<Duration>,
    /// The connection runs over WebSocket (no S2 then).
    websocket: bool,
    /// Compression was agreed on (or found not to apply).
    negotiated: bool,
}

impl LeafFlavor {
    /// Agrees on compression for `leaf` (`compression::agree`), noting the mode; true
    /// when the connection switched to S2.
    fn negotiate(
        leaf: &Leaf,
        core: &mut Core,
        ours: &Compression,
        theirs: &str,
        dialed: bool,
        info: impl FnOnce(&str) -> Vec<u8>,
    ) -> Result<bool, CloseReason> {
        let elapsed = leaf.started.elapsed().unwrap_or_default();
        let (agreed, switched) = super::compression::agree(core, ours, theirs, elapsed, dialed, info)?;
        let _ = leaf.compression.set(agreed);
        Ok(switched)
    }

    fn loop_detected(&mut self, core: &Core, send: bool) -> CloseReason {
        let account = self.leaf.account.get().map(|a| a.name.clone()).unwrap_or_default();
        let text = format!(
            "Loop detected for leafnode account={account:?}. Delaying attempt to reconnect for {}",
            natsx_common::time::go_duration(LOOP_DELAY)
        );
        if send {
            core.link.receiver.send_err(&text);
        }
        error!("{} - lid:{} - {}", core.link.receiver.addr, core.link.id, text);
        if self.spoke.is_some() {
            self.delay = Some(LOOP_DELAY);
        }
        CloseReason::ProtocolViolation
    }

    /// The leaf node's CONNECT for the hub that sent `info`.
    fn connect_line(&self, core: &Core, spoke: &Spoke, info: &LeafInfo) -> Result<Vec<u8>, String> {
        let host = &core.host;
        let remote = &spoke.remote;
        let mut connect = LeafConnect {
            version: crate::info::FEATURE_LEVEL.to_string(),
            server_id: host.server_id().to_string(),
            name: host.server_name().to_string(),
            cluster: host.cluster_name().unwrap_or_default(),
            domain: host.opts().jetstream_domain.clone().filter(|_| host.opts().jetstream).unwrap_or_default(),
            headers: true,
            deny_pub: remote.deny_imports.clone(),
            remote_account: remote.account.clone().unwrap_or_else(|| crate::account::GLOBAL_ACCOUNT.to_string()),
            compress_mode: self.leaf.compression.get().map(|m| m.as_str().to_string()).unwrap_or_default(),
            is_hub: remote.hub,
            ..Default::default()
        };
        let sign = |seed: &str| -> Result<(String, String), String> {
            let key = nkeys::KeyPair::from_seed(seed.trim()).map_err(|e| format!("remote nkey has a malformed seed: {e}"))?;
            let sig = key.sign(info.nonce.as_bytes()).map_err(|e| e.to_string())?;
            use base64::Engine;
            Ok((key.public_key(), base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(sig)))
        };
        if let Some(path) = &remote.credentials {
            let text = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
            let (jwt, seed) = crate::options::leaf::parse_creds(&text).ok_or("Credentials file malformed")?;
            connect.jwt = jwt;
            connect.sig = sign(&seed)?.1;
        } else if let Some(seed) = &remote.seed {
            (connect.nkey, connect.sig) = sign(seed)?;
        }
        if let Some(user) = &spoke.url.user {
            connect.user = user.clone();
            connect.pass = spoke.url.password.clone().unwrap_or_default();
            if connect.pass.is_empty() {
                connect.auth_token = user.clone();
            }
        }
        let mut line = b"CONNECT ".to_vec();
        serde_json::to_writer(&mut line, &connect).expect("CONNECT serializes");
        line.extend_from_slice(b"\r\n");
        Ok(line)
    }
}

impl Flavor for LeafFlavor {
    fn parse<'a>(&self, buf: &'a [u8], max_payload: usize) -> Result<RouteParsed<'a>, RouteParseError> {
        crate::protocol::route::parse_leaf(buf, max_payload)
    }

    fn account(&mut self, _core: &Core, _name: &[u8]) -> Option<Arc<Account>> {
        self.leaf.account.get().cloned()
    }

    fn admit_interest(&mut self, core: &Core, subject: &[u8]) -> Result<bool, CloseReason> {
        let Some(account) = self.leaf.account.get() else { return Ok(false) };
        if subject == account.loop_detection_subject().as_bytes() {
            return Err(self.loop_detected(core, true));
        }
        Ok(true)
    }

    fn on_err(&mut self, core: &mut Core, text: &[u8]) -> CloseReason {
        let text = lossy(text);
        if text.contains("Loop detected") {
            if self.spoke.is_some() {
                self.delay = Some(LOOP_DELAY);
            }
            error!("{} - lid:{} - {}", core.link.receiver.addr, core.link.id, text.trim_matches('\''));
            return CloseReason::ProtocolViolation;
        }
        error!("{} - lid:{} - Leafnode Error {}", core.link.receiver.addr, core.link.id, text);
        CloseReason::ClientClosed
    }

    /// The hub side: a leaf node's CONNECT.
    fn on_connect(&mut self, core: &mut Core, json: &[u8]) -> Result<(), CloseReason> {
        let receiver = core.link.receiver.clone();
        if self.spoke.is_some() || core.connected {
            return Ok(());
        }
        let connect: LeafConnect = core.parse_connect(json)?;
        if !connect.lang.is_empty() {
            receiver.send_err("Attempted To Connect To Leaf Node Port");
            return Err(CloseReason::ProtocolViolation);
        }
        if !connect.gateway.is_empty() {
            let text = format!("Rejecting connection from gateway {:?} on the leafnode port", connect.gateway);
            receiver.send_err(&text);
            return Err(CloseReason::ProtocolViolation);
        }
        // The other server acts as the hub: this one is its leaf node.
        if connect.is_hub {
            core.link.set_leaf_role(false);
        }
        let host = core.host.clone();
        if let Some(ours) = host.cluster_name() {
            if !connect.cluster.is_empty() && connect.cluster == ours {
                receiver.send_err("Leafnode has same cluster name as the hub");
                return Err(CloseReason::ProtocolViolation);
            }
        }
        let account_name = match self.leafs.authenticate(host.as_ref(), json, &connect, &self.nonce, &receiver.addr) {
            Ok(name) => name,
            Err(why) => {
                error!("{} - lid:{} - {}", receiver.addr, core.link.id, if why.is_empty() { "authentication error" } else { why.as_str() });
                receiver.send_err("Authorization Violation");
                return Err(CloseReason::AuthenticationViolation);
            }
        };
        let Some(account) = host.lookup_account(&account_name) else {
            receiver.send_err("Authorization Violation");
            return Err(CloseReason::AuthenticationViolation);
        };
        core.connected = true;
        if !connect.cluster.is_empty() {
            core.link.set_cluster(&connect.cluster);
        }
        let _ = self.leaf.peer.set(Peer { id: connect.server_id.clone(), name: connect.name.clone(), cluster: connect.cluster.clone() });
        info!(
            "{} - lid:{} - Leafnode connection created for account: {} (remote server {:?})",
            receiver.addr, core.link.id, account.name, connect.name
        );
        // The leaf node's `deny_imports` (sent as `deny_pub`): what it will not take.
        let binding = Binding { account: Arc::from(account.name.as_str()), deny_send: connect.deny_pub.clone(), deny_receive: Vec::new() };
        let mut info = self.leafs.info(host.as_ref(), core.link.id, "");
        info.connect_info = true;
        info.remote_account = account.name.clone();
        receiver.out.send_now(&info.to_line());
        self.leafs.start_routing(host.as_ref(), &self.leaf, account, binding);
        core.ping();
        Ok(())
    }

    /// The leaf side: the hub's INFO (the first one answers with CONNECT).
    fn on_info(&mut self, core: &mut Core, json: &[u8]) -> Result<(), CloseReason> {
        let receiver = core.link.receiver.clone();
        let Some(spoke) = &self.spoke else {
            // A leaf node's INFO to its hub, before its CONNECT, says how it would
            // compress; later ones say nothing the hub needs.
            if !self.negotiated && !self.websocket && self.leaf.peer.get().is_none() {
                let info: LeafInfo = core.parse_handshake_info(json)?;
                self.negotiated = true;
                let hub = compression_or_default(&self.leafs.settings.compression);
                let host = core.host.clone();
                Self::negotiate(&self.leaf, core, &hub, &info.compression, false, |told| {
                    let info = self.leafs.info(host.as_ref(), self.leaf.cid, &self.nonce);
                    LeafInfo { compression: told.to_string(), ..info }.to_line()
                })?;
            }
            return Ok(());
        };
        let info: LeafInfo = core.parse_info(json)?;
        // The hub's other servers, to try when this one is away: their WebSocket URLs
        // for a WebSocket remote (nats-server's `updateLeafNodeURLs`).
        let (learned, scheme) = match (spoke.websocket, spoke.tls_settings().is_some()) {
            (false, _) => (&info.leafnode_urls, "nats-leaf"),
            (true, false) => (&info.ws_connect_urls, "ws"),
            (true, true) => (&info.ws_connect_urls, "wss"),
        };
        if !learned.is_empty() {
            let mut known = spoke.known.lock().unwrap_or_else(|e| e.into_inner());
            for u in learned {
                let url = format!("{scheme}://{u}");
                let host_port = crate::options::cluster::RouteUrl::parse(&url).map(|r| r.host_port).unwrap_or_default();
                if !known.iter().any(|k| crate::options::cluster::RouteUrl::parse(k).is_ok_and(|r| r.host_port == host_port)) {
                    known.push(url);
                }
            }
        }
        if self.leaf.peer.get().is_some() {
            return Ok(());
        }
        if info.server.tls_required && spoke.remote.tls.is_none() && !spoke.websocket {
            error!("{} - lid:{} - The hub requires TLS, but the remote has no tls {{}} block", receiver.addr, core.link.id);
            return Err(CloseReason::TlsHandshakeError);
        }
        let host = core.host.clone();
        if info.server.server_id == host.server_id() {
            error!("{} - lid:{} - Leafnode connection to itself", receiver.addr, core.link.id);
            self.delay = Some(LOOP_DELAY);
            return Err(CloseReason::ProtocolViolation);
        }
        // The hub's first INFO: agree on compression; when it is on, the hub's INFO
        // comes again, compressed, and this one is done.
        if !self.negotiated && !spoke.websocket {
            self.negotiated = true;
            let ours = compression_or_default(&spoke.remote.compression);
            let leafs = &self.leafs;
            if Self::negotiate(&self.leaf, core, &ours, &info.compression, true, |told| {
                LeafInfo { compression: told.to_string(), ..leafs.info(host.as_ref(), 0, "") }.to_line()
            })? {
                return Ok(());
            }
        }
        let line = match self.connect_line(core, spoke, &info) {
            Ok(line) => line,
            Err(e) => {
                error!("{} - lid:{} - {}", receiver.addr, core.link.id, e);
                return Err(CloseReason::AuthenticationViolation);
            }
        };
        let account_name = spoke.remote.account.clone().unwrap_or_else(|| crate::account::GLOBAL_ACCOUNT.to_string());
        let Some(account) = host.lookup_account(&account_name) else {
            error!("{} - lid:{} - No local account {:?} for the leafnode remote", receiver.addr, core.link.id, account_name);
            return Err(CloseReason::ProtocolViolation);
        };
        let _ = self.leaf.peer.set(Peer {
            id: info.server.server_id.clone(),
            name: info.server.server_name.clone(),
            cluster: info.cluster.clone(),
        });
        info!("{} - lid:{} - Leafnode connection created for account: {}", receiver.addr, core.link.id, account.name);
        receiver.out.send_now(&line);
        let binding = Binding {
            account: Arc::from(account.name.as_str()),
            deny_send: spoke.remote.deny_exports.clone(),
            deny_receive: spoke.remote.deny_imports.clone(),
        };
        self.leafs.start_routing(host.as_ref(), &self.leaf, account, binding);
        core.ping();
        Ok(())
    }
}
