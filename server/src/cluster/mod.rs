//! Clustering: routes between the servers of one cluster.
//!
//! Each server listens on its cluster port and dials the routes it is configured with
//! (retried as long as it runs). Once two servers have exchanged `CONNECT` and `INFO`
//! (see `route`), each tells the other its interest (`crate::propagation`) and
//! forwards the newcomer's `INFO` to the servers it already knows, which dial it: one
//! seed route is enough for a full mesh (nats-server's implicit routes).
//!
//! Between two servers with pools (nats-server 2.10+, `pool_size`, 3 by default) there
//! are `pool_size` connections, each carrying the accounts whose `link::pool_index` is
//! its own, and one more for each pinned account (`accounts`, and the system account),
//! whose protocol names no account. The server that dialed the first connection dials
//! the rest; each is dialed again while its server stays connected and its place is
//! free. With a server without pools there is one connection for everything; when two
//! servers dial each other at once for one place, both keep the connection dialed by
//! the server with the smaller id.
//!
//! Messages cross one route at most: what arrives over a route goes to local
//! subscribers only (`router::Message::from_route`). Clients learn every member's client
//! URLs through `connect_urls` in INFO, sent again whenever a member comes or goes
//! (unless `no_advertise`), so the official clients' server pools grow and they fail
//! over. What `Cluster` needs from the server is the [`Host`] trait.

mod compression;
mod conn;
pub mod gateway;
pub mod leaf;
pub mod route;

use std::collections::{HashMap, HashSet};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex, OnceLock, RwLock, Weak};
use std::time::Duration;

use tokio::net::TcpListener;
use tokio::sync::Notify;

use crate::account::Account;
use crate::options::cluster::{ClusterSettings, RouteUrl};
use crate::options::Options;
use crate::router::Router;
use crate::{debug, error, info};
use route::Route;

/// What the cluster needs from its server.
pub trait Host: Send + Sync + 'static {
    fn opts(&self) -> Arc<Options>;
    fn router(&self) -> &Arc<Router>;
    fn next_cid(&self) -> u64;
    /// The account named `name`, if this server has it.
    fn lookup_account(&self, name: &str) -> Option<Arc<Account>>;
    fn server_id(&self) -> &str;
    fn server_name(&self) -> &str;
    /// This server's client URLs (`host:port`), as told to other servers.
    fn client_urls(&self) -> Vec<String>;
    /// The cluster's client URLs changed: tell the clients.
    fn connect_urls_changed(&self);
    /// The cluster's name, when this server is in one.
    fn cluster_name(&self) -> Option<String>;
    /// The gateways to other clusters, when configured.
    fn gateways(&self) -> Option<Arc<gateway::Gateways>>;
    /// The routes of this server's cluster, when it is in one.
    fn cluster(&self) -> Option<Arc<Cluster>>;
    /// This server's leaf node URL (`host:port`), when it accepts leaf nodes.
    fn leafnode_urls(&self) -> Vec<String>;
    /// The cluster changed: tell the leaf nodes connected here its hubs' URLs again.
    fn leafnode_urls_changed(&self);
    /// Checks a leaf node's credentials against the server's users (connection type
    /// `LEAFNODE`); the account they bind to (`None`: no users are configured).
    fn authenticate_leaf(&self, connect: &crate::info::Connect, nonce: &str, addr: &std::net::SocketAddr)
        -> Result<Option<String>, String>;
}

/// How long to wait before dialing a route again (nats-server's
/// `DEFAULT_ROUTE_RECONNECT`).
const RECONNECT_DELAY: Duration = Duration::from_secs(1);

/// How long a dial may take (nats-server's `DEFAULT_ROUTE_DIAL`).
const DIAL_TIMEOUT: Duration = Duration::from_secs(1);

/// The default time a peer has to send `CONNECT` (nats-server's cluster `auth_timeout`).
pub const DEFAULT_AUTH_TIMEOUT: Duration = Duration::from_secs(2);

