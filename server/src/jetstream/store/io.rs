//! The file I/O under the file store: positional reads and writes plus fsync, and nothing
//! else, so that every byte the store persists passes through one place.
//!
//! That place has a second mode for tests of crash safety. With the environment variable
//! `NATSX_TEST_VOLATILE_WRITES=1`, written bytes stay in process memory until the file is
//! synced, and only then reach the real file. Killing the server with SIGKILL then loses
//! exactly what a power cut would lose: everything not yet fsynced. A test that kills the
//! server this way and finds every acknowledged message proves the acks waited for fsync.
//!
//! And a third, for tests of failing disks: with `NATSX_TEST_FAULTS=<file>`, every write
//! and sync first reads that file and fails as it says (see [`Fault`]), so a test can fill
//! the disk, break a sync, slow every sync down, or give space back while the server runs.

use std::fs::{File, OpenOptions};
use std::io;
use std::os::unix::fs::FileExt;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Mutex, OnceLock};

/// Whether writes are held in memory until synced (the power-cut simulation).
pub fn volatile_writes() -> bool {
    static VOLATILE: OnceLock<bool> = OnceLock::new();
    *VOLATILE.get_or_init(|| std::env::var("NATSX_TEST_VOLATILE_WRITES").is_ok_and(|v| v == "1"))
}

pub struct IoFile {
    path: PathBuf,
    file: File,
    volatile: Option<Mutex<Volatile>>,
    /// The end of the furthest write so far, in bytes.
    written_len: AtomicU64,
    /// How many bytes from the start were covered by the last successful sync (the
    /// file's length when opened counts as synced).
    synced_len: AtomicU64,
}

/// A failure injected by a test (`NATSX_TEST_FAULTS`), read from the control file's
/// first line before every write and sync.
#[derive(Debug, PartialEq, Eq)]
enum Fault {
    /// Writes fail with ENOSPC after writing half of their bytes (a disk that fills
    /// during the write).
    NoSpace,
    /// Writes fail with EIO, nothing written.
    WriteError,
    /// fsync fails with EIO.
    SyncError,
    /// A disk of this many bytes holding the files under the directory: a write that
    /// would pass it writes what fits and fails with ENOSPC.
    Quota(u64, PathBuf),
    /// Every fsync takes this many milliseconds longer (a slow disk), and succeeds.
    SlowSync(u64),
}

fn fault() -> Option<Fault> {
    static CONTROL: OnceLock<Option<PathBuf>> = OnceLock::new();
    let control = CONTROL.get_or_init(|| std::env::var_os("NATSX_TEST_FAULTS").map(PathBuf::from)).as_ref()?;
    let text = std::fs::read_to_string(control).ok()?;
    let mut words = text.split_whitespace();
    match words.next()? {
        "enospc" => Some(Fault::NoSpace),
        "eio-write" => Some(Fault::WriteError),
        "eio-sync" => Some(Fault::SyncError),
        "quota" => Some(Fault::Quota(words.next()?.parse().ok()?, PathBuf::from(words.next()?))),
        "slow-sync" => Some(Fault::SlowSync(words.next()?.parse().ok()?)),
        _ => None,
    }
}

fn disk_usage(dir: &Path) -> u64 {
    let Ok(entries) = std::fs::read_dir(dir) else { return 0 };
    entries
        .flatten()
        .map(|e| match e.file_type() {
            Ok(t) if t.is_dir() => disk_usage(&e.path()),
            _ => e.metadata().map(|m| m.len()).unwrap_or(0),
        })
        .sum()
}

/// How many of `len` bytes written at `offset` of a file now `current` long may reach it
/// under the injected fault, and the error for the rest.
fn allowed_write(current: u64, offset: u64, len: usize) -> (usize, Option<io::Error>) {
    let no_space = || io::Error::from_raw_os_error(28);
    match fault() {
        None | Some(Fault::SyncError | Fault::SlowSync(_)) => (len, None),
        Some(Fault::NoSpace) => (len / 2, Some(no_space())),
        Some(Fault::WriteError) => (0, Some(io::Error::from_raw_os_error(5))),
        Some(Fault::Quota(capacity, dir)) => {
            let growth = (offset + len as u64).saturating_sub(current);
            let free = capacity.saturating_sub(disk_usage(&dir));
            if growth <= free {
                (len, None)
            } else {
                ((len as u64 - (growth - free)) as usize, Some(no_space()))
            }
        }
    }
}

