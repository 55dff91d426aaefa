//! One route connection: the handshake, the peer's interest, and the messages it sends.
//!
//! The dialing server sends `CONNECT` (with the credentials in its route URL) and its
//! `INFO` (a pool connection's only once the other's `INFO` came, with the place it took
//! as `route_pool_idx`, as nats-server delays it; a pinned account's names the account
//! as `route_account`); the accepting one sends its `INFO` at once and checks `CONNECT`
//! against the cluster's `authorization` within its timeout. On the peer's first `INFO`
//! the route is registered (`Cluster::register`), this server's interest in the
//! accounts it carries is sent to it (`crate::propagation`), and, for the server's first
//! connection, unless it was dialed on another server's word, the peer's `INFO` goes on
//! to the other routes so they dial it. Later `INFO`s tell of other servers (dial
//! them), or of the peer entering lame duck mode (`ldm`: forget its client URLs).
//!
//! `RS+`/`RS-` become subscriptions in the named account (a pinned route's own) owned by
//! this route (`subscription::Owner::Remote`); `RMSG`/`HMSG` are routed to local
//! subscribers only (`router::Message::from`, `link::Link::forwards_from`).

use std::net::SocketAddr;
use std::sync::atomic::Ordering;
use std::sync::{Arc, Mutex, OnceLock};
use std::time::SystemTime;

use serde::{Deserialize, Serialize};
use tokio::net::TcpStream;

use super::conn::{Core, Flavor, RemoteInterest, ServerIdentity, Timers};
use super::{Cluster, Ended, Refused};
use crate::account::Account;
use crate::link::Link;
use crate::options::cluster::RouteUrl;
use crate::options::compression::Mode;
use crate::outbound::CloseReason;
use crate::propagation::InterestLink;
use crate::protocol::route::{RouteParseError, RouteParsed};
use crate::receiver::Receiver;
use crate::{debug, error, info};

/// A route this server dialed: where, whether it is configured (else another server
/// told about it), and for which pinned account.
#[derive(Clone)]
pub struct Dialed {
    pub url: RouteUrl,
    pub configured: bool,
    /// The pinned account this route is for.
    pub pinned: Option<Arc<str>>,
}

/// The route INFO (nats-server's `Info` fields that routes use).
#[derive(Serialize, Deserialize, Clone, Debug, Default)]
#[serde(default)]
pub struct RouteInfo {
    #[serde(flatten)]
    pub server: ServerIdentity,
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
    /// The server's gateway URL (`host:port`), so the cluster's gateways tell other
    /// clusters every member.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub gateway_url: String,
    /// The server's leaf node URL (`host:port`), so the cluster's hubs tell their leaf
    /// nodes every member.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub leafnode_urls: Vec<String>,
    /// A gateway this cluster connects to (with `gateway_cmd` 1): told to every member,
    /// so each connects to it too (nats-server's `forwardNewGatewayToLocalCluster`).
    #[serde(skip_serializing_if = "String::is_empty")]
    pub gateway: String,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub gateway_urls: Vec<String>,
    #[serde(skip_serializing_if = "super::conn::is_zero")]
    pub gateway_cmd: u8,
    /// The sender's pool size (0 or less: it has no pools).
    #[serde(skip_serializing_if = "super::conn::is_zero")]
    pub route_pool_size: i64,
    /// The place a dialer's pool connection took.
    #[serde(skip_serializing_if = "super::conn::is_zero")]
    pub route_pool_idx: i64,
    /// The pinned account a dialed connection is for.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub route_account: String,
    /// The sender's compression mode (configured, then agreed; none: from before
    /// compression).
    #[serde(skip_serializing_if = "String::is_empty")]
    pub compression: String,
}

/// The route INFO that tells a cluster's members of gateway `name` at `urls`. Its id is
/// not a server's (`GW` + this server's), as nats-server sends it.
pub fn gateway_gossip(host: &dyn super::Host, name: &str, urls: Vec<String>) -> Vec<u8> {
    let info = RouteInfo {
        server: ServerIdentity {
            server_id: format!("GW{}", host.server_id()),
            server_name: host.server_name().to_string(),
            ..Default::default()
        },
        gateway: name.to_string(),
        gateway_urls: urls,
        gateway_cmd: 1,
        ..Default::default()
    };
    info.to_line()
}