pub struct Cluster {
    host: Weak<dyn Host>,
    pub settings: ClusterSettings,
    /// TLS on routes, both ways (`cluster { tls {} }`).
    tls: Option<Arc<crate::tls::LinkTls>>,
    name: RwLock<String>,
    /// No name was configured: the first named cluster met gives it one.
    dynamic: AtomicBool,
    /// The cluster port as bound.
    port: OnceLock<u16>,
    /// Registered routes by remote server id.
    routes: Mutex<HashMap<String, Peer>>,
    /// This server's pool size (0: pools off) and pinned accounts.
    pool_size: usize,
    pinned: Arc<[Arc<str>]>,
    /// Servers being dialed because another server told about them (by id).
    dialing: Mutex<HashSet<String>>,
    shutdown: Notify,
    stopping: AtomicBool,
}

/// The connections to one other server.
#[derive(Default)]
struct Peer {
    /// The pool's connections by index (one place when either server has no pools).
    pool: Vec<Option<Arc<Route>>>,
    /// Pinned accounts' connections.
    pinned: HashMap<Arc<str>, Arc<Route>>,
    /// The rest of the pool and the pinned routes are being dialed.
    filling: bool,
}

impl Peer {
    fn connections(&self) -> impl Iterator<Item = &Arc<Route>> {
        self.pool.iter().flatten().chain(self.pinned.values())
    }

    /// The connection that speaks for the server (its INFOs, gossip).
    fn first(&self) -> Option<&Arc<Route>> {
        self.connections().min_by_key(|r| r.cid)
    }
}

/// Why a route was not registered.
pub(super) enum Refused {
    /// Its server is connected over another connection for the same place.
    Duplicate,
    /// The peer broke the pool rules (nats-server's error text).
    Protocol(String),
}

/// What registering a route did.
pub(super) struct Registered {
    /// It is the server's first connection.
    pub first: bool,
    /// This server is to dial the rest: this many more pool connections, and these
    /// pinned accounts' routes.
    pub fill: Option<(usize, Vec<Arc<str>>)>,
}

/// Why a dial loop runs.
#[derive(Clone)]
enum Purpose {
    /// A configured route (`configured`), or one another server told about (its id).
    Primary { configured: bool, implicit_id: Option<String> },
    /// Another connection of the pool to server `id` (dialed as its first was).
    Member { id: String, configured: bool },
    /// Pinned account `account`'s route to server `id`.
    Pinned { id: String, account: Arc<str>, configured: bool },
}

/// How a route connection ended, for the loop that dialed it.
#[derive(Debug, PartialEq, Eq)]
pub enum Ended {
    /// It was closed or failed.
    Closed,
    /// It led back to this server: never dial it again.
    ToSelf,
    /// The other server is connected over another connection (its id).
    Duplicate(String),
}

impl Cluster {
    /// The cluster of `settings`; its TLS files are read now (an error names them).
    /// `system`: the system account's name (pinned unless pools are off).
    pub fn new(host: Weak<dyn Host>, settings: ClusterSettings, system: &str) -> Result<Arc<Cluster>, String> {
        let (name, dynamic) = match &settings.name {
            Some(n) => (n.clone(), false),
            None => (nkeys::KeyPair::new_server().public_key()[..22].to_string(), true),
        };
        let tls = match &settings.tls {
            Some(t) => Some(Arc::new(crate::tls::LinkTls::new(t, true).map_err(|e| format!("cluster tls: {e}"))?)),
            None => None,
        };
        let pinned: Vec<Arc<str>> = settings.pinned(system).iter().map(|a| Arc::from(a.as_str())).collect();
        Ok(Arc::new(Cluster {
            host,
            tls,
            pool_size: settings.pool_size(),
            pinned: pinned.into(),
            settings,
            name: RwLock::new(name),
            dynamic: AtomicBool::new(dynamic),
            port: OnceLock::new(),
            routes: Mutex::new(HashMap::new()),
            dialing: Mutex::new(HashSet::new()),
            shutdown: Notify::new(),
            stopping: AtomicBool::new(false),
        }))
    }

    fn host(&self) -> Option<Arc<dyn Host>> {
        self.host.upgrade()
    }

