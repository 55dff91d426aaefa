//! A connection's outbound side: the pending-bytes buffer and the writer task.
//!
//! Publishers append `MSG`/`HMSG` frames straight into the receiver's buffer under a
//! short mutex; nobody waits on a socket but the writer task. The publisher that turns
//! an empty buffer into a non-empty one is responsible for waking the writer, and it
//! does so once per read batch (see `client.rs`), so a burst of messages costs one
//! wake-up and one `write` per receiver. A receiver whose buffer passes `max_pending`,
//! or whose socket will not take bytes within `write_deadline`, is a slow consumer and
//! is cut off; the publisher never blocks on it.
//!
//! A producer does pause (briefly, see `client.rs`) for a receiver that is behind but
//! reading, so a burst does not cut off a reader that would catch up. A receiver whose
//! socket took no byte at all for [`STUCK_AFTER`] while producers paused for it is marked
//! stuck, and nobody pauses for it again until its socket takes bytes: it fills up to
//! `max_pending` at full speed and is cut off, while the producer and every other receiver
//! keep going. (A reader that is only descheduled for a moment makes progress well within
//! that time; nats-server waits on such a receiver for its whole write deadline.)

use std::sync::atomic::{AtomicBool, AtomicU64, AtomicU8, Ordering};
use std::sync::{Arc, Mutex, OnceLock};
use std::time::Duration;

use tokio::io::AsyncWriteExt;
use tokio::net::tcp::OwnedWriteHalf;
use tokio::sync::Notify;

/// Why a connection ended, with nats-server's wording (shown in `/connz?state=closed`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CloseReason {
    ClientClosed,
    AuthenticationTimeout,
    AuthenticationViolation,
    /// A user JWT's expiry (or the end of its connect times) came.
    AuthenticationExpired,
    SlowConsumerPendingBytes,
    SlowConsumerWriteDeadline,
    WriteError,
    ReadError,
    ParseError,
    StaleConnection,
    ProtocolViolation,
    BadClientProtocolVersion,
    MaxConnectionsExceeded,
    MaxAccountConnectionsExceeded,
    MaxPayloadExceeded,
    MaxControlLineExceeded,
    NoRespondersRequiresHeaders,
    ServerShutdown,
    TlsHandshakeError,
    /// The user was revoked by an account JWT update.
    Revocation,
    /// A second route to a server already connected.
    DuplicateRoute,
    /// A route from a cluster of another name.
    ClusterNameConflict,
    /// A route from a server with this server's name.
    DuplicateServerName,
}

impl CloseReason {
    pub fn as_str(self) -> &'static str {
        match self {
            CloseReason::ClientClosed => "Client Closed",
            CloseReason::AuthenticationTimeout => "Authentication Timeout",
            CloseReason::AuthenticationViolation => "Authentication Failure",
            CloseReason::AuthenticationExpired => "Authentication Expired",
            CloseReason::SlowConsumerPendingBytes => "Slow Consumer (Pending Bytes)",
            CloseReason::SlowConsumerWriteDeadline => "Slow Consumer (Write Deadline)",
            CloseReason::WriteError => "Write Error",
            CloseReason::ReadError => "Read Error",
            CloseReason::ParseError => "Parse Error",
            CloseReason::StaleConnection => "Stale Connection",
            CloseReason::ProtocolViolation => "Protocol Violation",
            CloseReason::BadClientProtocolVersion => "Bad Client Protocol Version",
            CloseReason::MaxConnectionsExceeded => "Maximum Connections Exceeded",
            CloseReason::MaxAccountConnectionsExceeded => "Maximum Account Connections Exceeded",
            CloseReason::MaxPayloadExceeded => "Maximum Message Payload Exceeded",
            CloseReason::MaxControlLineExceeded => "Maximum Control Line Exceeded",
            CloseReason::NoRespondersRequiresHeaders => "No Responders Requires Headers",
            CloseReason::ServerShutdown => "Server Shutdown",
            CloseReason::TlsHandshakeError => "TLS Handshake Failure",
            CloseReason::Revocation => "Credentials Revoked",
            CloseReason::DuplicateRoute => "Duplicate Route",
            CloseReason::ClusterNameConflict => "Cluster Name Conflict",
            CloseReason::DuplicateServerName => "Duplicate Server Name",
        }
    }

    /// Slow consumers are dropped without flushing what is queued for them.
    fn discards_pending(self) -> bool {
        matches!(self, CloseReason::SlowConsumerPendingBytes | CloseReason::SlowConsumerWriteDeadline | CloseReason::WriteError)
    }
}