impl RouteInfo {
    pub fn to_line(&self) -> Vec<u8> {
        super::conn::info_line(self)
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
    /// A client's CONNECT has it; a route's does not.
    #[serde(skip_serializing_if = "String::is_empty")]
    lang: String,
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
    /// The peer's id hashed as gateway replies name servers (`gateway::hash6`).
    pub server_hash: OnceLock<[u8; 6]>,
    connect_urls: Mutex<Vec<String>>,
    /// The peer's leaf node URLs (its INFO's `leafnode_urls`).
    pub leafnode_urls: OnceLock<Vec<String>>,
    /// The peer's gateway URL (its INFO's `gateway_url`).
    pub gateway_url: OnceLock<String>,
    /// The peer's interest (its `RS+` lines).
    pub interest: Arc<RemoteInterest>,
    /// The compression agreed with the peer (`not supported` for a peer from before
    /// compression).
    pub compression: OnceLock<Mode>,
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

    /// The subjects the peer has told about.
    pub fn subscriptions(&self) -> Vec<String> {
        self.interest.subjects()
    }

    pub fn subscription_count(&self) -> usize {
        self.interest.count()
    }

    pub(super) fn forget_connect_urls(&self) {
        std::mem::take(&mut *self.connect_urls.lock().unwrap_or_else(|e| e.into_inner()));
    }

    pub(super) fn close_as_duplicate(&self) {
        self.closed_as_duplicate.store(true, Ordering::Relaxed);
        self.receiver.out.close(CloseReason::DuplicateRoute);
    }
}

/// The route's side of the shared connection machinery (`conn::Flavor`).
struct RouteFlavor {
    cluster: Arc<Cluster>,
    route: Arc<Route>,
    ended: Ended,
    /// This server dialed and holds its INFO until the other's came (pools, and
    /// compression to agree on).
    info_delayed: bool,
    /// Compression was agreed on (or found not to apply).
    negotiated: bool,
    /// The account the last operation named, kept at hand.
    last_account: Option<(Box<[u8]>, Arc<Account>)>,
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
        server_hash: OnceLock::new(),
        connect_urls: Mutex::new(Vec::new()),
        leafnode_urls: OnceLock::new(),
        gateway_url: OnceLock::new(),
        interest: Arc::default(),
        compression: OnceLock::new(),
        started: SystemTime::now(),
        closed_as_duplicate: false.into(),
    });
    // With TLS, the handshake comes first, both ways (nats-server's order).
    let split = match (&cluster.tls, &dialed) {
        (None, _) => Ok(super::conn::split_plain(socket)),
        (Some(tls), None) => super::conn::accept_tls(&tls.server, socket).await,
        (Some(tls), Some(d)) => {
            let host_name = d.url.host_port.rsplit_once(':').map_or(d.url.host_port.as_str(), |(h, _)| h);
            super::conn::dial_tls(&tls.connector, tls.timeout, host_name, socket).await
        }
    };
    let (mut reader, sink) = match split {
        Ok(split) => split,
        Err(e) => {
            error!("{} - rid:{} - {}", addr, cid, e);
            return Ended::Closed;
        }
    };
    let writer_task = super::conn::spawn_writer(&receiver, sink, opts.write_deadline);
    let mut info = cluster.info(host.as_ref());
    let info_delayed =
        dialed.as_ref().is_some_and(|d| cluster.settings.compression.mode.negotiates() || (d.pinned.is_none() && cluster.pool_size() > 0));
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
            // A pool connection's INFO waits for the other's, as does any while there
            // is compression to agree on (see the module docs).
            if !info_delayed {
                info.route_account = d.pinned.as_deref().unwrap_or_default().to_string();
                hello.extend_from_slice(&info.to_line());
            }
            receiver.out.send_now(&hello);
        }
        None => {
            info!("{} - rid:{} - Route connection created", addr, cid);
            receiver.out.send_now(&info.to_line());
        }
    }
    let settings = &cluster.settings;
    let timers = Timers {
        ping_interval: settings.ping_interval.unwrap_or(opts.ping_interval),
        ping_max: settings.ping_max.unwrap_or(opts.ping_max).max(1),
        auth_timeout: settings.auth_timeout.unwrap_or(super::DEFAULT_AUTH_TIMEOUT),
    };
    let mut core = Core::new(host.clone(), route.link.clone(), route.interest.clone(), dialed.is_some());
    let mut flavor = RouteFlavor {
        cluster: cluster.clone(),
        route: route.clone(),
        ended: Ended::Closed,
        info_delayed,
        negotiated: false,
        last_account: None,
    };
    let reason = core.read_loop(&mut flavor, &mut reader, timers, Vec::new()).await;
    receiver.out.close(reason);
    let _ = writer_task.await;
    let ended = std::mem::replace(&mut flavor.ended, Ended::Closed);
    let (_, server_gone) = cluster.unregister(&route);
    host.router().propagation.remove_link(cid);
    route.interest.drop_all();
    if server_gone && !cluster.settings.no_advertise && !route.connect_urls().is_empty() {
        host.connect_urls_changed();
    }
    if server_gone && route.leafnode_urls.get().is_some_and(|u| !u.is_empty()) {
        host.leafnode_urls_changed();
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

impl RouteFlavor {
    /// This server's INFO for this connection: its pinned account, its place in the
    /// pool, the compression agreed.
    fn own_info(&self, host: &dyn super::Host) -> RouteInfo {
        let mut ours = self.cluster.info(host);
        ours.route_pool_idx = self.cluster.pool_index_of(&self.route) as i64;
        ours.route_account = self.route.dialed.as_ref().and_then(|d| d.pinned.as_deref()).unwrap_or_default().to_string();
        if let Some(agreed) = self.route.compression.get().filter(|m| m.compresses()) {
            let auto = self.cluster.settings.compression.mode == Mode::Auto;
            ours.compression = if auto { Mode::Auto.as_str() } else { agreed.as_str() }.to_string();
        }
        ours
    }

    /// Agrees on compression with the peer whose INFO is `info`
    /// (`compression::agree`); `true` when the connection switched to S2 and the peer's
    /// INFO comes again.
    fn negotiate(&mut self, core: &mut Core, host: &dyn super::Host, info: &RouteInfo) -> Result<bool, CloseReason> {
        self.negotiated = true;
        let elapsed = self.route.started.elapsed().unwrap_or_default();
        let dialed = self.route.dialed.is_some();
        let ours = &self.cluster.settings.compression;
        let (agreed, switched) = super::compression::agree(core, ours, &info.compression, elapsed, dialed, |told| {
            let mut line = self.own_info(host);
            line.compression = told.to_string();
            line.to_line()
        })?;
        let _ = self.route.compression.set(agreed);
        Ok(switched)
    }
}

impl Flavor for RouteFlavor {
    fn parse<'a>(&self, buf: &'a [u8], max_payload: usize) -> Result<RouteParsed<'a>, RouteParseError> {
        match self.route.link.pinned_account() {
            Some(_) => crate::protocol::route::parse_pinned(buf, max_payload),
            None => crate::protocol::route::parse(buf, max_payload),
        }
    }

    fn account(&mut self, core: &Core, name: &[u8]) -> Option<Arc<Account>> {
        // A pinned account's route names no account.
        let name = match self.route.link.pinned_account() {
            Some(pinned) if name.is_empty() => pinned.as_bytes(),
            _ => name,
        };
        if let Some((last, account)) = &self.last_account {
            if **last == *name {
                return Some(account.clone());
            }
        }
        let account = core.host.lookup_account(std::str::from_utf8(name).ok()?)?;
        self.last_account = Some((name.into(), account.clone()));
        Some(account)
    }

    fn on_connect(&mut self, core: &mut Core, json: &[u8]) -> Result<(), CloseReason> {
        if self.route.dialed.is_some() {
            return Ok(());
        }
        let connect: RouteConnect = core.parse_connect(json)?;
        if !connect.lang.is_empty() {
            core.link.receiver.send_err("attempted to connect to route port");
            return Err(CloseReason::ProtocolViolation);
        }
        let s = &self.cluster.settings;
        let expected = s.username.as_deref().map(|u| (u, s.password.as_deref().unwrap_or_default()));
        core.check_credentials(expected, &connect.user, &connect.pass)?;
        core.connected = true;
        Ok(())
    }

    fn on_info(&mut self, core: &mut Core, json: &[u8]) -> Result<(), CloseReason> {
        let receiver = core.link.receiver.clone();
        let info: RouteInfo = core.parse_info(json)?;
        let host = core.host.clone();
        if let Some(remote) = self.route.remote.get() {
            // A later INFO: about a gateway, another server, or the peer itself.
            if !info.gateway.is_empty() {
                if let Some(gateways) = host.gateways() {
                    gateways.learn(&info.gateway, &info.gateway_urls);
                }
            } else if info.server.server_id != remote.id {
                let host_port = format!("{}:{}", info.server.host, info.server.port as u16);
                self.cluster.dial_implicit(&info.server.server_id, &info.ip, &host_port);
            } else if info.ldm {
                info!("{} - rid:{} - Route {} entered lame duck mode", receiver.addr, self.route.cid, remote.name);
                self.cluster.forget_client_urls(&remote.id);
                host.connect_urls_changed();
            }
            return Ok(());
        }
        if info.server.server_id == host.server_id() {
            debug!("{} - rid:{} - Detected route to self, ignoring", receiver.addr, self.route.cid);
            self.ended = Ended::ToSelf;
            return Err(CloseReason::DuplicateRoute);
        }
        let ours = self.cluster.name();
        if !info.cluster.is_empty() && info.cluster != ours && !self.cluster.adopt_name(&info.cluster, info.cluster_dynamic) {
            let text = format!("Rejecting connection, cluster name {:?} does not match {:?}", info.cluster, ours);
            error!("{} - rid:{} - {}", receiver.addr, self.route.cid, text);
            receiver.send_err(&text);
            return Err(CloseReason::ClusterNameConflict);
        }
        if self.route.dialed.is_none() && info.server.server_name == host.server_name() {
            error!("{} - rid:{} - Remote server has a duplicate name: {:?}", receiver.addr, self.route.cid, info.server.server_name);
            return Err(CloseReason::DuplicateServerName);
        }
        if !self.negotiated && self.negotiate(core, host.as_ref(), &info)? {
            // The other's INFO comes again, compressed.
            return Ok(());
        }
        let url = if info.ip.is_empty() {
            format!("nats-route://{}/", super::join_host_port(&receiver.addr.ip().to_canonical().to_string(), info.server.port as u16))
        } else {
            info.ip.clone()
        };
        let _ =
            self.route.remote.set(Remote { id: info.server.server_id.clone(), name: info.server.server_name.clone(), url: url.clone() });
        let _ = self.route.server_hash.set(super::gateway::hash6(&info.server.server_id));
        *self.route.connect_urls.lock().unwrap_or_else(|e| e.into_inner()) = info.connect_urls.clone();
        let _ = self.route.leafnode_urls.set(info.leafnode_urls.clone());
        let _ = self.route.gateway_url.set(info.gateway_url.clone());
        let registered = match self.cluster.register(&self.route, &info.server.server_id, &info) {
            Ok(registered) => registered,
            Err(Refused::Duplicate) => {
                debug!("{} - rid:{} - Detected duplicate remote route {:?}", receiver.addr, self.route.cid, info.server.server_id);
                self.ended = Ended::Duplicate(info.server.server_id.clone());
                return Err(CloseReason::DuplicateRoute);
            }
            Err(Refused::Protocol(text)) => {
                error!("{} - rid:{} - {}", receiver.addr, self.route.cid, text);
                receiver.send_err(&text);
                return Err(CloseReason::ProtocolViolation);
            }
        };
        match self.route.link.pinned_account() {
            Some(account) => debug!(
                "{} - rid:{} - Registering remote route {:?} for account {:?}",
                receiver.addr, self.route.cid, info.server.server_id, account
            ),
            None => debug!("{} - rid:{} - Registering remote route {:?}", receiver.addr, self.route.cid, info.server.server_id),
        }
        // A dialer's delayed INFO, with the place its pool connection took.
        if self.info_delayed {
            let ours = self.own_info(host.as_ref());
            receiver.out.send_now(&ours.to_line());
        }
        if let (Some((members, pinned)), Some(d)) = (registered.fill, &self.route.dialed) {
            self.cluster.fill(&info.server.server_id, d, members, pinned);
        }
        let link: Arc<dyn InterestLink> = self.route.clone();
        host.router().propagation.add_link(link);
        core.ping();
        if !registered.first {
            return Ok(());
        }
        // The gateways this server connects to, so the new member does too.
        if let Some(gateways) = host.gateways() {
            for (name, urls) in gateways.connected() {
                receiver.out.send_now(&gateway_gossip(host.as_ref(), &name, urls));
            }
        }
        // Tell the other servers, unless this one was dialed on another server's word.
        let implicit = self.route.dialed.as_ref().is_some_and(|d| !d.configured);
        if !implicit {
            let gossip = RouteInfo { ip: url, nonce: String::new(), route_pool_idx: 0, route_account: String::new(), ..info.clone() };
            let line = gossip.to_line();
            for other in self.cluster.routes() {
                if other.remote_id() != Some(info.server.server_id.as_str()) {
                    other.receiver.out.send_now(&line);
                }
            }
        }
        if !self.cluster.settings.no_advertise && !info.connect_urls.is_empty() {
            host.connect_urls_changed();
        }
        if !info.leafnode_urls.is_empty() {
            host.leafnode_urls_changed();
        }
        Ok(())
    }
}
