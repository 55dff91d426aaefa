//! Server options: defaults, the nats-server command-line flags (`flags`), the
//! nats-server config-file format (`config`) and the mapping of config keys onto
//! options (`apply`). The precedence is nats-server's: defaults, then the config file,
//! then flags given on the command line.

pub mod accounts;
pub mod apply;
pub mod cluster;
pub mod compression;
pub mod config;
pub mod exports;
pub mod flags;
pub mod gateway;
pub mod leaf;
pub mod operator;
pub mod unsupported;
pub mod websocket;

use std::path::PathBuf;
use std::time::Duration;

use accounts::{AccountConfig, User};

pub const DEFAULT_PORT: u16 = 4222;
pub const DEFAULT_MAX_PAYLOAD: usize = 1024 * 1024;
pub const DEFAULT_MAX_PENDING: usize = 64 * 1024 * 1024;
pub const DEFAULT_MAX_CONTROL_LINE: usize = 4096;
pub const DEFAULT_MAX_CONNECTIONS: usize = 64 * 1024;
/// Closed connections remembered for `/connz?state=closed` (nats-server's default).
pub const DEFAULT_MAX_CLOSED_CLIENTS: usize = 10_000;

/// Server-wide JetStream resource limits (`max_memory_store`, `max_file_store`); -1 is
/// "no limit" (nats-server sizes them from the machine; natsx leaves them open).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct JetStreamServerLimits {
    pub max_memory: i64,
    pub max_store: i64,
}

