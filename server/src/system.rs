//! Services the server runs in the system account, as internal subscribers.
//!
//! They subscribe through the system account's sublist like any client (invariant 2:
//! server services are clients of core routing), and answer the `$SYS.REQ.SERVER`
//! requests that `nats server ping/info` and operators' scripts send:
//!
//! - `$SYS.REQ.SERVER.PING` — every server answers with its statistics;
//! - `$SYS.REQ.SERVER.PING.<KIND>` and `$SYS.REQ.SERVER.<id>.<KIND>` for KIND in
//!   VARZ, CONNZ, ROUTEZ, GATEWAYZ, LEAFZ, SUBSZ, JSZ, ACCOUNTZ, HEALTHZ — the monitoring reports, with request
//!   options such as `{"subs":true}` passed as JSON in the body.

use std::sync::atomic::Ordering;
use std::sync::{Arc, Weak};

use serde_json::{json, Value};

use crate::router::{Outgoing, Wake};
use crate::server::Server;
use crate::subscription::InternalMsg;
use natsx_common::time::rfc3339;

const KINDS: [&str; 11] = ["VARZ", "CONNZ", "ROUTEZ", "GATEWAYZ", "LEAFZ", "SUBSZ", "JSZ", "ACCOUNTZ", "HEALTHZ", "STATSZ", "IDZ"];

/// Subscribes the system services. Handlers hold a weak reference, so they never keep
/// a stopped server alive.
pub fn start(server: &Arc<Server>) {
    let account = server.system_account();
    start_account_services(server);
    start_claims_services(server);
    let mut subjects = vec!["$SYS.REQ.SERVER.PING".to_string()];
    for kind in KINDS {
        subjects.push(format!("$SYS.REQ.SERVER.PING.{kind}"));
        subjects.push(format!("$SYS.REQ.SERVER.{}.{kind}", server.server_id));
    }
    for subject in subjects {
        let weak: Weak<Server> = Arc::downgrade(server);
        let kind = subject.rsplit('.').next().unwrap_or_default().to_ascii_lowercase();
        let broadcast = subject.starts_with("$SYS.REQ.SERVER.PING");
        account.subscribe_internal(
            &subject,
            Arc::new(move |msg: &InternalMsg<'_>| {
                let Some(server) = weak.upgrade() else { return };
                let Some(reply) = msg.reply else { return };
                if broadcast && !filter_matches(&server, msg.payload) {
                    return;
                }
                let body = answer(&server, &kind, msg.payload);
                server.router.publish(&server.system_account(), [Outgoing::new(reply, body.to_string().as_bytes())], Wake::Deferred);
            }),
        );
    }
}

