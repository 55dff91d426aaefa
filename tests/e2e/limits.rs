//! Liveness and protection: stale connections, connection and subscription limits,
//! slow consumers cut off without slowing anyone else.

use std::io::Write;
use std::net::TcpStream;
use std::time::{Duration, Instant};

use bytes::Bytes;
use futures::StreamExt;

use crate::harness::Server;

#[test]
fn stale_connection_after_ping_max_unanswered_pings() {
    let server = Server::with_config("ping_interval: \"300ms\"\nping_max: 2\n", &[]);
    let mut raw = server.raw();
    let started = Instant::now();
    let got = raw.read_until("Stale", Duration::from_secs(5));
    assert!(got.starts_with("PING\r\nPING\r\n-ERR 'Stale"), "{got:?}");
    assert!(raw.is_closed(Duration::from_secs(2)));
    // Three intervals: two PINGs go unanswered, the third tick closes.
    assert!(started.elapsed() >= Duration::from_millis(800), "{:?}", started.elapsed());
}

#[test]
fn answering_pings_keeps_the_connection() {
    let server = Server::with_config("ping_interval: \"300ms\"\nping_max: 2\n", &[]);
    let mut raw = server.raw();
    raw.send(b"CONNECT {\"verbose\":false}\r\n");
    let deadline = Instant::now() + Duration::from_millis(2000);
    let mut pings = 0;
    while Instant::now() < deadline {
        let got = raw.read_for(Duration::from_millis(50));
        for _ in got.matches("PING\r\n") {
            pings += 1;
            raw.send(b"PONG\r\n");
        }
        assert!(!got.contains("Stale"), "{got}");
    }
    assert!(pings >= 3, "server pinged {pings} times");
    assert!(raw.alive());
}

#[test]
fn max_connections_refuses_with_info_then_error() {
    let server = Server::with_config("max_connections: 1\n", &["-m", "-1"]);
    let mut first = server.raw();
    first.send(b"CONNECT {\"verbose\":false}\r\nPING\r\n");
    first.read_until("PONG", Duration::from_secs(2));
    let mut second = TcpStream::connect(("127.0.0.1", server.port)).unwrap();
    second.set_read_timeout(Some(Duration::from_secs(2))).unwrap();
    let mut text = String::new();
    let _ = std::io::Read::read_to_string(&mut second, &mut text);
    assert!(text.starts_with("INFO {"), "{text}");
    assert!(text.ends_with("-ERR 'maximum connections exceeded'\r\n"), "{text}");
    assert!(first.alive(), "the existing client is unaffected");
    drop(second);
    let (_, closed) = server.get("/connz?state=closed");
    assert_eq!(closed["connections"][0]["reason"], "Maximum Connections Exceeded");
}

#[test]
fn max_subscriptions_refuses_the_extra_sub_only() {
    let server = Server::with_config("max_subscriptions: 2\n", &[]);
    let mut raw = server.raw();
    raw.send(b"CONNECT {\"verbose\":false}\r\nSUB a 1\r\nSUB b 2\r\nSUB c 3\r\nPING\r\n");
    assert_eq!(raw.read_until("PONG\r\n", Duration::from_secs(2)), "-ERR 'maximum subscriptions exceeded'\r\nPONG\r\n");
    raw.send(b"PUB c 1\r\nX\r\nPUB a 1\r\nY\r\nPING\r\n");
    assert_eq!(raw.read_until("PONG\r\n", Duration::from_secs(2)), "MSG a 1 1\r\nY\r\nPONG\r\n");
}

