//! The file store: a stream's messages in append-only segment files.
//!
//! A segment is named after the first sequence it may hold (`00000000000000000001.seg`) and
//! is a run of records, each checksummed:
//!
//! ```text
//! kind u8 | len u32 (whole record) | crc32 u32 (of kind, len and body) | body
//! kind 1  message: seq u64 | ts i64 | subject_len u16 | header_len u32 | subject | headers | payload
//! kind 2  removal of one message: seq u64
//! kind 3  compaction, everything below `first` removed: first u64 | last u64
//! kind 4  an erased message, rewritten in place: seq u64 | zeros
//! kind 5  sequences skipped (a mirror following its origin's gaps): next u64
//! ```
//!
//! Nothing is changed in place except an erase. Removals are records of their own, so a
//! crash can never half-apply one. On open every segment is read and every checksum
//! checked; the index is rebuilt from the records. A torn record at the very end of the
//! newest segment (a write cut short by a crash) is cut off; any other damage is skipped
//! over, the affected messages are reported as lost (log and stream info), and everything
//! else stays readable. A checksum is checked again on every read, so damage that happens
//! while the server runs is caught too and never served as good data.
//!
//! Appends go to a user-space buffer that reaches the file on `flush` (one write for a
//! batch of publishes); durability comes from the caller syncing `sync_handles()` outside
//! the stream lock, so concurrent publishers share one fsync.

use std::collections::{BTreeMap, HashSet, VecDeque};
use std::path::{Path, PathBuf};
use std::sync::Arc;

use bytes::Bytes;

use super::index::Entry;
use super::io::{self, IoFile};
use super::{file_msg_size, Index, Lost, Store, StoreError, StoredMsg};
use crate::{error, warn};

const KIND_MSG: u8 = 1;
const KIND_REMOVE: u8 = 2;
const KIND_COMPACT: u8 = 3;
const KIND_ERASED: u8 = 4;
const KIND_SKIP: u8 = 5;
const RECORD_HEADER: usize = 9;
const MSG_FIXED: usize = 8 + 8 + 2 + 4;
/// A segment is closed for appends once it passes this size.
const SEGMENT_SIZE: u64 = 8 * 1024 * 1024;
/// Buffered appends are written out once they pass this size, even between syncs.
const BUFFER_LIMIT: usize = 1024 * 1024;
/// The newest records are also kept in memory, up to this many bytes: consumers mostly
/// read what was just written, and need no system call or copy for it.
const RECENT_LIMIT: usize = 8 * 1024 * 1024;

struct Segment {
    file: Arc<IoFile>,
    /// Bytes already handed to the file.
    written: u64,
    /// Messages in this segment not yet removed.
    live: u64,
}

pub struct FileStore {
    dir: PathBuf,
    index: Index,
    segments: BTreeMap<u64, Segment>,
    /// The segment appends go to (the last one).
    active: u64,
    /// Appended records not yet written to the active segment's file.
    buf: Vec<u8>,
    unsynced: Vec<Arc<IoFile>>,
    lost: Lost,
    /// The newest records, oldest first, with their total size.
    recent: VecDeque<(u64, Bytes)>,
    recent_bytes: usize,
}

fn segment_name(id: u64) -> String {
    format!("{id:020}.seg")
}

fn record(kind: u8, body: &[&[u8]]) -> Vec<u8> {
    let body_len: usize = body.iter().map(|b| b.len()).sum();
    let len = (RECORD_HEADER + body_len) as u32;
    let mut out = Vec::with_capacity(len as usize);
    out.push(kind);
    out.extend_from_slice(&len.to_le_bytes());
    out.extend_from_slice(&[0; 4]);
    for b in body {
        out.extend_from_slice(b);
    }
    let crc = checksum(&out);
    out[5..9].copy_from_slice(&crc.to_le_bytes());
    out
}

/// CRC-32 of a record with its checksum field taken as zero.
fn checksum(record: &[u8]) -> u32 {
    let mut h = crc32fast::Hasher::new();
    h.update(&record[..5]);
    h.update(&[0; 4]);
    h.update(&record[RECORD_HEADER..]);
    h.finalize()
}

fn valid(record: &[u8]) -> bool {
    record.len() >= RECORD_HEADER && u32::from_le_bytes([record[5], record[6], record[7], record[8]]) == checksum(record)
}

