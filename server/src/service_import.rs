//! Service imports at run time (nats-server's `processServiceImport` and response
//! service imports).
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
//! - once `response_threshold` (default 2 minutes) passes without a response.
//!
//! A response that itself carries a reply subject gets a route back the other way
//! (except `$JS.ACK.` replies, which pass unchanged as nats-server passes them, for pull
//! consumers across accounts). Requests cross one import only (see `Owner::Import`).

use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use crate::account::Account;
use crate::jetstream::headers;
use crate::options::accounts::ResponseType;
use crate::options::exports::ServiceMap;
use crate::router::{Outgoing, Router, Wake};
use crate::subscription::{ImportBridge, ImportHandler, InternalMsg, Owner, Subscription};
use natsx_common::transform::Mapped;

/// nats-server's header carrying the requester's details into the exporting account.
pub const REQUEST_INFO: &str = "Nats-Request-Info";

/// Replies of this prefix are acknowledgements to JetStream: they cross as they are.
const JS_ACK_PREFIX: &[u8] = b"$JS.ACK.";

/// How often (at most) the expired routes of an account are swept out, on the next
/// request: expiry itself is checked on every response.
const SWEEP_EVERY: Duration = Duration::from_secs(1);

/// The open routes back of one account: from the `_R_` reply subjects its responders
/// answer on to the requesters in other accounts.
pub struct ResponseRoutes {
    /// `_R_.` + 6 random base-62 characters + `.`.
    prefix: Vec<u8>,
    open: Mutex<Open>,
}

struct Open {
    routes: HashMap<Box<[u8]>, Route>,
    swept: Instant,
}

/// Where the responses to one request go.
struct Route {
    requester: Arc<Account>,
    requester_routes: Arc<ResponseRoutes>,
    reply: Box<[u8]>,
    response_type: ResponseType,
    threshold: Duration,
    touched: Instant,
}

impl Route {
    fn expired(&self, now: Instant) -> bool {
        now.duration_since(self.touched) > self.threshold
    }
}

const DIGITS: &[u8] = b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

fn base62(n: usize) -> impl Iterator<Item = u8> {
    (0..n).map(|_| DIGITS[rand::random::<usize>() % DIGITS.len()])
}

impl ResponseRoutes {
    /// The routes back of `account`, with their subscription on `_R_.<prefix>.>`.
    pub fn install(router: &Arc<Router>, account: &Arc<Account>) -> Arc<ResponseRoutes> {
        let mut prefix = b"_R_.".to_vec();
        prefix.extend(base62(6));
        prefix.push(b'.');
        let routes = Arc::new(ResponseRoutes { prefix, open: Mutex::new(Open { routes: HashMap::new(), swept: Instant::now() }) });
        let (weak, router, responder) = (Arc::downgrade(&routes), router.clone(), Arc::downgrade(account));
        let deliver: ImportHandler = Arc::new(move |m: &InternalMsg<'_>| {
            let (Some(routes), Some(responder)) = (weak.upgrade(), responder.upgrade()) else { return 0 };
            routes.respond(&router, &responder, m)
        });
        let weak = Arc::downgrade(&routes);
        let interest = Arc::new(move |subject: &[u8]| {
            let Some(routes) = weak.upgrade() else { return false };
            let open = routes.lock();
            open.routes.get(subject).is_some_and(|r| !r.expired(Instant::now()) && r.requester.has_local_interest(&r.reply))
        });
        let mut wildcard = routes.prefix.clone();
        wildcard.push(b'>');
        account.subscribe(Arc::new(Subscription::new(&wildcard, None, b"responses", Owner::Import(ImportBridge { deliver, interest }))));
        routes
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, Open> {
        self.open.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// Opens a route back to `reply` in `requester`; returns the reply subject to use here.
    fn open(
        &self,
        reply: &[u8],
        requester: &Arc<Account>,
        requester_routes: &Arc<ResponseRoutes>,
        response_type: ResponseType,
        threshold: Duration,
    ) -> Vec<u8> {
        let mut subject = self.prefix.clone();
        subject.extend(base62(6));
        let now = Instant::now();
        let route = Route {
            requester: requester.clone(),
            requester_routes: requester_routes.clone(),
            reply: reply.into(),
            response_type,
            threshold,
            touched: now,
        };
        let mut open = self.lock();
        if now.duration_since(open.swept) >= SWEEP_EVERY {
            open.routes.retain(|_, r| !r.expired(now));
            open.swept = now;
        }
        open.routes.insert(subject.clone().into_boxed_slice(), route);
        subject
    }

    fn close(&self, subject: &[u8]) {
        self.lock().routes.remove(subject);
    }

    /// How many routes back are open (expired ones not yet swept included).
    pub fn open_routes(&self) -> usize {
        self.lock().routes.len()
    }

    /// Carries a response published in `responder` on one of our `_R_` subjects back to
    /// its requester. Returns to how many subscriptions it went.
    fn respond(self: &Arc<Self>, router: &Router, responder: &Arc<Account>, m: &InternalMsg<'_>) -> usize {
        let now = Instant::now();
        let (requester, requester_routes, reply, response_type, threshold) = {
            let mut open = self.lock();
            let Some(route) = open.routes.get(m.to) else { return 0 };
            if route.expired(now) {
                open.routes.remove(m.to);
                return 0;
            }
            (route.requester.clone(), route.requester_routes.clone(), route.reply.clone(), route.response_type, route.threshold)
        };
        // A response with a reply of its own gets a route back the other way.
        let back = match m.reply {
            Some(r) if !r.is_empty() && !r.starts_with(JS_ACK_PREFIX) => {
                Some(requester_routes.open(r, responder, self, response_type, threshold))
            }
            _ => None,
        };
        let reply_here = back.as_deref().or(m.reply);
        let msg = Outgoing { to: &reply, subject: &reply, reply: reply_here, headers: m.headers, payload: m.payload, imported: true };
        let delivered = router.publish(&requester, [msg], Wake::Deferred).delivered;
        let end = m.headers.is_empty() && m.payload.is_empty();
        let mut open = self.lock();
        if delivered == 0 || end || response_type == ResponseType::Singleton {
            open.routes.remove(m.to);
        } else if let Some(route) = open.routes.get_mut(m.to) {
            route.touched = now;
        }
        if delivered == 0 {
            if let Some(back) = back {
                drop(open);
                requester_routes.close(&back);
            }
        }
        delivered
    }
}

/// Subscribes the service import `map` in `importer` on `local`: requests published there
/// go into `exporter` (see the module's description).
pub struct ServiceImportSpec<'a> {
    pub importer: &'a Arc<Account>,
    pub importer_routes: &'a Arc<ResponseRoutes>,
    pub exporter: &'a Arc<Account>,
    pub exporter_routes: &'a Arc<ResponseRoutes>,
    pub local: &'a str,
    pub map: ServiceMap,
    pub response_type: ResponseType,
    pub threshold: Duration,
}

