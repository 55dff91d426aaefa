//! Service imports at run time (nats-server's `processServiceImport`, response service
//! imports and service latency tracking).
//!
//! An account that imports a service has a subscription on the import's local subject
//! (an `Owner::Import` bridge). A request published there is sent into the exporting
//! account on the exporter's subject, with the `Nats-Request-Info` header naming the
//! requesting account (any such header the requester set is replaced) and, when it has a
//! reply subject, a fresh one of the exporter's: `_R_.<account prefix>.<token>`. The
//! exporter's [`ResponseRoutes`] subscribe `_R_.<account prefix>.>` and carry each
//! response back to the requester's own reply subject, in the requester's account.
//!
//! A route back serves only the request it was made for, and closes:
//! - after one response, for a `singleton` export (the default);
//! - after an empty message (end of a `chunked` or `stream` response);
//! - when the request reached no one (the requester gets no-responders);
//! - once `response_threshold` (default 2 minutes) passes without a response (the
//!   sweeper, [`sweep_every`], removes it).
//!
//! A response that itself carries a reply subject gets a route back the other way
//! (except `$JS.ACK.` replies, which pass unchanged as nats-server passes them, for pull
//! consumers across accounts). Requests cross one import only (see `Owner::Import`).
//!
//! Latency: a singleton export with `latency` measures the requests it samples and
//! publishes nats-server's `io.nats.server.metric.v1.service_latency` report on the
//! results subject, in the exporting account: status 200 with the service, system and
//! total latency when the response crosses back; 400 for a request without a reply
//! subject, 503 when it reached no one, 504 when the threshold passed, 408 when the
//! requester stopped listening first.

use std::collections::HashMap;
use std::sync::{Arc, Mutex, Weak};
use std::time::{Duration, Instant, SystemTime};

use serde::Serialize;
use serde_json::{json, Map, Value};

use crate::account::Account;
use crate::events::ClientInfo;
use crate::jetstream::headers;
use crate::options::accounts::{Latency, ResponseType};
use crate::options::exports::ServiceMap;
use crate::receiver::Receiver;
use crate::router::{Outgoing, Router, Wake};
use crate::subscription::{ImportBridge, ImportHandler, InternalMsg, Owner, Subscription};
use natsx_common::time::rfc3339;
use natsx_common::transform::Mapped;

/// nats-server's header carrying the requester's details into the exporting account.
pub const REQUEST_INFO: &str = "Nats-Request-Info";

/// nats-server's `ServiceLatencyType`.
pub const LATENCY_TYPE: &str = "io.nats.server.metric.v1.service_latency";

/// Replies of this prefix are acknowledgements to JetStream: they cross as they are.
const JS_ACK_PREFIX: &[u8] = b"$JS.ACK.";

/// The open routes back of one account: from the `_R_` reply subjects its responders
/// answer on to the requesters in other accounts.
pub struct ResponseRoutes {
    /// `_R_.` + 6 random base-62 characters + `.`.
    prefix: Vec<u8>,
    account: Weak<Account>,
    router: Arc<Router>,
    /// The server's name, in latency reports.
    server_name: String,
    routes: Mutex<HashMap<Box<[u8]>, Route>>,
}

/// Where the responses to one request go.
struct Route {
    requester: Arc<Account>,
    requester_routes: Arc<ResponseRoutes>,
    reply: Box<[u8]>,
    response_type: ResponseType,
    threshold: Duration,
    touched: Instant,
    tracking: Option<Tracking>,
}

impl Route {
    fn expired(&self, now: Instant) -> bool {
        now.duration_since(self.touched) > self.threshold
    }
}

/// A sampled request, measured until its response crosses back.
struct Tracking {
    /// The results subject, in the exporting account.
    results: Vec<u8>,
    /// When the request crossed into the exporter.
    crossed_at: SystemTime,
    crossed: Instant,
    /// The requesting client (its round-trip time is read when the report is made: a
    /// PING for it may be out).
    requestor: Option<Arc<Receiver>>,
    /// The tracing headers that asked for the measurement.
    header: Option<Value>,
}

