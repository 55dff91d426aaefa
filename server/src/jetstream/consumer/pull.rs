//! Pull requests: `$JS.API.CONSUMER.MSG.NEXT` and `+NXT` bodies, their validation and
//! statuses, and which waiting request is served next (priority groups, ADR-42).

use std::time::{Duration, Instant};

use serde::Deserialize;
use serde_json::Value;

use super::{random_token, Consumer, Inner, Status};
use crate::jetstream::config::PriorityPolicy;
use crate::jetstream::now_nanos;
use crate::jetstream::store::index::Filter;
use crate::jetstream::stream::Stream;
use natsx_common::time::rfc3339_nanos;

/// A waiting pull request.
pub(super) struct PullRequest {
    pub(super) reply: bytes::Bytes,
    pub(super) batch: i64,
    pub(super) max_bytes: i64,
    pub(super) expires: Option<Instant>,
    pub(super) no_wait: bool,
    pub(super) heartbeat: Option<Duration>,
    pub(super) next_heartbeat: Option<Instant>,
    pub(super) delivered: u64,
    /// The delivery round in which the reply subject was last seen to have interest.
    pub(super) interest_round: u64,
    /// Priority groups (ADR-42): overflow thresholds and the pin this client holds.
    pub(super) min_pending: i64,
    pub(super) min_ack_pending: i64,
    pub(super) pin_id: String,
}

impl Consumer {
    /// A pull request on `$JS.API.CONSUMER.MSG.NEXT`, or a `+NXT` ack.
    pub fn pull_request(&self, reply: &[u8], body: &[u8]) {
        let mut inner = self.lock();
        if !inner.config.is_pull() {
            drop(inner);
            self.send_status(reply, "409 Consumer is push based", &[]);
            return;
        }
        let req = match parse_pull_request(body) {
            Ok(r) => r,
            Err(text) => {
                drop(inner);
                self.send_status(reply, &format!("400 Bad Request - {text}"), &[]);
                return;
            }
        };
        let cfg = &inner.config;
        if cfg.max_batch > 0 && req.batch > cfg.max_batch {
            drop(inner);
            self.send_status(reply, &format!("409 Exceeded MaxRequestBatch of {}", self.config().max_batch), &[]);
            return;
        }
        if cfg.max_expires > 0 && req.expires.map_or(0, |e| e.as_nanos() as i64) > cfg.max_expires {
            drop(inner);
            self.send_status(
                reply,
                &format!("409 Exceeded MaxRequestExpires of {:?}", Duration::from_nanos(self.config().max_expires as u64)),
                &[],
            );
            return;
        }
        if cfg.max_bytes > 0 && req.max_bytes > cfg.max_bytes {
            drop(inner);
            self.send_status(reply, &format!("409 Exceeded MaxRequestMaxBytes of {}", self.config().max_bytes), &[]);
            return;
        }
        if req.expires.is_some_and(|e| e < Duration::from_millis(1)) {
            drop(inner);
            self.send_status(
                reply,
                "408 Request Timeout",
                &[("Nats-Pending-Messages", &req.batch.to_string()), ("Nats-Pending-Bytes", &req.max_bytes.max(0).to_string())],
            );
            return;
        }
        // Priority fields are checked only for JSON requests, as nats-server checks them.
        if req.priority_fields {
            let policy = inner.config.priority_policy;
            let refusal = if (req.min_pending != 0 || req.min_ack_pending != 0) && policy != PriorityPolicy::Overflow {
                Some("400 Bad Request - Not a Overflow Priority consumer")
            } else if !req.pin_id.is_empty() && policy != PriorityPolicy::PinnedClient {
                Some("400 Bad Request - Not a Pinned Client Priority consumer")
            } else if !(0..=9).contains(&req.priority) {
                Some("400 Bad Request - Priority must be between 0 and 9")
            } else if policy != PriorityPolicy::None && req.group.is_empty() {
                Some("400 Bad Request - Priority Group missing")
            } else if policy != PriorityPolicy::None && !inner.config.priority_groups.contains(&req.group) {
                Some("400 Bad Request - Invalid Priority Group")
            } else {
                None
            };
            if let Some(status) = refusal {
                drop(inner);
                self.send_status(reply, status, &[]);
                return;
            }
            // A pin is checked only while one is held: the holder keeps it alive; another id
            // is refused.
            if policy != PriorityPolicy::None {
                if let Some((pin, _)) = &inner.pin {
                    if *pin == req.pin_id {
                        inner.pin_activity = Instant::now();
                    } else if !req.pin_id.is_empty() {
                        drop(inner);
                        self.send_status(reply, "423 Nats-Pin-Id mismatch", &[]);
                        return;
                    }
                }
            }
        }
        // no_wait (nats-server 2.11+): with nothing to deliver and no expiry, 404 at once;
        // when the requests already waiting claim every pending message, 408; otherwise
        // the request waits (until its expiry, if it has one) and ends at the first gap.
        if req.no_wait {
            let pending = self.stream.upgrade().map_or(0, |s| s.count_from(inner.next_seq, &self.filter()))
                + inner.initial.len() as u64
                + inner.redeliver.len() as u64;
            if pending == 0 && req.expires.is_none() {
                drop(inner);
                self.send_status(reply, "404 No Messages", &[]);
                return;
            }
            let claimed: i64 = inner.waiting.iter().map(|w| (w.batch - w.delivered as i64).max(0)).sum();
            if pending > 0 && (pending as i64) < claimed {
                drop(inner);
                self.send_status(reply, "408 Requests Pending", &[]);
                return;
            }
        }
        if inner.waiting.len() as i64 >= inner.config.max_waiting {
            drop(inner);
            self.send_status(reply, "409 Exceeded MaxWaiting", &[]);
            return;
        }
        let now = Instant::now();
        inner.last_interest = now;
        inner.waiting.push_back(PullRequest {
            reply: bytes::Bytes::copy_from_slice(reply),
            batch: req.batch,
            max_bytes: req.max_bytes,
            expires: req.expires.map(|e| now + e),
            no_wait: req.no_wait,
            heartbeat: req.heartbeat,
            next_heartbeat: req.heartbeat.map(|h| now + h),
            delivered: 0,
            interest_round: 0,
            min_pending: req.min_pending.max(0),
            min_ack_pending: req.min_ack_pending.max(0),
            pin_id: req.pin_id,
        });
        drop(inner);
        self.wake();
    }

