//! A durable consumer's state on disk: `state.log`, an append-only log of deliveries and
//! acks (checksummed records like the message segments), with a snapshot at its head
//! once compacted. Replaying it gives back the delivered position, the ack floor and the
//! pending set.
//!
//! A damaged record costs a redelivery, never a skipped message: replay steps over it to
//! the next record whose checksum holds and goes on. What the damaged record said is
//! unknown, so the stream sequences it could have delivered — those between the last
//! delivery before it and the first after it, not delivered again later — are handed back
//! as gaps, which the consumer delivers again. A damaged ack or ack-all leaves its
//! messages pending, so they are redelivered too. Only damage at the very end (a torn
//! write) is cut off.

use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};
use std::sync::Arc;

use serde::{Deserialize, Serialize};

use super::SeqPair;
use crate::jetstream::store::io::{self, IoFile};

/// The consumer's state as a snapshot record in the state log.
#[derive(Serialize, Deserialize, Default)]
pub(super) struct Snapshot {
    pub next_seq: u64,
    pub delivered: SeqPair,
    pub ack_floor: SeqPair,
    /// (stream seq, consumer seq, deliveries, delivered at)
    pub pending: Vec<(u64, u64, u64, i64)>,
    /// Given up after max_deliver: (stream seq, consumer seq, deliveries).
    #[serde(default)]
    pub exceeded: Vec<(u64, u64, u64)>,
    /// After damage: stream sequence ranges (half-open) a damaged record may have
    /// delivered. Never stored; recomputed from the log on every open.
    #[serde(skip)]
    pub gaps: Vec<(u64, u64)>,
    /// Sequences delivered or acknowledged by records after the first damage: settled,
    /// whatever gap they fall in.
    #[serde(skip)]
    pub delivered_after_damage: Vec<u64>,
}

pub(super) enum Record {
    Delivered {
        stream_seq: u64,
        consumer_seq: u64,
        first_consumer_seq: u64,
        deliveries: u64,
        at: i64,
    },
    Ack(u64),
    AckAll(u64),
    /// A message given up after max_deliver: no longer pending, not acknowledged.
    Exceeded {
        stream_seq: u64,
        deliveries: u64,
    },
}

const REC_DELIVERED: u8 = b'D';
const REC_ACK: u8 = b'A';
const REC_ACK_ALL: u8 = b'F';
const REC_EXCEEDED: u8 = b'X';
const REC_SNAPSHOT: u8 = b'S';

/// `len u32 | crc32 u32 | kind u8 | body`, checksummed like the message segments.
/// Delivered: stream seq, consumer seq, deliveries, time, first consumer seq (u64 each).
pub(super) struct StateLog {
    path: PathBuf,
    pub(super) file: Arc<IoFile>,
    /// Bytes written to the file.
    pub(super) size: u64,
    /// Records not yet written (acks are batched: one write per delivery round).
    buf: Vec<u8>,
}

