//! The client protocol over raw TCP, byte for byte, including every kind of bad input.
//!
//! The expected bytes and close behaviour were recorded from nats-server 2.15.1 (and
//! agree with 2.9.10 except for the `Nats-Subject` header in no-responders replies)
//! by sending the same inputs to it on loopback.

use std::time::Duration;

use crate::harness::Server;

const C0: &str = "CONNECT {\"verbose\":false,\"pedantic\":false}\r\n";

struct Case {
    name: &'static str,
    input: &'static [u8],
    /// Prepend C0 (a quiet CONNECT).
    quiet: bool,
    expect: &'static str,
    closed: bool,
}

const fn case(name: &'static str, quiet: bool, input: &'static [u8], expect: &'static str, closed: bool) -> Case {
    Case { name, input, quiet, expect, closed }
}

const CASES: &[Case] = &[
    // Sloppy framing that nats-server accepts.
    case("lowercase", true, b"sub foo 1\r\npub foo 2\r\nhi\r\nunsub 1\r\nping\r\n", "MSG foo 1 2\r\nhi\r\nPONG\r\n", false),
    case("mixed case", true, b"Sub foo 1\r\npUb foo 2\r\nhi\r\nPiNg\r\n", "MSG foo 1 2\r\nhi\r\nPONG\r\n", false),
    case("tabs and spaces", true, b"SUB foo 1\r\nPUB\tfoo \t 2\r\nhi\r\nPING\r\n", "MSG foo 1 2\r\nhi\r\nPONG\r\n", false),
    case("bare newline", true, b"SUB foo 1\r\nPUB foo 2\nhi\r\nPING\n", "MSG foo 1 2\r\nhi\r\nPONG\r\n", false),
    case("reply subject", true, b"SUB foo 1\r\nPUB foo bar 2\r\nhi\r\nPING\r\n", "MSG foo 1 bar 2\r\nhi\r\nPONG\r\n", false),
    case("empty payload", true, b"SUB foo 1\r\nPUB foo 0\r\n\r\nPING\r\n", "MSG foo 1 0\r\n\r\nPONG\r\n", false),
    case("PING with junk", true, b"PING foo\r\n", "PONG\r\n", false),
    case("client +OK, INFO, PONG ignored", true, b"+OK\r\nINFO {}\r\nPONG\r\nPING\r\n", "PONG\r\n", false),
    case("second CONNECT", true, b"CONNECT {\"verbose\":false,\"pedantic\":false}\r\nPING\r\n", "PONG\r\n", false),
    case("unknown CONNECT fields", false, b"CONNECT {\"foo\":1,\"verbose\":false}\r\nPING\r\n", "PONG\r\n", false),
    case("duplicate sid keeps the first", true, b"SUB foo 1\r\nSUB bar 1\r\nPUB foo 1\r\nA\r\nPUB bar 1\r\nB\r\nPING\r\n", "MSG foo 1 1\r\nA\r\nPONG\r\n", false),
    case("queue subscription", true, b"SUB foo q 1\r\nPUB foo 1\r\nA\r\nPING\r\n", "MSG foo 1 1\r\nA\r\nPONG\r\n", false),
    case("auto-unsubscribe", true, b"SUB foo 1\r\nUNSUB 1 2\r\nPUB foo 1\r\nA\r\nPUB foo 1\r\nB\r\nPUB foo 1\r\nC\r\nPING\r\n", "MSG foo 1 1\r\nA\r\nMSG foo 1 1\r\nB\r\nPONG\r\n", false),
    case(
        "no-responders statuses do not count against auto-unsubscribe",
        false,
        b"CONNECT {\"verbose\":false,\"headers\":true,\"no_responders\":true}\r\nSUB _INBOX.x 1\r\nUNSUB 1 1\r\nPUB svc _INBOX.x 0\r\n\r\nPUB svc _INBOX.x 0\r\n\r\nPUB _INBOX.x 1\r\nZ\r\nPING\r\n",
        "HMSG _INBOX.x 1 35 35\r\nNATS/1.0 503\r\nNats-Subject: svc\r\n\r\n\r\nHMSG _INBOX.x 1 35 35\r\nNATS/1.0 503\r\nNats-Subject: svc\r\n\r\n\r\nMSG _INBOX.x 1 1\r\nZ\r\nPONG\r\n",
        false,
    ),
    case(
        "a sid freed by auto-unsubscribe is taken again",
        true,
        b"SUB foo 1\r\nUNSUB 1 1\r\nPUB foo 1\r\nA\r\nSUB bar 1\r\nPUB bar 1\r\nB\r\nPUB foo 1\r\nC\r\nPING\r\n",
        "MSG foo 1 1\r\nA\r\nMSG bar 1 1\r\nB\r\nPONG\r\n",
        false,
    ),
    case("UNSUB bad max removes at once", true, b"SUB foo 1\r\nUNSUB 1 x\r\nPUB foo 1\r\nA\r\nPING\r\n", "PONG\r\n", false),
    case("UNSUB 0 removes at once", true, b"SUB foo 1\r\nUNSUB 1 0\r\nPUB foo 1\r\nA\r\nPING\r\n", "PONG\r\n", false),
    case("UNSUB unknown sid", true, b"UNSUB 99\r\nPING\r\n", "PONG\r\n", false),
    case("wildcard publish, not pedantic", true, b"SUB foo.* 1\r\nPUB foo.* 2\r\nhi\r\nPING\r\n", "MSG foo.* 1 2\r\nhi\r\nPONG\r\n", false),
    case("star inside a token is literal", true, b"SUB foo* 1\r\nPUB foo* 1\r\nA\r\nPING\r\n", "MSG foo* 1 1\r\nA\r\nPONG\r\n", false),
    case("full wildcard", true, b"SUB > 1\r\nPUB a.b.c 1\r\nA\r\nPING\r\n", "MSG a.b.c 1 1\r\nA\r\nPONG\r\n", false),
    case(
        "empty tokens match nothing, not even >",
        true,
        b"SUB > 1\r\nSUB foo.* 2\r\nPUB foo..bar 1\r\nA\r\nPUB .foo 1\r\nB\r\nPUB foo. 1\r\nC\r\nPUB foo.x 1\r\nD\r\nPING\r\n",
        "MSG foo.x 1 1\r\nD\r\nMSG foo.x 2 1\r\nD\r\nPONG\r\n",
        false,
    ),
    case(
        "empty tokens, pedantic",
        false,
        b"CONNECT {\"verbose\":false}\r\nSUB > 1\r\nPUB foo..bar 1\r\nA\r\nPUB .foo _INBOX.x 1\r\nB\r\nPING\r\n",
        "-ERR 'Invalid Publish Subject'\r\n-ERR 'Invalid Publish Subject'\r\nPONG\r\n",
        false,
    ),
    // Reply subjects only the server makes (nats-server's isReservedReply, as 2.15.1 answers).
    case(
        "reserved reply subjects",
        true,
        b"SUB > 1\r\nPUB foo _R_.abc.def 1\r\nA\r\nPUB foo $JS.ACK.S.C.1.1.1.0.0 1\r\nB\r\nPUB foo _GR_.x.y 1\r\nC\r\nPUB foo $JS.ACK. 1\r\nE\r\nPUB foo _INBOX.ok 1\r\nD\r\nPING\r\n",
        "-ERR 'Permissions Violation for Publish with Reply of \"_R_.abc.def\"'\r\n-ERR 'Permissions Violation for Publish with Reply of \"$JS.ACK.S.C.1.1.1.0.0\"'\r\n-ERR 'Permissions Violation for Publish with Reply of \"_GR_.x.y\"'\r\nMSG foo 1 $JS.ACK. 1\r\nE\r\nMSG foo 1 _INBOX.ok 1\r\nD\r\nPONG\r\n",
        false,
    ),
    // Errors that keep the connection.
    case("SUB empty token", true, b"SUB foo..bar 1\r\nPING\r\n", "-ERR 'Invalid Subject'\r\nPONG\r\n", false),
    case("SUB > not last", true, b"SUB foo.>.bar 1\r\nPING\r\n", "-ERR 'Invalid Subject'\r\nPONG\r\n", false),
    case("SUB leading dot", true, b"SUB .foo 1\r\nPING\r\n", "-ERR 'Invalid Subject'\r\nPONG\r\n", false),
    case("SUB trailing dot", true, b"SUB foo. 1\r\nPING\r\n", "-ERR 'Invalid Subject'\r\nPONG\r\n", false),
    // Verbose and pedantic (on when CONNECT leaves them out).
    case(
        "verbose sequence",
        false,
        b"CONNECT {\"verbose\":true}\r\nPING\r\nSUB foo 1\r\nPUB foo 2\r\nhi\r\nUNSUB 1\r\nPONG\r\nPING\r\n",
        "+OK\r\nPONG\r\n+OK\r\n+OK\r\nMSG foo 1 2\r\nhi\r\n+OK\r\nPONG\r\n",
        false,
    ),
    case(
        "replies keep their place after messages in the same read",
        false,
        b"CONNECT {\"verbose\":true}\r\nSUB foo 1\r\nPUB foo 1\r\nA\r\nPUB foo 1\r\nB\r\nPING\r\n",
        "+OK\r\n+OK\r\n+OK\r\nMSG foo 1 1\r\nA\r\n+OK\r\nMSG foo 1 1\r\nB\r\nPONG\r\n",
        false,
    ),
    case(
        "verbose errors",
        false,
        b"CONNECT {\"verbose\":true}\r\nUNSUB 99\r\nSUB foo..bar 1\r\nPUB foo 0\r\n\r\nPING\r\n",
        "+OK\r\n+OK\r\n-ERR 'Invalid Subject'\r\n+OK\r\nPONG\r\n",
        false,
    ),
    case("empty CONNECT is verbose and pedantic", false, b"CONNECT {}\r\nPUB foo.* 0\r\n\r\nPING\r\n", "+OK\r\n-ERR 'Invalid Publish Subject'\r\n+OK\r\nPONG\r\n", false),
    case(
        "pedantic publish subjects",
        false,
        b"CONNECT {\"verbose\":false}\r\nPUB foo.* 0\r\n\r\nPUB foo..bar 0\r\n\r\nPING\r\n",
        "-ERR 'Invalid Publish Subject'\r\n-ERR 'Invalid Publish Subject'\r\nPONG\r\n",
        false,
    ),
    case("ops before CONNECT without auth", false, b"SUB foo 1\r\nPUB foo 2\r\nhi\r\nPING\r\n", "+OK\r\n+OK\r\nMSG foo 1 2\r\nhi\r\nPONG\r\n", false),
    case("echo false", false, b"CONNECT {\"echo\":false}\r\nSUB foo 1\r\nPUB foo 2\r\nhi\r\nPING\r\n", "+OK\r\n+OK\r\n+OK\r\nPONG\r\n", false),
    // Headers.
    case(
        "HPUB with headers",
        false,
        b"CONNECT {\"verbose\":false,\"pedantic\":false,\"headers\":true}\r\nSUB foo 1\r\nHPUB foo rep 18 20\r\nNATS/1.0\r\nA: b\r\n\r\nhi\r\nPING\r\n",
        "HMSG foo 1 rep 18 20\r\nNATS/1.0\r\nA: b\r\n\r\nhi\r\nPONG\r\n",
        false,
    ),
    case(
        "HPUB header block is not checked",
        false,
        b"CONNECT {\"verbose\":false,\"pedantic\":false,\"headers\":true}\r\nSUB foo 1\r\nHPUB foo 3 5\r\nabchi\r\nPING\r\n",
        "HMSG foo 1 3 5\r\nabchi\r\nPONG\r\n",
        false,
    ),
    case(
        "HPUB with empty headers is a MSG",
        false,
        b"CONNECT {\"verbose\":false,\"pedantic\":false,\"headers\":true}\r\nSUB foo 1\r\nHPUB foo 0 2\r\nhi\r\nPING\r\n",
        "MSG foo 1 2\r\nhi\r\nPONG\r\n",
        false,
    ),
    case(
        "no responders",
        false,
        b"CONNECT {\"headers\":true,\"no_responders\":true}\r\nSUB _INBOX.> 7\r\nPUB nosub _INBOX.abc 0\r\n\r\nPING\r\n",
        "+OK\r\n+OK\r\n+OK\r\nHMSG _INBOX.abc 7 37 37\r\nNATS/1.0 503\r\nNats-Subject: nosub\r\n\r\n\r\nPONG\r\n",
        false,
    ),
    case(
        "no responders needs a listener on the reply",
        false,
        b"CONNECT {\"headers\":true,\"no_responders\":true}\r\nPUB nosub _INBOX.x 0\r\n\r\nPING\r\n",
        "+OK\r\n+OK\r\nPONG\r\n",
        false,
    ),
    // -ERR and close.
    case("unknown operation", true, b"FOO bar\r\nPING\r\n", "-ERR 'Unknown Protocol Operation'\r\n", true),
    case("binary garbage", true, b"\x00\xff\xfe\x01\r\nPING\r\n", "-ERR 'Unknown Protocol Operation'\r\n", true),
    case("empty line", true, b"\r\nPING\r\n", "-ERR 'Unknown Protocol Operation'\r\n", true),
    case("PUB without arguments", true, b"PUB\r\nPING\r\n", "-ERR 'Unknown Protocol Operation'\r\n", true),
    case("SUB without arguments", true, b"SUB\r\nPING\r\n", "-ERR 'Unknown Protocol Operation'\r\n", true),
    case("UNSUB without arguments", true, b"SUB foo bar\r\nPUB foo 1\r\nA\r\nUNSUB\r\nPING\r\n", "MSG foo bar 1\r\nA\r\n-ERR 'Unknown Protocol Operation'\r\n", true),
    case("payload longer than its size", true, b"SUB foo 1\r\nPUB foo 2\r\nhello\r\nPING\r\n", "-ERR 'Unknown Protocol Operation'\r\n", true),
    case("payload then garbage", true, b"SUB foo 1\r\nPUB foo 2\r\nhiXX", "-ERR 'Unknown Protocol Operation'\r\n", true),
    case("payload ended by a bare newline", true, b"SUB foo 1\r\nPUB foo 2\r\nhi\nPING\r\n", "-ERR 'Unknown Protocol Operation'\r\n", true),
    case("client sends MSG", true, b"MSG foo 1 2\r\nhi\r\nPING\r\n", "-ERR 'Unknown Protocol Operation'\r\n", true),
    case("payload over max_payload", true, b"PUB foo 2000000\r\nPING\r\n", "-ERR 'Maximum Payload Violation'\r\n", true),
    case("payload one over max_payload", true, b"PUB foo 1048577\r\n", "-ERR 'Maximum Payload Violation'\r\n", true),
    case("bad protocol version", false, b"CONNECT {\"protocol\":5}\r\nPING\r\n", "-ERR 'invalid client protocol'\r\n", true),
    case(
        "no responders without headers",
        false,
        b"CONNECT {\"no_responders\":true,\"headers\":false}\r\nPING\r\n",
        "-ERR 'no responders requires headers support'\r\n",
        true,
    ),
    // Close without a word.
    case("PUB missing size", true, b"PUB foo\r\nPING\r\n", "", true),
    case("PUB too many arguments", true, b"PUB foo bar baz qux 3\r\nPING\r\n", "", true),
    case("PUB non-numeric size", true, b"PUB foo x\r\nPING\r\n", "", true),
    case("PUB negative size", true, b"PUB foo -1\r\nPING\r\n", "", true),
    case("PUB empty subject", true, b"PUB  2\r\nhi\r\nPING\r\n", "", true),
    case("SUB one argument", true, b"SUB foo\r\nPING\r\n", "", true),
    case("SUB four arguments", true, b"SUB foo bar baz qux\r\nPING\r\n", "", true),
    case("UNSUB three arguments", true, b"SUB foo 1\r\nUNSUB 1 2 3\r\nPING\r\n", "", true),
    case("HPUB header larger than total", false, b"CONNECT {\"verbose\":false,\"pedantic\":false,\"headers\":true}\r\nHPUB foo 5 3\r\n...\r\nPING\r\n", "", true),
    case("HPUB missing arguments", false, b"CONNECT {\"verbose\":false,\"pedantic\":false,\"headers\":true}\r\nHPUB foo 5\r\nPING\r\n", "", true),
    case("HPUB without header support", true, b"SUB foo 1\r\nHPUB foo 12 14\r\nNATS/1.0\r\n\r\nhi\r\nPING\r\n", "", true),
    case("CONNECT bad JSON", false, b"CONNECT {bad json\r\nPING\r\n", "", true),
    case("CONNECT empty", false, b"CONNECT\r\nPING\r\n", "", true),
    case("CONNECT wrong type", false, b"CONNECT {\"verbose\":\"yes\"}\r\nPING\r\n", "", true),
    case("client sends -ERR", true, b"-ERR 'x'\r\nPING\r\n", "", true),
];

