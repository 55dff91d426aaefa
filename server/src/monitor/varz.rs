//! `/varz`: the server's configuration and totals, as nats-server's `Varz` struct.
//! Everything shown is measured or configured; what natsx does not have (routes,
//! gateways, leaf nodes, TLS) shows as nats-server shows it when not configured.

use std::collections::BTreeMap;
use std::sync::atomic::Ordering;
use std::sync::Mutex;
use std::time::{Instant, SystemTime};

use serde::Serialize;

use super::endpoints::{is_false, GoFloat};
use crate::info::{FEATURE_LEVEL, NATSX_VERSION};
use crate::options::SyncPolicy;
use crate::server::Server;
use natsx_common::time::{rfc3339, uptime};

#[derive(Serialize)]
pub struct Varz {
    server_id: String,
    server_name: String,
    version: &'static str,
    /// natsx's own version (nats-server has no such field; readers ignore it).
    natsx_version: &'static str,
    proto: u32,
    go: String,
    host: String,
    port: u16,
    #[serde(skip_serializing_if = "is_false")]
    auth_required: bool,
    #[serde(skip_serializing_if = "is_false")]
    tls_required: bool,
    #[serde(skip_serializing_if = "is_false")]
    tls_verify: bool,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    connect_urls: Vec<String>,
    max_connections: usize,
    #[serde(skip_serializing_if = "is_zero_usize")]
    max_subscriptions: usize,
    /// Nanoseconds, as Go's `time.Duration`.
    ping_interval: u64,
    ping_max: u32,
    http_host: String,
    http_port: u16,
    http_base_path: &'static str,
    https_port: u16,
    /// Seconds.
    auth_timeout: GoFloat,
    max_control_line: usize,
    max_payload: usize,
    max_pending: usize,
    /// nats-server's `ClusterOptsVarz`: `{}` without a cluster.
    cluster: serde_json::Value,
    /// nats-server's `GatewayOptsVarz`: `{}` without gateways.
    gateway: serde_json::Value,
    /// nats-server's `LeafNodeOptsVarz`: `{}` without leaf nodes.
    leaf: serde_json::Value,
    mqtt: Empty,
    websocket: WebsocketVarz,
    jetstream: JetStreamVarz,
    /// Seconds (nats-server's default of 2 without TLS).
    tls_timeout: GoFloat,
    write_deadline: u64,
    start: String,
    now: String,
    uptime: String,
    mem: u64,
    cores: usize,
    gomaxprocs: usize,
    /// Percent of one core used since the previous report (the first: since start).
    cpu: GoFloat,
    connections: usize,
    total_connections: u64,
    routes: u32,
    remotes: u32,
    leafnodes: u32,
    in_msgs: u64,
    in_bytes: u64,
    in_client_msgs: u64,
    in_client_bytes: u64,
    out_msgs: u64,
    out_bytes: u64,
    out_client_msgs: u64,
    out_client_bytes: u64,
    slow_consumers: u64,
    stale_connections: u64,
    stalled_clients: u64,
    subscriptions: u64,
    http_req_stats: BTreeMap<String, u64>,
    config_load_time: String,
    config_digest: String,
    /// Operator mode: the trusted operators' tokens and their claims.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    trusted_operators_jwt: Vec<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    trusted_operators_claim: Vec<natsx_common::jwt::OperatorClaims>,
    system_account: String,
    slow_consumer_stats: ByKind,
    stale_connection_stats: ByKind,
    /// When the client port's certificate expires.
    #[serde(skip_serializing_if = "Option::is_none")]
    tls_cert_not_after: Option<String>,
}

/// nats-server's `WebsocketOptsVarz`: the `websocket {}` block, empty without one.
#[derive(Serialize, Default)]
pub struct WebsocketVarz {
    #[serde(skip_serializing_if = "String::is_empty")]
    host: String,
    #[serde(skip_serializing_if = "is_zero_i32")]
    port: i32,
    #[serde(skip_serializing_if = "String::is_empty")]
    advertise: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    no_auth_user: String,
    /// Nanoseconds, when configured.
    #[serde(skip_serializing_if = "is_zero_u64")]
    handshake_timeout: u64,
    /// Seconds, when configured.
    #[serde(skip_serializing_if = "Option::is_none")]
    auth_timeout: Option<GoFloat>,
    #[serde(skip_serializing_if = "is_false")]
    no_tls: bool,
    #[serde(skip_serializing_if = "is_false")]
    tls_map: bool,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    tls_pinned_certs: Vec<String>,
    #[serde(skip_serializing_if = "is_false")]
    same_origin: bool,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    allowed_origins: Vec<String>,
    #[serde(skip_serializing_if = "is_false")]
    compression: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    tls_cert_not_after: Option<String>,
}

