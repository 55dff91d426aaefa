//! Mirrors and sources: streams that copy the messages of other streams in the same account.
//!
//! A mirror keeps its origin's sequence numbers (gaps included) and takes no publishes of
//! its own; a stream with sources appends what it copies under its own sequences, marking
//! each message with `Nats-Stream-Source: <origin> <sequence>` so that after a restart it
//! knows where it left off. Copying reads the origin's store directly (both live in this
//! server) and writes through the normal append path, so limits, durability and consumers
//! work the same as for published messages.

use std::collections::HashMap;
use std::sync::{Arc, Weak};
use std::time::{Duration, Instant};

use serde::Serialize;

use super::config::{DeliverPolicy, StreamSource, SubjectTransform};
use super::headers;
use super::store::index::Filter;
use super::stream::Stream;
use natsx_common::transform::Transform;

/// How many messages one pass copies from one origin before looking at the others.
const PASS: usize = 256;
/// How often an idle copier looks for new messages.
const IDLE_POLL: Duration = Duration::from_millis(25);

pub const SOURCE_HEADER: &str = "Nats-Stream-Source";

/// Where copying from one origin stands, for resuming and for stream info.
#[derive(Clone, Debug)]
pub struct Position {
    /// The next origin sequence to copy.
    pub next: u64,
    pub last_active: Option<Instant>,
}

/// `mirror` / `sources` entries of stream info.
#[derive(Serialize)]
pub struct SourceInfo {
    pub name: String,
    pub lag: u64,
    #[serde(skip_serializing_if = "is_zero")]
    pub seq: u64,
    /// Nanoseconds since the last copy, -1 when never.
    pub active: i64,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub filter_subject: String,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub subject_transforms: Vec<SubjectTransform>,
}

fn is_zero(n: &u64) -> bool {
    *n == 0
}

/// Starts the copier when the stream mirrors or sources anything.
pub fn start(stream: &Arc<Stream>) {
    let config = stream.config();
    if config.mirror.is_none() && config.sources.is_empty() {
        return;
    }
    // Two copiers would copy every message twice.
    if stream.copying.swap(true, std::sync::atomic::Ordering::AcqRel) {
        return;
    }
    tokio::spawn(run(Arc::downgrade(stream)));
}

fn filter_of(source: &StreamSource) -> Filter {
    let mut subjects: Vec<String> =
        source.subject_transforms.iter().map(|t| if t.src.is_empty() { ">".to_string() } else { t.src.clone() }).collect();
    if !source.filter_subject.is_empty() {
        subjects.push(source.filter_subject.clone());
    }
    Filter::new(subjects)
}

async fn run(weak: Weak<Stream>) {
    loop {
        let Some(stream) = weak.upgrade() else { return };
        if stream.is_stopped() {
            return;
        }
        let config = stream.config();
        let mut copied = 0;
        if let Some(mirror) = &config.mirror {
            copied += pump(&stream, mirror, true);
        }
        for source in &config.sources {
            copied += pump(&stream, source, false);
        }
        drop(stream);
        if copied == 0 {
            tokio::time::sleep(IDLE_POLL).await;
        } else {
            tokio::task::yield_now().await;
        }
    }
}