fn u64_at(b: &[u8], at: usize) -> u64 {
    u64::from_le_bytes(b[at..at + 8].try_into().unwrap_or([0; 8]))
}

/// A parsed message record: (seq, ts, subject, header range, payload range) within it.
struct MsgRecord<'a> {
    seq: u64,
    ts: i64,
    subject: &'a str,
    headers: std::ops::Range<usize>,
    payload: std::ops::Range<usize>,
}

fn parse_msg(rec: &[u8]) -> Option<MsgRecord<'_>> {
    let body = RECORD_HEADER;
    if rec.len() < body + MSG_FIXED {
        return None;
    }
    let seq = u64_at(rec, body);
    let ts = u64_at(rec, body + 8) as i64;
    let subject_len = u16::from_le_bytes([rec[body + 16], rec[body + 17]]) as usize;
    let header_len = u32::from_le_bytes(rec[body + 18..body + 22].try_into().ok()?) as usize;
    let subject_start = body + MSG_FIXED;
    let headers_start = subject_start + subject_len;
    let payload_start = headers_start + header_len;
    if payload_start > rec.len() {
        return None;
    }
    let subject = std::str::from_utf8(&rec[subject_start..headers_start]).ok()?;
    Some(MsgRecord { seq, ts, subject, headers: headers_start..payload_start, payload: payload_start..rec.len() })
}

impl FileStore {
    /// Opens the store in `dir` (created if missing), checking every record.
    pub fn open(dir: &Path) -> Result<FileStore, StoreError> {
        io::create_dir_durable(dir)?;
        let mut ids: Vec<u64> =
            std::fs::read_dir(dir)?.flatten().filter_map(|e| e.file_name().to_str()?.strip_suffix(".seg")?.parse().ok()).collect();
        ids.sort_unstable();
        let mut store = FileStore {
            dir: dir.to_path_buf(),
            index: Index::new(),
            segments: BTreeMap::new(),
            active: 0,
            buf: Vec::new(),
            unsynced: Vec::new(),
            lost: Lost::default(),
            recent: VecDeque::new(),
            recent_bytes: 0,
        };
        let mut removed: HashSet<u64> = HashSet::new();
        let mut compacted_to = 0u64;
        let mut highest = 0u64;
        let count = ids.len();
        for (i, id) in ids.into_iter().enumerate() {
            highest = highest.max(id.saturating_sub(1));
            let newest = i + 1 == count;
            store.recover_segment(id, newest, &mut removed, &mut compacted_to, &mut highest)?;
        }
        if compacted_to > 0 {
            for seq in store.index.compact(compacted_to) {
                if let Some(seg) = store.segment_of(seq) {
                    seg.live -= 1;
                }
            }
        }
        store.index.set_last(highest, 0);
        // Sequences that should be there but are not, and that no removal explains,
        // were in damaged records.
        if store.index.msgs() > 0 || !store.lost.msgs.is_empty() || store.lost.bytes > 0 {
            let first = store.index.first_seq().min(compacted_to.max(1));
            let mut missing: Vec<u64> = Vec::new();
            for seq in first.max(compacted_to)..=store.index.last_seq() {
                if store.index.get(seq).is_none() && !removed.contains(&seq) {
                    missing.push(seq);
                }
            }
            if store.lost.bytes > 0 {
                store.lost.msgs = missing;
            }
        }
        if !store.lost.msgs.is_empty() || store.lost.bytes > 0 {
            error!("JetStream store {}: {} damaged bytes found, messages lost: {:?}", dir.display(), store.lost.bytes, store.lost.msgs);
        }
        if store.segments.is_empty() {
            store.new_segment(store.index.last_seq() + 1)?;
        }
        store.active = *store.segments.keys().next_back().unwrap_or(&1);
        Ok(store)
    }

