//! Gateways: two clusters of two natsx servers linked into a super-cluster on
//! loopback, and gateways to and from nats-server 2.15.1 — messages and requests
//! across clusters, queue groups preferring their own cluster, nothing crossing where
//! nobody listens (counted on the gateway connection), accounts kept apart.

use std::time::Duration;

use futures::StreamExt;

use crate::harness::{exchange, natsx, request_until_answered, serve_requests, sync, take, wait_interest, Server, TempDir};

const WITHIN: Duration = Duration::from_secs(15);

/// A member of cluster `cluster` (gateway of the same name), routing to `route` and
/// connecting to the `gateways` given as `(name, url)`.
fn member(name: &str, cluster: &str, route: Option<&Server>, gateways: &[(&str, String)]) -> Server {
    let routes = route.map(|r| format!("\"{}\"", r.route_url())).unwrap_or_default();
    let gws: Vec<String> = gateways.iter().map(|(n, u)| format!("{{name: {n}, url: \"{u}\"}}")).collect();
    Server::with_config(
        &format!(
            "server_name: {name}\nhttp: \"127.0.0.1:-1\"\n\
             accounts {{\n  APP {{ users: [{{user: app, password: app}}] }}\n  OTHER {{ users: [{{user: other, password: other}}] }}\n}}\n\
             cluster {{ name: {cluster}, host: 127.0.0.1, port: -1, routes: [{routes}] }}\n\
             gateway {{ name: {cluster}, host: 127.0.0.1, port: -1, gateways: [{}] }}\n",
            gws.join(", ")
        ),
        &[],
    )
}

fn gw_url(s: &Server) -> String {
    format!("nats://127.0.0.1:{}", s.gateway_port())
}

async fn user(s: &Server, name: &str) -> async_nats::Client {
    async_nats::ConnectOptions::with_user_and_password(name.into(), name.into()).connect(s.url()).await.unwrap()
}

/// Cluster A (a1, a2) and cluster B (b1, b2); only A's servers name B's gateway:
/// B's connect back by themselves.
fn super_cluster() -> [Server; 4] {
    let b1 = member("b1", "B", None, &[]);
    let b2 = member("b2", "B", Some(&b1), &[]);
    let a1 = member("a1", "A", None, &[("B", gw_url(&b1))]);
    let a2 = member("a2", "A", Some(&a1), &[("B", gw_url(&b2))]);
    for s in [&a1, &a2, &b1, &b2] {
        assert!(s.wait_routes(1, WITHIN), "{}", s.log());
    }
    // Each server: one outbound (to the other cluster) and inbound from some of its servers.
    for s in [&a1, &a2, &b1, &b2] {
        let one_out = |z: &serde_json::Value| z["outbound_gateways"].as_object().is_some_and(|m| m.len() == 1);
        assert!(s.wait_monitor("/gatewayz", WITHIN, one_out), "no outbound gateway: {}", s.log());
    }
    [a1, a2, b1, b2]
}

#[tokio::test]
async fn two_clusters_exchange_messages_and_requests_through_gateways() {
    let [a1, a2, b1, b2] = super_cluster();
    let (on_a2, on_b2) = (user(&a2, "app").await, user(&b2, "app").await);
    let mut sub = on_b2.subscribe("orders.*").await.unwrap();
    sync(&on_b2).await;
    wait_interest(&on_a2, "orders.probe", &mut sub).await;
    for i in 0..30 {
        on_a2.publish(format!("orders.{i}"), format!("o{i}").into()).await.unwrap();
    }
    on_a2.flush().await.unwrap();
    assert_eq!(take(&mut sub, 30, Duration::from_secs(5)).await, (0..30).map(|i| format!("o{i}")).collect::<Vec<_>>());
    assert!(take(&mut sub, 1, Duration::from_millis(300)).await.is_empty(), "each once");

    // Headers cross too.
    let mut headers = async_nats::HeaderMap::new();
    headers.insert("X-Region", "eu");
    on_a2.publish_with_headers("orders.h", headers, "h".into()).await.unwrap();
    let m = tokio::time::timeout(Duration::from_secs(5), sub.next()).await.unwrap().unwrap();
    assert_eq!(m.headers.unwrap().get("X-Region").map(|v| v.as_str()), Some("eu"));

    // A request from cluster A served in cluster B; the reply finds its way back.
    let on_b1 = user(&b1, "app").await;
    let _service = serve_requests(&on_b1, "svc.price", Some("42")).await;
    let on_a1 = user(&a1, "app").await;
    assert_eq!(request_until_answered(&on_a1, "svc.price", "").await.as_deref(), Some(&b"42"[..]));
    // Nobody anywhere: no-responders.
    assert_eq!(on_a1.request("nobody", "".into()).await.unwrap_err().kind(), async_nats::RequestErrorKind::NoResponders);

    // Another account sees nothing of APP's traffic.
    let other = user(&b2, "other").await;
    let mut other_sub = other.subscribe("orders.*").await.unwrap();
    sync(&other).await;
    on_a2.publish("orders.x", "app only".into()).await.unwrap();
    on_a2.flush().await.unwrap();
    assert_eq!(take(&mut sub, 1, Duration::from_secs(3)).await, ["app only"]);
    assert!(take(&mut other_sub, 1, Duration::from_millis(500)).await.is_empty());

    // Monitoring: the gateway section and both directions.
    let varz = a1.get("/varz").1;
    assert_eq!(varz["gateway"]["name"], "A", "{varz}");
    let z = b1.get("/gatewayz").1;
    assert_eq!(z["name"], "B");
    assert_eq!(z["outbound_gateways"]["A"]["configured"], false, "B learned A from its inbound connection: {z}");
    assert!(b1.wait_monitor("/gatewayz", WITHIN, |z| z["outbound_gateways"]["A"]["connection"]["rtt"] != "0s"));
}

