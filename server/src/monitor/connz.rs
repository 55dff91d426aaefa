//! `/connz`: open and closed client connections, as nats-server's `Connz` and
//! `ConnInfo`. Options: `state`, `sort`, `offset`, `limit`, `subs` (`1` or `detail`),
//! `auth`, `acc` (one account's connections), `cid`.

use std::time::SystemTime;

use serde::Serialize;

use super::endpoints::{flag, number, param, Params};
use crate::client::ConnSnapshot;
use crate::server::Server;
use natsx_common::time::{go_duration, rfc3339, uptime};

#[derive(Serialize)]
pub struct Connz {
    server_id: String,
    now: String,
    num_connections: usize,
    total: usize,
    offset: usize,
    limit: usize,
    connections: Vec<ConnInfo>,
}

#[derive(Serialize)]
pub struct ConnInfo {
    cid: u64,
    kind: &'static str,
    #[serde(rename = "type")]
    kind_type: &'static str,
    ip: String,
    port: u16,
    start: String,
    last_activity: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    stop: Option<String>,
    #[serde(skip_serializing_if = "String::is_empty")]
    reason: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    rtt: String,
    uptime: String,
    idle: String,
    pending_bytes: usize,
    in_msgs: u64,
    out_msgs: u64,
    in_bytes: u64,
    out_bytes: u64,
    subscriptions: usize,
    #[serde(skip_serializing_if = "String::is_empty")]
    name: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    lang: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    version: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    tls_version: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    tls_cipher_suite: String,
    /// With `auth`, as nats-server.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    tls_peer_certs: Vec<crate::tls::PeerCert>,
    #[serde(skip_serializing_if = "super::endpoints::is_false")]
    tls_first: bool,
    #[serde(skip_serializing_if = "String::is_empty")]
    authorized_user: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    account: String,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    subscriptions_list: Vec<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    subscriptions_list_detail: Vec<super::subsz::SubDetail>,
    #[serde(skip_serializing_if = "String::is_empty")]
    jwt: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    issuer_key: String,
    /// The account name (nats-server's tag for accounts without a JWT name), or a JWT
    /// user's name.
    #[serde(skip_serializing_if = "String::is_empty")]
    name_tag: String,
}

/// `/connz`, its parameters read in nats-server's order and with its errors
/// (`HandleConnz`, `Connz`): `auth`, `subs` (`detail` in any case), `offset`, `limit`,
/// `cid`, `state` (any case), then the `user`, `acc` and `mqtt_client` filters (natsx has
/// no MQTT clients, so the last matches none) and `sort` (`stop` and `reason` only for
/// closed connections).
pub fn connz(server: &Server, params: &Params) -> Result<Connz, String> {
    let auth = flag(params, "auth")?;
    let subs_detail = param(params, "subs").is_some_and(|v| v.eq_ignore_ascii_case("detail"));
    let subs_list = !subs_detail && flag(params, "subs")?;
    let offset = number(params, "offset", 0)?;
    let limit = number(params, "limit", 1024)?;
    let cid: Option<u64> = match param(params, "cid").filter(|v| !v.is_empty()) {
        None => None,
        Some(v) => Some(v.parse().map_err(|_| {
            format!("Error decoding uint64 for 'cid': strconv.ParseUint: parsing {v:?}: {}", super::endpoints::go_number_error(v, false))
        })?),
    }
    .filter(|c| *c > 0);
    let state = match param(params, "state").filter(|v| !v.is_empty()).map(str::to_ascii_lowercase) {
        None => "open".to_string(),
        Some(s) if matches!(s.as_str(), "open" | "closed" | "any" | "all") => s,
        Some(_) => return Err(format!("Error decoding state for {}", param(params, "state").unwrap_or_default())),
    };
    let state = state.as_str();
    let user = param(params, "user").filter(|u| !u.is_empty());
    let account = param(params, "acc").filter(|a| !a.is_empty());
    let mqtt_client = param(params, "mqtt_client").filter(|m| !m.is_empty());
    let sort = param(params, "sort").filter(|s| !s.is_empty()).unwrap_or("cid");
    const SORTS: &[&str] = &[
        "cid",
        "start",
        "subs",
        "pending",
        "msgs_to",
        "msgs_from",
        "bytes_to",
        "bytes_from",
        "last",
        "idle",
        "uptime",
        "stop",
        "reason",
        "rtt",
    ];
    if !SORTS.contains(&sort) {
        return Err(format!("invalid sorting option: {sort}"));
    }
    if matches!(sort, "stop" | "reason") && state != "closed" {
        return Err(format!("sort by {sort} only valid on closed connections"));
    }
    let now = SystemTime::now();
    let mut conns: Vec<ConnSnapshot> = Vec::new();
    if matches!(state, "open" | "any" | "all") {
        conns.extend(server.clients().iter().map(|c| c.snapshot()));
    }
    if matches!(state, "closed" | "any" | "all") {
        conns.extend(server.closed_clients());
    }
    conns.retain(|c| account.is_none_or(|a| c.meta.account == a) && cid.is_none_or(|id| c.cid == id));
    // nats-server counts the total before the user and MQTT client filters.
    let total = conns.len();
    conns.retain(|c| user.is_none_or(|u| c.meta.user == u) && mqtt_client.is_none());
    let last = |c: &ConnSnapshot| c.stop.unwrap_or(c.last_activity);
    match sort {
        "cid" => conns.sort_by_key(|c| c.cid),
        "start" => conns.sort_by_key(|c| c.start),
        "subs" => conns.sort_by_key(|c| std::cmp::Reverse(c.subscriptions.len())),
        "pending" => conns.sort_by_key(|c| std::cmp::Reverse(c.pending)),
        "msgs_to" => conns.sort_by_key(|c| std::cmp::Reverse(c.out_msgs)),
        "msgs_from" => conns.sort_by_key(|c| std::cmp::Reverse(c.in_msgs)),
        "bytes_to" => conns.sort_by_key(|c| std::cmp::Reverse(c.out_bytes)),
        "bytes_from" => conns.sort_by_key(|c| std::cmp::Reverse(c.in_bytes)),
        "last" => conns.sort_by_key(|c| std::cmp::Reverse(last(c))),
        "idle" => conns.sort_by_key(|c| last(c)),
        "uptime" => conns.sort_by_key(|c| c.start),
        "rtt" => conns.sort_by_key(|c| std::cmp::Reverse(c.meta.rtt)),
        "stop" => conns.sort_by_key(|c| std::cmp::Reverse(c.stop)),
        _ => conns.sort_by(|a, b| a.reason.cmp(&b.reason)),
    }
    let connections: Vec<ConnInfo> =
        conns.iter().skip(offset).take(limit).map(|c| conn_info(server, c, now, auth, subs_list, subs_detail)).collect();
    Ok(Connz {
        server_id: server.server_id.clone(),
        now: rfc3339(now),
        num_connections: connections.len(),
        total,
        offset,
        limit,
        connections,
    })
}

