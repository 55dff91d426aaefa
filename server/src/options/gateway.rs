//! The `gateway {}` block, as nats-server reads it (`parseGateway`, `parseGateways`):
//! this cluster's name among the super-cluster, its gateway listener, and the other
//! clusters' gateways it connects to.

use std::time::Duration;

/// nats-server's default gateway port.
pub const DEFAULT_PORT: u16 = 7222;

#[derive(Clone, Debug, PartialEq, Default)]
pub struct GatewaySettings {
    /// This cluster's gateway name (required).
    pub name: String,
    pub host: String,
    /// The gateway port: -1 picks a free one.
    pub port: i32,
    /// `advertise`: `host:port` other gateways are told to dial.
    pub advertise: Option<String>,
    /// `authorization { user, password, timeout }`: what other gateways present.
    pub username: Option<String>,
    pub password: Option<String>,
    pub auth_timeout: Option<Duration>,
    /// `gateways`: the other clusters' gateways to connect to.
    pub remotes: Vec<RemoteGateway>,
    /// `reject_unknown_cluster`: refuse gateways not listed in `gateways`.
    pub reject_unknown: bool,
    /// How many times an implicit gateway (one another told about) is retried.
    pub connect_retries: u32,
    /// `tls {}`: gateways are TLS both ways (as routes).
    pub tls: Option<crate::tls::TlsSettings>,
}

/// One entry of `gateways`.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct RemoteGateway {
    pub name: String,
    /// `url`/`urls`: `nats://[user:pass@]host:port`.
    pub urls: Vec<String>,
}
