//! The consumer requests: CREATE (every subject form), INFO, DELETE, NAMES, LIST, PAUSE
//! and UNPIN.

use super::*;
use crate::jetstream::config::ConsumerAction;
use crate::router::{Outgoing, Wake};

pub(super) fn stream_for_consumer(req: &Request, stream: &str) -> Result<Arc<Stream>, ApiError> {
    req.jsa.stream(stream).ok_or_else(|| ApiError::new(JsErr::JSStreamNotFoundErr))
}

/// The fields a consumer update may not change, checked in nats-server's order and words
/// (`checkNewConsumerConfig`). `deliver_subject_in_use` says whether the old deliver subject
/// still has a subscriber: a push consumer is not moved away from a live one.
pub(super) fn check_consumer_update(
    old: &ConsumerConfig,
    new: &ConsumerConfig,
    deliver_subject_in_use: impl Fn(&str) -> bool,
) -> Result<(), ApiError> {
    let refuse = |text: &str| Err(ApiError::new(JsErr::JSConsumerCreateErrF).with("err", text));
    if old == new {
        return Ok(());
    }
    if old.deliver_policy != new.deliver_policy {
        return refuse("deliver policy can not be updated");
    }
    if old.mem_storage != new.mem_storage {
        return refuse("storage type can not be updated");
    }
    if old.direct != new.direct {
        return refuse("direct can not be updated");
    }
    if old.opt_start_seq != new.opt_start_seq {
        return refuse("start sequence can not be updated");
    }
    if old.opt_start_time.map(|t| t.unix_nanos) != new.opt_start_time.map(|t| t.unix_nanos) {
        return refuse("start time can not be updated");
    }
    if old.ack_policy != new.ack_policy {
        return refuse("ack policy can not be updated");
    }
    if old.replay_policy != new.replay_policy {
        return refuse("replay policy can not be updated");
    }
    if old.idle_heartbeat != new.idle_heartbeat {
        return refuse("heart beats can not be updated");
    }
    if old.flow_control != new.flow_control {
        return refuse("flow control can not be updated");
    }
    if old.deliver_subject != new.deliver_subject {
        if old.deliver_subject.is_empty() {
            return refuse("can not update pull consumer to push based");
        }
        if new.deliver_subject.is_empty() {
            return refuse("can not update push consumer to pull based");
        }
        if deliver_subject_in_use(&old.deliver_subject) {
            return Err(ApiError::new(JsErr::JSConsumerNameExistErr));
        }
    }
    if old.max_waiting != new.max_waiting {
        return refuse("max waiting can not be updated");
    }
    if !new.backoff.is_empty() && new.max_deliver != -1 && new.backoff.len() as i64 > new.max_deliver {
        return Err(ApiError::new(JsErr::JSConsumerMaxDeliverBackoffErr));
    }
    Ok(())
}

#[derive(Serialize)]
pub(super) struct ConsumerCreated {
    #[serde(flatten)]
    info: ConsumerInfo,
}

