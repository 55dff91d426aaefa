//! The JetStream API over raw TCP, reply for reply against nats-server 2.15.1.
//!
//! Every expected byte here comes from `tests/e2e/nats-server-jetstream-api.md`, which
//! records nats-server 2.15.1's replies to the same raw requests (labels such as `2c`
//! or `6C-7` in the comments point to its sections). The tests check:
//! - Error replies, PubAcks (including errors and the hand-built duplicate ack), status
//!   header blocks and other replies that never vary: compared byte for byte. This
//!   includes Go's `\u003e` escaping, the key order, and the zero-valued fields that
//!   some error types append.
//! - Replies with timestamps, server names or random names: compared field by field,
//!   and by the exact bytes of their parts that do not vary.
//!
//! Never compared: `created`, `ts`, message time stamps, the leader's name, ephemeral
//! consumer names, and the config `metadata` (nats-server puts its own version there).
//!
//! The client speaks the protocol itself. It sends CONNECT with headers and
//! no_responders, subscribes once to `_R.>` for every reply inbox, and parses frames by
//! their declared lengths.

use std::io::Read;
use std::time::{Duration, Instant};

use serde_json::{json, Value};

use crate::harness::{Raw, Server};

const CONNECT: &str =
    "CONNECT {\"verbose\":false,\"pedantic\":false,\"headers\":true,\"no_responders\":true,\"protocol\":1}\r\nSUB _R.> 1\r\nPING\r\n";
/// The longest wait for something that should come.
const WAIT: Duration = Duration::from_secs(5);
/// How long silence must last to count as "no reply".
const QUIET: Duration = Duration::from_millis(500);
pub(crate) const NO_HDRS: &[(&str, &str)] = &[];

// ---------------------------------------------------------------------------
// A raw protocol client.

/// One MSG or HMSG frame.
#[derive(Debug, Clone)]
pub(crate) struct Msg {
    pub(crate) subject: String,
    pub(crate) sid: String,
    pub(crate) reply: Option<String>,
    /// The raw header block (empty for MSG).
    pub(crate) headers: String,
    pub(crate) payload: String,
}

impl Msg {
    /// The status code of a status message (`NATS/1.0 404 No Messages`), if it is one.
    pub(crate) fn status(&self) -> Option<&str> {
        let line = self.headers.split("\r\n").next()?;
        line.strip_prefix("NATS/1.0 ")?.split(' ').next()
    }

    /// A status that ends a pull request (anything but a 100 heartbeat).
    fn is_terminal_status(&self) -> bool {
        self.status().is_some_and(|s| s != "100")
    }
}

enum Frame {
    Msg(Msg),
    /// Any other protocol line (PONG, -ERR, ...). PING and INFO never get here.
    Line(String),
}

pub(crate) struct Client {
    raw: Raw,
    buf: Vec<u8>,
    /// Frames read while waiting for something else, kept for later collectors.
    stash: Vec<Msg>,
    inboxes: u64,
}

impl Client {
    pub(crate) fn connect(server: &Server) -> Client {
        let mut c = Client { raw: server.raw(), buf: Vec::new(), stash: Vec::new(), inboxes: 0 };
        c.raw.send(CONNECT.as_bytes());
        c.wait_pong();
        c
    }

    /// A PING round trip: everything sent before it has been processed by the server.
    pub(crate) fn sync(&mut self) {
        self.raw.send(b"PING\r\n");
        self.wait_pong();
    }

    fn wait_pong(&mut self) {
        let deadline = Instant::now() + WAIT;
        loop {
            match self.next_frame(deadline) {
                Some(Frame::Line(l)) if l.eq_ignore_ascii_case("PONG") => return,
                Some(Frame::Line(l)) => assert!(!l.starts_with("-ERR"), "the server sent {l}"),
                Some(Frame::Msg(m)) => self.stash.push(m),
                None => panic!("no PONG within {WAIT:?}"),
            }
        }
    }

    /// Reads once (briefly) into the buffer; false once the deadline has passed.
    fn fill(&mut self, deadline: Instant) -> bool {
        let now = Instant::now();
        if now >= deadline {
            return false;
        }
        let wait = (deadline - now).clamp(Duration::from_millis(1), Duration::from_millis(50));
        let _ = self.raw.stream.set_read_timeout(Some(wait));
        let mut chunk = [0u8; 65536];
        match self.raw.stream.read(&mut chunk) {
            Ok(0) => panic!("the server closed the connection"),
            Ok(n) => self.buf.extend_from_slice(&chunk[..n]),
            Err(e) if matches!(e.kind(), std::io::ErrorKind::WouldBlock | std::io::ErrorKind::TimedOut) => {}
            Err(e) => panic!("read failed: {e}"),
        }
        true
    }

    /// Takes one complete frame off the buffer, if one is there.
    fn parse(&mut self) -> Option<Frame> {
        let end = self.buf.windows(2).position(|w| w == b"\r\n")?;
        let line = String::from_utf8_lossy(&self.buf[..end]).into_owned();
        let args: Vec<&str> = line.split_ascii_whitespace().collect();
        let op = args.first().map(|a| a.to_ascii_uppercase()).unwrap_or_default();
        let len = |s: &str| -> usize { s.parse().unwrap_or_else(|_| panic!("bad length in {line:?}")) };
        // MSG <subject> <sid> [reply] <len> / HMSG <subject> <sid> [reply] <hdr_len> <total_len>
        let (reply, hdr_len, total) = match (op.as_str(), args.len()) {
            ("MSG", 4) => (None, 0, len(args[3])),
            ("MSG", 5) => (Some(args[3]), 0, len(args[4])),
            ("HMSG", 5) => (None, len(args[3]), len(args[4])),
            ("HMSG", 6) => (Some(args[3]), len(args[4]), len(args[5])),
            ("MSG", _) | ("HMSG", _) => panic!("malformed frame {line:?}"),
            _ => {
                self.buf.drain(..end + 2);
                return Some(Frame::Line(line.clone()));
            }
        };
        assert!(hdr_len <= total, "header length over total length in {line:?}");
        let start = end + 2;
        if self.buf.len() < start + total + 2 {
            return None;
        }
        assert_eq!(&self.buf[start + total..start + total + 2], b"\r\n", "frame {line:?} not ended by CRLF");
        let body = &self.buf[start..start + total];
        let msg = Msg {
            subject: args[1].to_string(),
            sid: args[2].to_string(),
            reply: reply.map(str::to_string),
            headers: String::from_utf8_lossy(&body[..hdr_len]).into_owned(),
            payload: String::from_utf8_lossy(&body[hdr_len..]).into_owned(),
        };
        self.buf.drain(..start + total + 2);
        Some(Frame::Msg(msg))
    }

    /// The next frame before the deadline. PINGs are answered and INFO / +OK skipped.
    fn next_frame(&mut self, deadline: Instant) -> Option<Frame> {
        loop {
            match self.parse() {
                Some(Frame::Line(l)) if l.eq_ignore_ascii_case("PING") => self.raw.send(b"PONG\r\n"),
                Some(Frame::Line(l)) if l.starts_with("INFO ") || l == "+OK" => {}
                Some(frame) => return Some(frame),
                None => {
                    if !self.fill(deadline) {
                        return None;
                    }
                }
            }
        }
    }

    /// PUB, or HPUB when there are headers (sent as `NATS/1.0\r\nName: value\r\n...\r\n`).
    pub(crate) fn publish(&mut self, subject: &str, reply: Option<&str>, headers: &[(&str, &str)], body: &str) {
        let reply = reply.map(|r| format!(" {r}")).unwrap_or_default();
        let mut frame = Vec::new();
        if headers.is_empty() {
            frame.extend_from_slice(format!("PUB {subject}{reply} {}\r\n", body.len()).as_bytes());
        } else {
            let mut block = String::from("NATS/1.0\r\n");
            for (name, value) in headers {
                block.push_str(&format!("{name}: {value}\r\n"));
            }
            block.push_str("\r\n");
            frame.extend_from_slice(format!("HPUB {subject}{reply} {} {}\r\n", block.len(), block.len() + body.len()).as_bytes());
            frame.extend_from_slice(block.as_bytes());
        }
        frame.extend_from_slice(body.as_bytes());
        frame.extend_from_slice(b"\r\n");
        self.raw.send(&frame);
    }

    fn inbox(&mut self) -> String {
        self.inboxes += 1;
        format!("_R.{}", self.inboxes)
    }

    /// Sends a request and returns the one frame that comes back on its inbox.
    #[track_caller]
    pub(crate) fn request_h(&mut self, subject: &str, headers: &[(&str, &str)], body: &str) -> Msg {
        let inbox = self.inbox();
        self.publish(subject, Some(&inbox), headers, body);
        let deadline = Instant::now() + WAIT;
        loop {
            match self.next_frame(deadline) {
                Some(Frame::Msg(m)) if m.subject == inbox => return m,
                Some(Frame::Msg(m)) => self.stash.push(m),
                Some(Frame::Line(l)) => assert!(!l.starts_with("-ERR"), "{subject}: the server sent {l}"),
                None => panic!("no reply to {subject} {body:?} within {WAIT:?}"),
            }
        }
    }

    #[track_caller]
    pub(crate) fn request(&mut self, subject: &str, body: &str) -> Msg {
        self.request_h(subject, NO_HDRS, body)
    }

    /// The payload of a JSON API reply, which has no headers.
    #[track_caller]
    pub(crate) fn api(&mut self, subject: &str, body: &str) -> String {
        let m = self.request(subject, body);
        assert_eq!(m.headers, "", "{subject} {body:?}: the reply should have no headers");
        m.payload
    }

    /// Asserts the exact reply payload.
    #[track_caller]
    pub(crate) fn expect(&mut self, subject: &str, body: &str, want: &str) {
        let got = self.api(subject, body);
        assert_eq!(got, want, "reply to {subject} {body:?}");
    }

    /// Publishes with a reply subject and asserts the exact PubAck.
    #[track_caller]
    pub(crate) fn expect_pub(&mut self, subject: &str, headers: &[(&str, &str)], body: &str, want: &str) {
        let m = self.request_h(subject, headers, body);
        assert_eq!(m.headers, "", "PubAck for {subject} should have no headers");
        assert_eq!(m.payload, want, "PubAck for {subject} {headers:?}");
    }

    /// Sends a request and asserts nothing comes back on its inbox within QUIET.
    #[track_caller]
    pub(crate) fn assert_no_reply(&mut self, subject: &str, body: &str) {
        let inbox = self.inbox();
        self.publish(subject, Some(&inbox), NO_HDRS, body);
        let got = self.collect(QUIET, |m| m.subject == inbox, |_| false);
        assert!(got.is_empty(), "{subject} {body:?} should get no reply, got {got:?}");
    }

    /// Gathers the frames that `keep` picks (stashed ones first) until `done` says so or
    /// `within` passes. Frames that `keep` does not pick are stashed.
    fn collect(&mut self, within: Duration, keep: impl Fn(&Msg) -> bool, done: impl Fn(&[Msg]) -> bool) -> Vec<Msg> {
        let mut got = Vec::new();
        let mut i = 0;
        while i < self.stash.len() {
            if keep(&self.stash[i]) {
                got.push(self.stash.remove(i));
            } else {
                i += 1;
            }
        }
        let deadline = Instant::now() + within;
        while !done(&got[..]) {
            match self.next_frame(deadline) {
                Some(Frame::Msg(m)) => {
                    if keep(&m) {
                        got.push(m);
                    } else {
                        self.stash.push(m);
                    }
                }
                Some(Frame::Line(l)) => assert!(!l.starts_with("-ERR"), "the server sent {l}"),
                None => break,
            }
        }
        got
    }

    /// Sends a pull request and returns what it brought: messages, then a status that
    /// ends the request (404, 408, ...). Heartbeats are included.
    pub(crate) fn pull(&mut self, subject: &str, body: &str) -> Vec<Msg> {
        let inbox = self.inbox();
        self.publish(subject, Some(&inbox), NO_HDRS, body);
        self.collect(WAIT, |m| for_pull(m, &inbox), |got| got.iter().any(Msg::is_terminal_status))
    }

    /// Sends a pull request and returns its first `n` frames (or fewer, if a status ends it).
    pub(crate) fn pull_n(&mut self, subject: &str, body: &str, n: usize) -> Vec<Msg> {
        let inbox = self.inbox();
        self.publish(subject, Some(&inbox), NO_HDRS, body);
        self.collect(WAIT, |m| for_pull(m, &inbox), |got| got.len() >= n || got.iter().any(Msg::is_terminal_status))
    }

    /// A pull request whose only answer must be the status header block `want`.
    #[track_caller]
    pub(crate) fn expect_status(&mut self, subject: &str, body: &str, want: &str) {
        let got = self.pull(subject, body);
        assert_eq!(got.len(), 1, "{subject} {body:?}: expected only a status, got {got:?}");
        let m = &got[0];
        assert_eq!(m.headers, want, "status for {subject} {body:?}");
        assert_eq!((m.reply.as_deref(), m.payload.as_str()), (None, ""), "status message for {subject} {body:?}");
    }

    /// Everything that arrives within `within`.
    pub(crate) fn quiet(&mut self, within: Duration) -> Vec<Msg> {
        self.collect(within, |_| true, |_| false)
    }

    pub(crate) fn consumer_info(&mut self, stream: &str, consumer: &str) -> Value {
        json(&self.api(&format!("$JS.API.CONSUMER.INFO.{stream}.{consumer}"), ""))
    }

    /// Polls CONSUMER.INFO (bounded) until its counters are `want`; returns the info.
    #[track_caller]
    fn wait_counters(&mut self, stream: &str, consumer: &str, want: &Value) -> Value {
        let deadline = Instant::now() + Duration::from_secs(3);
        loop {
            let info = self.consumer_info(stream, consumer);
            if &counters_of(&info) == want {
                return info;
            }
            assert!(Instant::now() < deadline, "consumer {stream}/{consumer} counters:\n  got  {}\n  want {want}", counters_of(&info));
            std::thread::sleep(Duration::from_millis(25));
        }
    }
}

/// What a pull request on `inbox` brings: statuses on the inbox, and messages (which keep
/// their own subject and carry a `$JS.ACK` reply).
fn for_pull(m: &Msg, inbox: &str) -> bool {
    m.sid == "1" && (m.subject == inbox || m.reply.as_deref().is_some_and(|r| r.starts_with("$JS.ACK.")))
}

// ---------------------------------------------------------------------------
// Expected bytes and comparison helpers.

#[track_caller]
pub(crate) fn json(s: &str) -> Value {
    serde_json::from_str(s).unwrap_or_else(|e| panic!("not JSON ({e}): {s:?}"))
}

/// A copy of an object without some keys.
fn without(v: &Value, keys: &[&str]) -> Value {
    let mut v = v.clone();
    if let Some(o) = v.as_object_mut() {
        for k in keys {
            o.remove(*k);
        }
    }
    v
}

/// Asserts each part occurs in `payload`, in this order.
#[track_caller]
fn assert_order(payload: &str, parts: &[&str]) {
    let mut at = 0;
    for part in parts {
        match payload[at..].find(part) {
            Some(i) => at += i + part.len(),
            None => panic!("{part:?} missing or out of order in {payload}"),
        }
    }
}

