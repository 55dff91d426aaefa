//! Leaf nodes: a natsx hub with natsx leaf nodes on loopback, and leaf connections to
//! and from nats-server 2.15.1 — messages, requests and queue groups across them,
//! accounts bound on the hub, `deny_imports`/`deny_exports`, loops detected, and a
//! leaf node that keeps serving its own clients while its hub is away.

use std::time::Duration;

use crate::harness::{exchange, natsx, request_until_answered, serve_requests, sync, take, wait_interest, Server, TempDir};

const WITHIN: Duration = Duration::from_secs(15);

/// A hub with a random leaf node port (and `extra` config).
fn hub(extra: &str) -> Server {
    Server::with_config(&format!("server_name: hub\nhttp: \"127.0.0.1:-1\"\nleafnodes {{ host: 127.0.0.1, port: -1 {extra} }}\n"), &[])
}

/// A leaf node `name` with one remote (`remote` is the inside of its map) and `extra`
/// top-level config.
fn leaf(name: &str, remote: &str, extra: &str) -> Server {
    Server::with_config(
        &format!("server_name: {name}\nhttp: \"127.0.0.1:-1\"\n{extra}\nleafnodes {{ remotes: [ {{ {remote} }} ] }}\n"),
        &[],
    )
}

fn url(hub: &Server) -> String {
    format!("url: \"nats://127.0.0.1:{}\"", hub.leaf_port())
}

#[tokio::test]
async fn a_hub_joins_its_leaf_nodes_for_messages_requests_and_queue_groups() {
    let h = hub("");
    let (l1, l2) = (leaf("leaf1", &url(&h), ""), leaf("leaf2", &url(&h), ""));
    assert!(h.wait_leafs(2, WITHIN) && l1.wait_leafs(1, WITHIN) && l2.wait_leafs(1, WITHIN));
    let leafz = h.get("/leafz").1;
    let mut names: Vec<&str> = leafz["leafs"].as_array().unwrap().iter().map(|l| l["name"].as_str().unwrap()).collect();
    names.sort();
    assert_eq!(names, ["leaf1", "leaf2"], "{leafz}");
    assert_eq!(leafz["leafs"][0]["is_spoke"], false);
    assert_eq!(l1.get("/leafz").1["leafs"][0]["is_spoke"], true);
    assert_eq!(h.get("/varz").1["leafnodes"], 2);
    assert!(h.wait_monitor("/leafz", WITHIN, |z| z["leafs"][0]["rtt"] != "0s"), "{}", h.get("/leafz").1);

    let (ch, c1, c2) = (h.client().await, l1.client().await, l2.client().await);
    // Leaf to leaf, through the hub; hub to leaf; leaf to hub.
    let mut on_l2 = c2.subscribe("news.>").await.unwrap();
    let mut on_h = ch.subscribe("news.>").await.unwrap();
    sync(&c2).await;
    wait_interest(&c1, "news.probe", &mut on_l2).await;
    wait_interest(&c1, "news.probe", &mut on_h).await;
    take(&mut on_l2, 1000, Duration::from_millis(200)).await;
    for i in 0..20 {
        c1.publish(format!("news.{i}"), format!("n{i}").into()).await.unwrap();
    }
    c1.flush().await.unwrap();
    assert_eq!(take(&mut on_l2, 20, Duration::from_secs(5)).await, (0..20).map(|i| format!("n{i}")).collect::<Vec<_>>());
    assert_eq!(take(&mut on_h, 20, Duration::from_secs(5)).await.len(), 20);
    assert!(take(&mut on_l2, 1, Duration::from_millis(300)).await.is_empty(), "nothing twice");

    // A request from leaf2 served on leaf1.
    let _service = serve_requests(&c1, "svc.time", Some("12:00")).await;
    assert_eq!(request_until_answered(&c2, "svc.time", "").await.as_deref(), Some(&b"12:00"[..]));

    // A queue group with members on both leaf nodes: each message from the hub once.
    let mut q1 = c1.queue_subscribe("work", "g".into()).await.unwrap();
    let mut q2 = c2.queue_subscribe("work", "g".into()).await.unwrap();
    sync(&c1).await;
    sync(&c2).await;
    let mut probe = c2.subscribe("work").await.unwrap();
    wait_interest(&ch, "work", &mut probe).await;
    drop(probe);
    take(&mut q1, 100, Duration::from_millis(200)).await;
    take(&mut q2, 100, Duration::from_millis(200)).await;
    for i in 0..100 {
        ch.publish("work", format!("{i}").into()).await.unwrap();
    }
    ch.flush().await.unwrap();
    let (mut got1, mut got2) = (Vec::new(), Vec::new());
    let deadline = tokio::time::Instant::now() + Duration::from_secs(5);
    while got1.len() + got2.len() < 100 && tokio::time::Instant::now() < deadline {
        got1.extend(take(&mut q1, 1, Duration::from_millis(20)).await);
        got2.extend(take(&mut q2, 1, Duration::from_millis(20)).await);
    }
    let mut all: Vec<_> = got1.iter().chain(&got2).cloned().collect();
    all.sort();
    all.dedup();
    assert_eq!(all.len(), 100, "each once: {} + {}", got1.len(), got2.len());
    // A leaf node's own member is preferred for what is published there.
    for i in 0..20 {
        c1.publish("work", format!("local{i}").into()).await.unwrap();
    }
    c1.flush().await.unwrap();
    assert_eq!(take(&mut q1, 20, Duration::from_secs(5)).await.len(), 20);
    assert!(take(&mut q2, 1, Duration::from_millis(300)).await.is_empty());
}

