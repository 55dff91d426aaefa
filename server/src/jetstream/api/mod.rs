//! The JetStream API: requests on `$JS.API.>` (and `$JS.<domain>.API.>`), answered with
//! nats-server's JSON.
//!
//! The internal subscription only copies the request onto a queue; one task answers them
//! in arrival order, so the publisher's read loop never waits on file I/O and API calls
//! never race each other (create-then-info from one client sees the stream). Direct
//! gets and pull requests are answered at once when nothing is queued.
//!
//! Here: the queue, routing by subject, reply building and the account request;
//! `streams`, `consumers` and `direct` hold the handlers.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Weak};

use base64::Engine;
use bytes::Bytes;
use serde::{Deserialize, Serialize};
use serde_json::Value;
use tokio::sync::mpsc;

use super::config::{
    self, ConsumerConfig, ConsumerContext, CreateConsumerRequest, NormalizeConsumer, NormalizeStream, StreamConfig, StreamContext,
};
use super::consumer::{self, Consumer, ConsumerInfo};
use super::errors::{ApiError, JsErr};
use super::source::SourceInfo;
use super::store::PurgeRequest;
use super::stream::{Stream, StreamState};
use super::{go_json, headers, now_nanos, JetStream, JsAccount, API_LEVEL};
use crate::router::Router;
use crate::router::{Outgoing, Wake};
use crate::subscription::InternalMsg;
use natsx_common::subject;
use natsx_common::time::rfc3339_nanos;
use natsx_common::time::GoTime;

mod consumers;
mod direct;
mod streams;

use consumers::*;
use direct::*;
use streams::*;

const PREFIX: &str = "$JS.API.";
const NAMES_LIMIT: usize = 1024;
const LIST_LIMIT: usize = 256;

struct Request {
    js: Weak<JetStream>,
    jsa: Arc<JsAccount>,
    /// With any domain prefix already mapped to `$JS.API.`.
    subject: String,
    reply: Vec<u8>,
    headers: Bytes,
    payload: Bytes,
}

/// The queue between the subscription and the answering task.
pub struct Queue {
    tx: mpsc::UnboundedSender<Request>,
    /// Requests queued and not yet answered.
    pending: Arc<AtomicUsize>,
}

impl Queue {
    pub fn start() -> Queue {
        let (tx, mut rx) = mpsc::unbounded_channel::<Request>();
        let pending = Arc::new(AtomicUsize::new(0));
        let done = pending.clone();
        tokio::spawn(async move {
            while let Some(req) = rx.recv().await {
                if let Some(js) = req.js.upgrade() {
                    // In a task of its own, so that a bug in one handler (a panic) costs
                    // that request its answer, never the API its answering task.
                    let subject = req.subject.clone();
                    if tokio::spawn(async move { handle(&js, req).await }).await.is_err() {
                        crate::error!("JetStream API request on {subject} failed: the handler panicked");
                    }
                }
                done.fetch_sub(1, Ordering::AcqRel);
            }
        });
        Queue { tx, pending }
    }
}

/// Reads answered on the requester's read loop, skipping the queue (a hop that doubled
/// their latency): direct gets and pull requests, which neither write nor wait. Only when
/// nothing is queued, so they never overtake an earlier request (a stream being created).
fn answers_inline(subject_rest: &str) -> bool {
    subject_rest.starts_with("DIRECT.GET.") || subject_rest.starts_with("CONSUMER.MSG.NEXT.")
}