fn run_case(server: &Server, c: &Case) {
    let mut raw = server.raw();
    if c.quiet {
        raw.send(C0.as_bytes());
    }
    raw.send(c.input);
    let got = if c.closed {
        raw.read_until("\u{0}", Duration::from_secs(2))
    } else if c.expect.is_empty() {
        raw.read_for(Duration::from_millis(200))
    } else {
        // Read until all that is expected has come: replies may arrive in several writes.
        raw.read_until(c.expect, Duration::from_secs(2))
    };
    assert_eq!(got, c.expect, "case {:?}: got {:?}", c.name, got);
    if c.closed {
        assert!(raw.is_closed(Duration::from_secs(2)), "case {:?}: connection should be closed", c.name);
    } else {
        assert!(raw.alive(), "case {:?}: connection should stay open", c.name);
    }
}

#[test]
fn every_case_behaves_like_nats_server_and_the_server_survives() {
    let server = Server::start(&[]);
    // A well-behaved client that must never notice any of it.
    let mut bystander = server.raw();
    bystander.send(format!("{C0}SUB watch 1\r\nPING\r\n").as_bytes());
    assert_eq!(bystander.read_until("PONG\r\n", Duration::from_secs(2)), "PONG\r\n");
    for c in CASES {
        run_case(&server, c);
    }
    let mut publisher = server.raw();
    publisher.send(format!("{C0}PUB watch 2\r\nok\r\n").as_bytes());
    assert_eq!(bystander.read_until("ok\r\n", Duration::from_secs(2)), "MSG watch 1 2\r\nok\r\n");
    assert!(bystander.alive());
}

