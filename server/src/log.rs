//! Logging in nats-server's format: `[pid] 2006/01/02 15:04:05.000000 [INF] message`.
//!
//! Test harnesses and operators' tooling read these lines (`Listening for client
//! connections on ...`, `Server is ready`), so the shape is part of the contract. The
//! logger is process-global, like nats-server's, and cheap to consult: each level is
//! one relaxed atomic load before any formatting happens.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Mutex;

static DEBUG: AtomicBool = AtomicBool::new(false);
static TRACE: AtomicBool = AtomicBool::new(false);
static LOGTIME: AtomicBool = AtomicBool::new(true);
static UTC: AtomicBool = AtomicBool::new(false);
static SINK: Mutex<Option<FileSink>> = Mutex::new(None);

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Level {
    Fatal,
    Error,
    Warn,
    Info,
    Debug,
    Trace,
}

impl Level {
    fn tag(self) -> &'static str {
        match self {
            Level::Fatal => "[FTL]",
            Level::Error => "[ERR]",
            Level::Warn => "[WRN]",
            Level::Info => "[INF]",
            Level::Debug => "[DBG]",
            Level::Trace => "[TRC]",
        }
    }
}

/// What and where to log (from the `-D`, `-V`, `-T`, `-l` flags and the `debug`,
/// `trace`, `logtime`, `logtime_utc`, `logfile`, `logfile_size_limit` and
/// `logfile_max_num` config keys).
#[derive(Clone, Copy, Default)]
pub struct LogSettings<'a> {
    pub debug: bool,
    pub trace: bool,
    pub logtime: bool,
    pub utc: bool,
    /// `None` logs to standard error.
    pub file: Option<&'a Path>,
    /// Rotate the file when it passes this many bytes; 0 never rotates.
    pub size_limit: u64,
    /// Rotated files kept, the current one included; 0 keeps all.
    pub max_files: usize,
}

/// A log file, rotated the way nats-server rotates it: renamed to
/// `<file>.YYYY.MM.DD.HH.MM.SS.NNNNNNNNN` once it passes the size limit, the oldest
/// backups removed beyond `max_files`.
struct FileSink {
    file: std::fs::File,
    path: PathBuf,
    written: u64,
    size_limit: u64,
    max_files: usize,
}

impl FileSink {
    fn write(&mut self, line: &[u8]) {
        if self.file.write_all(line).is_err() {
            return;
        }
        self.written += line.len() as u64;
        if self.size_limit > 0 && self.written > self.size_limit {
            self.rotate();
        }
    }

    fn rotate(&mut self) {
        let (tm, now) = clock_now();
        let backup = format!(
            "{}.{:04}.{:02}.{:02}.{:02}.{:02}.{:02}.{:09}",
            self.path.display(),
            tm.tm_year + 1900,
            tm.tm_mon + 1,
            tm.tm_mday,
            tm.tm_hour,
            tm.tm_min,
            tm.tm_sec,
            now.subsec_nanos()
        );
        let reopened =
            std::fs::rename(&self.path, &backup).and_then(|_| std::fs::OpenOptions::new().create(true).append(true).open(&self.path));
        match reopened {
            Ok(file) => {
                self.file = file;
                let line = format_line(Level::Info, format_args!("Rotated log, backup saved as \"{backup}\""));
                let _ = self.file.write_all(line.as_bytes());
                self.written = line.len() as u64;
                if self.max_files > 0 {
                    self.purge();
                }
            }
            // Keep writing to the old file; try again at twice the size.
            Err(_) => self.written = 0,
        }
    }

    /// Removes the oldest backups so that at most `max_files` files remain.
    fn purge(&mut self) {
        let (Some(dir), Some(base)) = (self.path.parent(), self.path.file_name()) else { return };
        let dir = if dir.as_os_str().is_empty() { Path::new(".") } else { dir };
        let prefix = format!("{}.", base.to_string_lossy());
        let Ok(entries) = std::fs::read_dir(dir) else { return };
        let mut backups: Vec<String> = entries
            .filter_map(|e| e.ok())
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .filter(|n| n.strip_prefix(&prefix).is_some_and(is_rotation_stamp))
            .collect();
        // The stamps sort oldest first.
        backups.sort();
        let excess = backups.len().saturating_sub(self.max_files.saturating_sub(1));
        for name in &backups[..excess] {
            if std::fs::remove_file(dir.join(name)).is_ok() {
                let line = format_line(Level::Info, format_args!("Purged log file \"{name}\""));
                let _ = self.file.write_all(line.as_bytes());
            }
        }
    }
}

