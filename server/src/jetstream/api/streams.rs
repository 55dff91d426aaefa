//! The stream requests: CREATE, UPDATE, INFO, DELETE, NAMES, LIST, PURGE, MSG.GET and
//! MSG.DELETE.

use super::*;

#[derive(Serialize)]
pub(super) struct Cluster {
    leader: String,
}

#[derive(Serialize)]
pub(super) struct StreamInfo {
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
pub(super) struct StreamCreated {
    #[serde(flatten)]
    info: StreamInfo,
    did_create: bool,
}

/// A stream's info; `leader` (the server's name) fills `cluster`, which nats-server
/// gives in stream info and list replies but not in create and update replies.
pub(super) fn info_of(stream: &Stream, leader: Option<&str>, subjects: Option<&str>, deleted: bool) -> StreamInfo {
    let (mirror, sources) = stream.source_infos();
    StreamInfo {
        config: stream.config(),
        created: rfc3339_nanos(stream.created),
        state: stream.state(subjects, deleted),
        cluster: leader.map(|name| Cluster { leader: name.to_string() }),
        mirror,
        sources,
        ts: rfc3339_nanos(now_nanos()),
    }
}

/// A decoded `StreamConfigRequest`: the config and its `pedantic` flag.
pub(super) struct StreamRequest {
    pub(super) config: StreamConfig,
    pub(super) pedantic: bool,
}

pub(super) fn decode_stream_config(js: &JetStream, body: &[u8]) -> Result<StreamRequest, ApiError> {
    if body.iter().all(|b| b.is_ascii_whitespace()) {
        return Ok(StreamRequest { config: StreamConfig::default(), pedantic: false });
    }
    let value: serde_json::Value = config::parse_request(body, config::stream_keys(js.strict))?;
    let pedantic = value.get("pedantic").and_then(|p| p.as_bool()).unwrap_or(false);
    config::refuse_unimplemented_stream_features(&value)?;
    let config = config::decode_request(value, "StreamConfigRequest", js.strict)?;
    Ok(StreamRequest { config, pedantic })
}

/// Checks and completes a stream config as nats-server's `checkStreamCfg` does, seeing
/// the account's other streams (mirrors, sources, cycles).
pub(super) fn normalize_stream(jsa: &JsAccount, config: &mut StreamConfig, pedantic: bool) -> Result<(), ApiError> {
    let lookup = |name: &str| jsa.stream(name).map(|s| s.config());
    config.normalize(&StreamContext { clustered: false, pedantic, lookup: &lookup })?;
    if config.num_replicas > 1 {
        return Err(ApiError::new(JsErr::JSStreamReplicasNotSupportedErr));
    }
    Ok(())
}

/// Checks a stream config against the account's limits and the other streams.
pub(super) fn check_stream_placement(jsa: &JsAccount, config: &StreamConfig, replacing: Option<&str>) -> Result<(), ApiError> {
    let l = &jsa.limits();
    let per_stream = if config.storage == config::Storage::Memory { l.memory_max_stream_bytes } else { l.store_max_stream_bytes };
    if l.max_bytes_required && config.max_bytes <= 0 {
        return Err(ApiError::new(JsErr::JSStreamMaxBytesRequired));
    }
    if per_stream > 0 && config.max_bytes > per_stream {
        return Err(ApiError::new(JsErr::JSStreamMaxStreamBytesExceeded));
    }
    let account_max = if config.storage == config::Storage::Memory { l.max_memory } else { l.max_store };
    if account_max >= 0 && config.max_bytes > account_max {
        return Err(ApiError::new(if config.storage == config::Storage::Memory {
            JsErr::JSMemoryResourcesExceededErr
        } else {
            JsErr::JSStorageResourcesExceededErr
        }));
    }
    for other in jsa.stream_list() {
        if Some(other.name.as_str()) == replacing {
            continue;
        }
        let theirs = other.config().subjects;
        if config.subjects.iter().any(|a| theirs.iter().any(|b| subject::patterns_intersect(a.as_bytes(), b.as_bytes()))) {
            return Err(ApiError::new(JsErr::JSStreamSubjectOverlapErr));
        }
    }
    Ok(())
}

pub(super) async fn stream_create(js: &Arc<JetStream>, req: &Request, name: &str) -> Result<Answer, ApiError> {
    let StreamRequest { mut config, pedantic } = decode_stream_config(js, &req.payload)?;
    if config.name != name {
        return Err(ApiError::new(JsErr::JSStreamMismatchErr));
    }
    if config.sealed {
        return Err(ApiError::new(JsErr::JSStreamInvalidConfigF).with("err", "stream configuration for create can not be sealed"));
    }
    if config.mirror_direct && config.mirror.is_none() {
        return Err(ApiError::new(JsErr::JSStreamInvalidConfigF).with("err", "stream has no mirror but does have mirror direct"));
    }
    let jsa = &req.jsa;
    normalize_stream(jsa, &mut config, pedantic)?;
    if let Some(existing) = jsa.stream(name) {
        if existing.config() == config {
            let info = info_of(&existing, None, None, false);
            return Ok(reply_with("stream_create_response", &StreamCreated { info, did_create: true }));
        }
        return Err(ApiError::new(JsErr::JSStreamNameExistErr));
    }
    if jsa.limits().max_streams >= 0 && jsa.stream_list().len() as i64 >= jsa.limits().max_streams {
        return Err(ApiError::new(JsErr::JSMaximumStreamsLimitErr));
    }
    check_stream_placement(jsa, &config, None)?;
    let stream = Stream::create(js, jsa, config)?;
    jsa.streams.write().unwrap_or_else(|e| e.into_inner()).insert(name.to_string(), stream.clone());
    stream_advisory(&js.router, jsa, "CREATED", name, "create");
    let info = info_of(&stream, None, None, false);
    Ok(reply_with("stream_create_response", &StreamCreated { info, did_create: true }))
}

pub(super) fn stream_advisory(router: &Router, jsa: &JsAccount, kind: &str, stream: &str, action: &str) {
    let body = serde_json::json!({
        "type": "io.nats.jetstream.advisory.v1.stream_action",
        "id": consumer::ephemeral_name(),
        "timestamp": rfc3339_nanos(now_nanos()),
        "stream": stream,
        "action": action,
    });
    let subject = format!("$JS.EVENT.ADVISORY.STREAM.{kind}.{stream}");
    router.publish(&jsa.account, [Outgoing::new(subject.as_bytes(), &go_json(&body))], Wake::Deferred);
}

pub(super) async fn stream_update(js: &Arc<JetStream>, req: &Request, name: &str) -> Result<Answer, ApiError> {
    let StreamRequest { mut config, pedantic } = decode_stream_config(js, &req.payload)?;
    normalize_stream(&req.jsa, &mut config, pedantic)?;
    if config.name != name {
        return Err(ApiError::new(JsErr::JSStreamMismatchErr));
    }
    let stream = req.jsa.stream(name).ok_or_else(|| ApiError::new(JsErr::JSStreamNotFoundErr))?;
    let old = stream.config();
    let invalid = |text: &str| ApiError::new(JsErr::JSStreamInvalidConfigF).with("err", text);
    if config.storage != old.storage {
        return Err(invalid("stream configuration update can not change storage type"));
    }
    if (config.retention == config::Retention::WorkQueue) != (old.retention == config::Retention::WorkQueue)
        && config.retention != old.retention
    {
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
    if config.mirror.is_some() && config.mirror != old.mirror {
        return Err(ApiError::new(JsErr::JSStreamMirrorNotUpdatableErr));
    }
    // Removing the mirror promotes the stream to a normal one (nats-server's rule):
    // copying stops, and its own subjects take publishes after the last sequence.
    config.check_discard_new_per_subject()?;
    if old.allow_msg_ttl && !config.allow_msg_ttl {
        return Err(invalid("message TTL status can not be disabled"));
    }
    if config.sealed {
        // nats-server's adjustments for a sealed stream.
        config.max_age = 0;
        config.discard = config::Discard::New;
        config.deny_delete = true;
        config.deny_purge = true;
        config.allow_rollup_hdrs = false;
    }
    check_consumer_limits(&stream, &old, &config)?;
    check_stream_placement(&req.jsa, &config, Some(name))?;
    stream.update(config)?;
    stream.sync_now().await;
    Ok(reply_with("stream_update_response", &info_of(&stream, None, None, false)))
}

/// nats-server refuses an update that lowers `consumer_limits` below what an existing
/// consumer is configured with, naming those consumers.
fn check_consumer_limits(stream: &Stream, old: &StreamConfig, new: &StreamConfig) -> Result<(), ApiError> {
    let (inactive, max_ack_pending) = (new.consumer_limits.inactive_threshold, new.consumer_limits.max_ack_pending);
    let changed = (inactive > 0 && inactive != old.consumer_limits.inactive_threshold)
        || (max_ack_pending > 0 && max_ack_pending != old.consumer_limits.max_ack_pending);
    if !changed {
        return Ok(());
    }
    let mut violating: Vec<String> = stream
        .consumer_configs()
        .into_iter()
        .filter(|(_, c)| (inactive > 0 && c.inactive_threshold > inactive) || (max_ack_pending > 0 && c.max_ack_pending > max_ack_pending))
        .map(|(name, _)| name)
        .collect();
    if violating.is_empty() {
        return Ok(());
    }
    violating.sort();
    Err(ApiError::new(JsErr::JSStreamUpdateErrF).with("err", format!("change to limits violates consumers: {}", violating.join(", "))))
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub(super) struct StreamInfoRequest {
    subjects_filter: String,
    deleted_details: bool,
    #[serde(deserialize_with = "paging_offset")]
    offset: usize,
}

pub(super) fn stream_info(req: &Request, name: &str) -> Result<Answer, ApiError> {
    let stream = req.jsa.stream(name).ok_or_else(|| ApiError::new(JsErr::JSStreamNotFoundErr))?;
    let r: StreamInfoRequest = req.decode("JSApiStreamInfoRequest")?;
    let filter = (!r.subjects_filter.is_empty()).then_some(r.subjects_filter.as_str());
    let leader = req.server_name();
    let mut info = info_of(&stream, leader.as_deref(), filter, r.deleted_details);
    let (mut total, mut limit) = (0, 0);
    if let Some(subjects) = info.state.subjects.take() {
        total = subjects.len();
        limit = 100_000;
        info.state.subjects = Some(subjects.into_iter().skip(r.offset).take(limit).collect());
    }
    Ok(reply_with("stream_info_response", &Paged { total, offset: r.offset, limit, body: info }))
}

pub(super) fn stream_delete(js: &Arc<JetStream>, req: &Request, name: &str) -> Result<Answer, ApiError> {
    let removed = req.jsa.streams.write().unwrap_or_else(|e| e.into_inner()).remove(name);
    let stream = removed.ok_or_else(|| ApiError::new(JsErr::JSStreamNotFoundErr))?;
    stream.destroy();
    stream_advisory(&js.router, &req.jsa, "DELETED", name, "delete");
    Ok(reply_with("stream_delete_response", &serde_json::json!({ "success": true })))
}

pub(super) fn streams_matching(jsa: &JsAccount, filter: &str) -> Vec<Arc<Stream>> {
    jsa.stream_list()
        .into_iter()
        .filter(|s| {
            filter.is_empty() || s.config().subjects.iter().any(|subj| subject::patterns_intersect(subj.as_bytes(), filter.as_bytes()))
        })
        .collect()
}

pub(super) fn stream_names(req: &Request) -> Result<Answer, ApiError> {
    let r: ListRequest = req.decode("JSApiStreamNamesRequest")?;
    let all = streams_matching(&req.jsa, &r.subject);
    let (offset, shown) = page(&all, r.offset, NAMES_LIMIT);
    // An empty page is `null` in nats-server's reply.
    let names: Option<Vec<String>> = (!shown.is_empty()).then(|| shown.iter().map(|s| s.name.clone()).collect());
    Ok(reply_with(
        "stream_names_response",
        &Paged { total: all.len(), offset, limit: NAMES_LIMIT, body: serde_json::json!({ "streams": names }) },
    ))
}

pub(super) fn stream_list(js: &JetStream, req: &Request) -> Result<Answer, ApiError> {
    let r: ListRequest = req.decode("JSApiStreamListRequest")?;
    let all = streams_matching(&req.jsa, &r.subject);
    let (offset, shown) = page(&all, r.offset, LIST_LIMIT);
    let infos: Vec<StreamInfo> = shown.iter().map(|s| info_of(s, Some(&js.server_name), None, false)).collect();
    #[derive(Serialize)]
    struct Body {
        streams: Vec<StreamInfo>,
        #[serde(skip_serializing_if = "Vec::is_empty")]
        missing: Vec<String>,
    }
    Ok(reply_with(
        "stream_list_response",
        &Paged { total: all.len(), offset, limit: LIST_LIMIT, body: Body { streams: infos, missing: Vec::new() } },
    ))
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub(super) struct PurgeBody {
    filter: String,
    seq: u64,
    keep: u64,
}

/// `STREAM.PURGE`, checked in nats-server's order: the JSON, `seq` with `keep` (400), then
/// the stream. A filter no subject can match (such as `a..b`) purges nothing, as there.
pub(super) async fn stream_purge(req: &Request, name: &str) -> Result<Answer, ApiError> {
    let body: PurgeBody = req.decode("JSApiStreamPurgeRequest")?;
    if body.seq > 0 && body.keep > 0 {
        return Err(ApiError::new(JsErr::JSBadRequestErr));
    }
    let stream = req.jsa.stream(name).ok_or_else(|| ApiError::new(JsErr::JSStreamNotFoundErr))?;
    let purged = stream.purge(&PurgeRequest { filter: body.filter, up_to_seq: body.seq, keep: body.keep })?;
    stream.sync_now().await;
    #[derive(Serialize)]
    struct Purged {
        success: bool,
        purged: u64,
    }
    Ok(reply_with("stream_purge_response", &Purged { success: true, purged }))
}

/// nats-server's `JSApiMsgGetRequest`, shared by `STREAM.MSG.GET` and `DIRECT.GET`.
#[derive(Deserialize, Default)]
#[serde(default)]
pub(super) struct MsgGetRequest {
    pub(super) seq: u64,
    pub(super) last_by_subj: String,
    pub(super) next_by_subj: String,
    /// Batch mode (ADR-31, DIRECT.GET only): up to this many messages, then `204 EOB`.
    pub(super) batch: usize,
    pub(super) max_bytes: usize,
    /// Start at the first message at or after this time (RFC 3339).
    pub(super) start_time: Option<GoTime>,
    /// The newest message of each of these subjects (wildcards allowed; DIRECT.GET only).
    pub(super) multi_last: Vec<String>,
    pub(super) up_to_seq: u64,
    pub(super) up_to_time: Option<GoTime>,
    /// Leave the message's headers out.
    pub(super) no_hdr: bool,
}

impl MsgGetRequest {
    /// The combinations nats-server refuses in both APIs: a sequence or a start time with
    /// `last_by_subj`, a sequence with a start time, `last_by_subj` with `next_by_subj`.
    pub(super) fn conflicts(&self) -> bool {
        let (seq, last, next, time) =
            (self.seq > 0, !self.last_by_subj.is_empty(), !self.next_by_subj.is_empty(), self.start_time.is_some());
        (seq && (last || time)) || (last && (time || next))
    }

    /// The sequence to start from: the first at or after `start_time` when given.
    pub(super) fn start(&self, stream: &Stream) -> u64 {
        match self.start_time.map(|t| t.unix_nanos) {
            Some(t) => {
                stream
                    .start_seq(
                        crate::jetstream::config::DeliverPolicy::ByStartTime,
                        0,
                        Some(t),
                        &crate::jetstream::store::index::Filter::all(),
                    )
                    .0
            }
            None => self.seq,
        }
    }
}

/// One message, looked up as nats-server does: at the start sequence exactly, or the next
/// one matching `next_by_subj` from it, or the last one matching `last_by_subj`.
pub(super) fn find_message(stream: &Stream, r: &MsgGetRequest) -> Result<crate::jetstream::store::StoredMsg, ApiError> {
    let seq = r.start(stream);
    let found = if seq > 0 && r.next_by_subj.is_empty() {
        stream.load(seq)
    } else if !r.next_by_subj.is_empty() {
        stream.next_by_subject(seq, &r.next_by_subj)
    } else {
        stream.last_by_subject(&r.last_by_subj)
    };
    found.ok_or_else(|| ApiError::new(JsErr::JSNoMessageFoundErr))
}

#[derive(Serialize)]
pub(super) struct StoredMessage {
    subject: String,
    seq: u64,
    #[serde(skip_serializing_if = "Option::is_none")]
    hdrs: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    data: Option<String>,
    time: String,
}

/// `STREAM.MSG.GET`, checked in nats-server's order (`jsMsgGetRequest`): an empty request,
/// then the JSON, then batch fields and conflicting selectors (400 bad request), then the
/// stream.
pub(super) fn stream_msg_get(req: &Request, name: &str) -> Result<Answer, ApiError> {
    if is_empty_request(&req.payload) {
        return Err(ApiError::new(JsErr::JSBadRequestErr));
    }
    let r: MsgGetRequest = req.decode("JSApiMsgGetRequest")?;
    let nothing = r.seq == 0 && r.last_by_subj.is_empty() && r.next_by_subj.is_empty() && r.start_time.is_none();
    if r.batch > 0 || r.max_bytes > 0 || nothing || r.conflicts() {
        return Err(ApiError::new(JsErr::JSBadRequestErr));
    }
    let stream = req.jsa.stream(name).ok_or_else(|| ApiError::new(JsErr::JSStreamNotFoundErr))?;
    let m = find_message(&stream, &r)?;
    let b64 = base64::engine::general_purpose::STANDARD;
    let message = StoredMessage {
        subject: m.subject.to_string(),
        seq: m.seq,
        hdrs: (!m.headers.is_empty() && !r.no_hdr).then(|| b64.encode(&m.headers)),
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
pub(super) struct MsgDeleteRequest {
    seq: u64,
    no_erase: bool,
}

/// `STREAM.MSG.DELETE`, checked in nats-server's order: an empty request (nothing, `{}`)
/// is a bad request before the stream is looked up.
pub(super) async fn stream_msg_delete(req: &Request, name: &str) -> Result<Answer, ApiError> {
    if is_empty_request(&req.payload) {
        return Err(ApiError::new(JsErr::JSBadRequestErr));
    }
    let r: MsgDeleteRequest = req.decode("JSApiMsgDeleteRequest")?;
    let stream = req.jsa.stream(name).ok_or_else(|| ApiError::new(JsErr::JSStreamNotFoundErr))?;
    stream.delete_msg(r.seq, !r.no_erase)?;
    stream.sync_now().await;
    Ok(reply_with("stream_msg_delete_response", &serde_json::json!({ "success": true })))
}

/// nats-server's `isEmptyRequest`: no body, or a JSON object without keys.
pub(super) fn is_empty_request(payload: &[u8]) -> bool {
    payload.is_empty() || serde_json::from_slice::<Value>(payload).is_ok_and(|v| v.as_object().is_some_and(|m| m.is_empty()))
}