    pub fn name(&self) -> String {
        self.name.read().unwrap_or_else(|e| e.into_inner()).clone()
    }

    pub fn is_dynamic(&self) -> bool {
        self.dynamic.load(Ordering::Relaxed)
    }

    pub fn port(&self) -> u16 {
        self.port.get().copied().unwrap_or(0)
    }

    fn is_stopping(&self) -> bool {
        self.stopping.load(Ordering::Acquire)
    }

    /// Binds the cluster port (an error names it as nats-server does).
    pub async fn bind(&self) -> Result<TcpListener, String> {
        let s = &self.settings;
        let port = s.port.max(0) as u16;
        let listener = crate::net::listen(&s.host, port)
            .await
            .map_err(|e| format!("Error listening on router port: {}", crate::net::listen_error(&s.host, port, &e)))?;
        let bound = listener.local_addr().map_err(|e| e.to_string())?.port();
        let _ = self.port.set(bound);
        Ok(listener)
    }

    /// Accepts routes on `listener` and dials the configured ones, until `stop`.
    pub fn start(self: &Arc<Self>, listener: TcpListener) {
        info!("Cluster name is {}", self.name());
        if self.is_dynamic() {
            crate::warn!("Cluster name was dynamically generated, consider setting one");
        }
        info!("Listening for route connections on {}:{}", self.settings.host, self.port());
        conn::accept_loop(
            self.clone(),
            listener,
            "route",
            |c| &c.shutdown,
            |c, socket, addr| {
                tokio::spawn(route::serve(c.clone(), socket, addr, None));
            },
        );
        for url in self.settings.routes.clone() {
            match RouteUrl::parse(&url) {
                Ok(parsed) => {
                    tokio::spawn(self.clone().solicit(parsed, Purpose::Primary { configured: true, implicit_id: None }));
                }
                Err(e) => error!("{}", e),
            }
        }
    }

    /// Stops accepting and dialing, and closes every route.
    pub fn stop(&self) {
        self.stopping.store(true, Ordering::Release);
        self.shutdown.notify_waiters();
        self.shutdown.notify_one();
        for route in self.connections() {
            route.receiver.out.close(crate::outbound::CloseReason::ServerShutdown);
        }
    }

    /// Dials `url` and serves the route, again after each failure: forever for a
    /// configured route, `connect_retries` more times for one another server told about;
    /// a pool member or pinned route while its server stays connected and its place is
    /// free.
    async fn solicit(self: Arc<Self>, url: RouteUrl, purpose: Purpose) {
        let mut failures = 0u32;
        let mut first = true;
        let (Purpose::Primary { configured, .. } | Purpose::Member { configured, .. } | Purpose::Pinned { configured, .. }) = purpose;
        let pinned = match &purpose {
            Purpose::Pinned { account, .. } => Some(account.clone()),
            _ => None,
        };
        while !self.is_stopping() {
            if !first {
                tokio::time::sleep(RECONNECT_DELAY).await;
                if self.is_stopping() {
                    break;
                }
            }
            first = false;
            if !self.wanted(&purpose) {
                break;
            }
            debug!("Trying to connect to route on {}", url.host_port);
            let dialed = tokio::time::timeout(DIAL_TIMEOUT, tokio::net::TcpStream::connect(&url.host_port)).await;
            let ended = match dialed {
                Ok(Ok(socket)) => {
                    let addr = socket.peer_addr().unwrap_or_else(|_| ([0, 0, 0, 0], 0).into());
                    let dialed = route::Dialed { url: url.clone(), configured, pinned: pinned.clone() };
                    Some(route::serve(self.clone(), socket, addr, Some(dialed)).await)
                }
                Ok(Err(e)) => {
                    debug!("Error trying to connect to route ({}): {}", url.host_port, e);
                    None
                }
                Err(_) => {
                    debug!("Error trying to connect to route ({}): i/o timeout", url.host_port);
                    None
                }
            };
            match (ended, &purpose) {
                (Some(Ended::ToSelf), _) => break,
                (_, Purpose::Member { .. } | Purpose::Pinned { .. }) => {}
                (Some(Ended::Duplicate(id)), _) => {
                    if !configured {
                        break;
                    }
                    // Dial again only once that server is no longer connected.
                    while !self.is_stopping() && self.has_route(&id) {
                        tokio::time::sleep(RECONNECT_DELAY).await;
                    }
                    failures = 0;
                }
                (Some(Ended::Closed) | None, _) => {
                    failures += 1;
                    if !configured && failures > self.settings.connect_retries {
                        break;
                    }
                }
            }
        }
        if let Purpose::Primary { implicit_id: Some(id), .. } = purpose {
            self.dialing.lock().unwrap_or_else(|e| e.into_inner()).remove(&id);
        }
    }

