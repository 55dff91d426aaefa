//! Stream and consumer configuration: the JSON the API takes and echoes, with nats-server's
//! field names, field order, omitted-when-empty rules and defaults.
//!
//! Requests are decoded in two steps: first to a JSON value, whose top-level keys are checked
//! against the known ones (nats-server 2.12+ refuses unknown fields; `jetstream { strict: false }`
//! turns that off), then into the typed config with the failing field named in the error. The
//! defaults nats-server fills in (`-1` for "unlimited", a two-minute duplicate window, 30 s ack
//! wait, ...) are applied by `normalize`, so what is stored and echoed is exactly what a client
//! would see from nats-server.

pub use natsx_common::jetstream::*;
pub use natsx_common::names::{valid_asset_name, valid_group_name, MAX_NAME_LEN};

use serde::de::DeserializeOwned;
use serde::{Deserialize, Deserializer};
use serde_json::Value;

use super::errors::{ApiError, JsErr};
use natsx_common::subject;
use natsx_common::transform::Transform;

pub const NANOS_PER_SEC: i64 = 1_000_000_000;
const DEFAULT_DUPLICATE_WINDOW: i64 = 120 * NANOS_PER_SEC;
pub const DEFAULT_ACK_WAIT: i64 = 30 * NANOS_PER_SEC;
pub const DEFAULT_MAX_ACK_PENDING: i64 = 1000;
pub const DEFAULT_MAX_WAITING: i64 = 512;
pub const DEFAULT_INACTIVE_THRESHOLD: i64 = 5 * NANOS_PER_SEC;
/// How long a pinned client keeps its pin without pulling (nats-server's `JsDefaultPinnedTTL`).
pub const DEFAULT_PINNED_TTL: i64 = 120 * NANOS_PER_SEC;
/// The shortest idle heartbeat a push consumer may ask for.
const MIN_HEARTBEAT_NANOS: i64 = 100_000_000;

const STREAM_KEYS: &[&str] = &[
    "name",
    "description",
    "subjects",
    "retention",
    "max_consumers",
    "max_msgs",
    "max_bytes",
    "max_age",
    "max_msgs_per_subject",
    "max_msg_size",
    "discard",
    "storage",
    "num_replicas",
    "no_ack",
    "template_owner",
    "duplicate_window",
    "placement",
    "mirror",
    "sources",
    "compression",
    "first_seq",
    "subject_transform",
    "republish",
    "allow_direct",
    "mirror_direct",
    "discard_new_per_subject",
    "sealed",
    "deny_delete",
    "deny_purge",
    "allow_rollup_hdrs",
    "consumer_limits",
    "allow_msg_ttl",
    "subject_delete_marker_ttl",
    "allow_msg_counter",
    "allow_atomic",
    "allow_msg_schedules",
    "persist_mode",
    "allow_batched",
    "metadata",
    "pedantic",
];

fn invalid(text: impl AsRef<str>) -> ApiError {
    ApiError::new(JsErr::JSStreamInvalidConfigF).with("err", text)
}

fn pedantic_error(text: impl AsRef<str>) -> ApiError {
    ApiError::new(JsErr::JSPedanticErrF).with("err", text)
}

/// nats-server's `JSMaxDescriptionLen` and `JSMaxMetadataLen` (bytes).
pub const MAX_DESCRIPTION_LEN: usize = 4 * 1024;
pub const MAX_METADATA_LEN: usize = 128 * 1024;
/// nats-server's `StreamMaxReplicas`.
const MAX_REPLICAS: i64 = 5;
const MIN_AGE_NANOS: i64 = 100_000_000;

/// What a stream config check needs to know besides the config itself.
pub struct StreamContext<'a> {
    pub clustered: bool,
    /// The request's `pedantic` flag: refuse instead of adjusting, as nats-server does.
    pub pedantic: bool,
    /// Another stream of the same account, by name (for mirrors, sources and cycles).
    pub lookup: &'a dyn Fn(&str) -> Option<StreamConfig>,
}

impl StreamContext<'_> {
    /// A context with no other streams (tests, and checks of a lone config).
    pub fn alone() -> StreamContext<'static> {
        StreamContext { clustered: false, pedantic: false, lookup: &|_| None }
    }
}

/// nats-server's `SubjectsCollide`: some literal subject matches both patterns.
fn collide(a: &str, b: &str) -> bool {
    subject::patterns_intersect(a.as_bytes(), b.as_bytes())
}

