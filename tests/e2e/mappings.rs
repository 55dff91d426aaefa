//! Subject mappings (issue 11, part 3), top level (the global account) and per account,
//! through async-nats: applied to what clients publish, before routing and JetStream.

use std::time::Duration;

use bytes::Bytes;
use futures::StreamExt;

use crate::harness::{Server, TempDir};

async fn next(sub: &mut async_nats::Subscriber) -> async_nats::Message {
    tokio::time::timeout(Duration::from_secs(5), sub.next()).await.expect("message in time").expect("subscription open")
}

#[tokio::test]
async fn a_mapping_moves_a_publish_to_its_destination() {
    let config = r#"
mappings {
  "orders.*.new": "new.orders.{{wildcard(1)}}"
  "legacy": "modern"
  "split": [ {destination: "split.a", weight: 50%}, {destination: "split.b", weight: 50%} ]
  "canary": [ {destination: "canary.v2", weight: 100}, {destination: "canary.eu", weight: 0, cluster: "eu"} ]
}
"#;
    let server = Server::with_config(config, &[]);
    let client = server.client().await;
    let mut mapped = client.subscribe("new.orders.*").await.unwrap();
    let mut original = client.subscribe("orders.>").await.unwrap();
    let mut modern = client.subscribe("modern").await.unwrap();
    let (mut a, mut b) = (client.subscribe("split.a").await.unwrap(), client.subscribe("split.b").await.unwrap());
    let mut canary = client.subscribe("canary.v2").await.unwrap();
    crate::harness::sync(&client).await;

    client.publish("orders.eu.new", Bytes::from("o1")).await.unwrap();
    client.publish("legacy", Bytes::from("l1")).await.unwrap();
    client.publish("canary", Bytes::from("c1")).await.unwrap();
    for i in 0..200 {
        client.publish("split", Bytes::from(format!("{i}"))).await.unwrap();
    }
    crate::harness::sync(&client).await;
    let m = next(&mut mapped).await;
    assert_eq!((m.subject.as_str(), m.payload.as_ref()), ("new.orders.eu", &b"o1"[..]), "delivered under the mapped subject");
    assert!(tokio::time::timeout(Duration::from_millis(300), original.next()).await.is_err(), "not under the original");
    assert_eq!(next(&mut modern).await.payload, "l1");
    assert_eq!(next(&mut canary).await.subject.as_str(), "canary.v2", "a cluster-scoped entry does not apply outside its cluster");
    let (mut to_a, mut to_b) = (0, 0);
    while tokio::time::timeout(Duration::from_millis(300), a.next()).await.is_ok() {
        to_a += 1;
    }
    while tokio::time::timeout(Duration::from_millis(300), b.next()).await.is_ok() {
        to_b += 1;
    }
    assert_eq!(to_a + to_b, 200);
    assert!(to_a > 40 && to_b > 40, "weights split the traffic: {to_a} / {to_b}");
}

#[tokio::test]
async fn account_mappings_apply_in_their_account_and_before_jetstream() {
    let dir = TempDir::new();
    let config = format!(
        r#"
accounts {{
  A: {{ users: [ {{user: a, password: a}} ], mappings: {{ "in.>": "stored.>" }} }}
  B: {{ users: [ {{user: b, password: b}} ] }}
}}
jetstream {{ store_dir: {:?} }}
"#,
        dir.path().to_string_lossy()
    );
    let server = Server::with_config(&config, &[]);
    let connect = |u: &'static str| async_nats::ConnectOptions::with_user_and_password(u.into(), u.into()).connect(server.url());
    let (a, b) = (connect("a").await.unwrap(), connect("b").await.unwrap());
    let js = async_nats::jetstream::new(a.clone());
    js.create_stream(async_nats::jetstream::stream::Config {
        name: "STORED".into(),
        subjects: vec!["stored.>".into()],
        ..Default::default()
    })
    .await
    .unwrap();
    let ack = js.publish("in.x", Bytes::from("kept")).await.unwrap().await.unwrap();
    assert_eq!(ack.stream, "STORED", "captured under the mapped subject");
    let mut in_b = b.subscribe("stored.>").await.unwrap();
    let mut raw_b = b.subscribe("in.>").await.unwrap();
    crate::harness::sync(&b).await;
    b.publish("in.y", Bytes::from("B's own")).await.unwrap();
    crate::harness::sync(&b).await;
    assert_eq!(next(&mut raw_b).await.subject.as_str(), "in.y", "A's mapping does not apply in B");
    assert!(tokio::time::timeout(Duration::from_millis(300), in_b.next()).await.is_err());
}

#[test]
fn mappings_nats_server_refuses_stop_the_server() {
    let dir = TempDir::new();
    for (name, config, expect) in [
        (
            "weights",
            "mappings { a: [ {destination: b, weight: 60%}, {destination: c, weight: 50%} ] }\n",
            "Error adding mapping for \"a\" : total weight needs to be <= 100",
        ),
        (
            "index",
            "mappings { \"a.*\": \"b.$2\" }\n",
            "Error adding mapping for \"a.*\" to \"b.$2\" : invalid mapping destination: wildcard index out of range in $2: [2]",
        ),
        ("source", "mappings { \"a..b\": c }\n", "Subject \"a..b\" is not a valid subject"),
        ("weight", "mappings { a: [ {destination: b, weight: \"lots\"} ] }\n", "Invalid weight \"lots\" for mapping destination"),
        ("missing", "mappings { a: [ {destination: b} ] }\n", "Missing weight for mapping destination \"b\""),
        // Mapping functions natsx does not have yet stop the server (fail closed).
        (
            "partition",
            "mappings { \"a.*\": \"b.{{partition(3,1)}}\" }\n",
            "the partition() mapping function is not implemented in natsx yet",
        ),
        (
            "split",
            "accounts { A: { mappings: { \"a.*\": \"{{split(1,-)}}\" } } }\n",
            "the split() mapping function is not implemented in natsx yet",
        ),
    ] {
        crate::harness::assert_config_refused(&dir, name, config, expect);
    }
}
