//! The server: listener, accounts, authentication, the client registry, totals,
//! signals, lame duck mode and shutdown.
//!
//! Options are fixed when the server starts and shared read-only (`Arc<Server>`); what
//! changes at run time — the registry, closed-connection history, counters — sits
//! behind its own small lock or atomic, so no lock is held across an await.

use std::collections::{HashMap, VecDeque};
use std::net::SocketAddr;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, Mutex, OnceLock, RwLock};
use std::time::{Duration, Instant, SystemTime};

use tokio::net::TcpListener;
use tokio::sync::Notify;

use crate::account::{Account, GLOBAL_ACCOUNT, SYSTEM_ACCOUNT};
use crate::auth::Authenticator;
use crate::client::{self, Authenticated, ClientShared, ConnSnapshot};
use crate::info::{Connect, Info, FEATURE_LEVEL};
use crate::options::accounts::AccountConfig;
use crate::options::Options;
use crate::router::{Router, ServerStats};
use crate::{debug, info};

pub struct Server {
    /// The options in force; replaced whole by a configuration reload.
    opts: RwLock<Arc<Options>>,
    pub server_id: String,
    pub server_name: String,
    pub start: SystemTime,
    pub started: Instant,
    pub stats: Arc<ServerStats>,
    /// Where the server's own messages are routed from (see `router`).
    pub router: Arc<Router>,
    /// Every account and the wiring of its imports.
    registry: crate::registry::Registry,
    /// Operator mode's account JWTs (see `resolver`).
    resolver: Option<Arc<crate::resolver::AccountResolver>>,
    global: Arc<Account>,
    system: Arc<Account>,
    auth: RwLock<Arc<Authenticator>>,
    /// WebSocket clients' credentials when the websocket block overrides them.
    ws_auth: RwLock<Option<Arc<Authenticator>>>,
    /// The command line, re-applied over the config file on reload.
    reload_flags: Mutex<Option<Box<crate::options::flags::Flags>>>,
    clients: Mutex<HashMap<u64, Arc<ClientShared>>>,
    closed: Mutex<VecDeque<ConnSnapshot>>,
    next_cid: AtomicU64,
    /// The client port actually bound (differs from the option for `-p -1`).
    port: OnceLock<u16>,
    http_port: OnceLock<u16>,
    /// The WebSocket port once open: its port number and when its certificate expires
    /// (`/varz`).
    websocket_bound: OnceLock<(u16, Option<std::time::SystemTime>)>,
    lame_duck: AtomicBool,
    config_loaded: Mutex<SystemTime>,
    http_requests: Mutex<std::collections::BTreeMap<String, u64>>,
    shutdown: Notify,
    stop_accepting: Notify,
    shutting_down: AtomicBool,
    jetstream: OnceLock<Arc<crate::jetstream::JetStream>>,
    /// TLS on the client port, built from the options at start and again on reload
    /// (new connections get the new certificates; open ones keep their session).
    tls: RwLock<Option<Arc<crate::tls::Tls>>>,
    /// `authorization { auth_callout {} }`, wired into its account.
    callout: Option<Arc<crate::auth_callout::AuthCallout>>,
    /// Operator mode: the callouts account JWTs ask for, by account key.
    account_callouts: RwLock<HashMap<String, Arc<crate::auth_callout::AuthCallout>>>,
    /// The server's key (signs auth callout requests).
    key: Arc<nkeys::KeyPair>,
    /// The server itself, for work it starts on a client's behalf (account lookups).
    me: std::sync::Weak<Server>,
    /// The sequence number of the server's events and `$SYS` answers (`server.seq`).
    event_seq: AtomicU64,
    /// Routes to the other servers of the cluster, once started (`cluster {}`).
    cluster: OnceLock<Arc<crate::cluster::Cluster>>,
    /// Leaf node connections, once started (`leafnodes {}`).
    leafnodes: OnceLock<Arc<crate::cluster::leaf::LeafNodes>>,
    /// Gateways to the super-cluster's other clusters, once started (`gateway {}`).
    gateways: OnceLock<Arc<crate::cluster::gateway::Gateways>>,
    /// This server's client URLs, worked out once the client port is bound.
    client_urls: OnceLock<Vec<String>>,
}

impl Server {
    /// The options in force (a snapshot: a reload swaps in a new one).
    /// The client port's TLS as it is now (a reload may replace it).
    pub fn tls(&self) -> Option<Arc<crate::tls::Tls>> {
        self.tls.read().unwrap_or_else(|e| e.into_inner()).clone()
    }

    pub fn opts(&self) -> Arc<Options> {
        self.opts.read().unwrap_or_else(|e| e.into_inner()).clone()
    }

    /// The credentials a connection of this type is checked against.
    fn authenticator_for(&self, connection_type: &str) -> Arc<Authenticator> {
        if connection_type == crate::options::accounts::WEBSOCKET_CONNECTION {
            if let Some(ws) = self.ws_auth.read().unwrap_or_else(|e| e.into_inner()).clone() {
                return ws;
            }
        }
        self.authenticator()
    }

    fn authenticator(&self) -> Arc<Authenticator> {
        self.auth.read().unwrap_or_else(|e| e.into_inner()).clone()
    }

