//! The shapes of users and accounts as the config file declares them (`authorization`,
//! `accounts`); `auth` checks connections against them.

use crate::permissions::Permissions;

/// A configured user.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct User {
    /// The user name; for an NKey user, its public key.
    pub name: String,
    /// An NKey user (`nkey: U...`): authenticated by signing the server's nonce with
    /// the key's seed, not by a password.
    pub nkey: bool,
    /// Plain text, or a bcrypt hash (`$2a$`, `$2b$`, `$2y$`).
    pub password: String,
    pub permissions: Option<Permissions>,
    /// Account this user belongs to; `None` is the global account.
    pub account: Option<String>,
    /// `allowed_connection_types` (upper case); `None` allows every type.
    pub allowed_connection_types: Option<Vec<String>>,
}

/// nats-server's connection type names for `allowed_connection_types`.
pub const CONNECTION_TYPES: &[&str] = &["STANDARD", "WEBSOCKET", "LEAFNODE", "LEAFNODE_WS", "MQTT", "MQTT_WS", "IN_PROCESS"];

/// A client on the client port.
pub const STANDARD_CONNECTION: &str = "STANDARD";
/// A client on the WebSocket port.
pub const WEBSOCKET_CONNECTION: &str = "WEBSOCKET";

impl User {
    /// May this user connect with a connection of this type (`STANDARD`, `WEBSOCKET`)?
    pub fn allows(&self, connection_type: &str) -> bool {
        self.allowed_connection_types.as_ref().is_none_or(|types| types.iter().any(|t| t == connection_type))
    }
}

/// An account declared in the `accounts {}` block.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct AccountConfig {
    pub name: String,
    pub users: Vec<User>,
    /// JetStream for this account: `None` when the account does not mention it.
    pub jetstream: Option<AccountJetStreamLimits>,
    /// `exports: [{stream: SUBJECT, accounts: [...]}]`.
    pub stream_exports: Vec<Export>,
    /// `imports: [{stream: {account, subject}, prefix|to}]`.
    pub stream_imports: Vec<StreamImport>,
    /// `exports: [{service: SUBJECT, accounts: [...], response_type, response_threshold}]`.
    pub service_exports: Vec<ServiceExport>,
    /// `imports: [{service: {account, subject}, to}]`.
    pub service_imports: Vec<ServiceImport>,
    /// `limits { max_connections, max_subscriptions, max_payload, max_leafnodes }`.
    pub limits: AccountLimits,
    /// `mappings { SUBJECT: DESTINATION | [{destination, weight}] }`.
    pub mappings: Vec<MappingConfig>,
    /// Operator mode: when the account's JWT expires (Unix seconds; 0 is never).
    pub expires: i64,
}

/// One subject mapping: its source and its (destination, weight in percent) entries.
/// Cluster-scoped entries (`cluster: NAME`) are left out: they apply only inside that
/// cluster, and natsx is not clustered.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct MappingConfig {
    pub src: String,
    pub dests: Vec<(String, u8)>,
}

/// An account's connection limits (nats-server's account `limits` block, or an account
/// JWT's): `None` is no limit (unset, or negative as nats-server's `NoLimit`); `Some(0)`
/// allows none, as in nats-server.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct AccountLimits {
    /// Connections open in the account at once; one more gets
    /// `maximum account active connections exceeded`.
    pub max_connections: Option<u64>,
    /// Subscriptions per connection of the account (as nats-server applies it).
    pub max_subscriptions: Option<usize>,
    /// The largest message a connection of the account may publish (bytes); also sent as
    /// `max_payload` in the INFO that follows CONNECT.
    pub max_payload: Option<usize>,
}