impl WebsocketVarz {
    /// `bound`: the port as opened (its number, its certificate's expiry).
    fn new(w: &crate::options::websocket::WebsocketSettings, bound: Option<(u16, Option<SystemTime>)>) -> WebsocketVarz {
        let configured_handshake =
            (w.handshake_timeout != crate::options::websocket::DEFAULT_HANDSHAKE_TIMEOUT).then_some(w.handshake_timeout);
        WebsocketVarz {
            host: if w.host.is_empty() { "0.0.0.0".into() } else { w.host.clone() },
            // A random port (0 or -1) shows as bound, as nats-server updates it.
            port: match bound {
                Some((port, _)) if w.port <= 0 => i32::from(port),
                _ => w.port,
            },
            advertise: w.advertise.clone().unwrap_or_default(),
            no_auth_user: w.no_auth_user.clone().unwrap_or_default(),
            handshake_timeout: configured_handshake.map_or(0, |d| d.as_nanos() as u64),
            auth_timeout: w.auth_timeout.map(|d| GoFloat(d.as_secs_f64())),
            no_tls: w.no_tls,
            tls_map: w.tls.as_ref().is_some_and(|t| t.map),
            tls_pinned_certs: w.tls.as_ref().map(|t| t.pinned_certs.clone()).unwrap_or_default(),
            same_origin: w.same_origin,
            allowed_origins: w.allowed_origins.clone(),
            compression: w.compression,
            tls_cert_not_after: bound.and_then(|(_, expiry)| expiry).map(go_time),
        }
    }
}

/// Go's `time.Time` in JSON: RFC 3339, trailing zeros of the fraction dropped.
fn go_time(t: SystemTime) -> String {
    natsx_common::time::rfc3339_nanos(t.duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_nanos() as i64))
}

fn is_zero_i32(n: &i32) -> bool {
    *n == 0
}

fn is_zero_usize(n: &usize) -> bool {
    *n == 0
}

/// `{}`: a subsystem natsx does not run.
#[derive(Serialize)]
pub struct Empty {}

#[derive(Serialize)]
struct ByKind {
    clients: u64,
    routes: u64,
    gateways: u64,
    leafs: u64,
}

/// nats-server's `JetStreamVarz`: empty when JetStream is off.
#[derive(Serialize, Default)]
pub struct JetStreamVarz {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub config: Option<JetStreamConfig>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub stats: Option<JetStreamStats>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub limits: Option<Empty>,
}

/// nats-server's `JetStreamConfig`. Limits are -1 when unlimited (natsx does not size
/// them from the machine as nats-server does).
#[derive(Serialize)]
pub struct JetStreamConfig {
    pub max_memory: i64,
    pub max_storage: i64,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub store_dir: String,
    /// Nanoseconds between background fsyncs, when natsx runs with a sync interval.
    #[serde(skip_serializing_if = "is_zero_u64")]
    pub sync_interval: u64,
    /// natsx's default: every acknowledged write is fsynced first.
    #[serde(skip_serializing_if = "is_false")]
    pub sync_always: bool,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub domain: String,
    #[serde(skip_serializing_if = "is_false")]
    pub strict: bool,
}

fn is_zero_u64(n: &u64) -> bool {
    *n == 0
}

/// nats-server's `JetStreamStats`.
#[derive(Serialize)]
pub struct JetStreamStats {
    pub memory: u64,
    pub storage: u64,
    pub reserved_memory: u64,
    pub reserved_storage: u64,
    pub accounts: usize,
    pub ha_assets: usize,
    pub api: ApiStats,
}

#[derive(Serialize)]
pub struct ApiStats {
    pub level: u32,
    pub total: u64,
    pub errors: u64,
}

/// The JetStream config and server-wide stats, `None` when JetStream is off.
pub fn jetstream_parts(server: &Server) -> Option<(JetStreamConfig, JetStreamStats)> {
    let js = server.jetstream()?;
    let (memory, storage) = js.usage();
    let config = JetStreamConfig {
        max_memory: js.limits.max_memory,
        max_storage: js.limits.max_store,
        store_dir: js.store_dir.display().to_string(),
        sync_interval: match js.sync {
            SyncPolicy::Interval(d) => d.as_nanos() as u64,
            SyncPolicy::Always => 0,
        },
        sync_always: js.sync == SyncPolicy::Always,
        domain: js.domain.clone().unwrap_or_default(),
        strict: js.strict,
    };
    let stats = JetStreamStats {
        memory: memory.max(0) as u64,
        storage: storage.max(0) as u64,
        reserved_memory: 0,
        reserved_storage: 0,
        accounts: js.accounts().len(),
        ha_assets: 0,
        api: ApiStats {
            level: crate::jetstream::API_LEVEL,
            total: js.api_total.load(Ordering::Relaxed),
            errors: js.api_errors.load(Ordering::Relaxed),
        },
    };
    Some((config, stats))
}