    /// Is a connection for `purpose` still to be made? A pool member or pinned route
    /// only while its server is connected and its place is free.
    fn wanted(&self, purpose: &Purpose) -> bool {
        let routes = self.routes.lock().unwrap_or_else(|e| e.into_inner());
        match purpose {
            Purpose::Primary { .. } => true,
            Purpose::Member { id, .. } => routes.get(id).is_some_and(|p| p.pool.iter().any(Option::is_none)),
            Purpose::Pinned { id, account, .. } => routes.get(id).is_some_and(|p| !p.pinned.contains_key(account)),
        }
    }

    /// Dials the rest of server `id`'s pool (`members` more connections) and the
    /// routes of `pinned` accounts, at `url`.
    fn fill(self: &Arc<Self>, id: &str, dialed: &route::Dialed, members: usize, pinned: Vec<Arc<str>>) {
        let (url, configured) = (&dialed.url, dialed.configured);
        for _ in 0..members {
            tokio::spawn(self.clone().solicit(url.clone(), Purpose::Member { id: id.to_string(), configured }));
        }
        for account in pinned {
            tokio::spawn(self.clone().solicit(url.clone(), Purpose::Pinned { id: id.to_string(), account, configured }));
        }
    }

    /// The route to the server whose id hashes to `hash` (`gateway::hash6`) that carries
    /// `account` (else any of its pool's, which name their account).
    pub fn route_by_server_hash(&self, hash: &[u8], account: &str) -> Option<Arc<Route>> {
        let routes = self.routes.lock().unwrap_or_else(|e| e.into_inner());
        let peer = routes.values().find(|p| p.first().is_some_and(|r| r.server_hash.get().is_some_and(|h| h[..] == *hash)))?;
        let carries = peer.connections().find(|r| r.link.carries(account)).cloned();
        carries.or_else(|| peer.pool.iter().flatten().next().cloned())
    }

    pub fn has_route(&self, id: &str) -> bool {
        self.routes.lock().unwrap_or_else(|e| e.into_inner()).contains_key(id)
    }

    /// One route to each connected server (the one that speaks for it).
    pub fn routes(&self) -> Vec<Arc<Route>> {
        let routes = self.routes.lock().unwrap_or_else(|e| e.into_inner());
        let mut routes: Vec<_> = routes.values().filter_map(|p| p.first().cloned()).collect();
        routes.sort_by_key(|r| r.cid);
        routes
    }

    /// Every registered route connection (pools and pinned accounts' included).
    pub fn connections(&self) -> Vec<Arc<Route>> {
        let routes = self.routes.lock().unwrap_or_else(|e| e.into_inner());
        let mut all: Vec<_> = routes.values().flat_map(|p| p.connections().cloned()).collect();
        all.sort_by_key(|r| r.cid);
        all
    }

    /// This server's pool size as told to peers (0: pools off).
    pub fn pool_size(&self) -> usize {
        self.pool_size
    }