/// Subscribes the API in one account (and under the domain prefix, when there is one).
pub fn subscribe(js: &Arc<JetStream>, jsa: &Arc<JsAccount>) {
    let mut prefixes = vec!["$JS.API".to_string()];
    if let Some(domain) = &js.domain {
        prefixes.push(format!("$JS.{domain}.API"));
    }
    for prefix in prefixes {
        let weak_js = Arc::downgrade(js);
        let account = jsa.account.clone();
        let owner = jsa.clone();
        let jsa = jsa.clone();
        let strip = prefix.len() + 1;
        let sub = account.subscribe_internal(
            &format!("{prefix}.>"),
            Arc::new(move |msg: &InternalMsg<'_>| {
                let Some(js) = weak_js.upgrade() else { return };
                let rest_bytes = &msg.subject[strip.min(msg.subject.len())..];
                // Under a domain prefix, `$KV.>` and `$OBJ.>` are the buckets' own
                // subjects (nats-server's `generateJSMappingTable`): published on as such.
                if strip > PREFIX.len() && (rest_bytes.starts_with(b"$KV.") || rest_bytes.starts_with(b"$OBJ.")) {
                    let mut out = crate::router::Outgoing::new(rest_bytes, msg.payload).with_headers(msg.headers);
                    if let Some(reply) = msg.reply {
                        out = out.with_reply(reply);
                    }
                    out.sender = msg.sender;
                    js.router.publish(&jsa.account, [out], Wake::Deferred);
                    return;
                }
                let Some(reply) = msg.reply.filter(|r| !r.is_empty()) else { return };
                let rest = String::from_utf8_lossy(rest_bytes);
                let req = Request {
                    js: weak_js.clone(),
                    jsa: jsa.clone(),
                    subject: format!("{PREFIX}{rest}"),
                    reply: reply.to_vec(),
                    headers: Bytes::copy_from_slice(msg.headers),
                    payload: Bytes::copy_from_slice(msg.payload),
                };
                if answers_inline(&rest) && js.api.pending.load(Ordering::Acquire) == 0 {
                    handle_inline(&js, req);
                    return;
                }
                js.api.pending.fetch_add(1, Ordering::AcqRel);
                if js.api.tx.send(req).is_err() {
                    js.api.pending.fetch_sub(1, Ordering::AcqRel);
                }
            }),
        );
        owner.api_subscriptions.lock().unwrap_or_else(|e| e.into_inner()).push(sub);
    }
}

/// In an account without JetStream, API requests get nats-server's "not enabled for
/// account" error (rather than no responders).
pub fn subscribe_disabled(router: &Arc<Router>, account: &Arc<crate::account::Account>) -> Arc<crate::subscription::Subscription> {
    let router = router.clone();
    let acc = Arc::downgrade(account);
    account.subscribe_internal(
        "$JS.API.>",
        Arc::new(move |msg: &InternalMsg<'_>| {
            let Some(reply) = msg.reply.filter(|r| !r.is_empty()) else { return };
            let subject = String::from_utf8_lossy(msg.subject);
            let tokens: Vec<&str> = subject.get(PREFIX.len()..).unwrap_or("").split('.').collect();
            let Some(acc) = acc.upgrade() else { return };
            if let Answer::Json(body) = error_reply(&response_type(&tokens), &ApiError::new(JsErr::JSNotEnabledForAccountErr)) {
                router.publish(&acc, [Outgoing::new(reply, &body)], Wake::Deferred);
            }
        }),
    )
}

/// What a handler produced: JSON for the reply, a raw message, or nothing.
enum Answer {
    Json(Vec<u8>),
    Raw {
        headers: Vec<u8>,
        payload: Bytes,
    },
    /// Several raw messages, in order (a batched DIRECT.GET).
    Many(Vec<(Vec<u8>, Bytes)>),
    Silent,
}

/// A direct get or pull request answered right away (see `answers_inline`).
fn handle_inline(js: &Arc<JetStream>, req: Request) {
    let tokens: Vec<&str> = req.subject[PREFIX.len()..].split('.').collect();
    let answer = match tokens.as_slice() {
        _ if headers::get(&req.headers, "Nats-Required-Api-Level").is_some_and(|l| l.parse::<u32>().map_or(true, level_too_high)) => {
            error_reply(&response_type(&tokens), &ApiError::new(JsErr::JSRequiredApiLevelErr))
        }
        ["DIRECT", "GET", name, rest @ ..] => direct_get(&req, name, rest),
        ["CONSUMER", "MSG", "NEXT", stream, name] => next_request(&req, stream, name),
        _ => Answer::Silent,
    };
    send_answer(js, &req, answer);
}

async fn handle(js: &Arc<JetStream>, req: Request) {
    let tokens: Vec<&str> = req.subject[PREFIX.len()..].split('.').collect();
    let answer = if let Some(level) = headers::get(&req.headers, "Nats-Required-Api-Level") {
        match level.parse::<u32>() {
            Ok(l) if !level_too_high(l) => route(js, &req, &tokens).await,
            _ => error_reply(&response_type(&tokens), &ApiError::new(JsErr::JSRequiredApiLevelErr)),
        }
    } else {
        route(js, &req, &tokens).await
    };
    send_answer(js, &req, answer);
}

