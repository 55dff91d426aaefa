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
//! kind 6  the segment header, first in every segment: two commit claims, each
//!         last_seq u64 | length u64 | generation u32 | crc32 u32 (of the 20 bytes before)
//! kind 7  sequences found lost (so they stay reported as lost): first u64 | last u64
//! ```
//!
//! Nothing is changed in place except an erase and the header's claims. Removals are
//! records of their own, so a crash can never half-apply one. On open every segment is
//! read and every checksum checked; the index is rebuilt from the records.
//!
//! The header's claims tell a torn write from damage. Before each sync the store writes
//! a claim — "this segment holds every record up to `length`, and the stream's last
//! sequence is `last_seq`" — into the older of the two slots (a torn claim leaves the
//! other intact); the same sync makes it durable, and acks wait for that sync. So on open:
//! - bytes past the newest claim were never acknowledged: a damaged record there, at the
//!   end of the newest segment, is a write cut short by a crash and is cut off;
//! - damage inside the claim, or a segment shorter than its claim (truncated), lost
//!   acknowledged data: the stream keeps the claimed last sequence (new messages never
//!   reuse a sequence) and the missing sequences are reported as lost (log and stream
//!   info), while everything else stays readable. Segments written before headers existed
//!   have no claims and keep the old rule (a damaged tail of the newest segment is torn).
//!
//! A checksum is checked again on every read, so damage that happens while the server
//! runs is caught too and never served as good data.
//!
//! Appends go to a user-space buffer that reaches the file on `flush` (one write for a
//! batch of publishes); durability comes from the caller syncing `sync_handles()` outside
//! the stream lock, so concurrent publishers share one fsync.
//!
//! A write that fails (a full disk, EIO) is rolled back before the error is returned: the
//! file is cut back to its last good record and the store re-read from disk, so the
//! failed records never reach the file later and their sequences are not consumed. A
//! failed sync is handled by the caller with [`FileStore::rollback_unsynced`]: nothing
//! written since the last good sync is trusted.

use std::collections::{BTreeMap, VecDeque};

use rustc_hash::FxHashSet as HashSet;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use bytes::Bytes;

use super::index::Entry;
use super::io::{self, IoFile};
use super::{file_msg_size, Index, Lost, PurgeRequest, Store, StoreError, StoredMsg};
use crate::{error, warn};

const KIND_MSG: u8 = 1;
const KIND_REMOVE: u8 = 2;
const KIND_COMPACT: u8 = 3;
const KIND_ERASED: u8 = 4;
const KIND_SKIP: u8 = 5;
const KIND_HEADER: u8 = 6;
const KIND_LOST: u8 = 7;
const RECORD_HEADER: usize = 9;
/// One commit claim in the segment header.
const CLAIM_SIZE: usize = 24;
/// The segment header record: record header and two claims.
const SEGMENT_HEADER: usize = RECORD_HEADER + 2 * CLAIM_SIZE;
const MSG_FIXED: usize = 8 + 8 + 2 + 4;
/// A segment is closed for appends once it passes this size.
const SEGMENT_SIZE: u64 = 8 * 1024 * 1024;
/// Loads read this much of a segment at once (see `FileStore::read_ahead`).
const READ_AHEAD: usize = 256 * 1024;
/// The active segment's file grows ahead of its data by this much (preallocated zeros).
const PREALLOCATE: u64 = 1024 * 1024;
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
    /// Whether the segment starts with a header (segments of natsx 0.2 and later).
    header: bool,
    /// The file's length: `written` plus space preallocated for appends (zeros).
    allocated: u64,
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
    /// The generation of the newest claim written into the active segment's header.
    claim_generation: u32,
    /// The last block read from a segment for loads: (segment id, offset, bytes). Consumers
    /// read in order, so one read serves the records after it too. Only records already
    /// written are in it, and they change only by an erase, which forgets it.
    read_ahead: std::cell::RefCell<Option<(u64, u64, Bytes)>>,
    /// Set when a rollback could not re-read the store: every change is refused, since
    /// memory no longer matches the disk.
    broken: Option<String>,
    /// How many rollbacks happened, and the error behind the last one.
    rollbacks: u64,
    last_error: Option<String>,
}

/// Gives every record found by its length field a valid checksum, and the segment header
/// (if the data starts like one) its own. Fuzzing only: generated input then reaches the
/// record handling instead of stopping at the checksums.
#[doc(hidden)]
pub fn fuzz_seal_records(data: &mut [u8]) {
    let mut pos = 0;
    while pos + RECORD_HEADER <= data.len() {
        let rec_len = u32::from_le_bytes([data[pos + 1], data[pos + 2], data[pos + 3], data[pos + 4]]) as usize;
        if rec_len < RECORD_HEADER || pos + rec_len > data.len() {
            return;
        }
        let rec = &mut data[pos..pos + rec_len];
        let crc = if pos == 0 && rec[0] == KIND_HEADER { header_checksum(rec) } else { checksum(rec) };
        rec[5..9].copy_from_slice(&crc.to_le_bytes());
        pos += rec_len;
    }
}

/// Recovers a store from segments held in memory (segment id → bytes) exactly as opening
/// one from disk reads them, without touching a file, then asks it what stream info
/// would. For the fuzz target (`server/fuzz`): any bytes may describe a damaged store;
/// none may panic, hang, or allocate without bound. Returns (first, last, messages, lost).
#[doc(hidden)]
pub fn fuzz_recover(segments: &[(u64, Vec<u8>)]) -> (u64, u64, u64, usize) {
    static NULL: std::sync::OnceLock<Arc<IoFile>> = std::sync::OnceLock::new();
    let null = NULL.get_or_init(|| Arc::new(IoFile::open(Path::new("/dev/null")).expect("/dev/null opens"))).clone();
    let mut store = FileStore::empty(Path::new("fuzz"));
    let mut recovery = Recovery::default();
    let mut ids: Vec<&(u64, Vec<u8>)> = segments.iter().collect();
    ids.sort_by_key(|(id, _)| *id);
    ids.dedup_by_key(|(id, _)| *id);
    let count = ids.len();
    for (i, (id, data)) in ids.into_iter().enumerate() {
        store.scan_segment(*id, i + 1 == count, data, null.clone(), data.len() as u64, &mut recovery);
    }
    let unrecorded = store.finish_recovery(recovery);
    store.record_lost(&unrecorded);
    let index = store.index();
    let _ = (index.num_deleted(), index.deleted(), index.num_subjects(), index.subject_counts(">"));
    (index.first_seq(), index.last_seq(), index.msgs(), store.lost.msgs.len())
}