fn conn_info(server: &Server, c: &ConnSnapshot, now: SystemTime, auth: bool, subs_list: bool, subs_detail: bool) -> ConnInfo {
    let last = c.stop.unwrap_or(c.last_activity);
    let detail = if subs_detail {
        let account = server.account(&c.meta.account);
        account
            .sublist
            .all()
            .iter()
            .filter(|s| s.client().is_some_and(|owner| owner.cid == c.cid))
            .map(|s| super::subsz::sub_detail(&account.name, s))
            .collect()
    } else {
        Vec::new()
    };
    ConnInfo {
        cid: c.cid,
        kind: "Client",
        kind_type: if c.connection_type == crate::options::accounts::WEBSOCKET_CONNECTION { "websocket" } else { "nats" },
        ip: c.addr.ip().to_canonical().to_string(),
        port: c.addr.port(),
        start: rfc3339(c.start),
        last_activity: rfc3339(last),
        stop: c.stop.map(rfc3339),
        reason: c.reason.clone(),
        rtt: c.meta.rtt.map(go_duration).unwrap_or_default(),
        uptime: uptime(c.stop.unwrap_or(now).duration_since(c.start).unwrap_or_default()),
        idle: uptime(now.duration_since(last).unwrap_or_default()),
        pending_bytes: c.pending,
        in_msgs: c.in_msgs,
        out_msgs: c.out_msgs,
        in_bytes: c.in_bytes,
        out_bytes: c.out_bytes,
        subscriptions: c.subscriptions.len(),
        name: c.meta.name.clone(),
        lang: c.meta.lang.clone(),
        version: c.meta.version.clone(),
        tls_version: c.tls.as_ref().map(|t| t.version.to_string()).unwrap_or_default(),
        tls_cipher_suite: c.tls.as_ref().map(|t| t.cipher_suite.clone()).unwrap_or_default(),
        tls_peer_certs: c.tls.as_ref().filter(|_| auth).map(|t| t.peer_certs.clone()).unwrap_or_default(),
        tls_first: c.tls.as_ref().is_some_and(|t| t.first),
        authorized_user: if auth { c.meta.user.clone() } else { String::new() },
        // nats-server leaves the global account out.
        account: if auth && c.meta.account != crate::account::GLOBAL_ACCOUNT { c.meta.account.clone() } else { String::new() },
        subscriptions_list: if subs_list { c.subscriptions.clone() } else { Vec::new() },
        subscriptions_list_detail: detail,
        jwt: c.meta.jwt.as_ref().filter(|_| auth).map(|j| j.jwt.clone()).unwrap_or_default(),
        issuer_key: c.meta.jwt.as_ref().filter(|_| auth).map(|j| j.issuer_key.clone()).unwrap_or_default(),
        name_tag: match (&c.meta.jwt, auth) {
            (_, false) => String::new(),
            (Some(j), true) => j.name_tag.clone(),
            // A closed connection of the global account has none (nats-server's closed list).
            (None, true) if c.stop.is_some() && c.meta.account == crate::account::GLOBAL_ACCOUNT => String::new(),
            (None, true) => c.meta.account.clone(),
        },
    }
}
