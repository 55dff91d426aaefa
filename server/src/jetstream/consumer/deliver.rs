//! Delivery: the consumer's task runs rounds that pick what is due (redeliveries, the
//! start set, new messages), send it to the push subject or the waiting pull requests,
//! and handle ack deadlines, heartbeats, flow control, pauses, rate limits and
//! inactivity. One task per consumer, so messages leave in order.

use std::sync::atomic::Ordering;
use std::sync::{Arc, Weak};
use std::time::{Duration, Instant};

use super::ack::update_ack_floor;
use super::pull::pending_headers;
use super::state_log::Record;
use super::{
    random_token, Consumer, Inner, Outgoing, Pending, Status, FLOW_CONTROL_EVERY, FLOW_CONTROL_MAX_PENDING, INTEREST_POLL, ROUND_BYTES,
    ROUND_LIMIT,
};
use crate::jetstream::config::{AckPolicy, ConsumerConfig, ReplayPolicy};
use crate::jetstream::headers;
use crate::jetstream::now_nanos;
use crate::protocol::push_decimal;
use crate::receiver::Receiver;
use crate::router::{self, Wake};

/// What a delivery round leaves for the next.
struct RoundEnd {
    /// When to look again (timers: ack deadlines, expiries, pauses, heartbeats).
    next: Option<Instant>,
    /// Receivers the round left backed up, to wait for before the next round.
    backed_up: Vec<Arc<Receiver>>,
    /// The round stopped at its size limit with more to send: go on at once.
    more: bool,
}

impl Consumer {
    /// A delivery's ack subject, as nats-server builds it:
    /// `$JS.ACK.<stream>.<consumer>.<deliveries>.<stream seq>.<consumer seq>.<timestamp>.<pending>`
    /// (one per message delivered, so built without the formatting machinery).
    fn ack_reply(&self, deliveries: u64, stream_seq: u64, consumer_seq: u64, ts: i64, pending: u64) -> String {
        let mut out = Vec::with_capacity(self.ack_prefix.len() + 64);
        out.extend_from_slice(self.ack_prefix.as_bytes());
        for n in [deliveries, stream_seq, consumer_seq] {
            push_decimal(&mut out, n);
            out.push(b'.');
        }
        if ts < 0 {
            out.push(b'-');
        }
        push_decimal(&mut out, ts.unsigned_abs());
        out.push(b'.');
        push_decimal(&mut out, pending);
        String::from_utf8(out).unwrap_or_default()
    }