/// A latency report's status and text (nats-server's codes).
enum Outcome {
    BadRequest,
    Unavailable,
    Timeout,
    InterestLost,
}

const DIGITS: &[u8] = b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

fn base62(n: usize) -> impl Iterator<Item = u8> {
    (0..n).map(|_| DIGITS[rand::random::<usize>() % DIGITS.len()])
}

fn lock(routes: &Mutex<HashMap<Box<[u8]>, Route>>) -> std::sync::MutexGuard<'_, HashMap<Box<[u8]>, Route>> {
    routes.lock().unwrap_or_else(|e| e.into_inner())
}

impl ResponseRoutes {
    /// The routes back of `account`, with their subscription on `_R_.<prefix>.>`.
    pub fn install(router: &Arc<Router>, account: &Arc<Account>, server_name: &str) -> Arc<ResponseRoutes> {
        let mut prefix = b"_R_.".to_vec();
        prefix.extend(base62(6));
        prefix.push(b'.');
        let routes = Arc::new(ResponseRoutes {
            prefix,
            account: Arc::downgrade(account),
            router: router.clone(),
            server_name: server_name.to_string(),
            routes: Mutex::new(HashMap::new()),
        });
        let weak = Arc::downgrade(&routes);
        let deliver: ImportHandler = Arc::new(move |m: &InternalMsg<'_>| weak.upgrade().map_or(0, |routes| routes.respond(m)));
        let weak = Arc::downgrade(&routes);
        let interest = Arc::new(move |subject: &[u8]| {
            let Some(routes) = weak.upgrade() else { return false };
            let open = lock(&routes.routes);
            open.get(subject).is_some_and(|r| !r.expired(Instant::now()) && r.requester.has_local_interest(&r.reply))
        });
        let mut wildcard = routes.prefix.clone();
        wildcard.push(b'>');
        account.subscribe(Arc::new(Subscription::new(
            &wildcard,
            None,
            b"responses",
            Owner::Import(ImportBridge { deliver, interest, chains: true, propagates: true }),
        )));
        routes
    }

    /// Opens a route back to `reply` in `requester`; returns the reply subject to use here.
    fn open(
        &self,
        reply: &[u8],
        requester: &Arc<Account>,
        requester_routes: &Arc<ResponseRoutes>,
        response_type: ResponseType,
        threshold: Duration,
        tracking: Option<Tracking>,
    ) -> Vec<u8> {
        let mut subject = self.prefix.clone();
        subject.extend(base62(6));
        let route = Route {
            requester: requester.clone(),
            requester_routes: requester_routes.clone(),
            reply: reply.into(),
            response_type,
            threshold,
            touched: Instant::now(),
            tracking,
        };
        lock(&self.routes).insert(subject.clone().into_boxed_slice(), route);
        subject
    }

    /// Closes a route that will get no response (its request reached no one).
    fn close_undelivered(&self, subject: &[u8]) {
        let route = lock(&self.routes).remove(subject);
        if let Some(tracking) = route.and_then(|r| r.tracking) {
            self.report_outcome(tracking, Outcome::Unavailable);
        }
    }

    /// How many routes back are open (expired ones not yet swept included).
    pub fn open_routes(&self) -> usize {
        lock(&self.routes).len()
    }

    /// Removes expired routes (reporting 504 for measured ones) and measured routes whose
    /// requester stopped listening (408).
    pub fn sweep(&self) {
        let now = Instant::now();
        let mut ended = Vec::new();
        lock(&self.routes).retain(|_, r| {
            let outcome = if r.expired(now) {
                Outcome::Timeout
            } else if r.tracking.is_some() && !r.requester.has_local_interest(&r.reply) {
                Outcome::InterestLost
            } else {
                return true;
            };
            if let Some(tracking) = r.tracking.take() {
                ended.push((tracking, outcome));
            }
            false
        });
        for (tracking, outcome) in ended {
            self.report_outcome(tracking, outcome);
        }
    }

    /// Carries a response published here on one of our `_R_` subjects back to its
    /// requester. Returns to how many subscriptions it went.
    fn respond(self: &Arc<Self>, m: &InternalMsg<'_>) -> usize {
        let Some(responder) = self.account.upgrade() else { return 0 };
        let now = Instant::now();
        let (requester, requester_routes, reply, response_type, threshold, tracking) = {
            let mut open = lock(&self.routes);
            let Some(route) = open.get_mut(m.to) else { return 0 };
            if route.expired(now) {
                return 0;
            }
            let tracking = route.tracking.take();
            (route.requester.clone(), route.requester_routes.clone(), route.reply.clone(), route.response_type, route.threshold, tracking)
        };
        if let Some(tracking) = tracking {
            self.report_response(tracking, m.sender);
        }
        // A response with a reply of its own gets a route back the other way.
        let back = match m.reply {
            Some(r) if !r.is_empty() && !r.starts_with(JS_ACK_PREFIX) => {
                Some(requester_routes.open(r, &responder, self, response_type, threshold, None))
            }
            _ => None,
        };
        let msg = Outgoing {
            to: &reply,
            subject: &reply,
            reply: back.as_deref().or(m.reply),
            headers: m.headers,
            payload: m.payload,
            hops: m.hops.saturating_add(1),
            sender: m.sender,
            from: None,
        };
        let delivered = self.router.publish(&requester, [msg], Wake::Deferred).delivered;
        let end = m.headers.is_empty() && m.payload.is_empty();
        {
            let mut open = lock(&self.routes);
            if delivered == 0 || end || response_type == ResponseType::Singleton {
                open.remove(m.to);
            } else if let Some(route) = open.get_mut(m.to) {
                route.touched = now;
            }
        }
        if let (0, Some(back)) = (delivered, back) {
            requester_routes.close_undelivered(&back);
        }
        delivered
    }

    /// Publishes a 200 report: the response to a measured request crossed back.
    fn report_response(&self, tracking: Tracking, responder: Option<&Arc<Receiver>>) {
        let service_rtt = tracking.crossed.elapsed();
        let responder_rtt = responder.and_then(|r| r.meta().rtt).unwrap_or_default();
        let mut report = Report::new(&tracking, 200, None);
        report.responder = responder.map(|r| ClientInfo::of(r, true, &self.server_name));
        report.service = service_rtt.saturating_sub(responder_rtt).as_nanos() as u64;
        let mut total = requestor_rtt(&tracking) + service_rtt;
        if !responder_rtt.is_zero() {
            let system = tracking.crossed.elapsed().saturating_sub(service_rtt);
            report.system = system.as_nanos() as u64;
            total += system;
        }
        report.total = total.as_nanos() as u64;
        self.publish_report(&tracking, &report);
    }

    /// Publishes a report for a measured request that got no response.
    fn report_outcome(&self, tracking: Tracking, outcome: Outcome) {
        let (status, text) = match outcome {
            Outcome::BadRequest => (400, "Bad Request"),
            Outcome::Unavailable => (503, "Service Unavailable"),
            Outcome::Timeout => (504, "Service Timeout"),
            Outcome::InterestLost => (408, "Request Timeout"),
        };
        self.publish_report(&tracking, &Report::new(&tracking, status, Some(text)));
    }

    /// Sends a report to the results subject, in this (the exporting) account.
    fn publish_report(&self, tracking: &Tracking, report: &Report<'_>) {
        let Some(account) = self.account.upgrade() else { return };
        let body = serde_json::to_vec(report).unwrap_or_default();
        self.router.publish(&account, [Outgoing::new(&tracking.results, &body)], Wake::Deferred);
    }
}

fn requestor_rtt(tracking: &Tracking) -> Duration {
    tracking.requestor.as_ref().and_then(|r| r.meta().rtt).unwrap_or_default()
}

/// nats-server's `ServiceLatency` report, its fields in its order. Times in
/// nanoseconds.
#[derive(Serialize)]
struct Report<'a> {
    #[serde(rename = "type")]
    kind: &'static str,
    id: String,
    timestamp: String,
    status: u16,
    #[serde(skip_serializing_if = "Option::is_none")]
    description: Option<&'static str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    requestor: Option<ClientInfo>,
    #[serde(skip_serializing_if = "Option::is_none")]
    responder: Option<ClientInfo>,
    #[serde(skip_serializing_if = "Option::is_none")]
    header: Option<&'a Value>,
    start: String,
    service: u64,
    system: u64,
    total: u64,
}

