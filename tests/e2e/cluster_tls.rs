//! TLS on the links between servers: routes and gateways (mutual, the handshake first)
//! and leaf nodes (INFO in plain text, then the upgrade), between natsx servers and
//! with nats-server 2.15.1, with the certificates in `tests/certs` (`node.pem` serves
//! both ways; `stranger.pem` is signed by another CA).

use std::time::Duration;

use crate::harness::{sync, take, wait_interest, Server};

const WITHIN: Duration = Duration::from_secs(15);

fn cert(name: &str) -> String {
    format!("{}/tests/certs/{name}", env!("CARGO_MANIFEST_DIR"))
}

/// A `tls {}` block presenting `name` (`node`, `stranger`) and trusting our CA.
fn tls_block(name: &str) -> String {
    format!(
        "tls {{ cert_file: \"{}\", key_file: \"{}\", ca_file: \"{}\", timeout: 2 }}",
        cert(&format!("{name}.pem")),
        cert(&format!("{name}-key.pem")),
        cert("ca.pem")
    )
}

/// Checks that a message published on `from` reaches a subscriber on `to`.
async fn flows(from: &Server, to: &Server) {
    let (cf, ct) = (from.client().await, to.client().await);
    let mut sub = ct.subscribe("secure.>").await.unwrap();
    sync(&ct).await;
    wait_interest(&cf, "secure.probe", &mut sub).await;
    cf.publish("secure.msg", "sealed".into()).await.unwrap();
    cf.flush().await.unwrap();
    assert!(take(&mut sub, 5, Duration::from_secs(3)).await.contains(&"sealed".to_string()));
}

#[tokio::test]
async fn routes_over_tls_and_what_is_refused() {
    let cluster = |name: &str, cert_name: &str, routes: &str| {
        format!(
            "server_name: {name}\nhttp: \"127.0.0.1:-1\"\ncluster {{ name: c, host: 127.0.0.1, port: -1, routes: [{routes}]\n  {} }}\n",
            tls_block(cert_name)
        )
    };
    let a = Server::with_config(&cluster("A", "node", ""), &[]);
    let route = format!("\"nats-route://127.0.0.1:{}\"", a.cluster_port());
    let b = Server::with_config(&cluster("B", "node", &route), &[]);
    assert!(a.wait_routes(1, WITHIN) && b.wait_routes(1, WITHIN), "{}\n{}", a.log(), b.log());
    flows(&a, &b).await;
    flows(&b, &a).await;
    // Without TLS, or with a certificate of another CA: no route.
    let plain =
        Server::with_config(&format!("http: \"127.0.0.1:-1\"\ncluster {{ name: c, host: 127.0.0.1, port: -1, routes: [{route}] }}\n"), &[]);
    let stranger = Server::with_config(&cluster("S", "stranger", &route), &[]);
    std::thread::sleep(Duration::from_secs(2));
    for s in [&plain, &stranger] {
        assert_eq!(s.get("/routez").1["num_routes"], 0, "{}", s.log());
    }
    assert!(a.wait_routes(1, Duration::from_secs(5)), "only B is connected");
    assert!(a.log().contains("TLS handshake error"), "{}", a.log());
}

#[tokio::test]
async fn gateways_over_tls_with_nats_server() {
    let reference = Server::reference_with_config(&format!(
        "server_name: ref\nhttp: \"127.0.0.1:-1\"\ngateway {{ name: REF, host: 127.0.0.1, port: -1\n  {} }}\n",
        tls_block("node")
    ));
    let natsx_side = Server::with_config(
        &format!(
            "server_name: nx\nhttp: \"127.0.0.1:-1\"\ngateway {{ name: NX, host: 127.0.0.1, port: -1, gateways: [{{name: REF, url: \"nats://127.0.0.1:{}\"}}]\n  {} }}\n",
            reference.gateway_port(),
            tls_block("node")
        ),
        &[],
    );
    assert!(natsx_side.wait_gateways(1, 1, WITHIN), "{}\n{}", natsx_side.log(), reference.log());
    flows(&natsx_side, &reference).await;
    flows(&reference, &natsx_side).await;
}

#[tokio::test]
async fn leaf_nodes_over_tls_both_ways_with_nats_server() {
    let remote_tls = format!("tls {{ ca_file: \"{}\" }}", cert("ca.pem"));
    // natsx hub with TLS; natsx and nats-server leaf nodes.
    let hub = Server::with_config(
        &format!("server_name: hub\nhttp: \"127.0.0.1:-1\"\nleafnodes {{ host: 127.0.0.1, port: -1\n  {} }}\n", tls_block("node")),
        &[],
    );
    let url = format!("nats://localhost:{}", hub.leaf_port());
    let natsx_leaf = Server::with_config(
        &format!("server_name: nl\nhttp: \"127.0.0.1:-1\"\nleafnodes {{ remotes: [{{ url: \"{url}\", {remote_tls} }}] }}\n"),
        &[],
    );
    let reference_leaf = Server::reference_with_config(&format!(
        "server_name: rl\nhttp: \"127.0.0.1:-1\"\nleafnodes {{ remotes: [{{ url: \"tls://localhost:{}\", {remote_tls} }}] }}\n",
        hub.leaf_port()
    ));
    assert!(hub.wait_leafs(2, WITHIN), "{}\n{}\n{}", hub.log(), natsx_leaf.log(), reference_leaf.log());
    flows(&natsx_leaf, &hub).await;
    flows(&hub, &reference_leaf).await;
    // A leaf node without TLS is refused by the TLS hub.
    let plain_leaf = Server::with_config(&format!("http: \"127.0.0.1:-1\"\nleafnodes {{ remotes: [{{ url: \"{url}\" }}] }}\n"), &[]);
    assert!(plain_leaf.wait_log("requires TLS", WITHIN), "{}", plain_leaf.log());
    assert_eq!(hub.get("/leafz").1["leafnodes"], 2);

    // nats-server hub with TLS; a natsx leaf node.
    let reference_hub = Server::reference_with_config(&format!(
        "server_name: rh\nhttp: \"127.0.0.1:-1\"\nleafnodes {{ host: 127.0.0.1, port: -1\n  {} }}\n",
        tls_block("node")
    ));
    let leaf = Server::with_config(
        &format!(
            "http: \"127.0.0.1:-1\"\nleafnodes {{ remotes: [{{ url: \"tls://localhost:{}\", {remote_tls} }}] }}\n",
            reference_hub.leaf_port()
        ),
        &[],
    );
    assert!(leaf.wait_leafs(1, WITHIN), "{}\n{}", leaf.log(), reference_hub.log());
    flows(&leaf, &reference_hub).await;
}
