//! The JetStream API: requests on `$JS.API.>` (and `$JS.<domain>.API.>`), answered with
//! nats-server's JSON.
//!
//! The internal subscription only copies the request onto a queue; one task answers them
//! in arrival order, so the publisher's read loop never waits on file I/O and API calls
//! never race each other (create-then-info from one client sees the stream).

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Weak};

use base64::Engine;
use bytes::Bytes;
use serde::{Deserialize, Serialize};
use serde_json::Value;
use tokio::sync::mpsc;

use super::config::{self, ConsumerConfig, ConsumerContext, CreateConsumerRequest, StreamConfig, StreamContext};
use super::consumer::{self, Consumer, ConsumerInfo};
use super::errors::ApiError;
use super::source::SourceInfo;
use super::store::PurgeRequest;
use super::stream::{Stream, StreamState};
use super::{go_json, headers, now_nanos, JetStream, JsAccount, API_LEVEL};
use crate::monitor::time::{parse_rfc3339, rfc3339_nanos};
use crate::server::Server;
use crate::subject;
use crate::subscription::InternalMsg;

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
                    handle(&js, req).await;
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
pub fn subscribe(js: &Arc<JetStream>, server: &Arc<Server>, jsa: &Arc<JsAccount>) {
    let mut prefixes = vec!["$JS.API".to_string()];
    if let Some(domain) = &js.domain {
        prefixes.push(format!("$JS.{domain}.API"));
    }
    for prefix in prefixes {
        let weak_js = Arc::downgrade(js);
        let jsa = jsa.clone();
        let strip = prefix.len() + 1;
        server.subscribe_internal(
            &jsa.account.clone(),
            &format!("{prefix}.>"),
            Arc::new(move |msg: &InternalMsg<'_>| {
                let Some(js) = weak_js.upgrade() else { return };
                let Some(reply) = msg.reply.filter(|r| !r.is_empty()) else { return };
                let rest = String::from_utf8_lossy(&msg.subject[strip.min(msg.subject.len())..]);
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
    }
}

/// In an account without JetStream, API requests get nats-server's "not enabled for
/// account" error (rather than no responders).
pub fn subscribe_disabled(server: &Arc<Server>, account: &Arc<crate::account::Account>) {
    let weak = Arc::downgrade(server);
    let acc = account.clone();
    server.subscribe_internal(
        account,
        "$JS.API.>",
        Arc::new(move |msg: &InternalMsg<'_>| {
            let (Some(server), Some(reply)) = (weak.upgrade(), msg.reply.filter(|r| !r.is_empty())) else { return };
            let subject = String::from_utf8_lossy(msg.subject);
            let tokens: Vec<&str> = subject.get(PREFIX.len()..).unwrap_or("").split('.').collect();
            if let Answer::Json(body) = error_reply(&response_type(&tokens), &ApiError::new("JSNotEnabledForAccountErr")) {
                server.publish_internal(&acc, reply, None, b"", &body);
            }
        }),
    );
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
    let Some(server) = js.server.upgrade() else { return };
    let tokens: Vec<&str> = req.subject[PREFIX.len()..].split('.').collect();
    let answer = match tokens.as_slice() {
        _ if headers::get(&req.headers, "Nats-Required-Api-Level").is_some_and(|l| l.parse::<u32>().map_or(true, level_too_high)) => {
            error_reply(&response_type(&tokens), &ApiError::new("JSRequiredApiLevelErr"))
        }
        ["DIRECT", "GET", name, rest @ ..] => direct_get(&req, name, rest),
        ["CONSUMER", "MSG", "NEXT", stream, name] => next_request(&req, stream, name),
        _ => Answer::Silent,
    };
    send_answer(js, &server, &req, answer);
}

async fn handle(js: &Arc<JetStream>, req: Request) {
    let Some(server) = js.server.upgrade() else { return };
    let tokens: Vec<&str> = req.subject[PREFIX.len()..].split('.').collect();
    let answer = if let Some(level) = headers::get(&req.headers, "Nats-Required-Api-Level") {
        match level.parse::<u32>() {
            Ok(l) if !level_too_high(l) => route(js, &server, &req, &tokens).await,
            _ => error_reply(&response_type(&tokens), &ApiError::new("JSRequiredApiLevelErr")),
        }
    } else {
        route(js, &server, &req, &tokens).await
    };
    send_answer(js, &server, &req, answer);
}

fn send_answer(js: &JetStream, server: &Server, req: &Request, answer: Answer) {
    // Counted as nats-server counts: requests answered, after the answer is built (so an
    // INFO does not count itself).
    if !matches!(answer, Answer::Silent) {
        js.api_total.fetch_add(1, Ordering::Relaxed);
    }
    match answer {
        Answer::Json(body) => {
            if body.windows(8).any(|w| w == b"\"error\":") {
                js.api_errors.fetch_add(1, Ordering::Relaxed);
            }
            server.publish_internal(&req.jsa.account, &req.reply, None, b"", &body);
        }
        Answer::Raw { headers, payload } => {
            server.publish_internal(&req.jsa.account, &req.reply, None, &headers, &payload);
        }
        Answer::Many(messages) => {
            for (headers, payload) in messages {
                server.publish_internal(&req.jsa.account, &req.reply, None, &headers, &payload);
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

async fn route(js: &Arc<JetStream>, server: &Arc<Server>, req: &Request, tokens: &[&str]) -> Answer {
    let kind = response_type(tokens);
    let result = match tokens {
        ["INFO"] => Ok(account_info(js, &req.jsa)),
        ["STREAM", "CREATE", name] => stream_create(js, server, req, name).await,
        ["STREAM", "UPDATE", name] => stream_update(js, req, name).await,
        ["STREAM", "INFO", name] => stream_info(req, name),
        ["STREAM", "DELETE", name] => stream_delete(js, req, name),
        ["STREAM", "NAMES"] => stream_names(req),
        ["STREAM", "LIST"] => stream_list(server, req),
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
    let l = &jsa.limits;
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
            api: ApiStats { level: API_LEVEL, total: js.api_total.load(Ordering::Relaxed), errors: js.api_errors.load(Ordering::Relaxed) },
        },
    )
}

// ---- streams ----

#[derive(Serialize)]
struct Cluster {
    leader: String,
}

#[derive(Serialize)]
struct StreamInfo {
    config: StreamConfig,
    created: String,
    state: StreamState,
    #[serde(skip_serializing_if = "Option::is_none")]
    cluster: Option<Cluster>,
    #[serde(skip_serializing_if = "Option::is_none")]
    mirror: Option<SourceInfo>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    sources: Vec<SourceInfo>,
    ts: String,
}

#[derive(Serialize)]
struct StreamCreated {
    #[serde(flatten)]
    info: StreamInfo,
    did_create: bool,
}

fn info_of(stream: &Stream, cluster: Option<&Server>, subjects: Option<&str>, deleted: bool) -> StreamInfo {
    let (mirror, sources) = stream.source_infos();
    StreamInfo {
        config: stream.config(),
        created: rfc3339_nanos(stream.created),
        state: stream.state(subjects, deleted),
        cluster: cluster.map(|s| Cluster { leader: s.server_name.clone() }),
        mirror,
        sources,
        ts: rfc3339_nanos(now_nanos()),
    }
}

fn stream_context(_js: &JetStream) -> StreamContext {
    StreamContext { clustered: false }
}

fn decode_stream_config(js: &JetStream, body: &[u8]) -> Result<StreamConfig, ApiError> {
    if body.iter().all(|b| b.is_ascii_whitespace()) {
        return Ok(StreamConfig::default());
    }
    config::decode(body, "StreamConfigRequest", config::stream_keys(js.strict))
}

/// Checks a stream config against the account's limits and the other streams.
fn check_stream_placement(jsa: &JsAccount, config: &StreamConfig, replacing: Option<&str>) -> Result<(), ApiError> {
    let l = &jsa.limits;
    let per_stream = if config.storage == config::Storage::Memory { l.memory_max_stream_bytes } else { l.store_max_stream_bytes };
    if l.max_bytes_required && config.max_bytes <= 0 {
        return Err(ApiError::new("JSStreamMaxBytesRequired"));
    }
    if per_stream > 0 && config.max_bytes > per_stream {
        return Err(ApiError::new("JSStreamMaxStreamBytesExceeded"));
    }
    let account_max = if config.storage == config::Storage::Memory { l.max_memory } else { l.max_store };
    if account_max >= 0 && config.max_bytes > account_max {
        return Err(ApiError::new(if config.storage == config::Storage::Memory {
            "JSMemoryResourcesExceededErr"
        } else {
            "JSStorageResourcesExceededErr"
        }));
    }
    for other in jsa.stream_list() {
        if Some(other.name.as_str()) == replacing {
            continue;
        }
        let theirs = other.config().subjects;
        if config.subjects.iter().any(|a| theirs.iter().any(|b| subject::patterns_intersect(a.as_bytes(), b.as_bytes()))) {
            return Err(ApiError::new("JSStreamSubjectOverlapErr"));
        }
    }
    Ok(())
}

async fn stream_create(js: &Arc<JetStream>, server: &Arc<Server>, req: &Request, name: &str) -> Result<Answer, ApiError> {
    let mut config = decode_stream_config(js, &req.payload)?;
    if config.name != name {
        return Err(ApiError::new("JSStreamMismatchErr"));
    }
    config.normalize(&stream_context(js))?;
    let jsa = &req.jsa;
    if let Some(existing) = jsa.stream(name) {
        if existing.config() == config {
            let info = info_of(&existing, None, None, false);
            return Ok(reply_with("stream_create_response", &StreamCreated { info, did_create: true }));
        }
        return Err(ApiError::new("JSStreamNameExistErr"));
    }
    if jsa.limits.max_streams >= 0 && jsa.stream_list().len() as i64 >= jsa.limits.max_streams {
        return Err(ApiError::new("JSMaximumStreamsLimitErr"));
    }
    check_stream_placement(jsa, &config, None)?;
    let stream = Stream::create(js, jsa, config)?;
    jsa.streams.write().unwrap_or_else(|e| e.into_inner()).insert(name.to_string(), stream.clone());
    stream_advisory(server, jsa, "CREATED", name, "create");
    let info = info_of(&stream, None, None, false);
    Ok(reply_with("stream_create_response", &StreamCreated { info, did_create: true }))
}

fn stream_advisory(server: &Server, jsa: &JsAccount, kind: &str, stream: &str, action: &str) {
    let body = serde_json::json!({
        "type": "io.nats.jetstream.advisory.v1.stream_action",
        "id": consumer::ephemeral_name(),
        "timestamp": rfc3339_nanos(now_nanos()),
        "stream": stream,
        "action": action,
    });
    let subject = format!("$JS.EVENT.ADVISORY.STREAM.{kind}.{stream}");
    server.publish_internal(&jsa.account, subject.as_bytes(), None, b"", &go_json(&body));
}

async fn stream_update(js: &Arc<JetStream>, req: &Request, name: &str) -> Result<Answer, ApiError> {
    let mut config = decode_stream_config(js, &req.payload)?;
    if config.name != name {
        return Err(ApiError::new("JSStreamMismatchErr"));
    }
    let stream = req.jsa.stream(name).ok_or_else(|| ApiError::new("JSStreamNotFoundErr"))?;
    let old = stream.config();
    // A sealed flag may be set by an update (not by a create).
    let sealing = config.sealed;
    config.sealed = false;
    config.normalize(&stream_context(js))?;
    config.sealed = sealing;
    let invalid = |text: &str| ApiError::new("JSStreamInvalidConfigF").with("err", text);
    if config.storage != old.storage {
        return Err(invalid("stream configuration update can not change storage type"));
    }
    if (config.retention == config::Retention::WorkQueue) != (old.retention == config::Retention::WorkQueue) {
        return Err(invalid("stream configuration update can not change retention policy to/from workqueue"));
    }
    if old.sealed && !config.sealed {
        return Err(invalid("stream configuration update can not unseal a sealed stream"));
    }
    if old.deny_delete && !config.deny_delete {
        return Err(invalid("stream configuration update can not cancel deny message deletes"));
    }
    if old.deny_purge && !config.deny_purge {
        return Err(invalid("stream configuration update can not cancel deny purge"));
    }
    if old.allow_msg_ttl && !config.allow_msg_ttl {
        return Err(invalid("message TTL status can not be disabled"));
    }
    if config.mirror != old.mirror {
        return Err(ApiError::new("JSStreamMirrorNotUpdatableErr"));
    }
    check_stream_placement(&req.jsa, &config, Some(name))?;
    stream.update(config)?;
    stream.sync_now().await;
    Ok(reply_with("stream_update_response", &info_of(&stream, None, None, false)))
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct StreamInfoRequest {
    subjects_filter: String,
    deleted_details: bool,
    offset: usize,
}

#[derive(Serialize)]
struct Paged<T: Serialize> {
    total: usize,
    offset: usize,
    limit: usize,
    #[serde(flatten)]
    body: T,
}

fn stream_info(req: &Request, name: &str) -> Result<Answer, ApiError> {
    let stream = req.jsa.stream(name).ok_or_else(|| ApiError::new("JSStreamNotFoundErr"))?;
    let r: StreamInfoRequest =
        if req.payload.is_empty() { StreamInfoRequest::default() } else { config::decode(&req.payload, "JSApiStreamInfoRequest", None)? };
    let filter = (!r.subjects_filter.is_empty()).then_some(r.subjects_filter.as_str());
    let server = req.jsa_server();
    let mut info = info_of(&stream, server.as_deref(), filter, r.deleted_details);
    let (mut total, mut limit) = (0, 0);
    if let Some(subjects) = info.state.subjects.take() {
        total = subjects.len();
        limit = 100_000;
        info.state.subjects = Some(subjects.into_iter().skip(r.offset).take(limit).collect());
    }
    Ok(reply_with("stream_info_response", &Paged { total, offset: r.offset, limit, body: info }))
}

impl Request {
    fn jsa_server(&self) -> Option<Arc<Server>> {
        self.js.upgrade()?.server.upgrade()
    }
}

fn stream_delete(js: &Arc<JetStream>, req: &Request, name: &str) -> Result<Answer, ApiError> {
    let removed = req.jsa.streams.write().unwrap_or_else(|e| e.into_inner()).remove(name);
    let stream = removed.ok_or_else(|| ApiError::new("JSStreamNotFoundErr"))?;
    stream.destroy();
    if let Some(server) = js.server.upgrade() {
        stream_advisory(&server, &req.jsa, "DELETED", name, "delete");
    }
    Ok(reply_with("stream_delete_response", &serde_json::json!({ "success": true })))
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct ListRequest {
    offset: usize,
    subject: String,
}

fn streams_matching(jsa: &JsAccount, filter: &str) -> Vec<Arc<Stream>> {
    jsa.stream_list()
        .into_iter()
        .filter(|s| {
            filter.is_empty() || s.config().subjects.iter().any(|subj| subject::patterns_intersect(subj.as_bytes(), filter.as_bytes()))
        })
        .collect()
}

fn stream_names(req: &Request) -> Result<Answer, ApiError> {
    let r: ListRequest =
        if req.payload.is_empty() { ListRequest::default() } else { config::decode(&req.payload, "JSApiStreamNamesRequest", None)? };
    let all = streams_matching(&req.jsa, &r.subject);
    let names: Vec<String> = all.iter().skip(r.offset).take(NAMES_LIMIT).map(|s| s.name.clone()).collect();
    Ok(reply_with(
        "stream_names_response",
        &Paged { total: all.len(), offset: r.offset, limit: NAMES_LIMIT, body: serde_json::json!({ "streams": names }) },
    ))
}

fn stream_list(server: &Server, req: &Request) -> Result<Answer, ApiError> {
    let r: ListRequest =
        if req.payload.is_empty() { ListRequest::default() } else { config::decode(&req.payload, "JSApiStreamListRequest", None)? };
    let all = streams_matching(&req.jsa, &r.subject);
    let infos: Vec<StreamInfo> = all.iter().skip(r.offset).take(LIST_LIMIT).map(|s| info_of(s, Some(server), None, false)).collect();
    #[derive(Serialize)]
    struct Body {
        streams: Vec<StreamInfo>,
        missing: Vec<String>,
    }
    Ok(reply_with(
        "stream_list_response",
        &Paged { total: all.len(), offset: r.offset, limit: LIST_LIMIT, body: Body { streams: infos, missing: Vec::new() } },
    ))
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct PurgeBody {
    filter: String,
    seq: u64,
    keep: u64,
}

async fn stream_purge(req: &Request, name: &str) -> Result<Answer, ApiError> {
    let stream = req.jsa.stream(name).ok_or_else(|| ApiError::new("JSStreamNotFoundErr"))?;
    let body: PurgeBody =
        if req.payload.is_empty() { PurgeBody::default() } else { config::decode(&req.payload, "JSApiStreamPurgeRequest", None)? };
    if body.seq > 0 && body.keep > 0 {
        return Err(ApiError::new("JSBadRequestErr"));
    }
    if !body.filter.is_empty() && !subject::is_valid_subscribe(body.filter.as_bytes()) {
        return Err(ApiError::new("JSStreamPurgeFailedF").with("err", "invalid subject filter"));
    }
    let purged = stream.purge(&PurgeRequest { filter: body.filter, up_to_seq: body.seq, keep: body.keep })?;
    stream.sync_now().await;
    #[derive(Serialize)]
    struct Purged {
        success: bool,
        purged: u64,
    }
    Ok(reply_with("stream_purge_response", &Purged { success: true, purged }))
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct MsgGetRequest {
    seq: u64,
    last_by_subj: String,
    next_by_subj: String,
}

#[derive(Serialize)]
struct StoredMessage {
    subject: String,
    seq: u64,
    #[serde(skip_serializing_if = "Option::is_none")]
    hdrs: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    data: Option<String>,
    time: String,
}

fn find_message(stream: &Stream, r: &MsgGetRequest) -> Result<super::store::StoredMsg, ApiError> {
    let found = if !r.last_by_subj.is_empty() {
        stream.last_by_subject(&r.last_by_subj)
    } else if !r.next_by_subj.is_empty() {
        stream.next_by_subject(r.seq, &r.next_by_subj)
    } else {
        stream.load(r.seq)
    };
    found.ok_or_else(|| ApiError::new("JSNoMessageFoundErr"))
}

fn stream_msg_get(req: &Request, name: &str) -> Result<Answer, ApiError> {
    let stream = req.jsa.stream(name).ok_or_else(|| ApiError::new("JSStreamNotFoundErr"))?;
    if req.payload.is_empty() {
        return Err(ApiError::new("JSBadRequestErr"));
    }
    let r: MsgGetRequest = config::decode(&req.payload, "JSApiMsgGetRequest", None)?;
    if r.seq == 0 && r.last_by_subj.is_empty() && r.next_by_subj.is_empty() {
        return Err(ApiError::new("JSBadRequestErr"));
    }
    let m = find_message(&stream, &r)?;
    let b64 = base64::engine::general_purpose::STANDARD;
    let message = StoredMessage {
        subject: m.subject.to_string(),
        seq: m.seq,
        hdrs: (!m.headers.is_empty()).then(|| b64.encode(&m.headers)),
        data: (!m.payload.is_empty()).then(|| b64.encode(&m.payload)),
        time: rfc3339_nanos(m.ts),
    };
    #[derive(Serialize)]
    struct Reply {
        message: StoredMessage,
    }
    Ok(reply_with("stream_msg_get_response", &Reply { message }))
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct MsgDeleteRequest {
    seq: u64,
    no_erase: bool,
}

async fn stream_msg_delete(req: &Request, name: &str) -> Result<Answer, ApiError> {
    let stream = req.jsa.stream(name).ok_or_else(|| ApiError::new("JSStreamNotFoundErr"))?;
    if req.payload.is_empty() {
        return Err(ApiError::new("JSBadRequestErr"));
    }
    let r: MsgDeleteRequest = config::decode(&req.payload, "JSApiMsgDeleteRequest", None)?;
    stream.delete_msg(r.seq, !r.no_erase)?;
    stream.sync_now().await;
    Ok(reply_with("stream_msg_delete_response", &serde_json::json!({ "success": true })))
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct DirectGetRequest {
    seq: u64,
    last_by_subj: String,
    next_by_subj: String,
    /// Batch mode (ADR-31): up to this many messages, then `204 EOB`.
    batch: usize,
    max_bytes: usize,
    start_time: Option<String>,
    /// The newest message of each of these subjects (wildcards allowed).
    multi_last: Vec<String>,
    up_to_seq: u64,
    up_to_time: Option<String>,
}

/// The largest batch one DIRECT.GET answers.
const DIRECT_BATCH_MAX: usize = 1024;

/// A message as DIRECT.GET returns it: its own headers plus where it sits in the stream.
fn direct_message(stream: &Stream, m: &super::store::StoredMsg, extra: &[(&str, &str)]) -> (Vec<u8>, Bytes) {
    let (seq, ts) = (m.seq.to_string(), rfc3339_nanos(m.ts));
    let mut pairs = vec![
        ("Nats-Stream", stream.name.as_str()),
        ("Nats-Subject", &*m.subject),
        ("Nats-Sequence", seq.as_str()),
        ("Nats-Time-Stamp", ts.as_str()),
    ];
    pairs.extend_from_slice(extra);
    (headers::extend(&m.headers, &pairs), m.payload.clone())
}

/// DIRECT.GET: the message itself, its coordinates in headers; or, with `batch` or
/// `multi_last`, a run of them closed by `204 EOB`.
fn direct_get(req: &Request, name: &str, subject_tokens: &[&str]) -> Answer {
    let Some(stream) = req.jsa.stream(name).filter(|s| s.allows_direct()) else {
        return no_responders(&req.subject);
    };
    let status = |s: &str| Answer::Raw { headers: headers::block(s, &[]), payload: Bytes::new() };
    let r = if !subject_tokens.is_empty() {
        DirectGetRequest { last_by_subj: subject_tokens.join("."), ..Default::default() }
    } else {
        if req.payload.is_empty() {
            return status("408 Empty Request");
        }
        match serde_json::from_slice::<DirectGetRequest>(&req.payload) {
            Ok(r)
                if r.seq > 0
                    || !r.last_by_subj.is_empty()
                    || !r.next_by_subj.is_empty()
                    || r.batch > 0
                    || !r.multi_last.is_empty()
                    || r.start_time.is_some() =>
            {
                r
            }
            Ok(_) => return status("408 Bad Request"),
            Err(_) => return status("408 Malformed Request"),
        }
    };
    if r.batch > 0 || !r.multi_last.is_empty() {
        return direct_batch(&stream, &r);
    }
    let single = MsgGetRequest { seq: r.seq, last_by_subj: r.last_by_subj, next_by_subj: r.next_by_subj };
    match find_message(&stream, &single) {
        Ok(m) => {
            let (headers, payload) = direct_message(&stream, &m, &[]);
            Answer::Raw { headers, payload }
        }
        Err(_) => status("404 Message Not Found"),
    }
}

fn direct_batch(stream: &Stream, r: &DirectGetRequest) -> Answer {
    use super::store::index::Filter;
    let up_to_time = r.up_to_time.as_deref().and_then(parse_rfc3339).unwrap_or(i64::MAX);
    let up_to_seq = if r.up_to_seq > 0 { r.up_to_seq } else { u64::MAX };
    let limit = if r.batch > 0 { r.batch.min(DIRECT_BATCH_MAX) } else { DIRECT_BATCH_MAX };
    let mut out: Vec<(Vec<u8>, Bytes)> = Vec::new();
    let mut bytes = 0usize;
    let mut last_seq = 0u64;
    let mut remaining = 0u64;
    if !r.multi_last.is_empty() {
        let seqs = stream.last_per_subject_up_to(&r.multi_last, up_to_seq, up_to_time);
        remaining = seqs.len() as u64;
        for seq in seqs.into_iter().take(limit) {
            let Some(m) = stream.load(seq) else { continue };
            remaining -= 1;
            let (np, ls) = (remaining.to_string(), last_seq.to_string());
            out.push(direct_message(stream, &m, &[("Nats-Num-Pending", &np), ("Nats-Last-Sequence", &ls)]));
            last_seq = seq;
        }
    } else {
        let filter = if r.next_by_subj.is_empty() { Filter::all() } else { Filter::new(vec![r.next_by_subj.clone()]) };
        let mut from = match r.start_time.as_deref().and_then(parse_rfc3339) {
            Some(t) => stream.start_seq(super::config::DeliverPolicy::ByStartTime, 0, Some(t), &Filter::all()).0,
            None => r.seq.max(1),
        };
        while out.len() < limit {
            let Some(m) = stream.next_by_filter(from, &filter) else { break };
            if m.seq > up_to_seq || m.ts > up_to_time {
                break;
            }
            let size = m.subject.len() + m.headers.len() + m.payload.len();
            if r.max_bytes > 0 && bytes + size > r.max_bytes && !out.is_empty() {
                break;
            }
            bytes += size;
            from = m.seq + 1;
            let pending = stream.count_from(from, &filter);
            let (np, ls) = (pending.to_string(), last_seq.to_string());
            out.push(direct_message(stream, &m, &[("Nats-Num-Pending", &np), ("Nats-Last-Sequence", &ls)]));
            last_seq = m.seq;
            remaining = pending;
        }
    }
    if out.is_empty() {
        return Answer::Raw { headers: headers::block("404 Message Not Found", &[]), payload: Bytes::new() };
    }
    let (np, ls) = (remaining.to_string(), last_seq.to_string());
    out.push((headers::block("204 EOB", &[("Nats-Num-Pending", &np), ("Nats-Last-Sequence", &ls)]), Bytes::new()));
    Answer::Many(out)
}

// ---- consumers ----

fn stream_for_consumer(req: &Request, stream: &str) -> Result<Arc<Stream>, ApiError> {
    req.jsa.stream(stream).ok_or_else(|| ApiError::new("JSStreamNotFoundErr"))
}

/// The fields a consumer update may change (nats-server refuses the others).
fn check_consumer_update(old: &ConsumerConfig, new: &ConsumerConfig) -> Result<(), ApiError> {
    let refuse = |what: &str| Err(ApiError::new("JSConsumerCreateErrF").with("err", format!("{what} can not be updated")));
    if old.deliver_policy != new.deliver_policy {
        return refuse("deliver policy");
    }
    if old.opt_start_seq != new.opt_start_seq {
        return refuse("start sequence");
    }
    if old.opt_start_time != new.opt_start_time {
        return refuse("start time");
    }
    if old.ack_policy != new.ack_policy {
        return refuse("ack policy");
    }
    if old.replay_policy != new.replay_policy {
        return refuse("replay policy");
    }
    if old.flow_control != new.flow_control {
        return refuse("flow control");
    }
    if old.mem_storage != new.mem_storage {
        return refuse("memory storage");
    }
    if old.is_pull() != new.is_pull() {
        return Err(ApiError::new("JSConsumerCreateErrF").with("err", "can not update push consumer to pull based"));
    }
    if old.deliver_group != new.deliver_group {
        return refuse("deliver group");
    }
    Ok(())
}

#[derive(Serialize)]
struct ConsumerCreated {
    #[serde(flatten)]
    info: ConsumerInfo,
}

async fn consumer_create(
    js: &Arc<JetStream>,
    req: &Request,
    stream_name: &str,
    subject_name: Option<&str>,
    subject_filter: Option<String>,
    legacy_durable: bool,
) -> Result<Answer, ApiError> {
    let body: &[u8] = if req.payload.is_empty() { b"{}" } else { &req.payload };
    let value: Value = serde_json::from_slice(body).map_err(|e| {
        ApiError::new("JSInvalidJSONErr").with(
            "err",
            if e.is_eof() { "unexpected EOF".to_string() } else { e.to_string().split(" at line ").next().unwrap_or("").to_string() },
        )
    })?;
    if js.strict {
        if let Some(Value::Object(cfg)) = value.get("config") {
            let keys = config::consumer_keys(true).unwrap_or(&[]);
            if let Some(unknown) = cfg.keys().find(|k| !keys.contains(&k.as_str())) {
                return Err(ApiError::new("JSInvalidJSONErr").with("err", format!("json: unknown field \"{unknown}\"")));
            }
        }
    }
    let mut r: CreateConsumerRequest = config::decode_value(value, "CreateConsumerRequest")?;
    if r.stream_name != stream_name {
        return Err(ApiError::new("JSStreamMismatchErr"));
    }
    let stream = stream_for_consumer(req, stream_name)?;
    let cfg = &mut r.config;
    if let Some(name) = subject_name {
        if legacy_durable {
            if cfg.durable_name.is_empty() {
                return Err(ApiError::new("JSConsumerDurableNameNotSetErr"));
            }
            if cfg.durable_name != name {
                return Err(ApiError::new("JSConsumerDurableNameNotMatchSubjectErr"));
            }
        } else {
            if !cfg.name.is_empty() && cfg.name != name {
                return Err(ApiError::new("JSConsumerDurableNameNotMatchSubjectErr"));
            }
            if !cfg.durable_name.is_empty() && cfg.durable_name != name {
                return Err(ApiError::new("JSConsumerDurableNameNotMatchSubjectErr"));
            }
        }
    }
    if let Some(filter) = subject_filter {
        if !cfg.filter_subjects.is_empty() {
            return Err(ApiError::new("JSConsumerMultipleFiltersNotAllowed"));
        }
        if !cfg.filter_subject.is_empty() && cfg.filter_subject != filter {
            return Err(ApiError::new("JSConsumerCreateFilterSubjectMismatchErr"));
        }
        cfg.filter_subject = filter;
    }
    let durable = !cfg.durable_name.is_empty();
    let name = if durable {
        cfg.durable_name.clone()
    } else if let Some(n) = subject_name.filter(|n| !n.is_empty()) {
        n.to_string()
    } else if !cfg.name.is_empty() {
        cfg.name.clone()
    } else {
        consumer::ephemeral_name()
    };
    if durable || !cfg.name.is_empty() || subject_name.is_some() {
        cfg.name = name.clone();
    }
    let stream_config = stream.config();
    cfg.normalize(&ConsumerContext { stream: &stream_config, durable })?;
    if cfg.max_ack_pending > 0 && req.jsa.limits.max_ack_pending > 0 && cfg.max_ack_pending > req.jsa.limits.max_ack_pending {
        return Err(ApiError::new("JSConsumerMaxPendingAckExcessErrF").with("limit", req.jsa.limits.max_ack_pending.to_string()));
    }
    let config = r.config.clone();
    if let Some(existing) = stream.consumer(&name) {
        if r.action == "create" && existing.config() != config {
            return Err(ApiError::new("JSConsumerAlreadyExists"));
        }
        if existing.config() != config {
            check_consumer_update(&existing.config(), &config)?;
            stream.check_workqueue(&config, &name)?;
            existing.update(config).map_err(|e| ApiError::new("JSConsumerCreateErrF").with("err", e))?;
        }
        return Ok(reply_with("consumer_create_response", &ConsumerCreated { info: existing.info() }));
    }
    if r.action == "update" {
        return Err(ApiError::new("JSConsumerDoesNotExist"));
    }
    let limit_reached = (stream_config.max_consumers > 0 && stream.consumer_count() as i64 >= stream_config.max_consumers)
        || (req.jsa.limits.max_consumers >= 0 && req.jsa.consumer_count() as i64 >= req.jsa.limits.max_consumers);
    if limit_reached {
        return Err(ApiError::new("JSMaximumConsumersLimitErr"));
    }
    stream.check_workqueue(&config, &name)?;
    let consumer =
        Consumer::create(&stream, name.clone(), config, durable).map_err(|e| ApiError::new("JSConsumerCreateErrF").with("err", e))?;
    stream.consumers.write().unwrap_or_else(|e| e.into_inner()).insert(name.clone(), consumer.clone());
    consumer.start();
    if let Some(server) = js.server.upgrade() {
        let body = serde_json::json!({
            "type": "io.nats.jetstream.advisory.v1.consumer_action",
            "id": consumer::ephemeral_name(),
            "timestamp": rfc3339_nanos(now_nanos()),
            "stream": stream_name,
            "consumer": name,
            "action": "create",
        });
        let subject = format!("$JS.EVENT.ADVISORY.CONSUMER.CREATED.{stream_name}.{name}");
        server.publish_internal(&req.jsa.account, subject.as_bytes(), None, b"", &go_json(&body));
    }
    Ok(reply_with("consumer_create_response", &ConsumerCreated { info: consumer.info() }))
}

fn consumer_info(req: &Request, stream: &str, name: &str) -> Result<Answer, ApiError> {
    let stream = stream_for_consumer(req, stream)?;
    let c = stream.consumer(name).ok_or_else(|| ApiError::new("JSConsumerNotFoundErr"))?;
    Ok(reply_with("consumer_info_response", &c.info()))
}

fn consumer_delete(js: &Arc<JetStream>, req: &Request, stream_name: &str, name: &str) -> Result<Answer, ApiError> {
    let stream = stream_for_consumer(req, stream_name)?;
    if !stream.remove_consumer(name) {
        return Err(ApiError::new("JSConsumerNotFoundErr"));
    }
    if let Some(server) = js.server.upgrade() {
        let body = serde_json::json!({
            "type": "io.nats.jetstream.advisory.v1.consumer_action",
            "id": consumer::ephemeral_name(),
            "timestamp": rfc3339_nanos(now_nanos()),
            "stream": stream_name,
            "consumer": name,
            "action": "delete",
        });
        let subject = format!("$JS.EVENT.ADVISORY.CONSUMER.DELETED.{stream_name}.{name}");
        server.publish_internal(&req.jsa.account, subject.as_bytes(), None, b"", &go_json(&body));
    }
    Ok(reply_with("consumer_delete_response", &serde_json::json!({ "success": true })))
}

fn consumer_names(req: &Request, stream: &str) -> Result<Answer, ApiError> {
    let stream = stream_for_consumer(req, stream)?;
    let r: ListRequest =
        if req.payload.is_empty() { ListRequest::default() } else { config::decode(&req.payload, "JSApiConsumersRequest", None)? };
    let all = stream.consumer_list();
    let names: Vec<String> = all.iter().skip(r.offset).take(NAMES_LIMIT).map(|c| c.name.clone()).collect();
    Ok(reply_with(
        "consumer_names_response",
        &Paged { total: all.len(), offset: r.offset, limit: NAMES_LIMIT, body: serde_json::json!({ "consumers": names }) },
    ))
}

fn consumer_list(req: &Request, stream: &str) -> Result<Answer, ApiError> {
    let stream = stream_for_consumer(req, stream)?;
    let r: ListRequest =
        if req.payload.is_empty() { ListRequest::default() } else { config::decode(&req.payload, "JSApiConsumersRequest", None)? };
    let all = stream.consumer_list();
    let infos: Vec<ConsumerInfo> = all.iter().skip(r.offset).take(LIST_LIMIT).map(|c| c.info()).collect();
    #[derive(Serialize)]
    struct Body {
        consumers: Vec<ConsumerInfo>,
        missing: Vec<String>,
    }
    Ok(reply_with(
        "consumer_list_response",
        &Paged { total: all.len(), offset: r.offset, limit: LIST_LIMIT, body: Body { consumers: infos, missing: Vec::new() } },
    ))
}

fn consumer_pause(req: &Request, stream: &str, name: &str) -> Result<Answer, ApiError> {
    let stream = stream_for_consumer(req, stream)?;
    let c = stream.consumer(name).ok_or_else(|| ApiError::new("JSConsumerNotFoundErr"))?;
    #[derive(Deserialize, Default)]
    #[serde(default)]
    struct PauseRequest {
        pause_until: Option<String>,
    }
    let r: PauseRequest =
        if req.payload.is_empty() { PauseRequest::default() } else { config::decode(&req.payload, "JSApiConsumerPauseRequest", None)? };
    let until = r.pause_until.as_deref().and_then(parse_rfc3339).unwrap_or(0);
    c.pause(until).map_err(|e| ApiError::new("JSConsumerCreateErrF").with("err", e))?;
    let now = now_nanos();
    let paused = until > now;
    #[derive(Serialize)]
    struct PauseResponse {
        paused: bool,
        pause_until: String,
        #[serde(skip_serializing_if = "is_zero")]
        pause_remaining: i64,
    }
    fn is_zero(n: &i64) -> bool {
        *n == 0
    }
    Ok(reply_with(
        "consumer_pause_response",
        &PauseResponse { paused, pause_until: rfc3339_nanos(until), pause_remaining: if paused { until - now } else { 0 } },
    ))
}

fn consumer_unpin(req: &Request, stream: &str, name: &str) -> Result<Answer, ApiError> {
    let stream = stream_for_consumer(req, stream)?;
    let c = stream.consumer(name).ok_or_else(|| ApiError::new("JSConsumerNotFoundErr"))?;
    #[derive(Deserialize, Default)]
    #[serde(default)]
    struct UnpinRequest {
        group: String,
    }
    let r: UnpinRequest =
        if req.payload.is_empty() { UnpinRequest::default() } else { config::decode(&req.payload, "JSApiConsumerUnpinRequest", None)? };
    if r.group.is_empty() {
        return Err(ApiError::new("JSInvalidJSONErr").with("err", "group is required"));
    }
    c.unpin(&r.group)?;
    Ok(reply_with("consumer_unpin_response", &serde_json::json!({})))
}
