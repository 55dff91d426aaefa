//! A connection's outbound side: the pending-bytes buffer and the writer task.
//!
//! Publishers append `MSG`/`HMSG` frames straight into the receiver's buffer under a
//! short mutex; nobody waits on a socket but the writer task. The publisher that turns
//! an empty buffer into a non-empty one is responsible for waking the writer, and it
//! does so once per read batch (see `client.rs`), so a burst of messages costs one
//! wake-up and one `write` per receiver. A receiver whose buffer passes `max_pending`,
//! or whose socket will not take bytes within `write_deadline`, is a slow consumer and
//! is cut off; the publisher never blocks on it.

use std::sync::atomic::{AtomicBool, AtomicU64, AtomicU8, Ordering};
use std::sync::Mutex;
use std::time::Duration;

use tokio::io::AsyncWriteExt;
use tokio::sync::Notify;

/// Why a connection ended, with nats-server's wording (shown in `/connz?state=closed`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CloseReason {
    ClientClosed,
    AuthenticationTimeout,
    AuthenticationViolation,
    SlowConsumerPendingBytes,
    SlowConsumerWriteDeadline,
    WriteError,
    ReadError,
    ParseError,
    StaleConnection,
    ProtocolViolation,
    BadClientProtocolVersion,
    MaxConnectionsExceeded,
    MaxPayloadExceeded,
    MaxControlLineExceeded,
    NoRespondersRequiresHeaders,
    ServerShutdown,
}

impl CloseReason {
    pub fn as_str(self) -> &'static str {
        match self {
            CloseReason::ClientClosed => "Client Closed",
            CloseReason::AuthenticationTimeout => "Authentication Timeout",
            CloseReason::AuthenticationViolation => "Authentication Failure",
            CloseReason::SlowConsumerPendingBytes => "Slow Consumer (Pending Bytes)",
            CloseReason::SlowConsumerWriteDeadline => "Slow Consumer (Write Deadline)",
            CloseReason::WriteError => "Write Error",
            CloseReason::ReadError => "Read Error",
            CloseReason::ParseError => "Parse Error",
            CloseReason::StaleConnection => "Stale Connection",
            CloseReason::ProtocolViolation => "Protocol Violation",
            CloseReason::BadClientProtocolVersion => "Bad Client Protocol Version",
            CloseReason::MaxConnectionsExceeded => "Maximum Connections Exceeded",
            CloseReason::MaxPayloadExceeded => "Maximum Message Payload Exceeded",
            CloseReason::MaxControlLineExceeded => "Maximum Control Line Exceeded",
            CloseReason::NoRespondersRequiresHeaders => "No Responders Requires Headers",
            CloseReason::ServerShutdown => "Server Shutdown",
        }
    }

    /// Slow consumers are dropped without flushing what is queued for them.
    fn discards_pending(self) -> bool {
        matches!(self, CloseReason::SlowConsumerPendingBytes | CloseReason::SlowConsumerWriteDeadline | CloseReason::WriteError)
    }
}

const OPEN: u8 = 0;
const CLOSING: u8 = 1;

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
    /// Set once the writer has given up (socket gone); appends become no-ops.
    writer_done: AtomicBool,
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
            writer_done: AtomicBool::new(false),
        }
    }

    pub fn is_closing(&self) -> bool {
        self.state.load(Ordering::Acquire) != OPEN
    }

    pub fn close_reason(&self) -> Option<CloseReason> {
        *self.reason.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// Bytes queued and not yet written.
    pub fn pending(&self) -> usize {
        self.buf.lock().unwrap_or_else(|e| e.into_inner()).len()
    }

    /// Appends a frame built by `write` (of `len` bytes) unless that would pass
    /// `max_pending`, in which case the connection is closed as a slow consumer.
    pub fn append_with(&self, len: usize, write: impl FnOnce(&mut Vec<u8>)) -> Appended {
        let mut buf = self.buf.lock().unwrap_or_else(|e| e.into_inner());
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

    /// Appends raw protocol bytes (PONG, +OK, -ERR, INFO) and wakes the writer.
    pub fn send_now(&self, bytes: &[u8]) {
        if self.append_with(bytes.len(), |b| b.extend_from_slice(bytes)) == Appended::NeedsWake {
            self.wake();
        }
    }

    /// Pending bytes past which a producer should pause for this receiver (3/4 of
    /// `max_pending`, nats-server's threshold), so a fast reader that is merely
    /// behind is not cut off as a slow consumer.
    pub fn is_backed_up(&self) -> bool {
        self.pending_len.load(Ordering::Relaxed) > self.max_pending / 4 * 3
    }

    /// Waits (until `deadline` at most) until the writer has drained this buffer below the
    /// stall threshold, or the connection closes.
    pub async fn wait_drained(&self, deadline: tokio::time::Instant) {
        loop {
            let notified = self.drained.notified();
            tokio::pin!(notified);
            notified.as_mut().enable();
            if self.is_closing() || !self.is_backed_up() {
                return;
            }
            if tokio::time::timeout_at(deadline, notified).await.is_err() {
                return;
            }
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
    pub async fn write_loop<W: tokio::io::AsyncWrite + Unpin>(&self, mut socket: W, write_deadline: Duration) {
        let mut batch: Vec<u8> = Vec::new();
        loop {
            let notified = self.wake_writer.notified();
            let step = {
                let mut buf = self.buf.lock().unwrap_or_else(|e| e.into_inner());
                if self.is_closing() && self.close_reason().is_some_and(CloseReason::discards_pending) {
                    buf.clear();
                }
                if !buf.is_empty() {
                    std::mem::swap(&mut *buf, &mut batch);
                    self.pending_len.store(0, Ordering::Relaxed);
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
                    notified.await;
                    continue;
                }
                Step::Write => {}
            }
            match tokio::time::timeout(write_deadline, socket.write_all(&batch)).await {
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
            let written = batch.len();
            batch.clear();
            self.drained.notify_waiters();
            // Keep the buffer across writes (reallocating large buffers costs page
            // faults on every burst), but not a burst's worth once traffic is small.
            if batch.capacity() > 256 * 1024 && written < batch.capacity() / 16 {
                batch = Vec::new();
            }
        }
        self.writer_done.store(true, Ordering::Release);
        // Give the memory back now: a closed client may stay referenced a while.
        *self.buf.lock().unwrap_or_else(|e| e.into_inner()) = Vec::new();
        self.pending_len.store(0, Ordering::Relaxed);
        let _ = tokio::time::timeout(Duration::from_secs(1), socket.shutdown()).await;
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
