//! Core messaging through the official async-nats client.

use std::time::Duration;

use bytes::Bytes;
use futures::StreamExt;

use crate::harness::Server;

async fn next(sub: &mut async_nats::Subscriber) -> async_nats::Message {
    tokio::time::timeout(Duration::from_secs(5), sub.next()).await.expect("message in time").expect("subscription open")
}

async fn nothing(sub: &mut async_nats::Subscriber, within: Duration) -> bool {
    tokio::time::timeout(within, sub.next()).await.is_err()
}

#[tokio::test]
async fn pub_sub_with_wildcards() {
    let server = Server::start(&[]);
    let client = server.client().await;
    let mut exact = client.subscribe("foo.bar").await.unwrap();
    let mut star = client.subscribe("foo.*").await.unwrap();
    let mut full = client.subscribe("foo.>").await.unwrap();
    crate::harness::sync(&client).await;
    client.publish("foo.bar", Bytes::from("hello")).await.unwrap();
    client.publish("foo.bar.baz", Bytes::from("deep")).await.unwrap();
    crate::harness::sync(&client).await;
    assert_eq!(next(&mut exact).await.payload, "hello");
    assert_eq!(next(&mut star).await.payload, "hello");
    assert_eq!(next(&mut full).await.payload, "hello");
    assert_eq!(next(&mut full).await.payload, "deep");
    assert!(nothing(&mut star, Duration::from_millis(200)).await, "foo.* must not match foo.bar.baz");
}

#[tokio::test]
async fn messages_cross_connections_in_order() {
    let server = Server::start(&[]);
    let publisher = server.client().await;
    let subscriber = server.client().await;
    let mut sub = subscriber.subscribe("orders").await.unwrap();
    crate::harness::sync(&subscriber).await;
    for i in 0..1000 {
        publisher.publish("orders", Bytes::from(i.to_string())).await.unwrap();
    }
    crate::harness::sync(&publisher).await;
    for i in 0..1000 {
        assert_eq!(next(&mut sub).await.payload, i.to_string());
    }
}

#[tokio::test]
async fn queue_group_delivers_each_message_once_and_spreads() {
    let server = Server::start(&[]);
    let client = server.client().await;
    let mut members = Vec::new();
    for _ in 0..4 {
        let c = server.client().await;
        let sub = c.queue_subscribe("work", "workers".into()).await.unwrap();
        crate::harness::sync(&c).await;
        members.push((c, sub));
    }
    let mut plain = client.subscribe("work").await.unwrap();
    crate::harness::sync(&client).await;
    let total = 400;
    for i in 0..total {
        client.publish("work", Bytes::from(i.to_string())).await.unwrap();
    }
    crate::harness::sync(&client).await;
    for _ in 0..total {
        next(&mut plain).await;
    }
    let mut counts = Vec::new();
    for (_, sub) in members.iter_mut() {
        let mut n = 0;
        while tokio::time::timeout(Duration::from_millis(300), sub.next()).await.is_ok() {
            n += 1;
        }
        counts.push(n);
    }
    assert_eq!(counts.iter().sum::<i32>(), total, "each message goes to exactly one member: {counts:?}");
    assert!(counts.iter().all(|&n| n > total / 4 / 3), "members share the load: {counts:?}");
}

#[tokio::test]
async fn request_reply_and_no_responders() {
    let server = Server::start(&[]);
    let client = server.client().await;
    let mut service = client.subscribe("svc.echo").await.unwrap();
    let responder = client.clone();
    tokio::spawn(async move {
        while let Some(msg) = service.next().await {
            if let Some(reply) = msg.reply {
                responder.publish(reply, msg.payload).await.unwrap();
            }
        }
    });
    crate::harness::sync(&client).await;
    let reply = client.request("svc.echo", Bytes::from("ping")).await.unwrap();
    assert_eq!(reply.payload, "ping");
    let err = client.request("svc.nobody", Bytes::from("ping")).await.unwrap_err();
    assert_eq!(err.kind(), async_nats::RequestErrorKind::NoResponders);
}

#[tokio::test]
async fn headers_pass_through_untouched() {
    let server = Server::start(&[]);
    let client = server.client().await;
    let mut sub = client.subscribe("h").await.unwrap();
    crate::harness::sync(&client).await;
    let mut headers = async_nats::HeaderMap::new();
    headers.insert("Trace-Id", "abc 123");
    headers.append("Multi", "one");
    headers.append("Multi", "two");
    client.publish_with_headers("h", headers, Bytes::from("body")).await.unwrap();
    let msg = next(&mut sub).await;
    let h = msg.headers.expect("headers");
    assert_eq!(h.get("Trace-Id").map(|v| v.as_str()), Some("abc 123"));
    assert_eq!(h.get_all("Multi").map(|v| v.as_str()).collect::<Vec<_>>(), vec!["one", "two"]);
    assert_eq!(msg.payload, "body");
}