#[tokio::test]
async fn a_leaf_node_serves_its_clients_while_the_hub_is_away_and_reconnects() {
    let mut h = hub("");
    let port = h.leaf_port();
    let l1 = leaf("leaf1", &url(&h), "");
    assert!(l1.wait_leafs(1, WITHIN));
    let c1 = l1.client().await;
    h.kill9();
    assert!(l1.wait_leafs(0, WITHIN));
    // Local traffic goes on.
    let mut local = c1.subscribe("local").await.unwrap();
    sync(&c1).await;
    c1.publish("local", "still here".into()).await.unwrap();
    assert_eq!(take(&mut local, 1, Duration::from_secs(2)).await, ["still here"]);
    // The hub comes back on the same port: the leaf node reconnects by itself.
    let h = Server::with_config(&format!("server_name: hub\nhttp: \"127.0.0.1:-1\"\nleafnodes {{ host: 127.0.0.1, port: {port} }}\n"), &[]);
    assert!(l1.wait_leafs(1, WITHIN) && h.wait_leafs(1, WITHIN), "{}", l1.log());
    let ch = h.client().await;
    let mut from_hub = c1.subscribe("after").await.unwrap();
    sync(&c1).await;
    wait_interest(&ch, "after", &mut from_hub).await;
}

#[tokio::test]
async fn the_hub_binds_each_leaf_node_to_its_users_account() {
    let h = Server::with_config(
        "server_name: hub\nhttp: \"127.0.0.1:-1\"\naccounts {\n  A { users: [{user: a, password: a}] }\n  B { users: [{user: b, password: b}] }\n}\n\
         leafnodes { host: 127.0.0.1, port: -1, authorization { users: [{user: leafy, password: s3cret, account: A}] } }\n",
        &[],
    );
    let port = h.leaf_port();
    let good = leaf("good", &format!("url: \"nats://leafy:s3cret@127.0.0.1:{port}\""), "");
    let bad = leaf("bad", &format!("url: \"nats://leafy:wrong@127.0.0.1:{port}\""), "");
    assert!(good.wait_leafs(1, WITHIN));
    assert!(h.wait_log("authentication error", WITHIN), "{}", h.log());
    assert_eq!(bad.get("/leafz").1["leafnodes"], 0);
    assert_eq!(h.get("/leafz").1["leafs"][0]["account"], "A");
    let user = |u: &str| async_nats::ConnectOptions::with_user_and_password(u.into(), u.into()).connect(h.url());
    let (a, b) = (user("a").await.unwrap(), user("b").await.unwrap());
    let mut in_a = a.subscribe("from.leaf").await.unwrap();
    let mut in_b = b.subscribe("from.leaf").await.unwrap();
    sync(&a).await;
    sync(&b).await;
    let cl = good.client().await;
    wait_interest(&cl, "from.leaf", &mut in_a).await;
    cl.publish("from.leaf", "x".into()).await.unwrap();
    cl.flush().await.unwrap();
    assert_eq!(take(&mut in_a, 1, Duration::from_secs(2)).await.len(), 1);
    assert!(take(&mut in_b, 1, Duration::from_millis(500)).await.is_empty(), "account B sees nothing of the leaf node");
}

#[tokio::test]
async fn deny_imports_and_exports_filter_both_ways() {
    let h = hub("");
    let l = leaf("leaf", &format!("{}, deny_exports: [\"secret.>\"], deny_imports: [\"private.>\"]", url(&h)), "");
    assert!(l.wait_leafs(1, WITHIN));
    let (ch, cl) = (h.client().await, l.client().await);
    // (Two tokens: `sync`'s own request must find no responder.)
    let mut at_hub = ch.subscribe("*.*").await.unwrap();
    let mut at_leaf = cl.subscribe("*.*").await.unwrap();
    sync(&ch).await;
    sync(&cl).await;
    wait_interest(&cl, "probe.up", &mut at_hub).await;
    wait_interest(&ch, "probe.down", &mut at_leaf).await;
    take(&mut at_hub, 100, Duration::from_millis(200)).await;
    take(&mut at_leaf, 100, Duration::from_millis(200)).await;
    for subject in ["secret.plan", "public.up"] {
        cl.publish(subject, subject.into()).await.unwrap();
    }
    for subject in ["private.note", "public.down"] {
        ch.publish(subject, subject.into()).await.unwrap();
    }
    cl.flush().await.unwrap();
    ch.flush().await.unwrap();
    let hub_got = take(&mut at_hub, 10, Duration::from_millis(800)).await;
    let leaf_got = take(&mut at_leaf, 10, Duration::from_millis(800)).await;
    assert!(hub_got.contains(&"public.up".to_string()) && !hub_got.contains(&"secret.plan".to_string()), "{hub_got:?}");
    assert!(leaf_got.contains(&"public.down".to_string()) && !leaf_got.contains(&"private.note".to_string()), "{leaf_got:?}");
    assert!(leaf_got.contains(&"secret.plan".to_string()), "the leaf's own clients still get it: {leaf_got:?}");
}