/// Replays a state log's bytes into a snapshot; returns it and where the records end
/// (a torn tail after that is to be cut off). `path` is for log lines only.
pub(super) fn replay(data: &[u8], path: &Path) -> (Snapshot, usize) {
    let len = data.len();
    let mut snap = Snapshot::default();
    let mut pending: HashMap<u64, (u64, u64, i64)> = HashMap::new();
    let mut exceeded: BTreeMap<u64, (u64, u64)> = BTreeMap::new();
    // The delivered stream sequence when damage was stepped over, until the next
    // new delivery closes the gap.
    let mut open_gap: Option<u64> = None;
    let mut gaps: Vec<(u64, u64)> = Vec::new();
    let mut delivered_after: std::collections::HashSet<u64> = std::collections::HashSet::new();
    let mut damaged = false;
    let mut pos = 0;
    let mut end = len;
    while pos < len {
        if record_at(data, pos).is_none() {
            match (pos + 1..len).find(|&p| record_at(data, p).is_some()) {
                Some(next) => {
                    crate::error!(
                        "JetStream consumer state {}: {} damaged bytes at offset {pos} stepped over; what they held is delivered again",
                        path.display(),
                        next - pos
                    );
                    damaged = true;
                    open_gap = Some(open_gap.unwrap_or(snap.delivered.stream_seq));
                    pos = next;
                }
                None => {
                    end = pos;
                    break;
                }
            }
        }
        let Some((kind, body)) = record_at(data, pos) else { break };
        let rec_len = 9 + body.len();
        let u = |i: usize| u64::from_le_bytes(body.get(i * 8..i * 8 + 8).and_then(|b| b.try_into().ok()).unwrap_or([0; 8]));
        match kind {
            REC_SNAPSHOT => {
                snap = serde_json::from_slice(body).unwrap_or_default();
                pending = snap.pending.iter().map(|&(s, c, d, at)| (s, (c, d, at))).collect();
                exceeded = snap.exceeded.iter().map(|&(s, c, d)| (s, (c, d))).collect();
            }
            REC_DELIVERED => {
                let (s, c, d, at) = (u(0), u(1), u(2), u(3) as i64);
                let first = if body.len() >= 40 { u(4) } else { c };
                if damaged {
                    delivered_after.insert(s);
                }
                if let Some(floor) = open_gap.filter(|_| s > snap.delivered.stream_seq) {
                    if floor.saturating_add(1) < s {
                        gaps.push((floor + 1, s));
                    }
                    open_gap = None;
                }
                pending.insert(s, (first, d, at));
                if c > snap.delivered.consumer_seq {
                    snap.delivered.consumer_seq = c;
                }
                if s > snap.delivered.stream_seq {
                    snap.delivered.stream_seq = s;
                }
                if s >= snap.next_seq {
                    snap.next_seq = s.saturating_add(1);
                }
            }
            REC_ACK => {
                if damaged {
                    delivered_after.insert(u(0));
                }
                pending.remove(&u(0));
                if pending.is_empty() {
                    exceeded.clear();
                }
            }
            REC_ACK_ALL => {
                let s = u(0);
                // Everything up to `s` is acknowledged: no gap below it.
                gaps.retain_mut(|g| {
                    g.0 = g.0.max(s.saturating_add(1));
                    g.0 < g.1
                });
                open_gap = open_gap.map(|floor| floor.max(s));
                pending.retain(|k, _| *k > s);
                exceeded.retain(|k, _| *k > s);
                if pending.is_empty() {
                    exceeded.clear();
                }
            }
            REC_EXCEEDED => {
                if let Some((c, _, _)) = pending.remove(&u(0)) {
                    exceeded.insert(u(0), (c, u(1)));
                }
            }
            _ => {}
        }
        pos += rec_len;
    }
    let mut list: Vec<(u64, u64, u64, i64)> = pending.into_iter().map(|(s, (c, d, at))| (s, c, d, at)).collect();
    list.sort_unstable();
    // The floor the running consumer keeps: below the oldest pending or given-up
    // message (given-up ones are forgotten when an ack empties the pending set).
    let oldest = list.first().map(|&(s, c, _, _)| (s, c));
    let oldest_exceeded = exceeded.iter().next().map(|(s, (c, _))| (*s, *c));
    snap.ack_floor = match [oldest, oldest_exceeded].into_iter().flatten().min() {
        Some((s, c)) => SeqPair { consumer_seq: c.saturating_sub(1), stream_seq: s.saturating_sub(1) },
        None => snap.delivered,
    };
    snap.pending = list;
    snap.exceeded = exceeded.into_iter().map(|(s, (c, d))| (s, c, d)).collect();
    // A gap left open at the end (damage after the last new delivery) needs nothing:
    // the delivered position is still the one before the damage.
    if let Some(&(first, _)) = gaps.first() {
        snap.ack_floor.stream_seq = snap.ack_floor.stream_seq.min(first - 1);
    }
    snap.gaps = gaps;
    let mut after: Vec<u64> = delivered_after.into_iter().collect();
    after.sort_unstable();
    snap.delivered_after_damage = after;
    (snap, end)
}

/// The record at `pos` if it is whole and its checksum holds: (kind, body).
fn record_at(data: &[u8], pos: usize) -> Option<(u8, &[u8])> {
    let header = data.get(pos..pos + 9)?;
    let rec_len = u32::from_le_bytes(header[..4].try_into().ok()?) as usize;
    let body = data.get(pos + 9..pos.checked_add(rec_len)?).filter(|_| rec_len >= 9)?;
    let crc = u32::from_le_bytes(header[4..8].try_into().ok()?);
    let mut h = crc32fast::Hasher::new();
    h.update(&[header[8]]);
    h.update(body);
    (h.finalize() == crc).then_some((header[8], body))
}