/// Copies up to one pass of messages from one origin; returns how many.
fn pump(stream: &Arc<Stream>, source: &StreamSource, mirror: bool) -> usize {
    if source.external.is_some() {
        return 0;
    }
    let Some(origin) = stream.jsa.upgrade().and_then(|jsa| jsa.stream(&source.name)) else { return 0 };
    let filter = filter_of(source);
    let mut transforms: Vec<Transform> =
        source.subject_transforms.iter().filter_map(|t| Transform::validated(&t.src, &t.dest).ok().flatten()).collect();
    if transforms.is_empty() {
        transforms.extend(kv_mapping(&source.name, &stream.name));
    }
    let iname = source.iname();
    let mut next = match stream.source_position(&iname) {
        Some(p) => p.next,
        None => {
            let start = start_position(stream, &origin, source, mirror);
            stream.set_source_position(&iname, start, false);
            start
        }
    };
    let mut copied = 0;
    while copied < PASS {
        let Some(msg) = origin.next_visible(next, &filter) else { break };
        let subject = transforms.iter().find_map(|t| t.apply(&msg.subject)).unwrap_or_else(|| msg.subject.to_string());
        let ok = if mirror {
            stream.store_sourced(&subject, &msg.headers, &msg.payload, msg.ts, Some(msg.seq))
        } else {
            let mark = source_mark(&iname, msg.seq, &msg.subject);
            let hdrs = headers::extend(&headers::without(&msg.headers, &[SOURCE_HEADER]), &[(SOURCE_HEADER, &mark)]);
            stream.store_sourced(&subject, &hdrs, &msg.payload, msg.ts, None)
        };
        if !ok {
            break;
        }
        next = msg.seq + 1;
        copied += 1;
    }
    if copied > 0 {
        stream.set_source_position(&iname, next, true);
    }
    copied
}

/// nats-server's `Nats-Stream-Source` value: `NAME SEQ FILTERS DESTS SUBJECT`, the
/// source's `iname` with the origin sequence after its name, then the original subject.
fn source_mark(iname: &str, seq: u64, subject: &str) -> String {
    let mut parts = iname.splitn(2, ' ');
    let name = parts.next().unwrap_or_default();
    let rest = parts.next().unwrap_or("> >");
    format!("{name} {seq} {rest} {subject}")
}

/// A bucket copying another bucket reads its keys under its own prefix: messages of
/// `KV_<a>` on `$KV.<a>.<key>` are stored by `KV_<b>` on `$KV.<b>.<key>`, which is where
/// the clients look (async-nats reads a mirrored bucket with `$KV.<b>.` keys).
fn kv_mapping(origin: &str, own: &str) -> Option<Transform> {
    let (from, to) = (origin.strip_prefix("KV_")?, own.strip_prefix("KV_")?);
    Transform::new(&format!("$KV.{from}.>"), &format!("$KV.{to}.>")).ok()
}

/// Where copying starts: after what this stream already holds from the origin, else at
/// the configured start sequence or time, else at the origin's beginning.
fn start_position(stream: &Stream, origin: &Stream, source: &StreamSource, mirror: bool) -> u64 {
    if mirror {
        let last = stream.last_seq();
        if last > 0 {
            return last + 1;
        }
    } else if let Some(seq) = stream.last_copied_from(source) {
        return seq + 1;
    }
    if source.opt_start_seq > 0 {
        return source.opt_start_seq;
    }
    if let Some(t) = source.opt_start_time.map(|t| t.unix_nanos) {
        return origin.start_seq(DeliverPolicy::ByStartTime, 0, Some(t), &Filter::all()).0;
    }
    origin.first_seq()
}

/// Info entries for stream info: `lag` is what the origin holds for this source that
/// is not copied yet, `seq` the last origin sequence copied (nats-server's fields).
pub fn infos(stream: &Stream, positions: &HashMap<String, Position>) -> (Option<SourceInfo>, Vec<SourceInfo>) {
    let config = stream.config();
    let jsa = stream.jsa.upgrade();
    let info = |s: &StreamSource| {
        let p = positions.get(&s.iname());
        let next = p.map_or(0, |p| p.next);
        let lag = jsa.as_ref().and_then(|j| j.stream(&s.name)).map_or(0, |o| o.count_from(next.max(1), &filter_of(s)));
        SourceInfo {
            name: s.name.clone(),
            lag,
            seq: next.saturating_sub(1),
            active: p.and_then(|p| p.last_active).map_or(-1, |t| t.elapsed().as_nanos() as i64),
            filter_subject: s.filter_subject.clone(),
            subject_transforms: s.subject_transforms.clone(),
        }
    };
    (config.mirror.as_ref().map(info), config.sources.iter().map(info).collect())
}