pub(super) async fn consumer_create(
    js: &Arc<JetStream>,
    req: &Request,
    stream_name: &str,
    subject_name: Option<&str>,
    subject_filter: Option<String>,
    legacy_durable: bool,
) -> Result<Answer, ApiError> {
    let body: &[u8] = if req.payload.is_empty() { b"{}" } else { &req.payload };
    let value: Value = serde_json::from_slice(body).map_err(|e| {
        ApiError::new(JsErr::JSInvalidJSONErr).with(
            "err",
            if e.is_eof() { "unexpected EOF".to_string() } else { e.to_string().split(" at line ").next().unwrap_or("").to_string() },
        )
    })?;
    if js.strict {
        if let Some(Value::Object(cfg)) = value.get("config") {
            let keys = config::consumer_keys(true).unwrap_or(&[]);
            if let Some(unknown) = cfg.keys().find(|k| !keys.contains(&k.as_str())) {
                return Err(ApiError::new(JsErr::JSInvalidJSONErr).with("err", format!("json: unknown field \"{unknown}\"")));
            }
        }
    }
    let mut r: CreateConsumerRequest = config::decode_value(value, "CreateConsumerRequest")?;
    // The request's own checks, in nats-server's order (`jsConsumerCreateRequest`).
    if r.stream_name != stream_name {
        return Err(ApiError::new(JsErr::JSStreamMismatchErr));
    }
    // The name from the subject, or for `CONSUMER.CREATE.<stream>` the config's.
    if subject_name.unwrap_or(&r.config.name).contains(['/', '\\']) {
        return Err(ApiError::new(JsErr::JSConsumerNameContainsPathSeparatorsErr));
    }
    let cfg = &mut r.config;
    match subject_name {
        Some(name) if legacy_durable => {
            if cfg.durable_name.is_empty() {
                return Err(ApiError::new(JsErr::JSConsumerDurableNameNotSetErr));
            }
            if cfg.durable_name != name {
                return Err(ApiError::new(JsErr::JSConsumerDurableNameNotMatchSubjectErr));
            }
            cfg.name = name.to_string();
        }
        // `CONSUMER.CREATE.<stream>.<name>[.<filter>]`: the subject names the consumer,
        // whatever `config.name` says.
        Some(name) => {
            if !cfg.durable_name.is_empty() && cfg.durable_name != name {
                return Err(ApiError::new(JsErr::JSConsumerDurableNameNotMatchSubjectErr));
            }
            cfg.name = name.to_string();
        }
        None if !cfg.durable_name.is_empty() => return Err(ApiError::new(JsErr::JSConsumerEphemeralWithDurableNameErr)),
        None => {}
    }
    if let Some(filter) = subject_filter {
        if !cfg.filter_subjects.is_empty() {
            return Err(ApiError::new(JsErr::JSConsumerMultipleFiltersNotAllowed));
        }
        if cfg.filter_subject != filter {
            return Err(ApiError::new(JsErr::JSConsumerCreateFilterSubjectMismatchErr));
        }
    }
    if cfg.num_replicas > 1 {
        return Err(ApiError::new(JsErr::JSStreamReplicasNotSupportedErr));
    }
    let stream = stream_for_consumer(req, stream_name)?;
    let durable = !cfg.durable_name.is_empty();
    let stream_config = stream.config();
    let ctx = ConsumerContext {
        stream: &stream_config,
        durable,
        account_max_ack_pending: req.jsa.limits().max_ack_pending,
        pedantic: r.pedantic,
    };
    cfg.normalize(&ctx)?;
    let name = if durable {
        cfg.durable_name.clone()
    } else if !cfg.name.is_empty() {
        cfg.name.clone()
    } else {
        // Generated: nats-server leaves the reported config without it.
        consumer::ephemeral_name()
    };
    let config = r.config.clone();
    if let Some(existing) = stream.consumer(&name) {
        if r.action == ConsumerAction::Create && existing.config() != config {
            return Err(ApiError::new(JsErr::JSConsumerAlreadyExists));
        }
        if existing.config() != config {
            let account = &req.jsa.account;
            check_consumer_update(&existing.config(), &config, |subject| !account.sublist.matches(subject.as_bytes()).is_empty())?;
            stream.check_workqueue(&config, &name)?;
            existing.update(config).map_err(|e| ApiError::new(JsErr::JSConsumerCreateErrF).with("err", e))?;
        }
        return Ok(reply_with("consumer_create_response", &ConsumerCreated { info: existing.info() }));
    }
    if r.action == ConsumerAction::Update {
        return Err(ApiError::new(JsErr::JSConsumerDoesNotExist));
    }
    let limit_reached = (stream_config.max_consumers > 0 && stream.consumer_count() as i64 >= stream_config.max_consumers)
        || (req.jsa.limits().max_consumers >= 0 && req.jsa.consumer_count() as i64 >= req.jsa.limits().max_consumers);
    if limit_reached {
        return Err(ApiError::new(JsErr::JSMaximumConsumersLimitErr));
    }
    stream.check_workqueue(&config, &name)?;
    // A name no file system takes fails as nats-server's consumer store fails (it makes a
    // store for every consumer of a file stream; natsx persists only durables).
    let storable = name.len() <= config::MAX_NAME_LEN && !name.contains('\0');
    let created = if storable || stream.is_memory() {
        Consumer::create(&stream, name.clone(), config, durable)
    } else {
        Err(format!("name of {} bytes can not be stored", name.len()))
    };
    let consumer = created.map_err(|e| {
        crate::warn!("Consumer create failed for '{} > {stream_name} > {name}': {e}", req.jsa.account.name);
        ApiError::new(JsErr::JSConsumerCreateErrF).with("err", "error creating store for consumer")
    })?;
    stream.consumers.write().unwrap_or_else(|e| e.into_inner()).insert(name.clone(), consumer.clone());
    consumer.start();
    consumer_action_advisory(js, req, "CREATED", stream_name, &name, "create");
    Ok(reply_with("consumer_create_response", &ConsumerCreated { info: consumer.info() }))
}

pub(super) fn consumer_info(req: &Request, stream: &str, name: &str) -> Result<Answer, ApiError> {
    let stream = stream_for_consumer(req, stream)?;
    let c = stream.consumer(name).ok_or_else(|| ApiError::new(JsErr::JSConsumerNotFoundErr))?;
    Ok(reply_with("consumer_info_response", &c.info()))
}