    pub fn new(opts: Options) -> Result<Arc<Server>, String> {
        opts.validate()?;
        let key = nkeys::KeyPair::new_server();
        let server_id = key.public_key();
        let server_name = opts.server_name.clone().unwrap_or_else(|| server_id.clone());
        let stats = Arc::new(ServerStats::default());
        let router = Arc::new(Router::new(stats.clone()));
        if opts.cluster.enabled() || opts.leaf.enabled() || opts.gateway.is_some() {
            // Count interest for other servers from the first subscription on (the
            // accounts' imports are wired next).
            router.propagation.enable();
        }
        let strict = !opts.operator.active();
        let registry =
            crate::registry::Registry::build(router.clone(), &server_name, &opts.accounts, opts.system_account.as_deref(), strict)?;
        let global = registry.account(GLOBAL_ACCOUNT).expect("the registry makes $G");
        global.set_mappings(crate::registry::build_mappings(&opts.mappings)?);
        let system =
            registry.account(opts.system_account.as_deref().unwrap_or(SYSTEM_ACCOUNT)).expect("the registry makes the system account");
        let resolver = match opts.operator.active() {
            true => Some(Arc::new(crate::resolver::AccountResolver::open(&opts.operator, opts.system_account.as_deref())?)),
            false => None,
        };
        let auth = Authenticator::new(&opts, &|name| registry.contains(name), resolver.clone())?;
        let ws_auth = opts
            .websocket_auth()
            .map(|o| Authenticator::new(&o, &|name| registry.contains(name), resolver.clone()))
            .transpose()?
            .map(Arc::new);
        let key = Arc::new(key);
        let callout = opts.auth_callout.clone().map(|settings| {
            let account = registry.account(&settings.account).unwrap_or_else(|| global.clone());
            let details = callout_details(&server_id, &server_name, &opts.host);
            crate::auth_callout::AuthCallout::install(settings, account, router.clone(), key.clone(), details, None)
        });
        let tls = match &opts.tls {
            Some(settings) => Some(Arc::new(crate::tls::Tls::new(settings)?)),
            None => None,
        };
        Ok(Arc::new_cyclic(|me| Server {
            me: me.clone(),
            event_seq: AtomicU64::new(0),
            cluster: OnceLock::new(),
            leafnodes: OnceLock::new(),
            gateways: OnceLock::new(),
            client_urls: OnceLock::new(),
            server_id,
            server_name,
            start: SystemTime::now(),
            started: Instant::now(),
            router,
            stats,
            registry,
            resolver,
            global,
            system,
            auth: RwLock::new(Arc::new(auth)),
            ws_auth: RwLock::new(ws_auth),
            reload_flags: Mutex::new(None),
            clients: Mutex::new(HashMap::new()),
            closed: Mutex::new(VecDeque::new()),
            next_cid: AtomicU64::new(1),
            port: OnceLock::new(),
            http_port: OnceLock::new(),
            websocket_bound: OnceLock::new(),
            lame_duck: AtomicBool::new(false),
            config_loaded: Mutex::new(SystemTime::now()),
            http_requests: Mutex::new(std::collections::BTreeMap::new()),
            shutdown: Notify::new(),
            stop_accepting: Notify::new(),
            shutting_down: AtomicBool::new(false),
            jetstream: OnceLock::new(),
            callout,
            account_callouts: RwLock::new(HashMap::new()),
            key,
            tls: RwLock::new(tls),
            opts: RwLock::new(Arc::new(opts)),
        }))
    }

    /// Starts sweeping the routes back of service imports (once; see
    /// `service_import::sweep_every`). Ticks often enough for the shortest threshold.
    pub fn start_response_sweeper(self: &Arc<Self>) {
        let weak = Arc::downgrade(self);
        crate::service_import::sweep_every(move || {
            let server = weak.upgrade()?;
            let shortest = server.registry.configs().iter().flat_map(|a| &a.service_exports).map(|e| e.response_threshold).min();
            let tick = shortest.map_or(Duration::from_secs(1), |t| (t / 4).clamp(Duration::from_millis(10), Duration::from_secs(1)));
            Some((server.registry.response_routes(), tick))
        });
    }

    pub fn next_cid(&self) -> u64 {
        self.next_cid.fetch_add(1, Ordering::Relaxed)
    }

    pub fn port(&self) -> u16 {
        self.port.get().copied().unwrap_or(0)
    }

    /// The WebSocket port once open: its number and when its certificate expires (with
    /// TLS).
    pub fn websocket_bound(&self) -> Option<(u16, Option<std::time::SystemTime>)> {
        self.websocket_bound.get().copied()
    }

    pub fn http_port(&self) -> Option<u16> {
        self.http_port.get().copied()
    }

    pub fn global_account(&self) -> Arc<Account> {
        self.global.clone()
    }

    pub fn system_account(&self) -> Arc<Account> {
        self.system.clone()
    }

    /// Every account, in the order nats-server lists them: configured ones in the
    /// config file's order, then `$G`, then the system account when it is `$SYS`.
    pub fn accounts(&self) -> Vec<Arc<Account>> {
        self.registry.all()
    }

    /// The configuration of account `name` in force (in operator mode, from its JWT).
    pub fn account_config(&self, name: &str) -> Option<AccountConfig> {
        self.registry.config(name)
    }

    /// The account named `name`; the global account for an empty or unknown name
    /// (a connection before CONNECT).
    pub fn account(&self, name: &str) -> Arc<Account> {
        self.registry.account(name).unwrap_or_else(|| self.global.clone())
    }

    /// Counts a monitoring request by path (`/varz` `http_req_stats`).
    pub fn count_http_request(&self, path: &str) {
        *self.http_requests.lock().unwrap_or_else(|e| e.into_inner()).entry(path.to_string()).or_insert(0) += 1;
    }

    pub fn http_req_stats(&self) -> std::collections::BTreeMap<String, u64> {
        self.http_requests.lock().unwrap_or_else(|e| e.into_inner()).clone()
    }

    /// When the configuration was loaded or last reloaded.
    pub fn config_load_time(&self) -> SystemTime {
        *self.config_loaded.lock().unwrap_or_else(|e| e.into_inner())
    }

    pub fn auth_required(&self) -> bool {
        self.authenticator().requires_connect()
    }

    /// `auth_required` for a connection of this type.
    pub fn auth_required_for(&self, connection_type: &str) -> bool {
        self.authenticator_for(connection_type).requires_connect()
    }

    pub fn is_lame_duck(&self) -> bool {
        self.lame_duck.load(Ordering::Relaxed)
    }

    fn base_info(&self) -> Info {
        Info {
            server_id: self.server_id.clone(),
            server_name: self.server_name.clone(),
            version: FEATURE_LEVEL.into(),
            proto: 1,
            go: format!("natsx {}", crate::info::NATSX_VERSION),
            host: self.opts().host.clone(),
            port: self.port(),
            headers: true,
            auth_required: self.auth_required(),
            tls_required: self.tls().is_some_and(|t| !t.allow_non_tls),
            tls_verify: self.tls().is_some_and(|t| t.verify || t.map),
            tls_available: self.tls().is_some_and(|t| t.allow_non_tls),
            max_payload: self.opts().max_payload as i64,
            ldm: self.is_lame_duck(),
            jetstream: self.jetstream.get().is_some(),
            connect_urls: self.connect_urls(),
            ..Default::default()
        }
    }

    /// The routes to the cluster's other servers, once started.
    pub fn cluster(&self) -> Option<&Arc<crate::cluster::Cluster>> {
        self.cluster.get()
    }

    /// This server's client URLs (`host:port`), as the cluster is told them.
    pub fn client_urls(&self) -> Vec<String> {
        self.client_urls.get_or_init(|| crate::cluster::client_urls(&self.opts(), self.port())).clone()
    }

    /// INFO's `connect_urls`: every cluster member's client URLs, this server's first
    /// (none before the first route, nor with `no_advertise` or in lame duck mode).
    pub fn connect_urls(&self) -> Vec<String> {
        let Some(cluster) = self.cluster.get() else { return Vec::new() };
        let remote = cluster.remote_client_urls();
        if cluster.settings.no_advertise || (remote.is_empty() && cluster.routes().is_empty()) {
            return Vec::new();
        }
        let mut urls = if self.is_lame_duck() { Vec::new() } else { self.client_urls() };
        for u in remote {
            if !urls.contains(&u) {
                urls.push(u);
            }
        }
        urls
    }

