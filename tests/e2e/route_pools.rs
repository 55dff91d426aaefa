//! Route pools, pinned accounts and compression (nats-server 2.10+): between two
//! servers, `pool_size` connections share the accounts, each pinned account (and the
//! system account) has one of its own, and S2 compression is agreed per connection.
//! Checked between natsx servers, against nats-server 2.15.1, through a relay that
//! loses single connections (and counts bytes), and with peers that break the rules.

use std::collections::BTreeMap;
use std::io::Write;
use std::net::TcpStream;
use std::time::Duration;

use crate::harness::{exchange, request_until_answered, serve_requests, Relay, Server};

const MESH: Duration = Duration::from_secs(15);

/// Accounts P (pinned), A and C, a user each (named as the account, in lower case).
const ACCOUNTS: &str = "accounts {\n  P: { users: [{user: p, password: p}] }\n  A: { users: [{user: a, password: a}] }\n  C: { users: [{user: c, password: c}] }\n}\n";

/// The cluster block: `pool_size`, the pinned accounts, routes to dial (and `extra`
/// fields).
fn cluster_block(pool_size: i64, pinned: &[&str], routes: &[String]) -> String {
    cluster_block_with(pool_size, pinned, routes, "")
}

fn cluster_block_with(pool_size: i64, pinned: &[&str], routes: &[String], extra: &str) -> String {
    let routes: Vec<String> = routes.iter().map(|r| format!("\"{r}\"")).collect();
    let pinned = if pinned.is_empty() { String::new() } else { format!(", accounts: [{}]", pinned.join(", ")) };
    format!("cluster {{ name: c1, host: 127.0.0.1, port: -1, pool_size: {pool_size}{pinned}, routes: [{}] {extra} }}\n", routes.join(", "))
}

/// A natsx member with `compression` (a config value).
fn compressing_member(name: &str, compression: &str, routes: &[String]) -> Server {
    let cluster = cluster_block_with(3, &["P"], routes, &format!(", compression: {compression}"));
    Server::with_config(&format!("server_name: {name}\nhttp: \"127.0.0.1:-1\"\n{ACCOUNTS}{cluster}"), &[])
}

/// The compression modes `s`'s route connections show, sorted and deduplicated.
fn compression_shown(s: &Server) -> Vec<String> {
    let routez = s.get("/routez").1;
    let mut modes: Vec<String> =
        routez["routes"].as_array().into_iter().flatten().filter_map(|r| r["compression"].as_str().map(String::from)).collect();
    modes.sort();
    modes.dedup();
    modes
}

/// A natsx member with the test's accounts.
fn member(name: &str, pool_size: i64, pinned: &[&str], routes: &[String]) -> Server {
    let config = format!("server_name: {name}\nhttp: \"127.0.0.1:-1\"\n{ACCOUNTS}{}", cluster_block(pool_size, pinned, routes));
    Server::with_config(&config, &[])
}

/// The same member, as nats-server 2.15.1.
fn reference(name: &str, pool_size: i64, pinned: &[&str], routes: &[String]) -> Server {
    Server::reference_with_config(&format!(
        "server_name: {name}\nhttp: \"127.0.0.1:-1\"\n{ACCOUNTS}{}",
        cluster_block(pool_size, pinned, routes)
    ))
}

/// Route connections by the other server's name, from `/routez`.
fn by_server(s: &Server) -> BTreeMap<String, usize> {
    let mut counts = BTreeMap::new();
    for r in s.get("/routez").1["routes"].as_array().into_iter().flatten() {
        *counts.entry(r["remote_name"].as_str().unwrap_or_default().to_string()).or_default() += 1;
    }
    counts
}