/// The account-level requests: `$SYS.REQ.ACCOUNT.<acc>.CONNZ` and `.STATZ` (the account's
/// own connections and traffic) and `$SYS.REQ.USER.<acc>.INFO` (who the requester is:
/// user, account, permissions), which every account reaches through the service imports
/// nats-server adds to each (see `server::SYSTEM_IMPORTS`); and, for users of the system
/// account, `$SYS.REQ.ACCOUNT.<acc>.SUBSZ`, `.JSZ`, `.LEAFZ` and `.INFO` (the account's
/// exports, imports and counts, as `/accountz?acc=` shows them).
pub fn start_account_services(server: &Arc<Server>) {
    let account = server.system_account();
    // CONNZ and STATZ reach every account through its imports; the others answer users
    // of the system account, as in nats-server.
    for (kind, report) in
        [("CONNZ", "connz"), ("STATZ", "accstatz"), ("SUBSZ", "subsz"), ("JSZ", "jsz"), ("LEAFZ", "leafz"), ("INFO", "accountz")]
    {
        let weak = Arc::downgrade(server);
        account.subscribe_internal(
            &format!("$SYS.REQ.ACCOUNT.*.{kind}"),
            Arc::new(move |msg: &InternalMsg<'_>| {
                let (Some(server), Some(reply)) = (weak.upgrade(), msg.reply) else { return };
                let name = String::from_utf8_lossy(msg.subject.split(|b| *b == b'.').nth(3).unwrap_or_default()).into_owned();
                // The account is the one in the subject, whatever the options say.
                let mut params = request_params(msg.payload);
                params.retain(|(k, _)| k != "acc" && k != "accounts");
                params.push((if kind == "STATZ" { "accounts" } else { "acc" }.into(), name));
                if kind == "SUBSZ" {
                    params.push(("subs".into(), "true".into()));
                }
                let identity = server.server_info();
                let body = match crate::monitor::report(&server, report, &params) {
                    // INFO answers with the account's detail alone (nats-server's AccountInfo).
                    Some(Ok(data)) if kind == "INFO" => json!({ "server": identity, "data": data["account_detail"] }),
                    Some(Ok(data)) => json!({ "server": identity, "data": data }),
                    Some(Err(e)) => json!({ "server": identity, "error": { "code": 400, "description": e } }),
                    None => return,
                };
                server.router.publish(&server.system_account(), [Outgoing::new(reply, body.to_string().as_bytes())], Wake::Deferred);
            }),
        );
    }
    let weak = Arc::downgrade(server);
    account.subscribe_internal_local(
        "$SYS.REQ.USER.*.INFO",
        Arc::new(move |msg: &InternalMsg<'_>| {
            let (Some(server), Some(reply)) = (weak.upgrade(), msg.reply) else { return };
            let identity = server.server_info();
            let body = match user_info(msg) {
                Some(data) => json!({ "server": identity, "data": data }),
                None => json!({ "server": identity, "error": { "code": 400 } }),
            };
            server.router.publish(&server.system_account(), [Outgoing::new(reply, body.to_string().as_bytes())], Wake::Deferred);
        }),
    );
}

/// nats-server's `UserInfo` of the client that asked (through the `$SYS.REQ.USER.INFO`
/// import), or of the one the request's `Nats-Request-Info` names.
fn user_info(msg: &InternalMsg<'_>) -> Option<Value> {
    let (user, account, permissions) = match msg.sender {
        Some(client) => {
            let meta = client.meta();
            (meta.user, meta.account, meta.permissions)
        }
        None => {
            let info: Value =
                serde_json::from_str(crate::jetstream::headers::get(msg.headers, crate::service_import::REQUEST_INFO)?).ok()?;
            let text = |k: &str| info[k].as_str().unwrap_or_default().to_string();
            (text("user"), text("acc"), None)
        }
    };
    let mut data = json!({ "user": user, "account": account, "account_name": account });
    if let Some(p) = permissions {
        data["permissions"] = p.public_json();
    }
    Some(data)
}

