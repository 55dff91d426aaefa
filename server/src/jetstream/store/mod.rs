//! Message storage for streams: one `Store` trait, a memory and a file implementation.
//!
//! A stream is a log: messages get consecutive sequence numbers and are removed by limits,
//! acks, purges and deletes, never changed. Both stores keep the same in-memory `Index`
//! (sequence → subject, time, size; subject → its sequences) that answers every query the
//! stream and its consumers ask (state, per-subject counts, the next message matching a
//! filter, pending counts); they differ only in where message bodies live. The file store
//! keeps bodies in checksummed append-only segments (see `file.rs`).
//!
//! Stores are used under the owning stream's lock; the only work done outside it is the
//! fsync of a file store (`Store::sync_handles`), so that concurrent publishers share one.

pub mod file;
pub mod index;
pub mod io;
pub mod memory;

use std::sync::Arc;

use bytes::Bytes;

pub use index::Index;

/// One stored message.
#[derive(Clone, Debug)]
pub struct StoredMsg {
    pub seq: u64,
    pub subject: Arc<str>,
    /// The header block (`NATS/1.0\r\n...\r\n\r\n`), empty when none.
    pub headers: Bytes,
    pub payload: Bytes,
    /// Unix nanoseconds.
    pub ts: i64,
}

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("stream store: {0}")]
    Io(#[from] std::io::Error),
    /// The record for this sequence failed its checksum or is unreadable.
    #[error("message {0} is corrupt")]
    Corrupt(u64),
    /// The stream already holds sequence [`LAST_SEQ`]: no further message can be numbered.
    #[error("sequence space exhausted")]
    SequenceExhausted,
}

/// The highest sequence a message can take. One below `u64::MAX`, so that
/// "the sequence after the last" is always representable (nats-server wraps
/// silently there; natsx refuses the publish instead).
pub const LAST_SEQ: u64 = u64::MAX - 1;

/// What a purge request selects.
#[derive(Clone, Debug, Default)]
pub struct PurgeRequest {
    /// Only subjects matching this filter (empty: all).
    pub filter: String,
    /// Remove messages below this sequence (0: no bound).
    pub up_to_seq: u64,
    /// Keep this many of the newest matching messages (0: keep none).
    pub keep: u64,
}

/// Messages the store found damaged on start or on read: never served, reported in
/// stream info as nats-server's `lost`.
#[derive(Clone, Debug, Default)]
pub struct Lost {
    pub msgs: Vec<u64>,
    pub bytes: u64,
}

pub trait Store: Send {
    fn index(&self) -> &Index;

    /// Appends a message with the next sequence; returns it. Like every change here, on an
    /// error it left no trace: the file store rolled the failed write back, so the sequence
    /// was not consumed and nothing of it reaches the disk later.
    fn append(&mut self, subject: &str, headers: &[u8], payload: &[u8], ts: i64) -> Result<u64, StoreError>;

    /// Reads one message. `Ok(None)` when the sequence is not stored (deleted or never was).
    fn load(&self, seq: u64) -> Result<Option<StoredMsg>, StoreError>;

    /// `load` for a reader going through the stream in sequence order (a consumer's new
    /// deliveries): the file store reads ahead and serves the next records from memory.
    /// Damage that happens after a record was read ahead is caught on its next read from
    /// disk; `load` always reads from disk.
    fn load_in_order(&self, seq: u64) -> Result<Option<StoredMsg>, StoreError> {
        self.load(seq)
    }

    /// Removes one message; `erase` overwrites its bytes as well. False if it was not there.
    fn remove(&mut self, seq: u64, erase: bool) -> Result<bool, StoreError>;

    /// Removes every message below `seq` (the stream's first sequence becomes `seq`).
    /// Returns how many were removed.
    fn compact(&mut self, seq: u64) -> Result<u64, StoreError>;

    /// Writes anything buffered to the operating system (not necessarily to disk).
    fn flush(&mut self) -> Result<(), StoreError>;

    /// Writes out what is buffered (with the file store's commit claim) and returns the
    /// files holding writes not yet synced. The caller leaves the lock and syncs them, so
    /// one fsync covers every publish before it. A failed write was rolled back when this
    /// returns an error.
    fn sync_handles(&mut self) -> Result<Vec<Arc<io::IoFile>>, StoreError>;

    /// After a failed sync of the handles `sync_handles` gave: nothing written since the
    /// last good sync is trusted; the store re-reads what is verified on disk. Sequences
    /// up to `keep_through` (acknowledged, or shown to consumers) stay used: any of them
    /// now missing is reported lost, and never numbers a new message.
    fn rollback_unsynced(&mut self, _keep_through: u64, _cause: &std::io::Error) -> Result<(), StoreError> {
        Ok(())
    }