#[test]
fn control_line_limit_counts_arguments() {
    let server = Server::start(&[]);
    for (op, n, ok) in [("SUB ", 4096, true), ("SUB ", 4097, false), ("PUB ", 4097, false), ("UNSUB ", 4097, false)] {
        let mut raw = server.raw();
        raw.send(C0.as_bytes());
        let mut line = op.as_bytes().to_vec();
        if op == "SUB " {
            // A long subject and a sid, `n` bytes of arguments in all.
            line.extend(std::iter::repeat_n(b'a', n - 2));
            line.extend_from_slice(b" 1");
        } else {
            line.extend(std::iter::repeat_n(b'a', n));
        }
        line.extend_from_slice(b"\r\nPING\r\n");
        raw.send(&line);
        let got = raw.read_until("\r\n", Duration::from_secs(2));
        if ok {
            assert_eq!(got, "PONG\r\n", "{op}{n}");
        } else {
            assert_eq!(got, "-ERR 'maximum control line exceeded'\r\n", "{op}{n}");
            assert!(raw.is_closed(Duration::from_secs(2)));
        }
    }
    // Refused before the line ends, once the arguments pass the limit.
    let mut raw = server.raw();
    raw.send(C0.as_bytes());
    let mut line = b"PUB ".to_vec();
    line.extend(std::iter::repeat_n(b'a', 5000));
    raw.send(&line);
    assert_eq!(raw.read_until("\r\n", Duration::from_secs(2)), "-ERR 'maximum control line exceeded'\r\n");
    // Junk that is no operation at all is refused as such.
    let mut raw = server.raw();
    raw.send(&[b'a'; 4100]);
    assert_eq!(raw.read_until("\r\n", Duration::from_secs(2)), "-ERR 'Unknown Protocol Operation'\r\n");
}