    /// The waiting pull request to serve next. Without priority groups, the oldest. With
    /// `overflow`, the oldest unconditional one, else one whose `min_pending` or
    /// `min_ack_pending` is met. With `pinned_client`, the pinned client's, pinning the
    /// oldest request when there is no pin (or the pinned client stopped pulling).
    pub(super) fn pick_request(
        &self,
        inner: &mut Inner,
        stream: &Stream,
        filter: &Filter,
        pending: &mut Option<u64>,
        statuses: &mut Vec<Status>,
    ) -> Option<usize> {
        if inner.waiting.is_empty() {
            return None;
        }
        match inner.config.priority_policy {
            // `prioritized` is refused when a consumer is created (API level 2).
            PriorityPolicy::None | PriorityPolicy::Prioritized => Some(0),
            PriorityPolicy::Overflow => {
                if let Some(i) = inner.waiting.iter().position(|r| r.min_pending == 0 && r.min_ack_pending == 0) {
                    return Some(i);
                }
                let num_pending = *pending.get_or_insert_with(|| {
                    stream.count_from(inner.next_seq, filter) + inner.initial.len() as u64 + inner.redeliver.len() as u64
                });
                let ack_pending = inner.pending.len() as i64;
                inner.waiting.iter().position(|r| {
                    (r.min_pending > 0 && num_pending as i64 >= r.min_pending)
                        || (r.min_ack_pending > 0 && ack_pending >= r.min_ack_pending)
                })
            }
            PriorityPolicy::PinnedClient => {
                let timeout = Duration::from_nanos(inner.config.priority_timeout.max(1) as u64);
                if inner.pin.is_some() && inner.pin_activity.elapsed() > timeout {
                    let (old, _) = inner.pin.take().unwrap_or_default();
                    self.advisory("UNPINNED", self.pin_advisory("io.nats.jetstream.advisory.v1.consumer_group_unpinned", &old, "timeout"));
                }
                if let Some((pin, _)) = &inner.pin {
                    return inner.waiting.iter().position(|r| r.pin_id == *pin);
                }
                let id = random_token() + &random_token();
                inner.pin = Some((id.clone(), now_nanos()));
                inner.pin_activity = Instant::now();
                // Requests holding an older pin learn that it is gone (nats-server's
                // `nextWaiting`: 423 with what they still wanted).
                let mut i = 0;
                while i < inner.waiting.len() {
                    if !inner.waiting[i].pin_id.is_empty() {
                        if let Some(r) = inner.waiting.remove(i) {
                            let pending = pending_headers(&r);
                            statuses.push((r.reply, "423 Nats-Wrong-Pin-Id".into(), pending));
                        }
                    } else {
                        i += 1;
                    }
                }
                if inner.waiting.is_empty() {
                    inner.pin = None;
                    return None;
                }
                inner.waiting[0].pin_id = id.clone();
                self.advisory("PINNED", self.pin_advisory("io.nats.jetstream.advisory.v1.consumer_group_pinned", &id, ""));
                Some(0)
            }
        }
    }