    /// Sends the current INFO to every client that takes asynchronous INFO (CONNECT
    /// `protocol` 1), as nats-server does when the cluster changes or it enters lame
    /// duck mode.
    pub fn send_async_info(&self) {
        for c in self.clients().iter().filter(|c| c.protocol.load(Ordering::Relaxed) >= 1) {
            let mut info = self.base_info();
            info.client_id = c.cid();
            info.client_ip = c.receiver.addr.ip().to_canonical().to_string();
            c.receiver.out.send_now(&info.to_line());
        }
    }

    /// The leaf node connections, once started.
    pub fn leafnodes(&self) -> Option<&Arc<crate::cluster::leaf::LeafNodes>> {
        self.leafnodes.get()
    }

    /// The gateways, once started.
    pub fn gateways(&self) -> Option<&Arc<crate::cluster::gateway::Gateways>> {
        self.gateways.get()
    }

    /// Opens the gateway port and connects to the configured gateways.
    pub async fn start_gateways(self: &Arc<Self>) -> Result<(), String> {
        let opts = self.opts();
        let Some(settings) = opts.gateway.clone() else { return Ok(()) };
        let me: std::sync::Weak<dyn crate::cluster::Host> = self.me.clone();
        let gateways = crate::cluster::gateway::Gateways::new(me, &self.server_id, settings)?;
        let listener = gateways.bind().await?;
        let _ = self.gateways.set(gateways.clone());
        let forward: Arc<dyn crate::router::GatewayForward> = gateways.clone();
        let _ = self.router.gateway.set(forward);
        gateways.start(listener);
        Ok(())
    }

    /// Opens the leaf node port and connects to the remotes, when configured.
    pub async fn start_leafnodes(self: &Arc<Self>) -> Result<(), String> {
        let opts = self.opts();
        if !opts.leaf.enabled() {
            return Ok(());
        }
        let me: std::sync::Weak<dyn crate::cluster::Host> = self.me.clone();
        let leafs = crate::cluster::leaf::LeafNodes::new(me, opts.leaf.clone())?;
        let listener = leafs.bind().await?;
        let _ = self.leafnodes.set(leafs.clone());
        leafs.start(listener);
        Ok(())
    }

    /// Opens the cluster port and starts the routes, when configured.
    pub async fn start_cluster(self: &Arc<Self>) -> Result<(), String> {
        let opts = self.opts();
        if !opts.cluster.enabled() {
            return Ok(());
        }
        let me: std::sync::Weak<dyn crate::cluster::Host> = self.me.clone();
        let cluster = crate::cluster::Cluster::new(me, opts.cluster.clone(), opts.system_account.as_deref().unwrap_or(SYSTEM_ACCOUNT))?;
        let listener = cluster.bind().await?;
        let _ = self.cluster.set(cluster.clone());
        cluster.start(listener);
        Ok(())
    }

    /// The INFO line sent to a newly accepted client.
    pub fn client_info_line(&self, cid: u64, addr: &SocketAddr, nonce: Option<&str>, connection_type: &str) -> Vec<u8> {
        let mut info = self.base_info();
        if connection_type == crate::options::accounts::WEBSOCKET_CONNECTION {
            (info.tls_required, info.tls_verify, info.tls_available) = (false, false, false);
            info.auth_required = self.auth_required_for(connection_type);
        }
        info.nonce = nonce.unwrap_or_default().to_string();
        info.client_id = cid;
        info.client_ip = addr.ip().to_canonical().to_string();
        info.to_line()
    }

    /// The INFO sent after the first PONG, naming the account the client is bound to.
    pub fn connect_info_line(&self, cid: u64, addr: &SocketAddr, account: &Account, max_payload: usize) -> Vec<u8> {
        let mut info = self.base_info();
        info.max_payload = max_payload as i64;
        info.client_id = cid;
        info.client_ip = addr.ip().to_canonical().to_string();
        info.connect_info = true;
        info.remote_account = account.name.clone();
        info.acc_is_sys = account.is_system;
        info.to_line()
    }

    /// Checks CONNECT credentials (`nonce`: the one the connection's INFO carried; `addr`
    /// the client's). `Err` is an authorization violation, with the reason to log at
    /// debug level (empty when there is none).
    pub fn authenticate(
        &self,
        c: &Connect,
        nonce: Option<&str>,
        connection_type: &str,
        cert: Option<&crate::tls::CertIdentity>,
        addr: &SocketAddr,
    ) -> Result<Authenticated, String> {
        // verify_and_map: a client without a user name is the user its certificate names
        // (and none at all when it names nobody), as nats-server maps them.
        let mapped = if connection_type == crate::options::accounts::WEBSOCKET_CONNECTION {
            self.opts().websocket.as_ref().and_then(|w| w.tls.as_ref()).is_some_and(|t| t.map)
        } else {
            self.tls().is_some_and(|t| t.map)
        };
        let found = if mapped && c.user.is_empty() && c.nkey.is_empty() {
            let cert = cert.ok_or_else(String::new)?;
            self.authenticator().authenticate_by_certificate(cert, connection_type).ok_or_else(String::new)?
        } else {
            self.authenticator_for(connection_type).authenticate(c, nonce, connection_type, Some(addr.ip().to_canonical()))?
        };
        let account = match &found.account {
            Some(name) => self.registry.account(name).ok_or_else(|| format!("account {name} not found"))?,
            None => self.global.clone(),
        };
        Ok(Authenticated {
            account,
            permissions: found.permissions,
            user: found.user,
            expires: found.expires,
            max_subscriptions: found.max_subscriptions,
            max_payload: found.max_payload,
            jwt: (!c.jwt.is_empty() && !found.issuer_key.is_empty()).then(|| crate::receiver::JwtMeta {
                jwt: c.jwt.clone(),
                issuer_key: found.issuer_key,
                name_tag: found.name_tag,
            }),
        })
    }

    /// nats-server's binding of an auth callout's user (config mode): the account its
    /// JWT's `aud` names, its connect times and connection types, its permissions (and,
    /// in the callout's own account, no publishing to `$SYS.REQ.USER.AUTH`), limits and
    /// expiry; its name as the user's when it has one.
    pub fn callout_user(
        &self,
        user: natsx_common::jwt::UserClaims,
        connection_type: &str,
        callout_account: &str,
    ) -> Result<Authenticated, String> {
        if let Some(resolver) = self.resolver.as_ref() {
            return self.callout_operator_user(resolver, user, connection_type, callout_account);
        }
        let placement = if user.claims.audience.is_empty() { user.claims.issuer.clone() } else { user.claims.audience.clone() };
        let account = self.registry.account(&placement).ok_or_else(|| {
            format!("no valid account {placement:?} for auth callout response on account {callout_account:?}: account not found")
        })?;
        let identity = crate::auth::operator::callout_identity(&user, connection_type)
            .map_err(|e| format!("authorized user on account {callout_account:?} {e}"))?;
        let name = if user.claims.name.is_empty() { user.claims.subject.clone() } else { user.claims.name.clone() };
        Ok(callout_binding(account, identity, name, callout_account))
    }

