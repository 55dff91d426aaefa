//! The server's events in the system account, in nats-server's JSON (its `events.go`):
//!
//! - `$SYS.ACCOUNT.<account>.CONNECT` (`io.nats.server.advisory.v1.client_connect`) when
//!   a client's CONNECT is accepted, and `.DISCONNECT`
//!   (`io.nats.server.advisory.v1.client_disconnect`, with its traffic and the reason)
//!   when it closes;
//! - `$SYS.SERVER.<id>.STATSZ` every 10 seconds (nats-server's `statsHBInterval`), the
//!   statistics `$SYS.REQ.SERVER.PING.STATSZ` also answers.
//!
//! An event nobody subscribes to is not built at all.

use std::sync::atomic::{AtomicU64, Ordering};
use std::time::SystemTime;

use serde::Serialize;
use serde_json::{json, Value};

use crate::client::ConnSnapshot;
use crate::router::{Outgoing, Wake};
use crate::server::Server;
use natsx_common::time::rfc3339;

/// How often `$SYS.SERVER.<id>.STATSZ` goes out.
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

/// The events' sequence numbers (`server.seq`).
static SEQUENCE: AtomicU64 = AtomicU64::new(0);

/// nats-server's `ServerInfo` of this server, with the next sequence number.
pub fn server_info(server: &Server) -> Value {
    let jetstream = server.jetstream().is_some();
    json!({
        "name": server.server_name,
        "host": server.opts().host,
        "id": server.server_id,
        "ver": crate::info::FEATURE_LEVEL,
        "jetstream": jetstream,
        "flags": if jetstream { 1 } else { 0 },
        "seq": SEQUENCE.fetch_add(1, Ordering::Relaxed) + 1,
        "time": rfc3339(SystemTime::now()),
    })
}

/// Publishes `body()` on `subject` in the system account, when someone listens.
fn emit(server: &Server, subject: &str, body: impl FnOnce() -> Value) {
    let system = server.system_account();
    if !system.has_interest(subject.as_bytes()) {
        return;
    }
    let payload = body().to_string();
    server.router.publish(&system, [Outgoing::new(subject.as_bytes(), payload.as_bytes())], Wake::Deferred);
}

/// `$SYS.ACCOUNT.<account>.CONNECT` for a client whose CONNECT was accepted.
pub fn client_connected(server: &Server, client: &ConnSnapshot) {
    let subject = format!("$SYS.ACCOUNT.{}.CONNECT", client.meta.account);
    emit(server, &subject, || {
        json!({
            "type": "io.nats.server.advisory.v1.client_connect",
            "id": event_id(),
            "timestamp": rfc3339(SystemTime::now()),
            "server": server_info(server),
            // The round trip is not measured yet when a client connects.
            "client": ClientInfo { rtt: 0, ..ClientInfo::of_snapshot(client) },
        })
    });
}

/// `$SYS.ACCOUNT.<account>.DISCONNECT` for a client that had connected, with what it
/// sent and received and why it closed.
pub fn client_disconnected(server: &Server, client: &ConnSnapshot) {
    if client.meta.account.is_empty() {
        return;
    }
    let subject = format!("$SYS.ACCOUNT.{}.DISCONNECT", client.meta.account);
    emit(server, &subject, || {
        json!({
            "type": "io.nats.server.advisory.v1.client_disconnect",
            "id": event_id(),
            "timestamp": rfc3339(SystemTime::now()),
            "server": server_info(server),
            "client": ClientInfo::of_snapshot(client),
            // From the client's side (as nats-server reports it): what it sent, and
            // what it received.
            "sent": { "msgs": client.in_msgs, "bytes": client.in_bytes },
            "received": { "msgs": client.out_msgs, "bytes": client.out_bytes },
            "reason": client.reason,
        })
    });
}

/// nats-server's `ServerStats`.
pub fn statsz(server: &Server) -> Value {
    let stats = &server.stats;
    let varz = crate::monitor::report(server, "varz", &[]).and_then(Result::ok).unwrap_or_default();
    let data = |msgs: u64, bytes: u64| json!({ "msgs": msgs, "bytes": bytes });
    let (in_msgs, in_bytes) = (stats.in_msgs.load(Ordering::Relaxed), stats.in_bytes.load(Ordering::Relaxed));
    let (out_msgs, out_bytes) = (stats.out_msgs.load(Ordering::Relaxed), stats.out_bytes.load(Ordering::Relaxed));
    let mut statsz = json!({
        "start": rfc3339(server.start),
        "mem": varz["mem"],
        "cores": varz["cores"],
        "cpu": varz["cpu"],
        "connections": server.num_clients(),
        "total_connections": stats.total_connections.load(Ordering::Relaxed),
        "active_accounts": server.accounts().iter().filter(|a| a.connections() > 0).count(),
        "subscriptions": server.num_subscriptions(),
        "sent": data(out_msgs, out_bytes),
        "sent_to_clients": data(out_msgs, out_bytes),
        "received": data(in_msgs, in_bytes),
        "received_from_clients": data(in_msgs, in_bytes),
        "slow_consumers": stats.slow_consumers.load(Ordering::Relaxed),
    });
    if let Some(js) = varz.get("jetstream").filter(|j| !j.is_null()) {
        statsz["jetstream"] = js.clone();
    }
    statsz
}

/// Sends `$SYS.SERVER.<id>.STATSZ` every `STATSZ_INTERVAL` while the server runs.
pub fn start_statsz(server: &std::sync::Arc<Server>) {
    let weak = std::sync::Arc::downgrade(server);
    let subject = format!("$SYS.SERVER.{}.STATSZ", server.server_id);
    tokio::spawn(async move {
        let mut tick = tokio::time::interval(STATSZ_INTERVAL);
        tick.tick().await;
        loop {
            tick.tick().await;
            let Some(server) = weak.upgrade() else { return };
            emit(&server, &subject, || json!({ "server": server_info(&server), "statsz": statsz(&server) }));
        }
    });
}
