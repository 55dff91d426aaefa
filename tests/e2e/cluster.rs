//! Clusters: several `natsx server` processes joined by routes on loopback, driven by
//! async-nats — the full mesh from one seed, messages, requests and queue groups across
//! servers, accounts kept apart, clients discovering members and failing over, a killed
//! member rejoining, interest churn, a partition and its healing, and routes to
//! nats-server 2.15.1 itself.

use std::net::TcpStream;
use std::sync::atomic::Ordering;
use std::time::Duration;

use futures::StreamExt;

use crate::harness::{natsx, request_until_answered, route_total, serve_requests, sync, take, wait_interest, Relay, Server, TempDir};

const MESH: Duration = Duration::from_secs(15);

/// A cluster member `name` of cluster `c1` on random ports, dialing `routes`.
fn member(name: &str, routes: &[String], extra: &[&str]) -> Server {
    let list = routes.join(",");
    let mut args = vec!["-m", "-1", "-n", name, "--cluster", "nats://127.0.0.1:-1", "--cluster_name", "c1"];
    if !routes.is_empty() {
        args.extend(["--routes", &list]);
    }
    args.extend_from_slice(extra);
    Server::start(&args)
}

/// Three members: `a` the seed, `b` and `c` dialing only `a`; returns once each has
/// routes to the two others.
fn three() -> (Server, Server, Server) {
    let a = member("A", &[], &[]);
    let b = member("B", &[a.route_url()], &[]);
    let c = member("C", &[a.route_url()], &[]);
    for s in [&a, &b, &c] {
        assert!(s.wait_routes(2, MESH), "no full mesh: {}", s.log());
    }
    (a, b, c)
}

#[tokio::test]
async fn one_seed_makes_a_full_mesh_that_routes_messages_requests_and_headers() {
    let (a, b, c) = three();
    // Every member lists the two others, each over a pool of 3 routes and one for the
    // system account.
    for (s, others) in [(&a, ["B", "C"]), (&b, ["A", "C"]), (&c, ["A", "B"])] {
        let routez = s.get("/routez").1;
        let mut names: Vec<&str> = routez["routes"].as_array().unwrap().iter().map(|r| r["remote_name"].as_str().unwrap()).collect();
        names.sort();
        let pinned: Vec<&str> = routez["routes"].as_array().unwrap().iter().filter_map(|r| r["account"].as_str()).collect();
        assert_eq!(names, [others[0]; 4].into_iter().chain([others[1]; 4]).collect::<Vec<_>>(), "{routez}");
        assert_eq!(pinned, ["$SYS", "$SYS"], "{routez}");
    }
    let (ca, cb, cc) = (a.client().await, b.client().await, c.client().await);
    let mut sub = cc.subscribe("orders.>").await.unwrap();
    sync(&cc).await;
    wait_interest(&cb, "orders.probe", &mut sub).await;
    for i in 0..50 {
        cb.publish(format!("orders.{i}"), format!("o{i}").into()).await.unwrap();
    }
    cb.flush().await.unwrap();
    let got = take(&mut sub, 50, Duration::from_secs(5)).await;
    assert_eq!(got, (0..50).map(|i| format!("o{i}")).collect::<Vec<_>>(), "every message once, in order");
    assert!(take(&mut sub, 1, Duration::from_millis(300)).await.is_empty(), "nothing twice");

    // Headers and reply subjects cross as they are.
    let mut headers = async_nats::HeaderMap::new();
    headers.insert("X-Trace", "t-1");
    cb.publish_with_headers("orders.h", headers, "with headers".into()).await.unwrap();
    cb.flush().await.unwrap();
    let mut sub_h = cc.subscribe("hdr.*").await.unwrap();
    sync(&cc).await;
    wait_interest(&ca, "hdr.probe", &mut sub_h).await;
    let mut headers = async_nats::HeaderMap::new();
    headers.insert("X-Trace", "t-2");
    ca.publish_with_headers("hdr.x", headers, "h".into()).await.unwrap();
    let m = tokio::time::timeout(Duration::from_secs(5), sub_h.next()).await.unwrap().unwrap();
    assert_eq!(m.headers.unwrap().get("X-Trace").map(|v| v.as_str()), Some("t-2"));

    // A request on B answered by a service on A, the reply routed back.
    let _service = serve_requests(&ca, "svc.echo", None).await;
    assert_eq!(request_until_answered(&cb, "svc.echo", "ping").await.as_deref(), Some(&b"ping"[..]));
    // A subject nobody anywhere listens on gets no-responders, not a timeout.
    let err = cb.request("nobody.home", "x".into()).await.unwrap_err();
    assert_eq!(err.kind(), async_nats::RequestErrorKind::NoResponders);
    // `/varz` counts the route connections and the servers, and shows the cluster.
    let varz = a.get("/varz").1;
    assert_eq!(
        (varz["routes"].as_u64(), varz["remotes"].as_u64(), varz["cluster"]["name"].as_str()),
        (Some(8), Some(2), Some("c1")),
        "{varz}"
    );
    assert_eq!(varz["cluster"]["cluster_port"].as_u64(), Some(a.cluster_port() as u64));
    assert_eq!((varz["cluster"]["pool_size"].as_u64(), varz["cluster"]["tls_timeout"].as_u64()), (Some(3), Some(2)), "{varz}");
    // A quiet route shows how long it has been idle.
    std::thread::sleep(Duration::from_millis(1200));
    let routez = a.get("/routez").1;
    assert!(routez["routes"].as_array().unwrap().iter().any(|r| r["idle"] != "0s"), "{routez}");
    // Each route's round-trip time is measured by its PINGs.
    assert!(
        a.wait_monitor("/routez", MESH, |z| z["routes"].as_array().is_some_and(|r| r.iter().all(|r| r["rtt"] != "0s"))),
        "{}",
        a.get("/routez").1
    );
}