    fn recover_segment(
        &mut self,
        id: u64,
        newest: bool,
        removed: &mut HashSet<u64>,
        compacted_to: &mut u64,
        highest: &mut u64,
    ) -> Result<(), StoreError> {
        let path = self.dir.join(segment_name(id));
        let file = Arc::new(IoFile::open(&path)?);
        let len = file.len()? as usize;
        let mut data = vec![0u8; len];
        file.read_at(0, &mut data)?;
        let mut live = 0u64;
        let mut pos = 0usize;
        let mut truncate_at = None;
        while pos < len {
            let rest = &data[pos..];
            let rec_len = if rest.len() >= RECORD_HEADER { u32::from_le_bytes([rest[1], rest[2], rest[3], rest[4]]) as usize } else { 0 };
            let whole = rec_len >= RECORD_HEADER && rec_len <= rest.len();
            if whole && valid(&rest[..rec_len]) {
                let rec = &rest[..rec_len];
                match rec[0] {
                    KIND_MSG => {
                        if let Some(m) = parse_msg(rec) {
                            if m.seq >= *compacted_to && !removed.contains(&m.seq) {
                                let size = file_msg_size(m.subject.len(), m.headers.len(), m.payload.len()) as u32;
                                let subject = self.index.intern(m.subject);
                                self.index.insert(m.seq, Entry { subject, ts: m.ts, size, loc: pos as u64, len: rec_len as u32 });
                                if let Some(at) = super::ttl_expiry(&rec[m.headers.clone()], m.ts) {
                                    self.index.set_ttl(m.seq, at);
                                }
                                live += 1;
                            }
                            *highest = (*highest).max(m.seq);
                        }
                    }
                    KIND_REMOVE | KIND_ERASED if rec.len() >= RECORD_HEADER + 8 => {
                        let seq = u64_at(rec, RECORD_HEADER);
                        removed.insert(seq);
                        if self.index.remove(seq).is_some() {
                            if let Some(seg) = self.segment_of(seq) {
                                seg.live -= 1;
                            } else {
                                live -= 1;
                            }
                        }
                    }
                    KIND_SKIP if rec.len() >= RECORD_HEADER + 8 => {
                        let next = u64_at(rec, RECORD_HEADER);
                        *highest = (*highest).max(next.saturating_sub(1));
                        self.index.set_last(next.saturating_sub(1), 0);
                    }
                    KIND_COMPACT if rec.len() >= RECORD_HEADER + 16 => {
                        let first = u64_at(rec, RECORD_HEADER);
                        *compacted_to = (*compacted_to).max(first);
                        *highest = (*highest).max(u64_at(rec, RECORD_HEADER + 8));
                        for seq in self.index.compact(first) {
                            match self.segment_of(seq) {
                                Some(seg) => seg.live -= 1,
                                None => live -= 1,
                            }
                        }
                    }
                    _ => {}
                }
                pos += rec_len;
                continue;
            }
            // Damage. At the end of the newest segment it is a write cut short: cut it off.
            let at_tail = !whole || pos + rec_len == len;
            if newest && at_tail && self.next_valid(&data, pos + 1).is_none() {
                warn!(
                    "JetStream store {}: cutting off a torn write of {} bytes at the end of {}",
                    self.dir.display(),
                    len - pos,
                    path.display()
                );
                self.lost.bytes += (len - pos) as u64;
                truncate_at = Some(pos);
                break;
            }
            let next = self.next_valid(&data, pos + 1).unwrap_or(len);
            error!(
                "JetStream store {}: damaged record in {} at offset {pos}: {} bytes skipped",
                self.dir.display(),
                path.display(),
                next - pos
            );
            self.lost.bytes += (next - pos) as u64;
            pos = next;
        }
        if let Some(at) = truncate_at {
            file.truncate(at as u64)?;
        }
        let written = truncate_at.unwrap_or(len) as u64;
        self.segments.insert(id, Segment { file, written, live });
        Ok(())
    }

    /// The offset of the next record at or after `from` whose checksum holds.
    fn next_valid(&self, data: &[u8], from: usize) -> Option<usize> {
        (from..data.len().saturating_sub(RECORD_HEADER - 1)).find(|&p| {
            let rest = &data[p..];
            let n = u32::from_le_bytes([rest[1], rest[2], rest[3], rest[4]]) as usize;
            matches!(rest[0], KIND_MSG..=KIND_SKIP) && n >= RECORD_HEADER && n <= rest.len() && valid(&rest[..n])
        })
    }

    fn segment_of(&mut self, seq: u64) -> Option<&mut Segment> {
        self.segments.range_mut(..=seq).next_back().map(|(_, s)| s)
    }

    fn new_segment(&mut self, id: u64) -> Result<(), StoreError> {
        let file = Arc::new(IoFile::open(&self.dir.join(segment_name(id)))?);
        io::sync_dir(&self.dir)?;
        self.segments.insert(id, Segment { file, written: 0, live: 0 });
        self.active = id;
        Ok(())
    }

