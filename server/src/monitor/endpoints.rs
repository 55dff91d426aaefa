//! The JSON bodies of the monitoring endpoints.

use std::sync::atomic::Ordering;
use std::time::SystemTime;

use serde_json::{json, Map, Value};

use super::time::{go_duration, rfc3339, uptime};
use crate::client::ConnSnapshot;
use crate::info::{FEATURE_LEVEL, NATSX_VERSION};
use crate::server::Server;

type Params = [(String, String)];

fn param<'a>(params: &'a Params, key: &str) -> Option<&'a str> {
    params.iter().find(|(k, _)| k == key).map(|(_, v)| v.as_str())
}

fn flag(params: &Params, key: &str) -> bool {
    matches!(param(params, key), Some("1" | "true" | "detail"))
}

/// One monitoring report by name (`varz`, `connz`, `subsz`, `healthz`), shared by
/// the HTTP endpoints and the `$SYS.REQ.SERVER` services. `None` for an unknown name.
pub fn report(server: &Server, name: &str, params: &Params) -> Option<Result<Value, String>> {
    Some(match name {
        "varz" => Ok(varz(server)),
        "connz" => connz(server, params),
        "subsz" | "subscriptionsz" => subsz(server, params),
        "healthz" => Ok(json!({"status": "ok"})),
        _ => return None,
    })
}

/// Routes a GET to its endpoint: (status, JSON body).
pub fn handle(server: &Server, path: &str, params: &Params) -> (u16, String) {
    let result = match path {
        "" => Ok(root(server)),
        _ => match report(server, path.trim_start_matches('/'), params) {
            Some(r) => r,
            None => return (404, json!({"error": format!("no such endpoint: {path}")}).to_string()),
        },
    };
    match result {
        Ok(v) => (200, serde_json::to_string_pretty(&v).unwrap_or_default()),
        Err(message) => (400, json!({"error": message}).to_string()),
    }
}

fn root(server: &Server) -> Value {
    json!({
        "server_id": server.server_id,
        "endpoints": ["/varz", "/connz", "/subsz", "/healthz"],
    })
}

fn varz(server: &Server) -> Value {
    let o = server.opts();
    let s = &server.stats;
    json!({
        "server_id": server.server_id,
        "server_name": server.server_name,
        "version": FEATURE_LEVEL,
        "natsx_version": NATSX_VERSION,
        "proto": 1,
        "git_commit": "",
        "go": format!("natsx {NATSX_VERSION}"),
        "host": o.host,
        "port": server.port(),
        "auth_required": server.auth_required(),
        "max_connections": o.max_connections,
        "max_subscriptions": o.max_subscriptions,
        "ping_interval": o.ping_interval.as_nanos() as u64,
        "ping_max": o.ping_max,
        "http_host": o.http_host.clone().unwrap_or_else(|| o.host.clone()),
        "http_port": server.http_port().unwrap_or(0),
        "http_base_path": "",
        "https_port": 0,
        "auth_timeout": o.auth_timeout.as_secs_f64(),
        "max_control_line": o.max_control_line,
        "max_payload": o.max_payload,
        "max_pending": o.max_pending,
        "cluster": {},
        "gateway": {},
        "leaf": {},
        "mqtt": {},
        "websocket": {},
        "jetstream": {},
        "tls_timeout": 2.0,
        "write_deadline": o.write_deadline.as_nanos() as u64,
        "lame_duck_duration": o.lame_duck_duration.as_nanos() as u64,
        "start": rfc3339(server.start),
        "now": rfc3339(SystemTime::now()),
        "uptime": uptime(server.started.elapsed()),
        "mem": resident_memory(),
        "cores": std::thread::available_parallelism().map(|n| n.get()).unwrap_or(1),
        "gomaxprocs": std::thread::available_parallelism().map(|n| n.get()).unwrap_or(1),
        "cpu": 0,
        "connections": server.clients().len(),
        "total_connections": s.total_connections.load(Ordering::Relaxed),
        "routes": 0,
        "remotes": 0,
        "leafnodes": 0,
        "in_msgs": s.in_msgs.load(Ordering::Relaxed),
        "out_msgs": s.out_msgs.load(Ordering::Relaxed),
        "in_bytes": s.in_bytes.load(Ordering::Relaxed),
        "out_bytes": s.out_bytes.load(Ordering::Relaxed),
        "slow_consumers": s.slow_consumers.load(Ordering::Relaxed),
        "subscriptions": server.num_subscriptions(),
        "system_account": server.system_account().name,
        "slow_consumer_stats": {
            "clients": s.slow_consumers.load(Ordering::Relaxed),
            "routes": 0, "gateways": 0, "leafs": 0
        },
    })
}

