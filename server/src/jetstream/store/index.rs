//! The in-memory index every store keeps: which sequences exist, their subjects, times and
//! sizes, and each subject's sequences. It answers the queries of streams and consumers
//! without touching message bodies.

use std::collections::{BTreeMap, BTreeSet};

use rustc_hash::FxHashMap as HashMap;
use std::sync::Arc;

use natsx_common::subject;

#[derive(Clone, Debug)]
pub struct Entry {
    pub subject: Arc<str>,
    pub ts: i64,
    /// Accounting size (see `file_msg_size` / `memory_msg_size`).
    pub size: u32,
    /// Where the body is, in the store's own terms (file: offset in the segment).
    pub loc: u64,
    /// Length of the stored record (file store), or of the header block (memory store).
    pub len: u32,
}

/// Consumer filters: any of these subjects (wildcards allowed); empty selects everything.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Filter(Vec<String>);

impl Filter {
    pub fn new(subjects: Vec<String>) -> Filter {
        Filter(subjects.into_iter().filter(|s| !s.is_empty() && s != ">").collect())
    }

    pub fn all() -> Filter {
        Filter(Vec::new())
    }

    pub fn is_all(&self) -> bool {
        self.0.is_empty()
    }

    pub fn subjects(&self) -> &[String] {
        &self.0
    }

    pub fn matches(&self, subject: &str) -> bool {
        self.0.is_empty() || self.0.iter().any(|f| subject::matches(f.as_bytes(), subject.as_bytes()))
    }
}

/// The most deleted sequences [`Index::deleted`] lists.
pub const MAX_DELETED_LISTED: usize = 1_000_000;

/// Above this many subjects, a wildcard filter scans messages instead of subjects.
const SUBJECT_SCAN_LIMIT: usize = 512;

#[derive(Debug, Default)]
pub struct Index {
    msgs: BTreeMap<u64, Entry>,
    subjects: HashMap<Arc<str>, BTreeSet<u64>>,
    /// The first sequence the stream holds: 0 for a stream that never had a message
    /// (as nats-server reports it), past the end once emptied.
    first: u64,
    last: u64,
    last_ts: i64,
    bytes: u64,
    /// Messages with a per-message TTL (`Nats-TTL`): (expires at, seq), and seq → expiry.
    /// `i64::MAX` is "never" (kept even past the stream's max_age).
    ttl: BTreeSet<(i64, u64)>,
    ttl_of: HashMap<u64, i64>,
}

impl Index {
    pub fn new() -> Index {
        Index::default()
    }

    /// The subject as a shared string, reusing the one already stored for it.
    pub fn intern(&self, subject: &str) -> Arc<str> {
        match self.subjects.get_key_value(subject) {
            Some((k, _)) => k.clone(),
            None => Arc::from(subject),
        }
    }

    pub fn insert(&mut self, seq: u64, entry: Entry) {
        if seq <= self.last {
            // Not an append: only a damaged store replays records out of order or twice.
            // Keep the counts true: replace a duplicate, and move `first` back.
            if self.msgs.contains_key(&seq) {
                self.remove(seq);
            }
            if self.msgs.is_empty() || seq < self.first {
                self.first = seq;
            }
        } else if self.msgs.is_empty() {
            self.first = seq;
        }
        self.bytes += entry.size as u64;
        self.subjects.entry(entry.subject.clone()).or_default().insert(seq);
        if seq > self.last {
            self.last = seq;
            self.last_ts = entry.ts;
        }
        self.msgs.insert(seq, entry);
    }

    /// Records when a message expires by its own TTL.
    pub fn set_ttl(&mut self, seq: u64, expires: i64) {
        if self.msgs.contains_key(&seq) {
            self.ttl.insert((expires, seq));
            self.ttl_of.insert(seq, expires);
        }
    }

    pub fn has_ttl(&self, seq: u64) -> bool {
        self.ttl_of.contains_key(&seq)
    }

    /// True for a message with `Nats-TTL: never`: kept even past the stream's max_age.
    pub fn never_expires(&self, seq: u64) -> bool {
        self.ttl_of.get(&seq) == Some(&i64::MAX)
    }

    /// Messages whose TTL has passed.
    pub fn ttl_due(&self, now: i64) -> Vec<u64> {
        self.ttl.iter().take_while(|(at, _)| *at <= now).map(|(_, s)| *s).collect()
    }

    /// When the next TTL expires.
    pub fn next_ttl(&self) -> Option<i64> {
        self.ttl.iter().next().map(|(at, _)| *at).filter(|at| *at != i64::MAX)
    }

    pub fn remove(&mut self, seq: u64) -> Option<Entry> {
        let entry = self.msgs.remove(&seq)?;
        if let Some(at) = self.ttl_of.remove(&seq) {
            self.ttl.remove(&(at, seq));
        }
        self.bytes -= entry.size as u64;
        if let Some(set) = self.subjects.get_mut(&entry.subject) {
            set.remove(&seq);
            if set.is_empty() {
                self.subjects.remove(&entry.subject);
            }
        }
        if seq == self.first {
            self.first = self.msgs.keys().next().copied().unwrap_or(self.last + 1);
        }
        Some(entry)
    }