/// Floods `flood` with `total` messages of `size` bytes while one subscriber ("stuck")
/// never reads and another reads everything; returns how many the reader got and why the
/// stuck one was closed (`/connz?state=closed`).
async fn flood_past_a_stuck_subscriber(server: &Server, total: usize, size: usize) -> (usize, serde_json::Value) {
    let mut stuck = socket2_small_rcvbuf(server.port);
    stuck.write_all(b"CONNECT {\"verbose\":false,\"name\":\"stuck\"}\r\nSUB flood 1\r\nPING\r\n").unwrap();
    let fast = server.client().await;
    let mut fast_sub = fast.subscribe("flood").await.unwrap();
    crate::harness::sync(&fast).await;
    // Wait until the stuck subscription is registered (its PONG is in its socket buffer).
    std::thread::sleep(Duration::from_millis(200));
    let publisher = server.client().await;
    let body = Bytes::from(vec![b'x'; size]);
    let reader = tokio::spawn(async move {
        let mut n = 0;
        while n < total {
            match tokio::time::timeout(Duration::from_secs(20), fast_sub.next()).await {
                Ok(Some(_)) => n += 1,
                _ => break,
            }
        }
        n
    });
    for _ in 0..total {
        publisher.publish("flood", body.clone()).await.unwrap();
    }
    crate::harness::sync(&publisher).await;
    let got = reader.await.unwrap();
    let mut reason = serde_json::Value::Null;
    for _ in 0..200 {
        let (_, closed) = server.get("/connz?state=closed");
        if let Some(c) = closed["connections"].as_array().and_then(|a| a.iter().find(|c| c["name"] == "stuck")) {
            reason = c["reason"].clone();
            break;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    drop(stuck);
    (got, reason)
}

#[tokio::test]
async fn slow_consumer_is_cut_off_and_others_get_everything() {
    let server = Server::with_config("max_pending: 256KB\nmax_payload: 8KB\nwrite_deadline: \"2s\"\n", &["-m", "-1"]);
    let (got, reason) = flood_past_a_stuck_subscriber(&server, 3000, 4096).await;
    assert_eq!(got, 3000, "the fast subscriber receives every message; log:\n{}", server.log());
    let reason = reason.as_str().unwrap_or_default().to_string();
    assert!(reason.starts_with("Slow Consumer ("), "the stuck one closed as slow consumer, got {reason:?}");
    let (_, varz) = server.get("/varz");
    assert!(varz["slow_consumers"].as_u64().unwrap() >= 1);
    assert!(server.log().contains("Slow Consumer Detected"), "{}", server.log());
}

/// A receiver that never reads costs its publisher short pauses for at most 250 ms, not
/// one per batch until the write deadline: then it fills up to max_pending at full speed
/// and is cut off for that (Pending Bytes), long before its write deadline. Before, every
/// batch paused 10 ms for it, so here (2 MB to go from the pause threshold, 1 KB
/// messages) it reached the 5 s write deadline first and the publisher crawled meanwhile
/// — as nats-server still does.
#[tokio::test]
async fn a_stuck_receiver_is_cut_off_at_max_pending_without_stalling_its_publisher() {
    let server = Server::with_config("max_pending: 4MB\nwrite_deadline: \"5s\"\n", &["-m", "-1"]);
    let (got, reason) = flood_past_a_stuck_subscriber(&server, 12_000, 1024).await;
    assert_eq!(got, 12_000, "the fast subscriber receives every message");
    assert_eq!(reason, "Slow Consumer (Pending Bytes)", "{}", server.log());
}

/// A client socket with a small receive buffer, so a slow reader backs up quickly.
fn socket2_small_rcvbuf(port: u16) -> TcpStream {
    let stream = TcpStream::connect(("127.0.0.1", port)).unwrap();
    // SAFETY: setsockopt on our own fd with a valid int option.
    unsafe {
        use std::os::fd::AsRawFd;
        let size: libc::c_int = 4096;
        libc::setsockopt(
            stream.as_raw_fd(),
            libc::SOL_SOCKET,
            libc::SO_RCVBUF,
            &size as *const _ as *const libc::c_void,
            std::mem::size_of::<libc::c_int>() as libc::socklen_t,
        );
    }
    stream
}

#[test]
fn first_ping_comes_about_two_seconds_after_connect() {
    let server = Server::start(&[]);
    let mut raw = server.raw();
    let started = Instant::now();
    raw.send(b"CONNECT {\"verbose\":false}\r\n");
    let got = raw.read_until("PING\r\n", Duration::from_secs(4));
    assert_eq!(got, "PING\r\n");
    let waited = started.elapsed();
    assert!(waited >= Duration::from_millis(1900) && waited < Duration::from_millis(3500), "{waited:?}");
    raw.send(b"PONG\r\n");
    assert!(raw.alive());
}

#[test]
fn zero_limits_mean_defaults_as_in_nats_server() {
    let server = Server::with_config("max_connections: 0\nping_interval: 0\nwrite_deadline: 0\nmax_payload: 0\n", &[]);
    let mut raw = server.raw();
    assert!(raw.info.contains("\"max_payload\":1048576"), "{}", raw.info);
    raw.send(b"CONNECT {\"verbose\":false}\r\nPING\r\n");
    assert_eq!(raw.read_until("PONG\r\n", Duration::from_secs(2)), "PONG\r\n");
    assert_eq!(raw.read_for(Duration::from_millis(300)), "", "no stale close with ping_interval 0");
}

/// What a raw connection got up to its next PONG, without the server's own PINGs (it
/// pings about two seconds after CONNECT, to measure the round trip).
fn replies(raw: &mut crate::harness::Raw) -> String {
    raw.read_until("PONG\r\n", Duration::from_secs(2)).replace("PING\r\n", "")
}

/// Account `limits` (issue 11, part 3), with nats-server 2.15.1's errors (recorded from
/// it): connections at once in the account, subscriptions per connection, and the
/// largest message, which the INFO after CONNECT announces.
#[test]
fn account_limits_as_nats_server_applies_them() {
    let server = Server::with_config(
        "accounts {\n  A: { users: [ {user: a, password: a} ], limits: { max_connections: 1, max_subscriptions: 2, max_payload: 100, max_leafnodes: 0 } }\n  B: { users: [ {user: b, password: b} ] }\n}\n",
        &[],
    );
    let mut first = server.raw();
    first.send(b"CONNECT {\"user\":\"a\",\"pass\":\"a\",\"verbose\":false,\"protocol\":1}\r\nPING\r\n");
    let got = first.read_until("max_payload", Duration::from_secs(2));
    let got = got + &first.read_until("\r\n", Duration::from_secs(2));
    assert!(got.contains("\"max_payload\":100"), "the INFO after CONNECT carries the account's limit: {got}");

    let mut second = server.raw();
    second.send(b"CONNECT {\"user\":\"a\",\"pass\":\"a\",\"verbose\":false}\r\nPING\r\n");
    assert_eq!(second.read_until("\r\n", Duration::from_secs(2)), "-ERR 'maximum account active connections exceeded'\r\n");
    assert!(second.is_closed(Duration::from_secs(2)));
    let mut other = server.raw();
    other.send(b"CONNECT {\"user\":\"b\",\"pass\":\"b\",\"verbose\":false}\r\nPING\r\n");
    assert_eq!(replies(&mut other), "PONG\r\n", "another account is not limited");

    first.send(b"SUB a 1\r\nSUB b 2\r\nSUB c 3\r\nPING\r\n");
    assert_eq!(replies(&mut first), "-ERR 'maximum subscriptions exceeded'\r\nPONG\r\n");
    first.send(b"PUB x 100\r\n");
    first.send(&[b'x'; 100]);
    first.send(b"\r\nPING\r\n");
    assert_eq!(replies(&mut first), "PONG\r\n", "at the limit is allowed");
    first.send(b"PUB x 101\r\n");
    let refused = first.read_until("Violation'\r\n", Duration::from_secs(2)).replace("PING\r\n", "");
    assert_eq!(refused, "-ERR 'Maximum Payload Violation'\r\n");
    assert!(first.is_closed(Duration::from_secs(2)));
    // Its slot is free again.
    let mut third = server.raw();
    third.send(b"CONNECT {\"user\":\"a\",\"pass\":\"a\",\"verbose\":false}\r\nPING\r\n");
    assert_eq!(replies(&mut third), "PONG\r\n");
}

/// Account limits of 0 allow none (nats-server's reading: -1 is no limit), in a config
/// file as in account JWTs — checked against nats-server 2.15.1.
#[test]
fn account_limits_of_zero_allow_none() {
    let config = "accounts {\n  Z { users: [ {user: z, password: z} ], limits { max_connections: 0 } }\n  S { users: [ {user: s, password: s} ], limits { max_subscriptions: 0, max_payload: 0 } }\n  N { users: [ {user: n, password: n} ], limits { max_connections: -1 } }\n}\n";
    for server in [Server::reference_with_config(config), Server::with_config(config, &[])] {
        let connect = |user: &str| {
            let mut raw = server.raw();
            raw.send(format!("CONNECT {{\"verbose\":false,\"user\":\"{user}\",\"pass\":\"{user}\"}}\r\nPING\r\n").as_bytes());
            raw.read_until("\r\n", Duration::from_secs(3))
        };
        assert_eq!(connect("z"), "-ERR 'maximum account active connections exceeded'\r\n");
        assert_eq!(connect("n"), "PONG\r\n", "-1 is no limit");
        let mut raw = server.raw();
        raw.send(b"CONNECT {\"verbose\":false,\"user\":\"s\",\"pass\":\"s\"}\r\nPING\r\n");
        let got = raw.read_until("PONG\r\n", Duration::from_secs(10));
        // (nats-server 2.15.1 may already add an -ERR for the subscription limit of 0.)
        assert!(got.contains("PONG\r\n"), "account S's CONNECT on {}: {got:?}", server.url());
        raw.send(b"SUB x 1\r\nPING\r\n");
        // (nats-server 2.15.1 sends the error a second time, around the PONG.)
        let got = raw.read_until("PONG\r\n", Duration::from_secs(3));
        assert!(
            got.contains("-ERR 'maximum subscriptions exceeded'\r\n")
                || raw.read_for(Duration::from_millis(300)).contains("maximum subscriptions"),
            "{got:?}"
        );
    }
}
