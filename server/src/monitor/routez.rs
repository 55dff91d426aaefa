//! `/routez` (the cluster's routes, nats-server's fields), and `/gatewayz`, `/leafz`:
//! natsx has no gateways or leaf nodes yet, so these are nats-server's reports for a
//! server with none configured, field for field, so monitoring tools that poll every
//! endpoint keep working. Their parameters are checked as nats-server checks them.

use serde::Serialize;
use serde_json::{Map, Value};

use super::endpoints::{flag, param, Params};
use crate::server::Server;
use natsx_common::time::rfc3339;

#[derive(Serialize)]
pub struct Routez {
    server_id: String,
    server_name: String,
    now: String,
    num_routes: usize,
    routes: Vec<Value>,
}

#[derive(Serialize)]
pub struct Gatewayz {
    server_id: String,
    now: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    name: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    host: String,
    #[serde(skip_serializing_if = "is_zero")]
    port: u16,
    outbound_gateways: Map<String, Value>,
    inbound_gateways: Map<String, Value>,
}

fn is_zero(n: &u16) -> bool {
    *n == 0
}

#[derive(Serialize)]
pub struct Leafz {
    server_id: String,
    now: String,
    leafnodes: usize,
    leafs: Vec<Value>,
}

fn now() -> String {
    rfc3339(std::time::SystemTime::now())
}

/// `subs` is a boolean or `detail` (nats-server's `decodeSubs`).
pub fn routez(server: &Server, params: &Params) -> Result<Routez, String> {
    if param(params, "subs") != Some("detail") {
        flag(params, "subs")?;
    }
    let subs = param(params, "subs").is_some_and(|v| v == "detail" || v == "1" || v == "true");
    let routes: Vec<Value> = server.cluster().map(|c| c.connections()).unwrap_or_default().iter().map(|r| route_info(r, subs)).collect();
    Ok(Routez {
        server_id: server.server_id.clone(),
        server_name: server.server_name.clone(),
        now: now(),
        num_routes: routes.len(),
        routes,
    })
}

/// One route as nats-server's `RouteInfo` shows it.
/// How long since the other server last sent something, as nats-server writes it.
fn idle(link: &crate::link::Link) -> String {
    natsx_common::time::uptime(link.last_activity().elapsed().unwrap_or_default())
}

fn route_info(route: &crate::cluster::route::Route, subs: bool) -> Value {
    use std::sync::atomic::Ordering::Relaxed;
    let stats = &route.receiver.out.stats;
    let remote = route.remote.get();
    let uptime = route.started.elapsed().unwrap_or_default();
    let mut v = serde_json::json!({
        "rid": route.cid,
        "remote_id": remote.map(|r| r.id.clone()).unwrap_or_default(),
        "remote_name": remote.map(|r| r.name.clone()).unwrap_or_default(),
        "did_solicit": route.dialed.is_some(),
        "is_configured": route.dialed.as_ref().is_some_and(|d| d.configured),
        "ip": route.receiver.addr.ip().to_canonical().to_string(),
        "port": route.receiver.addr.port(),
        "start": rfc3339(route.started),
        "last_activity": rfc3339(route.link.last_activity()),
        "rtt": route.receiver.meta().rtt.map(natsx_common::time::go_duration).unwrap_or_else(|| "0s".into()),
        "uptime": natsx_common::time::uptime(uptime),
        "idle": idle(&route.link),
        "pending_size": route.receiver.out.pending(),
        "in_msgs": stats.in_msgs.load(Relaxed),
        "out_msgs": stats.out_msgs.load(Relaxed),
        "in_bytes": stats.in_bytes.load(Relaxed),
        "out_bytes": stats.out_bytes.load(Relaxed),
        "subscriptions": route.subscription_count(),
    });
    if subs {
        v["subscriptions_list"] = serde_json::json!(route.subscriptions());
    }
    if let Some(account) = route.link.pinned_account() {
        v["account"] = serde_json::json!(&**account);
    }
    v["compression"] = serde_json::json!(route.compression.get().map_or("off", |m| m.as_str()));
    v
}