    /// Moves the start of the log to `seq` (which may be past the end); returns the
    /// sequences that were below it.
    pub fn compact(&mut self, seq: u64) -> Vec<u64> {
        let below: Vec<u64> = self.msgs.range(..seq).map(|(s, _)| *s).collect();
        for s in &below {
            self.remove(*s);
        }
        if seq > self.last {
            self.last = seq - 1;
        }
        self.first = self.msgs.keys().next().copied().unwrap_or(seq.max(self.last + 1));
        below
    }

    /// An empty log that continues at `seq` (`first_seq`, or recovery of a purged stream).
    pub fn skip_to(&mut self, seq: u64) {
        if self.msgs.is_empty() && seq > 0 {
            self.first = seq;
            self.last = seq - 1;
        }
    }

    pub fn set_last(&mut self, seq: u64, ts: i64) {
        if seq > self.last {
            self.last = seq;
            if ts != 0 {
                self.last_ts = ts;
            }
            if self.msgs.is_empty() {
                self.first = self.last + 1;
            }
        }
    }

    pub fn get(&self, seq: u64) -> Option<&Entry> {
        self.msgs.get(&seq)
    }

    pub fn msgs(&self) -> u64 {
        self.msgs.len() as u64
    }

    pub fn bytes(&self) -> u64 {
        self.bytes
    }

    pub fn first_seq(&self) -> u64 {
        self.first
    }

    pub fn last_seq(&self) -> u64 {
        self.last
    }

    pub fn last_ts(&self) -> i64 {
        self.last_ts
    }

    pub fn first_ts(&self) -> i64 {
        self.msgs.values().next().map(|e| e.ts).unwrap_or(0)
    }

    pub fn num_subjects(&self) -> usize {
        self.subjects.len()
    }

    pub fn oldest(&self) -> Option<(u64, &Entry)> {
        self.msgs.iter().next().map(|(s, e)| (*s, e))
    }

    /// Sequences between first and last that are gone (deleted in the middle).
    pub fn num_deleted(&self) -> u64 {
        if self.msgs.is_empty() {
            return 0;
        }
        (self.last - self.first + 1) - self.msgs.len() as u64
    }

    /// The deleted sequences themselves (stream info's `deleted`), at most
    /// [`MAX_DELETED_LISTED`]: a mirror that skipped a huge gap must not make one info
    /// request allocate without bound.
    pub fn deleted(&self) -> Vec<u64> {
        let mut out = Vec::new();
        if self.msgs.is_empty() {
            return out;
        }
        let mut expect = self.first;
        for &seq in self.msgs.keys() {
            let room = (MAX_DELETED_LISTED - out.len()) as u64;
            out.extend(expect..seq.min(expect.saturating_add(room)));
            if out.len() >= MAX_DELETED_LISTED {
                break;
            }
            expect = seq + 1;
        }
        out
    }

    /// The sequences of one literal subject.
    pub fn subject_seqs(&self, subject: &str) -> Option<&BTreeSet<u64>> {
        self.subjects.get(subject)
    }

    /// Counts per subject matching `filter` (all when empty).
    pub fn subject_counts(&self, filter: &str) -> BTreeMap<String, u64> {
        self.subjects
            .iter()
            .filter(|(s, _)| filter.is_empty() || subject::matches(filter.as_bytes(), s.as_bytes()))
            .map(|(s, set)| (s.to_string(), set.len() as u64))
            .collect()
    }

    fn literal(filter: &str) -> bool {
        !subject::has_wildcard(filter.as_bytes())
    }

    /// The first sequence ≥ `from` whose subject passes `filter`.
    pub fn next_matching(&self, from: u64, filter: &Filter) -> Option<u64> {
        if filter.is_all() {
            return self.msgs.range(from..).next().map(|(s, _)| *s);
        }
        let cheap = filter.subjects().iter().all(|f| Self::literal(f)) || self.subjects.len() <= SUBJECT_SCAN_LIMIT;
        if cheap {
            let mut best: Option<u64> = None;
            for f in filter.subjects() {
                let mut consider = |set: &BTreeSet<u64>| {
                    if let Some(&s) = set.range(from..).next() {
                        best = Some(best.map_or(s, |b| b.min(s)));
                    }
                };
                if Self::literal(f) {
                    if let Some(set) = self.subjects.get(f.as_str()) {
                        consider(set);
                    }
                } else {
                    for (s, set) in &self.subjects {
                        if subject::matches(f.as_bytes(), s.as_bytes()) {
                            consider(set);
                        }
                    }
                }
            }
            return best;
        }
        self.msgs.range(from..).find(|(_, e)| filter.matches(&e.subject)).map(|(s, _)| *s)
    }