    /// Registers `route` to server `id`, whose INFO said `info` (see the module docs),
    /// and sets the accounts it carries. Of two connections for one place, the one
    /// dialed by the server with the smaller id stays and the other is closed (refused
    /// when that is this one); a pool takes connections in any free place.
    fn register(&self, route: &Arc<Route>, id: &str, info: &route::RouteInfo) -> Result<Registered, Refused> {
        use crate::link::RouteScope;
        let Some(host) = self.host() else { return Err(Refused::Duplicate) };
        let me = host.server_id();
        let preferred = me.min(id);
        let dialer = |r: &Route| if r.dialed.is_some() { me } else { id };
        let keeps_new = |existing: &Route| existing.cid != route.cid && dialer(route) == preferred && dialer(existing) != preferred;
        if info.route_pool_size > crate::options::cluster::MAX_POOL_SIZE as i64 {
            return Err(Refused::Protocol(format!("Invalid route pool size: {}", info.route_pool_size)));
        }
        let theirs = info.route_pool_size.max(0) as usize;
        let pooled = self.pool_size > 0 && theirs > 0;
        let account = route
            .dialed
            .as_ref()
            .and_then(|d| d.pinned.clone())
            .or_else(|| (!info.route_account.is_empty()).then(|| Arc::from(info.route_account.as_str())));
        if let Some(account) = account.as_ref().filter(|a| host.lookup_account(a).is_none()) {
            return Err(Refused::Protocol(format!("Unable to lookup account {account:?}: account missing")));
        }
        let mut routes = self.routes.lock().unwrap_or_else(|e| e.into_inner());
        let first = !routes.contains_key(id);
        let peer = routes.entry(id.to_string()).or_default();
        let (scope, replaced) = match account {
            Some(account) => {
                if !pooled {
                    drop_if_empty(&mut routes, id);
                    return Err(Refused::Protocol(format!(
                        "Not possible to have a dedicated route for account {account:?} between those servers"
                    )));
                }
                if !self.pinned.contains(&account) {
                    drop_if_empty(&mut routes, id);
                    return Err(Refused::Protocol(format!("No route for account {account:?}")));
                }
                let replaced = match peer.pinned.get(&account) {
                    Some(existing) if existing.cid == route.cid => None,
                    Some(existing) if !keeps_new(existing) => return Err(Refused::Duplicate),
                    _ => peer.pinned.insert(account.clone(), route.clone()),
                };
                (RouteScope::Account(account), replaced)
            }
            None if !pooled => {
                if peer.pool.is_empty() {
                    peer.pool.push(None);
                }
                let replaced = match &peer.pool[0] {
                    Some(existing) if existing.cid == route.cid => None,
                    Some(existing) if !keeps_new(existing) => return Err(Refused::Duplicate),
                    _ => peer.pool[0].replace(route.clone()),
                };
                (RouteScope::All, replaced)
            }
            None => {
                let size = self.pool_size.max(theirs);
                if route.dialed.is_none() && (info.route_pool_idx < 0 || info.route_pool_idx >= size as i64) {
                    drop_if_empty(&mut routes, id);
                    return Err(Refused::Protocol(format!(
                        "Invalid route pool index: {} - pool size is {}",
                        info.route_pool_idx, info.route_pool_size
                    )));
                }
                if peer.pool.len() < size {
                    peer.pool.resize(size, None);
                }
                // The place the dialer asked for, else any free one.
                let wanted = if route.dialed.is_none() { info.route_pool_idx as usize } else { 0 };
                let free = (0..peer.pool.len()).map(|i| (wanted + i) % peer.pool.len()).find(|i| peer.pool[*i].is_none());
                let Some(index) = free else { return Err(Refused::Duplicate) };
                peer.pool[index] = Some(route.clone());
                (RouteScope::Pool { index, size: self.pool_size, pinned: self.pinned.clone() }, None)
            }
        };
        route.link.set_scope(scope);
        let fill = (pooled && route.dialed.as_ref().is_some_and(|d| d.pinned.is_none()) && !peer.filling).then(|| {
            peer.filling = true;
            let free = peer.pool.iter().filter(|r| r.is_none()).count();
            let pinned = self.pinned.iter().filter(|a| !peer.pinned.contains_key(*a)).cloned().collect();
            (free, pinned)
        });
        drop(routes);
        if let Some(old) = replaced {
            debug!("Closing duplicate route to {}", id);
            old.close_as_duplicate();
        }
        Ok(Registered { first, fill })
    }

