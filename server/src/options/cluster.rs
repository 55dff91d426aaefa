//! The `cluster {}` block and the cluster flags (`--cluster`, `--cluster_name`,
//! `--routes`, `--cluster_advertise`, `--no_advertise`, `--connect_retries`), as
//! nats-server reads them (`parseCluster`, `configureOptions`).

use std::time::Duration;

/// nats-server's default cluster port.
pub const DEFAULT_PORT: u16 = 6222;

/// nats-server's default route pool size (`DEFAULT_ROUTE_POOL_SIZE`): connections to
/// each other server, the accounts spread over them.
pub const DEFAULT_POOL_SIZE: usize = 3;

/// The largest pool natsx keeps with one server (its own `pool_size`, or a peer's): a
/// peer telling of a larger one is refused, not given billions of places.
pub const MAX_POOL_SIZE: usize = 1024;

/// The `cluster {}` block as the options give it. Routes are plain TCP or TLS with
/// optional user/password authorization and S2 compression; route permissions, which
/// natsx does not build yet, stop the server by name.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct ClusterSettings {
    /// The cluster's name. Without one, the server makes up a name and takes the name
    /// of the first cluster it joins that has one (nats-server's dynamic names).
    pub name: Option<String>,
    pub host: String,
    /// The route port: 0 turns clustering off, -1 picks a free port.
    pub port: i32,
    /// `advertise` / `cluster_advertise`: `host:port` other servers are told to dial.
    pub advertise: Option<String>,
    /// Servers to connect to (`nats-route://[user:pass@]host:port`). These are retried
    /// for as long as the server runs; the servers they tell about are retried
    /// `connect_retries` times.
    pub routes: Vec<String>,
    /// `authorization { user, password, timeout }`: what peers must present.
    pub username: Option<String>,
    pub password: Option<String>,
    pub auth_timeout: Option<Duration>,
    /// `no_advertise`: do not tell clients about the other servers' client URLs.
    pub no_advertise: bool,
    /// How many times a route learned from another server is retried after it fails.
    pub connect_retries: u32,
    /// `ping_interval` and `ping_max` for routes (the client ones when unset).
    pub ping_interval: Option<Duration>,
    pub ping_max: Option<u32>,
    /// `tls {}`: routes are TLS both ways, each server presenting this certificate and
    /// verifying the other's against `ca_file`.
    pub tls: Option<crate::tls::TlsSettings>,
    /// `pool_size`: how many connections to each other server carry the accounts
    /// (`None`: nats-server's default of 3; -1 turns pools off, which also turns off
    /// pinned accounts, and peers see a server from before pools).
    pub pool_size: Option<i64>,
    /// `accounts`: accounts with a connection of their own to each other server
    /// (nats-server's pinned accounts). The system account is added unless pools are
    /// off.
    pub pinned_accounts: Vec<String>,
    /// `compression`: S2 on routes, agreed with each peer (`accept` by default: only
    /// when the peer asks, as nats-server).
    pub compression: super::compression::Compression,
}

impl ClusterSettings {
    pub fn enabled(&self) -> bool {
        self.port != 0
    }

    /// The connections in each server's pool: 0 when pools are off (`pool_size: -1`),
    /// as nats-server's `routesPoolSize` for a negative size.
    pub fn pool_size(&self) -> usize {
        match self.pool_size {
            None | Some(0) => DEFAULT_POOL_SIZE,
            Some(n) if n < 0 => 0,
            Some(n) => n as usize,
        }
    }

    /// The accounts with a route of their own: the configured ones and `system`
    /// (nats-server adds the system account unless pools are off). None without pools.
    pub fn pinned(&self, system: &str) -> Vec<String> {
        if self.pool_size() == 0 {
            return Vec::new();
        }
        let mut pinned = self.pinned_accounts.clone();
        if !pinned.iter().any(|a| a == system) {
            pinned.push(system.to_string());
        }
        pinned
    }

    /// Reads `nats://[user:pass@]host:port` (the `--cluster` flag, `listen`): the host,
    /// the port, and the credentials it carries.
    pub fn set_listen_url(&mut self, url: &str) -> Result<(), String> {
        let rest = url.split_once("://").map_or(url, |(_, r)| r).trim_end_matches('/');
        let (auth, hostport) = match rest.rsplit_once('@') {
            Some((a, h)) => (Some(a), h),
            None => (None, rest),
        };
        let (host, port) = hostport.rsplit_once(':').ok_or_else(|| format!("error parsing cluster url {url:?}: missing port"))?;
        self.port = port.parse().map_err(|_| format!("error parsing cluster url {url:?}: invalid port"))?;
        self.host = host.trim_start_matches('[').trim_end_matches(']').to_string();
        if let Some(auth) = auth {
            let (user, pass) = auth.split_once(':').unwrap_or((auth, ""));
            self.username = Some(user.to_string());
            self.password = Some(pass.to_string());
        }
        Ok(())
    }

    /// The `--routes` flag: URLs separated by commas.
    pub fn set_routes_flag(&mut self, list: &str) {
        self.routes = list.split(',').map(str::trim).filter(|s| !s.is_empty()).map(String::from).collect();
    }
}

/// A route URL's parts: `host:port` to dial and the credentials to present.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RouteUrl {
    pub host_port: String,
    pub user: Option<String>,
    pub password: Option<String>,
}

impl RouteUrl {
    /// Parses `nats-route://[user:pass@]host:port[/]` (any scheme, or none).
    pub fn parse(url: &str) -> Result<RouteUrl, String> {
        let rest = url.split_once("://").map_or(url, |(_, r)| r).trim_end_matches('/');
        let (auth, host_port) = match rest.rsplit_once('@') {
            Some((a, h)) => (Some(a), h),
            None => (None, rest),
        };
        let Some((host, port)) = host_port.rsplit_once(':') else {
            return Err(format!("error parsing route url {url:?}: missing port"));
        };
        if host.is_empty() || port.parse::<u16>().is_err() {
            return Err(format!("error parsing route url {url:?}"));
        }
        let (user, password) = match auth.map(|a| a.split_once(':').unwrap_or((a, ""))) {
            Some((u, p)) => (Some(u.to_string()), Some(p.to_string())),
            None => (None, None),
        };
        Ok(RouteUrl { host_port: host_port.to_string(), user, password })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn urls_with_and_without_credentials() {
        let u = RouteUrl::parse("nats-route://ruser:T0pS3cr3t@127.0.0.1:6222/").unwrap();
        assert_eq!((u.host_port.as_str(), u.user.as_deref(), u.password.as_deref()), ("127.0.0.1:6222", Some("ruser"), Some("T0pS3cr3t")));
        assert_eq!(RouteUrl::parse("nats://[::1]:7000").unwrap().host_port, "[::1]:7000");
        assert!(RouteUrl::parse("nats://host").is_err());
        let mut c = ClusterSettings::default();
        c.set_listen_url("nats://u:p@127.0.0.1:6300").unwrap();
        assert_eq!((c.host.as_str(), c.port, c.username.as_deref()), ("127.0.0.1", 6300, Some("u")));
        c.set_routes_flag("nats://a:1, nats://b:2");
        assert_eq!(c.routes, vec!["nats://a:1", "nats://b:2"]);
    }
}