pub(super) fn consumer_delete(js: &Arc<JetStream>, req: &Request, stream_name: &str, name: &str) -> Result<Answer, ApiError> {
    let stream = stream_for_consumer(req, stream_name)?;
    if !stream.remove_consumer(name) {
        return Err(ApiError::new(JsErr::JSConsumerNotFoundErr));
    }
    consumer_action_advisory(js, req, "DELETED", stream_name, name, "delete");
    Ok(reply_with("consumer_delete_response", &serde_json::json!({ "success": true })))
}

/// nats-server's consumer action advisory (`$JS.EVENT.ADVISORY.CONSUMER.<KIND>.<stream>.<consumer>`).
fn consumer_action_advisory(js: &JetStream, req: &Request, kind: &str, stream: &str, name: &str, action: &str) {
    let body = serde_json::json!({
        "type": "io.nats.jetstream.advisory.v1.consumer_action",
        "id": consumer::ephemeral_name(),
        "timestamp": rfc3339_nanos(now_nanos()),
        "stream": stream,
        "consumer": name,
        "action": action,
    });
    let subject = format!("$JS.EVENT.ADVISORY.CONSUMER.{kind}.{stream}.{name}");
    js.router.publish(&req.jsa.account, [Outgoing::new(subject.as_bytes(), &go_json(&body))], Wake::Deferred);
}

pub(super) fn consumer_names(req: &Request, stream: &str) -> Result<Answer, ApiError> {
    let r: PagedRequest = req.decode("JSApiConsumersRequest")?;
    let stream = stream_for_consumer(req, stream)?;
    let all = stream.consumer_list();
    let (offset, shown) = page(&all, r.offset, NAMES_LIMIT);
    let names: Vec<String> = shown.iter().map(|c| c.name.clone()).collect();
    Ok(reply_with(
        "consumer_names_response",
        &Paged { total: all.len(), offset, limit: NAMES_LIMIT, body: serde_json::json!({ "consumers": names }) },
    ))
}

pub(super) fn consumer_list(req: &Request, stream: &str) -> Result<Answer, ApiError> {
    let r: PagedRequest = req.decode("JSApiConsumersRequest")?;
    let stream = stream_for_consumer(req, stream)?;
    let all = stream.consumer_list();
    let (offset, shown) = page(&all, r.offset, LIST_LIMIT);
    let infos: Vec<ConsumerInfo> = shown.iter().map(|c| c.info()).collect();
    #[derive(Serialize)]
    struct Body {
        consumers: Vec<ConsumerInfo>,
        #[serde(skip_serializing_if = "Vec::is_empty")]
        missing: Vec<String>,
    }
    Ok(reply_with(
        "consumer_list_response",
        &Paged { total: all.len(), offset, limit: LIST_LIMIT, body: Body { consumers: infos, missing: Vec::new() } },
    ))
}

pub(super) fn consumer_pause(req: &Request, stream: &str, name: &str) -> Result<Answer, ApiError> {
    #[derive(Deserialize, Default)]
    #[serde(default)]
    struct PauseRequest {
        pause_until: Option<GoTime>,
    }
    let r: PauseRequest = req.decode("JSApiConsumerPauseRequest")?;
    let stream = stream_for_consumer(req, stream)?;
    let c = stream.consumer(name).ok_or_else(|| ApiError::new(JsErr::JSConsumerNotFoundErr))?;
    let until = r.pause_until.map_or(0, |t| t.unix_nanos);
    c.pause(until).map_err(|e| ApiError::new(JsErr::JSConsumerCreateErrF).with("err", e))?;
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

/// `CONSUMER.UNPIN`: the group is checked before the consumer is looked up, and unknown
/// fields are ignored, as in nats-server (which decodes this one leniently).
pub(super) fn consumer_unpin(req: &Request, stream: &str, name: &str) -> Result<Answer, ApiError> {
    #[derive(Deserialize, Default)]
    #[serde(default)]
    struct UnpinRequest {
        group: String,
    }
    let r: UnpinRequest = if req.payload.is_empty() {
        UnpinRequest::default()
    } else {
        config::decode_api_request(&req.payload, "JSApiConsumerUnpinRequest", false)?
    };
    if r.group.is_empty() {
        return Err(ApiError::new(JsErr::JSInvalidJSONErr).with("err", "consumer group not specified"));
    }
    if !crate::jetstream::config::valid_group_name(&r.group) {
        return Err(ApiError::new(JsErr::JSConsumerInvalidGroupNameErr));
    }
    let stream = stream_for_consumer(req, stream)?;
    let c = stream.consumer(name).ok_or_else(|| ApiError::new(JsErr::JSConsumerNotFoundErr))?;
    c.unpin(&r.group)?;
    Ok(reply_with("consumer_unpin_response", &serde_json::json!({})))
}