    /// The newest sequence whose subject passes `filter`.
    pub fn last_matching(&self, filter: &Filter) -> Option<u64> {
        if filter.is_all() {
            return self.msgs.keys().next_back().copied();
        }
        // Literal subjects (a KV key) are looked up, not searched for.
        if filter.subjects().iter().all(|f| Self::literal(f)) {
            return filter.subjects().iter().filter_map(|f| self.subjects.get(f.as_str())?.last().copied()).max();
        }
        self.subjects.iter().filter(|(s, _)| filter.matches(s)).filter_map(|(_, set)| set.last().copied()).max()
    }

    /// The newest sequence of every subject passing `filter`, in sequence order.
    pub fn last_per_subject(&self, filter: &Filter) -> Vec<u64> {
        if !filter.is_all() && filter.subjects().iter().all(|f| Self::literal(f)) {
            let mut out: Vec<u64> = filter.subjects().iter().filter_map(|f| self.subjects.get(f.as_str())?.last().copied()).collect();
            out.sort_unstable();
            out.dedup();
            return out;
        }
        let mut out: Vec<u64> =
            self.subjects.iter().filter(|(s, _)| filter.matches(s)).filter_map(|(_, set)| set.last().copied()).collect();
        out.sort_unstable();
        out
    }

    /// How many messages at or after `from` pass `filter`.
    pub fn count_from(&self, from: u64, filter: &Filter) -> u64 {
        // An empty stream may have `first == last + 1` (after a purge, or a `first_seq`).
        if from > self.last || self.msgs.is_empty() {
            return 0;
        }
        if filter.is_all() {
            if self.num_deleted() == 0 {
                return self.last - from.max(self.first) + 1;
            }
            let before = self.msgs.range(..from).count() as u64;
            return self.msgs.len() as u64 - before;
        }
        let mut n = 0;
        for (s, set) in &self.subjects {
            if filter.matches(s) {
                n += if from <= self.first { set.len() as u64 } else { set.range(from..).count() as u64 };
            }
        }
        n
    }

    /// Sequences a filtered purge removes: matching ones below `up_to_seq` (when set),
    /// except the newest `keep` of them.
    pub fn purge_candidates(&self, filter: &str, up_to_seq: u64, keep: u64) -> Vec<u64> {
        let filter = if filter.is_empty() { Filter::all() } else { Filter::new(vec![filter.to_string()]) };
        let mut seqs: Vec<u64> = if filter.is_all() {
            self.msgs.keys().copied().collect()
        } else {
            let mut v: Vec<u64> =
                self.subjects.iter().filter(|(s, _)| filter.matches(s)).flat_map(|(_, set)| set.iter().copied()).collect();
            v.sort_unstable();
            v
        };
        if up_to_seq > 0 {
            seqs.retain(|s| *s < up_to_seq);
        }
        if keep > 0 {
            let n = seqs.len().saturating_sub(keep as usize);
            seqs.truncate(n);
        }
        seqs
    }

    /// Messages older than `cutoff` (Unix nanoseconds), oldest first.
    pub fn older_than(&self, cutoff: i64) -> Vec<u64> {
        self.msgs.iter().take_while(|(_, e)| e.ts < cutoff).map(|(s, _)| *s).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(subject: &str, ts: i64) -> Entry {
        Entry { subject: Arc::from(subject), ts, size: 10, loc: 0, len: 0 }
    }

    #[test]
    fn queries_follow_inserts_and_removals() {
        let mut ix = Index::new();
        assert_eq!(ix.first_seq(), 0, "nothing stored yet");
        for (i, s) in ["a.1", "a.2", "b.1", "a.1", "b.2"].iter().enumerate() {
            ix.insert(i as u64 + 1, entry(s, i as i64));
        }
        assert_eq!((ix.first_seq(), ix.last_seq(), ix.msgs(), ix.bytes()), (1, 5, 5, 50));
        let a = Filter::new(vec!["a.*".into()]);
        assert_eq!(ix.next_matching(2, &a), Some(2));
        assert_eq!(ix.next_matching(3, &a), Some(4));
        assert_eq!(ix.count_from(1, &a), 3);
        assert_eq!(ix.last_per_subject(&Filter::all()), vec![2, 3, 4, 5]);
        ix.remove(3);
        assert_eq!(ix.deleted(), vec![3]);
        assert_eq!(ix.count_from(2, &Filter::all()), 3);
        assert_eq!(ix.purge_candidates("a.1", 0, 1), vec![1]);
        ix.compact(5);
        assert_eq!((ix.first_seq(), ix.msgs(), ix.num_deleted()), (5, 1, 0));
        ix.compact(9);
        assert_eq!((ix.first_seq(), ix.last_seq(), ix.msgs()), (9, 8, 0));
        // Empty with first = last + 1: nothing to count, from anywhere.
        for from in [0, 1, 8, 9, 10] {
            assert_eq!(ix.count_from(from, &Filter::all()), 0, "from {from}");
        }
    }
}