#[test]
fn exact_max_payload_is_accepted_and_split_frames_reassemble() {
    let server = Server::start(&[]);
    let mut raw = server.raw();
    raw.send(format!("{C0}SUB big 1\r\n").as_bytes());
    let mut frame = b"PUB big 1048576\r\n".to_vec();
    frame.extend(std::iter::repeat_n(b'x', 1048576));
    frame.extend_from_slice(b"\r\n");
    for chunk in frame.chunks(7919) {
        raw.send(chunk);
    }
    raw.send(b"PING\r\n");
    let got = raw.read_until("PONG\r\n", Duration::from_secs(5));
    assert!(got.starts_with("MSG big 1 1048576\r\nxxx"), "{}", &got[..got.len().min(40)]);
    assert!(got.ends_with("x\r\nPONG\r\n"));
    assert_eq!(got.len(), "MSG big 1 1048576\r\n".len() + 1048576 + 2 + 6);
}

#[test]
fn info_and_second_info_for_protocol_1() {
    let server = Server::start(&[]);
    let mut raw = server.raw();
    let info: serde_json::Value = serde_json::from_str(raw.info.trim_start_matches("INFO ").trim()).unwrap();
    for key in ["server_id", "server_name", "version", "proto", "go", "host", "port", "headers", "max_payload", "client_id", "client_ip"] {
        assert!(info.get(key).is_some(), "INFO lacks {key}: {info}");
    }
    assert!(raw.info.ends_with("} \r\n"), "INFO ends with a space before CRLF, as nats-server's");
    assert!(info.get("auth_required").is_none());
    raw.send(b"CONNECT {\"protocol\":1}\r\nPING\r\nPING\r\n");
    let got = raw.read_until("} \r\nPONG\r\n", Duration::from_secs(2));
    assert!(got.starts_with("+OK\r\nPONG\r\nINFO {"), "{got}");
    assert!(got.contains("\"connect_info\":true") && got.contains("\"remote_account\":\"$G\""), "{got}");
    assert!(got.ends_with("} \r\nPONG\r\n"), "only one extra INFO: {got}");
    let mut raw0 = server.raw();
    raw0.send(b"CONNECT {\"protocol\":0,\"verbose\":false}\r\nPING\r\n");
    assert_eq!(raw0.read_for(Duration::from_millis(300)), "PONG\r\n");
}

#[test]
fn headers_are_stripped_for_subscribers_without_header_support() {
    let server = Server::start(&[]);
    let mut old = server.raw();
    old.send(format!("{C0}SUB foo 1\r\nPING\r\n").as_bytes());
    old.read_until("PONG\r\n", Duration::from_secs(2));
    let mut new = server.raw();
    new.send(b"CONNECT {\"verbose\":false,\"pedantic\":false,\"headers\":true}\r\nHPUB foo 18 20\r\nNATS/1.0\r\nA: b\r\n\r\nhi\r\nHPUB foo 12 12\r\nNATS/1.0\r\n\r\n\r\n");
    assert_eq!(old.read_until("MSG foo 1 0\r\n\r\n", Duration::from_secs(2)), "MSG foo 1 2\r\nhi\r\nMSG foo 1 0\r\n\r\n");
}