fn send_answer(js: &JetStream, req: &Request, answer: Answer) {
    // Counted as nats-server counts: requests answered, after the answer is built (so an
    // INFO does not count itself).
    if !matches!(answer, Answer::Silent) {
        js.api_total.fetch_add(1, Ordering::Relaxed);
        req.jsa.api_total.fetch_add(1, Ordering::Relaxed);
    }
    match answer {
        Answer::Json(body) => {
            if body.windows(8).any(|w| w == b"\"error\":") {
                js.api_errors.fetch_add(1, Ordering::Relaxed);
                req.jsa.api_errors.fetch_add(1, Ordering::Relaxed);
            }
            js.router.publish(&req.jsa.account, [Outgoing::new(&req.reply, &body)], Wake::Deferred);
        }
        Answer::Raw { headers, payload } => {
            js.router.publish(&req.jsa.account, [Outgoing::new(&req.reply, &payload).with_headers(&headers)], Wake::Deferred);
        }
        Answer::Many(messages) => {
            for (headers, payload) in messages {
                js.router.publish(&req.jsa.account, [Outgoing::new(&req.reply, &payload).with_headers(&headers)], Wake::Deferred);
            }
        }
        Answer::Silent => {}
    }
}

/// A client asking for a newer API level than natsx implements.
fn level_too_high(level: u32) -> bool {
    level > API_LEVEL
}

/// The `type` of the response to a request, for error replies.
fn response_type(tokens: &[&str]) -> String {
    let kind = match tokens {
        ["INFO", ..] => "account_info",
        ["STREAM", "CREATE", ..] => "stream_create",
        ["STREAM", "UPDATE", ..] => "stream_update",
        ["STREAM", "INFO", ..] => "stream_info",
        ["STREAM", "DELETE", ..] => "stream_delete",
        ["STREAM", "NAMES", ..] => "stream_names",
        ["STREAM", "LIST", ..] => "stream_list",
        ["STREAM", "PURGE", ..] => "stream_purge",
        ["STREAM", "MSG", "GET", ..] => "stream_msg_get",
        ["STREAM", "MSG", "DELETE", ..] => "stream_msg_delete",
        ["CONSUMER", "INFO", ..] => "consumer_info",
        ["CONSUMER", "DELETE", ..] => "consumer_delete",
        ["CONSUMER", "NAMES", ..] => "consumer_names",
        ["CONSUMER", "LIST", ..] => "consumer_list",
        ["CONSUMER", "PAUSE", ..] => "consumer_pause",
        ["CONSUMER", "UNPIN", ..] => "consumer_unpin",
        ["CONSUMER", ..] => "consumer_create",
        _ => "error",
    };
    format!("io.nats.jetstream.api.v1.{kind}_response")
}

#[derive(Serialize)]
struct ErrorReply<'a> {
    #[serde(rename = "type")]
    kind: &'a str,
    error: &'a ApiError,
}

fn error_reply(kind: &str, e: &ApiError) -> Answer {
    let mut body = go_json(&ErrorReply { kind, error: e });
    // Some responses carry their zero values after the error, as nats-server's do.
    let extra: &[u8] = match kind {
        "io.nats.jetstream.api.v1.stream_info_response" => b",\"total\":0,\"offset\":0,\"limit\":0",
        "io.nats.jetstream.api.v1.stream_purge_response" => b",\"purged\":0",
        "io.nats.jetstream.api.v1.consumer_names_response" => b",\"total\":0,\"offset\":0,\"limit\":0,\"consumers\":[]",
        "io.nats.jetstream.api.v1.consumer_list_response" => b",\"total\":0,\"offset\":0,\"limit\":0,\"consumers\":[]",
        "io.nats.jetstream.api.v1.stream_names_response" => b",\"total\":0,\"offset\":0,\"limit\":0,\"streams\":null",
        "io.nats.jetstream.api.v1.stream_list_response" => b",\"total\":0,\"offset\":0,\"limit\":0,\"streams\":[]",
        "io.nats.jetstream.api.v1.consumer_pause_response" => b",\"paused\":false,\"pause_until\":\"0001-01-01T00:00:00Z\"",
        _ => b"",
    };
    if !extra.is_empty() {
        body.pop();
        body.extend_from_slice(extra);
        body.push(b'}');
    }
    Answer::Json(body)
}

/// Builds `{"type": ..., <fields of body>}`.
fn reply_with<T: Serialize>(kind: &str, body: &T) -> Answer {
    let mut out = format!("{{\"type\":\"io.nats.jetstream.api.v1.{kind}\"").into_bytes();
    let inner = go_json(body);
    if inner.len() > 2 {
        out.push(b',');
        out.extend_from_slice(&inner[1..inner.len() - 1]);
    }
    out.push(b'}');
    Answer::Json(out)
}

/// The no-responders status nats-server's routing gives where it has no handler.
fn no_responders(subject: &str) -> Answer {
    Answer::Raw { headers: headers::block("503", &[("Nats-Subject", subject)]), payload: Bytes::new() }
}