    /// An auth callout's user in operator mode: placed in the account that issued it
    /// (`issuer_account`, or its issuer), checked as nats-server's
    /// `assignAccountAndPermissions` does (see `auth::operator::callout_operator_identity`).
    fn callout_operator_user(
        &self,
        resolver: &crate::resolver::AccountResolver,
        user: natsx_common::jwt::UserClaims,
        connection_type: &str,
        callout_account: &str,
    ) -> Result<Authenticated, String> {
        let placement = if user.nats.issuer_account.is_empty() { user.claims.issuer.clone() } else { user.nats.issuer_account.clone() };
        let not_found =
            || format!("no valid account {placement:?} for auth callout response on account {callout_account:?}: account not found");
        let target = resolver.claims(&placement).ok_or_else(not_found)?;
        let account = self.registry.account(&placement).ok_or_else(not_found)?;
        let name = if user.claims.name.is_empty() { user.claims.subject.clone() } else { user.claims.name.clone() };
        let identity = crate::auth::operator::callout_operator_identity(user, &target, connection_type)
            .map_err(|e| format!("authorized user on account {callout_account:?} {e}"))?;
        Ok(callout_binding(account, identity, name, callout_account))
    }

    /// Keeps the command line so a reload can re-apply it over the re-read file.
    pub fn set_reload_flags(&self, flags: Box<crate::options::flags::Flags>) {
        *self.reload_flags.lock().unwrap_or_else(|e| e.into_inner()) = Some(flags);
    }

    /// Configuration reload (SIGHUP, `--signal reload`): re-reads the config file and
    /// re-applies the command line. Logging, authorization (users, passwords, tokens,
    /// permissions) and limits take effect; existing clients are re-authenticated and
    /// disconnected when no longer authorized. Listen addresses, accounts and storage
    /// cannot change while running: such a reload is refused whole.
    pub fn reload(&self) -> Result<(), String> {
        let (new_opts, warnings) = {
            let flags = self.reload_flags.lock().unwrap_or_else(|e| e.into_inner());
            let Some(flags) = flags.as_ref() else { return Err("no command line recorded".into()) };
            if flags.config.is_none() {
                return Err("can not reload, no configuration file was given".into());
            }
            Options::load(flags)?
        };
        let old = self.opts();
        if let Some(blocker) = old.reload_blocker(&new_opts) {
            return Err(blocker);
        }
        let known = |name: &str| self.registry.contains(name);
        let auth = Arc::new(Authenticator::new(&new_opts, &known, self.resolver.clone())?);
        let ws_auth = new_opts.websocket_auth().map(|o| Authenticator::new(&o, &known, self.resolver.clone())).transpose()?.map(Arc::new);
        // Certificates are read again (a renewed one takes effect for new connections).
        let tls = match &new_opts.tls {
            Some(settings) => Some(Arc::new(crate::tls::Tls::new(settings)?)),
            None => None,
        };
        crate::log::configure(new_opts.log_settings()).map_err(|e| format!("could not open log file: {e}"))?;
        for w in warnings {
            crate::warn!("{}", w);
        }
        *self.auth.write().unwrap_or_else(|e| e.into_inner()) = auth;
        *self.ws_auth.write().unwrap_or_else(|e| e.into_inner()) = ws_auth;
        *self.tls.write().unwrap_or_else(|e| e.into_inner()) = tls;
        if let Some(js) = self.jetstream() {
            js.max_pending.store(new_opts.max_pending, Ordering::Relaxed);
        }
        // Account limits apply to what comes next (connections, subscriptions, CONNECTs).
        // In operator mode the accounts are the resolver's, not the file's.
        if !new_opts.operator.active() {
            for config in &new_opts.accounts {
                if let Some(account) = self.registry.account(&config.name) {
                    let l = config.limits;
                    account.set_limits(l.max_connections, l.max_subscriptions, l.max_payload);
                }
            }
        }
        *self.opts.write().unwrap_or_else(|e| e.into_inner()) = Arc::new(new_opts);
        *self.config_loaded.lock().unwrap_or_else(|e| e.into_inner()) = SystemTime::now();
        for client in self.clients() {
            let Some(credentials) = client.credentials() else { continue };
            match self.authenticate(
                &credentials,
                client.nonce.get().map(String::as_str),
                client.connection_type,
                client.cert_identity.get(),
                &client.receiver.addr,
            ) {
                Ok(auth) if auth.account.name == client.meta().account || client.meta().account.is_empty() => {
                    client.set_permissions(auth.permissions)
                }
                _ => {
                    crate::error!("{} - cid:{} - authentication error after configuration reload", client.receiver.addr, client.cid());
                    client.send_err(client::errors::AUTH_VIOLATION);
                    client.receiver.out.close(crate::outbound::CloseReason::AuthenticationViolation);
                }
            }
        }
        info!("Reloaded server configuration");
        Ok(())
    }

    /// nats-server's `ServerInfo` of this server, as its events and `$SYS` answers carry
    /// it, with the next sequence number.
    pub fn server_info(&self) -> serde_json::Value {
        let jetstream = self.jetstream().is_some();
        serde_json::json!({
            "name": self.server_name,
            "host": self.opts().host,
            "id": self.server_id,
            "ver": FEATURE_LEVEL,
            "jetstream": jetstream,
            "flags": if jetstream { 1 } else { 0 },
            "seq": self.event_seq.fetch_add(1, Ordering::Relaxed) + 1,
            "time": natsx_common::time::rfc3339(SystemTime::now()),
        })
    }

    /// Publishes `body()` on `subject` in the system account, when someone listens (an
    /// event no one subscribes to is not built).
    pub fn emit(&self, subject: &str, body: impl FnOnce() -> serde_json::Value) {
        if !self.system.has_interest(subject.as_bytes()) {
            return;
        }
        let payload = body().to_string();
        self.router.publish(
            &self.system,
            [crate::router::Outgoing::new(subject.as_bytes(), payload.as_bytes())],
            crate::router::Wake::Deferred,
        );
    }

    /// Operator mode's account JWTs.
    pub fn resolver(&self) -> Option<Arc<crate::resolver::AccountResolver>> {
        self.resolver.clone()
    }

