//! A durable consumer's state on disk: `state.log`, an append-only log of deliveries and
//! acks (checksummed records like the message segments), with a snapshot at its head
//! once compacted. Replaying it gives back the delivered position, the ack floor and the
//! pending set.

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
        let mut snap = Snapshot::default();
        let mut pending: HashMap<u64, (u64, u64, i64)> = HashMap::new();
        let mut exceeded: BTreeMap<u64, (u64, u64)> = BTreeMap::new();
        let mut pos = 0;
        while pos + 9 <= len {
            let rec_len = u32::from_le_bytes(data[pos..pos + 4].try_into().unwrap_or([0; 4])) as usize;
            if rec_len < 9 || pos + rec_len > len {
                break;
            }
            let crc = u32::from_le_bytes(data[pos + 4..pos + 8].try_into().unwrap_or([0; 4]));
            let kind = data[pos + 8];
            let body = &data[pos + 9..pos + rec_len];
            let mut h = crc32fast::Hasher::new();
            h.update(&[kind]);
            h.update(body);
            if h.finalize() != crc {
                break;
            }
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
                    pending.insert(s, (first, d, at));
                    if c > snap.delivered.consumer_seq {
                        snap.delivered.consumer_seq = c;
                    }
                    if s > snap.delivered.stream_seq {
                        snap.delivered.stream_seq = s;
                    }
                    if s >= snap.next_seq {
                        snap.next_seq = s + 1;
                    }
                }
                REC_ACK => {
                    pending.remove(&u(0));
                    if pending.is_empty() {
                        exceeded.clear();
                    }
                }
                REC_ACK_ALL => {
                    let s = u(0);
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
        if pos < len {
            crate::warn!("JetStream consumer state {}: cutting off {} damaged bytes at the end", path.display(), len - pos);
            file.truncate(pos as u64)?;
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
        Ok((StateLog { path: path.to_path_buf(), file: Arc::new(file), size: pos as u64, buf: Vec::new() }, snap))
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