#[tokio::test]
async fn queue_groups_prefer_their_own_cluster() {
    let [a1, a2, b1, _b2] = super_cluster();
    let (on_a1, on_a2, on_b1) = (user(&a1, "app").await, user(&a2, "app").await, user(&b1, "app").await);
    let mut in_a = on_a1.queue_subscribe("jobs", "workers".into()).await.unwrap();
    let mut in_b = on_b1.queue_subscribe("jobs", "workers".into()).await.unwrap();
    sync(&on_a1).await;
    sync(&on_b1).await;
    // Wait until cluster A knows B's member: a plain probe subscriber in B.
    let mut probe = on_b1.subscribe("jobs").await.unwrap();
    sync(&on_b1).await;
    wait_interest(&on_a2, "jobs", &mut probe).await;
    drop(probe);
    take(&mut in_a, 1000, Duration::from_millis(200)).await;
    take(&mut in_b, 1000, Duration::from_millis(200)).await;
    for i in 0..50 {
        on_a2.publish("jobs", format!("{i}").into()).await.unwrap();
    }
    on_a2.flush().await.unwrap();
    assert_eq!(take(&mut in_a, 50, Duration::from_secs(5)).await.len(), 50, "cluster A's own member takes them all");
    assert!(take(&mut in_b, 1, Duration::from_millis(300)).await.is_empty());
    // Without a member in A, B's takes them, each once.
    in_a.unsubscribe().await.unwrap();
    sync(&on_a1).await;
    tokio::time::sleep(Duration::from_millis(300)).await;
    for i in 0..50 {
        on_a2.publish("jobs", format!("{i}").into()).await.unwrap();
    }
    on_a2.flush().await.unwrap();
    let got = take(&mut in_b, 60, Duration::from_secs(3)).await;
    assert_eq!(got.len(), 50, "{got:?}");
}

#[tokio::test]
async fn nothing_crosses_a_gateway_where_nobody_listens() {
    let b1 = member("b1", "B", None, &[]);
    let a1 = member("a1", "A", None, &[("B", gw_url(&b1))]);
    assert!(a1.wait_gateways(1, 1, WITHIN) && b1.wait_gateways(1, 1, WITHIN));
    let out = |s: &Server| {
        let c = &s.get("/gatewayz").1["outbound_gateways"]["B"]["connection"];
        (c["out_msgs"].as_u64().unwrap(), c["out_bytes"].as_u64().unwrap())
    };
    let on_a = user(&a1, "app").await;
    let payload = bytes::Bytes::from(vec![b'x'; 100]);
    let before = out(&a1);
    for _ in 0..1000 {
        on_a.publish("unwanted", payload.clone()).await.unwrap();
    }
    sync(&on_a).await;
    tokio::time::sleep(Duration::from_millis(300)).await;
    let without = out(&a1);
    assert_eq!(without, before, "not one message crossed without interest");
    // With a subscriber in B: every one crosses, once.
    let on_b = user(&b1, "app").await;
    let mut sub = on_b.subscribe("wanted").await.unwrap();
    sync(&on_b).await;
    wait_interest(&on_a, "wanted", &mut sub).await;
    let before = out(&a1);
    for _ in 0..1000 {
        on_a.publish("wanted", payload.clone()).await.unwrap();
    }
    on_a.flush().await.unwrap();
    assert_eq!(take(&mut sub, 1000, Duration::from_secs(5)).await.len(), 1000);
    let with = out(&a1);
    assert_eq!(with.0 - before.0, 1000, "{before:?} → {with:?}");
    assert_eq!(with.1 - before.1, 100_000);
    // The subscriber leaves: nothing crosses again.
    sub.unsubscribe().await.unwrap();
    sync(&on_b).await;
    tokio::time::sleep(Duration::from_millis(300)).await;
    let before = out(&a1);
    for _ in 0..100 {
        on_a.publish("wanted", payload.clone()).await.unwrap();
    }
    sync(&on_a).await;
    tokio::time::sleep(Duration::from_millis(200)).await;
    assert_eq!(out(&a1), before);
}