const OPEN: u8 = 0;
const CLOSING: u8 = 1;

/// `write_all` through a shared write half (writability wait + non-blocking writes).
async fn write_all_shared(socket: &OwnedWriteHalf, mut bytes: &[u8], progress: &AtomicU64) -> std::io::Result<()> {
    while !bytes.is_empty() {
        socket.writable().await?;
        match socket.try_write(bytes) {
            Ok(0) => return Err(std::io::ErrorKind::WriteZero.into()),
            Ok(n) => {
                bytes = &bytes[n..];
                progress.fetch_add(n as u64, Ordering::Relaxed);
            }
            Err(e) if e.kind() == std::io::ErrorKind::WouldBlock => {}
            Err(e) => return Err(e),
        }
    }
    Ok(())
}

/// Shuts down the write direction of a socket others still hold a handle to.
fn socket_shutdown(half: &OwnedWriteHalf) -> std::io::Result<()> {
    use std::os::fd::AsRawFd;
    // SAFETY: shutdown(2) on a socket fd we hold open; it does not free the fd.
    let r = unsafe { libc::shutdown(half.as_ref().as_raw_fd(), libc::SHUT_WR) };
    if r == 0 {
        Ok(())
    } else {
        Err(std::io::Error::last_os_error())
    }
}

/// Where a connection's outbound bytes go.
pub enum Sink {
    /// A plain socket's write half, shared: the writer task writes to it, and so do
    /// producers flushing a small batch inline (`Outbound::flush_inline`).
    Plain(Arc<OwnedWriteHalf>),
    /// Any other stream's write half (TLS, a WebSocket's pipe): only the writer task
    /// writes (encryption and framing need the stream to themselves), so every batch
    /// goes through it.
    Stream(Box<dyn tokio::io::AsyncWrite + Send + Unpin>),
}

impl Sink {
    /// Half-closes our side (a TLS close_notify first); the reader's drop closes the rest.
    pub async fn close(self) {
        match self {
            Sink::Plain(socket) => match Arc::try_unwrap(socket) {
                Ok(mut half) => {
                    let _ = tokio::time::timeout(Duration::from_secs(1), half.shutdown()).await;
                }
                Err(shared) => {
                    let _ = socket_shutdown(&shared);
                }
            },
            Sink::Stream(mut stream) => {
                let _ = tokio::time::timeout(Duration::from_secs(1), stream.shutdown()).await;
            }
        }
    }

    /// Writes a whole batch, counting progress as it goes.
    pub async fn write_all(&mut self, bytes: &[u8], progress: &AtomicU64) -> std::io::Result<()> {
        match self {
            Sink::Plain(socket) => write_all_shared(socket, bytes, progress).await,
            Sink::Stream(stream) => {
                let mut rest = bytes;
                while !rest.is_empty() {
                    let n = stream.write(rest).await?;
                    if n == 0 {
                        return Err(std::io::ErrorKind::WriteZero.into());
                    }
                    rest = &rest[n..];
                    progress.fetch_add(n as u64, Ordering::Relaxed);
                }
                stream.flush().await
            }
        }
    }
}

enum Step {
    Write,
    Wait,
    Stop,
}

/// Per-connection counters (read by `/connz`).
#[derive(Default)]
pub struct ConnStats {
    pub in_msgs: AtomicU64,
    pub in_bytes: AtomicU64,
    pub out_msgs: AtomicU64,
    pub out_bytes: AtomicU64,
}