/// Writes not yet synced, in the power-cut simulation: the file as the process sees it,
/// and the ranges that differ from what is on disk.
struct Volatile {
    view: Vec<u8>,
    dirty: Vec<(usize, usize)>,
}

impl IoFile {
    /// Opens (creating if needed) a file for reading and writing.
    pub fn open(path: &Path) -> io::Result<IoFile> {
        let file = OpenOptions::new().read(true).write(true).create(true).truncate(false).open(path)?;
        let volatile = if volatile_writes() {
            let mut view = vec![0; file.metadata()?.len() as usize];
            file.read_exact_at(&mut view, 0)?;
            Some(Mutex::new(Volatile { view, dirty: Vec::new() }))
        } else {
            None
        };
        let len = match &volatile {
            Some(v) => lock(v).view.len() as u64,
            None => file.metadata()?.len(),
        };
        Ok(IoFile { path: path.to_path_buf(), file, volatile, written_len: AtomicU64::new(len), synced_len: AtomicU64::new(len) })
    }

    /// How many bytes from the start the last successful sync covered: what survives a
    /// power cut for sure.
    pub fn synced_len(&self) -> u64 {
        self.synced_len.load(Ordering::Acquire)
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    #[allow(clippy::len_without_is_empty)]
    pub fn len(&self) -> io::Result<u64> {
        match &self.volatile {
            Some(v) => Ok(lock(v).view.len() as u64),
            None => Ok(self.file.metadata()?.len()),
        }
    }

    /// What was read at open is on disk: sync marks start at `len` (the end of the
    /// records, before any preallocated space).
    pub fn mark_durable(&self, len: u64) {
        self.written_len.store(len, Ordering::Release);
        self.synced_len.store(len, Ordering::Release);
    }

    /// After a rollback re-read the file: of its first `len` bytes, only the first
    /// `synced` are known to be on disk (the rest was written but never synced).
    pub fn mark_written(&self, len: u64, synced: u64) {
        self.written_len.store(len, Ordering::Release);
        self.synced_len.store(synced.min(len), Ordering::Release);
    }

    /// Extends the file by `len` bytes of zeros from `offset` (`fallocate`), without
    /// writing them: later writes there, and their syncs, do not change the file's size.
    pub fn allocate(&self, offset: u64, len: u64) -> io::Result<()> {
        if fault_control() {
            if let (_, Some(e)) = allowed_write(self.len()?, offset, len as usize) {
                return Err(e);
            }
        }
        use std::os::fd::AsRawFd;
        // SAFETY: fallocate(2) on a file descriptor this struct owns.
        let r = unsafe { libc::fallocate(self.file.as_raw_fd(), 0, offset as libc::off_t, len as libc::off_t) };
        if r != 0 {
            return Err(io::Error::last_os_error());
        }
        if let Some(v) = &self.volatile {
            let mut v = lock(v);
            let end = (offset + len) as usize;
            if v.view.len() < end {
                v.view.resize(end, 0);
            }
        }
        Ok(())
    }

    /// Writes all of `data` at `offset`. On an error part of it may have reached the
    /// file: the caller truncates back to what it knows is good.
    pub fn write_at(&self, offset: u64, data: &[u8]) -> io::Result<()> {
        let (allowed, injected) = if fault_control() { allowed_write(self.len()?, offset, data.len()) } else { (data.len(), None) };
        self.write_unchecked(offset, &data[..allowed])?;
        match injected {
            Some(e) => Err(e),
            None => Ok(()),
        }
    }

    fn write_unchecked(&self, offset: u64, data: &[u8]) -> io::Result<()> {
        self.write_raw(offset, data)?;
        // Counted once written: a sync running meanwhile must not claim these bytes.
        self.written_len.fetch_max(offset + data.len() as u64, Ordering::AcqRel);
        Ok(())
    }

    fn write_raw(&self, offset: u64, data: &[u8]) -> io::Result<()> {
        match &self.volatile {
            Some(v) => {
                let mut v = lock(v);
                let (start, end) = (offset as usize, offset as usize + data.len());
                if v.view.len() < end {
                    v.view.resize(end, 0);
                }
                v.view[start..end].copy_from_slice(data);
                v.dirty.push((start, end));
                Ok(())
            }
            None => self.file.write_all_at(data, offset),
        }
    }

    pub fn read_at(&self, offset: u64, buf: &mut [u8]) -> io::Result<()> {
        match &self.volatile {
            Some(v) => {
                let v = lock(v);
                let start = offset as usize;
                let bytes = v.view.get(start..start + buf.len()).ok_or_else(|| io::Error::from(io::ErrorKind::UnexpectedEof))?;
                buf.copy_from_slice(bytes);
                Ok(())
            }
            None => self.file.read_exact_at(buf, offset),
        }
    }

    /// Cuts the file to `len` bytes (repairing a torn tail, or rolling back a failed write)
    /// and syncs the cut.
    pub fn truncate(&self, len: u64) -> io::Result<()> {
        self.written_len.fetch_min(len, Ordering::AcqRel);
        self.synced_len.fetch_min(len, Ordering::AcqRel);
        if let Some(v) = &self.volatile {
            let mut v = lock(v);
            v.view.truncate(len as usize);
            v.dirty.retain(|(s, _)| (*s as u64) < len);
        }
        self.file.set_len(len)?;
        self.file.sync_all()
    }

    /// Makes every write so far durable. On an error nothing written since the last
    /// successful sync may be trusted (Linux may have dropped those pages): the caller
    /// treats it as lost, never retries the sync as if it could succeed.
    pub fn sync(&self) -> io::Result<()> {
        let covered = self.written_len.load(Ordering::Acquire);
        if fault_control() {
            match fault() {
                Some(Fault::SyncError) => return Err(io::Error::from_raw_os_error(5)),
                Some(Fault::SlowSync(ms)) => std::thread::sleep(std::time::Duration::from_millis(ms)),
                _ => {}
            }
        }
        let started = std::time::Instant::now();
        self.sync_unchecked()?;
        FSYNC_LATENCY.observe(started.elapsed());
        self.synced_len.fetch_max(covered, Ordering::AcqRel);
        Ok(())
    }

    fn sync_unchecked(&self) -> io::Result<()> {
        if let Some(v) = &self.volatile {
            let mut v = lock(v);
            let dirty = std::mem::take(&mut v.dirty);
            for (start, end) in dirty {
                let end = end.min(v.view.len());
                if start < end {
                    self.file.write_all_at(&v.view[start..end], start as u64)?;
                }
            }
        }
        self.file.sync_data()
    }
}

/// How long the file stores' data fsyncs take, for `/metrics`.
pub static FSYNC_LATENCY: LatencyHistogram = LatencyHistogram::new();

/// A latency histogram with fixed bounds (seconds), updated with atomics: what a sync
/// took falls in the first bucket whose bound is at least that long.
pub struct LatencyHistogram {
    counts: [std::sync::atomic::AtomicU64; LATENCY_BOUNDS.len()],
    total: std::sync::atomic::AtomicU64,
    sum_nanos: std::sync::atomic::AtomicU64,
}

/// The buckets' upper bounds in seconds (Prometheus' `le`), from 100 µs to 2.5 s.
pub const LATENCY_BOUNDS: [f64; 12] = [0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.5, 2.5];

impl Default for LatencyHistogram {
    fn default() -> Self {
        Self::new()
    }
}

impl LatencyHistogram {
    #[allow(clippy::declare_interior_mutable_const)]
    const ZERO: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);