#[test]
fn two_connections_between_the_same_servers_are_a_loop() {
    let h = hub("");
    let u = url(&h);
    let l = Server::with_config(
        &format!("server_name: looper\nhttp: \"127.0.0.1:-1\"\nleafnodes {{ remotes: [ {{ {u} }}, {{ {u} }} ] }}\n"),
        &[],
    );
    assert!(
        l.wait_log("Loop detected for leafnode account=\"$G\"", WITHIN) || h.wait_log("Loop detected", WITHIN),
        "{}\n{}",
        l.log(),
        h.log()
    );
}

#[test]
fn leafnode_configuration_is_checked() {
    let dir = TempDir::new();
    let check = |name: &str, config: &str| {
        let path = dir.path().join(name);
        std::fs::write(&path, config).unwrap();
        natsx(&["server", "-t", "-c", path.to_str().unwrap()], None, Duration::from_secs(10))
    };
    let ok = "accounts { A {} }\nleafnodes {\n  port: 7422\n  authorization { users: [{user: l, password: p, account: A}] }\n  remotes: [{urls: [\"nats://h1:7422\", \"nats-leaf://h2:7422\"], account: A, deny_imports: [\"a.>\"], deny_exports: \"b.>\"}]\n}\n";
    let (code, _, err) = check("ok.conf", ok);
    assert_eq!(code, 0, "{err}");
    for (name, config, expect) in [
        (
            "mixed.conf",
            "leafnodes { remotes: [{urls: [\"ws://h:443\", \"nats://h:7422\"]}] }\n",
            "remote leaf node configuration cannot have a mix of websocket and non-websocket urls: [\"ws://h:443\" \"nats://h:7422\"]",
        ),
        (
            "perms.conf",
            "leafnodes { port: 7422, authorization { users: [{user: l, password: p, permissions: {publish: \"a\"}}] } }\n",
            "permissions of leaf node users",
        ),
        ("account.conf", "leafnodes { remotes: [{url: \"nats://h:7422\", account: NOPE}] }\n", "leafnode account \"NOPE\" not found"),
        (
            "seed.conf",
            "leafnodes { remotes: [{url: \"nats://h:7422\", nkey: \"/etc/leaf.nk\"}] }\n",
            "Remote leafnode nkey is not a valid seed",
        ),
    ] {
        let (code, _, err) = check(name, config);
        assert_eq!(code, 1, "{name}: {err}");
        assert!(err.contains(expect), "{name}: expected {expect:?} in {err}");
    }
}

/// natsx leaf node → nats-server 2.15.1 hub, and nats-server leaf node → natsx hub,
/// messages both ways with filtering.
#[tokio::test]
async fn leaf_connections_to_and_from_nats_server() {
    // natsx leaf, nats-server hub.
    let reference_hub =
        Server::reference_with_config("server_name: refhub\nhttp: \"127.0.0.1:-1\"\nleafnodes { host: 127.0.0.1, port: -1 }\n");
    let natsx_leaf =
        leaf("natsxleaf", &format!("url: \"nats://127.0.0.1:{}\", deny_exports: [\"secret.>\"]", reference_hub.leaf_port()), "");
    assert!(natsx_leaf.wait_leafs(1, WITHIN), "{}", natsx_leaf.log());
    assert!(reference_hub.wait_leafs(1, WITHIN));
    both_ways(&reference_hub, &natsx_leaf, "secret.x").await;

    // nats-server leaf, natsx hub.
    let natsx_hub = hub("");
    let reference_leaf = Server::reference_with_config(&format!(
        "server_name: refleaf\nhttp: \"127.0.0.1:-1\"\nleafnodes {{ remotes: [{{ url: \"nats://127.0.0.1:{}\", deny_exports: [\"secret.>\"] }}] }}\n",
        natsx_hub.leaf_port()
    ));
    assert!(natsx_hub.wait_leafs(1, WITHIN), "{}", reference_leaf.log());
    both_ways(&natsx_hub, &reference_leaf, "secret.x").await;
    assert_eq!(natsx_hub.get("/leafz").1["leafs"][0]["name"], "refleaf");
}