    /// The index `route` took in its server's pool (for the INFO a dialer sends).
    pub(super) fn pool_index_of(&self, route: &Route) -> usize {
        match route.link.scope() {
            Some(crate::link::RouteScope::Pool { index, .. }) => *index,
            _ => 0,
        }
    }

    /// Forgets `route` (when it is registered); says whether it was, and whether its
    /// server has no connection left.
    fn unregister(&self, route: &Route) -> (bool, bool) {
        let Some(id) = route.remote_id() else { return (false, false) };
        let mut routes = self.routes.lock().unwrap_or_else(|e| e.into_inner());
        let Some(peer) = routes.get_mut(id) else { return (false, false) };
        let mut was = false;
        for place in peer.pool.iter_mut() {
            if place.as_ref().is_some_and(|r| r.cid == route.cid) {
                *place = None;
                was = true;
            }
        }
        let before = peer.pinned.len();
        peer.pinned.retain(|_, r| r.cid != route.cid);
        was |= peer.pinned.len() != before;
        let gone = peer.connections().next().is_none();
        if gone {
            routes.remove(id);
        }
        (was, was && gone)
    }

    /// Server `id` entered lame duck mode: forget its client URLs.
    fn forget_client_urls(&self, id: &str) {
        let routes = self.routes.lock().unwrap_or_else(|e| e.into_inner());
        for route in routes.get(id).into_iter().flat_map(Peer::connections) {
            route.forget_connect_urls();
        }
    }

    /// Another server told about server `info` (`ip`: where to dial it): dial it unless
    /// it is this server, connected, being dialed, or a configured route.
    fn dial_implicit(self: &Arc<Self>, id: &str, ip: &str, host_port: &str) {
        let Some(host) = self.host() else { return };
        if id == host.server_id() || self.has_route(id) || self.is_stopping() {
            return;
        }
        let target = RouteUrl::parse(if ip.is_empty() { host_port } else { ip });
        let Ok(mut target) = target else { return };
        let configured = self
            .settings
            .routes
            .iter()
            .filter_map(|u| RouteUrl::parse(u).ok())
            .any(|u| u.host_port.eq_ignore_ascii_case(&target.host_port) || u.host_port.eq_ignore_ascii_case(host_port));
        if configured {
            return;
        }
        if !self.dialing.lock().unwrap_or_else(|e| e.into_inner()).insert(id.to_string()) {
            return;
        }
        // Implicit routes present this server's own cluster credentials.
        if self.settings.username.is_some() {
            target.user = self.settings.username.clone();
            target.password = self.settings.password.clone();
        }
        tokio::spawn(self.clone().solicit(target, Purpose::Primary { configured: false, implicit_id: Some(id.to_string()) }));
    }

    /// The client URLs of the other servers, in the order their routes came.
    pub fn remote_client_urls(&self) -> Vec<String> {
        let mut urls = Vec::new();
        for route in self.routes() {
            for u in route.connect_urls() {
                if !urls.contains(&u) {
                    urls.push(u);
                }
            }
        }
        urls
    }

    /// Tells every route this server is going away (`ldm`), so they drop its client
    /// URLs from what they tell their clients.
    pub fn enter_lame_duck(&self) {
        let Some(host) = self.host() else { return };
        let mut info = self.info(host.as_ref());
        info.ldm = true;
        let line = info.to_line();
        for route in self.routes() {
            route.receiver.out.send_now(&line);
        }
    }

    /// This server's route INFO (its pool size told unless pools are off).
    pub(super) fn info(&self, host: &dyn Host) -> route::RouteInfo {
        let s = &self.settings;
        route::RouteInfo {
            server: conn::ServerIdentity {
                auth_required: s.username.is_some(),
                tls_required: self.tls.is_some(),
                ..conn::ServerIdentity::of(host, &s.host, self.port())
            },
            ip: s.advertise.as_ref().map(|a| format!("nats-route://{a}/")).unwrap_or_default(),
            cluster: self.name(),
            cluster_dynamic: self.is_dynamic(),
            connect_urls: if s.no_advertise { Vec::new() } else { host.client_urls() },
            leafnode_urls: host.leafnode_urls(),
            gateway_url: host.gateways().map(|g| g.url()).unwrap_or_default(),
            route_pool_size: self.pool_size as i64,
            compression: match s.compression.mode {
                crate::options::compression::Mode::NotSupported => String::new(),
                mode => mode.as_str().to_string(),
            },
            ..Default::default()
        }
    }

