//! What removes messages: discard-old limits, max_age and per-message TTLs (with subject
//! delete markers), and acknowledgements under interest and work-queue retention.

use super::*;

impl Stream {
    /// Removes messages past their own TTL (`Nats-TTL`) or older than `max_age` (a TTL
    /// longer than max_age does not keep a message longer; only `Nats-TTL: never` does),
    /// leaving a subject delete marker where a subject's last message goes, as
    /// nats-server does; returns when the next one expires.
    pub(super) fn expire_aged(&self) -> Option<Duration> {
        let mut inner = self.lock();
        let max_age = inner.config.max_age;
        let marker_ttl = inner.config.subject_delete_marker_ttl;
        let now = now_nanos();
        let before = inner.store.index().bytes() as i64;
        let mut victims = inner.store.index().ttl_due(now);
        if max_age > 0 {
            let index = inner.store.index();
            victims.extend(index.older_than(now - max_age).into_iter().filter(|s| !index.never_expires(*s)));
        }
        let mut markers: Vec<String> = Vec::new();
        for seq in victims {
            let marker_candidate = if marker_ttl > 0 { load_checked(&mut inner, seq) } else { None };
            if remove_one(&mut *inner.store, seq).unwrap_or(false) {
                // The last message of a subject leaves a marker (markers themselves do not).
                if let Some(m) = marker_candidate {
                    let is_marker = headers::get(&m.headers, "Nats-Marker-Reason").is_some();
                    if !is_marker && inner.store.index().subject_seqs(&m.subject).is_none() {
                        markers.push(m.subject.to_string());
                    }
                }
            }
        }
        let mut appended = false;
        for subject in markers {
            // nats-server's marker: the reason, its TTL in whole seconds as a Go
            // duration, and a subject rollup (the marker replaces what the subject held).
            let ttl = natsx_common::time::go_duration(Duration::from_secs((marker_ttl / 1_000_000_000) as u64));
            let block = headers::block("", &[("Nats-Marker-Reason", "MaxAge"), ("Nats-TTL", &ttl), ("Nats-Rollup", "sub")]);
            if inner.store.append(&subject, &block, b"", now).is_ok() {
                appended = true;
            }
        }
        let index = inner.store.index();
        let next_age = if max_age > 0 {
            let mut seq = index.first_seq();
            let mut next = None;
            while let Some(s) = index.next_matching(seq, &Filter::all()) {
                if !index.never_expires(s) {
                    next = index.get(s).map(|e| e.ts + max_age - now);
                    break;
                }
                seq = s + 1;
            }
            next
        } else {
            None
        };
        let next_ttl = index.next_ttl().map(|at| at - now);
        let next = match (next_age, next_ttl) {
            (Some(a), Some(b)) => Some(a.min(b)),
            (a, b) => a.or(b),
        };
        let after = index.bytes() as i64;
        if appended && self.sync != SyncPolicy::Always {
            let _ = inner.store.flush();
            self.durable_seq.store(inner.store.index().last_seq(), Ordering::Release);
        }
        drop(inner);
        self.account_usage(before, after);
        if appended {
            if self.sync == SyncPolicy::Always {
                self.wake.notify_one();
            } else {
                self.notify_consumers();
            }
        }
        next.map(|n| Duration::from_nanos(n.max(1_000_000) as u64))
    }

    /// Removes a message every interested consumer has acknowledged (interest and
    /// work-queue retention).
    pub fn acked_by_consumer(&self, seq: u64) {
        let (retention, subject) = {
            let inner = self.lock();
            let Some(entry) = inner.store.index().get(seq) else { return };
            (inner.config.retention, entry.subject.clone())
        };
        if retention == Retention::Limits {
            return;
        }
        if retention == Retention::Interest {
            let consumers = self.consumer_list();
            if consumers.iter().any(|c| c.filter().matches(&subject) && !c.has_acked(seq)) {
                return;
            }
        }
        let mut inner = self.lock();
        let before = inner.store.index().bytes() as i64;
        let _ = remove_one(&mut *inner.store, seq);
        let after = inner.store.index().bytes() as i64;
        drop(inner);
        self.account_usage(before, after);
        self.wake.notify_one();
    }