const CREATE_HEAD: &str = r#"{"type":"io.nats.jetstream.api.v1.stream_create_response","#;
const UPDATE_HEAD: &str = r#"{"type":"io.nats.jetstream.api.v1.stream_update_response","#;
/// STREAM.INFO puts the paging fields right after `type`, even with no subjects_filter.
const INFO_HEAD: &str = r#"{"type":"io.nats.jetstream.api.v1.stream_info_response","total":0,"offset":0,"limit":0,"#;
/// The state of a stream that never held a message.
const EMPTY_STATE: &str = r#""state":{"messages":0,"bytes":0,"first_seq":0,"first_ts":"0001-01-01T00:00:00Z","last_seq":0,"last_ts":"0001-01-01T00:00:00Z","consumer_count":0}"#;

/// nats-server's echo of a stream config with every default, up to (not including)
/// `metadata` and the closing brace. `subjects` is the JSON array as echoed.
fn stream_config(name: &str, subjects: &str) -> String {
    let rest = r#","retention":"limits","max_consumers":-1,"max_msgs":-1,"max_bytes":-1,"max_age":0,"max_msgs_per_subject":-1,"max_msg_size":-1,"discard":"old","storage":"file","num_replicas":1,"duplicate_window":120000000000,"compression":"none","allow_direct":false,"mirror_direct":false,"sealed":false,"deny_delete":false,"deny_purge":false,"allow_rollup_hdrs":false,"consumer_limits":{},"allow_msg_ttl":false"#;
    format!(r#"{{"name":"{name}","subjects":{subjects}{rest}"#)
}

/// Section 3: stream D (allow_direct, max_msgs 3, discard new, memory).
const D_CONFIG: &str = r#"{"name":"D","subjects":["d.\u003e"],"retention":"limits","max_consumers":-1,"max_msgs":3,"max_bytes":-1,"max_age":0,"max_msgs_per_subject":-1,"max_msg_size":-1,"discard":"new","storage":"memory","num_replicas":1,"duplicate_window":120000000000,"compression":"none","allow_direct":true,"mirror_direct":false,"sealed":false,"deny_delete":false,"deny_purge":false,"allow_rollup_hdrs":false,"consumer_limits":{},"allow_msg_ttl":false"#;

/// A stream reply starting with `head` then `"config":<config>` byte for byte, whose
/// config has exactly the recorded fields (apart from `metadata`).
#[track_caller]
fn check_stream_reply(payload: &str, head: &str, config: &str) -> Value {
    let want = format!("{head}\"config\":{config}");
    assert!(payload.starts_with(&want), "stream reply:\n  got  {payload}\n  want {want}...");
    let v = json(payload);
    assert_eq!(without(&v["config"], &["metadata"]), json(&format!("{config}}}")), "config fields of {payload}");
    v
}

/// A create reply for a new (empty) stream: `type, config, created, state, ts, did_create`.
#[track_caller]
fn check_create_reply(payload: &str, config: &str) -> Value {
    let v = check_stream_reply(payload, CREATE_HEAD, config);
    assert_order(payload, &["\"created\":\"", EMPTY_STATE, ",\"ts\":\""]);
    assert!(payload.ends_with("\",\"did_create\":true}"), "a create reply ends with did_create: {payload}");
    v
}

/// Consumer config echoes (section 5), up to (not including) `metadata`.
const PULL_CONFIG: &str = r#"{"durable_name":"PULL","name":"PULL","deliver_policy":"all","ack_policy":"explicit","ack_wait":30000000000,"max_deliver":-1,"replay_policy":"instant","max_waiting":512,"max_ack_pending":1000,"num_replicas":0"#;
const PUSH_CONFIG: &str = r#"{"durable_name":"PUSH","name":"PUSH","deliver_policy":"all","ack_policy":"explicit","ack_wait":30000000000,"max_deliver":-1,"replay_policy":"instant","max_ack_pending":1000,"deliver_subject":"pushdeliver","num_replicas":0"#;
const EPHEMERAL_CONFIG: &str = r#"{"deliver_policy":"all","ack_policy":"explicit","ack_wait":30000000000,"max_deliver":-1,"replay_policy":"instant","max_waiting":512,"max_ack_pending":1000,"inactive_threshold":5000000000,"num_replicas":0"#;
const NAMED_CONFIG: &str = r#"{"name":"NAMED","deliver_policy":"all","ack_policy":"explicit","ack_wait":30000000000,"max_deliver":-1,"replay_policy":"instant","max_waiting":512,"max_ack_pending":1000,"inactive_threshold":5000000000,"num_replicas":0"#;
const NONE_CONFIG: &str = r#"{"durable_name":"NONE","name":"NONE","deliver_policy":"all","ack_policy":"none","max_deliver":-1,"replay_policy":"instant","max_waiting":512,"num_replicas":0"#;
const FS_CONFIG: &str = r#"{"durable_name":"FS","name":"FS","deliver_policy":"all","ack_policy":"explicit","ack_wait":30000000000,"max_deliver":-1,"filter_subject":"zzz.\u003e","replay_policy":"instant","max_waiting":512,"max_ack_pending":1000,"num_replicas":0"#;
const FF_CONFIG: &str = r#"{"name":"FF","deliver_policy":"all","ack_policy":"explicit","ack_wait":30000000000,"max_deliver":-1,"filter_subject":"s.a","replay_policy":"instant","max_waiting":512,"max_ack_pending":1000,"inactive_threshold":5000000000,"num_replicas":0"#;
const E_CONFIG: &str = r#"{"durable_name":"E","name":"E","deliver_policy":"new","ack_policy":"explicit","ack_wait":30000000000,"max_deliver":-1,"replay_policy":"instant","max_waiting":512,"max_ack_pending":1000,"num_replicas":0"#;
const PS_CONFIG: &str = r#"{"durable_name":"PS","name":"PS","deliver_policy":"last","ack_policy":"explicit","ack_wait":30000000000,"max_deliver":-1,"replay_policy":"instant","max_ack_pending":1000,"flow_control":true,"deliver_subject":"pushq3","idle_heartbeat":1000000000,"num_replicas":0"#;

/// The counters of a consumer nothing was delivered from, as replies show them.
fn fresh_counters(pending: u64) -> String {
    format!(
        r#""delivered":{{"consumer_seq":0,"stream_seq":0}},"ack_floor":{{"consumer_seq":0,"stream_seq":0}},"num_ack_pending":0,"num_redelivered":0,"num_waiting":0,"num_pending":{pending}"#
    )
}

/// A consumer create/info reply: `type, stream_name, name, created, config, <counters>, ts`,
/// with `config` and `counters` byte for byte (config up to `metadata`).
#[track_caller]
fn check_consumer_reply(payload: &str, kind: &str, stream: &str, name: Option<&str>, config: &str, counters: &str) -> Value {
    let head = format!(r#"{{"type":"io.nats.jetstream.api.v1.{kind}","stream_name":"{stream}","name":""#);
    let head = match name {
        Some(name) => format!(r#"{head}{name}","created":""#),
        None => head,
    };
    assert!(payload.starts_with(&head), "consumer reply:\n  got  {payload}\n  want {head}...");
    let config_bytes = format!("\"config\":{config}");
    assert!(payload.contains(&config_bytes), "consumer config:\n  got  {payload}\n  want {config_bytes}...");
    let tail = format!(",{counters},\"ts\":\"");
    assert!(payload.contains(&tail), "consumer counters:\n  got  {payload}\n  want {tail}...");
    assert_order(payload, &["\"created\":\"", "\"config\":{", tail.as_str()]);
    assert!(payload.ends_with("Z\"}"), "ts comes last: {payload}");
    let v = json(payload);
    assert_eq!(without(&v["config"], &["metadata"]), json(&format!("{config}}}")), "config fields of {payload}");
    v
}

fn counters(delivered: (u64, u64), floor: (u64, u64), ack_pending: u64, redelivered: u64, waiting: u64, pending: u64) -> Value {
    let ((dc, ds), (fc, fs)) = (delivered, floor);
    json!({
        "delivered": {"consumer_seq": dc, "stream_seq": ds},
        "ack_floor": {"consumer_seq": fc, "stream_seq": fs},
        "num_ack_pending": ack_pending,
        "num_redelivered": redelivered,
        "num_waiting": waiting,
        "num_pending": pending
    })
}

/// The counters of a consumer info, without `last_active`.
fn counters_of(info: &Value) -> Value {
    let seqs = |v: &Value| json!({"consumer_seq": v["consumer_seq"], "stream_seq": v["stream_seq"]});
    json!({
        "delivered": seqs(&info["delivered"]),
        "ack_floor": seqs(&info["ack_floor"]),
        "num_ack_pending": info["num_ack_pending"],
        "num_redelivered": info["num_redelivered"],
        "num_waiting": info["num_waiting"],
        "num_pending": info["num_pending"]
    })
}

/// Checks `$JS.ACK.<stream>.<consumer>.<delivered>.<sseq>.<cseq>.<ts>.<pending>` and
/// returns the time stamp token.
#[track_caller]
fn check_ack_reply(m: &Msg, stream: &str, consumer: &str, delivered: u64, sseq: u64, cseq: u64, pending: u64) -> String {
    let reply = m.reply.as_deref().unwrap_or_else(|| panic!("delivered message has no reply subject: {m:?}"));
    let tokens: Vec<&str> = reply.split('.').collect();
    let ok = reply.starts_with(&format!("$JS.ACK.{stream}.{consumer}.{delivered}.{sseq}.{cseq}."))
        && tokens.len() == 9
        && tokens[8] == pending.to_string()
        && tokens[7].parse::<u64>().is_ok_and(|ts| ts > 1_500_000_000_000_000_000);
    assert!(ok, "ack subject {reply:?}, want $JS.ACK.{stream}.{consumer}.{delivered}.{sseq}.{cseq}.<ts>.{pending}");
    tokens[7].to_string()
}

/// A delivered message: subject, headers, payload, ack subject; returns its time stamp token.
#[track_caller]
fn check_delivery(m: &Msg, subject: &str, headers: &str, payload: &str, ack: (&str, &str, u64, u64, u64, u64)) -> String {
    assert_eq!((m.subject.as_str(), m.headers.as_str(), m.payload.as_str()), (subject, headers, payload), "delivery {m:?}");
    check_ack_reply(m, ack.0, ack.1, ack.2, ack.3, ack.4, ack.5)
}

/// A DIRECT.GET hit: only headers, `Nats-Time-Stamp` in RFC 3339 (not compared).
#[track_caller]
fn check_direct(m: &Msg, stream: &str, subject: &str, seq: u64, payload: &str) {
    let head = format!("NATS/1.0\r\nNats-Stream: {stream}\r\nNats-Subject: {subject}\r\nNats-Sequence: {seq}\r\nNats-Time-Stamp: ");
    assert!(
        m.headers.starts_with(&head) && m.headers.ends_with("\r\n\r\n"),
        "direct get headers {:?}, want {head:?}<time>\\r\\n\\r\\n",
        m.headers
    );
    let stamp = &m.headers[head.len()..m.headers.len() - 4];
    let b = stamp.as_bytes();
    assert!(
        stamp.len() >= 20 && b[4] == b'-' && b[7] == b'-' && b[10] == b'T' && stamp.ends_with('Z') && !stamp.contains('\r'),
        "Nats-Time-Stamp {stamp:?} is not an RFC 3339 UTC time"
    );
    assert_eq!(m.payload, payload, "direct get payload");
}

/// A MSG.GET hit: `message` holds `fields` byte for byte, then `time` (not compared).
#[track_caller]
fn check_msg_get(payload: &str, fields: &str) {
    let head = format!(r#"{{"type":"io.nats.jetstream.api.v1.stream_msg_get_response","message":{{{fields},"time":""#);
    assert!(payload.starts_with(&head) && payload.ends_with("Z\"}}"), "msg get:\n  got  {payload}\n  want {head}<time>\"}}}}");
}

pub(crate) fn pub_ack(stream: &str, seq: u64) -> String {
    format!(r#"{{"stream":"{stream}","seq":{seq}}}"#)
}

#[track_caller]
pub(crate) fn create_stream(c: &mut Client, name: &str, body: &str) -> Value {
    let reply = c.api(&format!("$JS.API.STREAM.CREATE.{name}"), body);
    let v = json(&reply);
    assert!(v.get("error").is_none(), "creating stream {name}: {reply}");
    v
}

#[track_caller]
pub(crate) fn create_consumer(c: &mut Client, subject: &str, body: &str) -> Value {
    let reply = c.api(subject, body);
    let v = json(&reply);
    assert!(v.get("error").is_none(), "{subject}: {reply}");
    v
}

/// Sections 4a-4c': stream S (`s.>`) with the five messages of the reference.
fn fill_s(c: &mut Client) {
    create_stream(c, "S", r#"{"name":"S","subjects":["s.>"]}"#);
    c.expect_pub("s.a", NO_HDRS, "one", &pub_ack("S", 1));
    c.expect_pub("s.b", NO_HDRS, "two", &pub_ack("S", 2));
    c.expect_pub("s.a", NO_HDRS, "three", &pub_ack("S", 3));
    c.expect_pub("s.c", &[("Nats-Msg-Id", "m1")], "four", &pub_ack("S", 4));
    c.expect_pub("s.a", &[("Nats-Expected-Stream", "S")], "x", &pub_ack("S", 5));
}

/// Section 6C: stream Q3 with q3.0..q3.5 holding v0..v5.
fn fill_q3(c: &mut Client) {
    create_stream(c, "Q3", r#"{"name":"Q3","subjects":["q3.>"]}"#);
    for i in 0..6u64 {
        c.expect_pub(&format!("q3.{i}"), NO_HDRS, &format!("v{i}"), &pub_ack("Q3", i + 1));
    }
}

// Error replies, byte for byte.
/// 2.15.1 reports API level 5; natsx reports the level it implements (1, nats-server
/// 2.11's), so clients do not send requests it cannot answer. Everything else is as recorded.
const INFO_FRESH: &str = r#"{"type":"io.nats.jetstream.api.v1.account_info_response","memory":0,"storage":0,"reserved_memory":0,"reserved_storage":0,"streams":0,"consumers":0,"limits":{"max_memory":-1,"max_storage":-1,"max_streams":-1,"max_consumers":-1,"max_ack_pending":-1,"memory_max_stream_bytes":-1,"storage_max_stream_bytes":-1,"max_bytes_required":false},"api":{"level":1,"total":0,"errors":0}}"#;
const CREATE_IN_USE: &str = r#"{"type":"io.nats.jetstream.api.v1.stream_create_response","error":{"code":400,"err_code":10058,"description":"stream name already in use with a different configuration"}}"#;
const CREATE_NAME_MISMATCH: &str = r#"{"type":"io.nats.jetstream.api.v1.stream_create_response","error":{"code":400,"err_code":10056,"description":"stream name in subject does not match request"}}"#;
const CREATE_NAME_INVALID: &str = r#"{"type":"io.nats.jetstream.api.v1.stream_create_response","error":{"code":500,"err_code":10052,"description":"stream name is required and can not contain '.', '*', '\u003e', '\\', '/'"}}"#;
const CREATE_OVERLAP: &str = r#"{"type":"io.nats.jetstream.api.v1.stream_create_response","error":{"code":400,"err_code":10065,"description":"subjects overlap with an existing stream"}}"#;
const CREATE_BAD_JSON: &str = r#"{"type":"io.nats.jetstream.api.v1.stream_create_response","error":{"code":400,"err_code":10025,"description":"invalid JSON: unexpected EOF"}}"#;
const CREATE_WRONG_TYPE: &str = r#"{"type":"io.nats.jetstream.api.v1.stream_create_response","error":{"code":400,"err_code":10025,"description":"invalid JSON: json: cannot unmarshal string into Go struct field StreamConfigRequest.max_msgs of type int64"}}"#;
const CREATE_MAX_AGE: &str = r#"{"type":"io.nats.jetstream.api.v1.stream_create_response","error":{"code":500,"err_code":10052,"description":"max age can not be negative"}}"#;
const CREATE_DUP_WINDOW: &str = r#"{"type":"io.nats.jetstream.api.v1.stream_create_response","error":{"code":500,"err_code":10052,"description":"duplicates window can not be negative"}}"#;
const CREATE_REPLICAS: &str = r#"{"type":"io.nats.jetstream.api.v1.stream_create_response","error":{"code":500,"err_code":10074,"description":"replicas \u003e 1 not supported in non-clustered mode"}}"#;
const CREATE_BAD_SUBJECT: &str =
    r#"{"type":"io.nats.jetstream.api.v1.stream_create_response","error":{"code":500,"err_code":10052,"description":"invalid subject"}}"#;
const CREATE_API_OVERLAP: &str = r#"{"type":"io.nats.jetstream.api.v1.stream_create_response","error":{"code":500,"err_code":10052,"description":"subjects that overlap with jetstream api require no-ack to be true"}}"#;
const CREATE_BAD_STORAGE: &str = r#"{"type":"io.nats.jetstream.api.v1.stream_create_response","error":{"code":400,"err_code":10025,"description":"invalid JSON: can not unmarshal \"\\\"disk\\\"\""}}"#;
const CREATE_BAD_RETENTION: &str = r#"{"type":"io.nats.jetstream.api.v1.stream_create_response","error":{"code":400,"err_code":10025,"description":"invalid JSON: can not unmarshal \"\\\"foo\\\"\""}}"#;
const CREATE_UNKNOWN_FIELD: &str = r#"{"type":"io.nats.jetstream.api.v1.stream_create_response","error":{"code":400,"err_code":10025,"description":"invalid JSON: json: unknown field \"bogus_field\""}}"#;
const STREAM_DELETED: &str = r#"{"type":"io.nats.jetstream.api.v1.stream_delete_response","success":true}"#;
const DELETE_NOT_FOUND: &str =
    r#"{"type":"io.nats.jetstream.api.v1.stream_delete_response","error":{"code":404,"err_code":10059,"description":"stream not found"}}"#;
const UPDATE_STORAGE: &str = r#"{"type":"io.nats.jetstream.api.v1.stream_update_response","error":{"code":500,"err_code":10052,"description":"stream configuration update can not change storage type"}}"#;
const UPDATE_NOT_FOUND: &str =
    r#"{"type":"io.nats.jetstream.api.v1.stream_update_response","error":{"code":404,"err_code":10059,"description":"stream not found"}}"#;
const UPDATE_NAME_MISMATCH: &str = r#"{"type":"io.nats.jetstream.api.v1.stream_update_response","error":{"code":400,"err_code":10056,"description":"stream name in subject does not match request"}}"#;
const INFO_NOT_FOUND: &str = r#"{"type":"io.nats.jetstream.api.v1.stream_info_response","error":{"code":404,"err_code":10059,"description":"stream not found"},"total":0,"offset":0,"limit":0}"#;
const MSG_DELETED: &str = r#"{"type":"io.nats.jetstream.api.v1.stream_msg_delete_response","success":true}"#;
const MSG_DELETE_NOT_FOUND: &str = r#"{"type":"io.nats.jetstream.api.v1.stream_msg_delete_response","error":{"code":400,"err_code":10043,"description":"sequence 3 not found"}}"#;
const MSG_DELETE_EOF: &str = r#"{"type":"io.nats.jetstream.api.v1.stream_msg_delete_response","error":{"code":500,"err_code":10057,"description":"stream store EOF"}}"#;
const MSG_GET_NOT_FOUND: &str =
    r#"{"type":"io.nats.jetstream.api.v1.stream_msg_get_response","error":{"code":404,"err_code":10037,"description":"no message found"}}"#;
const MSG_GET_BAD_REQUEST: &str =
    r#"{"type":"io.nats.jetstream.api.v1.stream_msg_get_response","error":{"code":400,"err_code":10003,"description":"bad request"}}"#;
const PURGE_BAD_REQUEST: &str = r#"{"type":"io.nats.jetstream.api.v1.stream_purge_response","error":{"code":400,"err_code":10003,"description":"bad request"},"purged":0}"#;
const PURGE_BAD_JSON: &str = r#"{"type":"io.nats.jetstream.api.v1.stream_purge_response","error":{"code":400,"err_code":10025,"description":"invalid JSON: unexpected EOF"},"purged":0}"#;
const PURGE_NOT_FOUND: &str = r#"{"type":"io.nats.jetstream.api.v1.stream_purge_response","error":{"code":404,"err_code":10059,"description":"stream not found"},"purged":0}"#;
const WRONG_STREAM: &str = r#"{"error":{"code":400,"err_code":10060,"description":"expected stream does not match"},"stream":"S","seq":0}"#;
const WRONG_LAST_SEQ: &str = r#"{"error":{"code":400,"err_code":10071,"description":"wrong last sequence: 5"},"stream":"S","seq":0}"#;
const WRONG_LAST_MSG_ID: &str = r#"{"error":{"code":400,"err_code":10070,"description":"wrong last msg ID: "},"stream":"S","seq":0}"#;
const MAX_MSGS_EXCEEDED: &str = r#"{"error":{"code":503,"err_code":10077,"description":"maximum messages exceeded"},"stream":"D","seq":0}"#;
const CONSUMER_BY_START_SEQ: &str = r#"{"type":"io.nats.jetstream.api.v1.consumer_create_response","error":{"code":400,"err_code":10094,"description":"consumer delivery policy is deliver by start sequence, but optional start sequence is not set"}}"#;
const CONSUMER_BY_START_TIME: &str = r#"{"type":"io.nats.jetstream.api.v1.consumer_create_response","error":{"code":400,"err_code":10094,"description":"consumer delivery policy is deliver by start time, but optional start time is not set"}}"#;
const CONSUMER_FILTERS_OVERLAP: &str = r#"{"type":"io.nats.jetstream.api.v1.consumer_create_response","error":{"code":400,"err_code":10138,"description":"consumer subject filters cannot overlap"}}"#;
const CONSUMER_NAME_MISMATCH: &str = r#"{"type":"io.nats.jetstream.api.v1.consumer_create_response","error":{"code":400,"err_code":10017,"description":"consumer name in subject does not match durable name in request"}}"#;
const CONSUMER_STREAM_MISMATCH: &str = r#"{"type":"io.nats.jetstream.api.v1.consumer_create_response","error":{"code":400,"err_code":10056,"description":"stream name in subject does not match request"}}"#;
const CONSUMER_NO_STREAM: &str = r#"{"type":"io.nats.jetstream.api.v1.consumer_create_response","error":{"code":404,"err_code":10059,"description":"stream not found"}}"#;
const CONSUMER_BAD_JSON: &str = r#"{"type":"io.nats.jetstream.api.v1.consumer_create_response","error":{"code":400,"err_code":10025,"description":"invalid JSON: unexpected EOF"}}"#;
const CONSUMER_BAD_ACK_POLICY: &str = r#"{"type":"io.nats.jetstream.api.v1.consumer_create_response","error":{"code":400,"err_code":10025,"description":"invalid JSON: can not unmarshal \"\\\"bogus\\\"\""}}"#;
const CONSUMER_PUSH_MAX_WAITING: &str = r#"{"type":"io.nats.jetstream.api.v1.consumer_create_response","error":{"code":400,"err_code":10080,"description":"consumer in push mode can not set max waiting"}}"#;
const CONSUMER_PULL_HEARTBEAT: &str = r#"{"type":"io.nats.jetstream.api.v1.consumer_create_response","error":{"code":400,"err_code":10088,"description":"consumer idle heartbeat requires a push based consumer"}}"#;
const CONSUMER_INFO_NOT_FOUND: &str = r#"{"type":"io.nats.jetstream.api.v1.consumer_info_response","error":{"code":404,"err_code":10014,"description":"consumer not found"}}"#;
const CONSUMER_DELETED: &str = r#"{"type":"io.nats.jetstream.api.v1.consumer_delete_response","success":true}"#;
const CONSUMER_DELETE_NOT_FOUND: &str = r#"{"type":"io.nats.jetstream.api.v1.consumer_delete_response","error":{"code":404,"err_code":10014,"description":"consumer not found"}}"#;
const CONSUMER_NAMES_NO_STREAM: &str = r#"{"type":"io.nats.jetstream.api.v1.consumer_names_response","error":{"code":404,"err_code":10059,"description":"stream not found"},"total":0,"offset":0,"limit":0,"consumers":[]}"#;

// Status header blocks, byte for byte.
const NO_MESSAGES: &str = "NATS/1.0 404 No Messages\r\n\r\n";
const BAD_PULL_JSON: &str = "NATS/1.0 400 Bad Request - unexpected end of JSON input\r\n\r\n";
const HEARTBEAT_TOO_LARGE: &str = "NATS/1.0 400 Bad Request - heartbeat value too large\r\n\r\n";
const PUSH_BASED: &str = "NATS/1.0 409 Consumer is push based\r\n\r\n";
const MAX_BYTES_EXCEEDED: &str = "NATS/1.0 409 Message Size Exceeds MaxBytes\r\nNats-Pending-Messages: 1\r\nNats-Pending-Bytes: 10\r\n\r\n";

fn request_timeout(pending_messages: u64) -> String {
    format!("NATS/1.0 408 Request Timeout\r\nNats-Pending-Messages: {pending_messages}\r\nNats-Pending-Bytes: 0\r\n\r\n")
}

// ---------------------------------------------------------------------------
// Account info.

#[test]
fn account_info_shape_and_api_counters() {
    let server = Server::jetstream(&[]);
    let mut c = Client::connect(&server);
    // 1a: a fresh account; a request is not counted in its own reply.
    let first = c.api("$JS.API.INFO", "");
    assert!(first.starts_with(r#"{"type":"io.nats.jetstream.api.v1.account_info_response","#), "{first}");
    assert_eq!(json(&first), json(INFO_FRESH));
    // 1b: a `{}` body is the same request, and the first one is now counted.
    let mut want = json(INFO_FRESH);
    want["api"]["total"] = json!(1);
    assert_eq!(json(&c.api("$JS.API.INFO", "{}")), want);
    // Failed requests count as requests and as errors. Requests that reach no handler
    // are not counted (1c reports 27 of the 32 requests before it: the 5 unanswered
    // ones are left out; 21 errors).
    c.expect("$JS.API.STREAM.INFO.NOPE", "", INFO_NOT_FOUND);
    create_stream(&mut c, "S", r#"{"name":"S","subjects":["s.>"]}"#);
    c.assert_no_reply("$JS.API.STREAM.CREATE.a.b", r#"{"name":"a.b","subjects":["inv.>"]}"#);
    let v = json(&c.api("$JS.API.INFO", ""));
    assert_eq!(v["api"], json!({"level":1,"total":4,"errors":1}), "{v}");
    assert_eq!((&v["streams"], &v["consumers"]), (&json!(1), &json!(0)), "{v}");
    assert_eq!(v["limits"], json(INFO_FRESH)["limits"], "{v}");
}

// ---------------------------------------------------------------------------
// Streams.

#[test]
fn stream_create_echoes_defaults_and_recreate_is_idempotent() {
    let server = Server::jetstream(&[]);
    let mut c = Client::connect(&server);
    let config = stream_config("S", r#"["s.\u003e"]"#);
    let body = r#"{"name":"S","subjects":["s.>"]}"#;
    // 2a: the full echo with every default.
    let v1 = check_create_reply(&c.api("$JS.API.STREAM.CREATE.S", body), &config);
    // 2b: the same config again succeeds with did_create:true and the same `created`.
    let v2 = check_create_reply(&c.api("$JS.API.STREAM.CREATE.S", body), &config);
    assert_eq!(v2["created"], v1["created"]);
    // 2c: a different config.
    c.expect("$JS.API.STREAM.CREATE.S", r#"{"name":"S","subjects":["s.>"],"max_msgs":5}"#, CREATE_IN_USE);
    // 2l: no subjects means the name.
    check_create_reply(&c.api("$JS.API.STREAM.CREATE.NOSUB", r#"{"name":"NOSUB"}"#), &stream_config("NOSUB", r#"["NOSUB"]"#));
    // 3e shape: paging fields after type, and a cluster leader even when not clustered.
    let info = c.api("$JS.API.STREAM.INFO.S", "");
    let v = check_stream_reply(&info, INFO_HEAD, &config);
    assert_order(&info, &["\"created\":\"", EMPTY_STATE, ",\"cluster\":{\"leader\":\"", ",\"ts\":\""]);
    assert!(info.ends_with("Z\"}") && !info.contains("did_create"), "{info}");
    assert_eq!(v["created"], v1["created"]);
    assert!(v["cluster"]["leader"].is_string(), "{info}");
}

#[test]
fn stream_create_errors_are_byte_exact() {
    let server = Server::jetstream(&[]);
    let mut c = Client::connect(&server);
    create_stream(&mut c, "S", r#"{"name":"S","subjects":["s.>"]}"#);
    let cases: &[(&str, &str, &str)] = &[
        // 2c
        ("$JS.API.STREAM.CREATE.S", r#"{"name":"S","subjects":["s.>"],"max_msgs":5}"#, CREATE_IN_USE),
        // 2d
        ("$JS.API.STREAM.CREATE.X", r#"{"name":"Y","subjects":["y.>"]}"#, CREATE_NAME_MISMATCH),
        // 2e: wildcards in the name token are a 500.
        ("$JS.API.STREAM.CREATE.a*", r#"{"name":"a*","subjects":["inv.>"]}"#, CREATE_NAME_INVALID),
        ("$JS.API.STREAM.CREATE.a>", r#"{"name":"a>","subjects":["inv.>"]}"#, CREATE_NAME_INVALID),
        ("$JS.API.STREAM.CREATE.*", r#"{"name":"*","subjects":["inv.>"]}"#, CREATE_NAME_INVALID),
        ("$JS.API.STREAM.CREATE.>", r#"{"name":">","subjects":["inv.>"]}"#, CREATE_NAME_INVALID),
        // 2e3, 2e'': a bad name only in the body is a mismatch.
        ("$JS.API.STREAM.CREATE.OK2", r#"{"name":"a b","subjects":["inv.>"]}"#, CREATE_NAME_MISMATCH),
        ("$JS.API.STREAM.CREATE.OK1", r#"{"name":"a.b","subjects":["inv.>"]}"#, CREATE_NAME_MISMATCH),
        // 2f, 2f'
        ("$JS.API.STREAM.CREATE.T", r#"{"name":"T","subjects":["s.foo"]}"#, CREATE_OVERLAP),
        ("$JS.API.STREAM.CREATE.T", r#"{"name":"T","subjects":["s.>"]}"#, CREATE_OVERLAP),
        // 2g, 2h, 2h'
        ("$JS.API.STREAM.CREATE.T", "{", CREATE_BAD_JSON),
        ("$JS.API.STREAM.CREATE.T", "", CREATE_NAME_MISMATCH),
        ("$JS.API.STREAM.CREATE.T", "{}", CREATE_NAME_MISMATCH),
        // 2i
        ("$JS.API.STREAM.CREATE.T", r#"{"name":"T","max_msgs":"x"}"#, CREATE_WRONG_TYPE),
        // 2j'
        (
            "$JS.API.STREAM.CREATE.T2",
            r#"{"name":"T2","subjects":["t2.>"],"max_bytes":-7,"max_age":-1,"max_msg_size":-3,"max_msgs_per_subject":-9}"#,
            CREATE_MAX_AGE,
        ),
        // 2k
        ("$JS.API.STREAM.CREATE.R3", r#"{"name":"R3","subjects":["r3.>"],"num_replicas":3}"#, CREATE_REPLICAS),
        // 2m, 2n
        ("$JS.API.STREAM.CREATE.BADS", r#"{"name":"BADS","subjects":["a..b"]}"#, CREATE_BAD_SUBJECT),
        ("$JS.API.STREAM.CREATE.JSS", r#"{"name":"JSS","subjects":["$JS.API.>"]}"#, CREATE_API_OVERLAP),
        // 2o, 2p
        ("$JS.API.STREAM.CREATE.BADST", r#"{"name":"BADST","subjects":["bs"],"storage":"disk"}"#, CREATE_BAD_STORAGE),
        ("$JS.API.STREAM.CREATE.BADR", r#"{"name":"BADR","subjects":["br"],"retention":"foo"}"#, CREATE_BAD_RETENTION),
        // 2q
        ("$JS.API.STREAM.CREATE.UNK", r#"{"name":"UNK","subjects":["unk"],"bogus_field":1}"#, CREATE_UNKNOWN_FIELD),
    ];
    for (subject, body, want) in cases {
        c.expect(subject, body, want);
    }
    // None of them created anything.
    c.expect(
        "$JS.API.STREAM.NAMES",
        "",
        r#"{"type":"io.nats.jetstream.api.v1.stream_names_response","total":1,"offset":0,"limit":1024,"streams":["S"]}"#,
    );
}

/// Stream config validation in nats-server 2.15.1's order and words (its
/// `checkStreamCfg`): a stream's own subjects overlapping, source and mirror transform
/// filters overlapping or invalid, duplicate sources, mirror-only settings, limits below
/// their minimums, API subject spaces, republish cycles, replicas, placement, cycles
/// between sources, unknown nested fields and pedantic mode. The replies were recorded
/// from nats-server 2.15.1 for the same requests, in the same order (`None`: created).
#[test]
fn stream_config_validation_matches_nats_server() {
    let server = Server::jetstream(&[]);
    let mut c = Client::connect(&server);
    let cases: &[(&str, &str, &str, Option<&str>)] = &[
        (
            "CREATE",
            "A",
            r#"{"name":"A","subjects":["x.*","x.a"]}"#,
            Some(
                r#"{"type":"io.nats.jetstream.api.v1.stream_create_response","error":{"code":500,"err_code":10052,"description":"subject \"x.*\" overlaps with \"x.a\""}}"#,
            ),
        ),
        (
            "CREATE",
            "B",
            r#"{"name":"B","subjects":["x.>","x.a.b"]}"#,
            Some(
                r#"{"type":"io.nats.jetstream.api.v1.stream_create_response","error":{"code":500,"err_code":10052,"description":"subject \"x.\u003e\" overlaps with \"x.a.b\""}}"#,
            ),
        ),
        ("CREATE", "D", r#"{"name":"D","subjects":["z.a"]}"#, None),
        (
            "UPDATE",
            "D",
            r#"{"name":"D","subjects":["z.a","z.*"]}"#,
            Some(
                r#"{"type":"io.nats.jetstream.api.v1.stream_update_response","error":{"code":500,"err_code":10052,"description":"subject \"z.a\" overlaps with \"z.*\""}}"#,
            ),
        ),
        ("CREATE", "E", r#"{"name":"E","subjects":["e.a","e.b"]}"#, None),
        (
            "CREATE",
            "F",
            r#"{"name":"F","sources":[{"name":"E","subject_transforms":[{"src":"e.*","dest":"f.>"}]}]}"#,
            Some(
                r#"{"type":"io.nats.jetstream.api.v1.stream_create_response","error":{"code":400,"err_code":10146,"description":"source transform: invalid subject"}}"#,
            ),
        ),
        (
            "CREATE",
            "G",
            r#"{"name":"G","sources":[{"name":"E","subject_transforms":[{"src":"e.*","dest":"g.{{wildcard(1)}}"},{"src":"e.a","dest":"g2.a"}]}]}"#,
            Some(
                r#"{"type":"io.nats.jetstream.api.v1.stream_create_response","error":{"code":400,"err_code":10147,"description":"source filters can not overlap"}}"#,
            ),
        ),
        (
            "CREATE",
            "H",
            r#"{"name":"H","sources":[{"name":"E","filter_subject":"e.a","subject_transforms":[{"src":"e.a","dest":"h.a"}]}]}"#,
            Some(
                r#"{"type":"io.nats.jetstream.api.v1.stream_create_response","error":{"code":400,"err_code":10144,"description":"source with multiple subject transforms cannot also have a single subject filter"}}"#,
            ),
        ),
        (
            "CREATE",
            "I",
            r#"{"name":"I","sources":[{"name":"E","subject_transforms":[{"src":"e.a","dest":"i.a"},{"src":"e.b","dest":"i.b"}]}]}"#,
            None,
        ),
        (
            "UPDATE",
            "I",
            r#"{"name":"I","sources":[{"name":"E","subject_transforms":[{"src":"e.a","dest":"i.a"},{"src":"e.>","dest":"i.b"}]}]}"#,
            Some(
                r#"{"type":"io.nats.jetstream.api.v1.stream_update_response","error":{"code":400,"err_code":10146,"description":"source transform: invalid subject"}}"#,
            ),
        ),
        (
            "UPDATE",
            "I",
            r#"{"name":"I","sources":[{"name":"E","subject_transforms":[{"src":"e.a","dest":"i.a"},{"src":"e.*","dest":"i.{{wildcard(1)}}"}]}]}"#,
            Some(
                r#"{"type":"io.nats.jetstream.api.v1.stream_update_response","error":{"code":400,"err_code":10147,"description":"source filters can not overlap"}}"#,
            ),
        ),
        (
            "CREATE",
            "M",
            r#"{"name":"M","mirror":{"name":"E","subject_transforms":[{"src":"e.*","dest":"m.{{wildcard(1)}}"},{"src":"e.a","dest":"m2.a"}]}}"#,
            Some(
                r#"{"type":"io.nats.jetstream.api.v1.stream_create_response","error":{"code":400,"err_code":10152,"description":"mirror subject filters can not overlap"}}"#,
            ),
        ),
        (
            "CREATE",
            "M2",
            r#"{"name":"M2","mirror":{"name":"E","filter_subject":"e.a","subject_transforms":[{"src":"e.a","dest":"m.a"}]}}"#,
            Some(
                r#"{"type":"io.nats.jetstream.api.v1.stream_create_response","error":{"code":400,"err_code":10150,"description":"mirror with multiple subject transforms cannot also have a single subject filter"}}"#,
            ),
        ),
        (
            "CREATE",
            "S2",
            r#"{"name":"S2","sources":[{"name":"E"},{"name":"E"}]}"#,
            Some(
                r#"{"type":"io.nats.jetstream.api.v1.stream_create_response","error":{"code":400,"err_code":10140,"description":"duplicate source configuration detected"}}"#,
            ),
        ),
        (
            "CREATE",
            "MD2",
            r#"{"name":"MD2","subjects":["md2"],"mirror_direct":true}"#,
            Some(
                r#"{"type":"io.nats.jetstream.api.v1.stream_create_response","error":{"code":500,"err_code":10052,"description":"stream has no mirror but does have mirror direct"}}"#,
            ),
        ),
        (
            "CREATE",
            "SD2",
            r#"{"name":"SD2","subjects":["sd2"],"subject_delete_marker_ttl":500000000,"allow_msg_ttl":true}"#,
            Some(
                r#"{"type":"io.nats.jetstream.api.v1.stream_create_response","error":{"code":500,"err_code":10052,"description":"subject delete marker TTL must be at least 1 second"}}"#,
            ),
        ),
        (
            "CREATE",
            "SDM",
            r#"{"name":"SDM","mirror":{"name":"E"},"subject_delete_marker_ttl":2000000000}"#,
            Some(
                r#"{"type":"io.nats.jetstream.api.v1.stream_create_response","error":{"code":500,"err_code":10052,"description":"subject delete markers forbidden on mirrors"}}"#,
            ),
        ),
        (
            "CREATE",
            "DN",
            r#"{"name":"DN","subjects":["dn"],"discard_new_per_subject":true}"#,
            Some(
                r#"{"type":"io.nats.jetstream.api.v1.stream_create_response","error":{"code":500,"err_code":10052,"description":"discard new per subject requires discard new policy to be set"}}"#,
            ),
        ),
        (
            "CREATE",
            "DN2",
            r#"{"name":"DN2","subjects":["dn2"],"discard_new_per_subject":true,"discard":"new"}"#,
            Some(
                r#"{"type":"io.nats.jetstream.api.v1.stream_create_response","error":{"code":500,"err_code":10052,"description":"discard new per subject requires max msgs per subject \u003e 0"}}"#,
            ),
        ),
        (
            "CREATE",
            "RP",
            r#"{"name":"RP","subjects":["rp"],"deny_purge":true,"allow_rollup_hdrs":true}"#,
            Some(
                r#"{"type":"io.nats.jetstream.api.v1.stream_create_response","error":{"code":500,"err_code":10052,"description":"roll-ups require the purge permission"}}"#,
            ),
        ),
        (
            "CREATE",
            "MA",
            r#"{"name":"MA","subjects":["ma"],"max_age":50000000}"#,
            Some(
                r#"{"type":"io.nats.jetstream.api.v1.stream_create_response","error":{"code":500,"err_code":10052,"description":"max age needs to be \u003e= 100ms"}}"#,
            ),
        ),
        (
            "CREATE",
            "DW",
            r#"{"name":"DW","subjects":["dw"],"duplicate_window":50000000}"#,
            Some(
                r#"{"type":"io.nats.jetstream.api.v1.stream_create_response","error":{"code":500,"err_code":10052,"description":"duplicates window needs to be \u003e= 100ms"}}"#,
            ),
        ),
        (
            "CREATE",
            "ALL",
            r#"{"name":"ALL","subjects":[">"]}"#,
            Some(
                r#"{"type":"io.nats.jetstream.api.v1.stream_create_response","error":{"code":500,"err_code":10052,"description":"capturing all subjects requires no-ack to be true"}}"#,
            ),
        ),
        (
            "CREATE",
            "SYS",
            r#"{"name":"SYS","subjects":["$SYS.x"]}"#,
            Some(
                r#"{"type":"io.nats.jetstream.api.v1.stream_create_response","error":{"code":500,"err_code":10052,"description":"subjects that overlap with system api require no-ack to be true"}}"#,
            ),
        ),
        (
            "CREATE",
            "JSC",
            r#"{"name":"JSC","subjects":["$JSC.x"]}"#,
            Some(
                r#"{"type":"io.nats.jetstream.api.v1.stream_create_response","error":{"code":500,"err_code":10052,"description":"subjects that overlap with jetstream api require no-ack to be true"}}"#,
            ),
        ),
        (
            "CREATE",
            "REP",
            r#"{"name":"REP","subjects":["rep.>"],"republish":{"src":"rep.>","dest":"rep.x.>"}}"#,
            Some(
                r#"{"type":"io.nats.jetstream.api.v1.stream_create_response","error":{"code":500,"err_code":10052,"description":"stream configuration for republish destination forms a cycle"}}"#,
            ),
        ),
        (
            "CREATE",
            "REP2",
            r#"{"name":"REP2","subjects":["rep2.>"],"republish":{"src":"rep2.>","dest":"out.x"}}"#,
            Some(
                r#"{"type":"io.nats.jetstream.api.v1.stream_create_response","error":{"code":500,"err_code":10052,"description":"stream configuration for republish with transform from 'rep2.\u003e' to 'out.x' not valid"}}"#,
            ),
        ),
        (
            "CREATE",
            "NEG",
            r#"{"name":"NEG","subjects":["neg"],"num_replicas":-1}"#,
            Some(
                r#"{"type":"io.nats.jetstream.api.v1.stream_create_response","error":{"code":400,"err_code":10133,"description":"replicas count cannot be negative"}}"#,
            ),
        ),
        (
            "CREATE",
            "R7",
            r#"{"name":"R7","subjects":["r7"],"num_replicas":7}"#,
            Some(
                r#"{"type":"io.nats.jetstream.api.v1.stream_create_response","error":{"code":500,"err_code":10052,"description":"maximum replicas is 5"}}"#,
            ),
        ),
        (
            "CREATE",
            "PL",
            r#"{"name":"PL","subjects":["pl"],"placement":{"cluster":"","preferred":"x"}}"#,
            Some(
                r#"{"type":"io.nats.jetstream.api.v1.stream_create_response","error":{"code":500,"err_code":10052,"description":"preferred server not permitted in placement"}}"#,
            ),
        ),
        (
            "CREATE",
            "TR",
            r#"{"name":"TR","subjects":["tr.*"],"subject_transform":{"src":"tr.*","dest":"t.{{wildcard(2)}}"}}"#,
            Some(
                r#"{"type":"io.nats.jetstream.api.v1.stream_create_response","error":{"code":400,"err_code":10156,"description":"stream transform: invalid mapping destination: wildcard index out of range in {{wildcard(2)}}: [2]"}}"#,
            ),
        ),
        (
            "CREATE",
            "TR2",
            r#"{"name":"TR2","subjects":["tr2.*"],"subject_transform":{"src":"tr2..*","dest":"t.x"}}"#,
            Some(
                r#"{"type":"io.nats.jetstream.api.v1.stream_create_response","error":{"code":400,"err_code":10155,"description":"stream transform source: invalid subject tr2..*"}}"#,
            ),
        ),
        ("CREATE", "CY1", r#"{"name":"CY1","subjects":["cy1"],"sources":[{"name":"CY2"}]}"#, None),
        (
            "CREATE",
            "CY2",
            r#"{"name":"CY2","subjects":["cy2"],"sources":[{"name":"CY1"}]}"#,
            Some(
                r#"{"type":"io.nats.jetstream.api.v1.stream_create_response","error":{"code":500,"err_code":10052,"description":"detected cycle"}}"#,
            ),
        ),
        (
            "CREATE",
            "NEST",
            r#"{"name":"NEST","subjects":["nest"],"consumer_limits":{"bogus":1}}"#,
            Some(
                r#"{"type":"io.nats.jetstream.api.v1.stream_create_response","error":{"code":400,"err_code":10025,"description":"invalid JSON: json: unknown field \"bogus\""}}"#,
            ),
        ),
        (
            "CREATE",
            "PED",
            r#"{"name":"PED","subjects":["ped"],"max_msgs":-5,"pedantic":true}"#,
            Some(
                r#"{"type":"io.nats.jetstream.api.v1.stream_create_response","error":{"code":400,"err_code":10157,"description":"pedantic mode: max_msgs must be set to -1"}}"#,
            ),
        ),
    ];
    for (op, name, body, want) in cases {
        let got = c.api(&format!("$JS.API.STREAM.{op}.{name}"), body);
        match want {
            Some(want) => assert_eq!(&got, want, "{op} {body}"),
            None => assert!(!got.contains("\"error\""), "{op} {body}: {got}"),
        }
    }
    // Beyond nats-server, which copies such messages twice: two sources of one origin
    // whose filters overlap are refused.
    c.expect(
        "$JS.API.STREAM.CREATE.S3",
        r#"{"name":"S3","sources":[{"name":"E","filter_subject":"e.a"},{"name":"E","filter_subject":"e.*"}]}"#,
        r#"{"type":"io.nats.jetstream.api.v1.stream_create_response","error":{"code":400,"err_code":10147,"description":"source filters can not overlap"}}"#,
    );
    // Features of later API levels are refused, not dropped.
    let got = c.api("$JS.API.STREAM.CREATE.CNT", r#"{"name":"CNT","subjects":["cnt"],"allow_msg_counter":true}"#);
    assert!(got.contains("message counters (allow_msg_counter) are not implemented in natsx yet"), "{got}");
}

#[test]
fn unroutable_stream_create_requests_get_no_reply() {
    let server = Server::jetstream(&[]);
    let mut c = Client::connect(&server);
    // 2e: a dot in the name makes two tokens: not routed, and no 503 either.
    c.assert_no_reply("$JS.API.STREAM.CREATE.a.b", r#"{"name":"a.b","subjects":["inv.>"]}"#);
    // 2e': no name token at all.
    for name in ["a.b", "a*", "a>", "a b"] {
        c.assert_no_reply("$JS.API.STREAM.CREATE", &format!(r#"{{"name":"{name}","subjects":["inv.>"]}}"#));
    }
    // The server still answers, and nothing was created.
    let v = json(&c.api("$JS.API.INFO", ""));
    assert_eq!(v["streams"], json!(0), "{v}");
}

#[test]
fn negative_limits_are_normalised_and_negative_durations_refused() {
    let server = Server::jetstream(&[]);
    let mut c = Client::connect(&server);
    // 2j, 2j'': negative limits echo as -1, the defaults.
    let config = stream_config("NEG", r#"["neg.\u003e"]"#);
    for (field, value) in [("max_msgs", -5), ("max_bytes", -7), ("max_msg_size", -3), ("max_msgs_per_subject", -9), ("max_consumers", -4)] {
        let body = format!(r#"{{"name":"NEG","subjects":["neg.>"],"{field}":{value}}}"#);
        check_create_reply(&c.api("$JS.API.STREAM.CREATE.NEG", &body), &config);
        c.expect("$JS.API.STREAM.DELETE.NEG", "", STREAM_DELETED);
    }
    // Negative durations are errors.
    c.expect("$JS.API.STREAM.CREATE.NEG", r#"{"name":"NEG","subjects":["neg.>"],"duplicate_window":-1}"#, CREATE_DUP_WINDOW);
    c.expect("$JS.API.STREAM.DELETE.NEG", "", DELETE_NOT_FOUND);
    c.expect(
        "$JS.API.STREAM.CREATE.T2",
        r#"{"name":"T2","subjects":["t2.>"],"max_bytes":-7,"max_age":-1,"max_msg_size":-3,"max_msgs_per_subject":-9}"#,
        CREATE_MAX_AGE,
    );
}

#[test]
fn stream_update_and_info_replies() {
    let server = Server::jetstream(&[]);
    let mut c = Client::connect(&server);
    let created = create_stream(&mut c, "T", r#"{"name":"T","subjects":["t.>"]}"#);
    // 3a: the update reply has no did_create.
    let config = stream_config("T", r#"["t.\u003e","t2"]"#).replace(r#""max_msgs":-1,"#, r#""max_msgs":100,"#);
    let updated = c.api("$JS.API.STREAM.UPDATE.T", r#"{"name":"T","subjects":["t.>","t2"],"max_msgs":100}"#);
    let v = check_stream_reply(&updated, UPDATE_HEAD, &config);
    assert_order(&updated, &["\"created\":\"", EMPTY_STATE, ",\"ts\":\""]);
    assert!(updated.ends_with("Z\"}") && !updated.contains("did_create"), "{updated}");
    assert_eq!(v["created"], created["created"]);
    // 3b, 3c, 3d
    c.expect("$JS.API.STREAM.UPDATE.T", r#"{"name":"T","subjects":["t.>","t2"],"max_msgs":100,"storage":"memory"}"#, UPDATE_STORAGE);
    c.expect("$JS.API.STREAM.UPDATE.NOPE", r#"{"name":"NOPE","subjects":["nope"]}"#, UPDATE_NOT_FOUND);
    c.expect("$JS.API.STREAM.UPDATE.T", r#"{"name":"X","subjects":["t.>"]}"#, UPDATE_NAME_MISMATCH);
    // 3i: the zero-valued paging fields follow the error.
    c.expect("$JS.API.STREAM.INFO.NOPE", "", INFO_NOT_FOUND);
    // Info shows the updated config.
    let info = c.api("$JS.API.STREAM.INFO.T", "");
    check_stream_reply(&info, INFO_HEAD, &config);
}

#[test]
fn publish_acks_and_expectation_errors() {
    let server = Server::jetstream(&[]);
    let mut c = Client::connect(&server);
    // 4a-4c': plain PubAcks (no domain field).
    fill_s(&mut c);
    // 4b: the duplicate ack is hand-built, with a space after the colon.
    c.expect_pub("s.c", &[("Nats-Msg-Id", "m1")], "four", r#"{"stream":"S","seq":4,"duplicate": true}"#);
    // 4c-4g: PubAck errors put `error` first, have no type, and end with stream and seq 0.
    c.expect_pub("s.a", &[("Nats-Expected-Stream", "WRONG")], "x", WRONG_STREAM);
    c.expect_pub("s.a", &[("Nats-Expected-Last-Sequence", "2")], "x", WRONG_LAST_SEQ);
    c.expect_pub("s.a", &[("Nats-Expected-Last-Subject-Sequence", "1")], "x", WRONG_LAST_SEQ);
    c.expect_pub("s.a", &[("Nats-Expected-Last-Msg-Id", "zzz")], "x", WRONG_LAST_MSG_ID);
    c.expect_pub("s.a", &[("Nats-Expected-Last-Msg-Id", "m1")], "x", WRONG_LAST_MSG_ID);
    c.expect_pub("s.a", &[("Nats-Expected-Last-Sequence", "abc")], "x", WRONG_LAST_SEQ);
    // 4h: no stream, a reply subject: no responders, naming the subject.
    let m = c.request("nostream.x", "x");
    assert_eq!((m.headers.as_str(), m.payload.as_str()), ("NATS/1.0 503\r\nNats-Subject: nostream.x\r\n\r\n", ""));
    // 4i: a stream without subjects listens on its name.
    create_stream(&mut c, "NOSUB", r#"{"name":"NOSUB"}"#);
    c.expect_pub("NOSUB", NO_HDRS, "x", &pub_ack("NOSUB", 1));
    // 3f: only the five stored messages count.
    let info = c.api("$JS.API.STREAM.INFO.S", r#"{"subjects_filter":">"}"#);
    let head = r#"{"type":"io.nats.jetstream.api.v1.stream_info_response","total":3,"offset":0,"limit":100000,"#;
    check_stream_reply(&info, head, &stream_config("S", r#"["s.\u003e"]"#));
    let v = json(&info);
    assert_eq!(
        without(&v["state"], &["bytes", "first_ts", "last_ts"]),
        json!({"messages":5,"first_seq":1,"last_seq":5,"num_subjects":3,"subjects":{"s.a":3,"s.b":1,"s.c":1},"consumer_count":0}),
        "{info}"
    );
}

#[test]
fn msg_get_and_msg_delete_replies() {
    let server = Server::jetstream(&[]);
    let mut c = Client::connect(&server);
    fill_s(&mut c);
    // 3g-3g3
    c.expect("$JS.API.STREAM.MSG.DELETE.S", r#"{"seq":2}"#, MSG_DELETED);
    c.expect("$JS.API.STREAM.MSG.DELETE.S", r#"{"seq":3,"no_erase":true}"#, MSG_DELETED);
    c.expect("$JS.API.STREAM.MSG.DELETE.S", r#"{"seq":3}"#, MSG_DELETE_NOT_FOUND);
    c.expect("$JS.API.STREAM.MSG.DELETE.S", r#"{"seq":999}"#, MSG_DELETE_EOF);
    // 3h
    let info = c.api("$JS.API.STREAM.INFO.S", r#"{"deleted_details":true}"#);
    check_stream_reply(&info, INFO_HEAD, &stream_config("S", r#"["s.\u003e"]"#));
    assert_eq!(
        without(&json(&info)["state"], &["bytes", "first_ts", "last_ts"]),
        json!({"messages":3,"first_seq":1,"last_seq":5,"num_subjects":2,"num_deleted":2,"deleted":[2,3],"consumer_count":0}),
        "{info}"
    );
    // 3j-3l3: base64 data and headers, `time` last.
    check_msg_get(&c.api("$JS.API.STREAM.MSG.GET.S", r#"{"seq":1}"#), r#""subject":"s.a","seq":1,"data":"b25l""#);
    c.expect("$JS.API.STREAM.MSG.GET.S", r#"{"seq":2}"#, MSG_GET_NOT_FOUND);
    let last_sa = r#""subject":"s.a","seq":5,"hdrs":"TkFUUy8xLjANCk5hdHMtRXhwZWN0ZWQtU3RyZWFtOiBTDQoNCg==","data":"eA==""#;
    check_msg_get(&c.api("$JS.API.STREAM.MSG.GET.S", r#"{"last_by_subj":"s.a"}"#), last_sa);
    c.expect("$JS.API.STREAM.MSG.GET.S", r#"{"last_by_subj":"s.zzz"}"#, MSG_GET_NOT_FOUND);
    c.expect("$JS.API.STREAM.MSG.GET.S", r#"{"seq":999}"#, MSG_GET_NOT_FOUND);
    check_msg_get(
        &c.api("$JS.API.STREAM.MSG.GET.S", r#"{"seq":4}"#),
        r#""subject":"s.c","seq":4,"hdrs":"TkFUUy8xLjANCk5hdHMtTXNnLUlkOiBtMQ0KDQo=","data":"Zm91cg==""#,
    );
    c.expect("$JS.API.STREAM.MSG.GET.S", "", MSG_GET_BAD_REQUEST);
    check_msg_get(&c.api("$JS.API.STREAM.MSG.GET.S", r#"{"next_by_subj":"s.a","seq":2}"#), last_sa);
}

#[test]
fn discard_new_and_direct_get() {
    let server = Server::jetstream(&[]);
    let mut c = Client::connect(&server);
    // 3
    let reply = c.api(
        "$JS.API.STREAM.CREATE.D",
        r#"{"name":"D","subjects":["d.>"],"allow_direct":true,"max_msgs":3,"discard":"new","storage":"memory"}"#,
    );
    check_create_reply(&reply, D_CONFIG);
    // 4j
    c.expect_pub("d.0", NO_HDRS, "d0", &pub_ack("D", 1));
    c.expect_pub("d.1", NO_HDRS, "d1", &pub_ack("D", 2));
    c.expect_pub("d.0", NO_HDRS, "d2", &pub_ack("D", 3));
    c.expect_pub("d.1", NO_HDRS, "d3", MAX_MSGS_EXCEEDED);
    c.expect_pub("d.0", NO_HDRS, "d4", MAX_MSGS_EXCEEDED);
    // 3m, 3m'
    check_direct(&c.request("$JS.API.DIRECT.GET.D", r#"{"seq":1}"#), "D", "d.0", 1, "d0");
    check_direct(&c.request("$JS.API.DIRECT.GET.D", r#"{"last_by_subj":"d.1"}"#), "D", "d.1", 2, "d1");
    // 3n-3n''
    for (body, want) in [
        (r#"{"seq":99}"#, "NATS/1.0 404 Message Not Found\r\n\r\n"),
        ("", "NATS/1.0 408 Empty Request\r\n\r\n"),
        ("{", "NATS/1.0 408 Malformed Request\r\n\r\n"),
    ] {
        let m = c.request("$JS.API.DIRECT.GET.D", body);
        assert_eq!((m.headers.as_str(), m.payload.as_str()), (want, ""), "DIRECT.GET.D {body:?}");
    }
    // 3o: last by subject, the subject in the request subject.
    check_direct(&c.request("$JS.API.DIRECT.GET.D.d.0", ""), "D", "d.0", 3, "d2");
    // 3p: without allow_direct nobody answers.
    create_stream(&mut c, "S", r#"{"name":"S","subjects":["s.>"]}"#);
    c.expect_pub("s.a", NO_HDRS, "one", &pub_ack("S", 1));
    let m = c.request("$JS.API.DIRECT.GET.S", r#"{"seq":1}"#);
    assert_eq!((m.headers.as_str(), m.payload.as_str()), ("NATS/1.0 503\r\nNats-Subject: $JS.API.DIRECT.GET.S\r\n\r\n", ""));
}

#[test]
fn stream_names_and_list() {
    let server = Server::jetstream(&[]);
    let mut c = Client::connect(&server);
    create_stream(&mut c, "S", r#"{"name":"S","subjects":["s.>"]}"#);
    create_stream(&mut c, "T", r#"{"name":"T","subjects":["t.>"]}"#);
    create_stream(&mut c, "NOSUB", r#"{"name":"NOSUB"}"#);
    create_stream(&mut c, "D", r#"{"name":"D","subjects":["d.>"],"allow_direct":true,"max_msgs":3,"discard":"new","storage":"memory"}"#);
    // 3q, 3q': sorted names.
    c.expect(
        "$JS.API.STREAM.NAMES",
        "",
        r#"{"type":"io.nats.jetstream.api.v1.stream_names_response","total":4,"offset":0,"limit":1024,"streams":["D","NOSUB","S","T"]}"#,
    );
    c.expect(
        "$JS.API.STREAM.NAMES",
        r#"{"subject":"s.a"}"#,
        r#"{"type":"io.nats.jetstream.api.v1.stream_names_response","total":1,"offset":0,"limit":1024,"streams":["S"]}"#,
    );
    // 3r, 3r'
    for (body, offset, names) in [("", 0, &["D", "NOSUB", "S", "T"][..]), (r#"{"offset":1}"#, 1, &["NOSUB", "S", "T"][..])] {
        let list = c.api("$JS.API.STREAM.LIST", body);
        let head = format!(
            r#"{{"type":"io.nats.jetstream.api.v1.stream_list_response","total":4,"offset":{offset},"limit":256,"streams":[{{"config":{{"name":"{}","#,
            names[0]
        );
        assert!(list.starts_with(&head), "stream list:\n  got  {list}\n  want {head}...");
        let v = json(&list);
        let entries = v["streams"].as_array().unwrap_or_else(|| panic!("no streams array: {list}"));
        let got: Vec<&str> = entries.iter().map(|e| e["config"]["name"].as_str().unwrap_or_default()).collect();
        assert_eq!(got, names, "{list}");
        for e in entries {
            assert!(e.get("type").is_none() && e["created"].is_string() && e["state"].is_object() && e["ts"].is_string(), "{e}");
        }
        if offset == 0 {
            assert_eq!(without(&entries[0]["config"], &["metadata"]), json(&format!("{D_CONFIG}}}")), "{list}");
        }
    }
}

#[test]
fn purge_replies_and_state() {
    let server = Server::jetstream(&[]);
    let mut c = Client::connect(&server);
    create_stream(&mut c, "P", r#"{"name":"P","subjects":["p.>"]}"#);
    // Ten messages, p.a on the odd sequences and p.b on the even ones.
    let publish_ten = |c: &mut Client, first: u64| {
        for i in 0..10u64 {
            let subject = if i % 2 == 0 { "p.a" } else { "p.b" };
            c.expect_pub(subject, NO_HDRS, &format!("m{i}"), &pub_ack("P", first + i));
        }
    };
    let state = |c: &mut Client| without(&json(&c.api("$JS.API.STREAM.INFO.P", ""))["state"], &["bytes", "first_ts", "last_ts"]);
    publish_ten(&mut c, 1);
    // 3s, 3t, 3t'
    c.expect(
        "$JS.API.STREAM.PURGE.P",
        r#"{"filter":"p.a"}"#,
        r#"{"type":"io.nats.jetstream.api.v1.stream_purge_response","success":true,"purged":5}"#,
    );
    c.expect(
        "$JS.API.STREAM.PURGE.P",
        r#"{"keep":2}"#,
        r#"{"type":"io.nats.jetstream.api.v1.stream_purge_response","success":true,"purged":3}"#,
    );
    assert_eq!(state(&mut c), json!({"messages":2,"first_seq":8,"last_seq":10,"num_subjects":1,"num_deleted":1,"consumer_count":0}));
    // 3u, 3u'
    c.expect("$JS.API.STREAM.PURGE.P", "", r#"{"type":"io.nats.jetstream.api.v1.stream_purge_response","success":true,"purged":2}"#);
    let info = json(&c.api("$JS.API.STREAM.INFO.P", ""));
    assert_eq!(
        without(&info["state"], &["last_ts"]),
        json!({"messages":0,"bytes":0,"first_seq":11,"first_ts":"0001-01-01T00:00:00Z","last_seq":10,"consumer_count":0}),
        "{info}"
    );
    // 3v, 3v'
    publish_ten(&mut c, 11);
    c.expect(
        "$JS.API.STREAM.PURGE.P",
        r#"{"seq":15}"#,
        r#"{"type":"io.nats.jetstream.api.v1.stream_purge_response","success":true,"purged":4}"#,
    );
    assert_eq!(state(&mut c), json!({"messages":6,"first_seq":15,"last_seq":20,"num_subjects":2,"consumer_count":0}));
    // 3w-3w3
    c.expect("$JS.API.STREAM.PURGE.P", r#"{"seq":5,"keep":1}"#, PURGE_BAD_REQUEST);
    c.expect(
        "$JS.API.STREAM.PURGE.P",
        r#"{"filter":"p.b","keep":1}"#,
        r#"{"type":"io.nats.jetstream.api.v1.stream_purge_response","success":true,"purged":2}"#,
    );
    c.expect("$JS.API.STREAM.PURGE.P", "{}", r#"{"type":"io.nats.jetstream.api.v1.stream_purge_response","success":true,"purged":4}"#);
    c.expect("$JS.API.STREAM.PURGE.P", "{", PURGE_BAD_JSON);
    // 3x, 3y, 3y'
    c.expect("$JS.API.STREAM.PURGE.NOPE", "", PURGE_NOT_FOUND);
    c.expect("$JS.API.STREAM.DELETE.P", "", STREAM_DELETED);
    c.expect("$JS.API.STREAM.DELETE.P", "", DELETE_NOT_FOUND);
}

// ---------------------------------------------------------------------------
// Consumers.

/// Stream S (`s.>`) with three messages, two of them on s.a.
fn s_with_three(c: &mut Client) {
    create_stream(c, "S", r#"{"name":"S","subjects":["s.>"]}"#);
    c.expect_pub("s.a", NO_HDRS, "one", &pub_ack("S", 1));
    c.expect_pub("s.b", NO_HDRS, "two", &pub_ack("S", 2));
    c.expect_pub("s.a", NO_HDRS, "three", &pub_ack("S", 3));
}

#[test]
fn consumer_create_echoes() {
    let server = Server::jetstream(&[]);
    let mut c = Client::connect(&server);
    s_with_three(&mut c);
    const CREATED: &str = "consumer_create_response";
    let pull_body = r#"{"stream_name":"S","config":{"durable_name":"PULL","ack_policy":"explicit"}}"#;
    // 5a: a durable pull consumer (max_waiting 512, num_replicas 0).
    let v1 = check_consumer_reply(
        &c.api("$JS.API.CONSUMER.CREATE.S.PULL", pull_body),
        CREATED,
        "S",
        Some("PULL"),
        PULL_CONFIG,
        &fresh_counters(3),
    );
    // 5a': again, the same consumer.
    let v2 = check_consumer_reply(
        &c.api("$JS.API.CONSUMER.CREATE.S.PULL", pull_body),
        CREATED,
        "S",
        Some("PULL"),
        PULL_CONFIG,
        &fresh_counters(3),
    );
    assert_eq!(v2["created"], v1["created"]);
    // 5a'': an updatable difference silently updates it.
    let updated_config = PULL_CONFIG.replace(r#""max_deliver":-1"#, r#""max_deliver":5"#);
    let reply = c.api(
        "$JS.API.CONSUMER.CREATE.S.PULL",
        r#"{"stream_name":"S","config":{"durable_name":"PULL","ack_policy":"explicit","max_deliver":5}}"#,
    );
    let v3 = check_consumer_reply(&reply, CREATED, "S", Some("PULL"), &updated_config, &fresh_counters(3));
    assert_eq!(v3["created"], v1["created"]);
    // 5i
    let info = c.api("$JS.API.CONSUMER.INFO.S.PULL", "");
    check_consumer_reply(&info, "consumer_info_response", "S", Some("PULL"), &updated_config, &fresh_counters(3));
    // 5b: push consumers have no max_waiting.
    let reply = c.api(
        "$JS.API.CONSUMER.CREATE.S.PUSH",
        r#"{"stream_name":"S","config":{"durable_name":"PUSH","deliver_subject":"pushdeliver","ack_policy":"explicit"}}"#,
    );
    check_consumer_reply(&reply, CREATED, "S", Some("PUSH"), PUSH_CONFIG, &fresh_counters(3));
    // 5c: an ephemeral gets an 8-character name and a 5 s inactive_threshold.
    let reply = c.api("$JS.API.CONSUMER.CREATE.S", r#"{"stream_name":"S","config":{"ack_policy":"explicit"}}"#);
    let v = check_consumer_reply(&reply, CREATED, "S", None, EPHEMERAL_CONFIG, &fresh_counters(3));
    let name = v["name"].as_str().unwrap_or_default();
    assert!(name.len() == 8 && name.chars().all(|ch| ch.is_ascii_alphanumeric()), "ephemeral name {name:?}");
    // 5c'
    let reply = c.api(
        "$JS.API.CONSUMER.CREATE.S.NAMED",
        r#"{"stream_name":"S","config":{"name":"NAMED","ack_policy":"explicit","inactive_threshold":5000000000}}"#,
    );
    check_consumer_reply(&reply, CREATED, "S", Some("NAMED"), NAMED_CONFIG, &fresh_counters(3));
    // 5c'': the legacy durable subject.
    let reply =
        c.api("$JS.API.CONSUMER.DURABLE.CREATE.S.OLD", r#"{"stream_name":"S","config":{"durable_name":"OLD","ack_policy":"explicit"}}"#);
    check_consumer_reply(&reply, CREATED, "S", Some("OLD"), &PULL_CONFIG.replace("PULL", "OLD"), &fresh_counters(3));
    // 5d: ack_policy none leaves out ack_wait and max_ack_pending.
    let reply = c.api("$JS.API.CONSUMER.CREATE.S.NONE", r#"{"stream_name":"S","config":{"durable_name":"NONE","ack_policy":"none"}}"#);
    check_consumer_reply(&reply, CREATED, "S", Some("NONE"), NONE_CONFIG, &fresh_counters(3));
    // 5f: a filter outside the stream's subjects is accepted.
    let reply = c.api(
        "$JS.API.CONSUMER.CREATE.S.FS",
        r#"{"stream_name":"S","config":{"durable_name":"FS","ack_policy":"explicit","filter_subject":"zzz.>"}}"#,
    );
    check_consumer_reply(&reply, CREATED, "S", Some("FS"), FS_CONFIG, &fresh_counters(0));
    // 5g4: CREATE.<stream>.<name>.<filter>
    let reply = c.api(
        "$JS.API.CONSUMER.CREATE.S.FF.s.a",
        r#"{"stream_name":"S","config":{"name":"FF","ack_policy":"explicit","filter_subject":"s.a"}}"#,
    );
    check_consumer_reply(&reply, CREATED, "S", Some("FF"), FF_CONFIG, &fresh_counters(2));
    // 5h5: a deliver_subject another push consumer uses, while nobody listens.
    let reply = c.api(
        "$JS.API.CONSUMER.CREATE.S.DUPP",
        r#"{"stream_name":"S","config":{"durable_name":"DUPP","deliver_subject":"pushdeliver","ack_policy":"explicit"}}"#,
    );
    check_consumer_reply(&reply, CREATED, "S", Some("DUPP"), &PUSH_CONFIG.replace("PUSH", "DUPP"), &fresh_counters(3));
}

#[test]
fn consumer_create_errors_are_byte_exact() {
    let server = Server::jetstream(&[]);
    let mut c = Client::connect(&server);
    s_with_three(&mut c);
    let cases: &[(&str, &str, &str)] = &[
        // 5e, 5e'
        (
            "$JS.API.CONSUMER.CREATE.S.BSS",
            r#"{"stream_name":"S","config":{"durable_name":"BSS","ack_policy":"explicit","deliver_policy":"by_start_sequence"}}"#,
            CONSUMER_BY_START_SEQ,
        ),
        (
            "$JS.API.CONSUMER.CREATE.S.BST",
            r#"{"stream_name":"S","config":{"durable_name":"BST","ack_policy":"explicit","deliver_policy":"by_start_time"}}"#,
            CONSUMER_BY_START_TIME,
        ),
        // 5f'
        (
            "$JS.API.CONSUMER.CREATE.S.FS2",
            r#"{"stream_name":"S","config":{"durable_name":"FS2","ack_policy":"explicit","filter_subjects":["s.a","s.>"]}}"#,
            CONSUMER_FILTERS_OVERLAP,
        ),
        // 5g-5g3
        (
            "$JS.API.CONSUMER.CREATE.S.AAA",
            r#"{"stream_name":"S","config":{"durable_name":"BBB","ack_policy":"explicit"}}"#,
            CONSUMER_NAME_MISMATCH,
        ),
        (
            "$JS.API.CONSUMER.CREATE.X.AAA",
            r#"{"stream_name":"S","config":{"durable_name":"AAA","ack_policy":"explicit"}}"#,
            CONSUMER_STREAM_MISMATCH,
        ),
        (
            "$JS.API.CONSUMER.CREATE.NOPE.AAA",
            r#"{"stream_name":"NOPE","config":{"durable_name":"AAA","ack_policy":"explicit"}}"#,
            CONSUMER_NO_STREAM,
        ),
        (
            "$JS.API.CONSUMER.CREATE.S.A.B",
            r#"{"stream_name":"S","config":{"durable_name":"A.B","ack_policy":"explicit"}}"#,
            CONSUMER_NAME_MISMATCH,
        ),
        // 5h-5h''
        ("$JS.API.CONSUMER.CREATE.S.BAD", "{", CONSUMER_BAD_JSON),
        ("$JS.API.CONSUMER.CREATE.S.BAD", "", CONSUMER_STREAM_MISMATCH),
        (
            "$JS.API.CONSUMER.CREATE.S.BAD",
            r#"{"stream_name":"S","config":{"durable_name":"BAD","ack_policy":"bogus"}}"#,
            CONSUMER_BAD_ACK_POLICY,
        ),
        // 5h3, 5h4
        (
            "$JS.API.CONSUMER.CREATE.S.PUSH2",
            r#"{"stream_name":"S","config":{"durable_name":"PUSH2","deliver_subject":"pd2","ack_policy":"explicit","max_waiting":5}}"#,
            CONSUMER_PUSH_MAX_WAITING,
        ),
        (
            "$JS.API.CONSUMER.CREATE.S.PLL",
            r#"{"stream_name":"S","config":{"durable_name":"PLL","ack_policy":"explicit","idle_heartbeat":1000000000}}"#,
            CONSUMER_PULL_HEARTBEAT,
        ),
    ];
    for (subject, body, want) in cases {
        c.expect(subject, body, want);
    }
    // None of them created anything.
    let v = json(&c.api("$JS.API.INFO", ""));
    assert_eq!(v["consumers"], json!(0), "{v}");
}

#[test]
fn consumer_info_names_list_and_delete() {
    let server = Server::jetstream(&[]);
    let mut c = Client::connect(&server);
    s_with_three(&mut c);
    create_consumer(
        &mut c,
        "$JS.API.CONSUMER.CREATE.S.PULL",
        r#"{"stream_name":"S","config":{"durable_name":"PULL","ack_policy":"explicit"}}"#,
    );
    create_consumer(
        &mut c,
        "$JS.API.CONSUMER.CREATE.S.PUSH",
        r#"{"stream_name":"S","config":{"durable_name":"PUSH","deliver_subject":"pushdeliver","ack_policy":"explicit"}}"#,
    );
    create_consumer(
        &mut c,
        "$JS.API.CONSUMER.CREATE.S.NONE",
        r#"{"stream_name":"S","config":{"durable_name":"NONE","ack_policy":"none"}}"#,
    );
    // 5i, 5i'
    let info = c.api("$JS.API.CONSUMER.INFO.S.PULL", "");
    check_consumer_reply(&info, "consumer_info_response", "S", Some("PULL"), PULL_CONFIG, &fresh_counters(3));
    c.expect("$JS.API.CONSUMER.INFO.S.NOPE", "", CONSUMER_INFO_NOT_FOUND);
    // 5j: sorted names.
    c.expect(
        "$JS.API.CONSUMER.NAMES.S",
        "",
        r#"{"type":"io.nats.jetstream.api.v1.consumer_names_response","total":3,"offset":0,"limit":1024,"consumers":["NONE","PULL","PUSH"]}"#,
    );
    // 5k
    let list = c.api("$JS.API.CONSUMER.LIST.S", "");
    let head = r#"{"type":"io.nats.jetstream.api.v1.consumer_list_response","total":3,"offset":0,"limit":256,"consumers":[{"stream_name":"S","name":"NONE","created":""#;
    assert!(list.starts_with(head), "consumer list:\n  got  {list}\n  want {head}...");
    let v = json(&list);
    let entries = v["consumers"].as_array().unwrap_or_else(|| panic!("no consumers array: {list}"));
    let names: Vec<&str> = entries.iter().map(|e| e["name"].as_str().unwrap_or_default()).collect();
    assert_eq!(names, ["NONE", "PULL", "PUSH"], "{list}");
    for (entry, config) in entries.iter().zip([NONE_CONFIG, PULL_CONFIG, PUSH_CONFIG]) {
        assert!(entry.get("type").is_none(), "{entry}");
        assert_eq!(without(&entry["config"], &["metadata"]), json(&format!("{config}}}")), "{list}");
        assert_eq!(entry["num_pending"], json!(3), "{entry}");
    }
    // 5l, 5l'
    c.expect("$JS.API.CONSUMER.DELETE.S.PULL", "", CONSUMER_DELETED);
    c.expect("$JS.API.CONSUMER.DELETE.S.PULL", "", CONSUMER_DELETE_NOT_FOUND);
    c.expect("$JS.API.CONSUMER.INFO.S.PULL", "", CONSUMER_INFO_NOT_FOUND);
    // 5m: the zero-valued paging fields and an empty list follow the error.
    c.expect("$JS.API.CONSUMER.NAMES.NOPE", "", CONSUMER_NAMES_NO_STREAM);
}

// ---------------------------------------------------------------------------
// Pull requests, deliveries and acks.

#[test]
fn pull_status_replies() {
    let server = Server::jetstream(&[]);
    let mut c = Client::connect(&server);
    create_stream(&mut c, "Q", r#"{"name":"Q","subjects":["q.>"]}"#);
    create_consumer(&mut c, "$JS.API.CONSUMER.CREATE.Q.C", r#"{"stream_name":"Q","config":{"durable_name":"C","ack_policy":"explicit"}}"#);
    create_consumer(
        &mut c,
        "$JS.API.CONSUMER.CREATE.Q.PU",
        r#"{"stream_name":"Q","config":{"durable_name":"PU","deliver_subject":"pu.x","ack_policy":"explicit"}}"#,
    );
    const NEXT: &str = "$JS.API.CONSUMER.MSG.NEXT.Q.C";
    // 6a
    c.expect_status(NEXT, r#"{"batch":2,"no_wait":true}"#, NO_MESSAGES);
    // 6b: the expiry reports the batch still wanted.
    let started = Instant::now();
    c.expect_status(NEXT, r#"{"batch":2,"expires":500000000}"#, &request_timeout(2));
    assert!(started.elapsed() >= Duration::from_millis(400), "408 before expires: {:?}", started.elapsed());
    // 6b3: no_wait with expires gives 408, not 404.
    c.expect_status(NEXT, r#"{"batch":1,"expires":500000000,"no_wait":true}"#, &request_timeout(1));
    // 6b4
    c.expect_status(NEXT, "{", BAD_PULL_JSON);
    // 6H-2, 6H-3
    c.expect_status(NEXT, r#"{"batch":1,"expires":1000000000,"idle_heartbeat":2000000000}"#, HEARTBEAT_TOO_LARGE);
    c.expect_status(NEXT, r#"{"batch":1,"no_wait":true,"idle_heartbeat":500000000}"#, HEARTBEAT_TOO_LARGE);
    // 6H-4, 6q: a negative or tiny expires times out at once.
    c.expect_status(NEXT, r#"{"batch":1,"expires":-5}"#, &request_timeout(1));
    c.expect_status(NEXT, r#"{"batch":1,"expires":100}"#, &request_timeout(1));
    // 6b5: a missing consumer has no responder.
    c.expect_status(
        "$JS.API.CONSUMER.MSG.NEXT.Q.NOPE",
        r#"{"batch":1,"no_wait":true}"#,
        "NATS/1.0 503\r\nNats-Subject: $JS.API.CONSUMER.MSG.NEXT.Q.NOPE\r\n\r\n",
    );
    // 6t'
    c.expect_status("$JS.API.CONSUMER.MSG.NEXT.Q.PU", r#"{"batch":1,"no_wait":true}"#, PUSH_BASED);
    // 6o, 6s: nothing pending.
    c.expect_status(NEXT, r#"{"batch":1,"max_bytes":1,"no_wait":true}"#, NO_MESSAGES);
    c.expect_status(NEXT, r#"{"batch":2000,"no_wait":true}"#, NO_MESSAGES);
    // 6o': a 100-byte message does not fit in max_bytes 10.
    c.expect_pub("q.big", NO_HDRS, &"x".repeat(100), &pub_ack("Q", 1));
    c.expect_status(NEXT, r#"{"batch":1,"max_bytes":10}"#, MAX_BYTES_EXCEEDED);
    // 6r: batch 0 delivers one message, and nothing follows.
    let got = c.pull_n(NEXT, r#"{"batch":0,"no_wait":true}"#, 1);
    assert_eq!(got.len(), 1, "{got:?}");
    check_delivery(&got[0], "q.big", "", &"x".repeat(100), ("Q", "C", 1, 1, 1, 0));
    let extra = c.quiet(Duration::from_millis(300));
    assert!(extra.is_empty(), "nothing after a fulfilled batch: {extra:?}");
    // 6b', 6b'': an empty body is batch 1 with no expiry: it stays waiting.
    c.assert_no_reply(NEXT, "");
    c.wait_counters("Q", "C", &counters((1, 1), (0, 0), 1, 0, 1, 0));
}

#[test]
fn pull_deliveries_ack_subjects_and_ack_effects() {
    let server = Server::jetstream(&[]);
    let mut c = Client::connect(&server);
    fill_q3(&mut c);
    let reply = c.api("$JS.API.CONSUMER.CREATE.Q3.C", r#"{"stream_name":"Q3","config":{"durable_name":"C","ack_policy":"explicit"}}"#);
    check_consumer_reply(&reply, "consumer_create_response", "Q3", Some("C"), &PULL_CONFIG.replace("PULL", "C"), &fresh_counters(6));
    const NEXT: &str = "$JS.API.CONSUMER.MSG.NEXT.Q3.C";

    // 6C-1: messages keep their subject; no status after a full batch.
    let first = c.pull_n(NEXT, r#"{"batch":4,"no_wait":true}"#, 4);
    assert_eq!(first.len(), 4, "{first:?}");
    let mut stamps = Vec::new();
    for (i, m) in first.iter().enumerate() {
        let i = i as u64;
        stamps.push(check_delivery(m, &format!("q3.{i}"), "", &format!("v{i}"), ("Q3", "C", 1, i + 1, i + 1, 5 - i)));
    }
    let extra = c.quiet(Duration::from_millis(300));
    assert!(extra.is_empty(), "nothing after a fulfilled batch: {extra:?}");
    let acks: Vec<String> = first.iter().map(|m| m.reply.clone().unwrap_or_default()).collect();
    // 6C-2
    c.wait_counters("Q3", "C", &counters((4, 4), (0, 0), 4, 0, 0, 2));
    // 6C-3: an out-of-order ack lowers ack pending; the floor stays but gets last_active.
    c.publish(&acks[1], None, NO_HDRS, "+ACK");
    let info = c.wait_counters("Q3", "C", &counters((4, 4), (0, 0), 3, 0, 0, 2));
    assert!(info["ack_floor"]["last_active"].is_string(), "ack_floor.last_active once an ack is processed: {info}");
    // 6C-4: filling the gap moves the floor.
    c.publish(&acks[0], None, NO_HDRS, "+ACK");
    let before = c.wait_counters("Q3", "C", &counters((4, 4), (2, 2), 2, 0, 0, 2));
    // 6C-5, 6C-6: -NAK changes no counter; +WPI changes only delivered.last_active, so
    // once that moved the -NAK sent before it has been processed too.
    c.publish(&acks[2], None, NO_HDRS, "-NAK");
    c.publish(&acks[3], None, NO_HDRS, "+WPI");
    let deadline = Instant::now() + Duration::from_secs(3);
    loop {
        let info = c.consumer_info("Q3", "C");
        assert_eq!(counters_of(&info), counters((4, 4), (2, 2), 2, 0, 0, 2), "{info}");
        if info["delivered"]["last_active"] != before["delivered"]["last_active"] {
            break;
        }
        assert!(Instant::now() < deadline, "+WPI did not move delivered.last_active: {info}");
        std::thread::sleep(Duration::from_millis(25));
    }
    // 6C-7: the NAK'd message comes first, delivery count 2, a new consumer sequence.
    let second = c.pull(NEXT, r#"{"batch":4,"no_wait":true}"#);
    assert_eq!(second.len(), 4, "{second:?}");
    let stamp = check_delivery(&second[0], "q3.2", "", "v2", ("Q3", "C", 2, 3, 5, 2));
    assert_eq!(stamp, stamps[2], "a redelivery keeps the message's time stamp");
    check_delivery(&second[1], "q3.4", "", "v4", ("Q3", "C", 1, 5, 6, 1));
    let stamp6 = check_delivery(&second[2], "q3.5", "", "v5", ("Q3", "C", 1, 6, 7, 0));
    assert_eq!((second[3].headers.as_str(), second[3].payload.as_str(), second[3].reply.as_deref()), (NO_MESSAGES, "", None));
    assert!(second[3].subject.starts_with("_R."), "status on the request's inbox: {:?}", second[3]);
    // 6C-8
    c.wait_counters("Q3", "C", &counters((7, 6), (2, 2), 4, 1, 0, 0));
    // 6C-9: +TERM on seq 4.
    c.publish(&acks[3], None, NO_HDRS, "+TERM");
    c.wait_counters("Q3", "C", &counters((7, 6), (2, 2), 3, 1, 0, 0));
    // 6C-10: +TERM with a reason on the redelivered seq 3; the floor moves past both.
    c.publish(second[0].reply.as_deref().unwrap_or_default(), None, NO_HDRS, "+TERM reason text");
    c.wait_counters("Q3", "C", &counters((7, 6), (5, 4), 2, 0, 0, 0));
    // 6C-11, 6C-12: an ack with a reply subject gets an empty reply, also when repeated.
    let seq5 = second[1].reply.clone().unwrap_or_default();
    for _ in 0..2 {
        let m = c.request(&seq5, "+ACK");
        assert_eq!((m.headers.as_str(), m.payload.as_str()), ("", ""), "reply to an ack with a reply subject");
    }
    c.wait_counters("Q3", "C", &counters((7, 6), (6, 5), 1, 0, 0, 0));
    // 6C-13-6C-15: -NAK with a delay holds the redelivery for about a second.
    c.publish(second[2].reply.as_deref().unwrap_or_default(), None, NO_HDRS, r#"-NAK {"delay":1000000000}"#);
    let nak_sent = Instant::now();
    c.wait_counters("Q3", "C", &counters((7, 6), (6, 5), 1, 0, 0, 0));
    c.expect_status(NEXT, r#"{"batch":4,"no_wait":true}"#, NO_MESSAGES);
    std::thread::sleep(Duration::from_millis(1300).saturating_sub(nak_sent.elapsed()));
    let third = c.pull(NEXT, r#"{"batch":4,"no_wait":true}"#);
    assert_eq!(third.len(), 2, "{third:?}");
    let stamp = check_delivery(&third[0], "q3.5", "", "v5", ("Q3", "C", 2, 6, 8, 0));
    assert_eq!(stamp, stamp6);
    assert_eq!(third[1].headers, NO_MESSAGES);
    // 6C-16
    c.wait_counters("Q3", "C", &counters((8, 6), (6, 5), 1, 1, 0, 0));
    // 6h'': an empty ack body is +ACK; everything is now acked.
    let m = c.request(third[0].reply.as_deref().unwrap_or_default(), "");
    assert_eq!((m.headers.as_str(), m.payload.as_str()), ("", ""), "reply to an empty ack");
    c.wait_counters("Q3", "C", &counters((8, 6), (8, 6), 0, 0, 0, 0));
}

#[test]
fn pull_idle_heartbeats_then_timeout() {
    let server = Server::jetstream(&[]);
    let mut c = Client::connect(&server);
    fill_q3(&mut c);
    // 6H-0: deliver_policy new starts after the last message.
    let reply = c.api(
        "$JS.API.CONSUMER.CREATE.Q3.E",
        r#"{"stream_name":"Q3","config":{"durable_name":"E","ack_policy":"explicit","deliver_policy":"new"}}"#,
    );
    let counters = r#""delivered":{"consumer_seq":0,"stream_seq":6},"ack_floor":{"consumer_seq":0,"stream_seq":6},"num_ack_pending":0,"num_redelivered":0,"num_waiting":0,"num_pending":0"#;
    check_consumer_reply(&reply, "consumer_create_response", "Q3", Some("E"), E_CONFIG, counters);
    // 6H-1: heartbeats every 0.5 s, then the 408 at 1.6 s.
    let started = Instant::now();
    let got = c.pull("$JS.API.CONSUMER.MSG.NEXT.Q3.E", r#"{"batch":1,"expires":1600000000,"idle_heartbeat":500000000}"#);
    let (last, beats) = got.split_last().unwrap_or_else(|| panic!("nothing came back"));
    assert!((2..=3).contains(&beats.len()), "expected 3 heartbeats (2 at least), got {got:?}");
    for beat in beats {
        assert_eq!(beat.headers, "NATS/1.0 100 Idle Heartbeat\r\nNats-Last-Consumer: 0\r\nNats-Last-Stream: 6\r\n\r\n");
        assert_eq!((beat.reply.as_deref(), beat.payload.as_str()), (None, ""));
    }
    assert_eq!(last.headers, request_timeout(1));
    assert!(started.elapsed() >= Duration::from_millis(1400), "408 before expires: {:?}", started.elapsed());
}

#[test]
fn push_consumer_delivery_and_heartbeats() {
    let server = Server::jetstream(&[]);
    let mut c = Client::connect(&server);
    fill_q3(&mut c);
    c.raw.send(b"SUB pushq3 2\r\n");
    c.sync();
    // 6P-0: bound to a listener, deliver_policy last.
    let reply = c.api(
        "$JS.API.CONSUMER.CREATE.Q3.PS",
        r#"{"stream_name":"Q3","config":{"durable_name":"PS","deliver_subject":"pushq3","ack_policy":"explicit","idle_heartbeat":1000000000,"flow_control":true,"deliver_policy":"last"}}"#,
    );
    let counters = r#""delivered":{"consumer_seq":0,"stream_seq":5},"ack_floor":{"consumer_seq":0,"stream_seq":5},"num_ack_pending":0,"num_redelivered":0,"num_waiting":0,"num_pending":1,"push_bound":true"#;
    check_consumer_reply(&reply, "consumer_create_response", "Q3", Some("PS"), PS_CONFIG, counters);
    // 6P-1: the last message, then idle heartbeats on the deliver subject.
    let got = c.collect(Duration::from_millis(2300), |m| m.sid == "2", |_| false);
    let (first, beats) = got.split_first().unwrap_or_else(|| panic!("nothing delivered"));
    check_delivery(first, "q3.5", "", "v5", ("Q3", "PS", 1, 6, 1, 0));
    assert!(!beats.is_empty(), "no idle heartbeat within 2.3 s: {got:?}");
    for beat in beats {
        assert_eq!(beat.subject, "pushq3");
        assert_eq!(beat.headers, "NATS/1.0 100 Idle Heartbeat\r\nNats-Last-Consumer: 1\r\nNats-Last-Stream: 6\r\n\r\n");
        assert_eq!((beat.reply.as_deref(), beat.payload.as_str()), (None, ""));
    }
}

#[test]
fn pulled_messages_keep_headers_and_bare_number_batch() {
    let server = Server::jetstream(&[]);
    let mut c = Client::connect(&server);
    create_stream(&mut c, "Q2", r#"{"name":"Q2","subjects":["q2.>"]}"#);
    c.expect_pub("q2.0", &[("X-H", "h0")], "v0", &pub_ack("Q2", 1));
    c.expect_pub("q2.1", NO_HDRS, "v1", &pub_ack("Q2", 2));
    create_consumer(
        &mut c,
        "$JS.API.CONSUMER.CREATE.Q2.C",
        r#"{"stream_name":"Q2","config":{"durable_name":"C","ack_policy":"explicit"}}"#,
    );
    const NEXT: &str = "$JS.API.CONSUMER.MSG.NEXT.Q2.C";
    // 6c: a message with headers comes as HMSG with its headers.
    let got = c.pull_n(NEXT, r#"{"batch":2,"no_wait":true}"#, 2);
    assert_eq!(got.len(), 2, "{got:?}");
    check_delivery(&got[0], "q2.0", "NATS/1.0\r\nX-H: h0\r\n\r\n", "v0", ("Q2", "C", 1, 1, 1, 1));
    check_delivery(&got[1], "q2.1", "", "v1", ("Q2", "C", 1, 2, 2, 0));
    let extra = c.quiet(Duration::from_millis(300));
    assert!(extra.is_empty(), "nothing after a fulfilled batch: {extra:?}");
    // 6b6: a bare number is the batch size.
    c.expect_pub("q2.2", NO_HDRS, "v2", &pub_ack("Q2", 3));
    c.expect_pub("q2.3", NO_HDRS, "v3", &pub_ack("Q2", 4));
    let got = c.pull_n(NEXT, "2", 2);
    assert_eq!(got.len(), 2, "{got:?}");
    check_delivery(&got[0], "q2.2", "", "v2", ("Q2", "C", 1, 3, 3, 1));
    check_delivery(&got[1], "q2.3", "", "v3", ("Q2", "C", 1, 4, 4, 0));
    let extra = c.quiet(Duration::from_millis(300));
    assert!(extra.is_empty(), "nothing after a fulfilled batch: {extra:?}");
}

/// Consumer-create requests nats-server 2.15.1 refuses, each with the exact reply it sent
/// (server/consumer.go `setConsumerConfigDefaults` and `checkConsumerCfg`, and the subject
/// checks of `jsConsumerCreateRequest`); and the adjustments it makes instead of refusing.
#[test]
fn consumer_config_validation_matches_nats_server() {
    let server = Server::jetstream(&[]);
    let mut c = Client::connect(&server);
    create_stream(&mut c, "A", r#"{"name":"A","subjects":["a.>"]}"#);
    let err = |code: u16, err_code: u32, description: &str| {
        format!(
            r#"{{"type":"io.nats.jetstream.api.v1.consumer_create_response","error":{{"code":{code},"err_code":{err_code},"description":"{description}"}}}}"#
        )
    };
    let long = "n".repeat(300);
    let long_durable = format!(r#"{{"stream_name":"A","config":{{"durable_name":"{long}"}}}}"#);
    let long_description = format!(r#"{{"stream_name":"A","config":{{"durable_name":"c21","description":"{}"}}}}"#, "x".repeat(5000));
    let cases: Vec<(String, &str, String)> = vec![
        (
            "A.lps".into(),
            r#"{"stream_name":"A","config":{"durable_name":"lps","deliver_policy":"last_per_subject","ack_policy":"explicit"}}"#,
            err(400, 10094, "consumer delivery policy is deliver last per subject, but optional filter subject is not set"),
        ),
        (
            "A.f1.a.x".into(),
            r#"{"stream_name":"A","config":{"ack_policy":"explicit"}}"#,
            err(400, 10131, "Consumer create request did not match filtered subject from create subject"),
        ),
        (
            "A".into(),
            r#"{"stream_name":"A","config":{"durable_name":"dd"}}"#,
            err(400, 10020, "consumer expected to be ephemeral but a durable name was set in request"),
        ),
        ("A.c7".into(), r#"{"stream_name":"A","config":{"num_replicas":-1}}"#, err(400, 10133, "replicas count cannot be negative")),
        ("A.c8".into(), r#"{"stream_name":"A","config":{"deliver_subject":"a.b"}}"#, err(400, 10081, "consumer deliver subject forms a cycle")),
        ("A.c9".into(), r#"{"stream_name":"A","config":{"filter_subject":"a..b"}}"#, err(500, 10052, "invalid subject")),
        (
            "A.c10".into(),
            r#"{"stream_name":"A","config":{"filter_subjects":["a.x",""]}}"#,
            err(400, 10139, "consumer filter in FilterSubjects cannot be empty"),
        ),
        (
            "A.c11".into(),
            r#"{"stream_name":"A","config":{"sample_freq":"x%"}}"#,
            err(400, 10095, r#"failed to parse consumer sampling configuration: strconv.Atoi: parsing \"x\": invalid syntax"#),
        ),
        (
            "A.c12".into(),
            r#"{"stream_name":"A","config":{"sample_freq":"-5"}}"#,
            err(400, 10095, r#"failed to parse consumer sampling configuration: \u003cnil\u003e"#),
        ),
        (
            "A.c13".into(),
            r#"{"stream_name":"A","config":{"priority_timeout":5}}"#,
            err(400, 10197, "PinnedTTL cannot be set when PriorityPolicy is none"),
        ),
        (
            "A.c14".into(),
            r#"{"stream_name":"A","config":{"max_expires":5}}"#,
            err(400, 10115, r#"consumer max request expires needs to be \u003e= 1ms"#),
        ),
        (
            "A.c15".into(),
            r#"{"stream_name":"A","config":{"deliver_subject":"d","max_ack_pending":5}}"#,
            err(400, 10082, "consumer requires ack policy for max ack pending"),
        ),
        (
            "A.c16".into(),
            r#"{"stream_name":"A","config":{"backoff":[-1],"ack_policy":"explicit"}}"#,
            err(400, 10184, "consumer backoff needs to be positive"),
        ),
        (
            "A.c18".into(),
            r#"{"stream_name":"A","pedantic":true,"config":{"max_waiting":-1}}"#,
            err(400, 10157, "pedantic mode: max_waiting must not be negative"),
        ),
        ("A.a/b".into(), r#"{"stream_name":"A","config":{}}"#, err(400, 10127, "Consumer name can not contain path separators")),
        (
            "A.c20".into(),
            r#"{"stream_name":"A","action":"bogus","config":{}}"#,
            err(400, 10025, r#"invalid JSON: unknown consumer action: \"bogus\""#),
        ),
        ("A.c21".into(), &long_description, err(400, 10107, "consumer description is too long, maximum allowed is 4096")),
        (format!("A.{long}"), &long_durable, err(400, 10102, "consumer name is too long, maximum allowed is 255")),
        (
            "A.c1".into(),
            r#"{"stream_name":"A","config":{"max_deliver":"x"}}"#,
            err(400, 10025, "invalid JSON: json: cannot unmarshal string into Go struct field CreateConsumerRequest.config.max_deliver of type int"),
        ),
        (
            "A.c1".into(),
            r#"{"stream_name":"A","config":{"opt_start_seq":-1}}"#,
            err(
                400,
                10025,
                "invalid JSON: json: cannot unmarshal number -1 into Go struct field CreateConsumerRequest.config.opt_start_seq of type uint64",
            ),
        ),
        (
            "A.c1".into(),
            r#"{"stream_name":"A","config":{"backoff":["x"]}}"#,
            err(400, 10025, "invalid JSON: json: cannot unmarshal string into CreateConsumerRequest.config.backoff.0 of type time.Duration"),
        ),
        (
            "A.c1".into(),
            r#"{"stream_name":"A","config":{"metadata":{"a":1}}}"#,
            err(400, 10025, "invalid JSON: json: cannot unmarshal number into Go struct field CreateConsumerRequest.config.metadata.a of type string"),
        ),
    ];
    for (suffix, body, expected) in &cases {
        assert_eq!(&c.api(&format!("$JS.API.CONSUMER.CREATE.{suffix}"), body), expected, "CREATE.{suffix} {body}");
    }
    // What nats-server adjusts rather than refuses.
    let config = |reply: &str| json(reply)["config"].clone();
    // The subject names the consumer, whatever config.name says.
    let v = config(&c.api("$JS.API.CONSUMER.CREATE.A.c5", r#"{"stream_name":"A","config":{"name":"zz"}}"#));
    assert_eq!(v["name"], "c5");
    // A negative inactive threshold on an ephemeral becomes the 5 s default.
    let v = config(&c.api("$JS.API.CONSUMER.CREATE.A.c6", r#"{"stream_name":"A","config":{"inactive_threshold":-1}}"#));
    assert_eq!(v["inactive_threshold"], 5_000_000_000i64);
    // Negative limits are reset: max_waiting to its default, max_deliver and max_ack_pending to -1.
    let body = r#"{"stream_name":"A","config":{"durable_name":"c19","max_waiting":-1,"max_deliver":-5,"max_ack_pending":-9}}"#;
    let v = config(&c.api("$JS.API.CONSUMER.CREATE.A.c19", body));
    assert_eq!((&v["max_waiting"], &v["max_deliver"], &v["max_ack_pending"]), (&json!(512), &json!(-1), &json!(-1)));
    // The first backoff sets ack_wait, whatever the ack policy.
    let body = r#"{"stream_name":"A","config":{"backoff":[1000000000,2000000000],"ack_policy":"none","max_deliver":3}}"#;
    assert_eq!(config(&c.api("$JS.API.CONSUMER.CREATE.A.c17", body))["ack_wait"], 1_000_000_000i64);
    // A legacy ephemeral's generated name is not written into its config.
    let reply = json(&c.api("$JS.API.CONSUMER.CREATE.A", r#"{"stream_name":"A","config":{"ack_policy":"explicit"}}"#));
    assert_eq!((reply["name"].as_str().map(str::len), reply["config"].get("name")), (Some(8), None));
    // max_msg_size is Go's int32.
    let reply = c.api("$JS.API.STREAM.CREATE.B", r#"{"name":"B","max_msg_size":3000000000}"#);
    assert!(
        reply.contains("json: cannot unmarshal number 3000000000 into Go struct field StreamConfigRequest.max_msg_size of type int32"),
        "{reply}"
    );
}

/// Consumer updates refuse what nats-server 2.15.1 refuses (`checkNewConsumerConfig`),
/// in its order and words; names nothing could store fail as its store fails.
#[test]
fn consumer_updates_and_unstorable_names_match_nats_server() {
    let server = Server::jetstream(&[]);
    let mut c = Client::connect(&server);
    create_stream(&mut c, "P", r#"{"name":"P","subjects":["p"]}"#);
    let err = |code: u16, err_code: u32, description: &str| {
        format!(
            r#"{{"type":"io.nats.jetstream.api.v1.consumer_create_response","error":{{"code":{code},"err_code":{err_code},"description":"{description}"}}}}"#
        )
    };
    create_consumer(&mut c, "$JS.API.CONSUMER.CREATE.P.W", r#"{"stream_name":"P","config":{"durable_name":"W","max_waiting":10}}"#);
    let push = r#"{"stream_name":"P","config":{"durable_name":"H","deliver_subject":"hh","idle_heartbeat":1000000000}}"#;
    create_consumer(&mut c, "$JS.API.CONSUMER.CREATE.P.H", push);
    let long = "n".repeat(300);
    let long_subject = format!("$JS.API.CONSUMER.CREATE.P.{long}");
    for (subject, body, expected) in [
        (
            "$JS.API.CONSUMER.CREATE.P.W",
            r#"{"stream_name":"P","config":{"durable_name":"W","max_waiting":11}}"#,
            err(500, 10012, "max waiting can not be updated"),
        ),
        (
            "$JS.API.CONSUMER.CREATE.P.W",
            r#"{"stream_name":"P","config":{"durable_name":"W","max_waiting":10,"mem_storage":true}}"#,
            err(500, 10012, "storage type can not be updated"),
        ),
        (
            "$JS.API.CONSUMER.CREATE.P.W",
            r#"{"stream_name":"P","config":{"durable_name":"W","deliver_subject":"dd"}}"#,
            err(500, 10012, "can not update pull consumer to push based"),
        ),
        (
            "$JS.API.CONSUMER.CREATE.P.H",
            r#"{"stream_name":"P","config":{"durable_name":"H","deliver_subject":"hh","idle_heartbeat":2000000000}}"#,
            err(500, 10012, "heart beats can not be updated"),
        ),
        // The heartbeat differs first.
        (
            "$JS.API.CONSUMER.CREATE.P.H",
            r#"{"stream_name":"P","config":{"durable_name":"H"}}"#,
            err(500, 10012, "heart beats can not be updated"),
        ),
        (
            "$JS.API.CONSUMER.CREATE.P",
            r#"{"stream_name":"P","config":{"name":"a/b"}}"#,
            err(400, 10127, "Consumer name can not contain path separators"),
        ),
        (long_subject.as_str(), r#"{"stream_name":"P","config":{}}"#, err(500, 10012, "error creating store for consumer")),
    ] {
        assert_eq!(c.api(subject, body), expected, "{body}");
    }
    // A deliver group may change, as in nats-server.
    let grouped =
        r#"{"stream_name":"P","config":{"durable_name":"H","deliver_subject":"hh","idle_heartbeat":1000000000,"deliver_group":"q"}}"#;
    assert_eq!(create_consumer(&mut c, "$JS.API.CONSUMER.CREATE.P.H", grouped)["config"]["deliver_group"], "q");
}