/// Messages from hub to leaf and back, and `denied` (denied by the leaf's
/// `deny_exports`) kept from the hub.
async fn both_ways(hub: &Server, leaf: &Server, denied: &str) {
    let (ch, cl) = (hub.client().await, leaf.client().await);
    let mut secret_at_hub = ch.subscribe(denied.to_string()).await.unwrap();
    sync(&ch).await;
    exchange(&cl, &ch, "x", "y").await;
    cl.publish(denied.to_string(), "no".into()).await.unwrap();
    cl.flush().await.unwrap();
    assert!(take(&mut secret_at_hub, 1, Duration::from_millis(500)).await.is_empty(), "deny_exports held");
}

#[tokio::test]
async fn a_leaf_node_reaches_the_whole_hub_cluster() {
    let config = |name: &str, routes: &str| {
        format!(
            "server_name: {name}\nhttp: \"127.0.0.1:-1\"\ncluster {{ name: hubs, host: 127.0.0.1, port: -1, routes: [{routes}] }}\n\
             leafnodes {{ host: 127.0.0.1, port: -1 }}\n"
        )
    };
    let a = Server::with_config(&config("A", ""), &[]);
    let b = Server::with_config(&config("B", &format!("\"{}\"", a.route_url())), &[]);
    assert!(a.wait_routes(1, WITHIN) && b.wait_routes(1, WITHIN));
    let l = leaf("leaf", &url(&a), "");
    assert!(a.wait_leafs(1, WITHIN));
    let (cb, cl) = (b.client().await, l.client().await);
    // Leaf node → A → route → B, and back.
    exchange(&cl, &cb, "up", "down").await;
    // A request from the leaf node answered on B.
    let _service = serve_requests(&cb, "svc", Some("from B")).await;
    assert_eq!(request_until_answered(&cl, "svc", "").await.as_deref(), Some(&b"from B"[..]));
}