/// At most this many lost sequences are listed (and recorded): damage that claims more
/// is reported, but listing it would take unbounded memory and time.
const MAX_LOST_LISTED: usize = 100_000;

/// Ascending sequences as runs for a log line (`3, 5-9, 12`), at most `max_runs` of them.
fn seq_ranges(seqs: &[u64], max_runs: usize) -> String {
    let mut runs: Vec<String> = Vec::new();
    let mut i = 0;
    while i < seqs.len() {
        if runs.len() == max_runs {
            runs.push("...".to_string());
            break;
        }
        let mut j = i;
        while j + 1 < seqs.len() && seqs[j + 1] == seqs[j] + 1 {
            j += 1;
        }
        runs.push(if i == j { seqs[i].to_string() } else { format!("{}-{}", seqs[i], seqs[j]) });
        i = j + 1;
    }
    runs.join(", ")
}

/// The sequences from `first` to the index's last that are neither stored, removed nor
/// skipped: lost. Skipped ranges are jumped over, so the work is bounded by what the
/// records hold (and [`MAX_LOST_LISTED`]), not by the sequence numbers they carry.
fn missing_seqs(index: &Index, first: u64, removed: &HashSet<u64>, skipped: &[std::ops::Range<u64>]) -> Vec<u64> {
    let mut missing = Vec::new();
    let last = index.last_seq();
    let mut seq = first;
    while seq <= last && missing.len() < MAX_LOST_LISTED {
        if let Some(range) = skipped.iter().find(|r| r.contains(&seq)) {
            seq = range.end;
            continue;
        }
        if index.get(seq).is_none() && !removed.contains(&seq) {
            missing.push(seq);
        }
        match seq.checked_add(1) {
            Some(next) => seq = next,
            None => break,
        }
    }
    missing
}

/// What reading the segments in order has found so far.
#[derive(Default)]
struct Recovery {
    /// Sequences removed by removal or erase records.
    removed: HashSet<u64>,
    /// Everything below this was compacted away.
    compacted_to: u64,
    /// The stream's last sequence: records, segment names and claims.
    highest: u64,
    /// The last sequence records and segment names show (claims aside).
    evidence: u64,
    /// Sequences a skip record passed over (they never existed).
    skipped: Vec<std::ops::Range<u64>>,
    /// The highest last sequence a claim made.
    claim_seq: u64,
    /// Sequences lost records name.
    lost: Vec<std::ops::RangeInclusive<u64>>,
}

/// A commit claim: the stream's last sequence and the segment's length at a sync.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
struct Claim {
    last_seq: u64,
    length: u64,
    generation: u32,
}

impl Claim {
    fn encode(&self) -> [u8; CLAIM_SIZE] {
        let mut out = [0u8; CLAIM_SIZE];
        out[..8].copy_from_slice(&self.last_seq.to_le_bytes());
        out[8..16].copy_from_slice(&self.length.to_le_bytes());
        out[16..20].copy_from_slice(&self.generation.to_le_bytes());
        let crc = crc32fast::hash(&out[..20]);
        out[20..].copy_from_slice(&crc.to_le_bytes());
        out
    }

    /// A slot's claim, if its checksum holds and it was ever written.
    fn decode(slot: &[u8]) -> Option<Claim> {
        let crc = u32::from_le_bytes(slot.get(20..24)?.try_into().ok()?);
        if crc != crc32fast::hash(&slot[..20]) || slot[..20].iter().all(|&b| b == 0) {
            return None;
        }
        Some(Claim { last_seq: last_at(slot, 0), length: u64_at(slot, 8), generation: u32::from_le_bytes(slot[16..20].try_into().ok()?) })
    }
}

/// A new segment's header record: its checksum covers kind and length only (the claims
/// are checksummed one by one, since they are rewritten in place).
fn segment_header() -> Vec<u8> {
    let mut rec = record(KIND_HEADER, &[&[0u8; 2 * CLAIM_SIZE]]);
    let crc = header_checksum(&rec);
    rec[5..9].copy_from_slice(&crc.to_le_bytes());
    rec
}

fn header_checksum(rec: &[u8]) -> u32 {
    let mut h = crc32fast::Hasher::new();
    h.update(&rec[..5]);
    h.finalize()
}