/// nats-server's checks and defaults for a stream configuration (`checkStreamCfg`).
pub trait NormalizeStream {
    /// Fills in nats-server's defaults and refuses what it refuses, with its error texts,
    /// in its order.
    fn normalize(&mut self, ctx: &StreamContext<'_>) -> Result<(), ApiError>;
    /// `discard_new_per_subject` needs `discard: new` and a per-subject limit.
    fn check_discard_new_per_subject(&self) -> Result<(), ApiError>;
}

/// The parts of [`NormalizeStream`] for one stream config.
trait StreamChecks {
    fn check_mirror(&mut self, ctx: &StreamContext<'_>) -> Result<(), ApiError>;
    fn check_sources(&self, ctx: &StreamContext<'_>) -> Result<(), ApiError>;
    fn check_cycles(&self, ctx: &StreamContext<'_>) -> Result<(), ApiError>;
    fn check_subjects(&mut self) -> Result<(), ApiError>;
    fn check_republish(&mut self, pedantic: bool) -> Result<(), ApiError>;
}

impl NormalizeStream for StreamConfig {
    /// Fills in nats-server's defaults and refuses what it refuses, with its error texts,
    /// in its order (nats-server's `checkStreamCfg`).
    fn normalize(&mut self, ctx: &StreamContext<'_>) -> Result<(), ApiError> {
        let pedantic = ctx.pedantic;
        if !valid_asset_name(&self.name) {
            return Err(invalid("stream name is required and can not contain '.', '*', '>', '\\', '/'"));
        }
        if self.name.len() > MAX_NAME_LEN {
            return Err(invalid(format!("stream name is too long, maximum allowed is {MAX_NAME_LEN}")));
        }
        if self.description.len() > MAX_DESCRIPTION_LEN {
            return Err(invalid(format!("stream description is too long, maximum allowed is {MAX_DESCRIPTION_LEN}")));
        }
        if self.metadata.iter().map(|(k, v)| k.len() + v.len()).sum::<usize>() > MAX_METADATA_LEN {
            return Err(invalid(format!("stream metadata exceeds maximum size of {MAX_METADATA_LEN} bytes")));
        }
        if self.num_replicas == 0 {
            self.num_replicas = 1;
        }
        if self.num_replicas > MAX_REPLICAS {
            return Err(invalid(format!("maximum replicas is {MAX_REPLICAS}")));
        }
        if self.num_replicas < 0 {
            return Err(ApiError::new(JsErr::JSReplicasCountCannotBeNegative));
        }
        for (limit, name) in [
            (&mut self.max_msgs, "max_msgs"),
            (&mut self.max_msgs_per_subject, "max_msgs_per_subject"),
            (&mut self.max_bytes, "max_bytes"),
            (&mut self.max_consumers, "max_consumers"),
        ] {
            if *limit == 0 || *limit < -1 {
                if pedantic && *limit < -1 {
                    return Err(pedantic_error(format!("{name} must be set to -1")));
                }
                *limit = -1;
            }
        }
        if self.max_msg_size == 0 || self.max_msg_size < -1 {
            if pedantic && self.max_msg_size < -1 {
                return Err(pedantic_error("max_msg_size must be set to -1"));
            }
            self.max_msg_size = -1;
        }
        if self.max_age < 0 {
            return Err(invalid("max age can not be negative"));
        }
        if self.max_age != 0 && self.max_age < MIN_AGE_NANOS {
            return Err(invalid("max age needs to be >= 100ms"));
        }
        if self.duplicate_window == 0 && self.mirror.is_none() && self.sources.is_empty() {
            if self.max_age != 0 && self.max_age < DEFAULT_DUPLICATE_WINDOW {
                if pedantic {
                    return Err(pedantic_error("duplicate window cannot be bigger than max age"));
                }
                self.duplicate_window = self.max_age;
            } else {
                self.duplicate_window = DEFAULT_DUPLICATE_WINDOW;
            }
        }
        if self.duplicate_window < 0 {
            return Err(invalid("duplicates window can not be negative"));
        }
        if self.max_age != 0 && self.duplicate_window > self.max_age {
            return Err(invalid("duplicates window can not be larger then max age"));
        }
        if self.duplicate_window > 0 && self.duplicate_window < MIN_AGE_NANOS {
            return Err(invalid("duplicates window needs to be >= 100ms"));
        }
        if self.deny_purge && self.allow_rollup_hdrs {
            return Err(invalid("roll-ups require the purge permission"));
        }
        self.check_discard_new_per_subject()?;
        if self.subject_delete_marker_ttl > 0 {
            if self.subject_delete_marker_ttl < NANOS_PER_SEC {
                return Err(invalid("subject delete marker TTL must be at least 1 second"));
            }
            if !self.allow_msg_ttl {
                if pedantic {
                    return Err(invalid("subject delete marker cannot be set if message TTLs are disabled"));
                }
                self.allow_msg_ttl = true;
            }
            if !self.allow_rollup_hdrs {
                if pedantic {
                    return Err(invalid("subject delete marker cannot be set if roll-ups are disabled"));
                }
                self.allow_rollup_hdrs = true;
                self.deny_purge = false;
            }
        } else if self.subject_delete_marker_ttl < 0 {
            return Err(invalid("subject delete marker TTL must not be negative"));
        }
        self.check_mirror(ctx)?;
        self.check_sources(ctx)?;
        self.check_cycles(ctx)?;
        self.check_subjects()?;
        if let Some(t) = &self.subject_transform {
            if !t.src.is_empty() && !subject::is_valid_subscribe(t.src.as_bytes()) {
                return Err(ApiError::new(JsErr::JSStreamTransformInvalidSource).with("err", format!("invalid subject {}", t.src)));
            }
            if let Err(e) = Transform::validated(&t.src, &t.dest) {
                return Err(ApiError::new(JsErr::JSStreamTransformInvalidDestination).with("err", e));
            }
        }
        self.check_republish(pedantic)?;
        if self.placement.as_ref().is_some_and(|p| *p == Placement::default()) {
            self.placement = None;
        }
        if self.placement.as_ref().is_some_and(|p| !p.preferred.is_empty()) {
            return Err(invalid("preferred server not permitted in placement"));
        }
        Ok(())
    }

    /// nats-server's two separate checks of `discard_new_per_subject`.
    fn check_discard_new_per_subject(&self) -> Result<(), ApiError> {
        if self.discard_new_per_subject {
            if self.discard != Discard::New {
                return Err(invalid("discard new per subject requires discard new policy to be set"));
            }
            if self.max_msgs_per_subject <= 0 {
                return Err(invalid("discard new per subject requires max msgs per subject > 0"));
            }
        }
        Ok(())
    }
}

impl StreamChecks for StreamConfig {
    fn check_mirror(&mut self, ctx: &StreamContext<'_>) -> Result<(), ApiError> {
        let Some(mirror) = &self.mirror else { return Ok(()) };
        if self.first_seq > 0 {
            return Err(ApiError::new(JsErr::JSMirrorWithFirstSeqErr));
        }
        if !self.subjects.is_empty() {
            return Err(ApiError::new(JsErr::JSMirrorWithSubjectsErr));
        }
        if !self.sources.is_empty() {
            return Err(ApiError::new(JsErr::JSMirrorWithSourcesErr));
        }
        if !mirror.filter_subject.is_empty() && !mirror.subject_transforms.is_empty() {
            return Err(ApiError::new(JsErr::JSMirrorMultipleFiltersNotAllowed));
        }
        if self.subject_delete_marker_ttl > 0 {
            return Err(invalid("subject delete markers forbidden on mirrors"));
        }
        for (i, t) in mirror.subject_transforms.iter().enumerate() {
            if !t.src.is_empty() && !subject::is_valid_subscribe(t.src.as_bytes()) {
                return Err(ApiError::new(JsErr::JSMirrorInvalidSubjectFilter).with("err", format!("invalid subject {}", t.src)));
            }
            if let Err(e) = Transform::validated(&t.src, &t.dest) {
                return Err(ApiError::new(JsErr::JSMirrorInvalidTransformDestination).with("err", e));
            }
            if mirror.subject_transforms.iter().enumerate().any(|(j, other)| i != j && collide(&t.src, &other.src)) {
                return Err(ApiError::new(JsErr::JSMirrorOverlappingSubjectFilters));
            }
        }
        refuse_external(mirror)?;
        if !valid_asset_name(&mirror.name) {
            return Err(ApiError::new(JsErr::JSMirrorInvalidStreamName));
        }
        if mirror.opt_start_seq > 0 && mirror.opt_start_time.is_some() {
            return Err(ApiError::new(JsErr::JSMirrorWithStartSeqAndTimeErr));
        }
        if let Some(origin) = (ctx.lookup)(&mirror.name) {
            if self.max_msg_size > 0 && origin.max_msg_size > 0 && self.max_msg_size < origin.max_msg_size {
                return Err(ApiError::new(JsErr::JSMirrorMaxMessageSizeTooBigErr));
            }
            // A mirror answers direct gets exactly when its origin does.
            if ctx.pedantic && self.mirror_direct != origin.allow_direct {
                return Err(pedantic_error("origin stream has direct get set, mirror has it disabled"));
            }
            self.mirror_direct = origin.allow_direct;
        }
        Ok(())
    }

    fn check_sources(&self, ctx: &StreamContext<'_>) -> Result<(), ApiError> {
        let mut inames = std::collections::HashSet::new();
        for (n, source) in self.sources.iter().enumerate() {
            if !valid_asset_name(&source.name) {
                return Err(ApiError::new(JsErr::JSSourceInvalidStreamName));
            }
            if !inames.insert(source.iname()) {
                return Err(ApiError::new(JsErr::JSSourceDuplicateDetected));
            }
            if !source.filter_subject.is_empty() && !source.subject_transforms.is_empty() {
                return Err(ApiError::new(JsErr::JSSourceMultipleFiltersNotAllowed));
            }
            for t in &source.subject_transforms {
                if !t.src.is_empty() && !subject::is_valid_subscribe(t.src.as_bytes()) {
                    return Err(ApiError::new(JsErr::JSSourceInvalidSubjectFilter).with("err", format!("invalid subject {}", t.src)));
                }
                if let Err(e) = Transform::validated(&t.src, &t.dest) {
                    return Err(ApiError::new(JsErr::JSSourceInvalidTransformDestination).with("err", e));
                }
            }
            let filters = source.filters();
            for (i, a) in filters.iter().enumerate() {
                if filters.iter().enumerate().any(|(j, b)| i != j && collide(a, b)) {
                    return Err(ApiError::new(JsErr::JSSourceOverlappingSubjectFilters));
                }
            }
            // Beyond nats-server: two sources of the same origin whose filters overlap
            // would store every message they share twice.
            let earlier = self.sources[..n].iter().filter(|other| other.name == source.name);
            if earlier.flat_map(|other| other.filters()).any(|b| filters.iter().any(|a| collide(a, &b))) {
                return Err(ApiError::new(JsErr::JSSourceOverlappingSubjectFilters));
            }
            refuse_external(source)?;
            if source.opt_start_seq > 0 && source.opt_start_time.is_some() {
                return Err(ApiError::new(JsErr::JSMirrorWithStartSeqAndTimeErr));
            }
            if let Some(origin) = (ctx.lookup)(&source.name) {
                if self.max_msg_size > 0 && origin.max_msg_size > 0 && self.max_msg_size < origin.max_msg_size {
                    return Err(ApiError::new(JsErr::JSSourceMaxMessageSizeTooBigErr));
                }
            }
        }
        Ok(())
    }

    /// nats-server's cycle check: following sources and mirrors from this stream must not
    /// come back to a stream already visited with overlapping subjects.
    fn check_cycles(&self, ctx: &StreamContext<'_>) -> Result<(), ApiError> {
        let mut to_visit = vec![self.clone()];
        let mut visited = std::collections::HashSet::new();
        while let Some(cfg) = to_visit.pop() {
            visited.insert(cfg.name.clone());
            for source in &cfg.sources {
                if visited.contains(&source.name) {
                    let overlaps = source.filter_subject.is_empty() || cfg.subjects.iter().any(|s| collide(s, &source.filter_subject));
                    if overlaps {
                        return Err(invalid("detected cycle"));
                    }
                } else if let Some(next) = (ctx.lookup)(&source.name) {
                    to_visit.push(next);
                }
            }
            if let Some(mirror) = &cfg.mirror {
                if visited.contains(&mirror.name) {
                    return Err(invalid("detected cycle"));
                }
                if let Some(next) = (ctx.lookup)(&mirror.name) {
                    to_visit.push(next);
                }
            }
            if visited.len() > 10_000 {
                break;
            }
        }
        Ok(())
    }

    /// The stream's own subjects: valid, distinct, not overlapping each other (a message
    /// would be stored twice) or the JetStream and system APIs.
    fn check_subjects(&mut self) -> Result<(), ApiError> {
        if self.subjects.is_empty() {
            if self.mirror.is_none() && self.sources.is_empty() {
                self.subjects.push(self.name.clone());
            }
            return Ok(());
        }
        if self.mirror.is_some() {
            return Err(ApiError::new(JsErr::JSMirrorWithSubjectsErr));
        }
        let mut seen = std::collections::HashSet::new();
        for (i, s) in self.subjects.iter().enumerate() {
            if !subject::is_valid_subscribe(s.as_bytes()) {
                return Err(invalid("invalid subject"));
            }
            if !seen.insert(s.as_str()) {
                return Err(invalid("duplicate subjects detected"));
            }
            if s == ">" {
                if !self.no_ack {
                    return Err(invalid("capturing all subjects requires no-ack to be true"));
                }
                if self.num_replicas != 1 {
                    return Err(invalid("capturing all subjects requires replicas of 1"));
                }
            }
            if !self.no_ack {
                let api = ["$JS.>", "$JSC.>", "$NRG.>"].iter().any(|ns| collide(s, ns));
                if api && !subject::is_subset(s.as_bytes(), b"$JS.EVENT.>") {
                    return Err(invalid("subjects that overlap with jetstream api require no-ack to be true"));
                }
                if collide(s, "$SYS.>") && !subject::is_subset(s.as_bytes(), b"$SYS.ACCOUNT.>") {
                    return Err(invalid("subjects that overlap with system api require no-ack to be true"));
                }
            }
            if let Some(other) = self.subjects[i + 1..].iter().find(|t| collide(t, s)) {
                return Err(invalid(format!("subject {s:?} overlaps with {other:?}")));
            }
        }
        Ok(())
    }

    fn check_republish(&mut self, pedantic: bool) -> Result<(), ApiError> {
        let Some(r) = &mut self.republish else { return Ok(()) };
        if r.src.is_empty() {
            if pedantic {
                return Err(pedantic_error("republish source can not be empty"));
            }
            r.src = ">".into();
        }
        // A republish of `>` to `>` follows the subject transform when that is the
        // stream's only subject (nats-server's implicit republish).
        if r.dest == ">" && r.src == ">" {
            if let Some(t) = self.subject_transform.as_ref().filter(|t| self.subjects.len() == 1 && t.src == self.subjects[0]) {
                if pedantic {
                    return Err(pedantic_error("implicit republish based on subject transform"));
                }
                r.src = t.dest.clone();
                r.dest = t.dest.clone();
            }
        }
        if self.subjects.iter().any(|s| collide(&r.dest, s)) {
            return Err(invalid("stream configuration for republish destination forms a cycle"));
        }
        if Transform::new(&r.src, &r.dest).is_err() {
            return Err(invalid(format!("stream configuration for republish with transform from '{}' to '{}' not valid", r.src, r.dest)));
        }
        Ok(())
    }
}

/// Sources in another domain or account (`external`) need a route natsx does not have
/// yet: refused rather than copying nothing.
fn refuse_external(source: &StreamSource) -> Result<(), ApiError> {
    match &source.external {
        Some(_) => Err(invalid("sourcing from another JetStream domain or account (external) is not implemented in natsx yet")),
        None => Ok(()),
    }
}

const CONSUMER_KEYS: &[&str] = &[
    "durable_name",
    "name",
    "description",
    "deliver_policy",
    "opt_start_seq",
    "opt_start_time",
    "ack_policy",
    "ack_wait",
    "max_deliver",
    "backoff",
    "filter_subject",
    "filter_subjects",
    "replay_policy",
    "rate_limit_bps",
    "rate_limit",
    "sample_freq",
    "max_waiting",
    "max_ack_pending",
    "flow_control",
    "headers_only",
    "max_batch",
    "max_expires",
    "max_bytes",
    "deliver_subject",
    "deliver_group",
    "idle_heartbeat",
    "inactive_threshold",
    "num_replicas",
    "mem_storage",
    "direct",
    "metadata",
    "pause_until",
    "priority_groups",
    "priority_policy",
    "priority_timeout",
];

/// The stream facts a consumer config is checked against.
pub struct ConsumerContext<'a> {
    pub stream: &'a StreamConfig,
    /// A durable (`durable_name` set): never expires unless given an inactive threshold.
    pub durable: bool,
    /// The account's `max_ack_pending` limit (0: none).
    pub account_max_ack_pending: i64,
    /// The request's `pedantic` flag: refuse what would otherwise be adjusted.
    pub pedantic: bool,
}

/// nats-server's checks and defaults for a consumer configuration.
pub trait NormalizeConsumer {
    /// Fills in defaults and checks the configuration (see the impl).
    fn normalize(&mut self, ctx: &ConsumerContext<'_>) -> Result<(), ApiError>;
}

/// The parts of [`NormalizeConsumer`].
trait ConsumerChecks {
    fn set_defaults(&mut self, ctx: &ConsumerContext<'_>) -> Result<(), ApiError>;
    fn check(&self, ctx: &ConsumerContext<'_>) -> Result<(), ApiError>;
    fn check_start_position(&self) -> Result<(), ApiError>;
}

impl NormalizeConsumer for ConsumerConfig {
    /// Fills in defaults and checks the configuration, in nats-server's order and with its
    /// errors: `setConsumerConfigDefaults` then `checkConsumerCfg` (server/consumer.go),
    /// then the name checks of `addConsumerWithAssignment`. Without `pedantic`, negative
    /// limits are reset as nats-server resets them; with it they are refused (10157).
    fn normalize(&mut self, ctx: &ConsumerContext<'_>) -> Result<(), ApiError> {
        if self.priority_policy == PriorityPolicy::Prioritized {
            // API level 2, which natsx does not implement: refused as the JSON decoder
            // refuses a policy it does not know.
            return Err(ApiError::new(JsErr::JSInvalidJSONErr).with("err", format!("can not unmarshal {:?}", "\"prioritized\"")));
        }
        self.set_defaults(ctx)?;
        self.check(ctx)?;
        if ctx.durable && self.durable_name.len() > MAX_NAME_LEN {
            return Err(ApiError::new(JsErr::JSConsumerNameTooLongErrF).with("max", MAX_NAME_LEN.to_string()));
        }
        // Ephemerals always expire (nats-server's `updateInactiveThreshold`).
        if !ctx.durable && self.inactive_threshold <= 0 {
            self.inactive_threshold = DEFAULT_INACTIVE_THRESHOLD;
        }
        Ok(())
    }
}

impl ConsumerChecks for ConsumerConfig {
    /// nats-server's `setConsumerConfigDefaults`.
    fn set_defaults(&mut self, ctx: &ConsumerContext<'_>) -> Result<(), ApiError> {
        let pedantic = ctx.pedantic;
        if self.max_deliver == 0 || self.max_deliver < -1 {
            if pedantic && self.max_deliver < -1 {
                return Err(pedantic_error("max_deliver must be set to -1"));
            }
            self.max_deliver = -1;
        }
        for (value, floor, name, text) in [
            (&mut self.max_waiting, 0, "max_waiting", "must not be negative"),
            (&mut self.max_ack_pending, -1, "max_ack_pending", "must be set to -1"),
            (&mut self.max_batch, 0, "max_batch", "must not be negative"),
            (&mut self.max_expires, 0, "max_expires", "must not be negative"),
            (&mut self.max_bytes, 0, "max_bytes", "must not be negative"),
            (&mut self.idle_heartbeat, 0, "idle_heartbeat", "must not be negative"),
            (&mut self.inactive_threshold, 0, "inactive_threshold", "must not be negative"),
            (&mut self.priority_timeout, 0, "priority_timeout", "must not be negative"),
        ] {
            if *value < floor {
                if pedantic {
                    return Err(pedantic_error(format!("{name} {text}")));
                }
                *value = floor;
            }
        }
        if self.deliver_subject.is_empty() && self.max_waiting == 0 {
            self.max_waiting = DEFAULT_MAX_WAITING;
        }
        if self.ack_wait == 0 && matches!(self.ack_policy, AckPolicy::Explicit | AckPolicy::All) {
            self.ack_wait = DEFAULT_ACK_WAIT;
        }
        if let Some(&first) = self.backoff.first() {
            if pedantic && self.ack_wait != first {
                return Err(pedantic_error("first backoff value has to equal batch AckWait"));
            }
            self.ack_wait = first;
        }
        let limits = &ctx.stream.consumer_limits;
        if self.max_ack_pending == 0 {
            if pedantic && limits.max_ack_pending > 0 {
                return Err(pedantic_error("max_ack_pending must be set if it's configured in stream limits"));
            }
            self.max_ack_pending = limits.max_ack_pending;
        }
        if self.inactive_threshold == 0 {
            if pedantic && limits.inactive_threshold > 0 {
                return Err(pedantic_error("inactive_threshold must be set if it's configured in stream limits"));
            }
            self.inactive_threshold = limits.inactive_threshold;
        }
        if self.max_ack_pending == 0 && self.ack_policy != AckPolicy::None {
            let account = ctx.account_max_ack_pending;
            self.max_ack_pending = if account > 0 && account < DEFAULT_MAX_ACK_PENDING { account } else { DEFAULT_MAX_ACK_PENDING };
        }
        if self.priority_policy == PriorityPolicy::PinnedClient && self.priority_timeout == 0 {
            self.priority_timeout = DEFAULT_PINNED_TTL;
        }
        Ok(())
    }

    /// nats-server's `checkConsumerCfg`, for a single server.
    fn check(&self, ctx: &ConsumerContext<'_>) -> Result<(), ApiError> {
        let stream = ctx.stream;
        if !self.name.is_empty() && !valid_asset_name(&self.name) {
            return Err(invalid("consumer name can not contain '.', '*', '>', '\\', '/'"));
        }
        if !self.durable_name.is_empty() && !valid_asset_name(&self.durable_name) {
            return Err(invalid("consumer durable name can not contain '.', '*', '>', '\\', '/'"));
        }
        if self.num_replicas > 0 && self.num_replicas > stream.num_replicas {
            return Err(ApiError::new(JsErr::JSConsumerReplicasExceedsStream));
        }
        if self.num_replicas < 0 {
            return Err(ApiError::new(JsErr::JSReplicasCountCannotBeNegative));
        }
        if matches!(stream.retention, Retention::Interest | Retention::WorkQueue)
            && self.num_replicas != 0
            && self.num_replicas != stream.num_replicas
        {
            return Err(ApiError::new(JsErr::JSConsumerReplicasShouldMatchStream));
        }
        if self.backoff.iter().any(|d| *d < 0) {
            return Err(ApiError::new(JsErr::JSConsumerBackOffNegativeErr));
        }
        if self.ack_wait < 0 {
            return Err(ApiError::new(JsErr::JSConsumerAckWaitNegativeErr));
        }
        if !self.backoff.is_empty() && self.max_deliver != -1 && self.backoff.len() as i64 > self.max_deliver {
            return Err(ApiError::new(JsErr::JSConsumerMaxDeliverBackoffErr));
        }
        if self.description.len() > MAX_DESCRIPTION_LEN {
            return Err(ApiError::new(JsErr::JSConsumerDescriptionTooLongErrF).with("max", MAX_DESCRIPTION_LEN.to_string()));
        }
        if !self.is_pull() {
            let deliver = self.deliver_subject.as_bytes();
            if subject::has_wildcard(deliver) {
                return Err(ApiError::new(JsErr::JSConsumerDeliverToWildcardsErr));
            }
            if !subject::is_valid_publish(deliver) {
                return Err(ApiError::new(JsErr::JSConsumerInvalidDeliverSubject));
            }
            if stream.subjects.iter().any(|s| subject::matches(s.as_bytes(), deliver)) {
                return Err(ApiError::new(JsErr::JSConsumerDeliverCycleErr));
            }
            if self.max_waiting != 0 {
                return Err(ApiError::new(JsErr::JSConsumerPushMaxWaitingErr));
            }
            if self.max_ack_pending > 0 && self.ack_policy == AckPolicy::None {
                return Err(ApiError::new(JsErr::JSConsumerMaxPendingAckPolicyRequiredErr));
            }
            if self.idle_heartbeat > 0 && self.idle_heartbeat < MIN_HEARTBEAT_NANOS {
                return Err(ApiError::new(JsErr::JSConsumerSmallHeartbeatErr));
            }
        } else {
            if self.ack_policy == AckPolicy::None && stream.retention == Retention::WorkQueue {
                return Err(ApiError::new(JsErr::JSConsumerPullRequiresAckErr));
            }
            if self.rate_limit_bps > 0 {
                return Err(ApiError::new(JsErr::JSConsumerPullWithRateLimitErr));
            }
            if self.max_waiting < 0 {
                return Err(ApiError::new(JsErr::JSConsumerMaxWaitingNegativeErr));
            }
            if self.idle_heartbeat > 0 {
                return Err(ApiError::new(JsErr::JSConsumerHBRequiresPushErr));
            }
            if self.flow_control {
                return Err(ApiError::new(JsErr::JSConsumerFCRequiresPushErr));
            }
            if self.max_batch < 0 {
                return Err(ApiError::new(JsErr::JSConsumerMaxRequestBatchNegativeErr));
            }
            if self.max_expires != 0 && self.max_expires < 1_000_000 {
                return Err(ApiError::new(JsErr::JSConsumerMaxRequestExpiresTooSmall));
            }
        }
        let account = ctx.account_max_ack_pending;
        if account > 0 && self.max_ack_pending > account {
            return Err(ApiError::new(JsErr::JSConsumerMaxPendingAckExcessErrF).with("limit", account.to_string()));
        }
        let limits = &stream.consumer_limits;
        if limits.max_ack_pending > 0 && self.max_ack_pending > limits.max_ack_pending {
            return Err(ApiError::new(JsErr::JSConsumerMaxPendingAckExcessErrF).with("limit", limits.max_ack_pending.to_string()));
        }
        if limits.inactive_threshold > 0 && self.inactive_threshold > limits.inactive_threshold {
            let limit = natsx_common::time::go_duration(std::time::Duration::from_nanos(limits.inactive_threshold as u64));
            return Err(ApiError::new(JsErr::JSConsumerInactiveThresholdExcess).with("limit", limit));
        }
        if self.direct {
            if self.is_pull() {
                return Err(ApiError::new(JsErr::JSConsumerDirectRequiresPushErr));
            }
            if !self.durable_name.is_empty() {
                return Err(ApiError::new(JsErr::JSConsumerDirectRequiresEphemeralErr));
            }
        }
        if !self.filter_subject.is_empty() && !self.filter_subjects.is_empty() {
            return Err(ApiError::new(JsErr::JSConsumerDuplicateFilterSubjects));
        }
        if !self.filter_subject.is_empty() && !subject::is_valid_subscribe(self.filter_subject.as_bytes()) {
            return Err(invalid("invalid subject"));
        }
        if self.filter_subjects.iter().any(String::is_empty) {
            return Err(ApiError::new(JsErr::JSConsumerEmptyFilter));
        }
        let filters = self.filters();
        for (i, f) in filters.iter().enumerate() {
            if !subject::is_valid_subscribe(f.as_bytes()) {
                return Err(invalid("invalid subject"));
            }
            if filters.iter().enumerate().any(|(j, g)| i != j && subject::matches(g.as_bytes(), f.as_bytes())) {
                return Err(ApiError::new(JsErr::JSConsumerOverlappingSubjectFilters));
            }
        }
        self.check_start_position()?;
        if !self.sample_freq.is_empty() {
            match self.sample_freq.trim_end_matches('%').parse::<i64>() {
                Ok(n) if n >= 0 => {}
                Ok(_) => return Err(ApiError::new(JsErr::JSConsumerInvalidSamplingErrF).with("err", "<nil>")),
                Err(_) => {
                    let text = format!("strconv.Atoi: parsing {:?}: invalid syntax", self.sample_freq.trim_end_matches('%'));
                    return Err(ApiError::new(JsErr::JSConsumerInvalidSamplingErrF).with("err", text));
                }
            }
        }
        if self.flow_control && self.idle_heartbeat == 0 {
            return Err(ApiError::new(JsErr::JSConsumerWithFlowControlNeedsHeartbeats));
        }
        if !self.durable_name.is_empty() && !self.name.is_empty() && self.name != self.durable_name {
            return Err(ApiError::new(JsErr::JSConsumerCreateDurableAndNameMismatch));
        }
        if self.metadata.iter().map(|(k, v)| k.len() + v.len()).sum::<usize>() > MAX_METADATA_LEN {
            return Err(ApiError::new(JsErr::JSConsumerMetadataLengthErrF).with("limit", format!("{}KB", MAX_METADATA_LEN / 1024)));
        }
        if self.priority_policy != PriorityPolicy::None {
            if !self.is_pull() {
                return Err(ApiError::new(JsErr::JSConsumerPushWithPriorityGroupErr));
            }
            if self.priority_groups.is_empty() {
                return Err(ApiError::new(JsErr::JSConsumerPriorityPolicyWithoutGroup));
            }
            for group in &self.priority_groups {
                if group.is_empty() {
                    return Err(ApiError::new(JsErr::JSConsumerEmptyGroupName));
                }
                if !valid_group_name(group) {
                    return Err(ApiError::new(JsErr::JSConsumerInvalidGroupNameErr));
                }
            }
        } else {
            if !self.priority_groups.is_empty() {
                return Err(ApiError::new(JsErr::JSConsumerPriorityGroupWithPolicyNone));
            }
            if self.priority_timeout > 0 {
                return Err(ApiError::new(JsErr::JSConsumerPinnedTTLWithoutPriorityPolicyNone));
            }
        }
        Ok(())
    }

    /// The deliver policy against the optional start sequence and time.
    fn check_start_position(&self) -> Result<(), ApiError> {
        let bad_start = |policy: &str, start: &str| {
            ApiError::new(JsErr::JSConsumerInvalidPolicyErrF)
                .with("err", format!("consumer delivery policy is deliver {policy}, but optional start {start} is also set"))
        };
        let not_set = |policy: &str, what: &str| {
            ApiError::new(JsErr::JSConsumerInvalidPolicyErrF)
                .with("err", format!("consumer delivery policy is deliver {policy}, but optional {what} is not set"))
        };
        let (seq, time) = (self.opt_start_seq > 0, self.opt_start_time.is_some());
        let simple = match self.deliver_policy {
            DeliverPolicy::All => Some("all"),
            DeliverPolicy::Last => Some("last"),
            DeliverPolicy::LastPerSubject => Some("last per subject"),
            DeliverPolicy::New => Some("new"),
            _ => None,
        };
        if let Some(policy) = simple {
            if seq {
                return Err(bad_start(policy, "sequence"));
            }
            if time {
                return Err(bad_start(policy, "time"));
            }
        }
        match self.deliver_policy {
            DeliverPolicy::LastPerSubject if self.filter_subject.is_empty() && self.filter_subjects.is_empty() => {
                Err(not_set("last per subject", "filter subject"))
            }
            DeliverPolicy::ByStartSequence if !seq => Err(not_set("by start sequence", "start sequence")),
            DeliverPolicy::ByStartSequence if time => Err(bad_start("by start sequence", "time")),
            DeliverPolicy::ByStartTime if !time => Err(not_set("by start time", "start time")),
            DeliverPolicy::ByStartTime if self.opt_start_seq != 0 => Err(bad_start("by start time", "start sequence")),
            _ => Ok(()),
        }
    }
}

/// A consumer-create request: `{"stream_name", "config", "action"}`.
#[derive(Clone, Debug, Default, Deserialize)]
#[serde(default)]
pub struct CreateConsumerRequest {
    pub stream_name: String,
    pub config: ConsumerConfig,
    pub action: ConsumerAction,
    pub pedantic: bool,
}

/// What a create request may do (nats-server's `ConsumerAction`): `""` creates or
/// updates, `"create"` refuses to change an existing consumer, `"update"` refuses to
/// create one. Anything else is refused as nats-server refuses it: `unknown consumer
/// action: <the JSON value>`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum ConsumerAction {
    #[default]
    CreateOrUpdate,
    Create,
    Update,
}

impl<'de> Deserialize<'de> for ConsumerAction {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        match Value::deserialize(d)? {
            Value::String(s) if s.is_empty() => Ok(ConsumerAction::CreateOrUpdate),
            Value::String(s) if s == "create" => Ok(ConsumerAction::Create),
            Value::String(s) if s == "update" => Ok(ConsumerAction::Update),
            other => Err(serde::de::Error::custom(format!("unknown consumer action: {other}"))),
        }
    }
}

/// Decodes an API request body, naming the field that failed as nats-server does
/// (`invalid JSON: json: cannot unmarshal string into Go struct field ...`). With
/// `strict_keys`, unknown fields are refused at every depth, as Go's
/// `DisallowUnknownFields` does: the top level against the list, nested objects
/// against the types.
pub fn decode<T: DeserializeOwned>(body: &[u8], go_struct: &str, strict_keys: Option<&[&str]>) -> Result<T, ApiError> {
    decode_request(parse_request(body, strict_keys)?, go_struct, strict_keys.is_some())
}

/// Decodes a small API request (paging, purge, message get and delete, pause, unpin) as
/// nats-server's `unmarshalRequest` does: keys match their fields whatever their case, a
/// body that is not an object is a type error naming `server.<go_struct>`, and with
/// `strict` (JetStream's default) an unknown key is an error rather than ignored — so a
/// misspelt purge filter purges nothing instead of everything.
pub fn decode_api_request<T: DeserializeOwned>(body: &[u8], go_struct: &str, strict: bool) -> Result<T, ApiError> {
    let mut value: Value = serde_json::from_slice(body).map_err(json_syntax_error)?;
    let kind = match &value {
        Value::Object(_) | Value::Null => None,
        Value::Array(_) => Some("array"),
        Value::String(_) => Some("string"),
        Value::Number(_) => Some("number"),
        Value::Bool(_) => Some("bool"),
    };
    if let Some(kind) = kind {
        let text = format!("json: cannot unmarshal {kind} into Go value of type server.{go_struct}");
        return Err(ApiError::new(JsErr::JSInvalidJSONErr).with("err", text));
    }
    if let Value::Object(map) = &mut value {
        *map = std::mem::take(map).into_iter().map(|(k, v)| (k.to_ascii_lowercase(), v)).collect();
    }
    let decoded: T = decode_value(value.clone(), go_struct)?;
    if strict {
        if let Some(name) = first_unknown_field::<T>(value, true) {
            return Err(unknown_field(&name));
        }
    }
    Ok(decoded)
}

/// The first key in `value` that `T` has no field for, as Go's `DisallowUnknownFields`
/// finds it; top-level keys only when `top_level` (callers that check those against a
/// list of their own pass false).
fn first_unknown_field<T: DeserializeOwned>(mut value: Value, top_level: bool) -> Option<String> {
    drop_nulls(&mut value);
    let mut unknown = None;
    let _ = serde_ignored::deserialize::<_, _, T>(&value, |path| {
        if let serde_ignored::Path::Map { parent, key } = path {
            if top_level || !matches!(parent, serde_ignored::Path::Root) {
                unknown.get_or_insert_with(|| key.clone());
            }
        }
    });
    unknown
}

/// Parses a request body as JSON and, with `strict_keys`, refuses unknown top-level keys.
pub fn parse_request(body: &[u8], strict_keys: Option<&[&str]>) -> Result<Value, ApiError> {
    let value: Value = serde_json::from_slice(body).map_err(json_syntax_error)?;
    if let (Some(keys), Value::Object(map)) = (strict_keys, &value) {
        if let Some(unknown) = map.keys().find(|k| !keys.contains(&k.as_str())) {
            return Err(unknown_field(unknown));
        }
    }
    Ok(value)
}

fn unknown_field(name: &str) -> ApiError {
    ApiError::new(JsErr::JSInvalidJSONErr).with("err", format!("json: unknown field \"{name}\""))
}

/// Decodes a parsed request; `strict` also refuses unknown fields inside nested objects
/// (sources, placement, consumer limits, ...).
pub fn decode_request<T: DeserializeOwned>(value: Value, go_struct: &str, strict: bool) -> Result<T, ApiError> {
    let decoded: T = decode_value(value.clone(), go_struct)?;
    if strict {
        if let Some(name) = first_unknown_field::<T>(value, false) {
            return Err(unknown_field(&name));
        }
    }
    Ok(decoded)
}

/// Stream features of JetStream API levels natsx does not implement yet (message
/// counters, atomic and batched publishing, schedules, asynchronous persistence): a
/// request that turns one on is refused, not answered with a stream without it.
pub fn refuse_unimplemented_stream_features(request: &Value) -> Result<(), ApiError> {
    const FEATURES: &[(&str, &str)] = &[
        ("allow_msg_counter", "message counters"),
        ("allow_atomic", "atomic batch publishing"),
        ("allow_batched", "batched publishing"),
        ("allow_msg_schedules", "message schedules"),
    ];
    for (key, what) in FEATURES {
        if request.get(key).and_then(Value::as_bool) == Some(true) {
            return Err(invalid(format!("{what} ({key}) are not implemented in natsx yet")));
        }
    }
    match request.get("persist_mode").and_then(Value::as_str) {
        None | Some("") | Some("default") => Ok(()),
        Some(mode) => Err(invalid(format!("persist mode {mode:?} is not implemented in natsx yet"))),
    }
}

pub fn decode_value<T: DeserializeOwned>(mut value: Value, go_struct: &str) -> Result<T, ApiError> {
    if value.is_null() {
        value = Value::Object(Default::default());
    }
    drop_nulls(&mut value);
    serde_path_to_error::deserialize(&value).map_err(|e| {
        let segments: Vec<String> = e
            .path()
            .iter()
            .map(|seg| match seg {
                serde_path_to_error::Segment::Seq { index } => index.to_string(),
                other => other.to_string().trim_start_matches('.').to_string(),
            })
            .collect();
        let inner = e.into_inner().to_string();
        let text = match go_type_error(&inner) {
            Some((found, rust_type)) => {
                let field = segments.join(".");
                let go_type = go_field_type(go_struct, &segments).unwrap_or(rust_type);
                // Go quotes the number when it is the value that does not fit a numeric
                // field, not when the field is not numeric at all.
                let numeric = go_type.contains("int") || go_type == "time.Duration";
                let found = match (found, literal_at(&value, &segments)) {
                    ("number", Some(n)) if numeric => format!("number {n}"),
                    _ => found.to_string(),
                };
                // Go names struct fields as such; an element of a list is just a path.
                let in_list = e_path_ends_in_index(&segments);
                let what = if in_list { String::new() } else { "Go struct field ".to_string() };
                format!("json: cannot unmarshal {found} into {what}{go_struct}.{field} of type {go_type}")
            }
            None => inner,
        };
        ApiError::new(JsErr::JSInvalidJSONErr).with("err", text)
    })
}

fn e_path_ends_in_index(segments: &[String]) -> bool {
    segments.last().is_some_and(|s| s.parse::<usize>().is_ok())
}

/// The number at `path` in `value`, written as JSON (Go quotes the literal it could not
/// store).
fn literal_at(value: &Value, path: &[String]) -> Option<String> {
    let mut at = value;
    for seg in path {
        at = match at {
            Value::Object(map) => map.get(seg)?,
            Value::Array(items) => items.get(seg.parse::<usize>().ok()?)?,
            _ => return None,
        };
    }
    at.is_number().then(|| at.to_string())
}

/// The Go type of a field where it is not what the Rust type says: `time.Duration` for
/// durations (natsx keeps nanoseconds as `i64`) and Go's `int` for counts.
fn go_field_type(go_struct: &str, path: &[String]) -> Option<&'static str> {
    let names: Vec<&str> = path.iter().map(String::as_str).filter(|s| s.parse::<usize>().is_err()).collect();
    const DURATIONS: &[&str] = &[
        "max_age",
        "duplicate_window",
        "subject_delete_marker_ttl",
        "ack_wait",
        "backoff",
        "max_expires",
        "idle_heartbeat",
        "inactive_threshold",
        "priority_timeout",
    ];
    let field = *names.last()?;
    if field == "backoff" && path.last().is_some_and(|seg| seg == field) {
        return Some("[]time.Duration");
    }
    if DURATIONS.contains(&field) {
        return Some("time.Duration");
    }
    let consumer = go_struct == "CreateConsumerRequest" && names.first() == Some(&"config");
    let go_int = match field {
        "max_consumers" | "num_replicas" | "max_deliver" | "max_waiting" | "max_batch" | "offset" => true,
        "max_ack_pending" => true,
        "max_bytes" => consumer,
        _ => false,
    };
    go_int.then_some("int")
}
/// Go's decoder leaves a field untouched when the JSON has `null` for it; dropping nulls
/// gives serde the same behaviour (the field keeps its default).
pub fn drop_nulls(value: &mut Value) {
    match value {
        Value::Object(map) => {
            map.retain(|_, v| !v.is_null());
            map.values_mut().for_each(drop_nulls);
        }
        Value::Array(items) => items.iter_mut().for_each(drop_nulls),
        _ => {}
    }
}

pub fn stream_keys(strict: bool) -> Option<&'static [&'static str]> {
    strict.then_some(STREAM_KEYS)
}

pub fn consumer_keys(strict: bool) -> Option<&'static [&'static str]> {
    strict.then_some(CONSUMER_KEYS)
}

/// serde's "invalid type: string \"x\", expected i64" → ("string", "int64"), and
/// "invalid value: integer `-1`, expected u64" (out of range) → ("number", "uint64").
fn go_type_error(text: &str) -> Option<(&'static str, &'static str)> {
    let rest = text.strip_prefix("invalid type: ").or_else(|| text.strip_prefix("invalid value: "))?;
    let (found, expected) = rest.split_once(", expected ")?;
    let found = match found.split(' ').next()? {
        "string" => "string",
        "boolean" => "bool",
        "integer" | "floating" => "number",
        "sequence" => "array",
        "map" => "object",
        "null" => "null",
        _ => return None,
    };
    let go_type = match expected {
        "i64" => "int64",
        "i32" => "int32",
        "u64" => "uint64",
        "u32" => "uint32",
        "a boolean" => "bool",
        "a string" => "string",
        "a time.Time" => "time.Time",
        e if e.starts_with("a sequence") => "[]string",
        e if e.starts_with("a map") => "map[string]string",
        _ => "value",
    };
    Some((found, go_type))
}

fn json_syntax_error(e: serde_json::Error) -> ApiError {
    let text = if e.is_eof() { "unexpected EOF".to_string() } else { go_syntax_text(&e) };
    ApiError::new(JsErr::JSInvalidJSONErr).with("err", text)
}

fn go_syntax_text(e: &serde_json::Error) -> String {
    let text = e.to_string();
    match text.find(" at line ") {
        Some(i) => text[..i].to_string(),
        None => text,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ctx() -> StreamContext<'static> {
        StreamContext::alone()
    }

    #[test]
    fn stream_defaults_match_nats_server() {
        let mut c: StreamConfig = decode(br#"{"name":"S","subjects":["s.>"]}"#, "StreamConfigRequest", stream_keys(true)).unwrap();
        c.normalize(&ctx()).unwrap();
        let json = serde_json::to_string(&c).unwrap();
        assert_eq!(
            json,
            r#"{"name":"S","subjects":["s.>"],"retention":"limits","max_consumers":-1,"max_msgs":-1,"max_bytes":-1,"max_age":0,"max_msgs_per_subject":-1,"max_msg_size":-1,"discard":"old","storage":"file","num_replicas":1,"duplicate_window":120000000000,"compression":"none","allow_direct":false,"mirror_direct":false,"sealed":false,"deny_delete":false,"deny_purge":false,"allow_rollup_hdrs":false,"consumer_limits":{},"allow_msg_ttl":false}"#
        );
    }

    #[test]
    fn stream_errors_match_nats_server() {
        let e = decode::<StreamConfig>(br#"{"name":"S","bogus_field":1}"#, "StreamConfigRequest", stream_keys(true)).unwrap_err();
        assert_eq!(e.description(), r#"invalid JSON: json: unknown field "bogus_field""#);
        let e = decode::<StreamConfig>(br#"{"name":"S","max_msgs":"x"}"#, "StreamConfigRequest", None).unwrap_err();
        assert_eq!(
            e.description(),
            "invalid JSON: json: cannot unmarshal string into Go struct field StreamConfigRequest.max_msgs of type int64"
        );
        let e = decode::<StreamConfig>(br#"{"name":"S","storage":"disk"}"#, "StreamConfigRequest", None).unwrap_err();
        assert_eq!(e.description(), r#"invalid JSON: can not unmarshal "\"disk\"""#);
        let e = decode::<StreamConfig>(br#"{"name":"S""#, "StreamConfigRequest", None).unwrap_err();
        assert_eq!(e.description(), "invalid JSON: unexpected EOF");
        let mut c = StreamConfig { name: "S".into(), max_age: -1, ..Default::default() };
        assert_eq!(c.normalize(&ctx()).unwrap_err().description(), "max age can not be negative");
        let mut c = StreamConfig { name: "S".into(), num_replicas: 7, ..Default::default() };
        assert_eq!(c.normalize(&ctx()).unwrap_err().description(), "maximum replicas is 5");
        let mut c = StreamConfig { name: "S".into(), max_msgs: -7, ..Default::default() };
        c.normalize(&ctx()).unwrap();
        assert_eq!((c.max_msgs, c.subjects.clone()), (-1, vec!["S".to_string()]));
    }

    #[test]
    fn consumer_defaults_match_nats_server() {
        let stream = StreamConfig::default();
        let mut c =
            ConsumerConfig { durable_name: "PULL".into(), name: "PULL".into(), ack_policy: AckPolicy::Explicit, ..Default::default() };
        c.normalize(&ConsumerContext { stream: &stream, durable: true, account_max_ack_pending: 0, pedantic: false }).unwrap();
        assert_eq!(
            serde_json::to_string(&c).unwrap(),
            r#"{"durable_name":"PULL","name":"PULL","deliver_policy":"all","ack_policy":"explicit","ack_wait":30000000000,"max_deliver":-1,"replay_policy":"instant","max_waiting":512,"max_ack_pending":1000,"num_replicas":0}"#
        );
        let mut c = ConsumerConfig { deliver_policy: DeliverPolicy::ByStartSequence, ..Default::default() };
        let ctx = ConsumerContext { stream: &stream, durable: false, account_max_ack_pending: 0, pedantic: false };
        assert_eq!(c.normalize(&ctx).unwrap_err().err_code(), 10094);
    }

    /// `prioritized` is a policy the commands know (nats-server 2.12) but this API level
    /// does not: refused with the error the decoder gives a policy it does not know.
    #[test]
    fn the_prioritized_policy_is_refused_as_an_unknown_one() {
        let stream = StreamConfig::default();
        let ctx = ConsumerContext { stream: &stream, durable: false, account_max_ack_pending: 0, pedantic: false };
        let decoded: ConsumerConfig = decode_value(serde_json::json!({ "priority_policy": "prioritized" }), "ConsumerConfig").unwrap();
        let refused = decoded.clone().normalize(&ctx).unwrap_err();
        let unknown = decode_value::<ConsumerConfig>(serde_json::json!({ "priority_policy": "bogus" }), "ConsumerConfig").unwrap_err();
        assert_eq!(refused.err_code(), unknown.err_code());
        assert_eq!(refused.description(), unknown.description().replace("bogus", "prioritized"));
    }
}