/// Waits (bounded) until `s` has `want` connections to each server named.
fn wait_connections(s: &Server, want: &[(&str, usize)]) -> bool {
    let want: BTreeMap<String, usize> = want.iter().map(|(n, c)| (n.to_string(), *c)).collect();
    let deadline = std::time::Instant::now() + MESH;
    while std::time::Instant::now() < deadline {
        if by_server(s) == want {
            return true;
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    false
}

/// The pinned accounts of `s`'s route connections, sorted.
fn pinned_routes(s: &Server) -> Vec<String> {
    let routez = s.get("/routez").1;
    let mut names: Vec<String> =
        routez["routes"].as_array().into_iter().flatten().filter_map(|r| r["account"].as_str().map(String::from)).collect();
    names.sort();
    names
}

async fn user(s: &Server, name: &str) -> async_nats::Client {
    async_nats::ConnectOptions::with_user_and_password(name.into(), name.into()).connect(s.url()).await.unwrap()
}

/// Ten messages each way in every account, and a request in P answered across.
async fn every_account_crosses(x: &Server, y: &Server) {
    for name in ["p", "a", "c"] {
        let (cx, cy) = (user(x, name).await, user(y, name).await);
        exchange(&cx, &cy, &format!("{name}.up"), &format!("{name}.down")).await;
    }
    let (px, py) = (user(x, "p").await, user(y, "p").await);
    let _service = serve_requests(&px, "p.svc", None).await;
    assert_eq!(request_until_answered(&py, "p.svc", "ping").await.as_deref(), Some(&b"ping"[..]));
}

#[tokio::test]
async fn accounts_spread_over_a_pool_and_pinned_accounts_have_their_own_route() {
    let a = member("A", 3, &["P"], &[]);
    let b = member("B", 3, &["P"], &[a.route_url()]);
    // A pool of 3, P's route and the system account's.
    assert!(wait_connections(&a, &[("B", 5)]) && wait_connections(&b, &[("A", 5)]), "{}\n{}", a.log(), b.log());
    assert_eq!(pinned_routes(&a), ["$SYS", "P"]);
    assert_eq!(pinned_routes(&b), ["$SYS", "P"]);
    every_account_crosses(&a, &b).await;
    // Each account's interest crossed on one connection: P's on its own route, A's and
    // C's on different connections of the pool (their pool indexes are 0 and 1).
    let (pa, aa, ca) = (user(&b, "p").await, user(&b, "a").await, user(&b, "c").await);
    let _subs = (pa.subscribe("seen.p").await.unwrap(), aa.subscribe("seen.a").await.unwrap(), ca.subscribe("seen.c").await.unwrap());
    for c in [&pa, &aa, &ca] {
        c.flush().await.unwrap();
    }
    let carrying = |subject: &str| {
        let routez = a.get("/routez?subs=1").1;
        routez["routes"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|r| r["subscriptions_list"].as_array().is_some_and(|l| l.iter().any(|s| s == subject)))
            .map(|r| (r["rid"].as_u64().unwrap(), r["account"].as_str().unwrap_or("pool").to_string()))
            .collect::<Vec<_>>()
    };
    let mut seen = Vec::new();
    for _ in 0..100 {
        seen = ["seen.p", "seen.a", "seen.c"].map(carrying).to_vec();
        if seen.iter().all(|routes| routes.len() == 1) {
            break;
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    assert!(seen.iter().all(|routes| routes.len() == 1), "{seen:?}");
    assert_eq!((seen[0][0].1.as_str(), seen[1][0].1.as_str(), seen[2][0].1.as_str()), ("P", "pool", "pool"), "{seen:?}");
    assert_ne!(seen[1][0].0, seen[2][0].0, "A and C share no connection: {seen:?}");
}

#[tokio::test]
async fn a_lost_pool_connection_is_dialed_again() {
    let a = member("A", 3, &["P"], &[]);
    let relay = Relay::to(a.cluster_port());
    let b = member("B", 3, &["P"], &[format!("nats-route://127.0.0.1:{}", relay.port)]);
    assert!(wait_connections(&a, &[("B", 5)]) && wait_connections(&b, &[("A", 5)]), "{}\n{}", a.log(), b.log());
    // B dialed every connection, through the relay.
    assert_eq!(relay.accepted(), 5);
    // Two are lost (one of them the first): B dials their places again.
    relay.close(0);
    relay.close(3);
    let deadline = std::time::Instant::now() + MESH;
    while relay.accepted() < 7 && std::time::Instant::now() < deadline {
        std::thread::sleep(Duration::from_millis(50));
    }
    assert_eq!(relay.accepted(), 7, "{}", b.log());
    assert!(wait_connections(&a, &[("B", 5)]) && wait_connections(&b, &[("A", 5)]), "{}\n{}", a.log(), b.log());
    every_account_crosses(&a, &b).await;
}

#[tokio::test]
async fn pool_sizes_may_differ_and_pools_may_be_off() {
    // Pools of 2 and 4 make pools of 4 (nats-server takes the larger), with P's and the
    // system account's routes.
    let a = member("A", 2, &["P"], &[]);
    let b = member("B", 4, &["P"], &[a.route_url()]);
    assert!(wait_connections(&a, &[("B", 6)]) && wait_connections(&b, &[("A", 6)]), "{:?} {:?}", by_server(&a), by_server(&b));
    every_account_crosses(&a, &b).await;
    // A server with pools off has one route to each, carrying every account.
    let c = member("C", -1, &[], &[a.route_url()]);
    assert!(wait_connections(&c, &[("A", 1), ("B", 1)]), "{:?}\n{}", by_server(&c), c.log());
    assert!(wait_connections(&a, &[("B", 6), ("C", 1)]), "{:?}", by_server(&a));
    every_account_crosses(&c, &a).await;
    every_account_crosses(&b, &c).await;
}

#[tokio::test]
async fn pools_and_pinned_accounts_work_with_nats_server() {
    let a = member("natsx", 3, &["P"], &[]);
    let r1 = reference("ref1", 3, &["P"], &[a.route_url()]);
    assert!(wait_connections(&a, &[("ref1", 5)]), "{:?}\n{}\n{}", by_server(&a), a.log(), r1.log());
    assert!(wait_connections(&r1, &[("natsx", 5)]), "{:?}\n{}", by_server(&r1), r1.log());
    assert_eq!(pinned_routes(&r1), ["$SYS", "P"]);
    every_account_crosses(&a, &r1).await;
    // A nats-server with a larger pool joins through natsx: pools of 5 with both.
    let r2 = reference("ref2", 5, &["P"], &[a.route_url()]);
    assert!(wait_connections(&a, &[("ref1", 5), ("ref2", 7)]), "{:?}\n{}", by_server(&a), r2.log());
    // (How the two nats-servers pool between themselves is theirs to decide.)
    assert!(r2.wait_monitor("/routez", MESH, |_| by_server(&r2).get("natsx") == Some(&7)), "{:?}\n{}", by_server(&r2), r2.log());
    every_account_crosses(&r2, &a).await;
    for r in [&r1, &r2] {
        let log = r.log();
        assert!(!log.contains("[ERR]"), "nats-server saw nothing wrong: {log}");
    }
}

/// What the server says to a route peer whose INFO is `info` (after a CONNECT), until
/// it closes the connection.
fn told_peer(port: u16, info: &str) -> String {
    let mut s = TcpStream::connect(("127.0.0.1", port)).unwrap();
    let hello = format!("CONNECT {{\"echo\":true,\"headers\":true,\"name\":\"NFAKEPEER\",\"cluster\":\"c1\"}}\r\nINFO {info}\r\n");
    s.write_all(hello.as_bytes()).unwrap();
    crate::harness::read_until_closed(&mut s, Duration::from_secs(3))
}

#[tokio::test]
async fn peers_that_break_the_pool_rules_are_refused_as_nats_server_refuses_them() {
    let a = member("A", 3, &["P"], &[]);
    let r = reference("ref", 3, &["P"], &[]);
    let peer = |extra: &str| {
        format!("{{\"server_id\":\"NFAKEPEER\",\"server_name\":\"fake\",\"cluster\":\"c1\",\"port\":1,\"headers\":true{extra}}}")
    };
    for s in [&a, &r] {
        let port = s.cluster_port();
        let seen = told_peer(port, &peer(",\"route_pool_size\":3,\"route_account\":\"NOPE\""));
        assert!(seen.contains("-ERR 'Unable to lookup account \"NOPE\": account missing'"), "{seen}");
        let seen = told_peer(port, &peer(",\"route_pool_size\":3,\"route_account\":\"A\""));
        assert!(seen.contains("-ERR 'No route for account \"A\"'"), "{seen}");
        let seen = told_peer(port, &peer(",\"route_account\":\"P\""));
        assert!(seen.contains("-ERR 'Not possible to have a dedicated route for account \"P\" between those servers'"), "{seen}");
        let seen = told_peer(port, &peer(",\"route_pool_size\":3,\"route_pool_idx\":9"));
        assert!(seen.contains("-ERR 'Invalid route pool index: 9 - pool size is 3'"), "{seen}");
        let seen = told_peer(port, &peer(",\"route_pool_size\":3,\"route_pool_idx\":-1"));
        assert!(seen.contains("-ERR 'Invalid route pool index: -1 - pool size is 3'"), "{seen}");
    }
    // A pool of billions is refused (nats-server tries to make room for it).
    let seen = told_peer(a.cluster_port(), &peer(",\"route_pool_size\":2147483648"));
    assert!(seen.contains("-ERR 'Invalid route pool size: 2147483648'"), "{seen}");
    // The server serves on, and a real member still joins.
    let b = member("B", 3, &["P"], &[a.route_url()]);
    assert!(wait_connections(&a, &[("B", 5)]), "{:?}\n{}", by_server(&a), a.log());
    every_account_crosses(&a, &b).await;
}

#[tokio::test]
async fn routes_compress_with_s2_when_either_side_asks() {
    // s2_fast on A; B only accepts (the default) and dials through a relay that counts
    // the bytes on the wire.
    let a = compressing_member("A", "s2_fast", &[]);
    let relay = Relay::to(a.cluster_port());
    let b = member("B", 3, &["P"], &[format!("nats-route://127.0.0.1:{}", relay.port)]);
    assert!(wait_connections(&a, &[("B", 5)]) && wait_connections(&b, &[("A", 5)]), "{}\n{}", a.log(), b.log());
    assert_eq!(compression_shown(&a), ["s2_fast"]);
    assert_eq!(compression_shown(&b), ["s2_fast"]);
    every_account_crosses(&a, &b).await;
    // 2,000 messages of 1 KiB of text cross in far fewer bytes.
    let (ca, cb) = (user(&a, "a").await, user(&b, "a").await);
    let mut sub = cb.subscribe("bulk").await.unwrap();
    cb.flush().await.unwrap();
    crate::harness::wait_interest(&ca, "bulk", &mut sub).await;
    let payload: String = (0..64).map(|i| format!("line {i:04} of a report\n")).collect::<String>()[..1024].to_string();
    let before = relay.forwarded.load(std::sync::atomic::Ordering::Relaxed);
    for _ in 0..2000 {
        ca.publish("bulk", payload.clone().into()).await.unwrap();
    }
    ca.flush().await.unwrap();
    let got = crate::harness::take(&mut sub, 2000, Duration::from_secs(10)).await;
    assert_eq!(got.len(), 2000);
    assert!(got.iter().all(|m| *m == payload));
    let wire = relay.forwarded.load(std::sync::atomic::Ordering::Relaxed) - before;
    assert!(wire < 2000 * 1024 / 4, "{wire} bytes on the wire for 2 MiB of messages");
    // s2_auto on loopback: the round trip is short, so S2 framing without compression;
    // a peer that only accepts compresses at s2_fast (nats-server's rule).
    let c = compressing_member("C", "s2_auto", &[]);
    let d = member("D", 3, &["P"], &[c.route_url()]);
    assert!(wait_connections(&c, &[("D", 5)]), "{}", c.log());
    assert_eq!(compression_shown(&c), ["s2_uncompressed"]);
    assert_eq!(compression_shown(&d), ["s2_fast"]);
    every_account_crosses(&c, &d).await;
}

#[tokio::test]
async fn route_compression_with_nats_server() {
    // natsx asks (s2_best); nats-server accepts, as by default.
    let a = compressing_member("natsx", "s2_best", &[]);
    let r = reference("ref", 3, &["P"], &[a.route_url()]);
    assert!(wait_connections(&a, &[("ref", 5)]) && wait_connections(&r, &[("natsx", 5)]), "{}\n{}", a.log(), r.log());
    assert_eq!(compression_shown(&a), ["s2_best"]);
    assert_eq!(compression_shown(&r), ["s2_best"]);
    every_account_crosses(&a, &r).await;
    // nats-server asks (s2_better) and dials; natsx accepts.
    let b = member("natsx2", 3, &["P"], &[]);
    let r2 = Server::reference_with_config(&format!(
        "server_name: ref2\nhttp: \"127.0.0.1:-1\"\n{ACCOUNTS}{}",
        cluster_block_with(3, &["P"], &[b.route_url()], ", compression: s2_better")
    ));
    assert!(wait_connections(&b, &[("ref2", 5)]), "{:?}\n{}\n{}", by_server(&b), b.log(), r2.log());
    assert_eq!(compression_shown(&b), ["s2_better"]);
    every_account_crosses(&r2, &b).await;
    for r in [&r, &r2] {
        assert!(!r.log().contains("[ERR]"), "{}", r.log());
    }
}