    /// How many times a failed write or sync rolled the store back, and why the last
    /// time (nats-server's wording of the I/O error). A caller that sees the count move
    /// during an operation knows some of its changes were undone.
    fn rollbacks(&self) -> (u64, Option<String>) {
        (0, None)
    }

    /// True when a rollback could not re-read the store: memory no longer matches the
    /// disk, every change is refused, and nothing not yet synced may be acknowledged.
    fn is_broken(&self) -> bool {
        false
    }

    /// Messages found damaged.
    fn lost(&self) -> Lost;

    /// Drops a message whose record failed its checksum on read: it is never served and
    /// is reported as lost from now on.
    fn mark_lost(&mut self, _seq: u64) {}

    /// Removes every trace of the store (stream deleted).
    fn destroy(&mut self) -> Result<(), StoreError>;

    /// Makes `next` the sequence of the next message appended; the ones in between never
    /// existed (a mirror following gaps in its origin).
    fn skip_msgs(&mut self, next: u64) -> Result<(), StoreError>;

    /// Sets the first sequence of an empty store (`first_seq` in the stream config, or a
    /// purge to a sequence past the end).
    fn skip_to(&mut self, seq: u64) -> Result<(), StoreError>;

    /// Purges what the request selects; returns the count removed.
    fn purge(&mut self, request: &PurgeRequest) -> Result<u64, StoreError> {
        purge_by_removal(self, request)
    }
}

/// A purge done with the store's own removals and compaction (every store can).
pub fn purge_by_removal<S: Store + ?Sized>(store: &mut S, request: &PurgeRequest) -> Result<u64, StoreError> {
    {
        let index = store.index();
        if request.filter.is_empty() && request.keep == 0 {
            let target = if request.up_to_seq > 0 { request.up_to_seq } else { index.last_seq() + 1 };
            let target = target.min(index.last_seq() + 1);
            return store.compact(target.max(index.first_seq()));
        }
        let victims = index.purge_candidates(&request.filter, request.up_to_seq, request.keep);
        let mut n = 0;
        for seq in victims {
            if store.remove(seq, false)? {
                n += 1;
            }
        }
        Ok(n)
    }
}

/// A message's own expiry from its `Nats-TTL` header: Unix nanoseconds, `i64::MAX` for
/// `never`, `None` without a (valid, non-zero) header.
pub fn ttl_expiry(headers: &[u8], ts: i64) -> Option<i64> {
    match parse_ttl(super::headers::get(headers, "Nats-TTL")?) {
        Ok(Some(0)) | Err(InvalidTtl) => None,
        Ok(Some(ttl)) => Some(ts.saturating_add(ttl)),
        Ok(None) => Some(i64::MAX),
    }
}

/// A `Nats-TTL` value that is neither a duration of at least a second nor `never`.
#[derive(Debug, PartialEq, Eq)]
pub struct InvalidTtl;

/// `Nats-TTL` as nats-server's `parseMessageTTL` reads it: a Go duration (`1m`) of at
/// least a second, else whole seconds (`60`); `never` (`Ok(None)`) keeps the message
/// past the stream's max_age. The result is in nanoseconds, truncated to whole seconds
/// as nats-server keeps it; `Ok(Some(0))` (from `00`) is no TTL at all.
pub fn parse_ttl(value: &str) -> Result<Option<i64>, InvalidTtl> {
    if value.eq_ignore_ascii_case("never") {
        return Ok(None);
    }
    let secs = match natsx_common::time::parse_go_duration(value) {
        Some(d) if d.as_secs() == 0 => return Err(InvalidTtl),
        Some(d) => d.as_secs(),
        None if !value.is_empty() && value.bytes().all(|b| b.is_ascii_digit()) => value.parse::<u64>().map_err(|_| InvalidTtl)?,
        None => return Err(InvalidTtl),
    };
    i64::try_from(secs).ok().and_then(|s| s.checked_mul(1_000_000_000)).map(Some).ok_or(InvalidTtl)
}

/// nats-server's accounting size of a message in a file stream (its record size), used for
/// `bytes` in stream state, `max_bytes` and account usage.
pub fn file_msg_size(subject_len: usize, headers_len: usize, payload_len: usize) -> u64 {
    let header_extra = if headers_len > 0 { 4 } else { 0 };
    (22 + subject_len + header_extra + headers_len + payload_len + 8) as u64
}

/// nats-server's accounting size of a message in a memory stream.
pub fn memory_msg_size(subject_len: usize, headers_len: usize, payload_len: usize) -> u64 {
    (subject_len + headers_len + payload_len + 16) as u64
}