    pub const fn new() -> LatencyHistogram {
        LatencyHistogram { counts: [Self::ZERO; LATENCY_BOUNDS.len()], total: Self::ZERO, sum_nanos: Self::ZERO }
    }

    pub fn observe(&self, took: std::time::Duration) {
        let secs = took.as_secs_f64();
        if let Some(i) = LATENCY_BOUNDS.iter().position(|b| secs <= *b) {
            self.counts[i].fetch_add(1, Ordering::Relaxed);
        }
        self.total.fetch_add(1, Ordering::Relaxed);
        self.sum_nanos.fetch_add(took.as_nanos() as u64, Ordering::Relaxed);
    }

    /// The cumulative count at each bound, the count of all, and their sum in seconds.
    pub fn snapshot(&self) -> (Vec<(f64, u64)>, u64, f64) {
        let mut running = 0;
        let buckets = LATENCY_BOUNDS
            .iter()
            .zip(&self.counts)
            .map(|(bound, count)| {
                running += count.load(Ordering::Relaxed);
                (*bound, running)
            })
            .collect();
        (buckets, self.total.load(Ordering::Relaxed), self.sum_nanos.load(Ordering::Relaxed) as f64 / 1e9)
    }
}

/// Whether a test controls failures (`NATSX_TEST_FAULTS`); false in production, so the
/// write path pays one branch.
fn fault_control() -> bool {
    static ON: OnceLock<bool> = OnceLock::new();
    *ON.get_or_init(|| std::env::var_os("NATSX_TEST_FAULTS").is_some())
}