    /// Installs the auth callouts the account JWTs ask for (`authorization { auth_users,
    /// allowed_accounts, xkey }`), replacing those whose settings changed and removing
    /// those no longer asked for. Called at start and after every account JWT change.
    pub fn sync_account_callouts(&self) {
        let Some(resolver) = &self.resolver else { return };
        let wanted: HashMap<String, crate::options::AuthCalloutSettings> = resolver
            .all()
            .values()
            .filter_map(|c| crate::auth_callout::AuthCallout::settings_of(c).map(|s| (c.claims.subject.clone(), s)))
            .collect();
        let mut callouts = self.account_callouts.write().unwrap_or_else(|e| e.into_inner());
        callouts.retain(|key, callout| {
            let keep = wanted.get(key) == Some(&callout.settings);
            if !keep {
                callout.uninstall();
            }
            keep
        });
        for (key, settings) in wanted {
            if callouts.contains_key(&key) {
                continue;
            }
            let Some(account) = self.registry.account(&key) else { continue };
            let details = callout_details(&self.server_id, &self.server_name, &self.opts().host);
            let callout = crate::auth_callout::AuthCallout::install(
                settings,
                account,
                self.router.clone(),
                self.key.clone(),
                details,
                Some(resolver.clone()),
            );
            callouts.insert(key, callout);
        }
    }