impl Default for JetStreamServerLimits {
    fn default() -> Self {
        JetStreamServerLimits { max_memory: -1, max_store: -1 }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SyncPolicy {
    /// fsync before acknowledging (concurrent publishes share one fsync).
    Always,
    /// Acknowledge once written to the operating system; fsync on this interval.
    Interval(Duration),
}

/// Everything that configures one server.
#[derive(Clone, Debug)]
pub struct Options {
    pub host: String,
    /// `None` until set; `Some(-1)` asks for a random free port.
    pub port: i32,
    pub server_name: Option<String>,
    pub config_file: Option<PathBuf>,
    pub http_host: Option<String>,
    pub http_port: Option<i32>,
    pub max_payload: usize,
    pub max_pending: usize,
    pub max_control_line: usize,
    pub max_connections: usize,
    /// 0 means unlimited.
    pub max_subscriptions: usize,
    pub ping_interval: Duration,
    pub ping_max: u32,
    pub write_deadline: Duration,
    pub auth_timeout: Duration,
    pub lame_duck_duration: Duration,
    pub lame_duck_grace_period: Duration,
    pub debug: bool,
    pub trace: bool,
    pub logtime: bool,
    /// `logtime_utc`: timestamps in UTC instead of local time.
    pub logtime_utc: bool,
    pub log_file: Option<PathBuf>,
    /// `logfile_size_limit`: rotate the log file when it passes this many bytes (0: never).
    pub log_size_limit: u64,
    /// `logfile_max_num`: rotated log files kept, the current one included (0: all).
    pub log_max_files: usize,
    /// `max_closed_clients`: closed connections `/connz?state=closed` remembers.
    pub max_closed_clients: usize,
    /// `max_sub_tokens`: the most tokens a subscription subject may have (0: no limit
    /// beyond natsx's own cap).
    pub max_sub_tokens: u8,
    pub pid_file: Option<PathBuf>,
    pub ports_file_dir: Option<PathBuf>,
    pub username: Option<String>,
    pub password: Option<String>,
    pub token: Option<String>,
    pub users: Vec<User>,
    pub accounts: Vec<AccountConfig>,
    /// Top-level `mappings`: the global account's subject mappings.
    pub mappings: Vec<accounts::MappingConfig>,
    pub no_auth_user: Option<String>,
    /// TLS on the client port (`tls {}` or the `--tls*` flags).
    pub tls: Option<crate::tls::TlsSettings>,
    /// nats-server's top-level `allow_non_tls` (applied to `tls` when the options are
    /// complete: it may come before the `tls` block).
    pub allow_non_tls: bool,
    /// Monitoring over HTTPS (`https_port`, `-ms`), with the client port's TLS
    /// certificate.
    pub https_port: Option<i32>,
    /// The WebSocket port (`websocket {}`).
    pub websocket: Option<websocket::WebsocketSettings>,
    pub system_account: Option<String>,
    /// Operator mode: trusted operators, the memory resolver and its accounts.
    pub operator: operator::OperatorSettings,
    /// `authorization { auth_callout {} }`: an external service decides who connects.
    pub auth_callout: Option<AuthCalloutSettings>,
    pub jetstream: bool,
    pub store_dir: Option<PathBuf>,
    pub jetstream_limits: JetStreamServerLimits,
    pub jetstream_domain: Option<String>,
    /// Refuse unknown fields in JetStream API requests (nats-server 2.12+ default).
    pub jetstream_strict: bool,
    /// When stored messages are fsynced. natsx's default is before every publish
    /// acknowledgement (group-committed); an interval is nats-server's lazier default,
    /// chosen only by setting `sync_interval`.
    pub sync_interval: SyncPolicy,
    pub client_advertise: Option<String>,
    /// `cluster {}` and the cluster flags: routes to other servers.
    pub cluster: cluster::ClusterSettings,
    /// `leafnodes {}`: accepting leaf nodes, and connecting to hubs as one.
    pub leaf: leaf::LeafSettings,
    /// `gateway {}`: links to the super-cluster's other clusters.
    pub gateway: Option<gateway::GatewaySettings>,
    /// `-t`: check the configuration and exit.
    pub check_config: bool,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            host: "0.0.0.0".into(),
            port: DEFAULT_PORT as i32,
            server_name: None,
            config_file: None,
            http_host: None,
            http_port: None,
            max_payload: DEFAULT_MAX_PAYLOAD,
            max_pending: DEFAULT_MAX_PENDING,
            max_control_line: DEFAULT_MAX_CONTROL_LINE,
            max_connections: DEFAULT_MAX_CONNECTIONS,
            max_subscriptions: 0,
            ping_interval: Duration::from_secs(120),
            ping_max: 2,
            write_deadline: Duration::from_secs(10),
            auth_timeout: Duration::ZERO,
            lame_duck_duration: Duration::from_secs(120),
            lame_duck_grace_period: Duration::from_secs(10),
            debug: false,
            trace: false,
            logtime: true,
            logtime_utc: false,
            log_file: None,
            log_size_limit: 0,
            log_max_files: 0,
            max_closed_clients: DEFAULT_MAX_CLOSED_CLIENTS,
            max_sub_tokens: 0,
            pid_file: None,
            ports_file_dir: None,
            username: None,
            password: None,
            token: None,
            users: Vec::new(),
            accounts: Vec::new(),
            mappings: Vec::new(),
            no_auth_user: None,
            tls: None,
            websocket: None,
            https_port: None,
            allow_non_tls: false,
            system_account: None,
            operator: operator::OperatorSettings::default(),
            auth_callout: None,
            jetstream: false,
            store_dir: None,
            jetstream_limits: JetStreamServerLimits::default(),
            jetstream_domain: None,
            jetstream_strict: true,
            sync_interval: SyncPolicy::Always,
            client_advertise: None,
            cluster: cluster::ClusterSettings::default(),
            leaf: leaf::LeafSettings::default(),
            gateway: None,
            check_config: false,
        }
    }
}

/// `authorization { auth_callout { issuer, account, auth_users, xkey, allowed_accounts } }`
/// (nats-server's `AuthCallout`, config mode).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct AuthCalloutSettings {
    /// The account public key whose key signs the user JWTs the service answers with.
    pub issuer: String,
    /// The account the service runs in (`$G` when not given); requests go to
    /// `$SYS.REQ.USER.AUTH` there.
    pub account: String,
    /// The users that skip the callout (the service's own).
    pub auth_users: Vec<String>,
    /// The service's curve key (`X...`): requests and answers are encrypted to it.
    pub xkey: Option<String>,
    /// Accounts whose users are handed to the service; empty is all.
    pub allowed_accounts: Vec<String>,
}