/// The text nats-server's error carries for an I/O error (Go's `syscall.Errno` wording,
/// without Rust's "(os error N)").
pub fn describe(e: &io::Error) -> String {
    match e.raw_os_error() {
        Some(28) => "no space left on device".to_string(),
        Some(5) => "input/output error".to_string(),
        Some(122) => "disk quota exceeded".to_string(),
        _ => e.to_string(),
    }
}

fn lock(v: &Mutex<Volatile>) -> std::sync::MutexGuard<'_, Volatile> {
    v.lock().unwrap_or_else(|e| e.into_inner())
}

/// Fsyncs a directory, so that files created or renamed in it survive a crash.
pub fn sync_dir(dir: &Path) -> io::Result<()> {
    File::open(dir)?.sync_all()
}

/// Replaces `path` with `data` atomically and durably: a temporary file, fsync, rename,
/// fsync of the directory. Readers see the old or the new content, never a mix.
pub fn write_atomic(path: &Path, data: &[u8]) -> io::Result<()> {
    let tmp = path.with_extension("tmp");
    {
        let f = File::create(&tmp)?;
        let (allowed, injected) = if fault_control() { allowed_write(0, 0, data.len()) } else { (data.len(), None) };
        let written = f.write_all_at(&data[..allowed], 0).and_then(|()| injected.map_or(Ok(()), Err)).and_then(|()| f.sync_all());
        if let Err(e) = written {
            drop(f);
            let _ = std::fs::remove_file(&tmp);
            return Err(e);
        }
    }
    std::fs::rename(&tmp, path)?;
    if let Some(dir) = path.parent() {
        sync_dir(dir)?;
    }
    Ok(())
}

/// Creates a directory (and parents) and makes its creation durable.
pub fn create_dir_durable(dir: &Path) -> io::Result<()> {
    std::fs::create_dir_all(dir)?;
    if let Some(parent) = dir.parent() {
        sync_dir(parent)?;
    }
    Ok(())
}

/// Metadata JSON (a stream's or consumer's `meta.json`) as it is kept on disk: the JSON
/// itself under `meta`, and a checksum of exactly those bytes, in one file written
/// atomically. It stays readable with `jq .meta`.
#[derive(serde::Serialize, serde::Deserialize)]
struct Sealed<'a> {
    #[serde(borrow)]
    meta: &'a serde_json::value::RawValue,
    checksum: String,
}

fn seal_checksum(meta: &[u8]) -> String {
    format!("crc32:{:08x}", crc32fast::hash(meta))
}

/// Writes metadata JSON with its checksum, atomically and durably (see [`write_atomic`]).
pub fn write_sealed(path: &Path, meta_json: &[u8]) -> io::Result<()> {
    let text = std::str::from_utf8(meta_json).map_err(io::Error::other)?;
    let raw = serde_json::value::RawValue::from_string(text.to_string()).map_err(io::Error::other)?;
    let sealed = Sealed { meta: &raw, checksum: seal_checksum(meta_json) };
    write_atomic(path, &serde_json::to_vec(&sealed).map_err(io::Error::other)?)
}