    /// Looks up an account a CONNECT's user JWT names that the directory resolver does
    /// not have (nats-server's `fetch`): `$SYS.REQ.ACCOUNT.<key>.CLAIMS.LOOKUP` from the
    /// system account, the first answer within the resolver's `timeout` kept (an empty
    /// one means no one has it). `None` when there is nothing to look up; otherwise the
    /// receiver fires once the lookup has ended, however it ended.
    pub fn fetch_account_for(&self, connect: &Connect) -> Option<tokio::sync::oneshot::Receiver<()>> {
        let resolver = self.resolver.clone()?;
        if connect.jwt.is_empty() {
            return None;
        }
        let user = natsx_common::jwt::UserClaims::decode(&connect.jwt).ok()?;
        let key = if user.nats.issuer_account.is_empty() { user.claims.issuer } else { user.nats.issuer_account };
        if !resolver.needs_fetch(&key) {
            return None;
        }
        let server = self.me.upgrade()?;
        let timeout = resolver.fetch_timeout()?;
        let (done, waiter) = tokio::sync::oneshot::channel();
        tokio::spawn(async move {
            let system = server.system_account();
            let (tx, mut rx) = tokio::sync::mpsc::channel::<Vec<u8>>(4);
            let inbox = format!("$SYS._INBOX.{}.{}", &server.server_id[1..9], nkeys::KeyPair::new_user().public_key());
            let sub = system.subscribe_internal(
                &inbox,
                Arc::new(move |m: &crate::subscription::InternalMsg<'_>| {
                    let _ = tx.try_send(m.payload.to_vec());
                }),
            );
            let subject = format!("$SYS.REQ.ACCOUNT.{key}.CLAIMS.LOOKUP");
            let request = crate::router::Outgoing::new(subject.as_bytes(), b"").with_reply(inbox.as_bytes());
            server.router.publish(&system, [request], crate::router::Wake::Deferred);
            match tokio::time::timeout(timeout, rx.recv()).await {
                Ok(Some(jwt)) if !jwt.is_empty() => match resolver.store_fetched(&key, &jwt) {
                    Ok((_, previous)) => server.apply_claims(&key, previous.as_ref()),
                    Err(e) => crate::error!("Account {key} lookup: {e}"),
                },
                Ok(_) => debug!("Account {key} lookup: account jwt not found"),
                Err(_) => debug!("Account {key} lookup: fetching jwt timed out"),
            }
            system.unsubscribe(&sub);
            let _ = done.send(());
        });
        Some(waiter)
    }

    /// The auth callout that decides about this CONNECT, and the user it names (who
    /// skips it when among `auth_users`): the configured one; in operator mode, that of
    /// the account whose user JWT the client presents (a sentinel user).
    pub fn auth_callout_for(&self, connect: &Connect) -> Option<(Arc<crate::auth_callout::AuthCallout>, String)> {
        if let Some(callout) = &self.callout {
            let user = if connect.user.is_empty() { &connect.nkey } else { &connect.user };
            return Some((callout.clone(), user.clone()));
        }
        if connect.jwt.is_empty() {
            return None;
        }
        let callouts = self.account_callouts.read().unwrap_or_else(|e| e.into_inner());
        if callouts.is_empty() {
            return None;
        }
        let user = natsx_common::jwt::UserClaims::decode(&connect.jwt).ok()?;
        let account = if user.nats.issuer_account.is_empty() { &user.claims.issuer } else { &user.nats.issuer_account };
        // The sentinel must be the callout account's (signed by it or a key it lists).
        let claims = self.resolver.as_ref()?.claims(account)?;
        if user.claims.issuer != *account && claims.nats.signing_key(&user.claims.issuer).is_none() {
            return None;
        }
        callouts.get(account).map(|c| (c.clone(), user.claims.subject.clone()))
    }

    /// Puts the resolver's account JWTs in force after account `changed` was updated
    /// or deleted (nats-server's `updateAccountClaimsWithRefresh`): accounts created,
    /// limits, mappings, exports and imports rewired, JetStream enabled or its limits
    /// changed — then the account's clients checked against the new JWT.
    /// `previous`: the account's JWT before the change (its signing key scopes are
    /// compared with the new ones).
    pub fn apply_claims(self: &Arc<Self>, changed: &str, previous: Option<&natsx_common::jwt::AccountClaims>) {
        let Some(resolver) = &self.resolver else { return };
        let all = resolver.all();
        let configs = match crate::options::operator::account_configs(&all, self.opts().system_account.as_deref()) {
            Ok(configs) => configs,
            Err(e) => {
                crate::error!("Account {changed} update: {e}");
                return;
            }
        };
        let created = self.registry.apply(configs);
        if let Some(js) = self.jetstream() {
            let touched = created.into_iter().chain(self.registry.account(changed));
            for account in touched {
                js.configure_account(&account, self.registry.config(&account.name).and_then(|c| c.jetstream));
            }
        }
        self.sync_account_callouts();
        self.check_account_clients(changed, all.get(changed), previous);
        // A sooner expiry than the clients' timers were armed with (see
        // `Account::set_expires`): look again then.
        if let Some(exp) = all.get(changed).map(|c| c.claims.expires).filter(|e| *e > natsx_common::jwt::now()) {
            let (weak, account) = (Arc::downgrade(self), changed.to_string());
            let wait = Duration::from_secs((exp - natsx_common::jwt::now()) as u64 + 1);
            tokio::spawn(async move {
                tokio::time::sleep(wait).await;
                if let Some(server) = weak.upgrade() {
                    let claims = server.resolver.as_ref().and_then(|r| r.claims(&account));
                    server.check_account_clients(&account, claims.as_ref(), None);
                }
            });
        }
    }

    /// The clients of `account` against its JWT (`None`: deleted): all cut off when it
    /// is gone or expired, the newest beyond its connection limit, and those whose user
    /// is now revoked, a bearer token it no longer allows, or signed by a key it no
    /// longer has or whose scope changed (from `previous`) — each with nats-server's
    /// error.
    fn check_account_clients(
        &self,
        account: &str,
        claims: Option<&natsx_common::jwt::AccountClaims>,
        previous: Option<&natsx_common::jwt::AccountClaims>,
    ) {
        use crate::outbound::CloseReason;
        let mut clients: Vec<Arc<ClientShared>> = self.clients().into_iter().filter(|c| c.meta().account == account).collect();
        clients.sort_by_key(|c| c.cid());
        let Some(claims) = claims.filter(|c| c.validate().is_ok()) else {
            for c in clients {
                c.send_err(client::errors::ACCOUNT_AUTH_EXPIRED);
                c.receiver.out.close(CloseReason::AuthenticationExpired);
            }
            return;
        };
        let max = claims.nats.limits.conn;
        for (i, c) in clients.iter().enumerate() {
            if max >= 0 && i as i64 >= max {
                c.send_err(client::errors::MAX_ACCOUNT_CONNECTIONS);
                c.receiver.out.close(CloseReason::MaxAccountConnectionsExceeded);
                continue;
            }
            let Some(meta) = c.meta().jwt else { continue };
            let Ok(user) = natsx_common::jwt::UserClaims::decode(&meta.jwt) else { continue };
            if user.nats.bearer_token && claims.nats.limits.disallow_bearer {
                c.send_err(client::errors::AUTH_VIOLATION);
                c.receiver.out.close(CloseReason::AuthenticationViolation);
            } else if claims.nats.is_revoked(&user.claims.subject, user.claims.issued_at) {
                c.send_err("User Authentication Revoked");
                c.receiver.out.close(CloseReason::Revocation);
            } else if meta.issuer_key != claims.claims.subject {
                let now = claims.nats.signing_key(&meta.issuer_key);
                let before = previous.and_then(|p| p.nats.signing_key(&meta.issuer_key));
                let scope_changed = previous.is_some() && now != before;
                if now.is_none() || scope_changed {
                    c.receiver.out.close(CloseReason::AuthenticationViolation);
                }
            }
        }
    }

    /// Adds a client to the registry; false when `max_connections` is reached.
    pub fn register_client(&self, client: &Arc<ClientShared>) -> bool {
        let mut clients = self.clients.lock().unwrap_or_else(|e| e.into_inner());
        if clients.len() >= self.opts().max_connections {
            return false;
        }
        clients.insert(client.cid(), client.clone());
        self.stats.total_connections.fetch_add(1, Ordering::Relaxed);
        true
    }

    pub fn unregister_client(&self, client: &Arc<ClientShared>) {
        self.clients.lock().unwrap_or_else(|e| e.into_inner()).remove(&client.cid());
        let reason = client.receiver.out.close_reason();
        let account = self.account(&client.meta().account);
        let totals = &client.receiver.out.stats;
        let closed = &account.closed;
        closed.in_msgs.fetch_add(totals.in_msgs.load(Ordering::Relaxed), Ordering::Relaxed);
        closed.in_bytes.fetch_add(totals.in_bytes.load(Ordering::Relaxed), Ordering::Relaxed);
        closed.out_msgs.fetch_add(totals.out_msgs.load(Ordering::Relaxed), Ordering::Relaxed);
        closed.out_bytes.fetch_add(totals.out_bytes.load(Ordering::Relaxed), Ordering::Relaxed);
        if reason == Some(crate::outbound::CloseReason::StaleConnection) {
            self.stats.stale_connections.fetch_add(1, Ordering::Relaxed);
        }
        if matches!(
            reason,
            Some(crate::outbound::CloseReason::SlowConsumerPendingBytes | crate::outbound::CloseReason::SlowConsumerWriteDeadline)
        ) {
            self.stats.slow_consumers.fetch_add(1, Ordering::Relaxed);
            closed.slow_consumers.fetch_add(1, Ordering::Relaxed);
            let why = match reason {
                Some(crate::outbound::CloseReason::SlowConsumerPendingBytes) => {
                    format!("MaxPending of {} Exceeded", self.opts().max_pending)
                }
                _ => format!("WriteDeadline of {:?} Exceeded", self.opts().write_deadline),
            };
            crate::info!("{} - cid:{} - Slow Consumer Detected: {}", client.receiver.addr, client.cid(), why);
        }
        self.record_closed(client);
    }

    pub fn record_closed(&self, client: &Arc<ClientShared>) {
        let record = client.snapshot();
        if !record.meta.account.is_empty() {
            let subject = format!("$SYS.ACCOUNT.{}.DISCONNECT", record.meta.account);
            self.emit(&subject, || crate::events::disconnect_event(self.server_info(), &record));
        }
        let mut closed = self.closed.lock().unwrap_or_else(|e| e.into_inner());
        let max = self.opts().max_closed_clients;
        while closed.len() >= max.max(1) {
            closed.pop_front();
        }
        closed.push_back(record);
    }

    pub fn num_clients(&self) -> usize {
        self.clients.lock().unwrap_or_else(|e| e.into_inner()).len()
    }

    pub fn clients(&self) -> Vec<Arc<ClientShared>> {
        self.clients.lock().unwrap_or_else(|e| e.into_inner()).values().cloned().collect()
    }

    pub fn closed_clients(&self) -> Vec<ConnSnapshot> {
        self.closed.lock().unwrap_or_else(|e| e.into_inner()).iter().cloned().collect()
    }

    pub fn num_subscriptions(&self) -> u64 {
        self.accounts().iter().map(|a| a.sublist.count()).sum()
    }

    /// JetStream, once started.
    pub fn jetstream(&self) -> Option<Arc<crate::jetstream::JetStream>> {
        self.jetstream.get().cloned()
    }

    /// Starts JetStream (when enabled); called before clients are accepted.
    pub fn start_jetstream(&self) -> Result<(), String> {
        if !self.opts().jetstream {
            return Ok(());
        }
        let accounts = self.accounts().into_iter().map(|a| (self.registry.config(&a.name).and_then(|c| c.jetstream), a)).collect();
        let js = crate::jetstream::JetStream::start(&self.opts(), self.router.clone(), &self.server_name, accounts)?;
        let _ = self.jetstream.set(js);
        Ok(())
    }

    /// Asks the accept loop to stop and every client to close.
    pub fn shutdown(&self) {
        if let Some(cluster) = self.cluster.get() {
            cluster.stop();
        }
        if let Some(leafs) = self.leafnodes.get() {
            leafs.stop();
        }
        if let Some(gateways) = self.gateways.get() {
            gateways.stop();
        }
        if !self.shutting_down.swap(true, Ordering::SeqCst) {
            self.shutdown.notify_waiters();
            self.shutdown.notify_one();
        }
    }

    fn close_all_clients(&self) {
        for c in self.clients() {
            c.receiver.out.close(crate::outbound::CloseReason::ServerShutdown);
        }
    }

    /// Binds the client listener (monitoring is bound by `natsx_server::run`).
    pub async fn bind(self: &Arc<Self>) -> std::io::Result<TcpListener> {
        let opts = self.opts();
        let port = if opts.port < 0 { 0 } else { opts.port as u16 };
        let listener = crate::net::listen(&opts.host, port).await?;
        let bound = listener.local_addr()?.port();
        let _ = self.port.set(bound);
        Ok(listener)
    }

    /// Opens the WebSocket port, when configured, and accepts its clients until shutdown
    /// (nats-server's log lines; a port that cannot be bound is an error for the caller).
    pub async fn start_websocket(self: &Arc<Self>) -> Result<(), String> {
        let Some(settings) = self.opts().websocket.clone() else { return Ok(()) };
        let ws = Arc::new(crate::websocket::Websocket::new(&settings)?);
        let host = if settings.host.is_empty() { "0.0.0.0".to_string() } else { settings.host.clone() };
        let port = settings.port.max(0) as u16;
        let listener = crate::net::listen(&host, port)
            .await
            .map_err(|e| format!("Unable to listen for websocket connections: {}", crate::net::listen_error(&host, port, &e)))?;
        let bound = listener.local_addr().map_err(|e| e.to_string())?.port();
        let _ = self.websocket_bound.set((bound, ws.cert_not_after()));
        info!("Listening for websocket clients on {}://{}:{}", ws.scheme(), host, bound);
        if settings.no_tls {
            crate::warn!("Websocket not configured with TLS. DO NOT USE IN PRODUCTION!");
        }
        let server = self.clone();
        tokio::spawn(async move {
            loop {
                tokio::select! {
                    accepted = listener.accept() => match accepted {
                        Ok((socket, addr)) => {
                            let host: Arc<dyn crate::client::Host> = server.clone();
                            tokio::spawn(ws.clone().serve(host, socket, addr));
                        }
                        Err(e) => {
                            crate::error!("Error accepting websocket connection: {}", e);
                            tokio::time::sleep(Duration::from_millis(10)).await;
                        }
                    },
                    _ = server.shutdown.notified() => break,
                    _ = server.stop_accepting.notified() => break,
                }
            }
        });
        Ok(())
    }

    /// Logs the start banner (then the caller starts monitoring, JetStream and `run`, in
    /// nats-server's order).
    pub fn announce(&self) {
        let opts = self.opts();
        info!("Starting nats-server");
        info!("  Version:  {} (natsx {})", FEATURE_LEVEL, crate::info::NATSX_VERSION);
        info!("  Git:      [not set]");
        info!("  Name:     {}", self.server_name);
        info!("  ID:       {}", self.server_id);
        if let Some(cfg) = &opts.config_file {
            info!("Using configuration file: {}", cfg.display());
        }
    }

    /// Records the monitoring port actually bound (for `-m -1`, the ports file, `/varz`).
    pub fn set_http_port(&self, port: u16) {
        let _ = self.http_port.set(port);
    }

    /// Runs until shutdown: accepts clients. `announce`, the monitoring listener and
    /// `start_jetstream` come first.
    pub async fn run(self: Arc<Self>, listener: TcpListener) {
        let opts = self.opts();
        info!("Listening for client connections on {}:{}", opts.host, self.port());
        match self.tls() {
            Some(tls) if tls.allow_non_tls => info!("TLS available for client connections"),
            Some(tls) => {
                info!("TLS required for client connections");
                if tls.handshake_first && tls.handshake_first_fallback.is_none() {
                    crate::warn!("Clients that are not using \"TLS Handshake First\" option will fail to connect");
                }
            }
            None => {}
        }
        if self.auth_required() || opts.no_auth_user.is_some() {
            debug!("Client authentication is required");
        }
        self.write_ports_file();
        let weak = Arc::downgrade(&self);
        tokio::spawn(crate::allocator::trim_when_idle(move || {
            let server = weak.upgrade()?;
            let stats = &server.stats;
            let counters = [&stats.in_msgs, &stats.out_msgs, &stats.total_connections].map(|c| c.load(Ordering::Relaxed));
            Some((counters, server.num_clients()))
        }));
        info!("Server is ready");
        loop {
            tokio::select! {
                accepted = listener.accept() => match accepted {
                    Ok((socket, addr)) => {
            tokio::spawn(client::serve(self.clone(), socket, addr));
                    }
                    Err(e) => {
                        crate::error!("Error accepting client connection: {}", e);
                        tokio::time::sleep(Duration::from_millis(10)).await;
                    }
                },
                _ = self.stop_accepting.notified() => {
                    // Lame duck: close the listener now so new clients go elsewhere.
                    drop(listener);
                    self.shutdown.notified().await;
                    break;
                }
                _ = self.shutdown.notified() => {
                    drop(listener);
                    break;
                }
            }
        }
        if let Some(js) = self.jetstream() {
            js.shutdown();
        }
        self.close_all_clients();
        // Give writers a moment to flush and close sockets.
        let deadline = Instant::now() + Duration::from_secs(2);
        while !self.clients().is_empty() && Instant::now() < deadline {
            tokio::time::sleep(Duration::from_millis(10)).await;
        }
    }

    /// Lame duck mode: stop accepting, tell clients, then close them gradually.
    pub async fn enter_lame_duck(self: &Arc<Self>) {
        if self.lame_duck.swap(true, Ordering::SeqCst) {
            return;
        }
        info!("Entering lame duck mode, stop accepting new clients");
        self.stop_accepting.notify_one();
        // Only clients that take asynchronous INFO (protocol 1) are told; other servers
        // stop offering this one to their clients.
        self.send_async_info();
        if let Some(cluster) = self.cluster.get() {
            cluster.enter_lame_duck();
        }
        let opts = self.opts();
        let grace = opts.lame_duck_grace_period.min(opts.lame_duck_duration);
        tokio::time::sleep(grace).await;
        let clients = self.clients();
        let window = opts.lame_duck_duration.saturating_sub(grace);
        let n = clients.len().max(1) as u32;
        let pause = (window / n).min(Duration::from_secs(1));
        info!("Closing existing clients");
        for c in clients {
            c.receiver.out.close(crate::outbound::CloseReason::ServerShutdown);
            if !pause.is_zero() {
                tokio::time::sleep(pause).await;
            }
        }
        self.shutdown();
    }

    fn write_ports_file(&self) {
        let opts = self.opts();
        let Some(dir) = &opts.ports_file_dir else {
            return;
        };
        let exe = std::env::current_exe()
            .ok()
            .and_then(|p| p.file_name().map(|n| n.to_string_lossy().into_owned()))
            .unwrap_or_else(|| "natsx".into());
        let path = dir.join(format!("{}_{}.ports", exe, std::process::id()));
        let mut ports = serde_json::json!({ "nats": [format!("nats://{}:{}", opts.host, self.port())] });
        if let Some(p) = self.http_port() {
            ports["monitoring"] = serde_json::json!([format!("http://{}:{}", opts.host, p)]);
        }
        if let Err(e) = std::fs::write(&path, ports.to_string()) {
            crate::error!("Error writing ports file {}: {}", path.display(), e);
        }
    }
}