/// JetStream on both sides, each in its own domain: reached across the leaf connection
/// through `$JS.<domain>.API`, never through the plain `$JS.API` of the other side.
#[tokio::test]
async fn jetstream_domains_reach_each_side() {
    let (hub_dir, leaf_dir) = (TempDir::new(), TempDir::new());
    let h = Server::with_config(
        &format!(
            "server_name: hub\nhttp: \"127.0.0.1:-1\"\njetstream {{ store_dir: \"{}\", domain: hub }}\nleafnodes {{ host: 127.0.0.1, port: -1 }}\n",
            hub_dir.path().display()
        ),
        &[],
    );
    let l = leaf("leaf", &url(&h), &format!("jetstream {{ store_dir: \"{}\", domain: spoke }}\n", leaf_dir.path().display()));
    assert!(h.wait_leafs(1, WITHIN) && l.wait_leafs(1, WITHIN));
    let (ch, cl) = (h.client().await, l.client().await);
    // A stream on the leaf node, made and used from the hub through its domain.
    let spoke = async_nats::jetstream::with_domain(ch.clone(), "spoke");
    let mut made = None;
    for _ in 0..100 {
        match spoke
            .create_stream(async_nats::jetstream::stream::Config {
                name: "EDGE".into(),
                subjects: vec!["edge.>".into()],
                ..Default::default()
            })
            .await
        {
            Ok(s) => {
                made = Some(s);
                break;
            }
            Err(_) => tokio::time::sleep(Duration::from_millis(50)).await,
        }
    }
    let mut stream = made.expect("stream created on the leaf node through the domain");
    assert_eq!(stream.info().await.unwrap().config.name, "EDGE");
    // Publishing on the hub reaches the leaf node's stream (its subject's interest crossed).
    let mut acked = 0;
    for i in 0..100 {
        if let Ok(ack) = spoke.publish(format!("edge.{i}"), "data".into()).await {
            if ack.await.is_ok() {
                acked += 1;
            }
        }
    }
    assert_eq!(acked, 100);
    let local = async_nats::jetstream::new(cl.clone());
    let mut count = 0;
    for _ in 0..100 {
        count = local.get_stream("EDGE").await.unwrap().info().await.unwrap().state.messages;
        if count == 100 {
            break;
        }
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    assert_eq!(count, 100, "the leaf node's own clients see the stream in its JetStream");
    // The plain API is each side's own: one answer, the hub's (which has no EDGE).
    let inbox = ch.new_inbox();
    let mut replies = ch.subscribe(inbox.clone()).await.unwrap();
    ch.publish_with_reply("$JS.API.STREAM.INFO.EDGE", inbox, "".into()).await.unwrap();
    ch.flush().await.unwrap();
    let answers = take(&mut replies, 5, Duration::from_millis(800)).await;
    assert_eq!(answers.len(), 1, "{answers:?}");
    assert!(answers[0].contains("stream not found"), "{answers:?}");
    let hub_js = async_nats::jetstream::new(ch.clone());
    assert!(hub_js.get_stream("EDGE").await.is_err(), "the hub's JetStream does not have the leaf node's stream");
    // A key-value bucket on the hub, written from the leaf node through the hub's domain.
    let hub_js_from_leaf = async_nats::jetstream::with_domain(cl.clone(), "hub");
    let kv = hub_js_from_leaf
        .create_key_value(async_nats::jetstream::kv::Config { bucket: "CONF".into(), ..Default::default() })
        .await
        .expect("bucket created on the hub from the leaf node");
    kv.put("color", "blue".into()).await.expect("put through the domain");
    let on_hub = hub_js.get_key_value("CONF").await.unwrap();
    assert_eq!(on_hub.get("color").await.unwrap().as_deref(), Some(&b"blue"[..]));
}

/// JetStream domains across a leaf connection between nats-server 2.15.1 (the hub)
/// and natsx (the leaf node), both ways.
#[tokio::test]
async fn jetstream_domains_with_nats_server() {
    let (hub_dir, leaf_dir) = (TempDir::new(), TempDir::new());
    let h = Server::reference_with_config(&format!(
        "server_name: refhub\nhttp: \"127.0.0.1:-1\"\njetstream {{ store_dir: \"{}\", domain: hub }}\nleafnodes {{ host: 127.0.0.1, port: -1 }}\n",
        hub_dir.path().display()
    ));
    let l = leaf("leaf", &url(&h), &format!("jetstream {{ store_dir: \"{}\", domain: spoke }}\n", leaf_dir.path().display()));
    assert!(l.wait_leafs(1, WITHIN), "{}\n{}", l.log(), h.log());
    let (ch, cl) = (h.client().await, l.client().await);
    // From nats-server's side: a stream in natsx's domain.
    let spoke = async_nats::jetstream::with_domain(ch.clone(), "spoke");
    let mut made = None;
    for _ in 0..100 {
        let config = async_nats::jetstream::stream::Config { name: "EDGE".into(), subjects: vec!["edge.>".into()], ..Default::default() };
        match spoke.create_stream(config).await {
            Ok(s) => {
                made = Some(s);
                break;
            }
            Err(_) => tokio::time::sleep(Duration::from_millis(50)).await,
        }
    }
    made.expect("stream created on the natsx leaf node from nats-server's side");
    spoke.publish("edge.1", "x".into()).await.unwrap().await.expect("acknowledged by natsx");
    let on_leaf = async_nats::jetstream::new(cl.clone());
    assert_eq!(on_leaf.get_stream("EDGE").await.unwrap().info().await.unwrap().state.messages, 1);
    // From natsx's side: a bucket in nats-server's domain.
    let hub = async_nats::jetstream::with_domain(cl.clone(), "hub");
    let kv = hub.create_key_value(async_nats::jetstream::kv::Config { bucket: "CONF".into(), ..Default::default() }).await.unwrap();
    kv.put("k", "v".into()).await.expect("put through the domain");
    let on_hub = async_nats::jetstream::new(ch.clone()).get_key_value("CONF").await.unwrap();
    assert_eq!(on_hub.get("k").await.unwrap().as_deref(), Some(&b"v"[..]));
}

#[tokio::test]
async fn a_leaf_cluster_is_not_echoed_by_its_hub_and_keeps_queue_messages_inside() {
    let h = hub("");
    let leaf_member = |name: &str, routes: &str| {
        Server::with_config(
            &format!(
                "server_name: {name}\nhttp: \"127.0.0.1:-1\"\ncluster {{ name: edge, host: 127.0.0.1, port: -1, routes: [{routes}] }}\n\
                 leafnodes {{ remotes: [{{ {} }}] }}\n",
                url(&h)
            ),
            &[],
        )
    };
    let l0 = leaf_member("l0", "");
    let l1 = leaf_member("l1", &format!("\"{}\"", l0.route_url()));
    assert!(l0.wait_routes(1, WITHIN) && l1.wait_routes(1, WITHIN) && h.wait_leafs(2, WITHIN));
    let (c0, c1, ch) = (l0.client().await, l1.client().await, h.client().await);
    let mut sub = c0.subscribe("edge.>").await.unwrap();
    sync(&c0).await;
    wait_interest(&c1, "edge.probe", &mut sub).await;
    tokio::time::sleep(Duration::from_millis(300)).await;
    take(&mut sub, 100, Duration::from_millis(200)).await;
    for i in 0..50 {
        c1.publish(format!("edge.{i}"), "x".into()).await.unwrap();
    }
    c1.flush().await.unwrap();
    assert_eq!(take(&mut sub, 100, Duration::from_secs(2)).await.len(), 50, "once each, not again through the hub");
    // A queue group with members on l1 and on the hub: l0's messages stay in the cluster.
    let mut q_l1 = c1.queue_subscribe("work", "g".into()).await.unwrap();
    let mut q_hub = ch.queue_subscribe("work", "g".into()).await.unwrap();
    sync(&c1).await;
    sync(&ch).await;
    let mut probe = c1.subscribe("work").await.unwrap();
    wait_interest(&c0, "work", &mut probe).await;
    drop(probe);
    tokio::time::sleep(Duration::from_millis(300)).await;
    take(&mut q_l1, 100, Duration::from_millis(200)).await;
    take(&mut q_hub, 100, Duration::from_millis(200)).await;
    for i in 0..50 {
        c0.publish("work", format!("{i}").into()).await.unwrap();
    }
    c0.flush().await.unwrap();
    assert_eq!(take(&mut q_l1, 50, Duration::from_secs(3)).await.len(), 50);
    assert!(take(&mut q_hub, 1, Duration::from_millis(300)).await.is_empty());
}

#[test]
fn a_leaf_node_connected_to_two_servers_of_one_hub_cluster_is_no_loop() {
    let config = |name: &str, routes: &str| {
        format!(
            "server_name: {name}\nhttp: \"127.0.0.1:-1\"\ncluster {{ name: hubs, host: 127.0.0.1, port: -1, routes: [{routes}] }}\n\
             leafnodes {{ host: 127.0.0.1, port: -1 }}\n"
        )
    };
    let h0 = Server::with_config(&config("h0", ""), &[]);
    let h1 = Server::with_config(&config("h1", &format!("\"{}\"", h0.route_url())), &[]);
    assert!(h0.wait_routes(1, WITHIN) && h1.wait_routes(1, WITHIN));
    let l =
        Server::with_config(&format!("http: \"127.0.0.1:-1\"\nleafnodes {{ remotes: [{{ {} }}, {{ {} }}] }}\n", url(&h0), url(&h1)), &[]);
    assert!(l.wait_leafs(2, WITHIN), "{}", l.log());
    std::thread::sleep(Duration::from_secs(1));
    assert!(!l.log().contains("Loop detected"), "{}", l.log());
    assert_eq!(l.get("/leafz").1["leafnodes"], 2);
}

/// A leaf node told of its hub's cluster (`leafnode_urls`) moves to another member
/// when its hub dies.
#[tokio::test]
async fn a_leaf_node_fails_over_to_another_server_of_the_hub_cluster() {
    let config = |name: &str, routes: &str| {
        format!(
            "server_name: {name}\nhttp: \"127.0.0.1:-1\"\ncluster {{ name: hubs, host: 127.0.0.1, port: -1, routes: [{routes}] }}\n\
             leafnodes {{ host: 127.0.0.1, port: -1 }}\n"
        )
    };
    let mut h0 = Server::with_config(&config("h0", ""), &[]);
    let h1 = Server::with_config(&config("h1", &format!("\"{}\"", h0.route_url())), &[]);
    assert!(h0.wait_routes(1, WITHIN) && h1.wait_routes(1, WITHIN));
    let l = leaf("leaf", &url(&h0), "");
    assert!(l.wait_leafs(1, WITHIN) && h0.wait_leafs(1, WITHIN));
    h0.kill9();
    assert!(h1.wait_leafs(1, WITHIN), "the leaf node did not move to h1: {}", l.log());
    let (c1, cl) = (h1.client().await, l.client().await);
    let mut sub = cl.subscribe("after.failover").await.unwrap();
    sync(&cl).await;
    wait_interest(&c1, "after.failover", &mut sub).await;
}

/// A hub whose leaf nodes may also connect to its WebSocket port (`websocket` is the
/// inside of that block).
fn websocket_hub(websocket: &str) -> (Server, u16) {
    let hub = hub_with(&format!("websocket {{ host: 127.0.0.1, port: -1, {websocket} }}"));
    let port = crate::websocket::ws_port(&hub);
    (hub, port)
}

/// A hub with `extra` top-level config.
fn hub_with(extra: &str) -> Server {
    Server::with_config(&format!("server_name: hub\nhttp: \"127.0.0.1:-1\"\n{extra}\nleafnodes {{ host: 127.0.0.1, port: -1 }}\n"), &[])
}

fn cert(name: &str) -> String {
    format!("{}/tests/certs/{name}", env!("CARGO_MANIFEST_DIR"))
}

#[tokio::test]
async fn leaf_connections_over_websocket() {
    // ws://, and again with per-message deflate offered and taken.
    for (websocket, remote) in [("no_tls: true", ""), ("no_tls: true, compression: true", ", ws_compression: true")] {
        let (hub, port) = websocket_hub(websocket);
        let edge = leaf("edge", &format!("url: \"ws://127.0.0.1:{port}\", deny_exports: [\"secret.>\"]{remote}"), "");
        assert!(edge.wait_leafs(1, WITHIN) && hub.wait_leafs(1, WITHIN), "{}\n{}", edge.log(), hub.log());
        both_ways(&hub, &edge, "secret.x").await;
        assert_eq!(hub.get("/leafz").1["leafs"][0]["name"], "edge");
        // No S2 under the frames.
        assert_eq!((leaf_compression(&hub), leaf_compression(&edge)), ("not supported".to_string(), "not supported".to_string()));
    }
    // wss://: TLS below the frames, the hub's certificate checked.
    let (hub, port) = websocket_hub(&format!("tls {{ cert_file: {:?}, key_file: {:?} }}", cert("server.pem"), cert("server-key.pem")));
    let remote = format!("url: \"wss://127.0.0.1:{port}\", deny_exports: [\"secret.>\"], tls {{ ca_file: {:?} }}", cert("ca.pem"));
    let edge = leaf("edge", &remote, "");
    assert!(edge.wait_leafs(1, WITHIN) && hub.wait_leafs(1, WITHIN), "{}\n{}", edge.log(), hub.log());
    both_ways(&hub, &edge, "secret.x").await;
    // A certificate of another CA: no connection.
    let stranger = leaf("stranger", &format!("url: \"wss://127.0.0.1:{port}\", tls {{ ca_file: {:?} }}", cert("other-ca.pem")), "");
    assert!(stranger.wait_log("TLS handshake error", WITHIN), "{}", stranger.log());
    assert_eq!(stranger.get("/leafz").1["leafs"].as_array().map_or(0, Vec::len), 0);
    // A server without a leaf node port takes no leaf node on its WebSocket port, as
    // nats-server refuses it.
    let plain = Server::with_config("websocket { host: 127.0.0.1, port: -1, no_tls: true }\n", &["-m", "-1"]);
    let port = crate::websocket::ws_port(&plain);
    let _refused = leaf("refused", &format!("url: \"ws://127.0.0.1:{port}\""), "");
    assert!(plain.wait_log("Not configured to accept leaf node connections", WITHIN), "{}", plain.log());
}

#[tokio::test]
async fn leaf_connections_over_websocket_with_nats_server() {
    // natsx leaf, nats-server hub.
    let reference_hub = Server::reference_with_config(
        "server_name: refhub\nhttp: \"127.0.0.1:-1\"\nwebsocket { host: 127.0.0.1, port: -1, no_tls: true, compression: true }\nleafnodes { host: 127.0.0.1, port: -1 }\n",
    );
    let port = crate::websocket::ws_port(&reference_hub);
    let natsx_leaf = leaf("natsxleaf", &format!("url: \"ws://127.0.0.1:{port}\", deny_exports: [\"secret.>\"], ws_compression: true"), "");
    assert!(natsx_leaf.wait_leafs(1, WITHIN) && reference_hub.wait_leafs(1, WITHIN), "{}\n{}", natsx_leaf.log(), reference_hub.log());
    both_ways(&reference_hub, &natsx_leaf, "secret.x").await;
    // nats-server leaf, natsx hub.
    let (natsx_hub, port) = websocket_hub("no_tls: true, compression: true");
    let reference_leaf = Server::reference_with_config(&format!(
        "server_name: refleaf\nhttp: \"127.0.0.1:-1\"\nleafnodes {{ remotes: [{{ url: \"ws://127.0.0.1:{port}\", deny_exports: [\"secret.>\"], ws_compression: true }}] }}\n"
    ));
    assert!(natsx_hub.wait_leafs(1, WITHIN), "{}\n{}", reference_leaf.log(), natsx_hub.log());
    both_ways(&natsx_hub, &reference_leaf, "secret.x").await;
    assert_eq!(natsx_hub.get("/leafz").1["leafs"][0]["name"], "refleaf");
}

/// The compression `s`'s first leaf connection shows.
fn leaf_compression(s: &Server) -> String {
    s.get("/leafz").1["leafs"][0]["compression"].as_str().unwrap_or_default().to_string()
}

#[tokio::test]
async fn leaf_connections_compress_with_s2() {
    // A leaf node asking for s2_best, through a relay that counts the bytes, to a hub
    // left at the default (s2_auto: on loopback, S2 framing without compression).
    let center = hub("");
    let relay = crate::harness::Relay::to(center.leaf_port());
    let edge = leaf("edge", &format!("url: \"nats://127.0.0.1:{}\", compression: s2_best", relay.port), "");
    assert!(edge.wait_leafs(1, WITHIN) && center.wait_leafs(1, WITHIN), "{}\n{}", edge.log(), center.log());
    assert_eq!((leaf_compression(&edge), leaf_compression(&center)), ("s2_best".to_string(), "s2_uncompressed".to_string()));
    let (ch, ce) = (center.client().await, edge.client().await);
    exchange(&ce, &ch, "up", "down").await;
    // 2,000 messages of 1 KiB of text from the leaf node cross in far fewer bytes.
    let mut sub = ch.subscribe("bulk").await.unwrap();
    sync(&ch).await;
    wait_interest(&ce, "bulk", &mut sub).await;
    let payload: String = (0..64).map(|i| format!("line {i:04} of a report\n")).collect::<String>()[..1024].to_string();
    let before = relay.forwarded.load(std::sync::atomic::Ordering::Relaxed);
    for _ in 0..2000 {
        ce.publish("bulk", payload.clone().into()).await.unwrap();
    }
    ce.flush().await.unwrap();
    let got = take(&mut sub, 2000, Duration::from_secs(10)).await;
    assert!(got.len() == 2000 && got.iter().all(|m| *m == payload), "{}", got.len());
    let wire = relay.forwarded.load(std::sync::atomic::Ordering::Relaxed) - before;
    assert!(wire < 2000 * 1024 / 4, "{wire} bytes on the wire for 2 MiB of messages");
    // Compression off on the leaf node: plain, both ways.
    let plain = leaf("plain", &format!("{}, compression: off", url(&center)), "");
    assert!(plain.wait_leafs(1, WITHIN), "{}", plain.log());
    assert_eq!(leaf_compression(&plain), "off");
    // With nats-server: its hub and natsx's leaf node (s2_fast), and its leaf node and
    // natsx's hub (both at the default).
    let reference_hub =
        Server::reference_with_config("server_name: refhub\nhttp: \"127.0.0.1:-1\"\nleafnodes { host: 127.0.0.1, port: -1 }\n");
    let natsx_leaf = leaf("natsxleaf", &format!("url: \"nats://127.0.0.1:{}\", compression: s2_fast", reference_hub.leaf_port()), "");
    assert!(natsx_leaf.wait_leafs(1, WITHIN) && reference_hub.wait_leafs(1, WITHIN), "{}", natsx_leaf.log());
    assert_eq!((leaf_compression(&natsx_leaf), leaf_compression(&reference_hub)), ("s2_fast".to_string(), "s2_uncompressed".to_string()));
    exchange(&reference_hub.client().await, &natsx_leaf.client().await, "c", "d").await;
    let natsx_hub = hub("");
    let reference_leaf = Server::reference_with_config(&format!(
        "server_name: refleaf\nhttp: \"127.0.0.1:-1\"\nleafnodes {{ remotes: [{{ url: \"nats://127.0.0.1:{}\" }}] }}\n",
        natsx_hub.leaf_port()
    ));
    assert!(natsx_hub.wait_leafs(1, WITHIN), "{}", reference_leaf.log());
    assert_eq!(leaf_compression(&natsx_hub), "s2_uncompressed");
    exchange(&natsx_hub.client().await, &reference_leaf.client().await, "a", "b").await;
}

/// Whether `s`'s first leaf connection is to its hub (`is_spoke`).
fn is_spoke(s: &Server) -> bool {
    s.get("/leafz").1["leafs"][0]["is_spoke"].as_bool().unwrap_or(false)
}

#[tokio::test]
async fn a_remote_with_hub_true_makes_the_dialing_server_the_hub() {
    // natsx dials natsx as its hub's hub: the roles turn round.
    let accepting = hub("");
    let dialing = leaf("dialing", &format!("{}, hub: true", url(&accepting)), "");
    assert!(dialing.wait_leafs(1, WITHIN) && accepting.wait_leafs(1, WITHIN), "{}\n{}", dialing.log(), accepting.log());
    assert!(!is_spoke(&dialing) && is_spoke(&accepting));
    exchange(&dialing.client().await, &accepting.client().await, "a", "b").await;
    // natsx dials nats-server so, and nats-server dials natsx so.
    let reference_accepting =
        Server::reference_with_config("server_name: refacc\nhttp: \"127.0.0.1:-1\"\nleafnodes { host: 127.0.0.1, port: -1 }\n");
    let natsx_dialing = leaf("natsxdial", &format!("url: \"nats://127.0.0.1:{}\", hub: true", reference_accepting.leaf_port()), "");
    assert!(natsx_dialing.wait_leafs(1, WITHIN) && reference_accepting.wait_leafs(1, WITHIN), "{}", natsx_dialing.log());
    assert!(!is_spoke(&natsx_dialing) && is_spoke(&reference_accepting));
    exchange(&natsx_dialing.client().await, &reference_accepting.client().await, "c", "d").await;
    let natsx_accepting = hub("");
    let reference_dialing = Server::reference_with_config(&format!(
        "server_name: refdial\nhttp: \"127.0.0.1:-1\"\nleafnodes {{ remotes: [{{ url: \"nats://127.0.0.1:{}\", hub: true }}] }}\n",
        natsx_accepting.leaf_port()
    ));
    assert!(natsx_accepting.wait_leafs(1, WITHIN) && reference_dialing.wait_leafs(1, WITHIN), "{}", natsx_accepting.log());
    assert!(is_spoke(&natsx_accepting) && !is_spoke(&reference_dialing));
    exchange(&reference_dialing.client().await, &natsx_accepting.client().await, "e", "f").await;
}