pub fn gatewayz(server: &Server, params: &Params) -> Result<Gatewayz, String> {
    if param(params, "subs") != Some("detail") {
        flag(params, "subs")?;
    }
    // Per-account modes with `accs`, or for the account `acc_name` names.
    let account = param(params, "acc_name").filter(|a| !a.is_empty());
    let accounts = flag(params, "accs")? || account.is_some();
    let pick = |modes: Vec<crate::cluster::gateway::AccountMode>| -> Option<Value> {
        let modes: Vec<_> = modes.into_iter().filter(|m| account.is_none_or(|a| a == m.name)).collect();
        (accounts && !modes.is_empty()).then(|| serde_json::to_value(modes).unwrap_or_default())
    };
    let wanted = param(params, "gw_name");
    let mut z = Gatewayz {
        server_id: server.server_id.clone(),
        now: now(),
        name: String::new(),
        host: String::new(),
        port: 0,
        outbound_gateways: Map::new(),
        inbound_gateways: Map::new(),
    };
    let Some(gateways) = server.gateways() else { return Ok(z) };
    z.name = gateways.name().to_string();
    z.host = gateways.settings.host.clone();
    z.port = gateways.port();
    let connection = |link: &crate::link::Link, started: std::time::SystemTime, id: &str, subscriptions: usize| {
        use std::sync::atomic::Ordering::Relaxed;
        let stats = &link.receiver.out.stats;
        serde_json::json!({
            "cid": link.id,
            "kind": "Gateway",
            "ip": link.receiver.addr.ip().to_canonical().to_string(),
            "port": link.receiver.addr.port(),
            "start": rfc3339(started),
            "last_activity": rfc3339(link.last_activity()),
            "rtt": link.receiver.meta().rtt.map(natsx_common::time::go_duration).unwrap_or_else(|| "0s".into()),
            "uptime": natsx_common::time::uptime(started.elapsed().unwrap_or_default()),
            "idle": idle(link),
            "pending_bytes": link.receiver.out.pending(),
            "in_msgs": stats.in_msgs.load(Relaxed),
            "out_msgs": stats.out_msgs.load(Relaxed),
            "in_bytes": stats.in_bytes.load(Relaxed),
            "out_bytes": stats.out_bytes.load(Relaxed),
            "subscriptions": subscriptions,
            "name": id,
        })
    };
    for o in gateways.outbound() {
        if wanted.is_some_and(|w| w != o.name) {
            continue;
        }
        let id = o.remote.get().map(|r| r.0.clone()).unwrap_or_default();
        let mut entry =
            serde_json::json!({ "configured": o.configured, "connection": connection(&o.link, o.started, &id, o.subscription_count()) });
        if let Some(modes) = pick(o.account_modes()) {
            entry["accounts"] = modes;
        }
        z.outbound_gateways.insert(o.name.clone(), entry);
    }
    for i in gateways.inbound() {
        let Some((name, id, _)) = i.remote.get() else { continue };
        if wanted.is_some_and(|w| w != name) {
            continue;
        }
        let mut entry = serde_json::json!({ "configured": false, "connection": connection(&i.link, i.started, id, 0) });
        if let Some(modes) = pick(i.account_modes()) {
            entry["accounts"] = modes;
        }
        match z.inbound_gateways.get_mut(name) {
            Some(Value::Array(list)) => list.push(entry),
            _ => {
                z.inbound_gateways.insert(name.clone(), Value::Array(vec![entry]));
            }
        }
    }
    Ok(z)
}

pub fn leafz(server: &Server, params: &Params) -> Result<Leafz, String> {
    let subs = flag(params, "subs")?;
    let account = param(params, "acc");
    let leafs: Vec<Value> = server
        .leafnodes()
        .map(|l| l.leafs())
        .unwrap_or_default()
        .iter()
        .filter(|l| account.is_none_or(|a| l.account.get().is_some_and(|acc| acc.name == a)))
        .map(|l| leaf_info(l, subs))
        .collect();
    Ok(Leafz { server_id: server.server_id.clone(), now: now(), leafnodes: leafs.len(), leafs })
}

/// One leaf node connection as nats-server's `LeafInfo` shows it.
fn leaf_info(leaf: &crate::cluster::leaf::Leaf, subs: bool) -> Value {
    use std::sync::atomic::Ordering::Relaxed;
    let stats = &leaf.link.receiver.out.stats;
    let peer = leaf.peer.get();
    let mut v = serde_json::json!({
        "id": leaf.cid,
        "name": peer.map(|p| p.name.clone()).unwrap_or_default(),
        "is_spoke": leaf.is_spoke(),
        "account": leaf.account.get().map(|a| a.name.clone()).unwrap_or_default(),
        "ip": leaf.link.receiver.addr.ip().to_canonical().to_string(),
        "port": leaf.link.receiver.addr.port(),
        "rtt": leaf.link.receiver.meta().rtt.map(natsx_common::time::go_duration).unwrap_or_else(|| "0s".into()),
        "in_msgs": stats.in_msgs.load(Relaxed),
        "out_msgs": stats.out_msgs.load(Relaxed),
        "in_bytes": stats.in_bytes.load(Relaxed),
        "out_bytes": stats.out_bytes.load(Relaxed),
        "subscriptions": leaf.interest.count(),
    });
    if let Some(cluster) = peer.map(|p| p.cluster.clone()).filter(|c| !c.is_empty()) {
        v["cluster"] = serde_json::json!(cluster);
    }
    if subs {
        v["subscriptions_list"] = serde_json::json!(leaf.interest.subjects());
    }
    v["compression"] = serde_json::json!(leaf.compression.get().map_or("off", |m| m.as_str()));
    v
}