    /// After a consumer is deleted: with interest retention, messages nobody else wants go.
    pub fn consumer_removed(&self) {
        let retention = self.lock().config.retention;
        if retention != Retention::Interest {
            return;
        }
        // The messages and their subjects, read under the stream lock; the consumers are
        // asked without it (lock order: a consumer's lock is never taken under the stream's).
        let stored: Vec<(u64, std::sync::Arc<str>)> = {
            let inner = self.lock();
            let index = inner.store.index();
            let mut out = Vec::new();
            let mut seq = index.first_seq();
            while let Some(s) = index.next_matching(seq, &Filter::all()) {
                if let Some(e) = index.get(s) {
                    out.push((s, e.subject.clone()));
                }
                seq = s + 1;
            }
            out
        };
        let consumers = self.consumer_list();
        let victims: Vec<u64> = stored
            .into_iter()
            .filter(|(s, subject)| !consumers.iter().any(|c| c.filter().matches(subject) && !c.has_acked(*s)))
            .map(|(s, _)| s)
            .collect();
        let mut inner = self.lock();
        let before = inner.store.index().bytes() as i64;
        for s in victims {
            let _ = remove_one(&mut *inner.store, s);
        }
        let after = inner.store.index().bytes() as i64;
        drop(inner);
        self.account_usage(before, after);
    }
}

/// The limits `enforce_limits` applies, copied out of the config (cheaply: it runs on
/// every publish).
pub(super) struct Limits {
    max_msgs: i64,
    max_bytes: i64,
    max_msgs_per_subject: i64,
    discard: Discard,
}

impl Limits {
    fn of(c: &StreamConfig) -> Limits {
        Limits { max_msgs: c.max_msgs, max_bytes: c.max_bytes, max_msgs_per_subject: c.max_msgs_per_subject, discard: c.discard }
    }
}

/// Discard-old limits: drops the oldest messages (per subject first) until within limits.
pub(super) fn enforce_limits(inner: &mut Inner, subject: Option<&str>) {
    let cfg = Limits::of(&inner.config);
    let store = &mut *inner.store;
    if cfg.max_msgs_per_subject > 0 {
        let subjects: Vec<String> = match subject {
            Some(s) => vec![s.to_string()],
            None => {
                store.index().subject_counts("").into_iter().filter(|(_, n)| *n as i64 > cfg.max_msgs_per_subject).map(|(s, _)| s).collect()
            }
        };
        for s in subjects {
            let excess: Vec<u64> = match store.index().subject_seqs(&s) {
                Some(set) if set.len() as i64 > cfg.max_msgs_per_subject => {
                    set.iter().take(set.len() - cfg.max_msgs_per_subject as usize).copied().collect()
                }
                _ => Vec::new(),
            };
            for seq in excess {
                let _ = remove_one(store, seq);
            }
        }
    }
    if cfg.discard == Discard::Old || subject.is_none() {
        if cfg.max_msgs > 0 && store.index().msgs() as i64 > cfg.max_msgs {
            let excess = store.index().msgs() - cfg.max_msgs as u64;
            let mut seq = store.index().first_seq();
            let mut removed = 0;
            while removed < excess {
                let Some(s) = store.index().next_matching(seq, &Filter::all()) else { break };
                seq = s + 1;
                removed += 1;
            }
            let _ = store.compact(seq);
        }
        if cfg.max_bytes > 0 {
            while store.index().bytes() as i64 > cfg.max_bytes {
                let Some((seq, _)) = store.index().oldest() else { break };
                if store.compact(seq + 1).is_err() {
                    break;
                }
            }
        }
    }
}

pub(super) fn expire_dedup(inner: &mut Inner, now: i64) {
    let window = inner.config.duplicate_window;
    while let Some((ts, _)) = inner.dedup_order.front() {
        if now - ts <= window {
            break;
        }
        if let Some((_, id)) = inner.dedup_order.pop_front() {
            inner.dedup.remove(&id);
        }
    }
}