#[tokio::test]
async fn queue_groups_prefer_local_members_and_span_servers_otherwise() {
    let (a, b, c) = three();
    let (ca, cb, cc) = (a.client().await, b.client().await, c.client().await);
    let mut on_a = ca.queue_subscribe("jobs", "workers".into()).await.unwrap();
    let mut on_c = cc.queue_subscribe("jobs", "workers".into()).await.unwrap();
    sync(&ca).await;
    sync(&cc).await;
    // B has no member: it must learn of both groups before the counts mean anything.
    let mut plain = cc.subscribe("jobs").await.unwrap();
    sync(&cc).await;
    wait_interest(&cb, "jobs", &mut plain).await;
    drop(plain);
    let (drained_a, drained_c) =
        (take(&mut on_a, 1000, Duration::from_millis(300)).await, take(&mut on_c, 1000, Duration::from_millis(300)).await);
    let probes = drained_a.len() + drained_c.len();
    assert!(probes > 0);

    // Published on A: A's own member takes every one.
    for i in 0..40 {
        ca.publish("jobs", format!("a{i}").into()).await.unwrap();
    }
    ca.flush().await.unwrap();
    assert_eq!(take(&mut on_a, 40, Duration::from_secs(5)).await.len(), 40);
    assert!(take(&mut on_c, 1, Duration::from_millis(300)).await.is_empty(), "the local member is preferred");

    // Published on B (no member there): each message to exactly one member, both used.
    for i in 0..200 {
        cb.publish("jobs", format!("b{i}").into()).await.unwrap();
    }
    cb.flush().await.unwrap();
    let (mut got_a, mut got_c) = (Vec::new(), Vec::new());
    let deadline = tokio::time::Instant::now() + Duration::from_secs(5);
    while got_a.len() + got_c.len() < 200 && tokio::time::Instant::now() < deadline {
        got_a.extend(take(&mut on_a, 1, Duration::from_millis(20)).await);
        got_c.extend(take(&mut on_c, 1, Duration::from_millis(20)).await);
    }
    let mut all: Vec<String> = got_a.iter().chain(&got_c).cloned().collect();
    all.sort();
    all.dedup();
    assert_eq!(all.len(), 200, "each once: {} on A, {} on C", got_a.len(), got_c.len());
    assert!(!got_a.is_empty() && !got_c.is_empty(), "both servers' members used: {} / {}", got_a.len(), got_c.len());
    assert!(
        take(&mut on_a, 1, Duration::from_millis(200)).await.is_empty() && take(&mut on_c, 1, Duration::from_millis(200)).await.is_empty()
    );

    // A's member leaves: A's publishes go to C's member.
    on_a.unsubscribe().await.unwrap();
    sync(&ca).await;
    for i in 0..20 {
        ca.publish("jobs", format!("x{i}").into()).await.unwrap();
    }
    ca.flush().await.unwrap();
    assert_eq!(take(&mut on_c, 20, Duration::from_secs(5)).await.len(), 20);
}