    fn push(&mut self, rec: &[u8]) -> Result<u64, StoreError> {
        let active = self.segments.get(&self.active).ok_or_else(|| std::io::Error::other("no active segment"))?;
        let offset = active.written + self.buf.len() as u64;
        self.buf.extend_from_slice(rec);
        if self.buf.len() >= BUFFER_LIMIT {
            self.flush()?;
        }
        Ok(offset)
    }

    /// Drops segments at the front whose messages are all gone.
    fn drop_empty_segments(&mut self) -> Result<(), StoreError> {
        let mut dropped = false;
        while let Some((&id, seg)) = self.segments.iter().next() {
            if id == self.active || seg.live > 0 {
                break;
            }
            let path = seg.file.path().to_path_buf();
            self.unsynced.retain(|f| f.path() != path);
            self.segments.remove(&id);
            std::fs::remove_file(&path)?;
            dropped = true;
        }
        if dropped {
            io::sync_dir(&self.dir)?;
        }
        Ok(())
    }

    fn remember(&mut self, seq: u64, rec: Bytes) {
        self.recent_bytes += rec.len();
        self.recent.push_back((seq, rec));
        while self.recent_bytes > RECENT_LIMIT {
            match self.recent.pop_front() {
                Some((_, r)) => self.recent_bytes -= r.len(),
                None => break,
            }
        }
    }

    fn forget_below(&mut self, seq: u64) {
        while self.recent.front().is_some_and(|(s, _)| *s < seq) {
            if let Some((_, r)) = self.recent.pop_front() {
                self.recent_bytes -= r.len();
            }
        }
    }

    fn recent_record(&self, seq: u64) -> Option<&Bytes> {
        let i = self.recent.partition_point(|(s, _)| *s < seq);
        self.recent.get(i).filter(|(s, _)| *s == seq).map(|(_, r)| r)
    }

    fn read_record(&self, seq: u64, entry: &Entry) -> Result<Vec<u8>, StoreError> {
        let (&id, seg) = self.segments.range(..=seq).next_back().ok_or(StoreError::Corrupt(seq))?;
        let mut rec = vec![0u8; entry.len as usize];
        if id == self.active && entry.loc >= seg.written {
            let start = (entry.loc - seg.written) as usize;
            let bytes = self.buf.get(start..start + rec.len()).ok_or(StoreError::Corrupt(seq))?;
            rec.copy_from_slice(bytes);
        } else {
            seg.file.read_at(entry.loc, &mut rec).map_err(|_| StoreError::Corrupt(seq))?;
        }
        Ok(rec)
    }
}

impl Store for FileStore {
    fn index(&self) -> &Index {
        &self.index
    }

    fn append(&mut self, subject: &str, headers: &[u8], payload: &[u8], ts: i64) -> Result<u64, StoreError> {
        if self.index.last_seq() >= super::LAST_SEQ {
            return Err(StoreError::SequenceExhausted);
        }
        let seq = self.index.last_seq() + 1;
        let active_size = self.segments.get(&self.active).map(|s| s.written + self.buf.len() as u64).unwrap_or(0);
        if active_size >= SEGMENT_SIZE {
            self.flush()?;
            if let Some(seg) = self.segments.get(&self.active) {
                self.unsynced.push(seg.file.clone());
            }
            self.new_segment(seq)?;
        }
        let rec = Bytes::from(record(
            KIND_MSG,
            &[
                &seq.to_le_bytes(),
                &ts.to_le_bytes(),
                &(subject.len() as u16).to_le_bytes(),
                &(headers.len() as u32).to_le_bytes(),
                subject.as_bytes(),
                headers,
                payload,
            ],
        ));
        let loc = self.push(&rec)?;
        let size = file_msg_size(subject.len(), headers.len(), payload.len()) as u32;
        let subject = self.index.intern(subject);
        self.index.insert(seq, Entry { subject, ts, size, loc, len: rec.len() as u32 });
        if let Some(at) = super::ttl_expiry(headers, ts) {
            self.index.set_ttl(seq, at);
        }
        if let Some(seg) = self.segments.get_mut(&self.active) {
            seg.live += 1;
        }
        self.remember(seq, rec);
        Ok(seq)
    }