#[tokio::test]
async fn no_echo_suppresses_own_messages() {
    let server = Server::start(&[]);
    let quiet = async_nats::ConnectOptions::new().no_echo().connect(server.url()).await.unwrap();
    let other = server.client().await;
    let mut own = quiet.subscribe("echo").await.unwrap();
    let mut theirs = other.subscribe("echo").await.unwrap();
    crate::harness::sync(&quiet).await;
    crate::harness::sync(&other).await;
    quiet.publish("echo", Bytes::from("mine")).await.unwrap();
    crate::harness::sync(&quiet).await;
    assert_eq!(next(&mut theirs).await.payload, "mine");
    assert!(nothing(&mut own, Duration::from_millis(300)).await, "no_echo client must not get its own message");
    other.publish("echo", Bytes::from("yours")).await.unwrap();
    assert_eq!(next(&mut own).await.payload, "yours");
}

#[tokio::test]
async fn auto_unsubscribe_after_max() {
    let server = Server::start(&[]);
    let client = server.client().await;
    let mut sub = client.subscribe("limited").await.unwrap();
    sub.unsubscribe_after(3).await.unwrap();
    crate::harness::sync(&client).await;
    for i in 0..5 {
        client.publish("limited", Bytes::from(i.to_string())).await.unwrap();
    }
    crate::harness::sync(&client).await;
    for i in 0..3 {
        assert_eq!(next(&mut sub).await.payload, i.to_string());
    }
    assert!(tokio::time::timeout(Duration::from_millis(300), sub.next()).await.map_or(true, |m| m.is_none()));
}

#[tokio::test]
async fn large_payload_up_to_max_payload() {
    let server = Server::start(&[]);
    let client = server.client().await;
    assert_eq!(client.server_info().max_payload, 1024 * 1024);
    let mut sub = client.subscribe("big").await.unwrap();
    crate::harness::sync(&client).await;
    let body: Vec<u8> = (0..1024 * 1024 - 100).map(|i| (i % 251) as u8).collect();
    client.publish("big", Bytes::from(body.clone())).await.unwrap();
    assert_eq!(next(&mut sub).await.payload.as_ref(), body.as_slice());
}

#[tokio::test]
async fn info_advertises_server_identity() {
    let server = Server::start(&["--name", "alpha"]);
    let client = server.client().await;
    let info = client.server_info();
    assert_eq!(info.server_name, "alpha");
    assert!(info.server_id.starts_with('N') && info.server_id.len() == 56, "{}", info.server_id);
    assert!(info.headers);
    assert_eq!(info.port, server.port);
    assert_eq!(info.proto, 1);
}

/// The wildcard address listens on IPv6 too, as nats-server's does (Go's dual-stack
/// listener): a client can connect to `[::1]`.
#[tokio::test]
async fn the_default_listener_accepts_ipv6_clients() {
    if std::net::TcpListener::bind("[::1]:0").is_err() {
        eprintln!("no IPv6 loopback on this machine; nothing to check");
        return;
    }
    let server = Server::start(&["-a", "0.0.0.0"]);
    let v6 = async_nats::connect(format!("nats://[::1]:{}", server.port)).await.expect("connect over IPv6");
    let v4 = server.client().await;
    let mut sub = v6.subscribe("dual").await.unwrap();
    crate::harness::sync(&v6).await;
    v4.publish("dual", Bytes::from("both")).await.unwrap();
    let m = tokio::time::timeout(Duration::from_secs(5), sub.next()).await.unwrap().unwrap();
    assert_eq!(&m.payload[..], b"both");
    let mut raw = std::net::TcpStream::connect(("::1", server.port)).unwrap();
    let mut info = [0u8; 5];
    std::io::Read::read_exact(&mut raw, &mut info).unwrap();
    assert_eq!(&info, b"INFO ");
}

