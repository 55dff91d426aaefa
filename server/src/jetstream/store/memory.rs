//! The memory store: message bodies in a map, gone when the server stops.

use rustc_hash::FxHashMap as HashMap;
use std::sync::Arc;

use bytes::Bytes;

use super::index::Entry;
use super::{io::IoFile, memory_msg_size, Index, Lost, Store, StoreError, StoredMsg};

#[derive(Default)]
pub struct MemoryStore {
    index: Index,
    /// Header block and payload back to back; the entry's `len` is the header length.
    bodies: HashMap<u64, Bytes>,
}

impl MemoryStore {
    pub fn new() -> MemoryStore {
        MemoryStore { index: Index::new(), bodies: HashMap::default() }
    }
}

impl Store for MemoryStore {
    fn index(&self) -> &Index {
        &self.index
    }

    fn append(&mut self, subject: &str, headers: &[u8], payload: &[u8], ts: i64) -> Result<u64, StoreError> {
        let seq = self.index.last_seq() + 1;
        let mut body = Vec::with_capacity(headers.len() + payload.len());
        body.extend_from_slice(headers);
        body.extend_from_slice(payload);
        let size = memory_msg_size(subject.len(), headers.len(), payload.len()) as u32;
        let subject = self.index.intern(subject);
        self.index.insert(seq, Entry { subject, ts, size, loc: 0, len: headers.len() as u32 });
        self.bodies.insert(seq, Bytes::from(body));
        Ok(seq)
    }

    fn load(&self, seq: u64) -> Result<Option<StoredMsg>, StoreError> {
        let (Some(entry), Some(body)) = (self.index.get(seq), self.bodies.get(&seq)) else { return Ok(None) };
        let h = entry.len as usize;
        Ok(Some(StoredMsg { seq, subject: entry.subject.clone(), headers: body.slice(..h), payload: body.slice(h..), ts: entry.ts }))
    }

    fn remove(&mut self, seq: u64, _erase: bool) -> Result<bool, StoreError> {
        self.bodies.remove(&seq);
        Ok(self.index.remove(seq).is_some())
    }

    fn compact(&mut self, seq: u64) -> Result<u64, StoreError> {
        let removed = self.index.compact(seq);
        for s in &removed {
            self.bodies.remove(s);
        }
        Ok(removed.len() as u64)
    }

    fn flush(&mut self) -> Result<(), StoreError> {
        Ok(())
    }

    fn sync_handles(&mut self) -> Vec<Arc<IoFile>> {
        Vec::new()
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
