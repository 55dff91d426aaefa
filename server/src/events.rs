//! The server's events in the system account, in nats-server's JSON (its `events.go`):
//!
//! - `$SYS.ACCOUNT.<account>.CONNECT` (`io.nats.server.advisory.v1.client_connect`) when
//!   a client's CONNECT is accepted, and `.DISCONNECT`
//!   (`io.nats.server.advisory.v1.client_disconnect`, with its traffic and the reason)
//!   when it closes;
//! - `$SYS.SERVER.<id>.STATSZ` every 10 seconds (nats-server's `statsHBInterval`), the
//!   statistics `$SYS.REQ.SERVER.PING.STATSZ` also answers.
//!
//! This module builds them; the server publishes them (`Server::emit`), and only when
//! someone subscribes: an event nobody listens to is not built at all.

use std::time::SystemTime;

use serde::Serialize;
use serde_json::{json, Value};

use crate::client::ConnSnapshot;
use natsx_common::time::rfc3339;

/// How often `$SYS.SERVER.<id>.STATSZ` goes out (nats-server's `statsHBInterval`).
pub const STATSZ_INTERVAL: std::time::Duration = std::time::Duration::from_secs(10);

/// nats-server's `ClientInfo` of a connection (empty fields left out), as events and
/// `Nats-Request-Info` carry it.
#[derive(Serialize, serde::Deserialize, Default, Clone, Debug)]
#[serde(default)]
pub struct ClientInfo {
    #[serde(skip_serializing_if = "String::is_empty")]
    pub start: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub host: String,
    #[serde(skip_serializing_if = "is_zero")]
    pub id: u64,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub acc: String,
    /// The account a chained request left last (`svc`).
    #[serde(skip_serializing_if = "String::is_empty")]
    pub svc: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub user: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub name: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub lang: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub ver: String,
    /// Nanoseconds.
    #[serde(skip_serializing_if = "is_zero")]
    pub rtt: u64,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub server: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub stop: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub jwt: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub issuer_key: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub name_tag: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub kind: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub client_type: String,
}

fn is_zero(n: &u64) -> bool {
    *n == 0
}

impl ClientInfo {
    /// A connection as a service import reports it: the account and round-trip time,
    /// and, for a responder or a shared requester (`detailed`), who it is and where.
    pub fn of(client: &crate::receiver::Receiver, detailed: bool, server_name: &str) -> ClientInfo {
        let meta = client.meta();
        let rtt = meta.rtt.unwrap_or_default().as_nanos() as u64;
        if !detailed {
            return ClientInfo { acc: meta.account, rtt, ..Default::default() };
        }
        ClientInfo {
            start: rfc3339(client.start),
            host: client.addr.ip().to_canonical().to_string(),
            id: client.cid,
            acc: meta.account,
            user: meta.user,
            name: meta.name,
            lang: meta.lang,
            ver: meta.version,
            rtt,
            server: server_name.to_string(),
            kind: "Client".into(),
            client_type: "nats".into(),
            ..Default::default()
        }
    }

    /// Everything about a connection (a snapshot of it), as a connect or disconnect
    /// event describes it.
    pub fn of_snapshot(c: &ConnSnapshot) -> ClientInfo {
        let jwt = c.meta.jwt.clone().unwrap_or_default();
        ClientInfo {
            start: rfc3339(c.start),
            host: c.addr.ip().to_canonical().to_string(),
            id: c.cid,
            acc: c.meta.account.clone(),
            user: c.meta.user.clone(),
            name: c.meta.name.clone(),
            lang: c.meta.lang.clone(),
            ver: c.meta.version.clone(),
            rtt: c.meta.rtt.unwrap_or_default().as_nanos() as u64,
            stop: c.stop.map(rfc3339).unwrap_or_default(),
            jwt: jwt.jwt,
            issuer_key: jwt.issuer_key,
            // nats-server's name tag: the account JWT's name, else the account's.
            name_tag: if jwt.name_tag.is_empty() { c.meta.account.clone() } else { jwt.name_tag },
            kind: "Client".into(),
            client_type: if c.connection_type == crate::options::accounts::WEBSOCKET_CONNECTION { "websocket" } else { "nats" }.into(),
            ..Default::default()
        }
    }
}

/// A fresh event id (nats-server uses a NUID: 22 base-62 characters).
fn event_id() -> String {
    const ALPHABET: &[u8] = b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    (0..22).map(|_| char::from(ALPHABET[rand::random::<usize>() % 62])).collect()
}

/// `io.nats.server.advisory.v1.client_connect` for a client whose CONNECT was accepted;
/// `server` is the server's `ServerInfo`.
pub fn connect_event(server: Value, client: &ConnSnapshot) -> Value {
    json!({
        "type": "io.nats.server.advisory.v1.client_connect",
        "id": event_id(),
        "timestamp": rfc3339(SystemTime::now()),
        "server": server,
        // The round trip is not measured yet when a client connects.
        "client": ClientInfo { rtt: 0, ..ClientInfo::of_snapshot(client) },
    })
}

/// `io.nats.server.advisory.v1.client_disconnect`: the client, what it sent and received
/// (from its side, as nats-server reports it) and why it closed.
pub fn disconnect_event(server: Value, client: &ConnSnapshot) -> Value {
    json!({
        "type": "io.nats.server.advisory.v1.client_disconnect",
        "id": event_id(),
        "timestamp": rfc3339(SystemTime::now()),
        "server": server,
        "client": ClientInfo::of_snapshot(client),
        "sent": { "msgs": client.in_msgs, "bytes": client.in_bytes },
        "received": { "msgs": client.out_msgs, "bytes": client.out_bytes },
        "reason": client.reason,
    })
}