impl<'a> Report<'a> {
    fn new(tracking: &'a Tracking, status: u16, description: Option<&'static str>) -> Report<'a> {
        Report {
            kind: LATENCY_TYPE,
            id: String::from_utf8(base62(22).collect()).unwrap_or_default(),
            timestamp: rfc3339(SystemTime::now()),
            status,
            description,
            requestor: tracking.requestor.as_deref().map(|r| ClientInfo::of(r, false, "")),
            responder: None,
            header: tracking.header.as_ref(),
            start: rfc3339(tracking.crossed_at - requestor_rtt(tracking)),
            service: 0,
            system: 0,
            total: 0,
        }
    }
}

/// One side of a service import: an account and its routes back.
pub struct Side {
    pub account: Arc<Account>,
    pub routes: Arc<ResponseRoutes>,
}

/// What a service import needs at run time, besides its two sides.
pub struct ServiceImportSpec<'a> {
    /// The subject requesters publish on, in the importer.
    pub local: &'a str,
    pub map: ServiceMap,
    pub response_type: ResponseType,
    pub threshold: Duration,
    pub latency: Option<Latency>,
    /// nats-server's `share`: `Nats-Request-Info` carries the requester's details.
    pub share: bool,
}

/// Subscribes a service import in its importing account (see the module's description).
pub fn import_service(router: &Arc<Router>, importer_side: &Side, exporter_side: &Side, spec: ServiceImportSpec<'_>) -> Arc<Subscription> {
    let map = Arc::new(spec.map);
    let (importer, importer_routes) = (importer_side.account.clone(), importer_side.routes.clone());
    let (exporter, exporter_routes) = (exporter_side.account.clone(), exporter_side.routes.clone());
    let (response_type, threshold) = (spec.response_type, spec.threshold);
    // nats-server measures singleton responses only (and refuses latency on others).
    let latency = spec.latency.filter(|_| response_type == ResponseType::Singleton);
    let router_here = router.clone();
    let deliver_map = map.clone();
    let deliver_into = exporter.clone();
    let (share, server_name) = (spec.share, importer_side.routes.server_name.clone());
    let importer_name = importer.name.clone();
    // Who asks: the requester, or, for a request that crossed a service import before,
    // what that import said with this account as the service (nats-server's `svc`).
    let request_info = move |m: &InternalMsg<'_>| {
        let earlier = (m.hops > 0).then(|| headers::get(m.headers, REQUEST_INFO)).flatten();
        let info = match earlier.and_then(|text| serde_json::from_str::<ClientInfo>(text).ok()) {
            Some(mut info) => {
                info.svc.clone_from(&importer_name);
                info
            }
            None => {
                let mut info = m.sender.map(|s| ClientInfo::of(s, share, &server_name)).unwrap_or_default();
                info.acc.clone_from(&importer_name);
                info
            }
        };
        serde_json::to_string(&info).unwrap_or_default()
    };
    let deliver: ImportHandler = Arc::new(move |m: &InternalMsg<'_>| {
        let Some(mut to) = deliver_map.apply(m.to) else { return 0 };
        // The exporter's own mappings apply to what arrives (nats-server's
        // selectMappedSubject on the import's subject).
        if deliver_into.has_mappings() {
            match deliver_into.map_subject(&to, (rand::random::<u32>() % 100) as u8) {
                Mapped::Unchanged => {}
                Mapped::To(mapped) => to = mapped,
                Mapped::Dropped => return 0,
            }
        }
        let tracking = latency.as_ref().and_then(|l| sampled(l, m.headers)).map(|header| Tracking {
            results: latency.as_ref().map(|l| l.subject.as_bytes().to_vec()).unwrap_or_default(),
            crossed_at: SystemTime::now(),
            crossed: Instant::now(),
            requestor: m.sender.cloned(),
            header,
        });
        let reply = match m.reply {
            Some(r) if !r.is_empty() && !r.starts_with(JS_ACK_PREFIX) => {
                Some(exporter_routes.open(r, &importer, &importer_routes, response_type, threshold, tracking))
            }
            _ => {
                if let Some(tracking) = tracking {
                    exporter_routes.report_outcome(tracking, Outcome::BadRequest);
                }
                None
            }
        };
        let info = request_info(m);
        let headers = headers::extend(&headers::without(m.headers, &[REQUEST_INFO]), &[(REQUEST_INFO, &info)]);
        let msg = Outgoing {
            to: &to,
            subject: &to,
            reply: reply.as_deref().or(m.reply.filter(|r| r.starts_with(JS_ACK_PREFIX))),
            headers: &headers,
            payload: m.payload,
            hops: m.hops.saturating_add(1),
            sender: m.sender,
            from: None,
        };
        let delivered = router_here.publish(&deliver_into, [msg], Wake::Deferred).delivered;
        if let (0, Some(reply)) = (delivered, reply) {
            exporter_routes.close_undelivered(&reply);
        }
        delivered
    });
    let interest = Arc::new(move |subject: &[u8]| map.apply(subject).is_some_and(|to| exporter.has_local_interest(&to)));
    let sub = Arc::new(Subscription::new(
        spec.local.as_bytes(),
        None,
        b"service",
        Owner::Import(ImportBridge { deliver, interest, chains: true, propagates: false }),
    ));
    importer_side.account.subscribe(sub.clone());
    sub
}