pub struct Outbound {
    buf: Mutex<Vec<u8>>,
    wake_writer: Notify,
    stop_reader: Notify,
    /// Signalled after each write, for producers stalled on this receiver.
    drained: Notify,
    state: AtomicU8,
    reason: Mutex<Option<CloseReason>>,
    max_pending: usize,
    /// `buf.len()`, readable without the lock.
    pending_len: std::sync::atomic::AtomicUsize,
    pub stats: ConnStats,
    /// The socket's write half, shared by the writer task and inline flushes.
    socket: OnceLock<Arc<OwnedWriteHalf>>,
    /// The writer task has a batch out (taken from `buf`) that is not fully written.
    writing: AtomicBool,
    /// Bytes the socket has taken so far: progress, as producers deciding whether to
    /// pause see it.
    written: AtomicU64,
    /// `written` when a producer found this receiver stuck (no progress during pauses
    /// for [`STUCK_AFTER`]); `u64::MAX` when not. Stuck until `written` moves.
    stuck_at: AtomicU64,
    /// The first pause that saw no progress: (`written` then, when, as nanoseconds on
    /// [`monotonic_nanos`]); a later pause with `written` unchanged continues it.
    stalled_at: AtomicU64,
    stalled_since: AtomicU64,
    /// A change of sink at an offset of `buf` (`switch_sink`): the bytes before it go to
    /// the old sink, the rest to what the function makes of it.
    switch: Mutex<Option<(usize, SinkSwitch)>>,
    /// A switch was asked for: inline flushes no longer write to the socket.
    switched: AtomicBool,
}

/// Makes a new sink over the old one (a compressing layer).
pub type SinkSwitch = Box<dyn FnOnce(Sink) -> Sink + Send>;

/// Pending bytes at which producers pause for a receiver that is reading (see
/// `is_backed_up`): enough for a few large writes in flight, small enough that a fan-out
/// to slow readers does not hold hundreds of MB.
pub const STALL_PENDING: usize = 2 * 1024 * 1024;

/// A writer that has been caught up for [`IDLE_AFTER`] frees buffers larger than this (a
/// burst's).
const IDLE_KEEP: usize = 256 * 1024;
const IDLE_AFTER: Duration = Duration::from_millis(500);

/// How long a receiver's socket may take no byte while producers pause for it before it
/// counts as stuck.
pub const STUCK_AFTER: Duration = Duration::from_millis(250);

/// Nanoseconds on a process-wide monotonic clock (never 0).
fn monotonic_nanos() -> u64 {
    static START: OnceLock<std::time::Instant> = OnceLock::new();
    START.get_or_init(std::time::Instant::now).elapsed().as_nanos() as u64 + 1
}

/// Result of appending a frame.
#[derive(Debug, PartialEq, Eq)]
pub enum Appended {
    /// Queued; the buffer was empty before, so the writer must be woken.
    NeedsWake,
    /// Queued behind other bytes; whoever queued those wakes the writer.
    Queued,
    /// Not queued: the connection is closing or just became a slow consumer.
    Dropped,
}

impl Outbound {
    pub fn new(max_pending: usize) -> Self {
        Outbound {
            buf: Mutex::new(Vec::new()),
            wake_writer: Notify::new(),
            stop_reader: Notify::new(),
            drained: Notify::new(),
            state: AtomicU8::new(OPEN),
            reason: Mutex::new(None),
            max_pending,
            pending_len: std::sync::atomic::AtomicUsize::new(0),
            stats: ConnStats::default(),
            socket: OnceLock::new(),
            writing: AtomicBool::new(false),
            written: AtomicU64::new(0),
            stuck_at: AtomicU64::new(u64::MAX),
            stalled_at: AtomicU64::new(u64::MAX),
            stalled_since: AtomicU64::new(0),
            switch: Mutex::new(None),
            switched: AtomicBool::new(false),
        }
    }

    /// Queues `before`, then `after` to go out through the sink `switch` makes of the
    /// current one (S2 compression starting between two INFOs, as nats-server switches
    /// a route's writer). One switch per connection.
    pub fn switch_sink(&self, before: &[u8], switch: SinkSwitch, after: &[u8]) {
        self.switched.store(true, Ordering::Release);
        {
            let mut buf = self.buf.lock().unwrap_or_else(|e| e.into_inner());
            buf.extend_from_slice(before);
            *self.switch.lock().unwrap_or_else(|e| e.into_inner()) = Some((buf.len(), switch));
            buf.extend_from_slice(after);
            self.pending_len.store(buf.len(), Ordering::Relaxed);
        }
        self.wake();
    }