pub fn varz(server: &Server) -> Varz {
    let o = server.opts();
    let tls = server.tls();
    let secure_monitor = o.https_port.is_some_and(|p| p != 0) && o.http_port.is_none_or(|p| p == 0);
    let s = &server.stats;
    let cores = std::thread::available_parallelism().map(|n| n.get()).unwrap_or(1);
    let jetstream = match jetstream_parts(server) {
        Some((config, stats)) => JetStreamVarz { config: Some(config), stats: Some(stats), limits: Some(Empty {}) },
        None => JetStreamVarz::default(),
    };
    let slow = s.slow_consumers.load(Ordering::Relaxed);
    let stale = s.stale_connections.load(Ordering::Relaxed);
    let (in_msgs, in_bytes) = (s.in_msgs.load(Ordering::Relaxed), s.in_bytes.load(Ordering::Relaxed));
    let mut route_traffic = [0u64; 4];
    for route in server.cluster().map(|c| c.connections()).unwrap_or_default() {
        let t = &route.receiver.out.stats;
        for (total, counter) in route_traffic.iter_mut().zip([&t.in_msgs, &t.in_bytes, &t.out_msgs, &t.out_bytes]) {
            *total += counter.load(Ordering::Relaxed);
        }
    }
    let (out_msgs, out_bytes) = (s.out_msgs.load(Ordering::Relaxed), s.out_bytes.load(Ordering::Relaxed));
    Varz {
        server_id: server.server_id.clone(),
        server_name: server.server_name.clone(),
        version: FEATURE_LEVEL,
        natsx_version: NATSX_VERSION,
        proto: 1,
        go: format!("natsx {NATSX_VERSION}"),
        host: o.host.clone(),
        port: server.port(),
        auth_required: server.auth_required(),
        tls_required: tls.as_ref().is_some_and(|t| !t.allow_non_tls),
        tls_verify: tls.as_ref().is_some_and(|t| t.verify || t.map),
        max_connections: o.max_connections,
        max_subscriptions: o.max_subscriptions,
        ping_interval: o.ping_interval.as_nanos() as u64,
        ping_max: o.ping_max,
        http_host: o.http_host.clone().unwrap_or_else(|| o.host.clone()),
        http_port: if secure_monitor { 0 } else { server.http_port().unwrap_or(0) },
        http_base_path: "",
        https_port: if secure_monitor { server.http_port().unwrap_or(0) } else { 0 },
        auth_timeout: GoFloat(o.auth_timeout.as_secs_f64()),
        max_control_line: o.max_control_line,
        max_payload: o.max_payload,
        max_pending: o.max_pending,
        connect_urls: server.connect_urls(),
        cluster: match server.cluster() {
            Some(c) => serde_json::json!({
                "name": c.name(),
                "addr": c.settings.host,
                "cluster_port": c.port(),
                "auth_timeout": GoFloat(c.settings.auth_timeout.unwrap_or(crate::cluster::DEFAULT_AUTH_TIMEOUT).as_secs_f64()),
                // The configured routes' `host:port`, as nats-server lists them.
                "urls": c.settings.routes.iter().filter_map(|u| crate::options::cluster::RouteUrl::parse(u).ok()).map(|u| u.host_port).collect::<Vec<_>>(),
                "tls_timeout": GoFloat(2.0),
                "pool_size": c.settings.pool_size.filter(|n| *n != 0).unwrap_or(crate::options::cluster::DEFAULT_POOL_SIZE as i64),
            }),
            None => serde_json::json!({}),
        },
        gateway: match server.gateways() {
            Some(g) => serde_json::json!({
                "name": g.name(),
                "host": g.settings.host,
                "port": g.port(),
                "auth_timeout": GoFloat(g.settings.auth_timeout.unwrap_or(crate::cluster::DEFAULT_AUTH_TIMEOUT).as_secs_f64()),
                "tls_timeout": GoFloat(2.0),
            }),
            None => serde_json::json!({}),
        },
        leaf: match server.leafnodes() {
            Some(l) => serde_json::json!({
                "host": l.settings.host,
                "port": l.port(),
                "auth_timeout": GoFloat(l.settings.auth_timeout.unwrap_or(crate::cluster::DEFAULT_AUTH_TIMEOUT).as_secs_f64()),
                "tls_timeout": GoFloat(2.0),
            }),
            None => serde_json::json!({}),
        },
        mqtt: Empty {},
        websocket: o.websocket.as_ref().map(|w| WebsocketVarz::new(w, server.websocket_bound())).unwrap_or_default(),
        jetstream,
        tls_timeout: GoFloat(tls.as_ref().map_or(2.0, |t| t.timeout.as_secs_f64())),
        write_deadline: o.write_deadline.as_nanos() as u64,
        start: rfc3339(server.start),
        now: rfc3339(SystemTime::now()),
        uptime: uptime(server.started.elapsed()),
        mem: resident_memory(),
        cores,
        gomaxprocs: cores,
        cpu: GoFloat(cpu_percent(server.started)),
        connections: server.clients().len(),
        total_connections: s.total_connections.load(Ordering::Relaxed),
        routes: server.cluster().map_or(0, |c| c.connections().len() as u32),
        remotes: server.cluster().map_or(0, |c| c.routes().len() as u32),
        leafnodes: server.leafnodes().map_or(0, |l| l.leafs().len() as u32),
        // The client totals leave out what the open routes carried.
        in_msgs,
        in_bytes,
        in_client_msgs: in_msgs.saturating_sub(route_traffic[0]),
        in_client_bytes: in_bytes.saturating_sub(route_traffic[1]),
        out_msgs,
        out_bytes,
        out_client_msgs: out_msgs.saturating_sub(route_traffic[2]),
        out_client_bytes: out_bytes.saturating_sub(route_traffic[3]),
        slow_consumers: slow,
        stale_connections: stale,
        stalled_clients: s.stalled_clients.load(Ordering::Relaxed),
        subscriptions: server.num_subscriptions(),
        http_req_stats: server.http_req_stats(),
        config_load_time: rfc3339(server.config_load_time()),
        config_digest: config_digest(o.config_file.as_deref()),
        trusted_operators_jwt: o.operator.operator_jwts.clone(),
        trusted_operators_claim: o.operator.operators.clone(),
        system_account: server.system_account().name.clone(),
        slow_consumer_stats: ByKind { clients: slow, routes: 0, gateways: 0, leafs: 0 },
        stale_connection_stats: ByKind { clients: stale, routes: 0, gateways: 0, leafs: 0 },
        tls_cert_not_after: tls.and_then(|t| t.cert_not_after).map(go_time),
    }
}