/// Resident set size in bytes, from /proc.
fn resident_memory() -> u64 {
    let Ok(statm) = std::fs::read_to_string("/proc/self/statm") else {
        return 0;
    };
    let pages: u64 = statm.split_whitespace().nth(1).and_then(|p| p.parse().ok()).unwrap_or(0);
    // SAFETY: sysconf has no preconditions.
    let page = unsafe { libc::sysconf(libc::_SC_PAGESIZE) }.max(4096) as u64;
    pages * page
}

struct ConnRow {
    value: Map<String, Value>,
    conn: ConnSnapshot,
}

fn connz(server: &Server, params: &Params) -> Result<Value, String> {
    let state = param(params, "state").unwrap_or("open");
    let subs_detail = flag(params, "subs");
    let auth = flag(params, "auth");
    let offset: usize = param(params, "offset").map(|v| v.parse().map_err(|_| format!("invalid offset: {v}"))).transpose()?.unwrap_or(0);
    let limit: usize = param(params, "limit").map(|v| v.parse().map_err(|_| format!("invalid limit: {v}"))).transpose()?.unwrap_or(1024);
    let sort = param(params, "sort").unwrap_or("cid");
    let now = SystemTime::now();
    let mut conns: Vec<ConnSnapshot> = Vec::new();
    if matches!(state, "open" | "any" | "all") {
        conns.extend(server.clients().iter().map(|c| c.snapshot()));
    }
    if matches!(state, "closed" | "any" | "all") {
        conns.extend(server.closed_clients());
    }
    let mut rows: Vec<ConnRow> = conns.into_iter().map(|c| ConnRow { value: row(&c, now, auth, subs_detail), conn: c }).collect();
    let last = |c: &ConnSnapshot| c.stop.unwrap_or(c.last_activity);
    match sort {
        "cid" => rows.sort_by_key(|r| r.conn.cid),
        "start" | "uptime" => rows.sort_by_key(|r| r.conn.start),
        "subs" => rows.sort_by_key(|r| std::cmp::Reverse(r.conn.subscriptions.len())),
        "pending" => rows.sort_by_key(|r| std::cmp::Reverse(r.conn.pending)),
        "msgs_to" => rows.sort_by_key(|r| std::cmp::Reverse(r.conn.out_msgs)),
        "msgs_from" => rows.sort_by_key(|r| std::cmp::Reverse(r.conn.in_msgs)),
        "bytes_to" => rows.sort_by_key(|r| std::cmp::Reverse(r.conn.out_bytes)),
        "bytes_from" => rows.sort_by_key(|r| std::cmp::Reverse(r.conn.in_bytes)),
        "last" | "idle" => rows.sort_by_key(|r| std::cmp::Reverse(last(&r.conn))),
        "stop" if state == "closed" => rows.sort_by_key(|r| std::cmp::Reverse(r.conn.stop)),
        "reason" if state == "closed" => rows.sort_by(|a, b| a.conn.reason.cmp(&b.conn.reason)),
        other => return Err(format!("invalid sorting option: {other}")),
    }
    let total = rows.len();
    let page: Vec<Value> = rows.into_iter().skip(offset).take(limit).map(|r| Value::Object(r.value)).collect();
    Ok(json!({
        "server_id": server.server_id,
        "now": rfc3339(now),
        "num_connections": page.len(),
        "total": total,
        "offset": offset,
        "limit": limit,
        "connections": page,
    }))
}