    /// True when a producer paused for this receiver and its socket took nothing, and
    /// has taken nothing since: producers do not pause for it.
    pub fn is_stuck(&self) -> bool {
        self.stuck_at.load(Ordering::Relaxed) == self.written.load(Ordering::Relaxed)
    }

    pub fn is_closing(&self) -> bool {
        self.state.load(Ordering::Acquire) != OPEN
    }

    pub fn close_reason(&self) -> Option<CloseReason> {
        *self.reason.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// Takes the bytes queued (for tests that have no socket).
    #[cfg(test)]
    pub(crate) fn take_queued(&self) -> Vec<u8> {
        self.pending_len.store(0, Ordering::Relaxed);
        std::mem::take(&mut *self.buf.lock().unwrap_or_else(|e| e.into_inner()))
    }

    /// Bytes queued and not yet written.
    pub fn pending(&self) -> usize {
        self.buf.lock().unwrap_or_else(|e| e.into_inner()).len()
    }

    /// Appends a frame built by `write` (of `len` bytes) unless that would pass
    /// `max_pending`, in which case the connection is closed as a slow consumer.
    pub fn append_with(&self, len: usize, write: impl FnOnce(&mut Vec<u8>)) -> Appended {
        let buf = self.buf.lock().unwrap_or_else(|e| e.into_inner());
        self.append_locked(buf, len, write)
    }

    /// `append_with` if the buffer is free right now; `None` when another task holds
    /// it (the caller stages the frame instead of waiting).
    pub fn try_append_with(&self, len: usize, write: impl FnOnce(&mut Vec<u8>)) -> Option<Appended> {
        let buf = match self.buf.try_lock() {
            Ok(guard) => guard,
            Err(std::sync::TryLockError::Poisoned(e)) => e.into_inner(),
            Err(std::sync::TryLockError::WouldBlock) => return None,
        };
        Some(self.append_locked(buf, len, write))
    }

    fn append_locked(&self, mut buf: std::sync::MutexGuard<'_, Vec<u8>>, len: usize, write: impl FnOnce(&mut Vec<u8>)) -> Appended {
        if self.is_closing() {
            return Appended::Dropped;
        }
        if buf.len() + len > self.max_pending && !buf.is_empty() {
            drop(buf);
            self.close(CloseReason::SlowConsumerPendingBytes);
            return Appended::Dropped;
        }
        let was_empty = buf.is_empty();
        write(&mut buf);
        self.pending_len.store(buf.len(), Ordering::Relaxed);
        if was_empty {
            Appended::NeedsWake
        } else {
            Appended::Queued
        }
    }

    /// Appends frames a producer gathered for this connection, with one lock: when
    /// the buffer is empty the producer's buffer is taken whole (swapped, not copied).
    /// `staged` is left empty. Past `max_pending` the connection is a slow consumer.
    pub fn append_staged(&self, staged: &mut Vec<u8>) -> Appended {
        let mut buf = self.buf.lock().unwrap_or_else(|e| e.into_inner());
        if self.is_closing() {
            staged.clear();
            return Appended::Dropped;
        }
        if buf.len() + staged.len() > self.max_pending && !buf.is_empty() {
            drop(buf);
            staged.clear();
            self.close(CloseReason::SlowConsumerPendingBytes);
            return Appended::Dropped;
        }
        let was_empty = buf.is_empty();
        if was_empty {
            std::mem::swap(&mut *buf, staged);
        } else {
            buf.extend_from_slice(staged);
        }
        staged.clear();
        self.pending_len.store(buf.len(), Ordering::Relaxed);
        if was_empty {
            Appended::NeedsWake
        } else {
            Appended::Queued
        }
    }

    /// Appends raw protocol bytes (PONG, +OK, -ERR, INFO) and wakes the writer.
    pub fn send_now(&self, bytes: &[u8]) {
        if self.append_with(bytes.len(), |b| b.extend_from_slice(bytes)) == Appended::NeedsWake && !self.flush_inline() {
            self.wake();
        }
    }

    /// Pending bytes past which a producer should pause for this receiver, so a reader
    /// that is merely behind is neither cut off as a slow consumer nor left holding a
    /// burst's worth of memory: [`STALL_PENDING`], or 3/4 of a smaller `max_pending`
    /// (nats-server pauses at 3/4 of `max_pending` only, and lets a fan-out hold tens of
    /// MB per receiver). A stuck receiver gets no pauses (see `is_stuck`) and grows on to
    /// `max_pending`.
    pub fn is_backed_up(&self) -> bool {
        self.pending_len.load(Ordering::Relaxed) > STALL_PENDING.min(self.max_pending / 4 * 3)
    }

    /// Waits (until `deadline` at most) until the writer has drained this buffer below the
    /// stall threshold, or the connection closes. A receiver whose socket took no byte in
    /// all that time is marked stuck (see `is_stuck`).
    pub async fn wait_drained(&self, deadline: tokio::time::Instant) {
        let before = self.written.load(Ordering::Relaxed);
        loop {
            let notified = self.drained.notified();
            tokio::pin!(notified);
            notified.as_mut().enable();
            if self.is_closing() || !self.is_backed_up() {
                return;
            }
            if tokio::time::timeout_at(deadline, notified).await.is_err() {
                if self.written.load(Ordering::Relaxed) == before {
                    self.no_progress(before);
                }
                return;
            }
        }
    }

    /// A pause ended with the socket at `written` bytes, as when it began.
    fn no_progress(&self, written: u64) {
        let now = monotonic_nanos();
        if self.stalled_at.swap(written, Ordering::Relaxed) != written {
            self.stalled_since.store(now, Ordering::Relaxed);
        } else if now.saturating_sub(self.stalled_since.load(Ordering::Relaxed)) >= STUCK_AFTER.as_nanos() as u64 {
            self.stuck_at.store(written, Ordering::Relaxed);
        }
    }

    pub fn wake(&self) {
        self.wake_writer.notify_one();
    }

    /// Starts closing: the reader stops, the writer flushes (unless the reason
    /// discards pending bytes) and shuts the socket. The first reason wins.
    pub fn close(&self, reason: CloseReason) {
        {
            let mut r = self.reason.lock().unwrap_or_else(|e| e.into_inner());
            if r.is_some() {
                return;
            }
            *r = Some(reason);
        }
        self.state.store(CLOSING, Ordering::Release);
        self.wake_writer.notify_one();
        self.stop_reader.notify_one();
    }

    /// Resolves when `close` has been called.
    pub async fn closed(&self) {
        loop {
            let notified = self.stop_reader.notified();
            if self.is_closing() {
                return;
            }
            notified.await;
        }
    }

    /// The writer task: moves queued bytes to the socket until the connection closes.
    /// Writes what is queued straight to the socket from the calling task, when the
    /// writer is idle and the socket takes it all without waiting. Producers call this
    /// for small batches: it saves the hop to the writer task, which is most of a
    /// request/reply round trip on a quiet server. Returns false when the writer must
    /// still be woken (bytes left, or the writer busy).
    pub fn flush_inline(&self) -> bool {
        let Some(socket) = self.socket.get().filter(|_| !self.switched.load(Ordering::Acquire)) else { return false };
        let mut buf = self.buf.lock().unwrap_or_else(|e| e.into_inner());
        // The writer may have an earlier batch in flight: writing now would reorder.
        if self.writing.load(Ordering::Acquire) || self.is_closing() {
            return buf.is_empty();
        }
        if buf.is_empty() {
            return true;
        }
        match socket.try_write(&buf) {
            Ok(n) if n == buf.len() => {
                self.written.fetch_add(n as u64, Ordering::Relaxed);
                buf.clear();
                self.pending_len.store(0, Ordering::Relaxed);
                true
            }
            Ok(n) => {
                self.written.fetch_add(n as u64, Ordering::Relaxed);
                buf.drain(..n);
                self.pending_len.store(buf.len(), Ordering::Relaxed);
                false
            }
            Err(_) => false,
        }
    }

    /// The writer task: moves queued bytes to the socket until the connection closes.
    pub async fn write_loop(&self, mut sink: Sink, write_deadline: Duration) {
        if let Sink::Plain(socket) = &sink {
            let _ = self.socket.set(socket.clone());
        }
        let mut batch: Vec<u8> = Vec::new();
        loop {
            let notified = self.wake_writer.notified();
            let mut switch = None;
            let step = {
                let mut buf = self.buf.lock().unwrap_or_else(|e| e.into_inner());
                if self.is_closing() && self.close_reason().is_some_and(CloseReason::discards_pending) {
                    buf.clear();
                }
                if !buf.is_empty() {
                    if self.switched.load(Ordering::Acquire) {
                        switch = self.switch.lock().unwrap_or_else(|e| e.into_inner()).take();
                    }
                    std::mem::swap(&mut *buf, &mut batch);
                    self.pending_len.store(0, Ordering::Relaxed);
                    self.writing.store(true, Ordering::Release);
                    Step::Write
                } else if self.is_closing() {
                    Step::Stop
                } else {
                    Step::Wait
                }
            };
            match step {
                Step::Stop => break,
                Step::Wait => {
                    // Caught up. Quiet for IDLE_AFTER: the burst is over, give its memory
                    // back (both buffers take turns holding it); a busy writer keeps them.
                    let big = batch.capacity() > IDLE_KEEP || self.buf.lock().unwrap_or_else(|e| e.into_inner()).capacity() > IDLE_KEEP;
                    if !big {
                        notified.await;
                    } else if tokio::time::timeout(IDLE_AFTER, notified).await.is_err() {
                        batch = Vec::new();
                        {
                            let mut buf = self.buf.lock().unwrap_or_else(|e| e.into_inner());
                            if buf.is_empty() {
                                *buf = Vec::new();
                            }
                        }
                    }
                    continue;
                }
                Step::Write => {}
            }
            // A sink switched within this batch: what comes before goes out first.
            if let Some((at, make)) = switch {
                let before = tokio::time::timeout(write_deadline, sink.write_all(&batch[..at.min(batch.len())], &self.written)).await;
                if !matches!(before, Ok(Ok(()))) {
                    self.writing.store(false, Ordering::Release);
                    self.close(CloseReason::WriteError);
                    break;
                }
                sink = make(sink);
                batch.drain(..at.min(batch.len()));
            }
            // A slow consumer cut off while this batch is out is dropped at once (its
            // socket and this batch's memory with it), not at the write deadline.
            let written_all = {
                let write = tokio::time::timeout(write_deadline, sink.write_all(&batch, &self.written));
                tokio::pin!(write);
                loop {
                    tokio::select! {
                        result = &mut write => break Some(result),
                        _ = self.wake_writer.notified() => {
                            if self.is_closing() && self.close_reason().is_some_and(CloseReason::discards_pending) {
                                break None;
                            }
                        }
                    }
                }
            };
            self.writing.store(false, Ordering::Release);
            let Some(written_all) = written_all else { break };
            match written_all {
                Ok(Ok(())) => {}
                Ok(Err(_)) => {
                    self.close(CloseReason::WriteError);
                    break;
                }
                Err(_) => {
                    self.close(CloseReason::SlowConsumerWriteDeadline);
                    break;
                }
            }
            batch.clear();
            self.drained.notify_waiters();
        }
        // Give the memory back now: a closed client may stay referenced a while.
        *self.buf.lock().unwrap_or_else(|e| e.into_inner()) = Vec::new();
        self.pending_len.store(0, Ordering::Relaxed);

        sink.close().await;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slow_consumer_when_pending_passes_the_limit() {
        let out = Outbound::new(10);
        assert_eq!(out.append_with(8, |b| b.extend_from_slice(b"12345678")), Appended::NeedsWake);
        assert_eq!(out.append_with(1, |b| b.push(b'9')), Appended::Queued);
        assert_eq!(out.append_with(5, |b| b.extend_from_slice(b"abcde")), Appended::Dropped);
        assert_eq!(out.close_reason(), Some(CloseReason::SlowConsumerPendingBytes));
        assert_eq!(out.append_with(1, |b| b.push(b'x')), Appended::Dropped);
    }
}