/// `YYYY.MM.DD.HH.MM.SS.NNNNNNNNN`, the suffix of a rotated log file.
fn is_rotation_stamp(s: &str) -> bool {
    let parts: Vec<&str> = s.split('.').collect();
    let widths = [4, 2, 2, 2, 2, 2, 9];
    parts.len() == widths.len() && parts.iter().zip(widths).all(|(p, w)| p.len() == w && p.bytes().all(|b| b.is_ascii_digit()))
}

/// Sets levels and the destination.
pub fn configure(settings: LogSettings<'_>) -> std::io::Result<()> {
    DEBUG.store(settings.debug, Ordering::Relaxed);
    TRACE.store(settings.trace, Ordering::Relaxed);
    LOGTIME.store(settings.logtime, Ordering::Relaxed);
    UTC.store(settings.utc, Ordering::Relaxed);
    let sink = match settings.file {
        Some(path) => {
            let file = std::fs::OpenOptions::new().create(true).append(true).open(path)?;
            let written = file.metadata().map(|m| m.len()).unwrap_or(0);
            Some(FileSink { file, path: path.to_path_buf(), written, size_limit: settings.size_limit, max_files: settings.max_files })
        }
        None => None,
    };
    *SINK.lock().unwrap_or_else(|e| e.into_inner()) = sink;
    Ok(())
}

pub fn debug_enabled() -> bool {
    DEBUG.load(Ordering::Relaxed)
}

pub fn trace_enabled() -> bool {
    TRACE.load(Ordering::Relaxed)
}

fn format_line(level: Level, message: std::fmt::Arguments<'_>) -> String {
    let mut line = format!("[{}] ", std::process::id());
    if LOGTIME.load(Ordering::Relaxed) {
        line.push_str(&timestamp());
        line.push(' ');
    }
    line.push_str(level.tag());
    line.push(' ');
    line.push_str(&message.to_string());
    line.push('\n');
    line
}

pub fn log(level: Level, message: std::fmt::Arguments<'_>) {
    match level {
        Level::Debug if !debug_enabled() => return,
        Level::Trace if !trace_enabled() => return,
        _ => {}
    }
    let line = format_line(level, message);
    let mut sink = SINK.lock().unwrap_or_else(|e| e.into_inner());
    match sink.as_mut() {
        Some(f) => f.write(line.as_bytes()),
        None => {
            let _ = std::io::stderr().write_all(line.as_bytes());
        }
    }
}

/// Local time (or UTC, with `logtime_utc`) split into fields.
fn broken_down(secs: libc::time_t, utc: bool) -> libc::tm {
    // SAFETY: localtime_r and gmtime_r only write into the tm we own.
    let mut tm: libc::tm = unsafe { std::mem::zeroed() };
    unsafe {
        if utc {
            libc::gmtime_r(&secs, &mut tm);
        } else {
            libc::localtime_r(&secs, &mut tm);
        }
    }
    tm
}

/// Now, broken down in the log's time zone (UTC with `logtime_utc`), and since the epoch.
fn clock_now() -> (libc::tm, std::time::Duration) {
    let now = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap_or_default();
    (broken_down(now.as_secs() as libc::time_t, UTC.load(Ordering::Relaxed)), now)
}

/// The time as Go's `log.LstdFlags | log.Lmicroseconds` prints it.
fn timestamp() -> String {
    let (tm, now) = clock_now();
    format!(
        "{:04}/{:02}/{:02} {:02}:{:02}:{:02}.{:06}",
        tm.tm_year + 1900,
        tm.tm_mon + 1,
        tm.tm_mday,
        tm.tm_hour,
        tm.tm_min,
        tm.tm_sec,
        now.subsec_micros()
    )
}

#[macro_export]
macro_rules! info { ($($t:tt)*) => { $crate::log::log($crate::log::Level::Info, format_args!($($t)*)) } }
#[macro_export]
macro_rules! warn { ($($t:tt)*) => { $crate::log::log($crate::log::Level::Warn, format_args!($($t)*)) } }
#[macro_export]
macro_rules! error { ($($t:tt)*) => { $crate::log::log($crate::log::Level::Error, format_args!($($t)*)) } }
#[macro_export]
macro_rules! fatal { ($($t:tt)*) => { $crate::log::log($crate::log::Level::Fatal, format_args!($($t)*)) } }
#[macro_export]
macro_rules! debug { ($($t:tt)*) => { if $crate::log::debug_enabled() { $crate::log::log($crate::log::Level::Debug, format_args!($($t)*)) } } }
#[macro_export]
macro_rules! trace { ($($t:tt)*) => { if $crate::log::trace_enabled() { $crate::log::log($crate::log::Level::Trace, format_args!($($t)*)) } } }
