//! The receiving side of a connection: what a router needs to hand it messages.
//!
//! A `Receiver` is the outbound buffer and its frame writer (`MSG`/`HMSG`, headers
//! stripped for clients that did not negotiate them), plus the delivery-time checks of
//! the connection's permissions: the subscribe deny list for wildcard subscriptions that
//! overlap it, and the reply subjects `allow_responses` opened. The subscriptions are
//! the reader's (`client`); a subscription names its receiver
//! (`subscription::Owner::Client`), and a router tells the receiver the sids of those it
//! removed.

use std::collections::HashMap;
use std::net::SocketAddr;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Mutex;
use std::time::Instant;

use crate::outbound::{Appended, Outbound};
use crate::permissions::{Permissions, ResponsePermission, SubjectPermission};
use crate::protocol::{lossy, push_decimal};
use crate::trace;

/// Connection metadata shown by `/connz` and told to services (nats-server's
/// `ClientInfo`), set at CONNECT.
#[derive(Default, Clone)]
pub struct ConnMeta {
    pub name: String,
    pub lang: String,
    pub version: String,
    pub user: String,
    pub account: String,
    pub rtt: Option<std::time::Duration>,
    /// The user's permissions (for `$SYS.REQ.USER.INFO`).
    pub permissions: Option<crate::permissions::Permissions>,
    /// A JWT user's token, its issuer's key and its account's name (`/connz` `jwt`,
    /// `issuer_key`, `name_tag`).
    pub jwt: Option<JwtMeta>,
}

/// What monitoring shows of a JWT user.
#[derive(Clone, Debug, Default)]
pub struct JwtMeta {
    pub jwt: String,
    pub issuer_key: String,
    pub name_tag: String,
}

/// The part of a connection that receives messages (see the module docs).
pub struct Receiver {
    pub cid: u64,
    pub addr: SocketAddr,
    /// When the connection was accepted.
    pub start: std::time::SystemTime,
    pub meta: Mutex<ConnMeta>,
    pub out: Outbound,
    /// CONNECT's `echo`: false keeps the connection's own publishes from it.
    pub echo: AtomicBool,
    /// CONNECT's `headers`: without it, messages arrive as `MSG` with headers stripped.
    pub headers: AtomicBool,
    /// Subscribe-deny list, checked at delivery for wildcard subscriptions that overlap it.
    sub_deny: Mutex<Option<SubjectPermission>>,
    /// `allow_responses`: reply subjects this client may answer although its publish
    /// permissions do not cover them.
    responses: Mutex<Option<Responses>>,
    /// Set when `responses` is in use, so other deliveries skip its lock.
    answers_requests: AtomicBool,
    /// The sids of subscriptions a router removed (their auto-unsubscribe limit was
    /// reached), for the reader to drop from its table; `unsubscribed_any` spares the
    /// lock when there are none.
    unsubscribed: Mutex<Vec<Box<[u8]>>>,
    unsubscribed_any: AtomicBool,
}

impl Receiver {
    pub fn meta(&self) -> ConnMeta {
        self.meta.lock().unwrap_or_else(|e| e.into_inner()).clone()
    }

    /// A first round-trip time, until a PING measures it: the time since the connection
    /// was accepted (nats-server's estimate at CONNECT), so that service latency reports
    /// can leave the client's network time out from the start.
    pub fn estimate_rtt(&self) {
        let mut meta = self.meta.lock().unwrap_or_else(|e| e.into_inner());
        if meta.rtt.is_none() {
            meta.rtt = Some(self.start.elapsed().unwrap_or_default());
        }
    }

    /// Records the round-trip time a PING/PONG measured.
    pub fn set_rtt(&self, rtt: std::time::Duration) {
        self.meta.lock().unwrap_or_else(|e| e.into_inner()).rtt = Some(rtt);
    }