    /// One delivery round: sends what is due and says when to look again.
    fn deliver_round(self: &Arc<Self>) -> RoundEnd {
        let Some(stream) = self.stream.upgrade() else { return RoundEnd { next: None, backed_up: Vec::new(), more: false } };
        let filter = self.filter();
        // A round never fills more than a quarter of a receiver's max_pending, so one
        // round cannot push a reader that keeps up past its limit.
        // A round's bytes: a quarter of clients' max_pending (read each round: a reload
        // may change it).
        let round_bytes = self.stream.upgrade().map_or(ROUND_BYTES, |s| ROUND_BYTES.min(s.max_pending() / 4).max(1));
        let mut out: Vec<Outgoing> = Vec::new();
        let mut records: Vec<Record> = Vec::new();
        let mut statuses: Vec<Status> = Vec::new();
        let mut advisories: Vec<(u64, u64)> = Vec::new();
        let mut next_wake: Option<Instant> = None;
        let soon = |at: Instant, w: &mut Option<Instant>| *w = Some(w.map_or(at, |x| x.min(at)));
        let now_i = Instant::now();
        let now = now_nanos();
        let mut inner = self.lock();
        let push = !inner.config.is_pull();
        inner.round += 1;
        let round = inner.round;

        // Expired pull requests end with 408 (or 404 for no_wait without expiry, below).
        let mut i = 0;
        while i < inner.waiting.len() {
            if inner.waiting[i].expires.is_some_and(|e| e <= now_i) {
                if let Some(req) = inner.waiting.remove(i) {
                    let extra = pending_headers(&req);
                    statuses.push((req.reply, "408 Request Timeout".into(), extra));
                }
            } else {
                i += 1;
            }
        }

        // Ack deadlines passed: due for redelivery, or given up after max_deliver.
        if inner.config.ack_policy != AckPolicy::None {
            let max_deliver = inner.config.max_deliver;
            let mut due = Vec::new();
            let mut next_deadline = i64::MAX;
            for (seq, p) in inner.pending.iter() {
                if p.deadline <= now {
                    due.push(*seq);
                } else {
                    next_deadline = next_deadline.min(p.deadline);
                }
            }
            for seq in due {
                let deliveries = inner.pending.get(&seq).map_or(0, |p| p.deliveries);
                if max_deliver > 0 && deliveries as i64 >= max_deliver {
                    // Given up, not acknowledged: it leaves the pending set but keeps the
                    // ack floor where it is (nats-server 2.15).
                    if let Some(p) = inner.pending.remove(&seq) {
                        inner.exceeded.insert(seq, (p.consumer_seq, deliveries));
                    }
                    inner.redeliver.retain(|s| *s != seq);
                    advisories.push((seq, deliveries));
                    records.push(Record::Exceeded { stream_seq: seq, deliveries });
                    continue;
                }
                if let Some(p) = inner.pending.get_mut(&seq) {
                    p.deadline = i64::MAX;
                }
                if !inner.redeliver.contains(&seq) {
                    inner.redeliver.push_back(seq);
                }
            }
            if next_deadline != i64::MAX {
                soon(now_i + Duration::from_nanos((next_deadline - now).max(0) as u64), &mut next_wake);
            }
        }

        let paused = inner.paused_until > now;
        if paused {
            soon(now_i + Duration::from_nanos((inner.paused_until - now) as u64), &mut next_wake);
        }
        let deliver_subject = inner.config.deliver_subject.clone();
        let deliver_to = bytes::Bytes::copy_from_slice(deliver_subject.as_bytes());
        let mut has_interest = if push { self.account.has_interest(deliver_subject.as_bytes()) } else { !inner.waiting.is_empty() };
        if push && !has_interest && !self.watching_interest.swap(true, Ordering::AcqRel) {
            // Woken as soon as someone subscribes (async-nats's ordered consumers subscribe
            // after creating the consumer); looked at again in case it happened already.
            let me: Weak<Consumer> = Arc::downgrade(self);
            self.account.watch_interest(deliver_subject.as_bytes(), me);
            has_interest = self.account.has_interest(deliver_subject.as_bytes());
        }
        if has_interest {
            inner.last_interest = now_i;
        }
        let stalled = push
            && inner.config.flow_control
            && inner.flow_control_pending.is_some()
            && inner.flow_control_bytes >= FLOW_CONTROL_MAX_PENDING;

        // Messages left to deliver, counted once per round and then kept up to date.
        let mut num_pending: Option<u64> = None;
        let mut sent = 0usize;
        let mut overflow_pending: Option<u64> = None;
        let mut sent_bytes = 0usize;
        // Set when the waiting requests are all held back (priority groups: an unmet
        // overflow threshold, another client's pin): none can get anything now.
        let mut none_eligible = false;
        while !paused && has_interest && !stalled && sent < ROUND_LIMIT && sent_bytes < round_bytes {
            // The pull request served next (priority groups may hold some back).
            let target = if push {
                0
            } else {
                match self.pick_request(&mut inner, &stream, &filter, &mut overflow_pending, &mut statuses) {
                    Some(i) => i,
                    None => {
                        none_eligible = true;
                        break;
                    }
                }
            };
            // A pull request whose reply subject nobody listens on any more is dropped
            // without a word, as nats-server does (checked once per request per round).
            if !push && inner.waiting[target].interest_round != round {
                if !self.account.has_interest(&inner.waiting[target].reply) {
                    inner.waiting.remove(target);
                    continue;
                }
                inner.waiting[target].interest_round = round;
            }
            // Choose the next message: redeliveries first, then the start set, then new ones.
            let (msg, source) = if let Some(seq) = inner.redeliver.pop_front() {
                if !inner.pending.contains_key(&seq) {
                    continue;
                }
                match stream.load(seq) {
                    Some(m) => (m, Source::Redelivery),
                    None => {
                        inner.pending.remove(&seq);
                        update_ack_floor(&mut inner);
                        continue;
                    }
                }
            } else {
                let ack_limited = inner.config.ack_policy != AckPolicy::None
                    && inner.config.max_ack_pending > 0
                    && inner.pending.len() as i64 >= inner.config.max_ack_pending;
                if ack_limited {
                    break;
                }
                if let Some(seq) = inner.initial.pop_front() {
                    match stream.load(seq) {
                        Some(m) => (m, Source::Initial),
                        None => continue,
                    }
                } else {
                    match stream.next_visible(inner.next_seq, &filter) {
                        Some(m) => (m, Source::New),
                        None => break,
                    }
                }
            };
            let redelivery = source == Source::Redelivery;
            // Replay at the original pace; rate limits.
            let mut wait_until = None;
            if inner.config.replay_policy == ReplayPolicy::Original && !redelivery {
                if let Some((prev_ts, sent_at)) = inner.replay_mark {
                    let at = sent_at + Duration::from_nanos((msg.ts - prev_ts).max(0) as u64);
                    if at > now_i {
                        wait_until = Some(at);
                    }
                }
            }
            if push && inner.config.rate_limit_bps > 0 && inner.rate_free_at > now_i {
                wait_until = Some(inner.rate_free_at);
            }
            if let Some(at) = wait_until {
                soon(at, &mut next_wake);
                put_back(&mut inner, source, msg.seq);
                break;
            }
            let size = (msg.subject.len() + msg.headers.len() + msg.payload.len()) as i64;
            // A pull request's byte budget.
            if !push {
                let req = &inner.waiting[target];
                if req.max_bytes > 0 && size > req.max_bytes {
                    put_back(&mut inner, source, msg.seq);
                    if let Some(req) = inner.waiting.remove(target) {
                        statuses.push((req.reply.clone(), "409 Message Size Exceeds MaxBytes".into(), pending_headers(&req)));
                    }
                    continue;
                }
            }
            // Consume it.
            if source == Source::New {
                inner.next_seq = msg.seq + 1;
            }
            let deliveries = if redelivery { inner.pending.get(&msg.seq).map_or(1, |p| p.deliveries + 1) } else { 1 };
            inner.delivered.consumer_seq += 1;
            let consumer_seq = inner.delivered.consumer_seq;
            if msg.seq > inner.delivered.stream_seq {
                inner.delivered.stream_seq = msg.seq;
            }
            inner.last_delivered_at = now;
            // A redelivery keeps its first consumer sequence in pending, as nats-server's
            // does: the ack floor is measured in first deliveries.
            let first_consumer_seq =
                if redelivery { inner.pending.get(&msg.seq).map_or(consumer_seq, |p| p.consumer_seq) } else { consumer_seq };
            if inner.config.ack_policy != AckPolicy::None {
                let wait = ack_wait_for(&inner.config, deliveries);
                inner
                    .pending
                    .insert(msg.seq, Pending { consumer_seq: first_consumer_seq, delivered_at: now, deliveries, deadline: now + wait });
                soon(now_i + Duration::from_nanos(wait.max(0) as u64), &mut next_wake);
            } else {
                inner.ack_floor = inner.delivered;
            }
            records.push(Record::Delivered { stream_seq: msg.seq, consumer_seq, first_consumer_seq, deliveries, at: now });
            // Messages left after this one, as the ack subject reports them.
            let left = match (num_pending, redelivery) {
                (Some(n), false) => n.saturating_sub(1),
                (Some(n), true) => n,
                (None, _) => stream.count_from(inner.next_seq, &filter) + inner.initial.len() as u64,
            };
            num_pending = Some(left);
            let ack_reply = self.ack_reply(deliveries, msg.seq, consumer_seq, msg.ts, left);
            let (mut hdrs, payload) = if inner.config.headers_only {
                (
                    bytes::Bytes::from(headers::extend(&msg.headers, &[("Nats-Msg-Size", &msg.payload.len().to_string())])),
                    bytes::Bytes::new(),
                )
            } else {
                (msg.headers.clone(), msg.payload.clone())
            };
            if let (false, Some((pin, _))) = (push, &inner.pin) {
                hdrs = bytes::Bytes::from(headers::extend(&hdrs, &[("Nats-Pin-Id", pin)]));
            }
            let to = if push {
                deliver_to.clone()
            } else {
                let req = &mut inner.waiting[target];
                req.batch -= 1;
                if req.max_bytes > 0 {
                    req.max_bytes -= size;
                }
                req.delivered += 1;
                let (done, reply) = (req.batch <= 0, req.reply.clone());
                if done {
                    inner.waiting.remove(target);
                }
                reply
            };
            if inner.config.replay_policy == ReplayPolicy::Original {
                inner.replay_mark = Some((msg.ts, now_i));
            }
            if push && inner.config.rate_limit_bps > 0 {
                let secs = size as f64 * 8.0 / inner.config.rate_limit_bps as f64;
                let base = inner.rate_free_at.max(now_i);
                inner.rate_free_at = base + Duration::from_secs_f64(secs);
            }
            inner.flow_control_bytes += size as u64;
            sent_bytes += size as usize;
            out.push(Outgoing { to, subject: msg.subject.clone(), reply: ack_reply, headers: hdrs, payload });
            sent += 1;
        }
        let more = sent >= ROUND_LIMIT || sent_bytes >= round_bytes;

        // no_wait requests end when nothing more is there for them.
        if !push {
            let nothing_left = inner.redeliver.is_empty() && inner.initial.is_empty() && stream.count_from(inner.next_seq, &filter) == 0;
            let blocked = inner.config.ack_policy != AckPolicy::None
                && inner.config.max_ack_pending > 0
                && inner.pending.len() as i64 >= inner.config.max_ack_pending;
            if nothing_left || blocked || paused || none_eligible {
                let mut i = 0;
                while i < inner.waiting.len() {
                    // A no_wait request with an expiry that got nothing yet waits on;
                    // the others end here (nats-server 2.11+).
                    let req = &inner.waiting[i];
                    if req.no_wait && (req.expires.is_none() || req.delivered > 0) {
                        if let Some(req) = inner.waiting.remove(i) {
                            statuses.push((req.reply, "404 No Messages".into(), Vec::new()));
                        }
                    } else {
                        i += 1;
                    }
                }
            }
        }

        // Flow control and heartbeats.
        let mut flow_control: Option<String> = None;
        if push && inner.config.flow_control && inner.flow_control_pending.is_none() && inner.flow_control_bytes >= FLOW_CONTROL_EVERY {
            let subject = format!("$JS.FC.{}.{}.{}", self.stream_name, self.name, random_token());
            inner.flow_control_pending = Some(subject.clone());
            flow_control = Some(subject);
        }
        let mut heartbeats: Vec<(bytes::Bytes, Vec<u8>)> = Vec::new();
        let last_pair = (inner.delivered.consumer_seq, inner.delivered.stream_seq);
        if push && inner.config.idle_heartbeat > 0 {
            let hb = Duration::from_nanos(inner.config.idle_heartbeat as u64);
            if sent > 0 {
                inner.last_heartbeat = now_i;
            } else if now_i >= inner.last_heartbeat + hb {
                inner.last_heartbeat = now_i;
                let mut extra = vec![
                    ("Nats-Last-Consumer".to_string(), last_pair.0.to_string()),
                    ("Nats-Last-Stream".to_string(), last_pair.1.to_string()),
                ];
                if let Some(fc) = &inner.flow_control_pending {
                    extra.push(("Nats-Consumer-Stalled".to_string(), fc.clone()));
                }
                let pairs: Vec<(&str, &str)> = extra.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
                heartbeats.push((deliver_to.clone(), headers::block("100 Idle Heartbeat", &pairs)));
            }
            soon(inner.last_heartbeat + hb, &mut next_wake);
        }
        for req in inner.waiting.iter_mut() {
            if let (Some(hb), Some(at)) = (req.heartbeat, req.next_heartbeat) {
                if sent > 0 {
                    req.next_heartbeat = Some(now_i + hb);
                } else if now_i >= at {
                    req.next_heartbeat = Some(now_i + hb);
                    let c = last_pair.0.to_string();
                    let s = last_pair.1.to_string();
                    heartbeats.push((
                        req.reply.clone(),
                        headers::block("100 Idle Heartbeat", &[("Nats-Last-Consumer", &c), ("Nats-Last-Stream", &s)]),
                    ));
                }
                if let Some(at) = req.next_heartbeat {
                    soon(at, &mut next_wake);
                }
            }
            if let Some(e) = req.expires {
                soon(e, &mut next_wake);
            }
        }
        if push && !has_interest && !paused {
            soon(now_i + INTEREST_POLL, &mut next_wake);
        }
        // Ephemerals go away after a while without interest.
        let inactive = inner.config.inactive_threshold;
        let expired = inactive > 0
            && !has_interest
            && inner.waiting.is_empty()
            && now_i.duration_since(inner.last_interest) >= Duration::from_nanos(inactive as u64);
        if inactive > 0 && !expired {
            soon(inner.last_interest + Duration::from_nanos(inactive as u64), &mut next_wake);
        }
        drop(inner);

        // Deliveries are recorded before the messages go out: an ack can only follow its
        // delivery, in the log as on the wire.
        self.persist(&records, true);
        let msgs = out.iter().map(|m| router::Outgoing {
            to: &m.to,
            subject: m.subject.as_bytes(),
            reply: Some(m.reply.as_bytes()),
            headers: &m.headers,
            payload: &m.payload,
            hops: 0,
            sender: None,
            from: None,
        });
        let backed_up = self.router.publish(&self.account, msgs, Wake::Inline).backed_up;
        if let Some(fc) = flow_control {
            let request = headers::block("100 FlowControl Request", &[]);
            let msg = router::Outgoing::new(deliver_subject.as_bytes(), b"").with_reply(fc.as_bytes()).with_headers(&request);
            self.router.publish(&self.account, [msg], Wake::Deferred);
        }
        for (to, block) in heartbeats {
            self.reply(&to, &block, b"");
        }
        for (to, status, extra) in statuses {
            let pairs: Vec<(&str, &str)> = extra.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
            self.send_status(&to, &status, &pairs);
        }
        for (seq, deliveries) in advisories {
            self.advisory_max_deliveries(seq, deliveries);
        }
        if expired && !self.durable {
            if let Some(stream) = self.stream.upgrade() {
                stream.remove_consumer(&self.name);
            }
            return RoundEnd { next: None, backed_up, more: false };
        }
        RoundEnd { next: next_wake, backed_up, more }
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Source {
    Redelivery,
    Initial,
    New,
}

/// Returns a message chosen but not sent to where it came from.
fn put_back(inner: &mut Inner, source: Source, seq: u64) {
    match source {
        Source::Redelivery => inner.redeliver.push_front(seq),
        Source::Initial => inner.initial.push_front(seq),
        Source::New => {}
    }
}

fn ack_wait_for(config: &ConsumerConfig, deliveries: u64) -> i64 {
    if !config.backoff.is_empty() {
        let i = (deliveries as usize).saturating_sub(1).min(config.backoff.len() - 1);
        return config.backoff[i];
    }
    config.ack_wait.max(1)
}

/// The longest a consumer waits for backed-up receivers between rounds.
const DRAIN_WAIT: Duration = Duration::from_millis(250);

/// The delivery task: a round whenever woken or a timer is due.
pub(super) async fn run(consumer: Weak<Consumer>) {
    loop {
        let Some(c) = consumer.upgrade() else { return };
        if c.stopped.load(Ordering::Relaxed) {
            return;
        }
        let RoundEnd { next, backed_up, more } = c.deliver_round();
        if c.stopped.load(Ordering::Relaxed) {
            return;
        }
        // Receivers that are behind get time to drain before the next round; one that
        // stays stuck is cut off by its own write deadline or max_pending, not by
        // this consumer outrunning it.
        if !backed_up.is_empty() {
            drop(c);
            let deadline = tokio::time::Instant::now() + DRAIN_WAIT;
            for client in backed_up {
                client.out.wait_drained(deadline).await;
            }
            continue;
        }
        if more {
            // The round stopped at its limit: let others run, then go on. (A timer would
            // round up to the next millisecond; a deadline already due but blocked, by
            // max_ack_pending for one, still waits for its timer rather than spinning.)
            drop(c);
            tokio::task::yield_now().await;
            continue;
        }
        let sleep = match next {
            Some(at) => tokio::time::sleep_until(at.into()),
            None => tokio::time::sleep(Duration::from_secs(3600)),
        };
        tokio::select! {
            _ = c.wake.notified() => {}
            _ = sleep => {}
        }
    }
}