async fn route(js: &Arc<JetStream>, req: &Request, tokens: &[&str]) -> Answer {
    let kind = response_type(tokens);
    let result = match tokens {
        ["INFO"] => Ok(account_info(js, &req.jsa)),
        ["STREAM", "CREATE", name] => stream_create(js, req, name).await,
        ["STREAM", "UPDATE", name] => stream_update(js, req, name).await,
        ["STREAM", "INFO", name] => stream_info(req, name),
        ["STREAM", "DELETE", name] => stream_delete(js, req, name),
        ["STREAM", "NAMES"] => stream_names(req),
        ["STREAM", "LIST"] => stream_list(js, req),
        ["STREAM", "PURGE", name] => stream_purge(req, name).await,
        ["STREAM", "MSG", "GET", name] => stream_msg_get(req, name),
        ["STREAM", "MSG", "DELETE", name] => stream_msg_delete(req, name).await,
        ["DIRECT", "GET", name, rest @ ..] => return direct_get(req, name, rest),
        ["CONSUMER", "CREATE", stream] => consumer_create(js, req, stream, None, None, false).await,
        ["CONSUMER", "CREATE", stream, name] => consumer_create(js, req, stream, Some(name), None, false).await,
        ["CONSUMER", "CREATE", stream, name, filter @ ..] => {
            let filter = filter.join(".");
            consumer_create(js, req, stream, Some(name), Some(filter), false).await
        }
        ["CONSUMER", "DURABLE", "CREATE", stream, name] => consumer_create(js, req, stream, Some(name), None, true).await,
        ["CONSUMER", "INFO", stream, name] => consumer_info(req, stream, name),
        ["CONSUMER", "DELETE", stream, name] => consumer_delete(js, req, stream, name),
        ["CONSUMER", "NAMES", stream] => consumer_names(req, stream),
        ["CONSUMER", "LIST", stream] => consumer_list(req, stream),
        ["CONSUMER", "PAUSE", stream, name] => consumer_pause(req, stream, name),
        ["CONSUMER", "UNPIN", stream, name] => consumer_unpin(req, stream, name),
        ["CONSUMER", "MSG", "NEXT", stream, name] => return next_request(req, stream, name),
        _ => return Answer::Silent,
    };
    match result {
        Ok(answer) => answer,
        Err(e) => error_reply(&kind, &e),
    }
}

/// A pull request: handed to the consumer (which answers with messages or a status).
fn next_request(req: &Request, stream: &str, name: &str) -> Answer {
    match req.jsa.stream(stream).and_then(|s| s.consumer(name)) {
        Some(c) => {
            c.pull_request(&req.reply, &req.payload);
            Answer::Silent
        }
        None => no_responders(&req.subject),
    }
}

// ---- account ----

#[derive(Serialize)]
struct Limits {
    max_memory: i64,
    max_storage: i64,
    max_streams: i64,
    max_consumers: i64,
    max_ack_pending: i64,
    memory_max_stream_bytes: i64,
    storage_max_stream_bytes: i64,
    max_bytes_required: bool,
}

#[derive(Serialize)]
struct ApiStats {
    level: u32,
    total: u64,
    errors: u64,
}

#[derive(Serialize)]
struct AccountInfo {
    memory: i64,
    storage: i64,
    reserved_memory: u64,
    reserved_storage: u64,
    streams: usize,
    consumers: usize,
    limits: Limits,
    #[serde(skip_serializing_if = "Option::is_none")]
    domain: Option<String>,
    api: ApiStats,
}

fn account_info(js: &JetStream, jsa: &JsAccount) -> Answer {
    let l = &jsa.limits();
    reply_with(
        "account_info_response",
        &AccountInfo {
            memory: jsa.memory_used.load(Ordering::Relaxed),
            storage: jsa.store_used.load(Ordering::Relaxed),
            reserved_memory: 0,
            reserved_storage: 0,
            streams: jsa.stream_list().len(),
            consumers: jsa.consumer_count(),
            limits: Limits {
                max_memory: l.max_memory,
                max_storage: l.max_store,
                max_streams: l.max_streams,
                max_consumers: l.max_consumers,
                max_ack_pending: l.max_ack_pending,
                memory_max_stream_bytes: l.memory_max_stream_bytes,
                storage_max_stream_bytes: l.store_max_stream_bytes,
                max_bytes_required: l.max_bytes_required,
            },
            domain: js.domain.clone(),
            api: ApiStats {
                level: API_LEVEL,
                total: jsa.api_total.load(Ordering::Relaxed),
                errors: jsa.api_errors.load(Ordering::Relaxed),
            },
        },
    )
}