impl Options {
    /// What and where to log.
    pub fn log_settings(&self) -> crate::log::LogSettings<'_> {
        crate::log::LogSettings {
            debug: self.debug,
            trace: self.trace,
            logtime: self.logtime,
            utc: self.logtime_utc,
            file: self.log_file.as_deref(),
            size_limit: self.log_size_limit,
            max_files: self.log_max_files,
        }
    }

    /// True when clients must authenticate.
    pub fn auth_required(&self) -> bool {
        self.username.is_some() || self.token.is_some() || !self.users.is_empty() || self.accounts.iter().any(|a| !a.users.is_empty())
    }

    /// Builds the options from the command line: defaults, then the config file it
    /// names, then the flags themselves, then nats-server's baseline and checks.
    /// Returns the options and warnings to log.
    pub fn load(flags: &flags::Flags) -> Result<(Options, Vec<String>), String> {
        let mut opts = Options::default();
        let mut warnings = Vec::new();
        if let Some(path) = &flags.config {
            let doc = config::parse_file(path).map_err(|e| e.to_string())?;
            let applied = apply::apply_config(&mut opts, &doc);
            warnings.extend(applied.map_err(|errors| errors.iter().map(|e| e.to_string()).collect::<Vec<_>>().join("\n"))?);
            opts.config_file = Some(path.clone());
        }
        warnings.extend(flags.apply(&mut opts)?);
        if let Some(tls) = opts.tls.as_mut() {
            tls.allow_non_tls = opts.allow_non_tls;
        }
        opts.apply_baseline();
        warnings.extend(operator::resolve(&mut opts)?);
        opts.validate()?;
        Ok((opts, warnings))
    }

    /// The options WebSocket clients are authenticated with: the block's credentials in
    /// place of the top-level single user, token and no_auth_user when it has any.
    pub fn websocket_auth(&self) -> Option<Options> {
        let ws = self.websocket.as_ref().filter(|w| w.auth_override())?;
        let mut opts = self.clone();
        opts.username = ws.username.clone();
        opts.password = ws.password.clone();
        opts.token = ws.token.clone();
        opts.no_auth_user = ws.no_auth_user.clone();
        Some(opts)
    }

    /// The first option a configuration reload cannot change, as nats-server names it.
    pub fn reload_blocker(&self, new: &Options) -> Option<String> {
        let differs = |name: &str, old: String, new: String| {
            (old != new).then(|| format!("config reload not supported for {name}: old={old}, new={new}"))
        };
        let accounts = |o: &Options| o.accounts.iter().map(|a| a.name.clone()).collect::<Vec<_>>().join(",");
        // In operator mode the accounts are the resolver's (updated while the server
        // runs): a reload keeps them, and may not change the operators or the resolver.
        if self.operator.active() || new.operator.active() {
            let (a, b) = (&self.operator, &new.operator);
            if (&a.operator_jwts, &a.trusted_keys, &a.resolver) != (&b.operator_jwts, &b.trusted_keys, &b.resolver) {
                return Some("config reload not supported for operator mode (operators, trusted keys, resolver)".into());
            }
        }
        let accounts = |o: &Options| if o.operator.active() { String::new() } else { accounts(o) };
        // Exports, imports and mappings are wired at start: a reload may not change them.
        let same_shares = self.mappings == new.mappings
            && (self.operator.active()
                || self.accounts.iter().zip(&new.accounts).all(|(a, b)| {
                    (&a.stream_exports, &a.stream_imports, &a.mappings) == (&b.stream_exports, &b.stream_imports, &b.mappings)
                        && (&a.service_exports, &a.service_imports) == (&b.service_exports, &b.service_imports)
                }));
        differs("host", self.host.clone(), new.host.clone())
            .or_else(|| differs("port", self.port.to_string(), new.port.to_string()))
            .or_else(|| differs("http_port", format!("{:?}", self.http_port), format!("{:?}", new.http_port)))
            .or_else(|| differs("server_name", format!("{:?}", self.server_name), format!("{:?}", new.server_name)))
            .or_else(|| differs("accounts", accounts(self), accounts(new)))
            .or_else(|| (!same_shares).then(|| "config reload not supported for account exports, imports and mappings".to_string()))
            .or_else(|| differs("system_account", format!("{:?}", self.system_account), format!("{:?}", new.system_account)))
            .or_else(|| differs("jetstream", self.jetstream.to_string(), new.jetstream.to_string()))
            .or_else(|| differs("store_dir", format!("{:?}", self.store_dir), format!("{:?}", new.store_dir)))
            .or_else(|| (self.websocket != new.websocket).then(|| "config reload not supported for websocket".to_string()))
    }

    /// nats-server's baseline: a zero (unset) limit or interval means the default, so
    /// configs written for it (`max_connections: 0`, `-p 0`) behave the same here.
    pub fn apply_baseline(&mut self) {
        let defaults = Options::default();
        if self.port == 0 {
            self.port = defaults.port;
        }
        if self.max_payload == 0 {
            self.max_payload = defaults.max_payload;
        }
        if self.max_pending == 0 {
            self.max_pending = defaults.max_pending;
        }
        if self.max_control_line == 0 {
            self.max_control_line = defaults.max_control_line;
        }
        if self.max_connections == 0 {
            self.max_connections = defaults.max_connections;
        }
        if self.max_closed_clients == 0 {
            self.max_closed_clients = defaults.max_closed_clients;
        }
        if self.ping_interval.is_zero() {
            self.ping_interval = defaults.ping_interval;
        }
        if self.ping_max == 0 {
            self.ping_max = defaults.ping_max;
        }
        if self.write_deadline.is_zero() {
            self.write_deadline = defaults.write_deadline;
        }
        if self.auth_timeout.is_zero() {
            self.auth_timeout = self.default_auth_timeout();
        }
        if self.lame_duck_duration.is_zero() {
            self.lame_duck_duration = defaults.lame_duck_duration;
        }
        if self.lame_duck_grace_period.is_zero() {
            self.lame_duck_grace_period = defaults.lame_duck_grace_period;
        }
    }

    /// nats-server's `getDefaultAuthTimeout`: 2 s, or with TLS on the client port the TLS
    /// timeout and a second more (the handshake comes out of the same time).
    pub fn default_auth_timeout(&self) -> Duration {
        match &self.tls {
            Some(tls) => tls.timeout + Duration::from_secs(1),
            None => Duration::from_secs(2),
        }
    }

    /// Checks the combination of options the way nats-server does before starting.
    pub fn validate(&self) -> Result<(), String> {
        if self.max_payload > self.max_pending {
            return Err(format!("max_payload ({}) cannot be higher than max_pending ({})", self.max_payload, self.max_pending));
        }
        if self.lame_duck_duration < std::time::Duration::from_secs(30) {
            return Err(format!(
                "invalid lame_duck_duration of {}, minimum is 30 seconds",
                natsx_common::time::go_duration(self.lame_duck_duration)
            ));
        }
        if !self.cluster.routes.is_empty() && !self.cluster.enabled() {
            return Err("solicited routes require cluster capabilities, e.g. --cluster".into());
        }
        // nats-server's `validateLeafNode`: a remote's URLs are all WebSocket or none.
        for remote in &self.leaf.remotes {
            let ws = |u: &String| matches!(u.split_once("://").map(|(s, _)| s.to_ascii_lowercase()).as_deref(), Some("ws" | "wss"));
            if remote.urls.iter().any(ws) && !remote.urls.iter().all(ws) {
                let quoted: Vec<String> = remote.urls.iter().map(|u| format!("{u:?}")).collect();
                return Err(format!(
                    "remote leaf node configuration cannot have a mix of websocket and non-websocket urls: [{}]",
                    quoted.join(" ")
                ));
            }
        }
        if self.cluster.pool_size() > cluster::MAX_POOL_SIZE {
            return Err(format!("cluster pool_size {} is larger than natsx allows ({})", self.cluster.pool_size(), cluster::MAX_POOL_SIZE));
        }
        // nats-server's `validateCluster` for pinned accounts.
        let pinned = &self.cluster.pinned_accounts;
        if !pinned.is_empty() && self.cluster.pool_size() == 0 {
            return Err("pool_size cannot be negative if pinned accounts are specified".into());
        }
        if let Some(dup) = pinned.iter().enumerate().find_map(|(i, a)| pinned[..i].contains(a).then_some(a)) {
            return Err(format!("found duplicate account name {dup:?} in pinned accounts list {pinned:?}"));
        }
        if self.cluster.enabled() && self.jetstream {
            return Err(crate::options::unsupported::refusal(
                "jetstream",
                "JetStream in a cluster (replicated JetStream is not built yet; run JetStream on a server without routes)",
            ));
        }
        if let Some(g) = &self.gateway {
            if g.name.is_empty() {
                return Err("gateway has no name".into());
            }
            if g.name.contains(' ') {
                return Err("gateway name cannot contain spaces".into());
            }
            if self.jetstream {
                return Err(crate::options::unsupported::refusal(
                    "jetstream",
                    "JetStream in a super-cluster (replicated JetStream is not built yet; run JetStream on a server without gateways)",
                ));
            }
        }
        // TLS on links: the files are read now, so `-t` finds what the start would.
        if let Some(t) = &self.cluster.tls {
            crate::tls::LinkTls::new(t, true).map_err(|e| format!("cluster tls: {e}"))?;
        }
        if let Some(t) = self.gateway.as_ref().and_then(|g| g.tls.as_ref()) {
            crate::tls::LinkTls::new(t, true).map_err(|e| format!("gateway tls: {e}"))?;
        }
        if let Some(t) = &self.leaf.tls {
            crate::tls::Tls::new(t).map_err(|e| format!("leafnode tls: {e}"))?;
        }
        for seed in self.leaf.remotes.iter().filter_map(|r| r.seed.as_deref()) {
            if nkeys::KeyPair::from_seed(seed.trim()).is_err() {
                return Err("Remote leafnode nkey is not a valid seed".into());
            }
        }
        for t in self.leaf.remotes.iter().filter_map(|r| r.tls.as_ref()) {
            crate::tls::connector(t).map_err(|e| format!("leafnode remote tls: {e}"))?;
        }
        let known = |name: &str| name == crate::account::GLOBAL_ACCOUNT || self.accounts.iter().any(|a| a.name == name);
        for account in self.leaf.remotes.iter().filter_map(|r| r.account.as_deref()).chain(self.leaf.account.as_deref()) {
            if !known(account) && !self.operator.active() {
                return Err(format!("leafnode account {account:?} not found"));
            }
        }
        for u in &self.leaf.users {
            if let Some(account) = u.account.as_deref().filter(|a| !known(a)) {
                return Err(format!("leafnode user {:?} has an unknown account {account:?}", u.user));
            }
        }
        if self.token.is_some() && (self.username.is_some() || !self.users.is_empty()) {
            return Err("Can not have a token and a users array".into());
        }
        if let Some(ac) = &self.auth_callout {
            let known = |name: &str| self.users.iter().chain(self.accounts.iter().flat_map(|a| a.users.iter())).any(|u| u.name == name);
            if let Some(u) = ac.auth_users.iter().find(|u| !known(u)) {
                return Err(format!("Authorization callout user {u:?} not valid: it is not a configured user"));
            }
            if ac.account != crate::account::GLOBAL_ACCOUNT && !self.accounts.iter().any(|a| a.name == ac.account) {
                return Err(format!("Authorization callout account {:?} not valid", ac.account));
            }
        }
        // nats-server's validateWebsocketOptions for the block's credentials.
        if let Some(ws) = &self.websocket {
            let users = !self.users.is_empty() || self.accounts.iter().any(|a| !a.users.is_empty());
            if users && ws.username.is_some() {
                return Err("websocket authentication username not compatible with presence of users/nkeys".into());
            }
            if users && ws.token.is_some() {
                return Err("websocket authentication token not compatible with presence of users/nkeys".into());
            }
            if let Some(cookie) = ws.jwt_cookie.as_ref().filter(|_| !self.operator.active()) {
                return Err(format!(
                    "trusted operators or trusted keys configuration is required for JWT authentication via cookie {cookie:?}"
                ));
            }
            if let Some(nau) = &ws.no_auth_user {
                let known = self.users.iter().chain(self.accounts.iter().flat_map(|a| a.users.iter())).any(|u| &u.name == nau);
                if !known {
                    return Err(format!(
                        "no_auth_user: \"{nau}\" not present as user or nkey in authorization block or account configuration"
                    ));
                }
            }
        }
        if self.username.is_some() && !self.users.is_empty() {
            return Err("Can not have a single user/pass and a users array".into());
        }
        if let Some(nau) = &self.no_auth_user {
            let known = self.users.iter().chain(self.accounts.iter().flat_map(|a| a.users.iter())).any(|u| &u.name == nau);
            if !known {
                return Err(format!("no_auth_user: \"{nau}\" not present as user or nkey in authorization block or account configuration"));
            }
        }
        Ok(())
    }
}