/// The newest valid claim of a segment that starts with a header; `None` without one.
fn read_header(data: &[u8]) -> Option<Option<Claim>> {
    let rec = data.get(..SEGMENT_HEADER)?;
    let len = u32::from_le_bytes([rec[1], rec[2], rec[3], rec[4]]) as usize;
    if rec[0] != KIND_HEADER || len != SEGMENT_HEADER || u32::from_le_bytes([rec[5], rec[6], rec[7], rec[8]]) != header_checksum(rec) {
        return None;
    }
    let slots = &rec[RECORD_HEADER..];
    let claims = [Claim::decode(&slots[..CLAIM_SIZE]), Claim::decode(&slots[CLAIM_SIZE..])];
    Some(claims.into_iter().flatten().max_by_key(|c| c.generation))
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

/// A last sequence read from disk, never past [`LAST_SEQ`](super::LAST_SEQ) (so "the one
/// after" always exists; a larger value can only come from damage that kept its checksum).
fn last_at(b: &[u8], at: usize) -> u64 {
    u64_at(b, at).min(super::LAST_SEQ)
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
        FileStore::open_limited(dir, &BTreeMap::new())
    }

    /// Opens the store reading no segment past its limit (segment id → length): what a
    /// rollback knows to be good, even where cutting the file back failed.
    fn open_limited(dir: &Path, limits: &BTreeMap<u64, u64>) -> Result<FileStore, StoreError> {
        io::create_dir_durable(dir)?;
        let mut ids: Vec<u64> =
            std::fs::read_dir(dir)?.flatten().filter_map(|e| e.file_name().to_str()?.strip_suffix(".seg")?.parse().ok()).collect();
        ids.sort_unstable();
        let mut store = FileStore::empty(dir);
        let mut recovery = Recovery::default();
        let count = ids.len();
        for (i, id) in ids.into_iter().enumerate() {
            let path = dir.join(segment_name(id));
            let file = Arc::new(IoFile::open(&path)?);
            let on_disk = file.len()?;
            let len = limits.get(&id).map_or(on_disk, |&l| l.min(on_disk));
            let mut data = vec![0u8; len as usize];
            file.read_at(0, &mut data)?;
            let written = store.scan_segment(id, i + 1 == count, &data, file.clone(), on_disk, &mut recovery);
            if store.segments.get(&id).is_some_and(|s| s.allocated < on_disk) {
                file.truncate(written)?;
            }
            // What was read is what the disk holds: from here on, only later writes are unsynced.
            file.mark_durable(written);
        }
        let unrecorded = store.finish_recovery(recovery);
        store.active = *store.segments.keys().next_back().unwrap_or(&0);
        // An empty newest segment (created, then cut back by a rollback) gets a fresh
        // header with its first write, so its claims work from the first sync.
        match store.segments.get_mut(&store.active) {
            Some(seg) if seg.written == 0 => {
                seg.header = true;
                store.buf = segment_header();
            }
            Some(_) => {}
            None => store.new_segment(store.index.last_seq().saturating_add(1))?,
        }
        store.record_lost(&unrecorded);
        Ok(store)
    }

    /// A store with nothing in it, touching no file.
    fn empty(dir: &Path) -> FileStore {
        FileStore {
            dir: dir.to_path_buf(),
            index: Index::new(),
            segments: BTreeMap::new(),
            active: 0,
            buf: Vec::new(),
            unsynced: Vec::new(),
            lost: Lost::default(),
            recent: VecDeque::new(),
            recent_bytes: 0,
            claim_generation: 0,
            read_ahead: std::cell::RefCell::new(None),
            broken: None,
            rollbacks: 0,
            last_error: None,
        }
    }

    /// After every segment was scanned: compaction, the last sequence, and the sequences
    /// lost (returned: those no lost record names yet). Touches no file.
    fn finish_recovery(&mut self, recovery: Recovery) -> Vec<u64> {
        let store = self;
        let dir = store.dir.clone();
        let Recovery { removed, compacted_to, highest, evidence, skipped, claim_seq, lost } = recovery;
        // A claim past every record found: acknowledged messages at the end are gone.
        let claimed_missing = claim_seq > evidence;
        if compacted_to > 0 {
            for seq in store.index.compact(compacted_to) {
                if let Some(seg) = store.segment_of(seq) {
                    seg.live = seg.live.saturating_sub(1);
                }
            }
        }
        store.index.set_last(highest, 0);
        // Sequences that should be there but are not, and that no removal or skip
        // explains, were in damaged or cut-off records.
        let mut unrecorded = Vec::new();
        if store.lost.bytes > 0 || claimed_missing || !lost.is_empty() {
            // Below the oldest segment there is nothing to miss: those segments were
            // dropped once every message in them was removed.
            let oldest_segment = store.segments.keys().next().copied().unwrap_or(1);
            let first = store.index.first_seq().min(compacted_to.max(1)).max(compacted_to).max(oldest_segment);
            let missing = missing_seqs(&store.index, first, &removed, &skipped);
            if missing.len() == MAX_LOST_LISTED {
                error!("JetStream store {}: more than {MAX_LOST_LISTED} messages lost, only the first are listed", dir.display());
            }
            unrecorded = missing.iter().copied().filter(|seq| !lost.iter().any(|r| r.contains(seq))).collect();
            store.lost.msgs = missing;
        }
        if !store.lost.msgs.is_empty() || store.lost.bytes > 0 {
            error!(
                "JetStream store {}: {} damaged bytes found, {} messages lost: {}",
                dir.display(),
                store.lost.bytes,
                store.lost.msgs.len(),
                seq_ranges(&store.lost.msgs, 20)
            );
        }
        unrecorded
    }

    /// Reads segment `id`'s bytes (`data`, the file `on_disk` bytes long) into the index
    /// and registers the segment. Returns how many bytes of it hold records: the file is
    /// to be cut there when that is less than `data` (a torn write). Touches no file.
    fn scan_segment(&mut self, id: u64, newest: bool, data: &[u8], file: Arc<IoFile>, on_disk: u64, recovery: &mut Recovery) -> u64 {
        let path = self.dir.join(segment_name(id));
        let Recovery { removed, compacted_to, highest, evidence, skipped, claim_seq, lost } = recovery;
        *highest = (*highest).max(id.saturating_sub(1));
        *evidence = (*evidence).max(id.saturating_sub(1));
        let len = data.len();
        let mut live = 0u64;
        let header = read_header(data);
        let claim = header.flatten().unwrap_or_default();
        let mut pos = if header.is_some() { SEGMENT_HEADER } else { 0 };
        if header.is_some() && newest {
            self.claim_generation = claim.generation;
        }
        let claimed_end = (claim.length as usize).max(pos);
        *highest = (*highest).max(claim.last_seq);
        *claim_seq = (*claim_seq).max(claim.last_seq);
        if claimed_end > len {
            error!(
                "JetStream store {}: {} is {} bytes shorter than its last commit: acknowledged messages were cut off",
                self.dir.display(),
                path.display(),
                claimed_end - len
            );
            self.lost.bytes += (claimed_end - len) as u64;
        }
        let mut truncate_at = None;
        let mut data_end = None;
        while pos < len {
            let rest = &data[pos..];
            let rec_len = if rest.len() >= RECORD_HEADER { u32::from_le_bytes([rest[1], rest[2], rest[3], rest[4]]) as usize } else { 0 };
            let whole = rec_len >= RECORD_HEADER && rec_len <= rest.len();
            if whole && valid(&rest[..rec_len]) {
                let rec = &rest[..rec_len];
                match rec[0] {
                    KIND_MSG => {
                        if let Some(m) = parse_msg(rec).filter(|m| (1..=super::LAST_SEQ).contains(&m.seq)) {
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
                            *evidence = (*evidence).max(m.seq);
                        }
                    }
                    KIND_REMOVE | KIND_ERASED if rec.len() >= RECORD_HEADER + 8 => {
                        let seq = u64_at(rec, RECORD_HEADER);
                        removed.insert(seq);
                        if self.index.remove(seq).is_some() {
                            self.uncount(seq, id, &mut live);
                        }
                    }
                    KIND_SKIP if rec.len() >= RECORD_HEADER + 8 => {
                        let next = u64_at(rec, RECORD_HEADER);
                        if next > *evidence + 1 {
                            skipped.push(*evidence + 1..next);
                        }
                        *highest = (*highest).max(next.saturating_sub(1));
                        *evidence = (*evidence).max(next.saturating_sub(1));
                        self.index.set_last(next.saturating_sub(1), 0);
                    }
                    KIND_LOST if rec.len() >= RECORD_HEADER + 16 => {
                        lost.push(last_at(rec, RECORD_HEADER)..=last_at(rec, RECORD_HEADER + 8));
                    }
                    KIND_COMPACT if rec.len() >= RECORD_HEADER + 16 => {
                        let first = u64_at(rec, RECORD_HEADER);
                        *compacted_to = (*compacted_to).max(first);
                        *highest = (*highest).max(last_at(rec, RECORD_HEADER + 8));
                        *evidence = (*evidence).max(last_at(rec, RECORD_HEADER + 8));
                        for seq in self.index.compact(first) {
                            self.uncount(seq, id, &mut live);
                        }
                    }
                    _ => {}
                }
                pos += rec_len;
                continue;
            }
            // Zeros from here to the end, past the last claim: space preallocated for
            // appends, not yet written. The data ends here.
            if pos >= claimed_end && data[pos..].iter().all(|&b| b == 0) {
                data_end = Some(pos);
                break;
            }
            // Damage. Past the last commit claim, with nothing valid after it, at the end of
            // the newest segment, it is a write cut short by a crash (never acknowledged):
            // cut it off.
            if newest && pos >= claimed_end && self.next_valid(data, pos + 1).is_none() {
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
            let next = self.next_valid(data, pos + 1).unwrap_or(len);
            error!(
                "JetStream store {}: damaged record in {} at offset {pos}: {} bytes skipped",
                self.dir.display(),
                path.display(),
                next - pos
            );
            self.lost.bytes += (next - pos) as u64;
            pos = next;
        }
        let written = truncate_at.or(data_end).unwrap_or(len) as u64;
        // Preallocated zeros after the records stay allocated; anything else past them
        // (a torn write, bytes past a rollback's limit) is cut off by the caller.
        let allocated = if truncate_at.is_none() && len as u64 == on_disk { on_disk } else { written };
        self.segments.insert(id, Segment { file, written, live, header: header.is_some(), allocated });
        written
    }

    /// During recovery of segment `current` (its count in `live`, not yet in the map):
    /// one message fewer in the segment that holds `seq`.
    fn uncount(&mut self, seq: u64, current: u64, live: &mut u64) {
        match self.segment_of(seq).filter(|_| seq < current) {
            Some(seg) => seg.live = seg.live.saturating_sub(1),
            None => *live = live.saturating_sub(1),
        }
    }

    /// The offset of the next record at or after `from` whose checksum holds.
    fn next_valid(&self, data: &[u8], from: usize) -> Option<usize> {
        (from..data.len().saturating_sub(RECORD_HEADER - 1)).find(|&p| {
            let rest = &data[p..];
            let n = u32::from_le_bytes([rest[1], rest[2], rest[3], rest[4]]) as usize;
            matches!(rest[0], KIND_MSG..=KIND_LOST) && n >= RECORD_HEADER && n <= rest.len() && valid(&rest[..n])
        })
    }

    /// Removes everything, continuing at `seq`: a fresh segment named after `seq` (its
    /// name keeps the last sequence) replaces all others. It writes nothing into the old
    /// segments and frees their space before writing anything, so a purge works on a full
    /// disk. Buffered records are dropped: they were all of removed messages.
    fn clear_to(&mut self, seq: u64) -> Result<u64, StoreError> {
        let removed = self.index.compact(seq);
        self.buf.clear();
        self.recent.clear();
        self.recent_bytes = 0;
        self.unsynced.clear();
        if let Err(e) = self.new_segment(seq) {
            let cause = std::io::Error::other(e.to_string());
            let _ = self.rollback(|seg| seg.written, 0, &cause);
            return Err(e);
        }
        for seg in self.segments.values_mut() {
            seg.live = 0;
        }
        self.drop_empty_segments()?;
        Ok(removed.len() as u64)
    }

    fn segment_of(&mut self, seq: u64) -> Option<&mut Segment> {
        self.segments.range_mut(..=seq).next_back().map(|(_, s)| s)
    }

    /// Appends lost records for these sequences (ascending), one per run, so they are
    /// still reported as lost once later writes have covered the damage's traces.
    fn record_lost(&mut self, seqs: &[u64]) {
        let mut i = 0;
        while i < seqs.len() {
            let mut j = i;
            while j + 1 < seqs.len() && seqs[j + 1] == seqs[j] + 1 {
                j += 1;
            }
            self.buf.extend_from_slice(&record(KIND_LOST, &[&seqs[i].to_le_bytes(), &seqs[j].to_le_bytes()]));
            i = j + 1;
        }
    }

    /// Starts a segment and makes it the active one. Its header goes into the (empty)
    /// append buffer, so creating a segment takes no disk space until the next flush.
    fn new_segment(&mut self, id: u64) -> Result<(), StoreError> {
        debug_assert!(self.buf.is_empty());
        self.forget_read_ahead();
        let path = self.dir.join(segment_name(id));
        let file = Arc::new(IoFile::open(&path)?);
        io::sync_dir(&self.dir)?;
        self.segments.insert(id, Segment { file, written: 0, live: 0, header: true, allocated: 0 });
        self.active = id;
        self.claim_generation = 0;
        self.buf = segment_header();
        Ok(())
    }

    /// Writes a commit claim (the last sequence and the bytes written) into the header of
    /// segment `id`, in the slot the previous claim did not use. Made durable by the next
    /// sync of that segment.
    fn write_claim(&mut self, id: u64) -> Result<(), StoreError> {
        let last_seq = self.index.last_seq();
        let Some(seg) = self.segments.get(&id).filter(|s| s.header) else { return Ok(()) };
        self.claim_generation = self.claim_generation.wrapping_add(1);
        let claim = Claim { last_seq, length: seg.written, generation: self.claim_generation };
        let slot = RECORD_HEADER + (claim.generation as usize % 2) * CLAIM_SIZE;
        seg.file.write_at(slot as u64, &claim.encode()).map_err(StoreError::from)
    }

    /// Brings memory back in line with the disk after a failed write or sync: every
    /// segment is cut back to what `good` says is trustworthy, its claims are cleared
    /// (they may speak of the cut bytes), and the store is read again from disk.
    /// Sequences up to `keep_through` stay used (they were acknowledged or shown to
    /// consumers): any now missing are reported lost, never handed out again.
    fn rollback(&mut self, good: impl Fn(&Segment) -> u64, keep_through: u64, cause: &std::io::Error) -> Result<(), StoreError> {
        let (rollbacks, last_error) = (self.rollbacks + 1, Some(io::describe(cause)));
        self.rollbacks = rollbacks;
        self.last_error = last_error.clone();
        let mut limits = BTreeMap::new();
        for (&id, seg) in &self.segments {
            let keep = good(seg);
            if seg.file.len().unwrap_or(u64::MAX) > keep {
                limits.insert(id, keep);
                if seg.header && keep >= SEGMENT_HEADER as u64 {
                    let _ = seg.file.write_at(RECORD_HEADER as u64, &[0u8; 2 * CLAIM_SIZE]);
                }
                if let Err(e) = seg.file.truncate(keep) {
                    error!("JetStream store {}: cannot cut back {}: {e}", self.dir.display(), seg.file.path().display());
                }
            }
        }
        // What each file had synced before: a re-read must not take the rest for durable.
        let synced: BTreeMap<u64, u64> = self.segments.iter().map(|(&id, seg)| (id, seg.file.synced_len())).collect();
        let mut lost = std::mem::take(&mut self.lost);
        match FileStore::open_limited(&self.dir, &limits) {
            Ok(mut fresh) => {
                for (id, seg) in &fresh.segments {
                    let was_synced = synced.get(id).copied().unwrap_or(0);
                    if was_synced < seg.written {
                        seg.file.mark_written(seg.written, was_synced);
                        fresh.unsynced.push(seg.file.clone());
                    }
                }
                lost.msgs.append(&mut fresh.lost.msgs);
                if keep_through > fresh.index.last_seq() {
                    let first_gone = fresh.index.last_seq() + 1;
                    let gone: Vec<u64> = (first_gone..=keep_through.min(first_gone.saturating_add(MAX_LOST_LISTED as u64 - 1))).collect();
                    fresh.record_lost(&gone);
                    lost.msgs.extend(gone);
                    fresh.index.set_last(keep_through, 0);
                }
                lost.msgs.sort_unstable();
                lost.msgs.dedup();
                lost.msgs.retain(|&s| fresh.index.get(s).is_none());
                lost.bytes += fresh.lost.bytes;
                fresh.lost = lost;
                (fresh.rollbacks, fresh.last_error) = (rollbacks, last_error);
                *self = fresh;
                self.write_claim(self.active)
            }
            Err(e) => {
                self.lost = lost;
                self.broken = Some(e.to_string());
                error!("JetStream store {}: cannot re-read after a failed write, refusing changes: {e}", self.dir.display());
                Err(e)
            }
        }
    }

    /// A failed sync: nothing written since the last good sync of each file is trusted.
    /// The store is cut back to it and re-read; sequences up to `keep_through` stay used.
    pub fn rollback_unsynced(&mut self, keep_through: u64, cause: &std::io::Error) -> Result<(), StoreError> {
        self.rollback(|seg| seg.file.synced_len(), keep_through, cause)
    }

    fn refuse_if_broken(&self) -> Result<(), StoreError> {
        match &self.broken {
            Some(e) => Err(std::io::Error::other(format!("store unusable since a failed write: {e}")).into()),
            None => Ok(()),
        }
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
            self.forget_read_ahead();
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

    /// A record's bytes: from the append buffer, or the file. With `ahead` (reads in
    /// sequence order), from the read-ahead block, or the file together with the records
    /// after it ([`READ_AHEAD`] bytes), kept for the next reads.
    fn read_record(&self, seq: u64, entry: &Entry, ahead: bool) -> Result<Bytes, StoreError> {
        let (&id, seg) = self.segments.range(..=seq).next_back().ok_or(StoreError::Corrupt(seq))?;
        let len = entry.len as usize;
        if id == self.active && entry.loc >= seg.written {
            let start = (entry.loc - seg.written) as usize;
            let bytes = self.buf.get(start..start + len).ok_or(StoreError::Corrupt(seq))?;
            return Ok(Bytes::copy_from_slice(bytes));
        }
        if !ahead {
            let mut rec = vec![0u8; len];
            seg.file.read_at(entry.loc, &mut rec).map_err(|_| StoreError::Corrupt(seq))?;
            return Ok(Bytes::from(rec));
        }
        let mut block = self.read_ahead.borrow_mut();
        if let Some((block_id, offset, data)) = block.as_ref() {
            if *block_id == id && entry.loc >= *offset && entry.loc + len as u64 <= offset + data.len() as u64 {
                let start = (entry.loc - offset) as usize;
                return Ok(data.slice(start..start + len));
            }
        }
        // Read ahead within what was written, at least the record itself.
        let want = (READ_AHEAD as u64).min(seg.written.saturating_sub(entry.loc)).max(len as u64) as usize;
        let mut data = vec![0u8; want];
        seg.file.read_at(entry.loc, &mut data).map_err(|_| StoreError::Corrupt(seq))?;
        let data = Bytes::from(data);
        let rec = data.slice(..len);
        *block = Some((id, entry.loc, data));
        Ok(rec)
    }

    /// Reads one message, its checksum checked (see `read_record` for `ahead`).
    fn load_from(&self, seq: u64, ahead: bool) -> Result<Option<StoredMsg>, StoreError> {
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
        let rec = self.read_record(seq, entry, ahead)?;
        if rec[0] != KIND_MSG || !valid(&rec) {
            self.forget_read_ahead();
            return Err(StoreError::Corrupt(seq));
        }
        let m = parse_msg(&rec).filter(|m| m.seq == seq).ok_or(StoreError::Corrupt(seq))?;
        let (ts, headers, payload) = (m.ts, m.headers.clone(), m.payload.clone());
        Ok(Some(StoredMsg { seq, subject: entry.subject.clone(), headers: rec.slice(headers), payload: rec.slice(payload), ts }))
    }

    /// Forgets the read-ahead block (its bytes may no longer be what the file holds).
    fn forget_read_ahead(&self) {
        *self.read_ahead.borrow_mut() = None;
    }
}

impl Store for FileStore {
    fn index(&self) -> &Index {
        &self.index
    }

    fn append(&mut self, subject: &str, headers: &[u8], payload: &[u8], ts: i64) -> Result<u64, StoreError> {
        self.refuse_if_broken()?;
        if self.index.last_seq() >= super::LAST_SEQ {
            return Err(StoreError::SequenceExhausted);
        }
        let seq = self.index.last_seq() + 1;
        let active_size = self.segments.get(&self.active).map(|s| s.written + self.buf.len() as u64).unwrap_or(0);
        if active_size >= SEGMENT_SIZE {
            self.flush()?;
            let old = self.active;
            self.write_claim(old)?;
            // A closed segment keeps no preallocated space.
            if let Some(seg) = self.segments.get_mut(&old) {
                if seg.allocated > seg.written && seg.file.truncate(seg.written).is_ok() {
                    seg.allocated = seg.written;
                }
            }
            if let Some(seg) = self.segments.get(&old) {
                if !self.unsynced.iter().any(|f| Arc::ptr_eq(f, &seg.file)) {
                    self.unsynced.push(seg.file.clone());
                }
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
        self.load_from(seq, false)
    }

    fn load_in_order(&self, seq: u64) -> Result<Option<StoredMsg>, StoreError> {
        self.load_from(seq, true)
    }

    fn remove(&mut self, seq: u64, erase: bool) -> Result<bool, StoreError> {
        self.refuse_if_broken()?;
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
                let file = seg.file.clone();
                self.forget_read_ahead();
                if let Err(e) = file.write_at(entry.loc, &rec) {
                    // A half-overwritten record reads as damage; re-read what is there.
                    let _ = self.rollback(|seg| seg.written, 0, &e);
                    return Err(e.into());
                }
                self.unsynced.push(file);
            }
        } else {
            self.push(&record(KIND_REMOVE, &[&seq.to_le_bytes()]))?;
        }
        self.index.remove(seq);
        if let Some(seg) = self.segment_of(seq) {
            seg.live = seg.live.saturating_sub(1);
        }
        self.drop_empty_segments()?;
        Ok(true)
    }

    /// A purge of everything starts a fresh segment (see `clear_to`), so it works on a
    /// full disk; any other purge removes what it selects.
    fn purge(&mut self, request: &PurgeRequest) -> Result<u64, StoreError> {
        let next = self.index.last_seq() + 1;
        let everything = request.filter.is_empty() && request.keep == 0 && (request.up_to_seq == 0 || request.up_to_seq >= next);
        if everything && self.index.msgs() > 0 && !self.segments.contains_key(&next) {
            self.refuse_if_broken()?;
            return self.clear_to(next);
        }
        super::purge_by_removal(self, request)
    }

    fn compact(&mut self, seq: u64) -> Result<u64, StoreError> {
        self.refuse_if_broken()?;
        let removed = self.index.compact(seq);
        self.forget_below(seq);
        let last = self.index.last_seq();
        self.push(&record(KIND_COMPACT, &[&seq.to_le_bytes(), &last.to_le_bytes()]))?;
        for s in &removed {
            if let Some(seg) = self.segment_of(*s) {
                seg.live = seg.live.saturating_sub(1);
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
        self.refuse_if_broken()?;
        let Some(seg) = self.segments.get_mut(&self.active) else { return Ok(()) };
        let end = seg.written + self.buf.len() as u64;
        if end > seg.allocated {
            // Space for the next appends, allocated ahead: a sync then writes data only, not
            // the file's size (fdatasync skips the metadata). On a full disk (or a file
            // system without fallocate) appends simply grow the file.
            let chunk = PREALLOCATE.max(end - seg.allocated);
            if seg.file.allocate(seg.allocated, chunk).is_ok() {
                seg.allocated += chunk;
            }
        }
        if let Err(e) = seg.file.write_at(seg.written, &self.buf) {
            // Whatever part of the buffer reached the file is cut off again, and every
            // change it carried is undone: the caller answers with an error, never an ack.
            let _ = self.rollback(|seg| seg.written, 0, &e);
            return Err(e.into());
        }
        seg.written += self.buf.len() as u64;
        self.buf.clear();
        if !self.unsynced.iter().any(|f| Arc::ptr_eq(f, &seg.file)) {
            self.unsynced.push(seg.file.clone());
        }
        Ok(())
    }

    fn sync_handles(&mut self) -> Result<Vec<Arc<IoFile>>, StoreError> {
        self.refuse_if_broken()?;
        self.flush()?;
        if self.unsynced.is_empty() {
            return Ok(Vec::new());
        }
        self.write_claim(self.active)?;
        if let Some(seg) = self.segments.get(&self.active) {
            if !self.unsynced.iter().any(|f| Arc::ptr_eq(f, &seg.file)) {
                self.unsynced.push(seg.file.clone());
            }
        }
        Ok(std::mem::take(&mut self.unsynced))
    }

    fn rollback_unsynced(&mut self, keep_through: u64, cause: &std::io::Error) -> Result<(), StoreError> {
        FileStore::rollback_unsynced(self, keep_through, cause)
    }

    fn rollbacks(&self) -> (u64, Option<String>) {
        (self.rollbacks, self.last_error.clone())
    }

    fn is_broken(&self) -> bool {
        self.broken.is_some()
    }

    fn lost(&self) -> Lost {
        self.lost.clone()
    }

    /// Records a message found damaged while running: dropped from the index so it is
    /// never served, and reported as lost.
    fn mark_lost(&mut self, seq: u64) {
        if let Some(entry) = self.index.remove(seq) {
            if let Err(at) = self.lost.msgs.binary_search(&seq) {
                self.lost.msgs.insert(at, seq);
            }
            self.lost.bytes += entry.len as u64;
            if let Some(seg) = self.segment_of(seq) {
                seg.live = seg.live.saturating_sub(1);
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
        self.refuse_if_broken()?;
        if next > self.index.last_seq() + 1 {
            self.push(&record(KIND_SKIP, &[&next.to_le_bytes()]))?;
            self.index.set_last(next - 1, 0);
        }
        Ok(())
    }

    fn skip_to(&mut self, seq: u64) -> Result<(), StoreError> {
        self.refuse_if_broken()?;
        if self.index.msgs() == 0 && seq > self.index.last_seq() + 1 {
            self.push(&record(KIND_COMPACT, &[&seq.to_le_bytes(), &(seq - 1).to_le_bytes()]))?;
            self.index.skip_to(seq);
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A segment's bytes without the preallocated zeros after its records (the tests'
    /// records all end in a non-zero byte).
    fn written(path: &Path) -> Vec<u8> {
        let mut bytes = std::fs::read(path).unwrap();
        let end = bytes.iter().rposition(|&b| b != 0).map_or(0, |p| p + 1);
        bytes.truncate(end);
        bytes
    }

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
        let mut bytes = written(&seg);
        let rec_len = (bytes.len() - SEGMENT_HEADER) / 5;
        bytes[SEGMENT_HEADER + rec_len * 2 + RECORD_HEADER + MSG_FIXED + 3] ^= 0x10; // a bit in message 3
        bytes.truncate(bytes.len() - 4); // and a torn last record
        std::fs::write(&seg, &bytes).unwrap();
        let s = FileStore::open(&dir).unwrap();
        assert_eq!(s.index.msgs(), 3);
        assert_eq!(s.lost().msgs, vec![3]);
        assert!(s.lost().bytes > 0);
        assert_eq!(&s.load(4).unwrap().unwrap().payload[..], b"payload-3");
        // Damage while running is caught on read.
        let mut bytes = written(&seg);
        bytes[SEGMENT_HEADER + RECORD_HEADER + MSG_FIXED + 2] ^= 0x01;
        std::fs::write(&seg, &bytes).unwrap();
        assert!(matches!(s.load(1), Err(StoreError::Corrupt(1))));
        let _ = std::fs::remove_dir_all(&dir);
    }

    /// Appends `n` messages and syncs as a publish commit does (flush, claim, fsync).
    fn committed(dir: &Path, n: u64) {
        let mut s = FileStore::open(dir).unwrap();
        for i in 0..n {
            s.append("t", b"", format!("payload-{i}").as_bytes(), i as i64).unwrap();
        }
        for f in s.sync_handles().unwrap() {
            f.sync().unwrap();
        }
    }

    #[test]
    fn damage_inside_the_last_commit_keeps_the_last_sequence() {
        let dir = temp_dir("claim-flip");
        committed(&dir, 5);
        let seg = dir.join(segment_name(1));
        let mut bytes = written(&seg);
        let at = bytes.len() - 3;
        bytes[at] ^= 0x40; // a bit in the last, acknowledged record
        std::fs::write(&seg, &bytes).unwrap();
        let mut s = FileStore::open(&dir).unwrap();
        assert_eq!((s.index.last_seq(), s.index.msgs()), (5, 4));
        assert_eq!(s.lost().msgs, vec![5]);
        assert_eq!(s.append("t", b"", b"next", 9).unwrap(), 6, "the lost sequence is not reused");
        let _ = std::fs::remove_dir_all(&dir);
    }

    #[test]
    fn a_truncated_newest_segment_keeps_the_last_sequence() {
        let dir = temp_dir("claim-cut");
        committed(&dir, 6);
        let seg = dir.join(segment_name(1));
        let bytes = written(&seg);
        let rec_len = (bytes.len() - SEGMENT_HEADER) / 6;
        std::fs::write(&seg, &bytes[..SEGMENT_HEADER + rec_len * 3 + 5]).unwrap();
        let s = FileStore::open(&dir).unwrap();
        assert_eq!((s.index.last_seq(), s.index.msgs()), (6, 3));
        assert_eq!(s.lost().msgs, vec![4, 5, 6]);
        drop(s);
        // Reopened again, the loss is still known (the claim is still there).
        let s = FileStore::open(&dir).unwrap();
        assert_eq!((s.index.last_seq(), s.lost().msgs), (6, vec![4, 5, 6]));
        drop(s);
        // Cut on a record boundary, then written past: lost records keep the loss known
        // after newer claims and records cover the cut.
        std::fs::write(&seg, &bytes[..SEGMENT_HEADER + rec_len * 3]).unwrap();
        committed(&dir, 2);
        let s = FileStore::open(&dir).unwrap();
        assert_eq!((s.index.last_seq(), s.index.msgs(), s.lost().msgs), (8, 5, vec![4, 5, 6]));
        let _ = std::fs::remove_dir_all(&dir);
    }

    #[test]
    fn a_torn_write_past_the_last_commit_is_dropped() {
        let dir = temp_dir("claim-torn");
        committed(&dir, 3);
        {
            // Two more records written but never synced (so never acknowledged), the
            // second cut short as by a crash.
            let mut s = FileStore::open(&dir).unwrap();
            s.append("t", b"", b"unacked-1", 1).unwrap();
            s.append("t", b"", b"unacked-2", 2).unwrap();
            s.flush().unwrap();
        }
        let seg = dir.join(segment_name(1));
        let bytes = written(&seg);
        std::fs::write(&seg, &bytes[..bytes.len() - 4]).unwrap();
        let s = FileStore::open(&dir).unwrap();
        assert_eq!((s.index.last_seq(), s.index.msgs()), (4, 4));
        assert!(s.lost().msgs.is_empty(), "{:?}", s.lost());
        let _ = std::fs::remove_dir_all(&dir);
    }

    #[test]
    fn a_torn_claim_falls_back_to_the_other_slot() {
        let dir = temp_dir("claim-slot");
        committed(&dir, 2);
        {
            let mut s = FileStore::open(&dir).unwrap();
            s.append("t", b"", b"three", 3).unwrap();
            for f in s.sync_handles().unwrap() {
                f.sync().unwrap();
            }
        }
        let seg = dir.join(segment_name(1));
        let mut bytes = written(&seg);
        let claims =
            [Claim::decode(&bytes[RECORD_HEADER..][..CLAIM_SIZE]), Claim::decode(&bytes[RECORD_HEADER + CLAIM_SIZE..][..CLAIM_SIZE])];
        let newest = if claims[0].unwrap().generation > claims[1].unwrap().generation { 0 } else { 1 };
        bytes[RECORD_HEADER + newest * CLAIM_SIZE + 3] ^= 0xff;
        std::fs::write(&seg, &bytes).unwrap();
        let s = FileStore::open(&dir).unwrap();
        assert_eq!((s.index.last_seq(), s.index.msgs()), (3, 3));
        assert!(s.lost().msgs.is_empty());
        let _ = std::fs::remove_dir_all(&dir);
    }

    #[test]
    fn purging_everything_starts_a_fresh_segment() {
        let dir = temp_dir("clear");
        committed(&dir, 4);
        {
            let mut s = FileStore::open(&dir).unwrap();
            assert_eq!(s.purge(&PurgeRequest::default()).unwrap(), 4);
            let names: Vec<_> = std::fs::read_dir(&dir).unwrap().flatten().map(|e| e.file_name()).collect();
            assert_eq!(names, vec![std::ffi::OsString::from(segment_name(5))]);
        }
        let mut s = FileStore::open(&dir).unwrap();
        assert_eq!((s.index.first_seq(), s.index.last_seq(), s.index.msgs()), (5, 4, 0));
        assert_eq!(s.append("t", b"", b"after", 9).unwrap(), 5);
        let _ = std::fs::remove_dir_all(&dir);
    }

    #[test]
    fn preallocated_space_is_neither_data_nor_damage() {
        let dir = temp_dir("prealloc");
        committed(&dir, 3);
        let seg = dir.join(segment_name(1));
        let data = written(&seg);
        assert!(std::fs::metadata(&seg).unwrap().len() >= PREALLOCATE, "appends go into preallocated space");
        let mut s = FileStore::open(&dir).unwrap();
        assert_eq!((s.index.last_seq(), s.index.msgs(), s.lost().bytes), (3, 3, 0));
        assert_eq!(s.append("t", b"", b"four", 4).unwrap(), 4);
        for f in s.sync_handles().unwrap() {
            f.sync().unwrap();
        }
        drop(s);
        // A torn append (never synced) inside the preallocated space is cut off.
        let mut bytes = std::fs::read(&seg).unwrap();
        let end = written(&seg).len();
        bytes[end..end + 20].copy_from_slice(&[7u8; 20]);
        std::fs::write(&seg, &bytes).unwrap();
        let s = FileStore::open(&dir).unwrap();
        assert_eq!((s.index.last_seq(), s.index.msgs()), (4, 4));
        assert!(s.lost().msgs.is_empty());
        assert_eq!(&s.load(4).unwrap().unwrap().payload[..], b"four");
        assert!(written(&seg).len() > data.len());
        let _ = std::fs::remove_dir_all(&dir);
    }

    fn msg_record(seq: u64, payload: &[u8]) -> Vec<u8> {
        record(KIND_MSG, &[&seq.to_le_bytes(), &0i64.to_le_bytes(), &1u16.to_le_bytes(), &0u32.to_le_bytes(), b"s", payload])
    }

    /// Found by fuzzing: sequence numbers near u64::MAX in records with valid checksums
    /// overflowed the recovery arithmetic.
    #[test]
    fn sequences_at_the_end_of_the_range_do_not_overflow() {
        let mut seg = msg_record(1, b"a");
        seg.extend(record(KIND_SKIP, &[&u64::MAX.to_le_bytes()]));
        seg.extend(record(KIND_COMPACT, &[&u64::MAX.to_le_bytes(), &u64::MAX.to_le_bytes()]));
        seg.extend(msg_record(u64::MAX, b"b"));
        let (first, last, msgs, _) = fuzz_recover(&[(1, seg)]);
        assert_eq!((first, last, msgs), (u64::MAX, super::super::LAST_SEQ, 0));
        let (_, last, _, _) = fuzz_recover(&[(u64::MAX, msg_record(3, b"c"))]);
        assert_eq!(last, super::super::LAST_SEQ);
    }

    /// Found by fuzzing: records out of order or repeated (only damage makes them) left
    /// the index's first sequence and byte count wrong, and `num_deleted` underflowed.
    #[test]
    fn records_out_of_order_or_repeated_keep_the_counts_true() {
        let mut seg = msg_record(5, b"five");
        seg.extend(msg_record(3, b"three"));
        seg.extend(msg_record(5, b"five again"));
        let (first, last, msgs, _) = fuzz_recover(&[(1, seg)]);
        assert_eq!((first, last, msgs), (3, 5, 2));
    }

    #[test]
    fn reads_in_order_come_from_one_read_ahead_and_direct_reads_from_disk() {
        let dir = temp_dir("readahead");
        committed(&dir, 100);
        let mut s = FileStore::open(&dir).unwrap();
        for seq in 1..=100u64 {
            let m = s.load_in_order(seq).unwrap().unwrap();
            assert_eq!(&m.payload[..], format!("payload-{}", seq - 1).as_bytes());
        }
        // Damage on disk: the read-ahead block still holds the bytes read before it, a
        // direct read finds it, and from then on the block is not trusted either.
        let seg = dir.join(segment_name(1));
        let mut bytes = std::fs::read(&seg).unwrap();
        let at = bytes.windows(10).position(|w| w == b"payload-49").unwrap();
        bytes[at] ^= 0x01;
        std::fs::write(&seg, &bytes).unwrap();
        assert_eq!(&s.load_in_order(50).unwrap().unwrap().payload[..], b"payload-49");
        assert!(matches!(s.load(50), Err(StoreError::Corrupt(50))));
        assert!(matches!(s.load_in_order(50), Err(StoreError::Corrupt(50))));
        // Records written after the block was read are read from disk.
        s.append("t", b"", b"later", 1).unwrap();
        s.flush().unwrap();
        s.recent.clear();
        assert_eq!(&s.load_in_order(101).unwrap().unwrap().payload[..], b"later");
        // An erase forgets the block.
        s.load_in_order(59).unwrap();
        s.remove(60, true).unwrap();
        assert!(s.load_in_order(60).unwrap().is_none());
        assert_eq!(&s.load_in_order(61).unwrap().unwrap().payload[..], b"payload-60");
        let _ = std::fs::remove_dir_all(&dir);
    }
}