/// natsx and nats-server 2.15.1 as the two clusters of one super-cluster.
#[tokio::test]
async fn gateways_to_and_from_nats_server() {
    let reference = Server::reference_with_config(
        "server_name: ref\nhttp: \"127.0.0.1:-1\"\naccounts { APP { users: [{user: app, password: app}] } }\n\
         gateway { name: REF, host: 127.0.0.1, port: -1 }\n",
    );
    let natsx_side = member("nx", "NX", None, &[("REF", gw_url(&reference))]);
    assert!(natsx_side.wait_gateways(1, 1, WITHIN), "{}\n{}", natsx_side.log(), reference.log());
    let (cn, cr) = (user(&natsx_side, "app").await, user(&reference, "app").await);
    let mut at_ref = cr.subscribe("to.ref").await.unwrap();
    let mut at_natsx = cn.subscribe("to.natsx").await.unwrap();
    sync(&cn).await;
    sync(&cr).await;
    wait_interest(&cn, "to.ref", &mut at_ref).await;
    wait_interest(&cr, "to.natsx", &mut at_natsx).await;
    for i in 0..20 {
        cn.publish("to.ref", format!("{i}").into()).await.unwrap();
        cr.publish("to.natsx", format!("{i}").into()).await.unwrap();
    }
    cn.flush().await.unwrap();
    cr.flush().await.unwrap();
    assert_eq!(take(&mut at_ref, 25, Duration::from_secs(3)).await.len(), 20);
    assert_eq!(take(&mut at_natsx, 25, Duration::from_secs(3)).await.len(), 20);
    // Requests both ways (replies routed back with `_GR_.`).
    for (asker, server) in [(&cn, &cr), (&cr, &cn)] {
        let task = serve_requests(server, "svc.echo", None).await;
        assert_eq!(request_until_answered(asker, "svc.echo", "ping").await.as_deref(), Some(&b"ping"[..]));
        task.abort();
    }
    assert_eq!(reference.get("/gatewayz").1["outbound_gateways"]["NX"]["configured"], false);
    // Per-account modes (`accs`, `acc_name`): APP is interest-only both ways, its
    // subscriptions counted, as nats-server shows them.
    let app = |s: &Server, to: &str| {
        let z = s.get("/gatewayz?accs=1").1;
        let accounts = z["outbound_gateways"][to]["accounts"].as_array().cloned().unwrap_or_default();
        accounts.into_iter().find(|a| a["name"] == "APP").unwrap_or_default()
    };
    for (s, to) in [(&natsx_side, "REF"), (&reference, "NX")] {
        let a = app(s, to);
        assert_eq!((a["interest_mode"].as_str(), a["interest_only_threshold"].as_u64()), (Some("Interest-Only"), Some(1000)), "{a}");
        assert!(a["num_subs"].as_u64() >= Some(1), "{a}");
    }
    // Inbound gateways show as not configured, as nats-server shows them.
    let inbound = &natsx_side.get("/gatewayz").1["inbound_gateways"]["REF"][0];
    assert_eq!(inbound["configured"], false, "{inbound}");
    let only = natsx_side.get("/gatewayz?acc_name=APP").1;
    let names: Vec<&str> =
        only["outbound_gateways"]["REF"]["accounts"].as_array().unwrap().iter().map(|a| a["name"].as_str().unwrap()).collect();
    assert_eq!(names, ["APP"]);
    assert!(natsx_side.get("/gatewayz").1["outbound_gateways"]["REF"]["accounts"].is_null(), "none without accs");
}

#[test]
fn gateway_configuration_is_checked() {
    let dir = TempDir::new();
    let check = |name: &str, config: &str| {
        let path = dir.path().join(name);
        std::fs::write(&path, config).unwrap();
        natsx(&["server", "-t", "-c", path.to_str().unwrap()], None, Duration::from_secs(10))
    };
    let (code, _, err) = check(
        "ok.conf",
        "gateway {\n  name: A\n  listen: 127.0.0.1:7222\n  authorization { user: g, password: p }\n  gateways: [{name: B, urls: [\"nats://h1:7222\", \"nats://h2:7222\"]}]\n  reject_unknown_cluster: true\n}\n",
    );
    assert_eq!(code, 0, "{err}");
    for (name, config, expect) in [
        ("noname.conf", "gateway { port: 7222 }\n", "gateway has no name"),
        ("tls.conf", "gateway {\n  name: A\n  tls { cert_file: a.pem, key_file: b.pem }\n}\n", "open a.pem: no such file or directory"),
        ("js.conf", "jetstream: true\ngateway { name: A }\n", "JetStream in a super-cluster"),
    ] {
        let (code, _, err) = check(name, config);
        assert_eq!(code, 1, "{name}: {err}");
        assert!(err.contains(expect), "{name}: expected {expect:?} in {err}");
    }
}