    /// `max_pending`: the outbound buffer's limit (bytes) before the connection is cut
    /// off as a slow consumer.
    pub fn new(cid: u64, addr: SocketAddr, max_pending: usize) -> Self {
        Receiver {
            cid,
            addr,
            start: std::time::SystemTime::now(),
            meta: Mutex::new(ConnMeta::default()),
            out: Outbound::new(max_pending),
            echo: AtomicBool::new(true),
            headers: AtomicBool::new(false),
            sub_deny: Mutex::new(None),
            responses: Mutex::new(None),
            answers_requests: AtomicBool::new(false),
            unsubscribed: Mutex::new(Vec::new()),
            unsubscribed_any: AtomicBool::new(false),
        }
    }

    /// Installs the delivery-side parts of a connection's permissions: the subscribe
    /// deny list and `allow_responses`.
    pub fn set_permissions(&self, permissions: Option<&Permissions>) {
        *self.responses.lock().unwrap_or_else(|e| e.into_inner()) =
            permissions.and_then(|p| p.allow_responses.clone()).map(|permission| Responses { permission, pending: HashMap::new() });
        self.answers_requests.store(permissions.is_some_and(|p| p.allow_responses.is_some()), Ordering::Relaxed);
        *self.sub_deny.lock().unwrap_or_else(|e| e.into_inner()) =
            permissions.and_then(|p| p.subscribe.clone()).filter(|s| !s.deny.is_empty());
    }

    /// True when the subscribe deny list keeps `subject` from a subscription (with
    /// `queue`) of this connection.
    pub fn denies(&self, subject: &[u8], queue: Option<&[u8]>) -> bool {
        let deny = self.sub_deny.lock().unwrap_or_else(|e| e.into_inner());
        deny.as_ref().is_some_and(|d| !d.allows_delivery(subject, queue))
    }

    /// Uses up one response `allow_responses` allows on `subject`, if there is one.
    pub fn take_response(&self, subject: &[u8]) -> bool {
        self.responses.lock().unwrap_or_else(|e| e.into_inner()).as_mut().is_some_and(|r| r.take(subject))
    }

    /// Notes that a router removed this connection's subscription `sid`.
    pub fn note_unsubscribed(&self, sid: &[u8]) {
        self.unsubscribed.lock().unwrap_or_else(|e| e.into_inner()).push(sid.into());
        self.unsubscribed_any.store(true, Ordering::Release);
    }

    /// The sids noted since the last call.
    pub fn take_unsubscribed(&self) -> Vec<Box<[u8]>> {
        if !self.unsubscribed_any.swap(false, Ordering::Acquire) {
            return Vec::new();
        }
        std::mem::take(&mut *self.unsubscribed.lock().unwrap_or_else(|e| e.into_inner()))
    }

    pub fn send_err(&self, text: &str) {
        trace!("{} - cid:{} - ->> [-ERR {}]", self.addr, self.cid, text);
        self.out.send_now(format!("-ERR '{text}'\r\n").as_bytes());
    }

    /// Queues one message for one of this connection's subscriptions (`sid`). Headers are
    /// stripped for clients that did not negotiate them, as nats-server does.
    pub fn deliver(&self, sid: &[u8], subject: &[u8], reply: Option<&[u8]>, message: &[u8], header_len: usize) -> Appended {
        self.try_deliver(sid, subject, reply, message, header_len, true).unwrap_or(Appended::Dropped)
    }

    /// `deliver`, but with `wait` false gives up (`None`) instead of waiting when
    /// another task holds this client's buffer.
    pub(crate) fn try_deliver(
        &self,
        sid: &[u8],
        subject: &[u8],
        reply: Option<&[u8]>,
        message: &[u8],
        header_len: usize,
        wait: bool,
    ) -> Option<Appended> {
        let len = subject.len() + sid.len() + reply.map_or(0, |r| r.len() + 1) + message.len() + 48;
        let mut payload = 0;
        let write = |buf: &mut Vec<u8>| payload = self.write_frame(buf, sid, subject, reply, message, header_len);
        let appended = if wait { self.out.append_with(len, write) } else { self.out.try_append_with(len, write)? };
        if appended != Appended::Dropped {
            self.count_out(1, payload);
        }
        Some(appended)
    }