impl crate::cluster::Host for Server {
    fn opts(&self) -> Arc<Options> {
        Server::opts(self)
    }
    fn router(&self) -> &Arc<Router> {
        &self.router
    }
    fn next_cid(&self) -> u64 {
        Server::next_cid(self)
    }
    fn lookup_account(&self, name: &str) -> Option<Arc<Account>> {
        self.registry.account(name)
    }
    fn server_id(&self) -> &str {
        &self.server_id
    }
    fn server_name(&self) -> &str {
        &self.server_name
    }
    fn client_urls(&self) -> Vec<String> {
        Server::client_urls(self)
    }
    fn connect_urls_changed(&self) {
        self.send_async_info();
    }
    fn cluster_name(&self) -> Option<String> {
        self.cluster.get().map(|c| c.name())
    }
    fn gateways(&self) -> Option<Arc<crate::cluster::gateway::Gateways>> {
        self.gateways.get().cloned()
    }
    fn cluster(&self) -> Option<Arc<crate::cluster::Cluster>> {
        self.cluster.get().cloned()
    }
    fn leafnode_urls(&self) -> Vec<String> {
        self.leafnodes.get().map(|l| l.own_urls(self)).unwrap_or_default()
    }
    fn leafnode_urls_changed(&self) {
        if let Some(leafs) = self.leafnodes.get() {
            leafs.send_urls(self);
        }
    }
    fn authenticate_leaf(&self, connect: &Connect, nonce: &str, addr: &SocketAddr) -> Result<Option<String>, String> {
        if !self.auth_required() {
            return Ok(None);
        }
        let found = self.authenticate(connect, Some(nonce), crate::cluster::leaf::LEAF_CONNECTION, None, addr)?;
        if found.permissions.is_some() {
            return Err(format!("user {:?} has permissions, which natsx does not enforce on leaf node connections yet", found.user));
        }
        Ok(Some(found.account.name.clone()))
    }
}