    fn pin_advisory(&self, kind: &str, id: &str, reason: &str) -> Value {
        let group = self.group_name();
        serde_json::json!({
            "type": kind,
            "id": random_token(),
            "timestamp": rfc3339_nanos(now_nanos()),
            "stream": self.stream_name,
            "consumer": self.name,
            "group": group,
            "pinned_id": id,
            "reason": reason,
        })
    }

    /// The (single) priority group's name; callable while the consumer lock is held.
    fn group_name(&self) -> String {
        self.groups.read().unwrap_or_else(|e| e.into_inner()).first().cloned().unwrap_or_default()
    }

    /// `$JS.API.CONSUMER.UNPIN`: drops the pin so the next pull request gets it.
    pub fn unpin(&self, group: &str) -> Result<(), crate::jetstream::errors::ApiError> {
        let mut inner = self.lock();
        if !inner.config.priority_groups.iter().any(|g| g == group) {
            return Err(crate::jetstream::errors::ApiError::new(crate::jetstream::errors::JsErr::JSConsumerInvalidPriorityGroupErr));
        }
        inner.pin = None;
        drop(inner);
        self.wake();
        Ok(())
    }
}

pub(super) fn pending_headers(req: &PullRequest) -> Vec<(String, String)> {
    vec![("Nats-Pending-Messages".into(), req.batch.max(0).to_string()), ("Nats-Pending-Bytes".into(), req.max_bytes.max(0).to_string())]
}

struct ParsedPull {
    batch: i64,
    max_bytes: i64,
    expires: Option<Duration>,
    /// `expires` as sent (nanoseconds; 0 when absent, possibly negative).
    expires_nanos: i64,
    no_wait: bool,
    heartbeat: Option<Duration>,
    /// A JSON request: its priority-group fields (possibly empty) are checked.
    priority_fields: bool,
    group: String,
    min_pending: i64,
    min_ack_pending: i64,
    pin_id: String,
    priority: i64,
}

/// A pull request body: empty (batch 1), a bare number (batch), or the JSON form; other
/// text is a request for one message (nats-server's `nextReqFromMsg`). A heartbeat must
/// be at most half the expiry.
fn parse_pull_request(body: &[u8]) -> Result<ParsedPull, String> {
    let text = std::str::from_utf8(body).map_err(|_| "invalid request".to_string())?.trim();
    let mut req = ParsedPull {
        batch: 1,
        max_bytes: 0,
        expires: None,
        expires_nanos: 0,
        no_wait: false,
        heartbeat: None,
        priority_fields: false,
        group: String::new(),
        min_pending: 0,
        min_ack_pending: 0,
        pin_id: String::new(),
        priority: 0,
    };
    if text.is_empty() {
        return Ok(req);
    }
    if !text.starts_with('{') {
        req.batch = text.parse::<i64>().map_or(1, |n| n.max(1));
        return Ok(req);
    }
    #[derive(Deserialize, Default)]
    #[serde(default)]
    struct Body {
        batch: i64,
        max_bytes: i64,
        expires: i64,
        no_wait: bool,
        idle_heartbeat: i64,
        group: String,
        min_pending: i64,
        min_ack_pending: i64,
        id: String,
        priority: i64,
    }
    let mut value: Value = serde_json::from_str(text).map_err(|e| {
        if e.is_eof() {
            "unexpected end of JSON input".to_string()
        } else {
            let t = e.to_string();
            t.split(" at line ").next().unwrap_or(&t).to_string()
        }
    })?;
    crate::jetstream::config::drop_nulls(&mut value);
    let b: Body = serde_json::from_value(value).map_err(|e| e.to_string())?;
    req.batch = b.batch.max(1);
    req.max_bytes = b.max_bytes.max(0);
    req.no_wait = b.no_wait;
    req.expires_nanos = b.expires;
    if b.expires != 0 {
        req.expires = Some(Duration::from_nanos(b.expires.max(0) as u64));
    }
    if b.idle_heartbeat > 0 {
        req.heartbeat = Some(Duration::from_nanos(b.idle_heartbeat as u64));
    }
    if b.idle_heartbeat > 0 && b.idle_heartbeat.saturating_mul(2) > b.expires {
        return Err("heartbeat value too large".to_string());
    }
    req.priority_fields = true;
    req.group = b.group;
    req.min_pending = b.min_pending;
    req.min_ack_pending = b.min_ack_pending;
    req.pin_id = b.id;
    req.priority = b.priority;
    Ok(req)
}