/// nats-server's `ServerInfo` at the head of a system response.
/// The account resolver's requests (nats-server's `DirAccResolver.Start`; the memory
/// resolver answers only the account-scoped updates, as nats-server's
/// `accountClaimUpdate` does; the cache answers no lookups or packs):
///
/// - `$SYS.REQ.CLAIMS.UPDATE`, `$SYS.REQ.ACCOUNT.<key>.CLAIMS.UPDATE` and the older
///   `$SYS.ACCOUNT.<key>.CLAIMS.UPDATE`: an account JWT, checked, stored and put in
///   force at once; answered `{"server", "data": {"account", "code": 200, "message"}}`
///   or `{"server", "error": {"account", "code": 500, "description"}}`;
/// - `$SYS.REQ.ACCOUNT.<key>.CLAIMS.LOOKUP`: the stored JWT, or an empty message;
/// - `$SYS.REQ.CLAIMS.LIST`: `{"server", "data": [keys]}`;
/// - `$SYS.REQ.CLAIMS.PACK`: one `key|jwt` message per account then an empty one (just
///   the empty one when the request carries the store's hash);
/// - `$SYS.REQ.CLAIMS.DELETE`: an operator-signed list of accounts to remove.
///
/// Updates and deletes run on a blocking thread: they write files and rewire accounts.
fn start_claims_services(server: &Arc<Server>) {
    let Some(resolver) = server.resolver() else { return };
    let Ok(runtime) = tokio::runtime::Handle::try_current() else { return };
    if let crate::options::operator::Resolver::Full(d) = &server.opts().operator.resolver {
        let which = if d.cache { "some" } else { "all" };
        crate::info!("Managing {which} jwt in exclusive directory {}", d.dir.display());
    }
    let account = server.system_account();
    let mut subjects = vec!["$SYS.REQ.ACCOUNT.*.CLAIMS.UPDATE", "$SYS.ACCOUNT.*.CLAIMS.UPDATE"];
    if resolver.is_directory() {
        subjects.extend(["$SYS.REQ.CLAIMS.UPDATE", "$SYS.REQ.CLAIMS.LIST", "$SYS.REQ.CLAIMS.DELETE"]);
    }
    if resolver.answers_lookups() {
        subjects.extend(["$SYS.REQ.ACCOUNT.*.CLAIMS.LOOKUP", "$SYS.REQ.CLAIMS.PACK"]);
    }
    for subject in subjects {
        let (weak, runtime) = (Arc::downgrade(server), runtime.clone());
        account.subscribe_internal(
            subject,
            Arc::new(move |msg: &InternalMsg<'_>| {
                let Some(server) = weak.upgrade() else { return };
                let tokens: Vec<String> = String::from_utf8_lossy(msg.subject).split('.').map(str::to_string).collect();
                let reply = msg.reply.map(<[u8]>::to_vec);
                let payload = msg.payload.to_vec();
                runtime.spawn_blocking(move || claims_request(&server, &tokens, reply, &payload));
            }),
        );
    }
}

/// One resolver request (see `start_claims_services`).
fn claims_request(server: &Arc<Server>, tokens: &[String], reply: Option<Vec<u8>>, payload: &[u8]) {
    let Some(resolver) = server.resolver() else { return };
    let send = |body: &[u8]| {
        if let Some(reply) = &reply {
            server.router.publish(&server.system_account(), [Outgoing::new(reply, body)], Wake::Deferred);
        }
    };
    let answer = |outcome: &crate::resolver::Outcome| {
        let account = if outcome.account.is_empty() { String::new() } else { format!(" - {}", outcome.account) };
        match &outcome.error {
            None => crate::debug!("{}{account}", outcome.message),
            Some(e) => crate::error!("{}{account} - {e}", outcome.message),
        }
        let mut body = outcome.body();
        body["server"] = server.server_info();
        send(body.to_string().as_bytes());
    };
    let words: Vec<&str> = tokens.iter().map(String::as_str).collect();
    match words.as_slice() {
        ["$SYS", "REQ", "CLAIMS", "UPDATE"] => match resolver.update(payload, None) {
            Ok((outcome, claims, previous)) => {
                server.apply_claims(&claims.claims.subject, previous.as_ref());
                answer(&outcome);
            }
            Err(outcome) => answer(&outcome),
        },
        ["$SYS", "REQ", "ACCOUNT", key, "CLAIMS", "UPDATE"] | ["$SYS", "ACCOUNT", key, "CLAIMS", "UPDATE"] => {
            match resolver.update(payload, Some(key)) {
                Ok((outcome, _, previous)) => {
                    server.apply_claims(key, previous.as_ref());
                    answer(&outcome);
                }
                Err(outcome) => answer(&outcome),
            }
        }
        // Queries without a reply subject have no one to answer.
        ["$SYS", "REQ", "ACCOUNT", _, "CLAIMS", "LOOKUP"] | ["$SYS", "REQ", "CLAIMS", "LIST" | "PACK"] if reply.is_none() => {}
        // Not an account key: no answer (nats-server's store finds no path for it).
        ["$SYS", "REQ", "ACCOUNT", key, "CLAIMS", "LOOKUP"] if !natsx_common::jwt::is_public_key(key, 'A') => {}
        ["$SYS", "REQ", "ACCOUNT", key, "CLAIMS", "LOOKUP"] => send(resolver.lookup(key).unwrap_or_default().as_bytes()),
        ["$SYS", "REQ", "CLAIMS", "LIST"] => {
            let body = json!({ "server": server.server_info(), "data": resolver.list() });
            send(body.to_string().as_bytes());
        }
        ["$SYS", "REQ", "CLAIMS", "PACK"] => {
            if payload != resolver.hash() {
                for (key, token) in resolver.pack() {
                    send(format!("{key}|{token}").as_bytes());
                }
            }
            send(b"");
        }
        ["$SYS", "REQ", "CLAIMS", "DELETE"] => match resolver.delete(payload) {
            Ok((outcome, removed)) => {
                for key in &removed {
                    server.apply_claims(key, None);
                }
                answer(&outcome);
            }
            Err(outcome) => answer(&outcome),
        },
        _ => {}
    }
}

