//! Acknowledgements on `$JS.ACK.<stream>.<consumer>.>`: +ACK, -NAK (with a delay), +WPI,
//! +NXT, +TERM and AckSync replies, applied on the acking client's read loop; and the
//! flow-control replies on `$JS.FC.<stream>.<consumer>.>`.

use std::sync::atomic::Ordering;
use std::sync::Arc;

use serde_json::Value;

use super::state_log::Record;
use super::{Consumer, Inner, SeqPair};
use crate::jetstream::config::AckPolicy;
use crate::jetstream::now_nanos;
use crate::subscription::InternalMsg;

impl Consumer {
    pub(super) fn on_ack(self: &Arc<Self>, msg: &InternalMsg<'_>) {
        // `$JS.ACK.<stream>.<consumer>.<delivered>.<stream seq>.<consumer seq>.<ts>.<pending>`:
        // nine tokens at least; the stream sequence is the sixth.
        let mut tokens = msg.subject.split(|&b| b == b'.');
        let Some(stream_seq) = tokens.nth(5).and_then(|t| std::str::from_utf8(t).ok()?.parse::<u64>().ok()) else { return };
        if tokens.nth(2).is_none() {
            return;
        }
        let payload = std::str::from_utf8(msg.payload).unwrap_or("").trim();
        let reply = msg.reply.filter(|r| !r.is_empty()).map(|r| r.to_vec());
        let (verb, rest) = match payload.find([' ', '\t', '{']) {
            Some(i) => (&payload[..i], payload[i..].trim()),
            None => (payload, ""),
        };
        let mut acked = Vec::new();
        let mut records = Vec::new();
        let mut next_request = None;
        // Whether the delivery task has something to do because of this ack.
        let mut wake = false;
        {
            let mut inner = self.lock();
            let now = now_nanos();
            let limit = inner.config.max_ack_pending;
            wake |= limit > 0 && inner.pending.len() as i64 >= limit;
            match verb {
                "" | "+ACK" | "+OK" | "+NXT" => {
                    acked = ack(&mut inner, stream_seq, now);
                    if !acked.is_empty() {
                        records.push(if inner.config.ack_policy == AckPolicy::All {
                            Record::AckAll(stream_seq)
                        } else {
                            Record::Ack(stream_seq)
                        });
                    }
                    if verb == "+NXT" {
                        next_request = reply.clone().map(|r| (r, rest.to_string()));
                    }
                }
                "-NAK" => {
                    wake = true;
                    let delay = nak_delay(rest);
                    if let Some(p) = inner.pending.get_mut(&stream_seq) {
                        match delay {
                            Some(d) if d > 0 => p.deadline = now + d,
                            _ => {
                                p.deadline = now;
                                if !inner.redeliver.contains(&stream_seq) {
                                    inner.redeliver.push_back(stream_seq);
                                }
                            }
                        }
                    }
                }
                "+WPI" => {
                    let wait = inner.config.ack_wait.max(1);
                    if let Some(p) = inner.pending.get_mut(&stream_seq) {
                        p.deadline = now + wait;
                    }
                    inner.last_delivered_at = now;
                }
                "+TERM" => {
                    if let Some(p) = inner.pending.remove(&stream_seq) {
                        inner.redeliver.retain(|s| *s != stream_seq);
                        update_ack_floor(&mut inner);
                        inner.last_ack_at = now;
                        records.push(Record::Ack(stream_seq));
                        acked.push(stream_seq);
                        let reason = rest.to_string();
                        let (cseq, deliveries) = (p.consumer_seq, p.deliveries);
                        drop(inner);
                        self.advisory_terminated(stream_seq, cseq, deliveries, &reason);
                    }
                }
                _ => return,
            }
        }
        let durable_write = !records.is_empty() && self.persist(&records, reply.is_some());
        if let Some(stream) = self.stream.upgrade().filter(|s| !s.keeps_acked()) {
            for seq in &acked {
                stream.acked_by_consumer(*seq);
            }
        }
        if let Some((reply, body)) = next_request {
            self.pull_request(&reply, body.as_bytes());
        } else if let Some(reply) = reply {
            // AckSync: confirm only once the ack is on disk.
            match (durable_write, &self.log) {
                (true, Some(_)) => {
                    let me = self.clone();
                    tokio::spawn(async move {
                        let c = me.clone();
                        let _ = tokio::task::spawn_blocking(move || c.sync_log()).await;
                        me.reply(&reply, b"", b"");
                    });
                }
                _ => self.reply(&reply, b"", b""),
            }
        }
        if durable_write && !self.flush_scheduled.swap(true, Ordering::Relaxed) {
            wake = true;
        }
        if wake {
            self.wake();
        }
    }

    pub(super) fn on_flow_control(&self, msg: &InternalMsg<'_>) {
        let subject = String::from_utf8_lossy(msg.subject);
        let mut inner = self.lock();
        if inner.flow_control_pending.as_deref() == Some(&*subject) {
            inner.flow_control_pending = None;
            inner.flow_control_bytes = 0;
        }
        drop(inner);
        self.wake();
    }
}

/// Acknowledges `seq` (and everything before it under `ack_policy: all`); returns the
/// stream sequences that were pending and are now acked.
pub(super) fn ack(inner: &mut Inner, seq: u64, now: i64) -> Vec<u64> {
    let mut acked = Vec::new();
    match inner.config.ack_policy {
        AckPolicy::None => return acked,
        AckPolicy::All => {
            let below: Vec<u64> = inner.pending.range(..=seq).map(|(s, _)| *s).collect();
            for s in below {
                inner.pending.remove(&s);
                acked.push(s);
            }
        }
        AckPolicy::Explicit => {
            if inner.pending.remove(&seq).is_some() {
                acked.push(seq);
            }
        }
    }
    inner.redeliver.retain(|s| !acked.contains(s));
    inner.last_ack_at = now;
    update_ack_floor(inner);
    acked
}

/// The ack floor: everything below the oldest unacknowledged delivery, a message given
/// up after max_deliver included. Once nothing is pending the floor is the last
/// delivery, as nats-server's `moveAckFloor` sets it, and given-up messages below it are
/// forgotten.
pub(super) fn update_ack_floor(inner: &mut Inner) {
    let first_pending = inner.pending.iter().next().map(|(s, p)| (*s, p.consumer_seq));
    let Some(first_pending) = first_pending else {
        inner.exceeded.clear();
        inner.ack_floor = inner.delivered;
        return;
    };
    let first_exceeded = inner.exceeded.iter().next().map(|(s, (c, _))| (*s, *c));
    let (seq, consumer_seq) = match first_exceeded {
        Some(e) if e.0 < first_pending.0 => e,
        _ => first_pending,
    };
    inner.ack_floor = SeqPair { consumer_seq: consumer_seq.saturating_sub(1), stream_seq: seq.saturating_sub(1) };
}

/// `-NAK` delay: `{"delay": ns}` or a Go duration (`-NAK 5s`).
pub(super) fn nak_delay(rest: &str) -> Option<i64> {
    if rest.is_empty() {
        return None;
    }
    if rest.starts_with('{') {
        let v: Value = serde_json::from_str(rest).ok()?;
        return v.get("delay")?.as_i64();
    }
    natsx_common::time::parse_go_duration(rest).map(|d| d.as_nanos() as i64)
}
