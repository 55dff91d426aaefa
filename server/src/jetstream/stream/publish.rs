//! Publishing into a stream: the capture handler, the checks a publish must pass
//! (size, dedup, the `Nats-Expected-*` headers, rollups, discard new, account limits),
//! the publish acknowledgement, republishing, and messages copied from other streams.

use super::*;
use crate::jetstream::config::NANOS_PER_SEC;

/// An expected sequence header as nats-server reads it: digits only, anything else
/// matches no sequence.
fn expected_seq(value: &str) -> u64 {
    match value.bytes().all(|b| b.is_ascii_digit()) {
        true => value.parse().unwrap_or(u64::MAX),
        false => u64::MAX,
    }
}

/// A publish outcome, before it is turned into a PubAck.
pub(super) enum Stored {
    New(u64),
    Duplicate(u64),
}

impl Stream {
    pub(super) fn on_publish(self: &Arc<Self>, msg: &InternalMsg<'_>) {
        if self.stopped.load(Ordering::Relaxed) {
            return;
        }
        let subject = String::from_utf8_lossy(msg.subject);
        let reply = msg.reply.filter(|r| !r.is_empty());
        let mut inner = self.lock();
        let before = inner.store.index().bytes() as i64;
        let mut outcome = match self.refusal(&inner) {
            Some(refused) => Err(refused),
            None => self.store_message(&mut inner, &subject, msg.headers, msg.payload),
        };
        // Lazy mode (nats-server's default) acknowledges once the operating system has the
        // message: inside a client's read batch, one write at the batch's end covers every
        // publish of it (`flush_batch`); otherwise it is written now. A failed write was
        // rolled back, which `reconcile` sees.
        let lazy = matches!(self.sync, SyncPolicy::Interval(_)) && !self.is_memory();
        let lazy_batch = lazy && crate::deferred::in_batch();
        if matches!(outcome, Ok(Stored::New(_))) && lazy && !lazy_batch {
            let _ = inner.store.flush();
        }
        let rollbacks = inner.rollbacks_seen;
        let owed = self.reconcile(&mut inner);
        if let Ok(Stored::New(seq) | Stored::Duplicate(seq)) = outcome {
            let rolled_back = inner.rollbacks_seen != rollbacks;
            if rolled_back && (inner.store.is_broken() || seq > inner.store.index().last_seq() || inner.store.index().get(seq).is_none()) {
                outcome =
                    Err(ApiError::new(JsErr::JSStreamStoreFailedF).with("err", inner.failure.as_ref().map_or("", |(_, e)| e.as_str())));
            }
        }
        let after = inner.store.index().bytes() as i64;
        let no_ack = inner.config.no_ack;
        let body = match &outcome {
            Ok(Stored::New(seq)) => self.pub_ack(*seq, false),
            Ok(Stored::Duplicate(seq)) => self.pub_ack(*seq, true),
            Err(e) => self.error_body(e),
        };
        let stored = matches!(outcome, Ok(Stored::New(_)));
        let waits = self.sync == SyncPolicy::Always || lazy_batch;
        if let (true, Ok(Stored::New(seq) | Stored::Duplicate(seq))) = (waits, &outcome) {
            if let (Some(reply), false) = (reply, no_ack) {
                inner.pending_acks.push((*seq, reply.to_vec(), body));
            }
            drop(inner);
            self.account_usage(before, after);
            self.send_replies(owed);
            // Committed at the end of the publisher's read batch, on its thread; a publish
            // from outside a client's batch goes to the background task.
            if !crate::deferred::defer(self.clone()) {
                self.wake.notify_one();
            }
            return;
        }
        if stored {
            self.durable_seq.store(inner.store.index().last_seq(), Ordering::Release);
        }
        drop(inner);
        self.account_usage(before, after);
        self.send_replies(owed);
        if stored {
            self.notify_consumers();
        }
        if let (Some(reply), false) = (reply, no_ack && outcome.is_ok()) {
            self.reply(reply, &body);
        }
    }