#[derive(Serialize)]
struct Paged<T: Serialize> {
    total: usize,
    offset: usize,
    limit: usize,
    #[serde(flatten)]
    body: T,
}

/// `STREAM.NAMES` and `STREAM.LIST`: a page, of the streams with a subject matching.
#[derive(Deserialize, Default)]
#[serde(default)]
struct ListRequest {
    #[serde(deserialize_with = "paging_offset")]
    offset: usize,
    subject: String,
}

/// `CONSUMER.NAMES` and `CONSUMER.LIST`: a page (nats-server's `ApiPagedRequest`).
#[derive(Deserialize, Default)]
#[serde(default)]
struct PagedRequest {
    #[serde(deserialize_with = "paging_offset")]
    offset: usize,
}

/// A page of `all`: from `offset`, clamped to the total as nats-server clamps it, at most
/// `limit` long. Returns the clamped offset too.
fn page<T>(all: &[T], offset: usize, limit: usize) -> (usize, &[T]) {
    let offset = offset.min(all.len());
    (offset, &all[offset..(offset + limit).min(all.len())])
}

/// A paging `offset` (Go's `int`): a negative one starts at the beginning, as in
/// nats-server.
fn paging_offset<'de, D: serde::Deserializer<'de>>(d: D) -> Result<usize, D::Error> {
    let n = i64::deserialize(d)?;
    Ok(usize::try_from(n).unwrap_or(0))
}

impl Request {
    /// The server's name, for stream info's `cluster.leader`.
    fn server_name(&self) -> Option<String> {
        Some(self.js.upgrade()?.server_name.clone())
    }

    /// The request body decoded as nats-server decodes it ([`config::decode_api_request`]);
    /// an empty body is the default request.
    fn decode<T: serde::de::DeserializeOwned + Default>(&self, go_struct: &str) -> Result<T, ApiError> {
        if self.payload.is_empty() {
            return Ok(T::default());
        }
        let strict = self.js.upgrade().is_none_or(|js| js.strict);
        config::decode_api_request(&self.payload, go_struct, strict)
    }
}

/// Runs every JetStream API request decoder natsx has, and the stream and consumer config
/// checks, on one request body, strict and lenient. For the fuzz target (`server/fuzz`):
/// any input may be refused with an error, none may panic, hang or allocate without bound.
#[doc(hidden)]
pub fn fuzz_request_body(body: &[u8]) {
    for strict in [true, false] {
        if let Ok(value) = config::parse_request(body, config::stream_keys(strict)) {
            if config::refuse_unimplemented_stream_features(&value).is_ok() {
                if let Ok(mut stream) = config::decode_request::<StreamConfig>(value, "StreamConfigRequest", strict) {
                    let pedantic = StreamContext { pedantic: true, ..StreamContext::alone() };
                    let _ = stream.clone().normalize(&pedantic);
                    if stream.normalize(&StreamContext::alone()).is_ok() {
                        let _ = stream.check_discard_new_per_subject();
                    }
                }
            }
        }
        if let Ok(value) = serde_json::from_slice::<Value>(body) {
            if let Ok(request) = config::decode_value::<CreateConsumerRequest>(value, "CreateConsumerRequest") {
                let mut stream = StreamConfig { name: "S".into(), subjects: vec!["s.>".into()], ..Default::default() };
                let _ = stream.normalize(&StreamContext::alone());
                for (durable, pedantic) in [(false, false), (true, true)] {
                    let ctx = ConsumerContext { stream: &stream, durable, account_max_ack_pending: 0, pedantic };
                    let _ = request.config.clone().normalize(&ctx);
                }
            }
        }
        let _ = config::decode_api_request::<PagedRequest>(body, "JSApiConsumersRequest", strict);
        let _ = config::decode_api_request::<ListRequest>(body, "JSApiStreamNamesRequest", strict);
        let _ = config::decode_api_request::<streams::StreamInfoRequest>(body, "JSApiStreamInfoRequest", strict);
        let _ = config::decode_api_request::<streams::PurgeBody>(body, "JSApiStreamPurgeRequest", strict);
        let _ = config::decode_api_request::<streams::MsgGetRequest>(body, "JSApiMsgGetRequest", strict);
        let _ = config::decode_api_request::<streams::MsgDeleteRequest>(body, "JSApiMsgDeleteRequest", strict);
        let _ = serde_json::from_slice::<streams::MsgGetRequest>(body);
    }
}