/// nats-server's `EventFilterOptions` of a request to every server: a server answers
/// only when its name and host contain `server_name` and `host`, its cluster contains
/// `cluster`, its JetStream domain is `domain` and it has every one of `tags` (natsx has
/// no cluster and no tags, so a request naming either gets no answer from it).
fn filter_matches(server: &Server, request: &[u8]) -> bool {
    let Ok(filter) = serde_json::from_slice::<Value>(request) else { return true };
    let text = |key: &str| filter.get(key).and_then(Value::as_str).unwrap_or_default().to_string();
    let opts = server.opts();
    let (name, host, cluster, domain) = (text("server_name"), text("host"), text("cluster"), text("domain"));
    let tags = filter.get("tags").and_then(Value::as_array).is_some_and(|t| !t.is_empty());
    server.server_name.contains(&name)
        && opts.host.contains(&host)
        && cluster.is_empty()
        && (domain.is_empty() || opts.jetstream_domain.as_deref() == Some(domain.as_str()))
        && !tags
}

fn answer(server: &Server, kind: &str, request: &[u8]) -> Value {
    let identity = server.server_info();
    let params = request_params(request);
    match kind {
        // `$SYS.REQ.SERVER.PING` (the older form) and `.STATSZ`: nats-server's ServerStats.
        "ping" | "statsz" => return json!({ "server": identity, "statsz": statsz(server) }),
        // nats-server answers IDZ with the bare ServerID.
        "idz" => return json!({ "name": server.server_name, "host": server.opts().host, "id": server.server_id }),
        _ => {}
    }
    match crate::monitor::report(server, kind, &params) {
        Some(Ok(data)) => json!({ "server": identity, "data": data }),
        Some(Err(e)) => json!({ "server": identity, "error": { "code": 400, "description": e } }),
        None => json!({ "server": identity, "error": { "code": 404, "description": format!("unknown request {kind}") } }),
    }
}

/// Turns a JSON options body (`{"subs":true,"limit":10}`) into monitoring parameters.
fn request_params(request: &[u8]) -> Vec<(String, String)> {
    let Ok(Value::Object(map)) = serde_json::from_slice::<Value>(request) else { return Vec::new() };
    map.into_iter()
        .map(|(k, v)| {
            let v = match v {
                Value::String(s) => s,
                Value::Bool(b) => b.to_string(),
                other => other.to_string(),
            };
            // The JSON options name the account `account` where the HTTP query says `acc`.
            let k = if k == "account" { "acc".to_string() } else { k };
            (k, v)
        })
        .collect()
}

/// nats-server's `ServerStats`, for `STATSZ` (asked or every 10 s) and `PING`.
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

/// Sends `$SYS.SERVER.<id>.STATSZ` every `events::STATSZ_INTERVAL` while the server runs.
pub fn start_statsz(server: &Arc<Server>) {
    let weak = Arc::downgrade(server);
    let subject = format!("$SYS.SERVER.{}.STATSZ", server.server_id);
    tokio::spawn(async move {
        let mut tick = tokio::time::interval(crate::events::STATSZ_INTERVAL);
        tick.tick().await;
        loop {
            tick.tick().await;
            let Some(server) = weak.upgrade() else { return };
            server.emit(&subject, || json!({ "server": server.server_info(), "statsz": statsz(&server) }));
        }
    });
}