/// A leaf node of cluster A reaches subscribers in cluster B, and B's publishers reach
/// it: its hub tells it of the interest other clusters have.
#[tokio::test]
async fn a_leaf_node_reaches_other_clusters() {
    let b = Server::with_config("server_name: b\nhttp: \"127.0.0.1:-1\"\ngateway { name: B, host: 127.0.0.1, port: -1 }\n", &[]);
    let a = Server::with_config(
        &format!(
            "server_name: a\nhttp: \"127.0.0.1:-1\"\ngateway {{ name: A, host: 127.0.0.1, port: -1, gateways: [{{name: B, url: \"{}\"}}] }}\n\
             leafnodes {{ host: 127.0.0.1, port: -1 }}\n",
            gw_url(&b)
        ),
        &[],
    );
    assert!(a.wait_gateways(1, 1, WITHIN) && b.wait_gateways(1, 1, WITHIN));
    let leaf = Server::with_config(
        &format!("http: \"127.0.0.1:-1\"\nleafnodes {{ remotes: [{{url: \"nats://127.0.0.1:{}\"}}] }}\n", a.leaf_port()),
        &[],
    );
    assert!(leaf.wait_leafs(1, WITHIN));
    let (cb, cl) = (b.client().await, leaf.client().await);
    exchange(&cl, &cb, "far", "near").await;
    // A request from the leaf node answered in cluster B, and one from cluster B
    // answered on the leaf node (its reply goes back through the hub's gateway).
    let _service = serve_requests(&cb, "far.svc", Some("from B")).await;
    assert_eq!(request_until_answered(&cl, "far.svc", "").await.as_deref(), Some(&b"from B"[..]));
    let _edge = serve_requests(&cl, "near.svc", Some("from the leaf")).await;
    assert_eq!(request_until_answered(&cb, "near.svc", "").await.as_deref(), Some(&b"from the leaf"[..]));
}

/// Gateways configured on one member only: it tells the rest of its cluster, and each
/// member connects to the other cluster too.
#[tokio::test]
async fn a_gateway_configured_on_one_member_reaches_the_whole_cluster() {
    let b1 = member("b1", "B", None, &[]);
    let a1 = member("a1", "A", None, &[("B", gw_url(&b1))]);
    let a2 = member("a2", "A", Some(&a1), &[]);
    assert!(a2.wait_routes(1, WITHIN));
    let one_out = |z: &serde_json::Value| z["outbound_gateways"]["B"]["configured"] == false;
    assert!(a2.wait_monitor("/gatewayz", WITHIN, one_out), "a2 learned B from a1: {}", a2.log());
    let (on_a2, on_b1) = (user(&a2, "app").await, user(&b1, "app").await);
    let mut sub = on_b1.subscribe("via.gossip").await.unwrap();
    sync(&on_b1).await;
    wait_interest(&on_a2, "via.gossip", &mut sub).await;
    // The message went out over a2's own gateway connection.
    let out = a2.get("/gatewayz").1["outbound_gateways"]["B"]["connection"]["out_msgs"].as_u64().unwrap();
    assert!(out >= 1, "{out}");
}

/// A gateway tells every member of its cluster (`gateway_urls`): when the server an
/// outbound connection reached dies, it reconnects to another member.
#[tokio::test]
async fn an_outbound_gateway_moves_to_another_member_when_its_server_dies() {
    let mut b1 = member("b1", "B", None, &[]);
    let b2 = member("b2", "B", Some(&b1), &[]);
    assert!(b1.wait_routes(1, WITHIN) && b2.wait_routes(1, WITHIN));
    let a1 = member("a1", "A", None, &[("B", gw_url(&b1))]);
    let to_b = |z: &serde_json::Value| z["outbound_gateways"]["B"]["connection"]["name"].as_str().map(String::from);
    assert!(a1.wait_monitor("/gatewayz", WITHIN, |z| to_b(z).is_some()));
    b1.kill9();
    let b2_id = b2.get("/varz").1["server_id"].as_str().unwrap().to_string();
    assert!(a1.wait_monitor("/gatewayz", WITHIN, |z| to_b(z).as_deref() == Some(b2_id.as_str())), "{}", a1.log());
    let (on_a, on_b) = (user(&a1, "app").await, user(&b2, "app").await);
    let mut sub = on_b.subscribe("after.move").await.unwrap();
    sync(&on_b).await;
    wait_interest(&on_a, "after.move", &mut sub).await;
}