/// What an export offers and to whom (a stream export is only this): messages published
/// in the account on `subject` (wildcards allowed), or requests to it for a service, may
/// be imported by other accounts.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Export {
    pub subject: String,
    /// The accounts that may import it; `None` (or an empty list, in a config file) is
    /// public (anyone may).
    pub accounts: Option<Vec<String>>,
    /// An account JWT's `token_req`: only `accounts` may import it, even when that list
    /// is empty (no importer brought a valid activation token).
    pub token_required: bool,
    /// `account_token_position`: an importer is authorized when this token (1-based) of
    /// its import subject is its own account name; 0 is off.
    pub account_token_position: usize,
}

/// A service export (nats-server's `exports: [{service: ...}]`): other accounts may send
/// requests on `subject` into this account, and get the responses back.
#[derive(Clone, Debug, PartialEq)]
pub struct ServiceExport {
    pub export: Export,
    /// `response_type`: how many responses a request may get back.
    pub response_type: ResponseType,
    /// `response_threshold`: how long a request's route back stays open without a
    /// response (nats-server's default: 2 minutes).
    pub response_threshold: std::time::Duration,
    /// `latency`: response times measured and published (singleton exports only).
    pub latency: Option<Latency>,
}

/// A service export's `latency`: which requests are measured, and the subject (in the
/// exporting account) their `io.nats.server.metric.v1.service_latency` reports go to.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Latency {
    /// Percent of requests measured (1-100, default 100); 0 (`sampling: headers`)
    /// measures only requests whose tracing headers ask for it, as do the requests a
    /// percentage leaves out.
    pub sampling: u8,
    pub subject: String,
}

/// nats-server's default `response_threshold`.
pub const DEFAULT_RESPONSE_THRESHOLD: std::time::Duration = std::time::Duration::from_secs(120);

/// nats-server's service response types.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum ResponseType {
    /// One response (`singleton`, the default): the route back closes after it.
    #[default]
    Singleton,
    /// Any number of responses (`stream`), while they come within the threshold.
    Stream,
    /// As `Stream` (`chunked`); an empty message ends it.
    Chunked,
}

impl ResponseType {
    /// nats-server's names (`/accountz` shows these).
    pub fn name(self) -> &'static str {
        match self {
            ResponseType::Singleton => "Singleton",
            ResponseType::Stream => "Streamed",
            ResponseType::Chunked => "Chunked",
        }
    }
}

/// A service import (nats-server's `imports: [{service: {account, subject}, to}]`):
/// requests published in this account on `to` go to `account` on `subject`, and its
/// responses come back to the requester.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ServiceImport {
    pub account: String,
    /// The exporter's subject.
    pub subject: String,
    /// The subject requesters publish on here (`subject` when the config has no `to`).
    pub to: String,
    /// `share`: the exporter is told who the requester is (user, name, host, ...), not
    /// only its account.
    pub share: bool,
}

/// A stream import (nats-server's `imports: [{stream: {account, subject}, prefix|to}]`):
/// what `account` publishes on `subject` arrives in this account too, on `to`.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct StreamImport {
    pub account: String,
    pub subject: String,
    /// `prefix`: prepended to the subject (a literal; a `.` is added).
    pub prefix: Option<String>,
    /// `to`: the subject it arrives on (wildcard references allowed when `subject` has
    /// wildcards).
    pub to: Option<String>,
}

/// An account's JetStream limits; -1 is "no limit".
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct AccountJetStreamLimits {
    pub enabled: bool,
    pub max_memory: i64,
    pub max_store: i64,
    pub max_streams: i64,
    pub max_consumers: i64,
    pub max_ack_pending: i64,
    pub memory_max_stream_bytes: i64,
    pub store_max_stream_bytes: i64,
    pub max_bytes_required: bool,
}

impl Default for AccountJetStreamLimits {
    fn default() -> Self {
        AccountJetStreamLimits {
            enabled: true,
            max_memory: -1,
            max_store: -1,
            max_streams: -1,
            max_consumers: -1,
            max_ack_pending: -1,
            memory_max_stream_bytes: -1,
            store_max_stream_bytes: -1,
            max_bytes_required: false,
        }
    }
}