    /// Writes one `MSG`/`HMSG` frame for this client into `buf` (its outbound buffer,
    /// or a producer's staging buffer for it). Headers are stripped for clients that
    /// did not negotiate them, as nats-server does. Returns the payload size counted.
    pub(crate) fn write_frame(
        &self,
        buf: &mut Vec<u8>,
        sid: &[u8],
        subject: &[u8],
        reply: Option<&[u8]>,
        message: &[u8],
        header_len: usize,
    ) -> u64 {
        let with_headers = header_len > 0 && self.headers.load(Ordering::Relaxed);
        let (header_len, message) = if header_len > 0 && !with_headers { (0, &message[header_len..]) } else { (header_len, message) };
        if let Some(reply) = reply.filter(|_| self.answers_requests.load(Ordering::Relaxed)) {
            if let Some(responses) = self.responses.lock().unwrap_or_else(|e| e.into_inner()).as_mut() {
                responses.remember(reply);
            }
        }
        buf.reserve(subject.len() + sid.len() + reply.map_or(0, |r| r.len() + 1) + message.len() + 48);
        buf.extend_from_slice(if with_headers { b"HMSG " } else { b"MSG " });
        buf.extend_from_slice(subject);
        buf.push(b' ');
        buf.extend_from_slice(sid);
        buf.push(b' ');
        if let Some(reply) = reply {
            buf.extend_from_slice(reply);
            buf.push(b' ');
        }
        if with_headers {
            push_decimal(buf, header_len as u64);
            buf.push(b' ');
        }
        push_decimal(buf, message.len() as u64);
        buf.extend_from_slice(b"\r\n");
        buf.extend_from_slice(message);
        buf.extend_from_slice(b"\r\n");
        if crate::log::trace_enabled() {
            trace!("{} - cid:{} - ->> [MSG {} {} {}]", self.addr, self.cid, lossy(subject), lossy(sid), message.len());
        }
        message.len() as u64
    }

    pub(crate) fn count_out(&self, msgs: u64, bytes: u64) {
        let stats = &self.out.stats;
        stats.out_msgs.fetch_add(msgs, Ordering::Relaxed);
        stats.out_bytes.fetch_add(bytes, Ordering::Relaxed);
    }
}

/// Reply subjects a client with `allow_responses` has been asked to answer: each
/// delivery of a request (re)opens its reply subject for `max` responses within
/// `expires`, as nats-server's `replies` map does.
struct Responses {
    permission: ResponsePermission,
    pending: HashMap<Box<[u8]>, OpenReply>,
}

/// One reply subject open for responses: how many are left (`None`: unlimited) and
/// until when (`None`: no expiry).
type OpenReply = (Option<usize>, Option<Instant>);

impl Responses {
    /// Upper bound on remembered reply subjects, so a client that never answers
    /// cannot grow the table without end.
    const MAX_PENDING: usize = 16 * 1024;

    fn remember(&mut self, reply: &[u8]) {
        let now = Instant::now();
        if self.pending.len() >= Self::MAX_PENDING {
            self.pending.retain(|_, (_, exp)| exp.is_none_or(|e| e > now));
            if self.pending.len() >= Self::MAX_PENDING {
                self.pending.clear();
            }
        }
        let expiry = self.permission.expires.map(|d| now + d);
        self.pending.insert(reply.into(), (self.permission.max, expiry));
    }

    /// Uses up one allowed response on `subject`, if there is one.
    fn take(&mut self, subject: &[u8]) -> bool {
        let Some((left, expiry)) = self.pending.get_mut(subject) else { return false };
        if expiry.is_some_and(|e| Instant::now() > e) || *left == Some(0) {
            self.pending.remove(subject);
            return false;
        }
        if let Some(n) = left {
            *n -= 1;
            if *n == 0 {
                self.pending.remove(subject);
            }
        }
        true
    }
}