/// Gives every record found by its length field a valid checksum (fuzzing only).
pub(super) fn seal_records(data: &mut [u8]) {
    let mut pos = 0;
    while pos + 9 <= data.len() {
        let rec_len = u32::from_le_bytes(data[pos..pos + 4].try_into().unwrap_or([0; 4])) as usize;
        if rec_len < 9 || pos + rec_len > data.len() {
            return;
        }
        let mut h = crc32fast::Hasher::new();
        h.update(&data[pos + 8..pos + rec_len]);
        let crc = h.finalize();
        data[pos + 4..pos + 8].copy_from_slice(&crc.to_le_bytes());
        pos += rec_len;
    }
}

fn encode(kind: u8, body: &[u8], out: &mut Vec<u8>) {
    let len = (9 + body.len()) as u32;
    let mut h = crc32fast::Hasher::new();
    h.update(&[kind]);
    h.update(body);
    out.extend_from_slice(&len.to_le_bytes());
    out.extend_from_slice(&h.finalize().to_le_bytes());
    out.push(kind);
    out.extend_from_slice(body);
}

impl StateLog {
    pub(super) fn create(path: &Path, snapshot: &Snapshot) -> std::io::Result<StateLog> {
        let mut data = Vec::new();
        encode(REC_SNAPSHOT, &serde_json::to_vec(snapshot).unwrap_or_default(), &mut data);
        io::write_atomic(path, &data)?;
        Ok(StateLog { path: path.to_path_buf(), file: Arc::new(IoFile::open(path)?), size: data.len() as u64, buf: Vec::new() })
    }

    /// Replays the log into a snapshot; a damaged tail (torn write) is cut off.
    pub(super) fn open(path: &Path) -> std::io::Result<(StateLog, Snapshot)> {
        let file = IoFile::open(path)?;
        let len = file.len()? as usize;
        let mut data = vec![0u8; len];
        file.read_at(0, &mut data)?;
        let (snap, end) = replay(&data, path);
        if end < len {
            crate::warn!("JetStream consumer state {}: cutting off {} damaged bytes at the end", path.display(), len - end);
            file.truncate(end as u64)?;
        }
        Ok((StateLog { path: path.to_path_buf(), file: Arc::new(file), size: end as u64, buf: Vec::new() }, snap))
    }

    /// Adds records to the buffer; `flush` writes them.
    pub(super) fn append(&mut self, records: &[Record]) {
        let data = &mut self.buf;
        for r in records {
            match r {
                Record::Delivered { stream_seq, consumer_seq, first_consumer_seq, deliveries, at } => {
                    let mut body = [0u8; 40];
                    body[..8].copy_from_slice(&stream_seq.to_le_bytes());
                    body[8..16].copy_from_slice(&consumer_seq.to_le_bytes());
                    body[16..24].copy_from_slice(&deliveries.to_le_bytes());
                    body[24..32].copy_from_slice(&at.to_le_bytes());
                    body[32..].copy_from_slice(&first_consumer_seq.to_le_bytes());
                    encode(REC_DELIVERED, &body, data);
                }
                Record::Ack(s) => encode(REC_ACK, &s.to_le_bytes(), data),
                Record::AckAll(s) => encode(REC_ACK_ALL, &s.to_le_bytes(), data),
                Record::Exceeded { stream_seq, deliveries } => {
                    let mut body = [0u8; 16];
                    body[..8].copy_from_slice(&stream_seq.to_le_bytes());
                    body[8..].copy_from_slice(&deliveries.to_le_bytes());
                    encode(REC_EXCEEDED, &body, data);
                }
            }
        }
    }

    /// Writes the buffered records to the file (to the operating system, not yet synced).
    pub(super) fn flush(&mut self) -> std::io::Result<()> {
        if self.buf.is_empty() {
            return Ok(());
        }
        self.file.write_at(self.size, &self.buf)?;
        self.size += self.buf.len() as u64;
        self.buf.clear();
        Ok(())
    }