    fn load(&self, seq: u64) -> Result<Option<StoredMsg>, StoreError> {
        let Some(entry) = self.index.get(seq) else { return Ok(None) };
        if let Some(rec) = self.recent_record(seq) {
            if let Some(m) = parse_msg(rec).filter(|m| m.seq == seq) {
                let (ts, headers, payload) = (m.ts, m.headers.clone(), m.payload.clone());
                return Ok(Some(StoredMsg {
                    seq,
                    subject: entry.subject.clone(),
                    headers: rec.slice(headers),
                    payload: rec.slice(payload),
                    ts,
                }));
            }
        }
        let rec = self.read_record(seq, entry)?;
        if rec[0] != KIND_MSG || !valid(&rec) {
            return Err(StoreError::Corrupt(seq));
        }
        let m = parse_msg(&rec).filter(|m| m.seq == seq).ok_or(StoreError::Corrupt(seq))?;
        let (ts, headers, payload) = (m.ts, m.headers.clone(), m.payload.clone());
        let rec = Bytes::from(rec);
        Ok(Some(StoredMsg { seq, subject: entry.subject.clone(), headers: rec.slice(headers), payload: rec.slice(payload), ts }))
    }

    fn remove(&mut self, seq: u64, erase: bool) -> Result<bool, StoreError> {
        let Some(entry) = self.index.get(seq).cloned() else { return Ok(false) };
        if erase {
            let mut body = vec![0u8; entry.len as usize - RECORD_HEADER];
            body[..8].copy_from_slice(&seq.to_le_bytes());
            let rec = record(KIND_ERASED, &[&body]);
            let (&id, seg) = self.segments.range(..=seq).next_back().ok_or(StoreError::Corrupt(seq))?;
            if id == self.active && entry.loc >= seg.written {
                let start = (entry.loc - seg.written) as usize;
                self.buf[start..start + rec.len()].copy_from_slice(&rec);
            } else {
                seg.file.write_at(entry.loc, &rec)?;
                let file = seg.file.clone();
                self.unsynced.push(file);
            }
        } else {
            self.push(&record(KIND_REMOVE, &[&seq.to_le_bytes()]))?;
        }
        self.index.remove(seq);
        if let Some(seg) = self.segment_of(seq) {
            seg.live -= 1;
        }
        self.drop_empty_segments()?;
        Ok(true)
    }

    fn compact(&mut self, seq: u64) -> Result<u64, StoreError> {
        let removed = self.index.compact(seq);
        self.forget_below(seq);
        let last = self.index.last_seq();
        self.push(&record(KIND_COMPACT, &[&seq.to_le_bytes(), &last.to_le_bytes()]))?;
        for s in &removed {
            if let Some(seg) = self.segment_of(*s) {
                seg.live -= 1;
            }
        }
        if !removed.is_empty() {
            self.flush()?;
            self.drop_empty_segments()?;
        }
        Ok(removed.len() as u64)
    }

    fn flush(&mut self) -> Result<(), StoreError> {
        if self.buf.is_empty() {
            return Ok(());
        }
        let Some(seg) = self.segments.get_mut(&self.active) else { return Ok(()) };
        seg.file.write_at(seg.written, &self.buf)?;
        seg.written += self.buf.len() as u64;
        self.buf.clear();
        if !self.unsynced.iter().any(|f| Arc::ptr_eq(f, &seg.file)) {
            self.unsynced.push(seg.file.clone());
        }
        Ok(())
    }

    fn sync_handles(&mut self) -> Vec<Arc<IoFile>> {
        std::mem::take(&mut self.unsynced)
    }

    fn lost(&self) -> Lost {
        self.lost.clone()
    }

    /// Records a message found damaged while running: dropped from the index so it is
    /// never served, and reported as lost.
    fn mark_lost(&mut self, seq: u64) {
        if let Some(entry) = self.index.remove(seq) {
            self.lost.msgs.push(seq);
            self.lost.bytes += entry.len as u64;
            if let Some(seg) = self.segment_of(seq) {
                seg.live -= 1;
            }
            error!("JetStream store {}: message {seq} failed its checksum and is lost", self.dir.display());
        }
    }

    fn destroy(&mut self) -> Result<(), StoreError> {
        self.segments.clear();
        self.buf.clear();
        self.recent.clear();
        self.recent_bytes = 0;
        self.unsynced.clear();
        self.index = Index::new();
        match std::fs::remove_dir_all(&self.dir) {
            Err(e) if e.kind() != std::io::ErrorKind::NotFound => Err(e.into()),
            _ => Ok(()),
        }
    }

