//! The file I/O under the file store: positional reads and writes plus fsync, and nothing
//! else, so that every byte the store persists passes through one place.
//!
//! That place has a second mode for tests of crash safety. With the environment variable
//! `NATSX_TEST_VOLATILE_WRITES=1`, written bytes stay in process memory until the file is
//! synced, and only then reach the real file. Killing the server with SIGKILL then loses
//! exactly what a power cut would lose: everything not yet fsynced. A test that kills the
//! server this way and finds every acknowledged message proves the acks waited for fsync.

use std::fs::{File, OpenOptions};
use std::io;
use std::os::unix::fs::FileExt;
use std::path::{Path, PathBuf};
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
        Ok(IoFile { path: path.to_path_buf(), file, volatile })
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

    pub fn write_at(&self, offset: u64, data: &[u8]) -> io::Result<()> {
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

    /// Cuts the file to `len` bytes (repairing a torn tail).
    pub fn truncate(&self, len: u64) -> io::Result<()> {
        if let Some(v) = &self.volatile {
            let mut v = lock(v);
            v.view.truncate(len as usize);
            v.dirty.retain(|(s, _)| (*s as u64) < len);
        }
        self.file.set_len(len)?;
        self.file.sync_all()
    }

    /// Makes every write so far durable.
    pub fn sync(&self) -> io::Result<()> {
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
        f.write_all_at(data, 0)?;
        f.sync_all()?;
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