pub fn import_service(router: &Arc<Router>, spec: ServiceImportSpec<'_>) -> Arc<Subscription> {
    let map = Arc::new(spec.map);
    let (importer, importer_routes) = (spec.importer.clone(), spec.importer_routes.clone());
    let (exporter, exporter_routes) = (spec.exporter.clone(), spec.exporter_routes.clone());
    let (response_type, threshold) = (spec.response_type, spec.threshold);
    let router_here = router.clone();
    let deliver_map = map.clone();
    let deliver_into = exporter.clone();
    let info = format!("{{\"acc\":{}}}", serde_json::Value::String(importer.name.clone()));
    let deliver: ImportHandler = Arc::new(move |m: &InternalMsg<'_>| {
        let Some(mut to) = deliver_map.apply(m.to) else { return 0 };
        // The exporter's own mappings apply to what arrives (nats-server's
        // selectMappedSubject on the import's subject).
        if deliver_into.has_mappings() {
            match deliver_into.map_subject(&to, (rand::random::<u32>() % 100) as u8) {
                Mapped::Unchanged => {}
                Mapped::To(mapped) => to = mapped.into_bytes(),
                Mapped::Dropped => return 0,
            }
        }
        let reply = match m.reply {
            Some(r) if !r.is_empty() && !r.starts_with(JS_ACK_PREFIX) => {
                Some(exporter_routes.open(r, &importer, &importer_routes, response_type, threshold))
            }
            _ => None,
        };
        let headers = headers::extend(&headers::without(m.headers, &[REQUEST_INFO]), &[(REQUEST_INFO, &info)]);
        let msg = Outgoing {
            to: &to,
            subject: &to,
            reply: reply.as_deref().or(m.reply.filter(|r| r.starts_with(JS_ACK_PREFIX))),
            headers: &headers,
            payload: m.payload,
            imported: true,
        };
        let delivered = router_here.publish(&deliver_into, [msg], Wake::Deferred).delivered;
        if delivered == 0 {
            if let Some(reply) = reply {
                exporter_routes.close(&reply);
            }
        }
        delivered
    });
    let interest = Arc::new(move |subject: &[u8]| map.apply(subject).is_some_and(|to| exporter.has_local_interest(&to)));
    let sub = Arc::new(Subscription::new(spec.local.as_bytes(), None, b"service", Owner::Import(ImportBridge { deliver, interest })));
    spec.importer.subscribe(sub.clone());
    sub
}