/// Sweeps every account's routes back every `tick`, for as long as the routes exist.
pub fn sweep_every(routes: impl Fn() -> Option<(Vec<Arc<ResponseRoutes>>, Duration)> + Send + 'static) {
    tokio::spawn(async move {
        loop {
            // The accounts (and their thresholds) may change while the server runs.
            let Some((live, tick)) = routes() else { return };
            for r in live {
                r.sweep();
            }
            tokio::time::sleep(tick).await;
        }
    });
}

/// nats-server's `shouldSample`: `Some(header)` when this request is measured, with the
/// tracing headers that asked for it (`None` when the sampling percentage chose it).
fn sampled(latency: &Latency, request_headers: &[u8]) -> Option<Option<Value>> {
    if latency.sampling >= 100 || (latency.sampling > 0 && rand::random::<u32>() % 100 <= u32::from(latency.sampling)) {
        return Some(None);
    }
    let h = tracing_headers(request_headers);
    let first = |key: &str| h.iter().find(|(k, _)| k == key).map(|(_, v)| v.as_str());
    let pick = |keys: &[&str], prefix: Option<&str>| {
        let mut out = Map::new();
        for (k, v) in &h {
            if keys.contains(&k.as_str()) || prefix.is_some_and(|p| k.starts_with(p)) {
                let values = out.entry(k.clone()).or_insert_with(|| json!([]));
                if let Value::Array(list) = values {
                    list.push(json!(v));
                }
            }
        }
        Some(Some(Value::Object(out)))
    };
    if let Some(id) = first("Uber-Trace-Id") {
        // `trace:span:parent:flags`, sampled when the flags' low bit is set.
        let flags = id.split(':').nth(3).filter(|f| id.split(':').count() == 4 && !f.is_empty() && f.len() <= 2)?;
        return (u8::from_str_radix(flags, 16).ok()? & 1 == 1).then(|| pick(&["Uber-Trace-Id"], Some("Uberctx-"))).flatten();
    }
    match first("X-B3-Sampled") {
        Some("1") => return pick(&["X-B3-Sampled", "X-B3-Traceid", "X-B3-Parentspanid", "X-B3-Spanid"], None),
        Some("0") => return None,
        _ => {}
    }
    if first("X-B3-Traceid").is_some() {
        return pick(&["X-B3-Sampled", "X-B3-Traceid", "X-B3-Parentspanid", "X-B3-Spanid"], None);
    }
    if let Some(b3) = first("B3") {
        let tokens: Vec<&str> = b3.split('-').collect();
        if (tokens.len() > 2 && tokens[2] == "0") || tokens == ["0"] {
            return None;
        }
        return pick(&["B3"], None);
    }
    if let Some(parent) = first("Traceparent") {
        // `version-trace-parent-flags`, sampled when the flags' low bit is set.
        let tokens: Vec<&str> = parent.split('-').collect();
        let sampled = tokens.len() == 4 && tokens[3].len() == 2 && u8::from_str_radix(tokens[3], 16).is_ok_and(|f| f & 1 == 1);
        return sampled.then(|| pick(&["Traceparent", "Tracestate"], None)).flatten();
    }
    None
}