/// `sha256:<hex>` of the config file as read now (empty without a file).
fn config_digest(path: Option<&std::path::Path>) -> String {
    use sha2::Digest;
    match path.and_then(|p| std::fs::read(p).ok()) {
        Some(bytes) => {
            let digest = sha2::Sha256::digest(&bytes);
            format!("sha256:{}", digest.iter().map(|b| format!("{b:02x}")).collect::<String>())
        }
        None => String::new(),
    }
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

/// CPU seconds this process has used (user + system), from /proc.
fn cpu_seconds() -> Option<f64> {
    let stat = std::fs::read_to_string("/proc/self/stat").ok()?;
    // Fields after the command name (which may contain spaces) start after ')'.
    let rest = &stat[stat.rfind(')')? + 2..];
    let fields: Vec<&str> = rest.split_whitespace().collect();
    let (utime, stime): (f64, f64) = (fields.get(11)?.parse().ok()?, fields.get(12)?.parse().ok()?);
    // SAFETY: sysconf has no preconditions.
    let ticks = unsafe { libc::sysconf(libc::_SC_CLK_TCK) }.max(1) as f64;
    Some((utime + stime) / ticks)
}

/// The last CPU sample: (when, CPU seconds then).
static CPU_SAMPLE: Mutex<Option<(Instant, f64)>> = Mutex::new(None);

/// Percent of one core used since the previous call (the first: since `started`),
/// as nats-server reports `cpu` (a process-wide percentage, 200 = two cores busy).
fn cpu_percent(started: Instant) -> f64 {
    let Some(now_cpu) = cpu_seconds() else { return 0.0 };
    let now = Instant::now();
    let mut sample = CPU_SAMPLE.lock().unwrap_or_else(|e| e.into_inner());
    let (then, then_cpu) = sample.unwrap_or((started, 0.0));
    *sample = Some((now, now_cpu));
    let wall = now.duration_since(then).as_secs_f64();
    if wall <= 0.0 {
        return 0.0;
    }
    let percent = 100.0 * (now_cpu - then_cpu).max(0.0) / wall;
    (percent * 10.0).round() / 10.0
}