#[tokio::test]
async fn accounts_stay_apart_across_routes() {
    let config = |routes: &str| {
        format!(
            "accounts {{\n  X: {{ users: [{{user: x, password: x}}] }}\n  Y: {{ users: [{{user: y, password: y}}] }}\n}}\n\
             cluster {{ name: c1, host: 127.0.0.1, port: -1, routes: [{routes}] }}\nhttp: \"127.0.0.1:-1\"\n"
        )
    };
    let a = Server::with_config(&config(""), &[]);
    let b = Server::with_config(&config(&a.route_url()), &[]);
    assert!(b.wait_routes(1, MESH) && a.wait_routes(1, MESH));
    let connect = |s: &Server, user: &str| {
        let url = s.url();
        let user = user.to_string();
        async move { async_nats::ConnectOptions::with_user_and_password(user.clone(), user).connect(url).await.unwrap() }
    };
    let (xa, xb, yb) = (connect(&a, "x").await, connect(&b, "x").await, connect(&b, "y").await);
    let mut x_sub = xb.subscribe("shared.>").await.unwrap();
    let mut y_sub = yb.subscribe("shared.>").await.unwrap();
    sync(&xb).await;
    sync(&yb).await;
    wait_interest(&xa, "shared.probe", &mut x_sub).await;
    for i in 0..10 {
        xa.publish(format!("shared.{i}"), "x".into()).await.unwrap();
    }
    xa.flush().await.unwrap();
    assert_eq!(take(&mut x_sub, 10, Duration::from_secs(5)).await.len(), 10);
    assert!(take(&mut y_sub, 1, Duration::from_millis(500)).await.is_empty(), "account Y sees nothing of X");
    // The routes carry each account's interest apart: X's and Y's on two connections
    // of the pool (their pool indexes are 2 and 0).
    let routez = a.get("/routez?subs=1").1;
    let carrying = routez["routes"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|r| r["subscriptions_list"].as_array().is_some_and(|l| l.iter().any(|s| s == "shared.>")))
        .count();
    assert_eq!(carrying, 2, "{routez}");
}

#[tokio::test]
async fn clients_learn_every_member_and_fail_over_when_one_dies() {
    let (mut a, b, c) = three();
    let ca = a.client().await;
    // INFO's connect_urls names all three members.
    let urls = ca.server_info().connect_urls;
    for s in [&a, &b, &c] {
        assert!(urls.contains(&format!("127.0.0.1:{}", s.port)), "{urls:?} lacks {}", s.port);
    }
    let mut sub = ca.subscribe("failover").await.unwrap();
    sync(&ca).await;
    let cc = c.client().await;
    wait_interest(&cc, "failover", &mut sub).await;
    a.kill9();
    // The client reconnects to B or C (known only from connect_urls) and its
    // subscription works again.
    let mut got = None;
    for i in 0..150 {
        cc.publish("failover", format!("after{i}").into()).await.unwrap();
        cc.flush().await.unwrap();
        if let Ok(Some(m)) = tokio::time::timeout(Duration::from_millis(100), sub.next()).await {
            got = Some(m.payload);
            break;
        }
    }
    assert!(got.is_some(), "no message after failover");
    assert!(b.wait_routes(1, MESH) && c.wait_routes(1, MESH), "B and C keep their own route");
}

#[test]
fn a_killed_member_rejoins_on_the_same_ports() {
    let (a, mut b, c) = three();
    let (port, cluster_port) = (b.port, b.cluster_port());
    b.kill9();
    assert!(a.wait_routes(1, MESH) && c.wait_routes(1, MESH));
    let cluster = format!("nats://127.0.0.1:{cluster_port}");
    let port = port.to_string();
    let b = Server::start(&["-p", &port, "-m", "-1", "-n", "B", "--cluster", &cluster, "--cluster_name", "c1", "--routes", &a.route_url()]);
    for s in [&a, &b, &c] {
        assert!(s.wait_routes(2, MESH), "mesh not restored: {}", s.log());
    }
}