/// The headers of a block, with their names in Go's canonical form (`X-B3-Traceid`), as
/// nats-server reads them into an `http.Header`.
fn tracing_headers(block: &[u8]) -> Vec<(String, String)> {
    let Ok(text) = std::str::from_utf8(block) else { return Vec::new() };
    let canonical = |name: &str| {
        let mut upper = true;
        name.chars()
            .map(|c| {
                let out = if upper { c.to_ascii_uppercase() } else { c.to_ascii_lowercase() };
                upper = c == '-';
                out
            })
            .collect::<String>()
    };
    text.split("\r\n").skip(1).filter_map(|line| line.split_once(':')).map(|(k, v)| (canonical(k.trim()), v.trim().to_string())).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn headers_only(h: &str) -> Option<Option<Value>> {
        sampled(&Latency { sampling: 0, subject: "l".into() }, format!("NATS/1.0\r\n{h}\r\n\r\n").as_bytes())
    }

    #[test]
    fn tracing_headers_decide_sampling_as_nats_server_does() {
        assert_eq!(sampled(&Latency { sampling: 100, subject: "l".into() }, b""), Some(None), "100% measures everything");
        assert_eq!(headers_only("X-Other: 1"), None);
        assert_eq!(
            headers_only("uber-trace-id: 479fefe9525eddb:5adb976bfc1f95c1:479fefe9525eddb:1\r\nuberctx-a: b"),
            Some(Some(json!({"Uber-Trace-Id": ["479fefe9525eddb:5adb976bfc1f95c1:479fefe9525eddb:1"], "Uberctx-A": ["b"]})))
        );
        assert_eq!(headers_only("Uber-Trace-Id: 479fefe9525eddb:5adb976bfc1f95c1:479fefe9525eddb:0"), None);
        assert_eq!(headers_only("X-B3-Sampled: 0\r\nX-B3-TraceId: 80f198ee56343ba864fe8b2a57d3eff7"), None, "denied");
        assert_eq!(
            headers_only("X-B3-TraceId: 80f198ee56343ba864fe8b2a57d3eff7"),
            Some(Some(json!({"X-B3-Traceid": ["80f198ee56343ba864fe8b2a57d3eff7"]})))
        );
        assert_eq!(headers_only("B3: 80f198ee56343ba864fe8b2a57d3eff7-e457b5a2e4d86bd1-0-05e3ac9a4f6e3b90"), None);
        assert_eq!(headers_only("B3: 0"), None);
        assert!(headers_only("B3: 80f198ee56343ba864fe8b2a57d3eff7-e457b5a2e4d86bd1-1").is_some());
        assert_eq!(
            headers_only("traceparent: 00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01\r\ntracestate: x=y"),
            Some(Some(json!({"Traceparent": ["00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01"], "Tracestate": ["x=y"]})))
        );
        assert_eq!(headers_only("traceparent: 00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-00"), None);
    }
}