    /// Replaces the log with one snapshot record (atomically, durably).
    pub(super) fn rewrite(&mut self, snapshot: &Snapshot) -> std::io::Result<()> {
        self.flush()?;
        self.file.sync()?;
        let fresh = StateLog::create(&self.path, snapshot)?;
        *self = fresh;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn delivered(stream_seq: u64, consumer_seq: u64) -> Record {
        Record::Delivered { stream_seq, consumer_seq, first_consumer_seq: consumer_seq, deliveries: 1, at: 1 }
    }

    /// Writes a log of these records and returns the path and each record's offset.
    fn log_of(name: &str, records: Vec<Record>) -> (PathBuf, Vec<usize>) {
        let dir = std::env::temp_dir().join(format!("natsx-statelog-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join("state.log");
        let mut log = StateLog::create(&path, &Snapshot { next_seq: 1, ..Default::default() }).unwrap();
        let mut offsets = Vec::new();
        for r in records {
            offsets.push((log.size + log.buf.len() as u64) as usize);
            log.append(&[r]);
        }
        log.flush().unwrap();
        (path, offsets)
    }

    fn flip(path: &Path, at: usize) {
        let mut bytes = std::fs::read(path).unwrap();
        bytes[at] ^= 0x20;
        std::fs::write(path, bytes).unwrap();
    }

    #[test]
    fn a_damaged_delivery_becomes_a_gap_and_later_records_count() {
        let records =
            vec![delivered(1, 1), delivered(2, 2), Record::Ack(1), delivered(4, 3), delivered(6, 4), Record::Ack(6), delivered(7, 5)];
        let (path, offsets) = log_of("gap", records);
        flip(&path, offsets[3] + 12); // the delivery of stream sequence 4
        let (_, snap) = StateLog::open(&path).unwrap();
        assert_eq!(snap.gaps, vec![(3, 6)], "what the damaged record may have delivered");
        assert_eq!(snap.delivered_after_damage, vec![6, 7]);
        assert_eq!(snap.pending.iter().map(|p| p.0).collect::<Vec<_>>(), vec![2, 7], "records after the damage still apply");
        assert_eq!((snap.next_seq, snap.delivered.stream_seq), (8, 7));
        assert_eq!(snap.ack_floor.stream_seq, 1);
        // The damage stays, and so does the answer, on every open.
        let (_, again) = StateLog::open(&path).unwrap();
        assert_eq!(again.gaps, vec![(3, 6)]);
    }

    #[test]
    fn a_damaged_ack_leaves_its_message_pending() {
        let records = vec![delivered(1, 1), delivered(2, 2), Record::Ack(1), Record::Ack(2), delivered(3, 3)];
        let (path, offsets) = log_of("ack", records);
        flip(&path, offsets[2] + 10);
        let (_, snap) = StateLog::open(&path).unwrap();
        assert_eq!(snap.pending.iter().map(|p| p.0).collect::<Vec<_>>(), vec![1, 3]);
        assert!(snap.gaps.is_empty());
    }

    #[test]
    fn an_ack_all_after_the_damage_closes_the_gap_below_it() {
        let records = vec![delivered(1, 1), delivered(2, 2), delivered(3, 3), Record::AckAll(3), delivered(5, 4)];
        let (path, offsets) = log_of("ackall", records);
        flip(&path, offsets[1] + 12);
        let (_, snap) = StateLog::open(&path).unwrap();
        assert!(snap.gaps.is_empty(), "{:?}", snap.gaps);
        assert_eq!(snap.pending.iter().map(|p| p.0).collect::<Vec<_>>(), vec![5]);
    }

    #[test]
    fn a_torn_tail_is_cut_off() {
        let (path, _) = log_of("torn", vec![delivered(1, 1), delivered(2, 2)]);
        let bytes = std::fs::read(&path).unwrap();
        std::fs::write(&path, &bytes[..bytes.len() - 3]).unwrap();
        let (log, snap) = StateLog::open(&path).unwrap();
        assert_eq!(snap.pending.iter().map(|p| p.0).collect::<Vec<_>>(), vec![1]);
        assert_eq!((snap.next_seq, log.size as usize), (2, bytes.len() - 49));
        assert!(snap.gaps.is_empty());
    }
}