    /// Adopts the name of a cluster met (dynamic names only; nats-server's rule: a
    /// configured name wins, else the greater one).
    fn adopt_name(&self, theirs: &str, theirs_dynamic: bool) -> bool {
        let mut name = self.name.write().unwrap_or_else(|e| e.into_inner());
        if !self.is_dynamic() || (theirs_dynamic && name.as_str() >= theirs) {
            return false;
        }
        info!("Cluster name updated to {}", theirs);
        *name = theirs.to_string();
        if !theirs_dynamic {
            self.dynamic.store(false, Ordering::Relaxed);
        }
        true
    }
}

/// Removes server `id`'s entry when it holds no connection (a refused first one).
fn drop_if_empty(routes: &mut HashMap<String, Peer>, id: &str) {
    if routes.get(id).is_some_and(|p| p.connections().next().is_none()) {
        routes.remove(id);
    }
}

/// This server's client URLs for `connect_urls`: `client_advertise` when set, else the
/// client port on the listening host, or on every non-loopback interface address when
/// it listens on all of them (as nats-server lists them).
pub fn client_urls(opts: &Options, port: u16) -> Vec<String> {
    if let Some(advertise) = &opts.client_advertise {
        let with_port = if advertise.rsplit_once(':').is_some_and(|(_, p)| p.parse::<u16>().is_ok()) && !advertise.ends_with(']') {
            advertise.clone()
        } else {
            format!("{advertise}:{port}")
        };
        return vec![with_port];
    }
    let host = opts.host.as_str();
    let unspecified = host.is_empty() || host == "0.0.0.0" || host == "::" || host == "[::]";
    if !unspecified {
        return vec![join_host_port(host, port)];
    }
    let mut urls: Vec<String> = interface_addresses().into_iter().map(|ip| join_host_port(&ip.to_string(), port)).collect();
    if urls.is_empty() {
        urls.push(join_host_port("127.0.0.1", port));
    }
    urls
}

fn join_host_port(host: &str, port: u16) -> String {
    if host.contains(':') && !host.starts_with('[') {
        format!("[{host}]:{port}")
    } else {
        format!("{host}:{port}")
    }
}

/// The machine's non-loopback, non-link-local interface addresses.
fn interface_addresses() -> Vec<std::net::IpAddr> {
    let mut out = Vec::new();
    // SAFETY: getifaddrs fills a list we walk read-only and free with freeifaddrs.
    unsafe {
        let mut list: *mut libc::ifaddrs = std::ptr::null_mut();
        if libc::getifaddrs(&mut list) != 0 {
            return out;
        }
        let mut cursor = list;
        while !cursor.is_null() {
            let entry = &*cursor;
            cursor = entry.ifa_next;
            if entry.ifa_addr.is_null() {
                continue;
            }
            let ip = match (*entry.ifa_addr).sa_family as i32 {
                libc::AF_INET => {
                    let a = &*(entry.ifa_addr as *const libc::sockaddr_in);
                    std::net::IpAddr::V4(std::net::Ipv4Addr::from(u32::from_be(a.sin_addr.s_addr)))
                }
                libc::AF_INET6 => {
                    let a = &*(entry.ifa_addr as *const libc::sockaddr_in6);
                    std::net::IpAddr::V6(std::net::Ipv6Addr::from(a.sin6_addr.s6_addr))
                }
                _ => continue,
            };
            let link_local = matches!(ip, std::net::IpAddr::V6(v6) if (v6.segments()[0] & 0xffc0) == 0xfe80);
            if !ip.is_loopback() && !ip.is_unspecified() && !link_local && !out.contains(&ip) {
                out.push(ip);
            }
        }
        libc::freeifaddrs(list);
    }
    out
}