impl client::Host for Server {
    fn opts(&self) -> Arc<Options> {
        Server::opts(self)
    }
    fn accept_leaf_websocket(&self, stream: tokio::io::DuplexStream, addr: std::net::SocketAddr) -> bool {
        self.leafnodes.get().is_some_and(|leafs| leafs.accept_websocket(stream, addr))
    }
    fn router(&self) -> &Router {
        &self.router
    }
    fn next_cid(&self) -> u64 {
        Server::next_cid(self)
    }
    fn global_account(&self) -> Arc<Account> {
        Server::global_account(self)
    }
    fn auth_required(&self, connection_type: &str) -> bool {
        self.auth_required_for(connection_type)
    }
    fn default_user_configured(&self, connection_type: &str) -> bool {
        self.authenticator_for(connection_type).default_user_configured()
    }
    fn authenticate(
        &self,
        connect: &Connect,
        nonce: Option<&str>,
        connection_type: &str,
        cert: Option<&crate::tls::CertIdentity>,
        addr: &SocketAddr,
    ) -> Result<Authenticated, String> {
        Server::authenticate(self, connect, nonce, connection_type, cert, addr)
    }
    fn tls(&self) -> Option<Arc<crate::tls::Tls>> {
        Server::tls(self)
    }
    fn client_connected(&self, client: &ClientShared) {
        let account = client.receiver.meta.lock().unwrap_or_else(|e| e.into_inner()).account.clone();
        let subject = format!("$SYS.ACCOUNT.{account}.CONNECT");
        self.emit(&subject, || crate::events::connect_event(self.server_info(), &client.snapshot()));
    }
    fn auth_callout_for(&self, connect: &Connect) -> Option<(Arc<crate::auth_callout::AuthCallout>, String)> {
        Server::auth_callout_for(self, connect)
    }
    fn fetch_account_for(&self, connect: &Connect) -> Option<tokio::sync::oneshot::Receiver<()>> {
        Server::fetch_account_for(self, connect)
    }
    fn callout_user(
        &self,
        user: natsx_common::jwt::UserClaims,
        connection_type: &str,
        callout_account: &str,
    ) -> Result<Authenticated, String> {
        Server::callout_user(self, user, connection_type, callout_account)
    }
    fn nonce_required(&self) -> bool {
        self.authenticator().nonce_required()
    }
    fn info_line(&self, cid: u64, addr: &SocketAddr, nonce: Option<&str>, connection_type: &str) -> Vec<u8> {
        self.client_info_line(cid, addr, nonce, connection_type)
    }
    fn connect_info_line(&self, cid: u64, addr: &SocketAddr, account: &Account, max_payload: usize) -> Vec<u8> {
        Server::connect_info_line(self, cid, addr, account, max_payload)
    }
    fn register(&self, client: &Arc<ClientShared>) -> bool {
        self.register_client(client)
    }
    fn unregister(&self, client: &Arc<ClientShared>) {
        self.unregister_client(client)
    }
    fn record_closed(&self, client: &Arc<ClientShared>) {
        Server::record_closed(self, client)
    }
}

/// What auth callout requests say about this server.
fn callout_details(id: &str, name: &str, host: &str) -> crate::auth_callout::ServerDetails {
    crate::auth_callout::ServerDetails {
        id: id.to_string(),
        name: name.to_string(),
        host: host.to_string(),
        version: crate::info::FEATURE_LEVEL.to_string(),
    }
}

/// A callout user bound to `account`: its permissions (in the callout's own account, no
/// publishing to `$SYS.REQ.USER.AUTH`, as nats-server adds), limits and expiry.
fn callout_binding(account: Arc<Account>, identity: crate::auth::Identity, name: String, callout_account: &str) -> Authenticated {
    let mut permissions = identity.permissions;
    if account.name == callout_account {
        let p = permissions.get_or_insert_with(Default::default);
        let publish = p.publish.get_or_insert_with(Default::default);
        publish.deny.push(crate::permissions::PermissionSubject::plain(crate::auth_callout::SUBJECT));
    }
    Authenticated {
        account,
        permissions,
        user: name,
        expires: identity.expires,
        max_subscriptions: identity.max_subscriptions,
        max_payload: identity.max_payload,
        jwt: None,
    }
}