/// `echo: false` under load: several connections publish thousands of messages to
/// subjects they themselves subscribe to (plainly, by wildcard and in a shared queue
/// group), pipelined in large writes, while another connection publishes too. None may
/// ever receive its own message. (A report of one own message seen under load found no
/// race in the code: the flag is set by the connection's reader before any of its
/// publishes is routed, and every route compares the subscriber with the publisher.)
#[test]
fn no_echo_holds_under_load() {
    use std::io::{Read, Write};
    let server = Server::start(&[]);
    const CLIENTS: usize = 6;
    const MSGS: usize = 3000;
    let mut handles = Vec::new();
    // Everyone subscribes before anyone publishes: a client that ran ahead of the others
    // (a busy machine) would otherwise have nothing from them to receive.
    let subscribed = std::sync::Arc::new(std::sync::Barrier::new(CLIENTS));
    for id in 0..CLIENTS {
        let port = server.port;
        let subscribed = subscribed.clone();
        handles.push(std::thread::spawn(move || {
            let mut s = std::net::TcpStream::connect(("127.0.0.1", port)).unwrap();
            s.set_read_timeout(Some(Duration::from_secs(10))).unwrap();
            let setup = "CONNECT {\"echo\":false,\"verbose\":false,\"pedantic\":false}\r\n\
                SUB load.x 1\r\nSUB load.* 2\r\nSUB load.x workers 3\r\nSUB > 4\r\nPING\r\n";
            s.write_all(setup.as_bytes()).unwrap();
            let mut seen = Vec::new();
            let mut buf = [0u8; 4096];
            while !String::from_utf8_lossy(&seen).contains("PONG\r\n") {
                let n = s.read(&mut buf).unwrap();
                assert!(n > 0, "closed before PONG");
                seen.extend_from_slice(&buf[..n]);
            }
            subscribed.wait();
            s.set_read_timeout(Some(Duration::from_millis(200))).unwrap();
            let mut batch = String::new();
            for n in 0..MSGS {
                let body = format!("{id}-{n}");
                batch.push_str(&format!("PUB load.x {}\r\n{body}\r\n", body.len()));
            }
            batch.push_str("PING\r\n");
            // The reader drains concurrently so nobody becomes a slow consumer.
            let mut reader = s.try_clone().unwrap();
            let collector = std::thread::spawn(move || {
                let mut all = Vec::new();
                let mut buf = vec![0u8; 1 << 16];
                let deadline = std::time::Instant::now() + Duration::from_secs(20);
                let mut quiet = 0;
                while std::time::Instant::now() < deadline && quiet < 10 {
                    match reader.read(&mut buf) {
                        Ok(0) => break,
                        Ok(n) => {
                            all.extend_from_slice(&buf[..n]);
                            quiet = 0;
                        }
                        Err(_) => quiet += 1,
                    }
                }
                all
            });
            s.write_all(batch.as_bytes()).unwrap();
            let received = String::from_utf8_lossy(&collector.join().unwrap()).into_owned();
            let own = received.lines().filter(|l| l.starts_with(&format!("{id}-"))).count();
            let others = received.lines().filter(|l| l.contains('-') && !l.starts_with("MSG") && !l.starts_with(&format!("{id}-"))).count();
            (own, others)
        }));
    }
    for (id, h) in handles.into_iter().enumerate() {
        let (own, others) = h.join().unwrap();
        assert_eq!(own, 0, "client {id} received {own} of its own messages with echo off");
        assert!(others > 0, "client {id} received nothing from the others");
    }
}

/// The server's resident memory (VmRSS) and its peak (VmHWM), in bytes.
fn resident_memory(pid: u32) -> (u64, u64) {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).expect("the server's /proc status");
    let field = |name: &str| {
        let line = status.lines().find(|l| l.starts_with(name)).expect("field in /proc status");
        line.split_whitespace().nth(1).unwrap().parse::<u64>().unwrap() * 1024
    };
    (field("VmRSS:"), field("VmHWM:"))
}

/// Issue 10: buffers give memory back when a burst is over. A fan-out burst grows
/// the receivers' buffers by tens of MiB; once its clients are gone, the server's
/// resident memory must fall back near where it started (with glibc's trim threshold
/// at 64 MiB it stayed at the peak for good).
#[test]
fn memory_taken_by_a_burst_is_given_back() {
    let server = Server::start(&[]);
    std::thread::sleep(Duration::from_millis(200));
    let (before, _) = resident_memory(server.child.id());
    let url = server.url();
    let (code, _, err) = crate::harness::natsx(
        &["-s", &url, "bench", "pubsub", "bench.burst", "--subs", "4", "--msgs", "60000", "--size", "1024", "--no-progress"],
        None,
        Duration::from_secs(120),
    );
    assert_eq!(code, 0, "bench failed: {err}");
    let (_, peak) = resident_memory(server.child.id());
    let grown = peak.saturating_sub(before);
    assert!(grown >= 8 << 20, "the burst grew the server by only {} KiB: it tests nothing", grown >> 10);
    // Given back at most a few seconds later (the allocator returns pages on a timer).
    let mut now = peak;
    for _ in 0..100 {
        now = resident_memory(server.child.id()).0;
        if now <= before + grown / 4 {
            return;
        }
        std::thread::sleep(Duration::from_millis(100));
    }
    panic!("after the burst the server holds {} KiB (started at {}, peak {})", now >> 10, before >> 10, peak >> 10);
}