/// One `/connz` entry, with nats-server's field names.
fn row(c: &ConnSnapshot, now: SystemTime, auth: bool, subs_detail: bool) -> Map<String, Value> {
    let last = c.stop.unwrap_or(c.last_activity);
    let mut v = Map::new();
    v.insert("cid".into(), json!(c.cid));
    v.insert("kind".into(), json!("Client"));
    v.insert("type".into(), json!("nats"));
    v.insert("ip".into(), json!(c.addr.ip().to_string()));
    v.insert("port".into(), json!(c.addr.port()));
    v.insert("start".into(), json!(rfc3339(c.start)));
    v.insert("last_activity".into(), json!(rfc3339(last)));
    if let Some(stop) = c.stop {
        v.insert("stop".into(), json!(rfc3339(stop)));
        v.insert("reason".into(), json!(c.reason));
    }
    if let Some(rtt) = c.meta.rtt {
        v.insert("rtt".into(), json!(go_duration(rtt)));
    }
    v.insert("uptime".into(), json!(uptime(c.stop.unwrap_or(now).duration_since(c.start).unwrap_or_default())));
    v.insert("idle".into(), json!(uptime(now.duration_since(last).unwrap_or_default())));
    v.insert("pending_bytes".into(), json!(c.pending));
    v.insert("in_msgs".into(), json!(c.in_msgs));
    v.insert("out_msgs".into(), json!(c.out_msgs));
    v.insert("in_bytes".into(), json!(c.in_bytes));
    v.insert("out_bytes".into(), json!(c.out_bytes));
    v.insert("subscriptions".into(), json!(c.subscriptions.len()));
    for (key, value) in [("name", &c.meta.name), ("lang", &c.meta.lang), ("version", &c.meta.version)] {
        if !value.is_empty() {
            v.insert(key.into(), json!(value));
        }
    }
    if auth {
        if !c.meta.user.is_empty() {
            v.insert("authorized_user".into(), json!(c.meta.user));
        }
        if !c.meta.account.is_empty() {
            v.insert("account".into(), json!(c.meta.account));
        }
    }
    if subs_detail && !c.subscriptions.is_empty() {
        v.insert("subscriptions_list".into(), json!(c.subscriptions));
    }
    v
}

fn subsz(server: &Server, params: &Params) -> Result<Value, String> {
    let detail = flag(params, "subs");
    let offset: usize = param(params, "offset").and_then(|v| v.parse().ok()).unwrap_or(0);
    let limit: usize = param(params, "limit").and_then(|v| v.parse().ok()).unwrap_or(1024);
    let test_subject = param(params, "test");
    let accounts = server.accounts();
    let (mut inserts, mut removes, mut matches) = (0u64, 0u64, 0u64);
    for a in &accounts {
        inserts += a.sublist.stats.inserts.load(Ordering::Relaxed);
        removes += a.sublist.stats.removes.load(Ordering::Relaxed);
        matches += a.sublist.stats.matches.load(Ordering::Relaxed);
    }
    let mut out = json!({
        "server_id": server.server_id,
        "now": rfc3339(SystemTime::now()),
        "num_subscriptions": server.num_subscriptions(),
        "num_cache": 0,
        "num_inserts": inserts,
        "num_removes": removes,
        "num_matches": matches,
        "cache_hit_rate": 0.0,
        "max_fanout": 0,
        "avg_fanout": 0.0,
    });
    if detail {
        let mut list = Vec::new();
        for a in &accounts {
            for s in a.sublist.all() {
                let subject = String::from_utf8_lossy(s.subject()).into_owned();
                if let Some(t) = test_subject {
                    if !crate::subject::matches(subject.as_bytes(), t.as_bytes()) {
                        continue;
                    }
                }
                let mut v = json!({
                    "account": a.name,
                    "subject": subject,
                    "sid": String::from_utf8_lossy(s.sid()),
                    "msgs": s.delivered(),
                    "cid": s.client().map(|c| c.cid).unwrap_or(0),
                });
                if let Some(q) = s.queue() {
                    v["qgroup"] = json!(String::from_utf8_lossy(q));
                }
                if s.max() > 0 {
                    v["max"] = json!(s.max());
                }
                list.push(v);
            }
        }
        let total = list.len();
        let page: Vec<Value> = list.into_iter().skip(offset).take(limit).collect();
        out["total"] = json!(total);
        out["offset"] = json!(offset);
        out["limit"] = json!(limit);
        out["subscriptions_list"] = json!(page);
    }
    Ok(out)
}