/// What [`read_sealed`] found.
#[derive(Debug, PartialEq, Eq)]
pub enum Unsealed {
    /// The metadata, its checksum verified.
    Verified(Vec<u8>),
    /// A file written before natsx sealed metadata (no `meta` or `checksum` key): taken
    /// as it is; the caller seals it anew.
    Unsealed(Vec<u8>),
}

/// Reads metadata JSON written by [`write_sealed`]. An error means the file is missing,
/// unreadable, or damaged (not JSON, a checksum that does not match, a missing field):
/// the caller must not load what it describes.
pub fn read_sealed(path: &Path) -> Result<Unsealed, String> {
    let bytes = std::fs::read(path).map_err(|e| e.to_string())?;
    let value: serde_json::Map<String, serde_json::Value> =
        serde_json::from_slice(&bytes).map_err(|e| format!("{} is damaged (not a JSON object: {e})", path.display()))?;
    if !value.contains_key("meta") && !value.contains_key("checksum") {
        return Ok(Unsealed::Unsealed(bytes));
    }
    let sealed: Sealed = serde_json::from_slice(&bytes).map_err(|e| format!("{} is damaged ({e})", path.display()))?;
    let meta = sealed.meta.get().as_bytes();
    if sealed.checksum != seal_checksum(meta) {
        return Err(format!("{} is damaged (its checksum does not match)", path.display()));
    }
    Ok(Unsealed::Verified(meta.to_vec()))
}

/// Reads the sealed `META_FILE` of a stream or consumer directory (`what` names it in the
/// error), which says the thing is not loaded and how to recover.
pub fn read_meta_in<T: serde::de::DeserializeOwned>(dir: &Path, file: &str, what: &str) -> Result<T, String> {
    read_meta(&dir.join(file)).map_err(|e| {
        format!(
            "{e}: the {what} is not loaded, and its data is left untouched in {}. Restore {file} from a backup \
             and restart, or move the directory away to drop the {what}",
            dir.display()
        )
    })
}

/// Reads and decodes sealed metadata; a file from before sealing is sealed on the way.
pub fn read_meta<T: serde::de::DeserializeOwned>(path: &Path) -> Result<T, String> {
    let (bytes, unsealed) = match read_sealed(path)? {
        Unsealed::Verified(bytes) => (bytes, false),
        Unsealed::Unsealed(bytes) => (bytes, true),
    };
    let meta = serde_json::from_slice(&bytes).map_err(|e| format!("{} is damaged ({e})", path.display()))?;
    if unsealed {
        write_sealed(path, &bytes).map_err(|e| format!("sealing {}: {e}", path.display()))?;
        crate::info!("JetStream: added a checksum to {}", path.display());
    }
    Ok(meta)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sealed_metadata_detects_any_flipped_bit() {
        let dir = std::env::temp_dir().join(format!("natsx-sealed-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join("meta.json");
        let meta = br#"{"config":{"name":"S","max_msgs":-1},"created":1}"#;
        write_sealed(&path, meta).unwrap();
        assert_eq!(read_sealed(&path), Ok(Unsealed::Verified(meta.to_vec())));
        let good = std::fs::read(&path).unwrap();
        for at in 0..good.len() {
            for bit in [0x01u8, 0x10] {
                let mut bad = good.clone();
                bad[at] ^= bit;
                std::fs::write(&path, &bad).unwrap();
                match read_sealed(&path) {
                    Err(_) => {}
                    Ok(Unsealed::Verified(m)) => assert_eq!(m, meta.to_vec(), "byte {at}: a changed config passed"),
                    Ok(Unsealed::Unsealed(_)) => panic!("byte {at}: damage taken for an old file"),
                }
            }
        }
        std::fs::write(&path, meta).unwrap();
        assert_eq!(read_sealed(&path), Ok(Unsealed::Unsealed(meta.to_vec())));
        let _ = std::fs::remove_dir_all(&dir);
    }
}
