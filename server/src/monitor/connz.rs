//! `/connz`: open and closed client connections, as nats-server's `Connz` and
//! `ConnInfo`. Options: `state`, `sort`, `offset`, `limit`, `subs` (`1` or `detail`),
//! `auth`, `acc` (one account's connections), `cid`.

use std::time::SystemTime;

use serde::Serialize;

use super::endpoints::{flag, number, param, Params};
use super::time::{go_duration, rfc3339, uptime};
use crate::client::ConnSnapshot;
use crate::server::Server;

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
    authorized_user: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    account: String,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    subscriptions_list: Vec<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    subscriptions_list_detail: Vec<super::subsz::SubDetail>,
    /// The account name (nats-server's tag for accounts without a JWT name).
    #[serde(skip_serializing_if = "String::is_empty")]
    name_tag: String,
}

pub fn connz(server: &Server, params: &Params) -> Result<Connz, String> {
    let state = param(params, "state").unwrap_or("open");
    if !matches!(state, "open" | "closed" | "any" | "all") {
        return Err(format!("invalid state option: {state}"));
    }
    let subs = param(params, "subs");
    let (subs_list, subs_detail) = match subs {
        Some("detail") => (false, true),
        _ => (flag(params, "subs")?, false),
    };
    let auth = flag(params, "auth")?;
    let account = param(params, "acc").filter(|a| !a.is_empty());
    let cid: Option<u64> = param(params, "cid").map(|v| v.parse().map_err(|_| format!("invalid cid: {v}"))).transpose()?;
    let offset = number(params, "offset", 0)?;
    let limit = number(params, "limit", 1024)?;
    let sort = param(params, "sort").unwrap_or("cid");
    let now = SystemTime::now();
    let mut conns: Vec<ConnSnapshot> = Vec::new();
    if matches!(state, "open" | "any" | "all") {
        conns.extend(server.clients().iter().map(|c| c.snapshot()));
    }
    if matches!(state, "closed" | "any" | "all") {
        conns.extend(server.closed_clients());
    }
    conns.retain(|c| account.is_none_or(|a| c.meta.account == a) && cid.is_none_or(|id| c.cid == id));
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
        "stop" if state == "closed" => conns.sort_by_key(|c| std::cmp::Reverse(c.stop)),
        "reason" if state == "closed" => conns.sort_by(|a, b| a.reason.cmp(&b.reason)),
        other => return Err(format!("invalid sorting option: {other}")),
    }
    let total = conns.len();
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
        kind_type: "nats",
        ip: c.addr.ip().to_string(),
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
        authorized_user: if auth { c.meta.user.clone() } else { String::new() },
        account: if auth { c.meta.account.clone() } else { String::new() },
        subscriptions_list: if subs_list { c.subscriptions.clone() } else { Vec::new() },
        subscriptions_list_detail: detail,
        name_tag: if auth { c.meta.account.clone() } else { String::new() },
    }
}
