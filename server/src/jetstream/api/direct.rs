//! DIRECT.GET: single messages by sequence or subject, and batches (ADR-31).

use super::streams::{find_message, MsgGetRequest};
use super::*;

/// The largest batch one DIRECT.GET answers.
pub(super) const DIRECT_BATCH_MAX: usize = 1024;

/// A message as DIRECT.GET returns it: its own headers plus where it sits in the stream;
/// with `no_hdr`, the payload alone.
pub(super) fn direct_message(
    stream: &Stream,
    m: &crate::jetstream::store::StoredMsg,
    no_hdr: bool,
    extra: &[(&str, &str)],
) -> (Vec<u8>, Bytes) {
    if no_hdr {
        // nats-server sends the bare payload: neither the message's headers nor its own.
        return (Vec::new(), m.payload.clone());
    }
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
pub(super) fn direct_get(req: &Request, name: &str, subject_tokens: &[&str]) -> Answer {
    let Some(stream) = req.jsa.stream(name).filter(|s| s.allows_direct()) else {
        return no_responders(&req.subject);
    };
    let status = |s: &str| Answer::Raw { headers: headers::block(s, &[]), payload: Bytes::new() };
    let r = if !subject_tokens.is_empty() {
        MsgGetRequest { last_by_subj: subject_tokens.join("."), ..Default::default() }
    } else {
        if req.payload.is_empty() {
            return status("408 Empty Request");
        }
        let Ok(r) = serde_json::from_slice::<MsgGetRequest>(&req.payload) else {
            return status("408 Malformed Request");
        };
        // nats-server's `processDirectGetRequest` checks.
        if r.seq == 0 && r.last_by_subj.is_empty() && r.next_by_subj.is_empty() && r.multi_last.is_empty() && r.start_time.is_none() {
            return status("408 Empty Request");
        }
        let multi = !r.multi_last.is_empty();
        let last = !r.last_by_subj.is_empty();
        if r.conflicts()
            || (last && (r.batch > 0 || multi))
            || (!r.next_by_subj.is_empty() && multi)
            || (r.up_to_seq > 0 && r.up_to_time.is_some())
        {
            return status("408 Bad Request");
        }
        r
    };
    if r.batch > 0 || !r.multi_last.is_empty() {
        return direct_batch(&stream, &r);
    }
    match find_message(&stream, &r) {
        Ok(m) => {
            let (headers, payload) = direct_message(&stream, &m, r.no_hdr, &[]);
            Answer::Raw { headers, payload }
        }
        Err(_) => status("404 Message Not Found"),
    }
}

pub(super) fn direct_batch(stream: &Stream, r: &MsgGetRequest) -> Answer {
    use crate::jetstream::store::index::Filter;
    if !r.multi_last.is_empty() {
        return direct_multi_last(stream, r);
    }
    let up_to_time = r.up_to_time.map_or(i64::MAX, |t| t.unix_nanos);
    let up_to_seq = if r.up_to_seq > 0 { r.up_to_seq } else { u64::MAX };
    let limit = if r.batch > 0 { r.batch.min(DIRECT_BATCH_MAX) } else { DIRECT_BATCH_MAX };
    let mut out: Vec<(Vec<u8>, Bytes)> = Vec::new();
    let mut bytes = 0usize;
    let mut last_seq = 0u64;
    let mut remaining = 0u64;
    let filter = if r.next_by_subj.is_empty() { Filter::all() } else { Filter::new(vec![r.next_by_subj.clone()]) };
    let mut from = r.start(stream).max(1);
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
        out.push(direct_message(stream, &m, r.no_hdr, &[("Nats-Num-Pending", &np), ("Nats-Last-Sequence", &ls)]));
        last_seq = m.seq;
        remaining = pending;
    }
    if out.is_empty() {
        return Answer::Raw { headers: headers::block("404 Message Not Found", &[]), payload: Bytes::new() };
    }
    let (np, ls) = (remaining.to_string(), last_seq.to_string());
    out.push((headers::block("204 EOB", &[("Nats-Num-Pending", &np), ("Nats-Last-Sequence", &ls)]), Bytes::new()));
    Answer::Many(out)
}

/// `multi_last`: the newest message of each matching subject at or below an upper bound,
/// as nats-server's `getDirectMulti` answers it — `up_to_time` turned into that bound
/// (`404 No Results` when it lies before the stream), more than 1024 subjects refused
/// (`413 Too Many Results`), none found `404 No Results`, and an EOB that also names the
/// bound (`Nats-UpTo-Sequence`). `batch` and `max_bytes` end the run early.
fn direct_multi_last(stream: &Stream, r: &MsgGetRequest) -> Answer {
    let status = |s: &str| Answer::Raw { headers: headers::block(s, &[]), payload: Bytes::new() };
    let up_to_seq = match r.up_to_time {
        Some(t) => {
            let from_time = MsgGetRequest { start_time: Some(t), ..Default::default() }.start(stream);
            if from_time <= stream.first_seq() {
                return status("404 No Results");
            }
            from_time - 1
        }
        None if r.up_to_seq > 0 => r.up_to_seq,
        None => stream.last_seq(),
    };
    let seqs: Vec<u64> = stream.last_per_subject_up_to(&r.multi_last, up_to_seq, i64::MAX).into_iter().filter(|s| *s >= r.seq).collect();
    if seqs.len() > DIRECT_BATCH_MAX {
        return status("413 Too Many Results");
    }
    if seqs.is_empty() {
        return status("404 No Results");
    }
    let mut out: Vec<(Vec<u8>, Bytes)> = Vec::new();
    let (mut last_seq, mut sent_bytes) = (0u64, 0usize);
    let mut remaining = seqs.len() as u64;
    for seq in seqs {
        let Some(m) = stream.load(seq) else { continue };
        remaining -= 1;
        let (np, ls) = (remaining.to_string(), last_seq.to_string());
        out.push(direct_message(stream, &m, r.no_hdr, &[("Nats-Num-Pending", &np), ("Nats-Last-Sequence", &ls)]));
        last_seq = seq;
        sent_bytes += m.subject.len() + m.headers.len() + m.payload.len();
        if (r.max_bytes > 0 && sent_bytes >= r.max_bytes) || (r.batch > 0 && out.len() >= r.batch) {
            break;
        }
    }
    let (np, ls, upto) = (remaining.to_string(), last_seq.to_string(), up_to_seq.to_string());
    let eob = headers::block("204 EOB", &[("Nats-Num-Pending", &np), ("Nats-Last-Sequence", &ls), ("Nats-UpTo-Sequence", &upto)]);
    out.push((eob, Bytes::new()));
    Answer::Many(out)
}