    fn pub_ack(&self, seq: u64, duplicate: bool) -> Vec<u8> {
        let (prefix, domain) = &self.ack_parts;
        let mut out = Vec::with_capacity(prefix.len() + domain.len() + 40);
        out.extend_from_slice(prefix.as_bytes());
        out.extend_from_slice(seq.to_string().as_bytes());
        out.extend_from_slice(domain.as_bytes());
        // nats-server builds the duplicate form by hand, space included.
        out.extend_from_slice(if duplicate { b",\"duplicate\": true}" } else { b"}" });
        out
    }

    /// Checks and stores one published message, in nats-server's order of checks
    /// (`processJetStreamMsg`): sealed, counter and schedule headers (features natsx does
    /// not have), expected stream, TTLs allowed, expected last sequence per subject, expected
    /// last sequence, dedup, expected last msg id, rollup, sizes, TTL value, then the
    /// discard-new limits as the store applies them.
    fn store_message(&self, inner: &mut Inner, subject: &str, hdrs: &[u8], payload: &[u8]) -> Result<Stored, ApiError> {
        // A header with an empty value counts as absent, as nats-server's `sliceHeader`.
        let header = |name: &str| headers::get(hdrs, name).filter(|v| !v.is_empty());
        if header("Nats-Batch-Id").is_some() {
            return Err(ApiError::new(JsErr::JSAtomicPublishDisabledErr));
        }
        let cfg = &inner.config;
        if cfg.sealed {
            return Err(ApiError::new(JsErr::JSStreamSealedErr));
        }
        if let Some(incr) = header("Nats-Incr") {
            let digits = incr.strip_prefix(['+', '-']).unwrap_or(incr);
            let valid = !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit());
            return Err(ApiError::new(if valid { JsErr::JSMessageIncrDisabledErr } else { JsErr::JSMessageIncrInvalidErr }));
        }
        if header("Nats-Schedule").is_some() {
            return Err(ApiError::new(JsErr::JSMessageSchedulesDisabledErr));
        }
        if let Some(expected) = header("Nats-Expected-Stream") {
            if expected != self.name {
                return Err(ApiError::new(JsErr::JSStreamNotMatchErr));
            }
        }
        let ttl = header("Nats-TTL").map(crate::jetstream::store::parse_ttl);
        if matches!(ttl, Some(Ok(t)) if t != Some(0)) && !cfg.allow_msg_ttl {
            return Err(ApiError::new(JsErr::JSMessageTTLDisabledErr));
        }
        let index = inner.store.index();
        match (header("Nats-Expected-Last-Subject-Sequence"), header("Nats-Expected-Last-Subject-Sequence-Subject")) {
            (Some(expected), check) => {
                let last = index.last_matching(&Filter::new(vec![check.unwrap_or(subject).to_string()])).unwrap_or(0);
                if expected_seq(expected) != last {
                    return Err(ApiError::new(JsErr::JSStreamWrongLastSequenceErrF).with("seq", last.to_string()));
                }
            }
            (None, Some(_)) => return Err(ApiError::new(JsErr::JSStreamExpectedLastSeqPerSubjectInvalid)),
            (None, None) => {}
        }
        if let Some(expected) = header("Nats-Expected-Last-Sequence") {
            if expected_seq(expected) != index.last_seq() {
                return Err(ApiError::new(JsErr::JSStreamWrongLastSequenceErrF).with("seq", index.last_seq().to_string()));
            }
        }
        let now = now_nanos();
        let msg_id = header("Nats-Msg-Id");
        if let Some(id) = msg_id {
            expire_dedup(inner, now);
            if let Some(&seq) = inner.dedup.get(id) {
                return Ok(Stored::Duplicate(seq));
            }
        }
        if let Some(expected) = header("Nats-Expected-Last-Msg-Id") {
            if expected != inner.last_msg_id {
                return Err(ApiError::new(JsErr::JSStreamWrongLastMsgIDErrF).with("id", &inner.last_msg_id));
            }
        }
        let cfg = &inner.config;
        let index = inner.store.index();
        let rollup = match header("Nats-Rollup") {
            None => None,
            Some(_) if !cfg.allow_rollup_hdrs || cfg.deny_purge => {
                return Err(ApiError::new(JsErr::JSStreamRollupFailedF).with("err", "rollup not permitted"));
            }
            Some(v) if v.eq_ignore_ascii_case("sub") => Some(false),
            Some(v) if v.eq_ignore_ascii_case("all") => Some(true),
            Some(v) => return Err(ApiError::new(JsErr::JSStreamRollupFailedF).with("err", format!("rollup value invalid: {v:?}"))),
        };
        if cfg.max_msg_size > 0 && (hdrs.len() + payload.len()) as i64 > i64::from(cfg.max_msg_size) {
            return Err(ApiError::new(JsErr::JSStreamMessageExceedsMaximumErr));
        }
        if hdrs.len() > u16::MAX as usize {
            return Err(ApiError::new(JsErr::JSStreamHeaderExceedsMaximumErr));
        }
        let ttl = match ttl {
            Some(Err(_)) => return Err(ApiError::new(JsErr::JSMessageTTLInvalidErr)),
            Some(Ok(ttl)) => ttl,
            None => None,
        };
        // With subject delete markers, a TTL is at least the marker TTL, so the removal
        // of a subject's last message always leaves a marker (nats-server rewrites the
        // header, in whole seconds).
        let marker_secs = cfg.subject_delete_marker_ttl / NANOS_PER_SEC;
        let raised: Option<Vec<u8>> = match ttl {
            Some(t) if t > 0 && marker_secs > 0 && cfg.max_msgs_per_subject != 1 && t / NANOS_PER_SEC < marker_secs => {
                Some(headers::extend(&headers::without(hdrs, &["Nats-TTL"]), &[("Nats-TTL", &marker_secs.to_string())]))
            }
            _ => None,
        };
        let hdrs: &[u8] = raised.as_deref().unwrap_or(hdrs);
        let stored_subject = match &inner.transform {
            Some(t) => t.apply(subject).unwrap_or_else(|| subject.to_string()),
            None => subject.to_string(),
        };
        let record_size = if self.is_memory() {
            crate::jetstream::store::memory_msg_size(stored_subject.len(), hdrs.len(), payload.len())
        } else {
            crate::jetstream::store::file_msg_size(stored_subject.len(), hdrs.len(), payload.len())
        } as i64;
        if cfg.discard == Discard::New {
            // nats-server's store: a rollup passes the per-subject limit (it purges the
            // subject after storing), and a message at its subject's limit replaces the
            // oldest one, so it does not count against max_msgs (nor max_bytes, when the
            // message it replaces is at least as large).
            let subject_seqs = index.subject_seqs(&stored_subject);
            let at_subject_limit = cfg.max_msgs_per_subject > 0 && subject_seqs.map_or(0, |s| s.len()) as i64 >= cfg.max_msgs_per_subject;
            if at_subject_limit && cfg.discard_new_per_subject && rollup.is_none() {
                return Err(ApiError::new(JsErr::JSStreamStoreFailedF).with("err", "maximum messages per subject exceeded"));
            }
            if cfg.max_msgs > 0 && index.msgs() as i64 >= cfg.max_msgs && !at_subject_limit {
                return Err(ApiError::new(JsErr::JSStreamStoreFailedF).with("err", "maximum messages exceeded"));
            }
            if cfg.max_bytes > 0 && index.bytes() as i64 + record_size > cfg.max_bytes {
                let replaced = subject_seqs.filter(|_| at_subject_limit).and_then(|s| s.iter().next()).and_then(|&s| index.get(s));
                if replaced.is_none_or(|e| (e.size as i64) < record_size) {
                    return Err(ApiError::new(JsErr::JSStreamStoreFailedF).with("err", "maximum bytes exceeded"));
                }
            }
        }
        self.check_account_limits(record_size)?;
        let seq = inner
            .store
            .append(&stored_subject, hdrs, payload, now)
            .map_err(|e| ApiError::new(JsErr::JSStreamStoreFailedF).with("err", e.to_string()))?;
        match rollup {
            Some(true) => {
                let _ = inner.store.compact(seq);
            }
            // A subject rollup purges the subject keeping the new message; on a wildcard
            // subject (a KV purge of `key.*`) that is every matching subject, as
            // nats-server's purge with a filter and keep 1 does.
            Some(false) if subject::has_wildcard(stored_subject.as_bytes()) => {
                let request = PurgeRequest { filter: stored_subject.clone(), up_to_seq: 0, keep: 1 };
                let _ = inner.store.purge(&request);
            }
            Some(false) => {
                let older: Vec<u64> =
                    inner.store.index().subject_seqs(&stored_subject).map(|s| s.range(..seq).copied().collect()).unwrap_or_default();
                for s in older {
                    let _ = remove_one(&mut *inner.store, s);
                }
            }
            None => {}
        }
        enforce_limits(inner, Some(&stored_subject));
        if let Some(id) = msg_id {
            inner.dedup.insert(id.to_string(), seq);
            inner.dedup_order.push_back((now, id.to_string()));
        }
        inner.last_msg_id = msg_id.unwrap_or_default().to_string();
        inner.last_msg_id_seq = seq;
        if inner.store.index().has_ttl(seq) || (inner.config.max_age > 0 && inner.store.index().msgs() == 1) {
            // Re-arm the expiry timer: for this message's TTL, or for max_age when it is
            // the only message (with older ones, the timer is set for the oldest).
            self.wake.notify_one();
        }
        if inner.config.retention == Retention::Interest && !self.has_interest(&stored_subject) {
            let _ = remove_one(&mut *inner.store, seq);
        }
        if let Some((t, headers_only)) = &inner.republish {
            if let Some(dest) = t.apply(&stored_subject) {
                self.republish(&dest, &stored_subject, seq, now, hdrs, payload, *headers_only, inner.store.index().last_seq());
            }
        }
        Ok(Stored::New(seq))
    }

    #[allow(clippy::too_many_arguments)]
    fn republish(&self, dest: &str, subject: &str, seq: u64, ts: i64, hdrs: &[u8], payload: &[u8], headers_only: bool, last: u64) {
        let (seq_text, last_text, ts_text) = (seq.to_string(), last.saturating_sub(1).to_string(), rfc3339_nanos(ts));
        let mut extra = vec![
            ("Nats-Stream", self.name.as_str()),
            ("Nats-Subject", subject),
            ("Nats-Sequence", &seq_text),
            ("Nats-Time-Stamp", &ts_text),
            ("Nats-Last-Sequence", &last_text),
        ];
        let size_text = payload.len().to_string();
        if headers_only {
            extra.push(("Nats-Msg-Size", &size_text));
        }
        let block = headers::extend(hdrs, &extra);
        self.router.publish(
            &self.account,
            [Outgoing::new(dest.as_bytes(), if headers_only { b"" } else { payload }).with_headers(&block)],
            Wake::Deferred,
        );
    }

    fn check_account_limits(&self, size: i64) -> Result<(), ApiError> {
        let Some(jsa) = self.jsa.upgrade() else { return Ok(()) };
        let Some(js) = self.js.upgrade() else { return Ok(()) };
        let (used, account_max, server_max, err) = if self.is_memory() {
            (jsa.memory_used.load(Ordering::Relaxed), jsa.limits().max_memory, js.limits.max_memory, JsErr::JSMemoryResourcesExceededErr)
        } else {
            (jsa.store_used.load(Ordering::Relaxed), jsa.limits().max_store, js.limits.max_store, JsErr::JSStorageResourcesExceededErr)
        };
        if account_max >= 0 && used + size > account_max {
            return Err(ApiError::new(err));
        }
        if server_max >= 0 {
            let (total_memory, total_store) = js.usage();
            let server_used = if self.is_memory() { total_memory } else { total_store };
            if server_used + size > server_max {
                return Err(ApiError::new(err));
            }
        }
        Ok(())
    }

    /// True when some consumer's filter selects `subject` (interest retention).
    fn has_interest(&self, subject: &str) -> bool {
        self.consumer_list().iter().any(|c| c.filter().matches(subject))
    }

    /// The origin sequence of the newest message copied from `origin` (its
    /// `Nats-Stream-Source` mark), searching back from the end.
    pub fn last_copied_from(&self, source: &StreamSource) -> Option<u64> {
        let iname = source.iname();
        let mut inner = self.lock();
        let mut seq = inner.store.index().last_seq();
        let first = inner.store.index().first_seq();
        while seq >= first && seq > 0 {
            if let Some(m) = load_checked(&mut inner, seq) {
                if let Some(mark) = headers::get(&m.headers, source::SOURCE_HEADER) {
                    let fields: Vec<&str> = mark.split(' ').collect();
                    // nats-server's `NAME SEQ FILTERS DESTS SUBJECT`; natsx before 0.2
                    // wrote `NAME SEQ`, which names the origin alone.
                    let same = match fields.as_slice() {
                        [name, _] => *name == source.name,
                        [name, _, filters, dests, ..] => format!("{name} {filters} {dests}") == iname,
                        _ => false,
                    };
                    if same {
                        return fields[1].parse().ok();
                    }
                }
            }
            seq -= 1;
        }
        None
    }

    /// Appends a message copied from another stream (a mirror gives the origin's sequence).
    /// False when it cannot be stored now (limits); the copier tries again later.
    pub fn store_sourced(&self, subject: &str, hdrs: &[u8], payload: &[u8], origin_ts: i64, mirror_seq: Option<u64>) -> bool {
        if self.is_stopped() {
            return false;
        }
        let mut inner = self.lock();
        let before = inner.store.index().bytes() as i64;
        if let Some(seq) = mirror_seq {
            let last = inner.store.index().last_seq();
            if seq <= last {
                return true;
            }
            if seq > last + 1 && inner.store.skip_msgs(seq).is_err() {
                return false;
            }
        }
        let cfg = &inner.config;
        let size = if self.is_memory() {
            crate::jetstream::store::memory_msg_size(subject.len(), hdrs.len(), payload.len())
        } else {
            crate::jetstream::store::file_msg_size(subject.len(), hdrs.len(), payload.len())
        } as i64;
        let index = inner.store.index();
        let full = cfg.discard == Discard::New
            && ((cfg.max_msgs > 0 && index.msgs() as i64 >= cfg.max_msgs)
                || (cfg.max_bytes > 0 && index.bytes() as i64 + size > cfg.max_bytes));
        if full || self.check_account_limits(size).is_err() {
            return false;
        }
        let ts = if mirror_seq.is_some() { origin_ts } else { now_nanos() };
        if self.refusal(&inner).is_some() {
            return false;
        }
        let seq = match inner.store.append(subject, hdrs, payload, ts) {
            Ok(seq) => seq,
            Err(e) => {
                error!("JetStream stream '{} > {}': storing a copied message failed: {e}", self.account.name, self.name);
                let owed = self.reconcile(&mut inner);
                drop(inner);
                self.send_replies(owed);
                return false;
            }
        };
        if let Some(id) = headers::get(hdrs, "Nats-Msg-Id").filter(|s| !s.is_empty()) {
            inner.dedup.insert(id.to_string(), seq);
            inner.dedup_order.push_back((ts, id.to_string()));
        }
        enforce_limits(&mut inner, Some(subject));
        if inner.config.retention == Retention::Interest && !self.has_interest(subject) {
            let _ = remove_one(&mut *inner.store, seq);
        }
        if self.sync != SyncPolicy::Always && !self.is_memory() {
            let _ = inner.store.flush();
        }
        let rollbacks = inner.rollbacks_seen;
        let owed = self.reconcile(&mut inner);
        let kept = inner.rollbacks_seen == rollbacks;
        let after = inner.store.index().bytes() as i64;
        if self.sync == SyncPolicy::Always || !kept {
            drop(inner);
            self.account_usage(before, after);
            self.send_replies(owed);
            self.wake.notify_one();
            return kept;
        }
        self.durable_seq.store(inner.store.index().last_seq(), Ordering::Release);
        drop(inner);
        self.account_usage(before, after);
        self.notify_consumers();
        true
    }
}