    fn skip_msgs(&mut self, next: u64) -> Result<(), StoreError> {
        if next > self.index.last_seq() + 1 {
            self.index.set_last(next - 1, 0);
            self.push(&record(KIND_SKIP, &[&next.to_le_bytes()]))?;
        }
        Ok(())
    }

    fn skip_to(&mut self, seq: u64) -> Result<(), StoreError> {
        if self.index.msgs() == 0 && seq > self.index.last_seq() + 1 {
            self.index.skip_to(seq);
            self.push(&record(KIND_COMPACT, &[&seq.to_le_bytes(), &(seq - 1).to_le_bytes()]))?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn temp_dir(name: &str) -> PathBuf {
        let dir = std::env::temp_dir().join(format!("natsx-filestore-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        dir
    }

    #[test]
    fn survives_reopen_with_removals() {
        let dir = temp_dir("reopen");
        {
            let mut s = FileStore::open(&dir).unwrap();
            for i in 0..10 {
                s.append(&format!("a.{}", i % 3), if i == 4 { b"NATS/1.0\r\nX: y\r\n\r\n" } else { b"" }, format!("m{i}").as_bytes(), i)
                    .unwrap();
            }
            s.remove(5, false).unwrap();
            s.remove(7, true).unwrap();
            s.compact(3).unwrap();
            s.flush().unwrap();
        }
        let s = FileStore::open(&dir).unwrap();
        assert_eq!((s.index.first_seq(), s.index.last_seq(), s.index.msgs()), (3, 10, 6));
        assert_eq!(s.index.deleted(), vec![5, 7]);
        let m = s.load(4).unwrap().unwrap();
        assert_eq!((&*m.subject, &m.payload[..], &m.headers[..]), ("a.0", &b"m3"[..], &b""[..]));
        assert!(s.load(5).unwrap().is_none());
        assert!(s.load(7).unwrap().is_none(), "erased");
        assert_eq!(&s.load(10).unwrap().unwrap().payload[..], b"m9");
        assert!(s.lost().msgs.is_empty());
        let _ = std::fs::remove_dir_all(&dir);
    }

    #[test]
    fn purge_everything_keeps_the_sequence() {
        let dir = temp_dir("purge");
        {
            let mut s = FileStore::open(&dir).unwrap();
            for i in 0..5 {
                s.append("x", b"", b"p", i).unwrap();
            }
            s.compact(6).unwrap();
            s.flush().unwrap();
        }
        let mut s = FileStore::open(&dir).unwrap();
        assert_eq!((s.index.first_seq(), s.index.last_seq(), s.index.msgs()), (6, 5, 0));
        assert_eq!(s.append("x", b"", b"q", 9).unwrap(), 6);
        let _ = std::fs::remove_dir_all(&dir);
    }

    #[test]
    fn damage_is_detected_and_contained() {
        let dir = temp_dir("damage");
        {
            let mut s = FileStore::open(&dir).unwrap();
            for i in 0..5 {
                s.append("d", b"", format!("payload-{i}").as_bytes(), i).unwrap();
            }
            s.flush().unwrap();
        }
        let seg = dir.join(segment_name(1));
        let mut bytes = std::fs::read(&seg).unwrap();
        let rec_len = bytes.len() / 5;
        bytes[rec_len * 2 + RECORD_HEADER + MSG_FIXED + 3] ^= 0x10; // a bit in message 3
        bytes.truncate(bytes.len() - 4); // and a torn last record
        std::fs::write(&seg, &bytes).unwrap();
        let s = FileStore::open(&dir).unwrap();
        assert_eq!(s.index.msgs(), 3);
        assert_eq!(s.lost().msgs, vec![3]);
        assert!(s.lost().bytes > 0);
        assert_eq!(&s.load(4).unwrap().unwrap().payload[..], b"payload-3");
        // Damage while running is caught on read.
        let mut bytes = std::fs::read(&seg).unwrap();
        bytes[RECORD_HEADER + MSG_FIXED + 2] ^= 0x01;
        std::fs::write(&seg, &bytes).unwrap();
        assert!(matches!(s.load(1), Err(StoreError::Corrupt(1))));
        let _ = std::fs::remove_dir_all(&dir);
    }
}