#[tokio::test]
async fn interest_follows_subscribe_and_unsubscribe_churn() {
    let a = member("A", &[], &[]);
    let b = member("B", &[a.route_url()], &[]);
    assert!(a.wait_routes(1, MESH) && b.wait_routes(1, MESH));
    let (ca, cb) = (a.client().await, b.client().await);
    // (The client's request inbox, made by its first request, is part of the baseline.)
    sync(&cb).await;
    std::thread::sleep(Duration::from_millis(200));
    // (The pool connections carry the application account; the system account's own
    // route is left out.)
    let app_subscriptions = || route_total(&a.get("/routez").1, "subscriptions", |r| r["account"].is_null());
    let baseline = app_subscriptions();
    let mut kept = Vec::new();
    for round in 0..3 {
        let mut subs = Vec::new();
        for i in 0..100 {
            subs.push(cb.subscribe(format!("churn.{round}.{i}")).await.unwrap());
        }
        sync(&cb).await;
        for (i, mut sub) in subs.into_iter().enumerate() {
            if i % 10 == 0 {
                kept.push(sub);
            } else {
                sub.unsubscribe().await.unwrap();
            }
        }
        sync(&cb).await;
    }
    // A learns exactly what is left: 30 subjects beyond the baseline.
    let mut count = 0;
    for _ in 0..200 {
        count = app_subscriptions();
        if count == baseline + 30 {
            break;
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    assert_eq!(count, baseline + 30);
    // Published on A: only the kept subjects arrive, each once.
    for round in 0..3 {
        for i in 0..100 {
            ca.publish(format!("churn.{round}.{i}"), "m".into()).await.unwrap();
        }
    }
    ca.flush().await.unwrap();
    for sub in kept.iter_mut() {
        assert_eq!(take(sub, 2, Duration::from_millis(300)).await.len(), 1);
    }
}

#[tokio::test]
async fn a_partition_is_detected_and_heals_without_duplicates() {
    let dir = TempDir::new();
    let a = Server::with_config(
        "cluster { name: c1, host: 127.0.0.1, port: -1, ping_interval: \"200ms\", ping_max: 2 }\nhttp: \"127.0.0.1:-1\"\n",
        &[],
    );
    let relay = Relay::to(a.cluster_port());
    let config = format!(
        "cluster {{ name: c1, host: 127.0.0.1, port: -1, ping_interval: \"200ms\", ping_max: 2, routes: [\"nats-route://127.0.0.1:{}\"] }}\nhttp: \"127.0.0.1:-1\"\n",
        relay.port
    );
    std::fs::write(dir.path().join("b.conf"), &config).unwrap();
    let b = Server::with_config(&config, &[]);
    assert!(a.wait_routes(1, MESH) && b.wait_routes(1, MESH));
    let (ca, cb) = (a.client().await, b.client().await);
    let mut sub = cb.subscribe("p.>").await.unwrap();
    sync(&cb).await;
    wait_interest(&ca, "p.probe", &mut sub).await;

    relay.cut.store(true, Ordering::SeqCst);
    // Both sides notice the silence (missed PINGs) and drop the route.
    assert!(a.wait_routes(0, MESH) && b.wait_routes(0, MESH), "the partition went unnoticed");
    for i in 0..5 {
        ca.publish(format!("p.during.{i}"), "lost".into()).await.unwrap();
    }
    ca.flush().await.unwrap();
    relay.cut.store(false, Ordering::SeqCst);
    assert!(a.wait_routes(1, MESH) && b.wait_routes(1, MESH), "the partition never healed");
    wait_interest(&ca, "p.probe2", &mut sub).await;
    for i in 0..20 {
        ca.publish(format!("p.after.{i}"), format!("{i}").into()).await.unwrap();
    }
    ca.flush().await.unwrap();
    let got = take(&mut sub, 30, Duration::from_secs(2)).await;
    assert_eq!(got, (0..20).map(|i| i.to_string()).collect::<Vec<_>>(), "after healing: each message once, nothing from the cut");
}

#[test]
fn cluster_authorization_and_names_are_enforced() {
    let a = Server::with_config(
        "cluster { name: c1, host: 127.0.0.1, port: -1, authorization { user: ruser, password: s3cret, timeout: 1 } }\nhttp: \"127.0.0.1:-1\"\n",
        &[],
    );
    let port = a.cluster_port();
    let good = member("good", &[format!("nats-route://ruser:s3cret@127.0.0.1:{port}")], &[]);
    let bad = member("bad", &[format!("nats-route://ruser:wrong@127.0.0.1:{port}")], &[]);
    let anonymous = member("anon", &[format!("nats-route://127.0.0.1:{port}")], &[]);
    assert!(good.wait_routes(1, MESH));
    assert!(a.wait_log("authentication error", MESH), "{}", a.log());
    let other_name =
        Server::start(&["-m", "-1", "--cluster", "nats://127.0.0.1:-1", "--cluster_name", "c2", "--routes", &good.route_url()]);
    assert!(good.wait_log("cluster name \"c2\" does not match", MESH) || other_name.wait_log("does not match", MESH));
    std::thread::sleep(Duration::from_millis(500));
    for s in [&bad, &anonymous, &other_name] {
        assert_eq!(s.get("/routez").1["num_routes"], 0, "{}", s.log());
    }
    assert!(a.wait_routes(1, MESH), "only the good server is connected");
}

#[test]
fn cluster_configuration_is_checked() {
    let dir = TempDir::new();
    let check = |name: &str, config: &str| {
        let path = dir.path().join(name);
        std::fs::write(&path, config).unwrap();
        natsx(&["server", "-t", "-c", path.to_str().unwrap()], None, Duration::from_secs(10))
    };
    let (code, _, err) = check("ok.conf", "cluster {\n  name: c1\n  listen: 127.0.0.1:6300\n  routes: [nats-route://u:p@10.0.0.1:6222, nats://10.0.0.2:6222]\n  no_advertise: true\n  connect_retries: 3\n  pool_size: 1\n  compression: off\n}\n");
    assert_eq!(code, 0, "{err}");
    let (code, _, err) = check("token.conf", "cluster {\n  port: 6222\n  authorization { token: t }\n}\n");
    assert_eq!(code, 1);
    assert!(err.contains("only user and password"), "{err}");
    // Pools and compression are taken as nats-server takes them, with its errors.
    let tuned = Server::with_config("cluster { name: c1, host: 127.0.0.1, port: -1, pool_size: 3, compression: s2_auto }\n", &[]);
    assert!(tuned.wait_log("Listening for route connections", Duration::from_secs(5)), "{}", tuned.log());
    assert!(!tuned.log().contains("[WRN]"), "{}", tuned.log());
    let (code, _, err) = check("lz4.conf", "cluster {\n  port: 6222\n  compression: lz4\n}\n");
    assert!(code == 1 && err.contains("unsupported compression mode \"lz4\""), "{err}");
    let (code, _, err) =
        check("rtts.conf", "cluster {\n  port: 6222\n  compression: { mode: s2_auto, rtt_thresholds: [\"50ms\", \"10ms\"] }\n}\n");
    assert!(code == 1 && err.contains("RTT threshold values [50ms 10ms] should be in ascending order"), "{err}");
    // Pinned accounts need pools, and are named once (nats-server's checks).
    let (code, _, err) = check("pinned-nopool.conf", "cluster {\n  port: 6222\n  pool_size: -1\n  accounts: [A]\n}\n");
    assert!(code == 1 && err.contains("pool_size cannot be negative if pinned accounts are specified"), "{err}");
    let (code, _, err) = check("pinned-twice.conf", "accounts { A {} }\ncluster {\n  port: 6222\n  accounts: [A, A]\n}\n");
    assert!(code == 1 && err.contains("found duplicate account name \"A\" in pinned accounts list"), "{err}");
    let (code, _, err) = natsx(&["server", "-a", "127.0.0.1", "-p", "-1", "--routes", "nats://127.0.0.1:1"], None, Duration::from_secs(10));
    assert_eq!(code, 1);
    assert!(err.contains("solicited routes require cluster capabilities"), "{err}");
}

/// The stretch goal of mixing implementations: natsx and nats-server 2.15.1 in one
/// cluster (nats-server speaks to natsx as to a server without route pooling).
#[tokio::test]
async fn natsx_and_nats_server_form_one_cluster() {
    let a = member("natsx", &[], &[]);
    let reference = Server::reference_with_config(&format!(
        "server_name: reference\nhttp: \"127.0.0.1:-1\"\ncluster {{ name: c1, host: 127.0.0.1, port: -1, routes: [\"{}\"] }}\n",
        a.route_url()
    ));
    assert!(a.wait_routes(1, MESH), "{}\n{}", a.log(), reference.log());
    let (cn, cr) = (a.client().await, reference.client().await);
    // Both ways, with a queue group on each side.
    let mut on_natsx = cn.subscribe("mixed.>").await.unwrap();
    let mut on_reference = cr.subscribe("mixed.>").await.unwrap();
    let mut q_reference = cr.queue_subscribe("mixed.q", "g".into()).await.unwrap();
    sync(&cn).await;
    sync(&cr).await;
    wait_interest(&cr, "mixed.probe", &mut on_natsx).await;
    wait_interest(&cn, "mixed.probe", &mut on_reference).await;
    while take(&mut q_reference, 10, Duration::from_millis(100)).await.len() == 10 {}
    for i in 0..10 {
        cn.publish(format!("mixed.n{i}"), "from natsx".into()).await.unwrap();
        cr.publish(format!("mixed.r{i}"), "from nats-server".into()).await.unwrap();
        cn.publish("mixed.q", format!("q{i}").into()).await.unwrap();
    }
    cn.flush().await.unwrap();
    cr.flush().await.unwrap();
    // (Probes may still be arriving: count by payload.)
    let at_reference = take(&mut on_reference, 100, Duration::from_millis(1500)).await;
    let at_natsx = take(&mut on_natsx, 100, Duration::from_millis(1500)).await;
    assert_eq!(at_reference.iter().filter(|p| *p == "from natsx").count(), 10);
    assert_eq!(at_natsx.iter().filter(|p| *p == "from nats-server").count(), 10);
    assert_eq!(take(&mut q_reference, 10, Duration::from_secs(3)).await.len(), 10, "natsx routes to nats-server's queue group");
    let routez = reference.get("/routez").1;
    assert_eq!(routez["routes"][0]["remote_name"], "natsx", "{routez}\n{}", reference.log());
}

/// A member of a cluster with a system account (`admin`) and an application account
/// (`app`), lame duck mode shortened to its minimum.
fn admin_member(name: &str, routes: &[String]) -> Server {
    let routes: Vec<String> = routes.iter().map(|r| format!("\"{r}\"")).collect();
    Server::with_config(
        &format!(
            "server_name: {name}\naccounts {{\n  SYS {{ users: [{{user: admin, password: s}}] }}\n  APP {{ users: [{{user: app, password: a}}] }}\n}}\n\
             system_account: SYS\nhttp: \"127.0.0.1:-1\"\nlame_duck_duration: \"30s\"\nlame_duck_grace_period: \"1s\"\n\
             cluster {{ name: c1, host: 127.0.0.1, port: -1, routes: [{}] }}\n",
            routes.join(", ")
        ),
        &[],
    )
}

#[tokio::test(flavor = "multi_thread")]
async fn server_list_shows_every_member_and_lame_duck_moves_clients_away() {
    let mut a = admin_member("A", &[]);
    let b = admin_member("B", &[a.route_url()]);
    let c = admin_member("C", &[a.route_url()]);
    for s in [&a, &b, &c] {
        assert!(s.wait_routes(2, MESH), "{}", s.log());
    }
    // The admin commands see the whole cluster from any member.
    let url = b.url();
    let (code, out, err) = tokio::task::block_in_place(|| {
        natsx(&["-s", url.as_str(), "--user", "admin", "--password", "s", "server", "list", "--json"], None, Duration::from_secs(10))
    });
    assert_eq!(code, 0, "{err}");
    let list: serde_json::Value = serde_json::from_str(&out).unwrap();
    let mut names: Vec<&str> = list.as_array().unwrap().iter().map(|s| s["server"]["name"].as_str().unwrap()).collect();
    names.sort();
    assert_eq!(names, ["A", "B", "C"], "{list}");
    let (code, out, _) = tokio::task::block_in_place(|| {
        natsx(&["-s", url.as_str(), "--user", "admin", "--password", "s", "server", "ping"], None, Duration::from_secs(10))
    });
    assert!(code == 0 && out.contains("3 replies"), "{out}");

    // A client of A, and a raw client of B watching for INFO.
    let app = |s: &Server| async_nats::ConnectOptions::with_user_and_password("app".into(), "a".into()).connect(s.url());
    let on_a = app(&a).await.unwrap();
    let mut sub = on_a.subscribe("ldm.test").await.unwrap();
    sync(&on_a).await;
    let mut watcher = b.raw();
    watcher.send(b"CONNECT {\"protocol\":1,\"verbose\":false,\"user\":\"app\",\"pass\":\"a\"}\r\nPING\r\n");
    // (The INFO that follows the first PONG names the account.)
    watcher.read_until("\"remote_account\":\"APP\"} \r\n", Duration::from_secs(2));
    let first = watcher.info.clone();
    assert!(first.contains(&format!("127.0.0.1:{}", a.port)), "A is offered at first: {first}");
    let pid = a.child.id().to_string();
    let (code, _, err) =
        tokio::task::block_in_place(|| natsx(&["server", "--signal", &format!("ldm={pid}")], None, Duration::from_secs(10)));
    assert_eq!(code, 0, "{err}");
    // B stops offering A to its clients.
    let update = watcher.read_until("} \r\n", Duration::from_secs(5));
    assert!(update.contains("connect_urls") && !update.contains(&format!("127.0.0.1:{}", a.port)), "{update}");
    // A's client moves to B or C and its subscription works there.
    let on_c = app(&c).await.unwrap();
    let mut got = false;
    for i in 0..200 {
        on_c.publish("ldm.test", format!("{i}").into()).await.unwrap();
        on_c.flush().await.unwrap();
        if let Ok(Some(_)) = tokio::time::timeout(Duration::from_millis(100), sub.next()).await {
            if on_a.server_info().port != a.port {
                got = true;
                break;
            }
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    assert!(got, "the client did not move off the lame duck");
    assert_eq!(a.wait_exit(Duration::from_secs(40)), Some(0));
}

#[test]
fn bench_puts_publishers_and_subscribers_on_different_members() {
    let a = member("A", &[], &[]);
    let b = member("B", &[a.route_url()], &[]);
    assert!(b.wait_routes(1, MESH));
    let (url_a, url_b) = (a.url(), b.url());
    for engine in ["wire", "async-nats"] {
        let args = [
            "-s",
            &url_a,
            "bench",
            "--client",
            engine,
            "pubsub",
            "cross",
            "--msgs",
            "20000",
            "--subs",
            "2",
            "--sub-server",
            &url_b,
            "--json",
            "--no-progress",
        ];
        let (code, out, err) = natsx(&args, None, Duration::from_secs(60));
        assert_eq!(code, 0, "{err}");
        let report: serde_json::Value = serde_json::from_str(&out).unwrap();
        assert_eq!(report["sub"]["msgs"], 40000, "{engine}: every message crossed the route to both subscribers: {err}");
    }
    // The route carried them: B counts them in, A counts them out (once per route).
    let route_in = route_total(&b.get("/routez").1, "in_msgs", |_| true);
    assert!(route_in >= 40000, "{route_in}");
    // A subscriber server outside the cluster is a clear error, not a hang.
    let lone = Server::start(&[]);
    let lone_url = lone.url();
    let args = ["-s", &url_a, "bench", "pubsub", "x", "--msgs", "10", "--sub-server", &lone_url, "--no-progress"];
    let (code, _, err) = natsx(&args, None, Duration::from_secs(30));
    assert!(code != 0 && err.contains("not reachable"), "{err}");
}

#[tokio::test]
async fn a_slow_route_pauses_publishers_instead_of_dropping_messages() {
    // Small buffers everywhere: a reader on B that falls behind backs up B's client
    // buffer, then the route from A; the publisher on A must be paused, not the route
    // (nor the reader) cut off.
    let config = |routes: &str| {
        format!("max_pending: 2MB\nhttp: \"127.0.0.1:-1\"\ncluster {{ name: c1, host: 127.0.0.1, port: -1, routes: [{routes}] }}\n")
    };
    let a = Server::with_config(&config(""), &[]);
    let b = Server::with_config(&config(&format!("\"{}\"", a.route_url())), &[]);
    assert!(a.wait_routes(1, MESH) && b.wait_routes(1, MESH));
    let rid = a.get("/routez").1["routes"][0]["rid"].clone();
    // A raw reader on B that takes 16 KiB per millisecond at most (TCP pushes back).
    let mut reader = TcpStream::connect(("127.0.0.1", b.port)).unwrap();
    {
        use std::io::Write;
        reader.write_all(b"CONNECT {\"verbose\":false}\r\nSUB bulk 1\r\nPING\r\n").unwrap();
    }
    const N: usize = 20_000;
    let counted = std::thread::spawn(move || {
        use std::io::Read;
        reader.set_read_timeout(Some(Duration::from_secs(20))).unwrap();
        let (mut pending, mut chunk, mut next) = (Vec::new(), vec![0u8; 16 * 1024], 0usize);
        while next < N {
            let n = reader.read(&mut chunk).expect("messages stopped");
            assert!(n > 0, "B closed the reader");
            pending.extend_from_slice(&chunk[..n]);
            // Frames: `MSG bulk 1 1024\r\n<payload>\r\n`; PING/PONG/INFO lines skipped.
            while let Some(eol) = pending.windows(2).position(|w| w == b"\r\n") {
                if !pending.starts_with(b"MSG ") {
                    pending.drain(..eol + 2);
                    continue;
                }
                let line = String::from_utf8_lossy(&pending[..eol]).into_owned();
                let size: usize = line.rsplit(' ').next().unwrap().parse().unwrap();
                if pending.len() < eol + 2 + size + 2 {
                    break;
                }
                // (The probes that waited for the interest are shorter.)
                if size == 1024 {
                    let body = &pending[eol + 2..eol + 2 + 8];
                    assert_eq!(body, format!("{next:08}").as_bytes(), "in order, none lost");
                    next += 1;
                }
                pending.drain(..eol + 2 + size + 2);
            }
            std::thread::sleep(Duration::from_millis(1));
        }
        next
    });
    let publisher = a.client().await;
    let mut probe = b.client().await.subscribe("bulk").await.unwrap();
    wait_interest(&publisher, "bulk", &mut probe).await;
    drop(probe);
    let payload = vec![b'x'; 1024];
    for i in 0..N {
        let mut body = payload.clone();
        body[..8].copy_from_slice(format!("{i:08}").as_bytes());
        publisher.publish("bulk", body.into()).await.unwrap();
    }
    publisher.flush().await.unwrap();
    assert_eq!(tokio::task::spawn_blocking(move || counted.join().unwrap()).await.unwrap(), N);
    assert_eq!(a.get("/routez").1["routes"][0]["rid"], rid, "the route was never cut off: {}", a.log());
    assert_eq!(b.get("/varz").1["slow_consumers"], 0);
}

/// A route peer that speaks the protocol by hand: its CONNECT and INFO, then `lines`.
fn fake_route_peer(port: u16, lines: &[u8]) -> TcpStream {
    use std::io::Write;
    let mut s = TcpStream::connect(("127.0.0.1", port)).unwrap();
    let hello = "CONNECT {\"echo\":true,\"headers\":true,\"name\":\"NFAKEPEER\",\"cluster\":\"c1\"}\r\n\
                 INFO {\"server_id\":\"NFAKEPEER\",\"server_name\":\"fake\",\"cluster\":\"c1\",\"port\":1,\"headers\":true}\r\n";
    s.write_all(hello.as_bytes()).unwrap();
    s.write_all(lines).unwrap();
    s
}

#[tokio::test]
async fn hostile_route_peers_do_not_bring_the_server_down() {
    let a = member("A", &[], &[]);
    let port = a.cluster_port();
    // Interest in a subject far deeper than any client may subscribe to is ignored.
    let mut deep = b"RS+ $G ".to_vec();
    deep.extend(std::iter::repeat_n(&b"a."[..], 10_000).flatten());
    deep.extend_from_slice(b"b\r\nPING\r\n");
    let _peer = fake_route_peer(port, &deep);
    assert!(a.wait_log("Ignoring interest in an invalid subject", Duration::from_secs(5)), "{}", a.log());
    // A control line past 64 KiB ends only that connection.
    let mut long = b"RS+ $G ".to_vec();
    long.extend(std::iter::repeat_n(b'x', 70_000));
    long.extend_from_slice(b"\r\n");
    let _other = fake_route_peer(port, &long);
    std::thread::sleep(Duration::from_millis(300));
    // The server serves on.
    let c = a.client().await;
    sync(&c).await;
    // A client on the route port is told so and closed, as nats-server does.
    let mut client = TcpStream::connect(("127.0.0.1", port)).unwrap();
    {
        use std::io::Write;
        client.write_all(b"CONNECT {\"lang\":\"rust\",\"version\":\"1\",\"verbose\":false}\r\nPING\r\n").unwrap();
        let seen = crate::harness::read_until_closed(&mut client, Duration::from_secs(2));
        assert!(seen.contains("-ERR 'attempted to connect to route port'") && !seen.contains("PONG"), "{seen}");
    }
}

/// A member with accounts A (exporting a stream and a service) and B (importing both).
fn importing_member(name: &str, routes: &[String]) -> Server {
    let routes: Vec<String> = routes.iter().map(|r| format!("\"{r}\"")).collect();
    Server::with_config(
        &format!(
            "server_name: {name}\nhttp: \"127.0.0.1:-1\"\naccounts {{\n\
             A {{ users: [{{user: a, password: a}}], exports: [{{stream: \"pubA.>\"}}, {{service: \"svcA.>\"}}] }}\n\
             B {{ users: [{{user: b, password: b}}], imports: [{{stream: {{account: A, subject: \"pubA.>\"}}, prefix: fromA}}, {{service: {{account: A, subject: \"svcA.>\"}}}}] }}\n\
             }}\ncluster {{ name: c1, host: 127.0.0.1, port: -1, routes: [{}] }}\n",
            routes.join(", ")
        ),
        &[],
    )
}

#[tokio::test]
async fn imports_work_across_the_cluster_without_duplicates() {
    let c0 = importing_member("c0", &[]);
    let c1 = importing_member("c1", &[c0.route_url()]);
    let c2 = importing_member("c2", &[c0.route_url()]);
    for s in [&c0, &c1, &c2] {
        assert!(s.wait_routes(2, MESH), "{}", s.log());
    }
    let user = |s: &Server, u: &str| {
        let (url, u) = (s.url(), u.to_string());
        async move { async_nats::ConnectOptions::with_user_and_password(u.clone(), u).connect(url).await.unwrap() }
    };
    let (a0, b1, a2) = (user(&c0, "a").await, user(&c1, "b").await, user(&c2, "a").await);
    // B imports A's stream on c1; an A subscriber on c2 too (which used to make c2
    // import a second copy).
    let mut imported = b1.subscribe("fromA.>").await.unwrap();
    let mut in_a = a2.subscribe("pubA.>").await.unwrap();
    sync(&b1).await;
    sync(&a2).await;
    wait_interest(&a0, "pubA.probe", &mut imported).await;
    take(&mut in_a, 100, Duration::from_millis(200)).await;
    for i in 0..10 {
        a0.publish(format!("pubA.{i}"), format!("{i}").into()).await.unwrap();
    }
    a0.flush().await.unwrap();
    assert_eq!(take(&mut imported, 20, Duration::from_secs(2)).await, (0..10).map(|i| i.to_string()).collect::<Vec<_>>(), "each once");
    assert_eq!(take(&mut in_a, 20, Duration::from_secs(2)).await.len(), 10);
    // B's request to A's service, answered on another server.
    let _service = serve_requests(&a0, "svcA.echo", None).await;
    assert_eq!(request_until_answered(&b1, "svcA.echo", "over the route").await.as_deref(), Some(&b"over the route"[..]));
}
