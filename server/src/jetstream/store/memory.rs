//! The memory store: message bodies in memory, gone when the server stops.
//!
//! A stream is a log, so bodies sit in a ring indexed by sequence (`seq - base`): appends
//! and reads are O(1) with no hashing, and removals from the front (limits, acks,
//! purges) just advance the ring. A message removed from the middle leaves an empty slot
//! until the front passes it.

use std::collections::VecDeque;
use std::sync::Arc;

use bytes::Bytes;

use super::index::Entry;
use super::{io::IoFile, memory_msg_size, Index, Lost, Store, StoreError, StoredMsg};

#[derive(Default)]
pub struct MemoryStore {
    index: Index,
    /// Header block and payload back to back (the entry's `len` is the header length),
    /// for sequences `base..base + bodies.len()`.
    bodies: VecDeque<Option<Bytes>>,
    base: u64,
}

impl MemoryStore {
    pub fn new() -> MemoryStore {
        MemoryStore::default()
    }

    fn slot(&self, seq: u64) -> Option<&Bytes> {
        let i = seq.checked_sub(self.base)?;
        self.bodies.get(i as usize)?.as_ref()
    }

    /// Drops empty slots at the front, so the ring starts at the first stored message.
    fn trim_front(&mut self) {
        while let Some(None) = self.bodies.front() {
            self.bodies.pop_front();
            self.base += 1;
        }
    }
}

impl Store for MemoryStore {
    fn index(&self) -> &Index {
        &self.index
    }

    fn append(&mut self, subject: &str, headers: &[u8], payload: &[u8], ts: i64) -> Result<u64, StoreError> {
        if self.index.last_seq() >= super::LAST_SEQ {
            return Err(StoreError::SequenceExhausted);
        }
        let seq = self.index.last_seq() + 1;
        let mut body = Vec::with_capacity(headers.len() + payload.len());
        body.extend_from_slice(headers);
        body.extend_from_slice(payload);
        let size = memory_msg_size(subject.len(), headers.len(), payload.len()) as u32;
        let subject = self.index.intern(subject);
        self.index.insert(seq, Entry { subject, ts, size, loc: 0, len: headers.len() as u32 });
        if let Some(at) = super::ttl_expiry(headers, ts) {
            self.index.set_ttl(seq, at);
        }
        if self.bodies.is_empty() {
            self.base = seq;
        }
        while self.base + (self.bodies.len() as u64) < seq {
            self.bodies.push_back(None);
        }
        self.bodies.push_back(Some(Bytes::from(body)));
        Ok(seq)
    }

    fn load(&self, seq: u64) -> Result<Option<StoredMsg>, StoreError> {
        let (Some(entry), Some(body)) = (self.index.get(seq), self.slot(seq)) else { return Ok(None) };
        let h = entry.len as usize;
        Ok(Some(StoredMsg { seq, subject: entry.subject.clone(), headers: body.slice(..h), payload: body.slice(h..), ts: entry.ts }))
    }

    fn remove(&mut self, seq: u64, _erase: bool) -> Result<bool, StoreError> {
        if let Some(i) = seq.checked_sub(self.base) {
            if let Some(slot) = self.bodies.get_mut(i as usize) {
                *slot = None;
            }
        }
        self.trim_front();
        Ok(self.index.remove(seq).is_some())
    }

    fn compact(&mut self, seq: u64) -> Result<u64, StoreError> {
        let removed = self.index.compact(seq);
        while self.base < seq && !self.bodies.is_empty() {
            self.bodies.pop_front();
            self.base += 1;
        }
        self.trim_front();
        Ok(removed.len() as u64)
    }

    fn flush(&mut self) -> Result<(), StoreError> {
        Ok(())
    }

    fn sync_handles(&mut self) -> Result<Vec<Arc<IoFile>>, StoreError> {
        Ok(Vec::new())
    }

    fn lost(&self) -> Lost {
        Lost::default()
    }

    fn destroy(&mut self) -> Result<(), StoreError> {
        self.bodies.clear();
        self.index = Index::new();
        Ok(())
    }

    fn skip_msgs(&mut self, next: u64) -> Result<(), StoreError> {
        if next > self.index.last_seq() + 1 {
            self.index.set_last(next - 1, 0);
        }
        Ok(())
    }

    fn skip_to(&mut self, seq: u64) -> Result<(), StoreError> {
        self.index.skip_to(seq);
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ring_follows_appends_removals_and_compaction() {
        let mut s = MemoryStore::new();
        for i in 0..5 {
            s.append("m", b"", format!("{i}").as_bytes(), i).unwrap();
        }
        s.remove(3, false).unwrap();
        s.remove(1, false).unwrap();
        assert_eq!((s.base, s.bodies.len()), (2, 4));
        assert!(s.load(3).unwrap().is_none());
        assert_eq!(&s.load(4).unwrap().unwrap().payload[..], b"3");
        s.compact(5).unwrap();
        assert_eq!((s.base, s.bodies.len(), s.index().msgs()), (5, 1, 1));
        s.skip_msgs(9).unwrap();
        assert_eq!(s.append("m", b"", b"x", 9).unwrap(), 9);
        assert_eq!(&s.load(9).unwrap().unwrap().payload[..], b"x");
        assert_eq!(&s.load(5).unwrap().unwrap().payload[..], b"4");
    }
}
